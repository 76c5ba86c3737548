#!/usr/bin/env python
"""Booking speed: free slots over a 60-day horizon, and bookings created per second.

Prints p50/p95 milliseconds (and queries) of the slots endpoint for 60 days with 0 and
with 500 existing bookings, then the throughput of ``shops.booking.rules.book`` from one
thread and from several threads at once. Runs on a throwaway test database: SQLite by
default, PostgreSQL with DATABASE_URL.

    .venv/bin/python bench/booking.py [--repeat 50] [--bookings 300] [--threads 4]
"""

import argparse
import os
import statistics
import sys
import threading
import time
from datetime import timedelta
from pathlib import Path


sys.path.insert(0, str(Path(__file__).resolve().parent.parent))
os.environ.setdefault("DJANGO_SETTINGS_MODULE", "portal.settings.test")

import django  # noqa: E402


django.setup()

from django.db import connection, connections  # noqa: E402
from django.test import Client  # noqa: E402
from django.test.utils import CaptureQueriesContext, setup_databases, teardown_databases  # noqa: E402
from django.urls import reverse  # noqa: E402

from portal.demo import ensure_translated_home_pages  # noqa: E402
from shops.booking.rules import book  # noqa: E402
from shops.booking.slots import slots_between  # noqa: E402
from shops.hours import brussels_today  # noqa: E402
from shops.models import ShopIndexPage  # noqa: E402
from tests.factories import EVERY_DAY_HOURS, add_service, create_shop, create_shop_index  # noqa: E402


def build_service(name):
    home = ensure_translated_home_pages()["fr"]

    index = ShopIndexPage.objects.first() or create_shop_index(home)
    shop = create_shop(index, title=name, hours=EVERY_DAY_HOURS)
    return add_service(shop, name="Rendez-vous", duration_minutes=15, capacity=3)


def percentile(values, share):
    values = sorted(values)
    return values[max(int(len(values) * share) - 1, 0)]


def measure_slots(client, service, repeat):
    first = brussels_today()
    url = reverse("booking_slots", args=[service.pk])
    query = {"from": first.isoformat(), "to": (first + timedelta(days=59)).isoformat()}
    client.get(url, query)
    timings, queries = [], []
    for _ in range(repeat):
        with CaptureQueriesContext(connection) as captured:
            started = time.perf_counter()
            response = client.get(url, query)
            timings.append((time.perf_counter() - started) * 1000)
        assert response.status_code == 200
        queries.append(len(captured))
    slots = sum(len(day["slots"]) for day in response.json()["days"])
    return statistics.median(timings), percentile(timings, 0.95), max(queries), slots


def free_starts(service, count):
    first = brussels_today() + timedelta(days=1)
    days = slots_between(service, first, first + timedelta(days=59))
    starts = [slot.starts_at for slots in days.values() for slot in slots for _ in range(3)]
    return starts[:count]


def fill(service, count):
    for n, start in enumerate(free_starts(service, count)):
        book(service, start, name=f"R{n}", email=f"fill{n}@example.org", language="fr")


def throughput(service, count, threads):
    starts = free_starts(service, count)
    chunks = [starts[i::threads] for i in range(threads)]

    def worker(chunk, offset):
        try:
            for n, start in enumerate(chunk):
                email = f"t{offset}-{n}@example.org"
                book(service, start, name="Bench", email=email, language="fr")
        finally:
            connections.close_all()

    started = time.perf_counter()
    if threads == 1:
        worker(starts, 0)
    else:
        workers = [threading.Thread(target=worker, args=(c, i)) for i, c in enumerate(chunks)]
        for w in workers:
            w.start()
        for w in workers:
            w.join()
    return len(starts) / (time.perf_counter() - started)


def main():
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--repeat", type=int, default=50)
    parser.add_argument("--bookings", type=int, default=300)
    parser.add_argument("--threads", type=int, default=4)
    args = parser.parse_args()

    from django.conf import settings

    settings.BOOKING_MAX_PER_EMAIL_PER_DAY = 10**6
    if connection.vendor == "sqlite":
        # A file, as in production: an in-memory database cannot take parallel writers.
        connection.settings_dict["TEST"]["NAME"] = str(Path("build/bench-booking.sqlite3"))
        Path("build").mkdir(exist_ok=True)
    old_config = setup_databases(verbosity=0, interactive=False, keepdb=False)
    try:
        client = Client()
        empty = build_service("Salon vide")
        full = build_service("Salon plein")
        fill(full, args.bookings)
        print(f"database: {connection.vendor}, horizon 60 days, 15-minute slots, 09:00–18:00")
        for label, service in (("no bookings", empty), (f"{args.bookings} bookings", full)):
            p50, p95, queries, slots = measure_slots(client, service, args.repeat)
            print(
                f"slots endpoint, {label:>13}: p50 {p50:6.1f} ms  p95 {p95:6.1f} ms  "
                f"{queries} queries  {slots} free slots"
            )
        one = build_service("Salon série")
        print(f"book(), 1 thread:   {throughput(one, 200, 1):6.1f} bookings/s")
        many = build_service("Salon parallèle")
        rate = throughput(many, 200, args.threads)
        print(f"book(), {args.threads} threads:  {rate:6.1f} bookings/s")
    finally:
        teardown_databases(old_config, verbosity=0)


if __name__ == "__main__":
    main()
