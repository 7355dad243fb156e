# The two commands a newcomer needs: `make run` and `make test`. Everything they need is
# installed here, in .venv/ and node_modules/, from the locked versions.

PYTHON_BIN ?= python3
VENV := .venv
PY := $(VENV)/bin/python
MANAGE := $(PY) manage.py
PORT ?= 8000


.PHONY: run dev test install lint superuser lock bench clean

$(VENV)/.installed: requirements/dev.txt
	$(PYTHON_BIN) -m venv $(VENV)
	$(VENV)/bin/pip install --quiet --disable-pip-version-check --require-hashes -r requirements/dev.txt
	touch $@

node_modules/.installed: package.json package-lock.json
	npm ci --no-audit --no-fund --loglevel=error
	touch $@

install: $(VENV)/.installed

# `make run` serves the production settings over plain HTTP on this machine; a secret key
# is generated once into var/ unless SECRET_KEY is set.
PRODUCTION = DJANGO_SETTINGS_MODULE=config.settings.production LOCAL_HTTP=true \
	SECRET_KEY="$${SECRET_KEY:-$$(cat var/secret_key)}" \
	ALLOWED_HOSTS="$${ALLOWED_HOSTS:-localhost,127.0.0.1,[::1]}" \
	SITE_URL="$${SITE_URL:-http://127.0.0.1:$(PORT)}"

var/secret_key:
	mkdir -p var
	(umask 077; $(PY) -c "import secrets; print(secrets.token_urlsafe(50))" > $@)

## Serve the site as production does (DEBUG off, hashed static files, the task worker beside
## gunicorn) on http://127.0.0.1:$(PORT), after migrating and loading the initial content.
run: install var/secret_key
	$(PRODUCTION) $(MANAGE) migrate --noinput
	$(PRODUCTION) $(MANAGE) load_initial_content
	$(PRODUCTION) $(MANAGE) collectstatic --noinput --verbosity 0
	$(PRODUCTION) $(MANAGE) db_worker & worker=$$!; trap 'kill $$worker 2>/dev/null' EXIT; \
	$(PRODUCTION) $(VENV)/bin/gunicorn --pythonpath site config.wsgi:application \
		--bind 127.0.0.1:$(PORT) --workers 2 --access-logfile -

## The development server: DEBUG on, reloads on every change, e-mails in the console.
dev: install
	$(MANAGE) migrate --noinput
	$(MANAGE) load_initial_content
	$(MANAGE) runserver 127.0.0.1:$(PORT)

## The whole suite: lint, Dockerfile and compose.yaml checks, unit, integration and real-browser tests.
test: install node_modules/.installed lint
	$(VENV)/bin/pytest

lint: install
	$(VENV)/bin/ruff check .
	$(VENV)/bin/hadolint Dockerfile
	$(VENV)/bin/check-jsonschema --builtin-schema vendor.compose-spec compose.yaml

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
