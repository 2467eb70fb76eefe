# VoC Loop — `make run` serves a demo on http://127.0.0.1:8000/graphql; `make test` runs the suite.
PYTHON ?= python3.11
VENV ?= .venv
PY := $(VENV)/bin/python
HOST ?= 127.0.0.1
PORT ?= 8000
# The CPU build of PyTorch, installed before anything that depends on torch, so that no multi-GB
# CUDA build is pulled in.
TORCH ?= torch==2.13.0

.PHONY: install run migrate demo serve test lint schema widget clean

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

run: demo serve

test: install
	$(PY) -m pytest $(PYTEST_ARGS)

lint: install
	$(VENV)/bin/ruff check .
	$(VENV)/bin/mypy

schema: install
	$(VENV)/bin/strawberry export-schema api.schema:schema --output schema.graphql

clean:
	rm -rf $(VENV) .voc .pytest_cache .mypy_cache .ruff_cache
