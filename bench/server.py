"""A demo site served by gunicorn with production settings, for the HTTP benchmarks.

    with served(code_dir, env_extra, gunicorn_args) as base_url: ...

The database is DATABASE_URL (PostgreSQL) or a SQLite file in /tmp, migrated and loaded
with the demo once; gunicorn runs from ``code_dir`` (this checkout by default, or an
exported older commit to measure "before") and listens on 127.0.0.1 only.
"""

import contextlib
import os
import secrets
import socket
import subprocess
import sys
import tempfile
import time
import urllib.request
from pathlib import Path


ROOT = Path(__file__).resolve().parent.parent
VENV_BIN = Path(sys.executable).parent
SQLITE_URL = "sqlite:////tmp/vitrine_bench_http.sqlite3"


def base_env(code_dir, extra=None):
    env = {
        **os.environ,
        "DJANGO_SETTINGS_MODULE": "portal.settings.production",
        "SECRET_KEY": os.environ.get("BENCH_SECRET_KEY", secrets.token_urlsafe(50)),
        "ALLOWED_HOSTS": "127.0.0.1,localhost",
        "SECURE_SSL_REDIRECT": "false",
        "MEDIA_ROOT": str(Path(tempfile.gettempdir()) / "vitrine_bench_media"),
        "SERVE_MEDIA": "true",
        "DATABASE_URL": os.environ.get("DATABASE_URL", SQLITE_URL),
        "PYTHONPATH": str(code_dir),
        "GUNICORN_ACCESS_LOG": "",
    }
    env.update(extra or {})
    return env


def prepare(code_dir):
    """Migrate, load the demo (once), compile messages and collect static files."""
    env = base_env(code_dir)
    manage = [str(VENV_BIN / "python"), "manage.py"]
    run = {"cwd": code_dir, "env": env, "check": True, "stdout": subprocess.DEVNULL}
    commands = [
        ["migrate", "--noinput", "-v", "0"],
        ["compilemessages", "--ignore=.venv", "-v", "0"],
        ["collectstatic", "--noinput", "-v", "0"],
        ["load_demo", f"--admin-password={secrets.token_urlsafe(12)}"],  # may start with "-"
    ]
    if (Path(code_dir) / "portal/management/commands/make_renditions.py").exists():
        # No task worker runs here: the pages are measured with their renditions made.
        commands.append(["make_renditions"])
    for command in commands:
        subprocess.run([*manage, *command], **run)  # noqa: S603 (our own manage.py)


def free_port():
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        return sock.getsockname()[1]


def worker_pids(master_pid):
    children = Path(f"/proc/{master_pid}/task/{master_pid}/children")
    return [int(pid) for pid in children.read_text().split()] if children.exists() else []


def rss_mb(pids):
    total = 0
    for pid in pids:
        for line in Path(f"/proc/{pid}/status").read_text().splitlines():
            if line.startswith("VmRSS:"):
                total += int(line.split()[1])
    return total / 1024


@contextlib.contextmanager
def served(code_dir=ROOT, env_extra=None, gunicorn_args=()):
    port = free_port()
    env = base_env(code_dir, env_extra)
    command = [str(VENV_BIN / "gunicorn"), "portal.wsgi", "--bind", f"127.0.0.1:{port}"]
    process = subprocess.Popen(  # noqa: S603
        [*command, *gunicorn_args, "--log-level", "warning"],
        cwd=code_dir,
        env=env,
        stdout=subprocess.DEVNULL,  # the console mail backend prints every booking email
        stderr=open(Path(tempfile.gettempdir()) / "vitrine_bench_gunicorn.log", "a"),  # noqa: SIM115
    )
    base = f"http://127.0.0.1:{port}"
    try:
        for _ in range(100):
            try:
                urllib.request.urlopen(f"{base}/healthz", timeout=2)  # noqa: S310
                break
            except OSError:
                time.sleep(0.2)
        else:
            raise RuntimeError("gunicorn did not start")
        process.base_url = base
        yield process
    finally:
        process.terminate()
        process.wait(timeout=30)
