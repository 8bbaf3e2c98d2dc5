# The commands the README names. Everything installs itself into .venv on first use.
PYTHON ?= python3
VENV := .venv
BIN := $(VENV)/bin
STAMP := $(VENV)/.installed

.PHONY: run demo test lint install clean

$(STAMP): pyproject.toml
	test -d $(VENV) || $(PYTHON) -m venv $(VENV)
	$(BIN)/pip install --quiet --upgrade pip
	$(BIN)/pip install --quiet -e '.[dev]'
	touch $(STAMP)

install: $(STAMP)

## run: every service (API + worker), SQLite under var/, RabbitMQ at $$AMQP_URL; Ctrl-C stops all
run: $(STAMP)
	$(BIN)/python -m deploy.local

## demo: with `make run` up in another terminal, fill it with a season of applications and print
## every login (var/demo-logins.json keeps them; a second run prints them again)
demo: $(STAMP)
	$(BIN)/python -m deploy.demo

## test: lint, import contracts, type checks, then the whole suite on real RabbitMQ and PostgreSQL
test: $(STAMP) lint
	$(BIN)/pytest

lint: $(STAMP)
	$(BIN)/ruff check .
	$(BIN)/ruff format --check .
	$(BIN)/lint-imports
	$(BIN)/mypy
	$(BIN)/deptry .

clean:
	rm -rf var .pytest_cache .mypy_cache .ruff_cache
