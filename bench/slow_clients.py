#!/usr/bin/env python
"""Do idle and half-sent connections stop the site answering?

Opens N connections that send half a request and then nothing (as a slow or hostile
client does), then asks /healthz and a page 20 times and prints how many answered and
how long the slowest took. Production settings, gunicorn on 127.0.0.1.

    .venv/bin/python bench/slow_clients.py              # gunicorn.conf.py (gthread)
    .venv/bin/python bench/slow_clients.py --sync       # 2 sync workers, as before
"""

import argparse
import socket
import time
import urllib.request

from server import ROOT, prepare, served


def half_sent(base_url, count):
    host, port = base_url.removeprefix("http://").split(":")
    connections = []
    for _ in range(count):
        conn = socket.create_connection((host, int(port)))
        conn.sendall(b"GET /fr/ HTTP/1.1\r\nHost: 127.0.0.1\r\nUser-Agent: slow")
        connections.append(conn)
    return connections


def probe(url, tries=20, timeout=10):
    answered, slowest = 0, 0.0
    for _ in range(tries):
        started = time.perf_counter()
        try:
            with urllib.request.urlopen(url, timeout=timeout) as response:  # noqa: S310
                response.read()
            answered += 1
        except OSError:
            pass
        slowest = max(slowest, time.perf_counter() - started)
    return answered, slowest


def main():
    parser = argparse.ArgumentParser()
    parser.add_argument("--connections", type=int, default=10)
    parser.add_argument("--sync", action="store_true", help="2 sync workers (before)")
    args = parser.parse_args()
    prepare(ROOT)
    gunicorn_args = ["-c", "/dev/null", "--workers", "2"] if args.sync else []
    with served(gunicorn_args=gunicorn_args) as server:
        held = half_sent(server.base_url, args.connections)
        time.sleep(1)
        for path in ("/healthz", "/fr/"):
            answered, slowest = probe(server.base_url + path)
            print(
                f"{'sync x2' if args.sync else 'gunicorn.conf.py'}: {args.connections} "
                f"half-sent connections, {path}: {answered}/20 answered, slowest {slowest:.2f} s"
            )
        for conn in held:
            conn.close()


if __name__ == "__main__":
    main()
