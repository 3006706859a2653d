# The README's two commands are `make run` and `make test`; the rest are for developers.
PYTHON ?= python3.11
VENV := .venv
BIN := $(VENV)/bin

.PHONY: run test lint format bench deploy-check replica-check

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

# The README's deploy path run for real: production settings, PostgreSQL, Redis, two gunicorn
# nodes behind nginx; then every sitemap URL and file is loaded (deploy/check.py).
deploy-check: $(VENV)/.installed
	$(BIN)/python deploy/check.py $(CHECK_ARGS)

# A real streaming replica of the local PostgreSQL (as root): public pages read from it, staff
# from the primary; the replica and every change to the primary are undone (deploy/replica_check.py).
replica-check: $(VENV)/.installed
	$(BIN)/python deploy/replica_check.py
