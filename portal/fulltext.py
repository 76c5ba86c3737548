"""Full-text matching for the finder: accent- and case-insensitive, the same on SQLite
and PostgreSQL, and kept inside the database.

SQLite's FTS5 ignores accents, PostgreSQL's full text does not; indexing and querying
an unaccented copy of the text makes "cafe" find "Café" on both.

Speed at 10,000 shops in four languages: Wagtail's ``.search()`` on a queryset gives the
matches (or their keys) to Python, and its SQL for the database backends lets SQLite
probe the full-text table once per index row (40,000 probes per query) and makes
PostgreSQL match an unindexed ``title || body`` vector. ``TextMatch`` asks the same index
in a form that uses the full-text indexes: the match is a subquery every finder query can
carry, and the relevance order is computed in one pass over the matches for one page of keys.

Word forms are handled here, in Python, so that both databases behave alike: the index
holds each word and its Snowball stem in the page's language (``index_text``), a query
looks for each word or its stem in the visitor's language, and its last word also as a
prefix (``query_terms``). PostgreSQL's own stemming is off (search config "simple").
"""

import re
import threading
import unicodedata
from dataclasses import dataclass
from functools import lru_cache

import snowballstemmer
from django.contrib.postgres.search import SearchQuery
from django.db import connections
from django.db.models import CharField, F, IntegerField, Value
from django.db.models.functions import Cast
from django.utils import translation
from wagtail.search.backends import get_search_backend
from wagtail.search.utils import parse_query_string


def unaccent(text):
    decomposed = unicodedata.normalize("NFKD", text or "")
    return "".join(ch for ch in decomposed if not unicodedata.combining(ch)).lower()


# What a visitor types is cut to this many words after accents are removed: one typed
# character can decompose into several words (U+FDFA gives four), and a query of hundreds
# of words fails in the database.
MAX_QUERY_WORDS = 12
# Longer "words" (200 times the same letter) name nothing; cut, they stay harmless.
MAX_WORD_LENGTH = 40
# A last word this long or longer matches as a prefix: "boulang" finds "boulangerie",
# "fle" a "Fleuriste". Two letters start a third of all indexed words: as a prefix they
# tell nothing apart and cost a scan of the whole index, so they match as a word.
MIN_PREFIX_LENGTH = 3

SNOWBALL_LANGUAGES = {"fr": "french", "nl": "dutch", "de": "german", "en": "english"}

# Words too common to tell shops apart, in the visitor's language; a query of only these
# is answered with an explanation rather than every shop.
STOP_WORDS = {
    "fr": set(
        "a au aux avec ce ces d dans de des du en et l la le les leur ma mes mon ne ni nos "
        "notre ou par pas pour qu que qui sa ses son sur ta te un une vos votre y".split()
    ),
    "nl": set(
        "aan bij dat de den der des die dit een en het in is met na niet of om op te tot "
        "uit van voor wat zijn".split()
    ),
    "de": set(
        "am an auf aus bei das dem den der des die ein eine einem einen einer es für im in "
        "ist mit nicht oder und vom von zu zum zur".split()
    ),
    "en": set("a an and are as at be by for from in is it of on or the to with".split()),
}

_stemmers = threading.local()


@lru_cache(maxsize=100_000)
def stem(word, language):
    """The Snowball stem of an unaccented word in ``language`` (fr, nl, de, en)."""
    name = SNOWBALL_LANGUAGES.get((language or "")[:2])
    if name is None:
        return word
    stemmers = _stemmers.__dict__
    if name not in stemmers:
        stemmers[name] = snowballstemmer.stemmer(name)
    return stemmers[name].stemWord(word)


def words_of(text):
    """The unaccented, lowercase words of ``text``: letters and digits of any script."""
    return [word[:MAX_WORD_LENGTH] for word in re.findall(r"[^\W_]+", unaccent(text))]


def name_key(name):
    """A name's words between spaces, for prefix lookups and for sorting by name."""
    return f" {' '.join(words_of(name))} "


def index_text(text, language):
    """``text`` unaccented, followed by the stems in ``language`` that differ from the
    words: the index then holds "fleurs" and "fleur", and a visitor's stemmed word meets it
    on SQLite and PostgreSQL alike."""
    words = words_of(text)
    stems = dict.fromkeys(stem(word, language) for word in words)
    return " ".join([*words, *(s for s in stems if s and s not in words)])


@dataclass(frozen=True)
class Term:
    """One word a visitor typed: it matches itself or its stem, or as a prefix if last."""

    word: str
    stem: str
    prefix: bool

    def alternatives(self):
        return dict.fromkeys([self.word, self.stem])


def query_terms(text, language):
    """The terms of a visitor's query: its words without the stop words, at most 12, the
    last one a prefix. ``[]`` when nothing in it can be looked for."""
    stop = STOP_WORDS.get((language or "")[:2], set())
    words = [word for word in words_of(text[:200]) if word not in stop][:MAX_QUERY_WORDS]
    last = len(words) - 1
    return [
        Term(word, stem(word, language), prefix=i == last and len(word) >= MIN_PREFIX_LENGTH)
        for i, word in enumerate(words)
    ]


def fts5_query(terms):
    """An FTS5 query: each term's word or stem, the last word as a prefix. Words hold
    letters and digits only, so quoting them is enough."""
    groups = []
    for term in terms:
        options = [f'"{value}"' for value in term.alternatives()]
        if term.prefix:
            options[0] += "*"
        groups.append("(" + " OR ".join(options) + ")")
    return " AND ".join(groups)


def tsquery(terms):
    """The same query for PostgreSQL's ``to_tsquery`` (config "simple")."""
    groups = []
    for term in terms:
        options = [f"'{value}'" for value in term.alternatives()]
        if term.prefix:
            options[0] += ":*"
        groups.append("(" + " | ".join(options) + ")")
    return " & ".join(groups)


def search_terms(text):
    """A safe search query from what a visitor typed, for Wagtail's ``.search()`` (stories,
    pages, other backends): Wagtail's parser handles quotes, operators and odd characters;
    accents are removed like in the index."""
    words = unaccent(text.strip()[:200]).split()[:MAX_QUERY_WORDS]
    _filters, query = parse_query_string(" ".join(words), operator="and")
    return query


def ranked_pks(queryset, text):
    """Primary keys of ``queryset`` matching ``text``, best match first."""
    # Only the keys: loading whole shops (bodies included) for every match is slow.
    keys_only = queryset.select_related(None).prefetch_related(None).only("pk")
    return [obj.pk for obj in keys_only.search(search_terms(text))]


def _flavour(backend):
    module = type(backend).__module__
    for flavour in ("sqlite", "postgres"):
        if module.startswith(f"modelsearch.backends.database.{flavour}."):
            return flavour
    return None


class TextMatch:
    """The objects of ``model`` whose indexed text matches what a visitor typed.

    Only the index's ``body`` is matched: for shops it holds ``search_keywords()``, which
    repeats the name (the ``title`` column has it with accents, which the unaccented query
    never matches), so nothing is lost, and ``body`` is what PostgreSQL's GIN index covers.

    ``filter(queryset)`` narrows a queryset by a subquery on the index (no keys in Python);
    ``ranked_keys(queryset, start, stop)`` runs one query for one page of keys of
    ``queryset`` in relevance order. Other backends (Elasticsearch, OpenSearch) answer
    through Wagtail's ``.search()``.
    """

    column = "body"  # of the index entry

    def __init__(self, model, text, language=None, terms=None):
        self.model = model
        self.text = text
        self.language = language or translation.get_language() or "fr"
        self.ranking = None  # other backends: their keys, best first
        self.backend = get_search_backend()
        self.flavour = _flavour(self.backend)
        self.terms = query_terms(text, self.language) if terms is None else terms
        self.everything = not text.strip()
        # Only punctuation, emoji or stop words: nothing to look for.
        self.nothing = not self.everything and not self.terms
        self.expression = None
        if self.flavour and self.terms:
            self.expression = self._compile()

    def _compile(self):
        if self.flavour == "sqlite":
            return Value(fts5_query(self.terms))
        return SearchQuery(tsquery(self.terms), search_type="raw", config=self._config())

    def _config(self):
        return self.backend.config

    def _entries(self):
        """Index rows of this model (and its subclasses) that match, as a queryset."""
        from modelsearch.utils import get_descendants_content_types_pks
        from wagtail.search.models import IndexEntry

        entries = IndexEntry.objects.filter(
            content_type_id__in=get_descendants_content_types_pks(self.model)
        )
        if self.flavour == "sqlite":
            from wagtail.search.models import SQLiteFTSIndexEntry

            matching_rows = SQLiteFTSIndexEntry.objects.filter(self._match_lookup()).values(
                "index_entry_id"
            )
            # "id IN (rows FTS found)": the full-text table is read once, first.
            return entries.filter(id__in=matching_rows)
        return entries.filter(**{self.column: self.expression})

    def _match_lookup(self):
        from modelsearch.backends.database.sqlite.query import MatchExpression

        return MatchExpression([self.column], self.expression)

    def filter(self, queryset):
        if self.everything:
            return queryset
        if self.nothing:
            return queryset.none()
        if self.flavour is None:
            self.ranking = ranked_pks(queryset, self.text)
            return queryset.filter(pk__in=self.ranking)
        keys = self._entries().values("object_id")
        if self.flavour == "postgres":  # object_id is text, the shops' keys are integers
            keys = keys.annotate(key=Cast("object_id", IntegerField())).values("key")
        return queryset.filter(pk__in=keys)

    def ranked_keys(self, queryset, start, stop):
        """Keys of ``queryset`` (already narrowed by ``filter``) from ``start`` to ``stop``,
        best match first, in one query."""
        if self.nothing or stop <= start:
            return []
        if self.everything:
            return list(queryset.values_list("pk", flat=True)[start:stop])
        if self.flavour is None:
            allowed = set(queryset.values_list("pk", flat=True))
            return [pk for pk in self.ranking or () if pk in allowed][start:stop]
        keys = queryset.order_by().values("pk")
        if self.flavour == "postgres":
            return self._ranked_postgres(keys, start, stop)
        return self._ranked_sqlite(keys, start, stop)

    def _ranked_postgres(self, keys, start, stop):
        from django.contrib.postgres.search import SearchRank

        entries = (
            self._entries()
            .filter(object_id__in=keys.annotate(text=Cast("pk", CharField())).values("text"))
            .annotate(score=SearchRank(F("body"), self.expression))
            .order_by("-score", "object_id")
        )
        return [int(key) for key in entries.values_list("object_id", flat=True)[start:stop]]

    def _ranked_sqlite(self, keys, start, stop):
        from modelsearch.utils import get_descendants_content_types_pks
        from wagtail.search.models import IndexEntry, SQLiteFTSIndexEntry

        fts = SQLiteFTSIndexEntry._meta.db_table
        entries = IndexEntry._meta.db_table
        connection = connections[keys.db]
        probe = SQLiteFTSIndexEntry.objects.filter(self._match_lookup())
        compiler = probe.query.get_compiler(connection=connection)
        match_sql, match_params = self._match_lookup().as_sql(compiler, connection)
        keys_sql, keys_params = keys.query.sql_with_params()
        content_types = list(get_descendants_content_types_pks(self.model))
        placeholders = ", ".join(["%s"] * len(content_types))
        # CROSS JOIN keeps SQLite from starting with the index table: the full-text match
        # comes first and bm25() is computed once per matching row. Table names come from
        # the models, the fragments from Django's compilers; every value is a parameter.
        sql = (
            f"SELECT e.object_id FROM {fts} CROSS JOIN {entries} e ON e.id = {fts}.rowid "  # noqa: S608
            f"WHERE {match_sql} AND e.content_type_id IN ({placeholders}) "
            f"AND CAST(e.object_id AS INTEGER) IN ({keys_sql}) "
            f"ORDER BY bm25({fts}), e.object_id LIMIT %s OFFSET %s"
        )
        params = [*match_params, *content_types, *keys_params, stop - start, start]
        with connection.cursor() as cursor:
            cursor.execute(sql, params)
            return [int(row[0]) for row in cursor.fetchall()]


class NamePrefixMatch(TextMatch):
    """The objects of ``model`` with, for each of ``prefixes``, a word of their name that
    starts with it, asked of the index's ``autocomplete`` column (a shop's unaccented name,
    ``ShopPage.search_name``) through its full-text index: the suggestions' rule without
    reading every name. ``filter(queryset)`` only; ``flavour`` is ``None`` with other
    backends, which the caller then answers itself."""

    column = "autocomplete"

    def __init__(self, model, prefixes, language=None):
        terms = [Term(prefix, prefix, prefix=True) for prefix in prefixes]
        super().__init__(model, " ".join(prefixes), language, terms=terms)

    def _config(self):
        return self.backend.autocomplete_config
