# The commands the README names. Everything installs itself into .venv on first use.
PYTHON ?= python3
VENV := .venv
BIN := $(VENV)/bin
STAMP := $(VENV)/.installed

WEB_STAMP := web/node_modules/.installed

.PHONY: run demo test test-unit lint install clean web web-check api-types bench bench-workbench bench-cluster

$(STAMP): pyproject.toml
	test -d $(VENV) || $(PYTHON) -m venv $(VENV)
	$(BIN)/pip install --quiet --upgrade pip
	$(BIN)/pip install --quiet -e '.[dev]'
	touch $(STAMP)

install: $(STAMP) $(WEB_STAMP)

$(WEB_STAMP): web/package-lock.json
	cd web && npm ci --no-audit --no-fund --loglevel=error
	touch $(WEB_STAMP)

## web: build the screens into web/dist (the gateway serves them)
web: $(WEB_STAMP)
	cd web && npm run build --silent

## api-types: regenerate web/openapi/*.json and the screens' TypeScript types from the code
api-types: $(STAMP) $(WEB_STAMP)
	$(BIN)/python -m deploy.openapi
	cd web && npm run api-types --silent

## web-check: API types up to date, the screens type-check, their unit tests pass
web-check: $(STAMP) $(WEB_STAMP)
	$(BIN)/python -m deploy.openapi --check
	cd web && node scripts/api-types.mjs --check
	cd web && npm run typecheck --silent
	cd web && npm test --silent

## run: every service (API + worker), SQLite under var/, RabbitMQ at $$AMQP_URL; Ctrl-C stops all
run: $(STAMP) web
	$(BIN)/python -m deploy.local

## demo: with `make run` up in another terminal, fill it with a season of applications and print
## every login (var/demo-logins.json keeps them; a second run prints them again)
demo: $(STAMP)
	$(BIN)/python -m deploy.demo

## test: lint, import contracts, type checks, then the whole suite on real RabbitMQ and PostgreSQL
test: $(STAMP) lint web-check web
	$(BIN)/pytest

## test-unit: the domains and the handlers on their in-memory fakes (no broker, no database server)
## in under 10 s: bytecode is kept between runs even where PYTHONDONTWRITEBYTECODE is set (each run
## would compile the services again), schemathesis' plugin, for tests/api only, is not loaded, and
## no garbage is collected while the imports pile up (tests/support/collection_gc.py)
test-unit: $(STAMP)
	PYTHONDONTWRITEBYTECODE= $(BIN)/pytest -q -p no:schemathesis -p tests.support.collection_gc tests/unit

lint: $(STAMP)
	$(BIN)/ruff check .
	$(BIN)/ruff format --check .
	$(BIN)/lint-imports
	$(BIN)/mypy
	$(BIN)/deptry .

## bench: issue 17's table, each figure beside its yardstick (bench/table.py); not part of CI
bench: $(STAMP)
	$(BIN)/python -m bench.table

## bench-workbench: 10,000 cases at one department; list p50/p95, the case page in Chromium
bench-workbench: $(STAMP) web
	$(BIN)/python -m bench.workbench --browser

## bench-cluster: three RabbitMQ nodes behind HAProxy, two replicas of everything, a node killed
bench-cluster: $(STAMP)
	command -v haproxy >/dev/null || $$([ $$(id -u) = 0 ] || echo sudo) apt-get install -y -q haproxy
	$(BIN)/python -m bench.cluster_run

clean:
	rm -rf var .pytest_cache .mypy_cache .ruff_cache web/dist
