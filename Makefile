# Two commands do all the set-up: `make demo` and `make test` (see README.md).
# `make test` runs the suite on SQLite, then again on PostgreSQL + Redis when they answer.
PYTHON ?= python3
VENV := .venv
BIN := $(VENV)/bin
PORT ?= 8000
STAMP := $(VENV)/.installed
DEV_STAMP := $(VENV)/.installed-dev

.PHONY: demo test lint install dev clean bench

$(BIN)/python:
	$(PYTHON) -m venv $(VENV)
	$(BIN)/pip install --quiet --upgrade pip

$(STAMP): $(BIN)/python pyproject.toml
	$(BIN)/pip install --quiet -e .
	touch $@

$(DEV_STAMP): $(STAMP)
	$(BIN)/pip install --quiet -e '.[dev]'
	touch $@

install: $(STAMP)
dev: $(DEV_STAMP)

demo: $(STAMP)
	$(BIN)/masthead migrate --noinput
	$(BIN)/masthead demo --if-empty
	@echo ""
	@echo "  Masthead demo newsroom: http://127.0.0.1:$(PORT)/"
	@echo "  Editor's desk:          http://127.0.0.1:$(PORT)/desk/"
	@echo "  Demo logins:            editor / masthead-demo   writer / masthead-demo"
	@echo ""
	$(BIN)/masthead serve --port $(PORT)

lint: $(DEV_STAMP)
	$(BIN)/ruff check .
	$(BIN)/ruff format --check .

test: $(DEV_STAMP)
	$(BIN)/ruff check .
	$(BIN)/masthead check
	$(BIN)/masthead makemigrations --check --dry-run
	$(BIN)/pytest
	$(BIN)/python scripts/services_pass.py

# Load benchmarks (wrk on loopback; not part of the tests): bench/run.sh, docs/benchmarks.md.
bench: $(STAMP)
	bench/run.sh

clean:
	rm -rf $(VENV) var/*.sqlite3* var/static
