"""Container health probe: ``python -m portal.healthcheck`` exits 0 when /healthz is 200.

It sends the first of ALLOWED_HOSTS as Host, so Django's host validation accepts it.
"""

import os
import sys
import urllib.request


def main():
    port = os.environ.get("PORT", "8000")
    host = os.environ.get("ALLOWED_HOSTS", "localhost").split(",")[0].strip().lstrip(".")
    request = urllib.request.Request(f"http://127.0.0.1:{port}/healthz", headers={"Host": host})
    try:
        with urllib.request.urlopen(request, timeout=5) as response:  # noqa: S310 (fixed URL)
            return 0 if response.status == 200 else 1
    except OSError:
        return 1


if __name__ == "__main__":
    sys.exit(main())
