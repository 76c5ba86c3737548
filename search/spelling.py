"""Typo tolerance: a misspelt word of a query is corrected to the nearest word of the
vocabulary of shop names, categories and districts (``SearchWord``).

The database proposes the nearest candidates — pg_trgm's trigram distance through a GiST
index on PostgreSQL, shared trigrams in ``SearchWordTrigram`` elsewhere — and the choice
among them is the same on both: the fewest wrong, missing, extra or swapped letters (at
most one in a word of 4 or 5 letters, two in a longer one).
"""

from django.contrib.postgres.search import TrigramDistance
from django.db import connection
from django.db.models import Count, F
from django.db.models.functions import Abs
from rapidfuzz.distance import OSA

from portal.fulltext import words_of
from search.models import SearchWord, SearchWordTrigram
from shops.models import Category, District, ShopPage


CANDIDATES = 40
# Only the first few words of a query are corrected: one query each.
MAX_CORRECTED_WORDS = 4
MIN_WORD_LENGTH = 4
MAX_WORD_LENGTH = 30


def trigrams(word):
    """pg_trgm's trigrams of one word: padded with two spaces before, one after."""
    padded = f"  {word} "
    return {padded[i : i + 3] for i in range(len(padded) - 2)}


def vocabulary_words(texts):
    return {
        word
        for text in texts
        for word in words_of(text)
        if 3 <= len(word) <= 40 and not word.isdigit()
    }


def uses_pg_trgm():
    return connection.vendor == "postgresql"


def add_words(texts):
    """Adds the words of ``texts`` to the vocabulary (a few queries, whatever is new)."""
    words = vocabulary_words(texts)
    if not words:
        return
    known = set(SearchWord.objects.filter(word__in=words).values_list("word", flat=True))
    new = words - known
    if not new:
        return
    SearchWord.objects.bulk_create(
        [SearchWord(word=word, length=len(word)) for word in new], ignore_conflicts=True
    )
    if uses_pg_trgm():
        return
    added = SearchWord.objects.filter(word__in=new, trigrams__isnull=True)
    SearchWordTrigram.objects.bulk_create(
        SearchWordTrigram(word_id=pk, gram=gram)
        for pk, word in added.values_list("pk", "word")
        for gram in trigrams(word)
    )


def nearest(word):
    """Vocabulary words close to ``word`` by trigrams, nearest first (one query)."""
    if uses_pg_trgm():
        words = SearchWord.objects.order_by(TrigramDistance("word", word))
        return list(words.values_list("word", flat=True)[:CANDIDATES])
    shared = (
        SearchWordTrigram.objects.filter(gram__in=trigrams(word))
        .values("word__word")
        .annotate(shared=Count("pk"))
        .order_by("-shared", Abs(F("word__length") - len(word)), "word__word")
    )
    return [row["word__word"] for row in shared[:CANDIDATES]]


def allowed_typos(word):
    return 1 if len(word) <= 5 else 2


def corrected_word(word):
    """The vocabulary word ``word`` was probably meant to be, or ``word`` itself."""
    if not MIN_WORD_LENGTH <= len(word) <= MAX_WORD_LENGTH or word.isdigit():
        return word
    candidates = nearest(word)
    if word in candidates:
        return word
    limit = allowed_typos(word)
    scored = [(OSA.distance(word, other), i, other) for i, other in enumerate(candidates)]
    close = [item for item in scored if item[0] <= limit]
    return min(close)[2] if close else word


def correction(terms):
    """The query's words with its typos corrected, or ``None`` when none was found."""
    words = [term.word for term in terms]
    fixed = [corrected_word(w) if i < MAX_CORRECTED_WORDS else w for i, w in enumerate(words)]
    return " ".join(fixed) if fixed != words else None


def rebuild():
    """The vocabulary from scratch: every shop name, category and district."""
    SearchWord.objects.all().delete()
    texts = list(ShopPage.objects.live().values_list("title", flat=True).distinct())
    texts += list(District.objects.values_list("name", flat=True))
    for category in Category.objects.all():
        texts += category.words()
    add_words(texts)
