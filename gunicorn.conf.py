"""gunicorn settings, read from the working directory (the Docker image, CI, bench/).

Threads, not one process per request: a gthread worker waits for a request's bytes in
its main loop, so idle or slow connections hold no worker, and a thread waiting on the
database lets the others run. Command-line flags and GUNICORN_CMD_ARGS override these.
"""

import os


bind = f"0.0.0.0:{os.environ.get('PORT', '8000')}"
workers = int(os.environ.get("GUNICORN_WORKERS", "2"))
worker_class = "gthread"
# A thread that reads a half-sent request waits for it; many cheap threads keep the
# others answering (bench/slow_clients.py: 10 half-sent connections, site still fast).
threads = int(os.environ.get("GUNICORN_THREADS", "16"))
# A request that takes longer than this is cut off and its worker replaced.
timeout = int(os.environ.get("GUNICORN_TIMEOUT", "30"))
graceful_timeout = 20
# Idle keep-alive connections wait in the main loop, not in a thread.
keepalive = 5
# Bounded request heads: a client cannot make a thread read headers forever.
limit_request_line = 4094
limit_request_fields = 100
limit_request_field_size = 8190
# Recycled workers keep memory flat whatever a leak might do.
max_requests = 10_000
max_requests_jitter = 1_000
forwarded_allow_ips = os.environ.get("FORWARDED_ALLOW_IPS", "127.0.0.1")
accesslog = os.environ.get("GUNICORN_ACCESS_LOG", "-") or None
