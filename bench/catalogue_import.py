#!/usr/bin/env python
"""Catalogue import speed: how long reading and checking a merchant's file takes.

Prints the median milliseconds (of --repeat runs) to read and check a CSV and an Excel
file of 500 products (the most one import takes), and to refuse a CSV of 10,000 lines.
No database is needed: reading never writes.

    .venv/bin/python bench/catalogue_import.py [--repeat 5]
"""

import argparse
import io
import os
import statistics
import sys
import time
from pathlib import Path


sys.path.insert(0, str(Path(__file__).resolve().parent.parent))
os.environ.setdefault("DJANGO_SETTINGS_MODULE", "portal.settings.test")

import django  # noqa: E402


django.setup()

from django.core.files.uploadedfile import SimpleUploadedFile  # noqa: E402
from django.utils import translation  # noqa: E402
from openpyxl import Workbook  # noqa: E402

from shops import catalogue_import  # noqa: E402


def rows(count):
    return [
        [f"Produit n° {n}", f"Description du produit {n}", f"{n % 90 + 1},50", "en stock", ""]
        for n in range(count)
    ]


HEADER = ["nom", "description", "prix", "disponibilité", "lien d'achat"]


def csv_file(count):
    text = "\n".join(";".join(row) for row in [HEADER, *rows(count)])
    return lambda: SimpleUploadedFile("c.csv", text.encode("cp1252"))


def xlsx_file(count):
    workbook = Workbook()
    for row in [HEADER, *rows(count)]:
        workbook.active.append(row)
    buffer = io.BytesIO()
    workbook.save(buffer)
    data = buffer.getvalue()
    return lambda: SimpleUploadedFile("c.xlsx", data)


def read(make_file):
    try:
        catalogue = catalogue_import.read_catalogue(catalogue_import.read_table(make_file()))
        return f"{len(catalogue.rows)} products, {len(catalogue.rows_with_errors)} with errors"
    except catalogue_import.FileRefused as refused:
        return f"refused: {refused}"


def main():
    parser = argparse.ArgumentParser()
    parser.add_argument("--repeat", type=int, default=5)
    args = parser.parse_args()
    translation.activate("fr")
    for label, make_file in [
        ("CSV, 500 products", csv_file(500)),
        ("XLSX, 500 products", xlsx_file(500)),
        ("CSV, 10,000 lines", csv_file(10_000)),
    ]:
        timings = []
        for _ in range(args.repeat):
            start = time.perf_counter()
            outcome = read(make_file)
            timings.append((time.perf_counter() - start) * 1000)
        print(f"{label:22} median {statistics.median(timings):7.1f} ms  ({outcome[:70]})")


if __name__ == "__main__":
    main()
