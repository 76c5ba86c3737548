#!/usr/bin/env python
"""Locust load test: mixed resident traffic at 10, 50 and 200 users against gunicorn.

Serves the demo with production settings on 127.0.0.1 (bench/server.py: SQLite, or
DATABASE_URL; Redis at 127.0.0.1:6379/15 unless REDIS_URL says otherwise), runs
bench/locustfile.py headless for --seconds per step, and prints requests/s, p50/p95/p99
and errors per page type, plus the gunicorn workers' RSS before and after.

    cd bench && ../.venv/bin/python load.py [--users 10 50 200] [--seconds 60]
    cd bench && ../.venv/bin/python load.py --users 200 200 200   # RSS flat or growing?

Needs Locust: pip install -e ".[bench]".
"""

import argparse
import csv
import os
import subprocess
import sys
import tempfile
from pathlib import Path

from server import ROOT, prepare, rss_mb, served, worker_pids


HERE = Path(__file__).resolve().parent


def run_locust(base_url, users, seconds):
    prefix = Path(tempfile.mkdtemp()) / "load"
    subprocess.run(  # noqa: S603 (our own locustfile, loopback host)
        [
            str(Path(sys.executable).parent / "locust"),
            "-f",
            str(HERE / "locustfile.py"),
            "--headless",
            "--users",
            str(users),
            "--spawn-rate",
            str(max(users // 5, 1)),
            "--run-time",
            f"{seconds}s",
            "--host",
            base_url,
            "--csv",
            str(prefix),
            "--only-summary",
            "--loglevel",
            "ERROR",
        ],
        check=False,
        stdout=subprocess.DEVNULL,
        stderr=subprocess.DEVNULL,
    )
    with open(f"{prefix}_stats.csv", newline="") as stats:
        return list(csv.DictReader(stats))


def main():
    parser = argparse.ArgumentParser()
    parser.add_argument("--users", type=int, nargs="+", default=[10, 50, 200])
    parser.add_argument("--seconds", type=int, default=60)
    args = parser.parse_args()
    if max(args.users) > 500 or args.seconds > 600:
        parser.error("at most 500 users and 600 seconds per step")
    prepare(ROOT)
    db = "PostgreSQL" if os.environ.get("DATABASE_URL", "").startswith("postgres") else "SQLite"
    env = {"REDIS_URL": os.environ.get("REDIS_URL", "redis://127.0.0.1:6379/15")}
    with served(ROOT, env) as server:
        run_locust(server.base_url, 10, 15)  # warm-up: imports, first renders, renditions
        before = rss_mb(worker_pids(server.pid))
        print(f"{db} + Redis, gunicorn.conf.py; worker RSS after warm-up: {before:.0f} MB")
        header = (
            f"{'users':>5} {'page':14} {'req/s':>7} {'p50':>6} {'p95':>6} {'p99':>6} {'errors':>6}"
        )
        print(header)
        for users in args.users:
            for row in run_locust(server.base_url, users, args.seconds):
                print(
                    f"{users:>5} {row['Name'][:14]:14} {float(row['Requests/s']):7.1f} "
                    f"{row['50%']:>6} {row['95%']:>6} {row['99%']:>6} {row['Failure Count']:>6}"
                )
            # Growth from one step to the next, not from the first: each of a worker's
            # threads that the step kept busy holds its own database connection (and on
            # SQLite its page cache) from then on; a leak grows at every step.
            print(f"worker RSS after {users} users: {rss_mb(worker_pids(server.pid)):.0f} MB")
        after = rss_mb(worker_pids(server.pid))
        print(f"worker RSS after: {after:.0f} MB ({(after - before) / before:+.1%})")


if __name__ == "__main__":
    main()
