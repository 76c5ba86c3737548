#!/usr/bin/env python
"""Booking speed: free slots over a 60-day horizon, and bookings created per second.

Prints p50/p95 milliseconds (and queries) of the slots endpoint for 60 days with 0 and
with --bookings existing bookings; the shop page's availability (the days its booking
block offers, ``slots.booking_offer``) for a 60-day horizon with --bookings bookings
spread over it, and the whole shop page with it; a cancellation that offers the seat
to a waiting list of 1,000; then the throughput of ``shops.booking.rules.book`` from
one thread and from several threads at once. Runs on a throwaway test database: SQLite
by default, PostgreSQL with DATABASE_URL.

    .venv/bin/python bench/booking.py [--repeat 50] [--bookings 300] [--threads 4]
"""

import argparse
import logging
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
from shops.booking import rules  # noqa: E402
from shops.booking.models import WaitingListEntry  # noqa: E402
from shops.booking.rules import book  # noqa: E402
from shops.booking.slots import booking_offer, slots_between  # noqa: E402
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


def fill_spread(service, count):
    """``count`` bookings spread evenly over the 60 days, as a busy shop's calendar."""
    starts = free_starts(service, 10**6)
    step = max(len(starts) // count, 1)
    for n, start in enumerate(starts[::step][:count]):
        book(service, start, name=f"S{n}", email=f"spread{n}@example.org", language="fr")


def timed(action, repeat):
    """p50 and p95 milliseconds of ``action()``, and the most queries it made."""
    timings, queries = [], []
    for _ in range(repeat):
        with CaptureQueriesContext(connection) as captured:
            started = time.perf_counter()
            action()
            timings.append((time.perf_counter() - started) * 1000)
        queries.append(len(captured))
    return statistics.median(timings), percentile(timings, 0.95), max(queries)


def measure_shop_page(client, service, repeat):
    """The shop page's availability computation, then the whole page (uncached)."""
    page = service.page.specific

    def availability():
        page.__dict__.pop("_booking_offer", None)
        return booking_offer(page)

    days = sum(len(offer["days"]) for offer in availability())
    computation = timed(availability, repeat)
    client.get(page.url)
    whole_page = timed(lambda: client.get(page.url), repeat)
    return computation, whole_page, days


def measure_waiting_list_cancel(service, waiting, repeat):
    """Cancel the booking of a full slot that ``waiting`` residents wait for."""
    start = free_starts(service, 1)[0]
    day = brussels_today(start)
    timings, queries = [], []
    for round_ in range(repeat):
        holders = [
            book(service, start, name="H", email=f"h{round_}-{n}@example.org", language="fr")
            for n in range(service.capacity)
        ]
        WaitingListEntry.objects.filter(service=service).delete()
        WaitingListEntry.objects.bulk_create(
            WaitingListEntry(
                shop=service.page,
                service=service,
                day=day,
                starts_at=start,
                name=f"W{n}",
                email=f"w{n}@example.org",
                language="fr",
            )
            for n in range(waiting)
        )
        with CaptureQueriesContext(connection) as captured:
            started = time.perf_counter()
            rules.cancel(holders[0], by="resident")
            timings.append((time.perf_counter() - started) * 1000)
        queries.append(len(captured))
        offered = WaitingListEntry.objects.filter(status=WaitingListEntry.OFFERED).count()
        assert offered == 1, offered
        WaitingListEntry.objects.all().delete()
        for holder in holders:
            holder.delete()
    return statistics.median(timings), percentile(timings, 0.95), max(queries)


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
    logging.getLogger("shops.booking").setLevel(logging.WARNING)  # a line per booking made
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
        spread = build_service("Salon agenda")
        fill_spread(spread, args.bookings)
        (p50, p95, queries), (page50, page95, page_queries), days = measure_shop_page(
            client, spread, args.repeat
        )
        print(
            f"shop page availability, 60-day horizon, {args.bookings} bookings spread: "
            f"p50 {p50:6.1f} ms  p95 {p95:6.1f} ms  {queries} queries  {days} days offered"
        )
        print(
            f"shop page (whole render, uncached), same calendar: "
            f"p50 {page50:6.1f} ms  p95 {page95:6.1f} ms  {page_queries} queries"
        )
        waiting = build_service("Salon attente")
        p50, p95, queries = measure_waiting_list_cancel(waiting, 1000, min(args.repeat, 10))
        print(
            f"cancel, seat offered to a waiting list of 1,000: "
            f"p50 {p50:6.1f} ms  p95 {p95:6.1f} ms  {queries} queries"
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
