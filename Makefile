# The two commands a newcomer needs: `make run` and `make test`. Everything they need is
# installed here, in .venv/ and node_modules/, from the locked versions.

PYTHON_BIN ?= python3
VENV := .venv
PY := $(VENV)/bin/python
MANAGE := $(PY) manage.py
PORT ?= 8000


.PHONY: run test install lint superuser lock bench clean

$(VENV)/.installed: requirements/dev.txt
	$(PYTHON_BIN) -m venv $(VENV)
	$(VENV)/bin/pip install --quiet --disable-pip-version-check --require-hashes -r requirements/dev.txt
	touch $@

node_modules/.installed: package.json package-lock.json
	npm ci --no-audit --no-fund --loglevel=error
	touch $@

install: $(VENV)/.installed

## Serve the site with gunicorn on http://127.0.0.1:$(PORT), after migrating and loading the initial content.
run: install
	mkdir -p var
	$(MANAGE) migrate --noinput
	$(MANAGE) load_initial_content
	$(MANAGE) collectstatic --noinput --verbosity 0
	DJANGO_SETTINGS_MODULE=config.settings.dev $(VENV)/bin/gunicorn --pythonpath site config.wsgi:application \
		--bind 127.0.0.1:$(PORT) --workers 2 --access-logfile -

## The whole suite: lint, Dockerfile lint, unit, integration and real-browser tests.
test: install node_modules/.installed lint
	$(VENV)/bin/pytest

lint: install
	$(VENV)/bin/ruff check .
	$(VENV)/bin/hadolint Dockerfile

## Create an admin account (asks for a username, an e-mail and a password).
superuser: install
	$(MANAGE) createsuperuser

## Recompute the locked dependency versions from pyproject.toml.
lock: install
	$(VENV)/bin/uv pip compile pyproject.toml --python-version 3.11 --generate-hashes --no-header -q -o requirements/base.txt
	$(VENV)/bin/uv pip compile pyproject.toml --extra dev --python-version 3.11 --generate-hashes --no-header -q -o requirements/dev.txt

## Benchmark of the Territoires Store: gunicorn on PostgreSQL (BENCH_DATABASE_URL) with 200 services.
bench: install
	$(PY) bench/store_bench.py

clean:
	rm -rf $(VENV) node_modules var/static var/cache
