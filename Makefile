# Two entry points for a fresh machine with Python 3.11+: `make run` and `make test`.
PYTHON ?= python3
VENV ?= .venv
PY := $(VENV)/bin/python
HOST ?= 127.0.0.1
PORT ?= 8000

.PHONY: run test install lint bench score score-all score-set clean

$(VENV)/.installed: pyproject.toml
	$(PYTHON) -m venv $(VENV)
	$(PY) -m pip install --quiet --upgrade pip
	$(PY) -m pip install --quiet -e '.[dev]'
	touch $@

install: $(VENV)/.installed

# A development machine's settings, read by every `manage.py` command (core/settings.py); kept if it exists.
.env:
	printf '# Development settings (written by make run). Real environment variables win.\nDEBUG=1\n' > $@

# Development server on SQLite (DEBUG on: a development key and static files from the apps).
run: install .env
	DEBUG=1 $(PY) manage.py migrate --noinput
	DEBUG=1 $(PY) manage.py import_seeds seeds
	DEBUG=1 $(PY) manage.py runserver $(HOST):$(PORT)

# The whole suite in one process, the real-browser test included (skipped when /usr/bin/chromium is absent);
# DATABASE_URL=postgres://... runs it on PostgreSQL instead of SQLite.
test: install
	$(PY) -m pytest -q

lint: install
	$(VENV)/bin/ruff check .
	$(VENV)/bin/ruff format --check .

bench: install
	for b in bench/bench_*.py; do DEBUG=1 $(PY) $$b || exit 1; done

clean:
	rm -rf $(VENV) db.sqlite3 staticfiles

# Extraction quality on the development set (fresh SQLite database in a temporary folder).
SCORE_PY ?= ../shared/eval/score.py
score: install
	@$(MAKE) --no-print-directory score-set PAGES=seeds GOLD=../shared/eval/gold

# The same on every set: the development pages and the synthetic pages from other regions in tests/fixtures
# (each folder holds pages and their gold side by side; heldout3 was written blind, see the README).
score-all: install
	@$(MAKE) --no-print-directory score-set PAGES=seeds GOLD=../shared/eval/gold
	@for set in tests/fixtures/*/; do $(MAKE) --no-print-directory score-set PAGES=$$set GOLD=$$set; done

score-set:
	@tmp=$$(mktemp -d); \
	export DATABASE_URL=sqlite:///$$tmp/score.sqlite3 DEBUG=1; \
	$(PY) manage.py migrate -v0 && $(PY) manage.py import_seeds $(PAGES) -v0 >/dev/null; \
	$(PY) manage.py export_extraction > $$tmp/export.json && \
	printf '%-26s ' "$(PAGES)" && $(PY) $(SCORE_PY) $(GOLD) $$tmp/export.json | tail -1; rm -rf $$tmp
