from django.db import models


class SearchWord(models.Model):
    """A word of a shop's name, a category (names and synonyms) or a district, unaccented:
    the vocabulary a misspelt query is corrected to ("did you mean").

    PostgreSQL finds the nearest words with pg_trgm (a trigram GiST index on ``word``,
    made by this app's migration); other databases with ``SearchWordTrigram``."""

    word = models.CharField(max_length=40, unique=True)
    length = models.PositiveSmallIntegerField()

    def __str__(self):
        return self.word


class SearchWordTrigram(models.Model):
    """The trigrams of a vocabulary word, as pg_trgm cuts them, where pg_trgm is missing
    (SQLite): words sharing the most trigrams with a typed word are its nearest."""

    word = models.ForeignKey(SearchWord, on_delete=models.CASCADE, related_name="trigrams")
    gram = models.CharField(max_length=3, db_index=True)

    def __str__(self):
        return self.gram
