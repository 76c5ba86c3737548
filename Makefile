# Vitrine — the two commands that matter: `make run` (demo site) and `make test`.
PYTHON ?= python3
VENV ?= .venv
PY := $(VENV)/bin/python
PYTEST_ARGS ?=
DJANGO_SETTINGS_MODULE ?= portal.settings.dev
export DJANGO_SETTINGS_MODULE

.PHONY: run test install install-test messages lint migrate demo clean

$(PY):
	$(PYTHON) -m venv $(VENV)
	$(PY) -m pip install --quiet --upgrade pip

$(VENV)/.installed: pyproject.toml | $(PY)
	$(PY) -m pip install --quiet -e .
	touch $@

$(VENV)/.installed-test: pyproject.toml | $(PY)
	$(PY) -m pip install --quiet -e ".[test]"
	touch $@ $(VENV)/.installed

install: $(VENV)/.installed

install-test: $(VENV)/.installed-test

# Compiled catalogues (.mo) are build output; needs GNU gettext's msgfmt.
messages:
	@command -v msgfmt >/dev/null || { echo "msgfmt not found: install GNU gettext (apt-get install gettext)"; exit 1; }
	$(PY) manage.py compilemessages --ignore=$(VENV) --ignore=build -v 0

migrate:
	$(PY) manage.py migrate --noinput -v 0

demo: install messages migrate
	$(PY) manage.py load_demo

# The site and the task worker that sends its emails (printed to the console here) and
# makes its pictures' renditions.
run: demo
	$(PY) manage.py db_worker --interval 2 & worker=$$!; \
	trap 'kill $$worker 2>/dev/null' EXIT INT TERM; \
	$(PY) manage.py runserver 127.0.0.1:8000

# One test worker per CPU (pytest-xdist); each has its own test database.
TEST_WORKERS ?= auto

test: install-test messages
	DJANGO_SETTINGS_MODULE=portal.settings.test $(PY) -m pytest -n $(TEST_WORKERS) $(PYTEST_ARGS)

lint: install-test
	$(VENV)/bin/ruff check .
	$(VENV)/bin/djhtml --check templates
	$(VENV)/bin/lint-imports --no-cache
	$(PY) manage.py makemigrations --check --dry-run

clean:
	rm -rf $(VENV) build staticfiles
	find locale -name '*.mo' -delete
