#!/usr/bin/env python
"""The finder's map points at scale: milliseconds, queries and bytes per request.

Uses bench/search.py's generated shops (N in four languages), then asks the map's JSON
for all shops, a facet, a text search and a typo; prints p50/p95, queries, points, size.

    DATABASE_URL=sqlite:////tmp/vitrine_bench_map.sqlite3 \
        .venv/bin/python bench/map_points.py --reuse
    .venv/bin/python bench/map_points.py --shops 2000   # a throwaway test database
"""

import argparse
import gzip
import os
import sys
from pathlib import Path


sys.path.insert(0, str(Path(__file__).resolve().parent.parent))
os.environ.setdefault("DJANGO_SETTINGS_MODULE", "portal.settings.test")

import django  # noqa: E402


django.setup()

from django.core.management import call_command  # noqa: E402
from django.db import connection  # noqa: E402
from django.test import Client  # noqa: E402
from django.test.utils import setup_databases, teardown_databases  # noqa: E402

from bench.search import measure, prepare  # noqa: E402


POINTS = "/fr/trouver-un-commerce/map/"
CASES = {
    "all shops": "",
    "one category": "category=fleuriste",
    "text": "q=boulangerie",
    "typo": "q=boulanegrie",
    "delivery+lang": "service=delivery&speaks=en",
}


def main():
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--shops", type=int, default=10000)
    parser.add_argument("--repeat", type=int, default=10)
    parser.add_argument("--reuse", action="store_true", help="as in bench/search.py")
    args = parser.parse_args()
    if args.reuse:
        if "bench" not in str(connection.settings_dict["NAME"]):
            parser.error("--reuse needs a database whose name contains 'bench'")
        call_command("migrate", verbosity=0)
        old_config = None
    else:
        old_config = setup_databases(verbosity=0, interactive=False)
    try:
        prepare(args.shops)
        client = Client()
        print(
            f"{'points of':<15} {'p50 ms':>8} {'p95 ms':>8} {'queries':>8} {'points':>7} "
            f"{'kB':>7} {'kB gzip':>8}"
        )
        for name, query in CASES.items():
            url = f"{POINTS}?{query}" if query else POINTS
            p50, p95, queries = measure(client, [url], args.repeat)
            body = client.get(url).content
            points = body.count(b"],[") + 1 if b"[[" in body else 0
            print(
                f"{name:<15} {p50:>8.1f} {p95:>8.1f} {queries:>8} {points:>7} "
                f"{len(body) / 1024:>7.0f} {len(gzip.compress(body)) / 1024:>8.0f}"
            )
    finally:
        if old_config is not None:
            teardown_databases(old_config, verbosity=0)


if __name__ == "__main__":
    main()
