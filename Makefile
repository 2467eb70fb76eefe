# VoC Loop — `make run` serves a demo on http://127.0.0.1:8000/graphql; `make test` runs the suite.
PYTHON ?= python3.11
VENV ?= .venv
PY := $(VENV)/bin/python
HOST ?= 127.0.0.1
PORT ?= 8000
# The CPU build of PyTorch, installed before anything that depends on torch, so that no multi-GB
# CUDA build is pulled in.
TORCH ?= torch==2.13.0

.PHONY: install run migrate demo serve test e2e faults lint schema widget widget-deps console console-deps graphiql clean

install: $(VENV)/.installed

$(VENV)/.installed: pyproject.toml
	@test -x $(PY) || $(PYTHON) -m venv $(VENV)
	$(PY) -m pip install -q --upgrade pip
	$(PY) -m pip show torch >/dev/null 2>&1 || $(PY) -m pip install -q "$(TORCH)"
	$(PY) -m pip install -q -e '.[dev]'
	@touch $@

migrate: install
	$(VENV)/bin/voc migrate

demo: migrate
	$(VENV)/bin/voc demo --host $(HOST) --port $(PORT)

serve: install
	$(VENV)/bin/voc serve --host $(HOST) --port $(PORT)

# Builds the demo once, serves it, and when the server is up prints how to use it, the key last.
run: migrate
	$(VENV)/bin/voc demo --serve --host $(HOST) --port $(PORT)

test: install widget-deps console-deps
	cd frontend_widget && npm test --silent
	cd console && npm test --silent
	$(PY) -m pytest $(PYTEST_ARGS)

# Browser end-to-end tests of the widget and the console against a live server, in headless Chromium.
e2e: install widget-deps console-deps
	scripts/e2e.sh

# Every fault scenario of benchmarks/faults/faults.py, short (a few minutes in all), each against its
# own PostgreSQL cluster and redis-server on free ports (the shared servers are never touched).
FAULTS_ARGS ?= --rate 50 --seconds 12 --at 3 --outage 4 --restarts 3 --every 2.5 --comments 400 --fit-kill-delay 0.3 \
  --fit-idle-timeout-ms 15000 --concurrency 50
faults: install
	$(PY) benchmarks/faults/faults.py all $(FAULTS_ARGS)

widget-deps: frontend_widget/node_modules/.package-lock.json

frontend_widget/node_modules/.package-lock.json: frontend_widget/package-lock.json
	cd frontend_widget && npm ci --no-audit --no-fund

# Rebuild api/static/widget.js from frontend_widget/src (commit the result).
widget: widget-deps
	cd frontend_widget && npm run build

console-deps: console/node_modules/.package-lock.json

console/node_modules/.package-lock.json: console/package-lock.json
	cd console && npm ci --no-audit --no-fund

# Regenerate the console's GraphQL types from schema.graphql, type-check it, and rebuild
# api/static/console/ from console/src (commit both).
console: console-deps
	cd console && npm run --silent codegen && npm run --silent check && npm run --silent build

# Fetch GraphiQL's files (api/static/graphiql/) from npm again (commit the result).
graphiql:
	scripts/graphiql-assets.sh

lint: install
	$(VENV)/bin/ruff check .
	$(VENV)/bin/mypy

schema: install
	$(VENV)/bin/strawberry export-schema api.schema:schema --output schema.graphql

clean:
	rm -rf $(VENV) .voc .pytest_cache .mypy_cache .ruff_cache
