#!/usr/bin/env python
"""Lighthouse (mobile preset) on public pages served by gunicorn with production settings.

Serves the demo as bench/server.py does (SQLite in /tmp, or DATABASE_URL; renditions made
beforehand, as a task worker would), runs Lighthouse in Debian's Chromium against a shop
page, a story and the finder, and prints the scores, the Core Web Vitals, the page's
weight and every host it requested.

    cd bench && ../.venv/bin/python lighthouse.py [--runs 3]

Needs Node.js and Lighthouse (``npm install lighthouse@12`` in any folder; set
LIGHTHOUSE to its ``node_modules/.bin/lighthouse``, else ``npx --yes lighthouse@12``).
"""

import argparse
import json
import os
import shlex
import statistics
import subprocess
import tempfile
from pathlib import Path
from urllib.parse import urlsplit

from server import ROOT, prepare, served


PAGES = {
    "shop page": "/fr/commerces/fleurs-du-beffroi/",
    "story": "/fr/histoires/la-page-tournee-reserver-un-livre-apres-la-fermeture/",
    "finder": "/fr/trouver-un-commerce/",
}


def lighthouse(url):
    command = shlex.split(os.environ.get("LIGHTHOUSE", "npx --yes lighthouse@12"))
    out = Path(tempfile.mkdtemp()) / "report.json"
    subprocess.run(  # noqa: S603 (our own server on loopback)
        [
            *command,
            url,
            "--quiet",
            "--output=json",
            f"--output-path={out}",
            "--only-categories=performance,accessibility,best-practices,seo",
            "--chrome-flags=--headless=new --no-sandbox",
        ],
        check=True,
        env={**os.environ, "CHROME_PATH": os.environ.get("CHROME_PATH", "/usr/bin/chromium")},
    )
    return json.loads(out.read_text())


def figures(report):
    audits = report["audits"]
    requests = audits["network-requests"]["details"]["items"]
    images = [r for r in requests if r.get("resourceType") == "Image"]
    largest = max(images, key=lambda r: r.get("transferSize", 0), default=None)
    return {
        **{name: round(c["score"] * 100) for name, c in report["categories"].items()},
        "LCP s": audits["largest-contentful-paint"]["numericValue"] / 1000,
        "TBT ms": audits["total-blocking-time"]["numericValue"],
        "CLS": audits["cumulative-layout-shift"]["numericValue"],
        "KiB": sum(r.get("transferSize", 0) for r in requests) / 1024,
        "images": len(images),
        "largest image": largest and urlsplit(largest["url"]).path.rsplit("/", 1)[-1],
        "hosts": sorted({urlsplit(r["url"]).hostname for r in requests if r["url"][:4] == "http"}),
    }


def main():
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--runs", type=int, default=3, help="runs per page; medians printed")
    args = parser.parse_args()
    prepare(ROOT)
    with served(ROOT) as server:
        for name, path in PAGES.items():
            runs = [figures(lighthouse(server.base_url + path)) for _ in range(args.runs)]
            print(f"{name} ({path}), median of {args.runs} runs:")
            for key, value in runs[0].items():
                if isinstance(value, int | float):
                    value = statistics.median(run[key] for run in runs)
                    value = f"{value:.2f}" if isinstance(value, float) else value
                print(f"  {key:<16} {value}")


if __name__ == "__main__":
    main()
