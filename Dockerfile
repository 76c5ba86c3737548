# syntax=docker/dockerfile:1
# Production image: dependencies and build output in a first stage, a slim non-root
# runtime in the second. Configure it only through the environment (see README).

FROM python:3.12-slim AS build
ENV PIP_NO_CACHE_DIR=1 PIP_DISABLE_PIP_VERSION_CHECK=1 PYTHONDONTWRITEBYTECODE=1
RUN apt-get update \
 && apt-get install -y --no-install-recommends gettext \
 && rm -rf /var/lib/apt/lists/*
RUN python -m venv /venv
ENV PATH=/venv/bin:$PATH
WORKDIR /app
# Dependencies first, so that a code change does not reinstall them.
COPY pyproject.toml README.md ./
RUN mkdir portal home shops campaign search \
 && pip install . \
 && pip uninstall -y vitrine
COPY . .
RUN DJANGO_SETTINGS_MODULE=portal.settings.dev python manage.py compilemessages -v 0 \
 && DJANGO_SETTINGS_MODULE=portal.settings.production SECRET_KEY=build-only ALLOWED_HOSTS=build \
    python manage.py collectstatic --noinput -v 0

FROM python:3.12-slim
ENV PYTHONDONTWRITEBYTECODE=1 PYTHONUNBUFFERED=1 \
    PATH=/venv/bin:$PATH \
    DJANGO_SETTINGS_MODULE=portal.settings.production \
    PORT=8000 GUNICORN_WORKERS=3 GUNICORN_THREADS=16 MEDIA_ROOT=/data/media \
    FORWARDED_ALLOW_IPS=*
RUN useradd --create-home --uid 10001 vitrine \
 && mkdir -p /data/media && chown vitrine /data/media
COPY --from=build /venv /venv
COPY --from=build /app /app
WORKDIR /app
USER vitrine
EXPOSE 8000
VOLUME ["/data/media"]
HEALTHCHECK --interval=30s --timeout=5s --start-period=20s --retries=3 \
  CMD ["python", "-m", "portal.healthcheck"]
# The same image runs the mail and task worker: `python manage.py db_worker --no-reload`.
# gunicorn.conf.py (in /app, the working directory): gthread workers that slow clients
# cannot freeze, PORT, GUNICORN_WORKERS and GUNICORN_THREADS from the environment.
CMD ["gunicorn", "portal.wsgi"]
