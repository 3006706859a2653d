# The README's two commands are `make run` and `make test`; the rest are for developers.
PYTHON ?= python3.11
VENV := .venv
BIN := $(VENV)/bin

.PHONY: run test lint format bench frontend css deploy-check replica-check

$(BIN)/python:
	$(PYTHON) -m venv $(VENV)
	$(BIN)/pip install --quiet --upgrade pip

$(VENV)/.installed: requirements.txt requirements-dev.txt | $(BIN)/python
	$(BIN)/pip install --quiet -r requirements-dev.txt
	touch $@

run: $(VENV)/.installed
	$(BIN)/python manage.py migrate --no-input
	$(BIN)/python manage.py demo
	$(BIN)/python manage.py runserver 127.0.0.1:8000

test: $(VENV)/.installed
	$(BIN)/pytest $(PYTEST_ARGS)

lint: $(VENV)/.installed
	$(BIN)/ruff check .
	$(BIN)/ruff format --check .
	$(BIN)/python manage.py makemigrations --check --dry-run

format: $(VENV)/.installed
	$(BIN)/ruff check --fix .
	$(BIN)/ruff format .

bench: $(VENV)/.installed
	$(BIN)/python bench/run.py

# The front end's build and check tools at the versions frontend/package-lock.json pins (Bootstrap's Sass,
# sass, axe-core, the Nu HTML checker, Lighthouse); the browser tests use them, the site never serves them.
frontend/node_modules/.installed: frontend/package.json frontend/package-lock.json
	cd frontend && npm ci --no-audit --no-fund --ignore-scripts
	touch $@

frontend: frontend/node_modules/.installed

# Bootstrap's stylesheet built from its Sass with only what the portal uses (frontend/scss/bootstrap.scss);
# the same sources give the same file byte for byte, and tests/portal/test_bootstrap_build.py checks it.
css: frontend/node_modules/.installed
	cd frontend && node_modules/.bin/sass $(SASS_ARGS) scss/bootstrap.scss $(CSS_OUT)

CSS_OUT := $(CURDIR)/static/vendor/bootstrap/bootstrap.min.css
SASS_ARGS := --no-source-map --no-charset --style=compressed --load-path=node_modules --quiet-deps \
	--silence-deprecation=import --silence-deprecation=global-builtin --silence-deprecation=color-functions

# The README's deploy path run for real: production settings, PostgreSQL, Redis, two gunicorn
# nodes behind nginx; then every sitemap URL and file is loaded (deploy/check.py).
deploy-check: $(VENV)/.installed
	$(BIN)/python deploy/check.py $(CHECK_ARGS)

# A real streaming replica of the local PostgreSQL (as root): public pages read from it, staff
# from the primary; the replica and every change to the primary are undone (deploy/replica_check.py).
replica-check: $(VENV)/.installed
	$(BIN)/python deploy/replica_check.py
