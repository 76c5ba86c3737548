#!/usr/bin/env python
"""Render a shop page many times with a catalogue of 5 and of 100 products.

Prints p50/p95 render time in milliseconds and the number of SQL queries per render.
Runs on a throwaway test database: SQLite by default, PostgreSQL with DATABASE_URL.

    .venv/bin/python bench/shop_page.py [--renders 200]
"""

import argparse
import os
import statistics
import sys
import time
from pathlib import Path


sys.path.insert(0, str(Path(__file__).resolve().parent.parent))
os.environ.setdefault("DJANGO_SETTINGS_MODULE", "portal.settings.test")

import django  # noqa: E402


django.setup()

from django.db import connection  # noqa: E402
from django.test import Client  # noqa: E402
from django.test.utils import CaptureQueriesContext, setup_databases, teardown_databases  # noqa: E402

from portal.demo import ensure_translated_home_pages  # noqa: E402
from tests.factories import ImageFactory, catalogue, create_shop, create_shop_index, product  # noqa: E402


def build_shops():
    index = create_shop_index(ensure_translated_home_pages()["fr"])
    images = [ImageFactory() for _ in range(10)]
    shops = {}
    for size in (5, 100):
        products = [
            product(f"Produit {i}", f"{i + 1}.50", image=images[i % 10]) for i in range(size)
        ]
        shops[size] = create_shop(index, title=f"Commerce {size}", body=[catalogue(products)])
    return shops


def measure(client, url, renders):
    for _ in range(5):  # warm-up: renditions and caches
        client.get(url)
    timings, queries = [], []
    for _ in range(renders):
        with CaptureQueriesContext(connection) as captured:
            started = time.perf_counter()
            response = client.get(url)
            timings.append((time.perf_counter() - started) * 1000)
        assert response.status_code == 200
        queries.append(len(captured))
    timings.sort()
    return {
        "p50": statistics.median(timings),
        "p95": timings[int(len(timings) * 0.95) - 1],
        "queries": max(queries),
    }


def main():
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--renders", type=int, default=200)
    args = parser.parse_args()

    old_config = setup_databases(verbosity=0, interactive=False)
    try:
        shops = build_shops()
        client = Client()
        print(f"database: {connection.vendor}, renders per size: {args.renders}")
        print(f"{'products':>8} {'p50 ms':>8} {'p95 ms':>8} {'queries':>8}")
        for size, shop in shops.items():
            result = measure(client, shop.url, args.renders)
            print(f"{size:>8} {result['p50']:>8.1f} {result['p95']:>8.1f} {result['queries']:>8}")
    finally:
        teardown_databases(old_config, verbosity=0)


if __name__ == "__main__":
    main()
