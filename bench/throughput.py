#!/usr/bin/env python
"""Requests per second of /healthz and of a shop page, cached and uncached, on gunicorn.

Production settings, demo content, gunicorn on 127.0.0.1, a client of --clients
keep-alive connections for --seconds per URL. "Uncached" is a second server started with
PAGE_CACHE=false: every request renders the page, from the parts of it kept rendered
(portal/fragments.py); "nothing kept" is a third with PAGE_FRAGMENTS=false too.

    .venv/bin/python bench/throughput.py                      # this checkout (+ Redis)
    git archive 2e4c4ac | tar -x -C /tmp/vitrine-before       # an older commit, then:
    .venv/bin/python bench/throughput.py --code /tmp/vitrine-before --before

--before measures as the issue did: 2 sync workers, no gunicorn.conf.py, no Redis.
Add DATABASE_URL=postgres://… for PostgreSQL (REDIS_URL defaults to 127.0.0.1:6379/15).
"""

import argparse
import http.client
import os
import threading
import time
from pathlib import Path

from server import ROOT, prepare, served


SHOP = "/fr/commerces/fleurs-du-beffroi/"


def hammer(base_url, path, clients, seconds):
    host, port = base_url.removeprefix("http://").split(":")
    deadline = time.perf_counter() + seconds
    counts, errors = [0] * clients, [0] * clients

    def client(n):
        conn = http.client.HTTPConnection(host, int(port), timeout=30)
        while time.perf_counter() < deadline:
            try:
                conn.request("GET", path, headers={"X-Forwarded-Proto": "https"})
                response = conn.getresponse()
                response.read()
                if response.status == 200:
                    counts[n] += 1
                else:
                    errors[n] += 1
            except (OSError, http.client.HTTPException):
                errors[n] += 1
                conn.close()
                conn = http.client.HTTPConnection(host, int(port), timeout=30)
        conn.close()

    threads = [threading.Thread(target=client, args=(n,)) for n in range(clients)]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join()
    return sum(counts) / seconds, sum(errors)


def main():
    parser = argparse.ArgumentParser()
    parser.add_argument("--code", type=Path, default=ROOT, help="checkout to serve")
    parser.add_argument("--before", action="store_true", help="2 sync workers, no Redis")
    parser.add_argument("--clients", type=int, default=8)
    parser.add_argument("--seconds", type=float, default=10)
    args = parser.parse_args()
    code = args.code.resolve()
    prepare(code)
    if args.before:
        gunicorn_args, env = ["-c", "/dev/null", "--workers", "2"], {"REDIS_URL": ""}
    else:
        gunicorn_args = []
        env = {"REDIS_URL": os.environ.get("REDIS_URL", "redis://127.0.0.1:6379/15")}
    db = "PostgreSQL" if os.environ.get("DATABASE_URL", "").startswith("postgres") else "SQLite"
    label = f"{'before' if args.before else 'after'} ({db}, {code.name})"
    results = {}
    with served(code, env, gunicorn_args) as server:
        for path in (SHOP, "/healthz"):
            hammer(server.base_url, path, args.clients, 1)  # warm-up
        results["healthz"] = hammer(server.base_url, "/healthz", args.clients, args.seconds)
        results["shop, cached"] = hammer(server.base_url, SHOP, args.clients, args.seconds)
    uncached = {"shop, uncached": {"PAGE_CACHE": "false"}}
    if not args.before:
        uncached["shop, nothing kept"] = {"PAGE_CACHE": "false", "PAGE_FRAGMENTS": "false"}
    for name, switches in uncached.items():
        with served(code, {**env, **switches}, gunicorn_args) as server:
            hammer(server.base_url, SHOP, args.clients, 1)
            results[name] = hammer(server.base_url, SHOP, args.clients, args.seconds)
    healthz = results["healthz"][0]
    for name, (rate, errors) in results.items():
        print(
            f"{label:40} {name:18} {rate:8.1f} req/s  {rate / healthz:6.1%} of /healthz  "
            f"errors {errors}"
        )


if __name__ == "__main__":
    main()
