# The commands the README names. Everything installs itself into .venv on first use.
PYTHON ?= python3
VENV := .venv
BIN := $(VENV)/bin
STAMP := $(VENV)/.installed

.PHONY: run test lint install clean bench-workbench

$(STAMP): pyproject.toml
	test -d $(VENV) || $(PYTHON) -m venv $(VENV)
	$(BIN)/pip install --quiet --upgrade pip
	$(BIN)/pip install --quiet -e '.[dev]'
	touch $(STAMP)

install: $(STAMP)

## run: every service (API + worker), SQLite under var/, RabbitMQ at $$AMQP_URL; Ctrl-C stops all
run: $(STAMP)
	$(BIN)/python -m deploy.local

## test: lint, import contracts, type checks, then the whole suite on real RabbitMQ and PostgreSQL
test: $(STAMP) lint
	$(BIN)/pytest

lint: $(STAMP)
	$(BIN)/ruff check .
	$(BIN)/ruff format --check .
	$(BIN)/lint-imports
	$(BIN)/mypy

## bench-workbench: 10,000 cases at one department; prints list p50/p95 (needs PostgreSQL)
bench-workbench: $(STAMP)
	$(BIN)/python -m bench.workbench

clean:
	rm -rf var .pytest_cache .mypy_cache .ruff_cache
