"""Accent- and case-insensitive matching that behaves the same on SQLite and PostgreSQL.

SQLite's FTS5 ignores accents, PostgreSQL's full text does not; indexing and querying
an unaccented copy of the text makes "cafe" find "Café" on both.
"""

import unicodedata

from wagtail.search.utils import parse_query_string


def unaccent(text):
    decomposed = unicodedata.normalize("NFKD", text or "")
    return "".join(ch for ch in decomposed if not unicodedata.combining(ch)).lower()


def search_terms(text):
    """A safe search query from what a visitor typed: Wagtail's parser handles quotes,
    operators and odd characters; accents are removed like in the index."""
    _filters, query = parse_query_string(unaccent(text.strip()[:200]), operator="and")
    return query


def ranked_pks(queryset, text):
    """Primary keys of ``queryset`` matching ``text``, best match first."""
    # Only the keys: loading whole shops (bodies included) for every match is slow.
    keys_only = queryset.select_related(None).prefetch_related(None).only("pk")
    return [obj.pk for obj in keys_only.search(search_terms(text))]
