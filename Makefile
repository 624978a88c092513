# One task runner. `make run` and `make test` are the README's two commands.
PYTHON ?= python3
VENV := .venv
BIN := $(VENV)/bin
STAMP := $(VENV)/.installed

.PHONY: run test lint typecheck check-strings update-strings services eval bench clean

$(STAMP): pyproject.toml
	$(PYTHON) -m venv $(VENV)
	$(BIN)/pip install --quiet --upgrade pip
	$(BIN)/pip install --quiet -e '.[dev]'
	touch $(STAMP)

## run: install, migrate and serve on the embedded default (SQLite + in-process jobs) at :8000
run: $(STAMP)
	$(BIN)/intake serve

## test: install, start PostgreSQL and Redis if needed, run lint, types, strings and every test
test: $(STAMP) services
	$(MAKE) --no-print-directory lint typecheck check-strings
	$(BIN)/pytest

services:
	bash scripts/ensure-services.sh

lint: $(STAMP)
	$(BIN)/ruff check --output-format concise .
	$(BIN)/ruff format --check .

typecheck: $(STAMP)
	$(BIN)/mypy

check-strings: $(STAMP)
	$(BIN)/python scripts/check_strings.py

update-strings: $(STAMP)
	$(BIN)/python scripts/check_strings.py --update

eval: $(STAMP)
	$(BIN)/python -m triage.evaluate

bench: $(STAMP)
	$(BIN)/python benchmarks/crypto_speed.py
	$(BIN)/python benchmarks/triage_speed.py --mixed

clean:
	rm -rf $(VENV) .pytest_cache .mypy_cache .ruff_cache
