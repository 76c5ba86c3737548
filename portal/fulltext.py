"""Full-text matching for the finder: accent- and case-insensitive, the same on SQLite
and PostgreSQL, and kept inside the database.

SQLite's FTS5 ignores accents, PostgreSQL's full text does not; indexing and querying
an unaccented copy of the text makes "cafe" find "Café" on both.

Speed at 10,000 shops in four languages: Wagtail's ``.search()`` on a queryset gives the
matches (or their keys) to Python, and its SQL for the database backends lets SQLite
probe the full-text table once per index row (40,000 probes per query) and makes
PostgreSQL match an unindexed ``title || body`` vector. ``TextMatch`` asks the same index,
through the same backend's query compiler, in a form that uses the full-text indexes:
the match is a subquery every finder query can carry, and the relevance order is computed
in one pass over the matches for one page of keys.
"""

import unicodedata

from django.db import connections
from django.db.models import CharField, F, IntegerField
from django.db.models.functions import Cast
from wagtail.search.backends import get_search_backend
from wagtail.search.query import MatchAll, Not
from wagtail.search.utils import parse_query_string


def unaccent(text):
    decomposed = unicodedata.normalize("NFKD", text or "")
    return "".join(ch for ch in decomposed if not unicodedata.combining(ch)).lower()


# What a visitor types is cut to this many words after accents are removed: one typed
# character can decompose into several words (U+FDFA gives four), and a query of hundreds
# of words fails in the database.
MAX_QUERY_WORDS = 12


def search_terms(text):
    """A safe search query from what a visitor typed: Wagtail's parser handles quotes,
    operators and odd characters; accents are removed like in the index."""
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

    def __init__(self, model, text):
        self.model = model
        self.text = text
        self.ranking = None  # other backends: their keys, best first
        self.backend = get_search_backend()
        self.flavour = _flavour(self.backend)
        self.query = search_terms(text)
        self.everything = isinstance(self.query, MatchAll)
        self.nothing = isinstance(self.query, Not)
        self.expression = None
        if self.flavour and not (self.everything or self.nothing):
            self.expression = self._compile()
            self.nothing = self.expression is None

    def _compile(self):
        compiler = self.backend.query_compiler_class(self.model.objects.none(), self.query)
        try:
            if self.flavour == "sqlite":
                from modelsearch.backends.database.sqlite.query import normalize

                built = compiler.build_search_query(normalize(compiler.query))
            else:
                built = compiler.build_tsquery(compiler.query, config=self.backend.config)
        except NotImplementedError:
            return None
        return None if built is None or isinstance(built, (MatchAll, Not)) else built

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
        return entries.filter(body=self.expression)

    def _match_lookup(self):
        from modelsearch.backends.database.sqlite.query import MatchExpression

        return MatchExpression(["body"], self.expression)

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
