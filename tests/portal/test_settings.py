"""Production settings come from the environment and refuse to start without secrets."""

import os
import subprocess
import sys

import pytest
from django.conf import settings


PRODUCTION_ENV = {
    "DJANGO_SETTINGS_MODULE": "portal.settings.production",
    "SECRET_KEY": "k3y-for-the-deploy-check-" + "x9QvT2mLr8sW4nB7cZ1pE5hY0uJ6aD3fG" * 2,
    "ALLOWED_HOSTS": "vitrine.example.org",
    "CSRF_TRUSTED_ORIGINS": "https://vitrine.example.org",
}


def manage(*args, env):
    # A bare environment, as on a server: nothing inherited from the test run.
    clean = {k: os.environ[k] for k in ("PATH", "HOME", "LANG") if k in os.environ}
    return subprocess.run(
        [sys.executable, "manage.py", *args],
        cwd=settings.BASE_DIR,
        env={**clean, **env},
        capture_output=True,
        text=True,
        timeout=120,
    )


@pytest.mark.parametrize("missing", ["SECRET_KEY", "ALLOWED_HOSTS"])
def test_production_refuses_to_start_without_a_required_variable(missing):
    env = {k: v for k, v in PRODUCTION_ENV.items() if k != missing}

    result = manage("check", env=env)

    assert result.returncode == 1
    assert result.stderr.strip() == (
        f"Vitrine refuses to start: the environment variable {missing} is not set."
    )


def test_production_deploy_check_prints_no_warning():
    result = manage("check", "--deploy", "--fail-level", "WARNING", env=PRODUCTION_ENV)

    assert result.returncode == 0, result.stderr
    assert "System check identified no issues" in result.stdout


def test_production_reads_email_and_cache_from_the_environment():
    code = (
        "from django.conf import settings as s; "
        "print(s.EMAIL_HOST, s.EMAIL_PORT, s.EMAIL_USE_TLS, s.EMAIL_TIMEOUT, "
        "s.EMAIL_BACKEND, s.OUTBOX_DELIVERY_BACKEND, s.CACHES['default']['BACKEND'])"
    )
    env = {
        **PRODUCTION_ENV,
        "EMAIL_URL": "smtp://mailer:secret@smtp.example.org:587/?tls=True",
        "REDIS_URL": "redis://127.0.0.1:6379/3",
    }

    result = manage("shell", "-c", code, env=env)

    assert result.returncode == 0, result.stderr
    assert result.stdout.split()[-7:] == [
        "smtp.example.org",
        "587",
        "True",
        "10",  # seconds: a mail server that never answers cannot hold the worker
        "portal.outbox.QueuedEmailBackend",  # requests only write to the outbox
        "django.core.mail.backends.smtp.EmailBackend",  # the worker sends
        "django.core.cache.backends.redis.RedisCache",
    ]
