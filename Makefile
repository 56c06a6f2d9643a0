# Two entry points for a fresh machine with Python 3.11+: `make run` and `make test`.
PYTHON ?= python3
VENV ?= .venv
PY := $(VENV)/bin/python
HOST ?= 127.0.0.1
PORT ?= 8000

.PHONY: run test install lint bench score score-all clean

$(VENV)/.installed: pyproject.toml
	$(PYTHON) -m venv $(VENV)
	$(PY) -m pip install --quiet --upgrade pip
	$(PY) -m pip install --quiet -e '.[dev]'
	# The gazetteer's index, built once here (~10 s) so that no import pays it: later processes load it in ~1 s.
	$(PY) -c 'from localities.gazetteer.loader import get_gazetteer; get_gazetteer()'
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

# Extraction quality (manage.py evaluate: a throwaway SQLite database per layout; exits non-zero when a folder,
# a gold file or a page is missing). `score`: the development pages; `score-all`: every set, in every layout.
score: install
	DEBUG=1 $(PY) manage.py evaluate seeds tests/fixtures/development_gold

score-all: install
	DEBUG=1 $(PY) manage.py evaluate seeds tests/fixtures/development_gold --layouts
	@for set in tests/fixtures/*/; do \
	  case $$set in */development_gold/) continue;; esac; \
	  echo "== $$set"; DEBUG=1 $(PY) manage.py evaluate $$set $$set --layouts || exit 1; done
