# Two commands do all the set-up: `make run` (the bot) and `make test` (every test).
# Both create .venv and install the project from pyproject.toml on first use.
PYTHON ?= python3
VENV := .venv
BIN := $(VENV)/bin

.PHONY: run test test-fast bench

$(BIN)/.installed: pyproject.toml
	$(PYTHON) -m venv $(VENV)
	$(BIN)/pip install --quiet --upgrade pip
	$(BIN)/pip install --quiet -e '.[test,bench]'
	touch $@

run: $(BIN)/.installed
	$(BIN)/python -m bot run

test: $(BIN)/.installed
	$(BIN)/python -m pytest -q

# Everything but the tests that start processes (bot, CLI, benchmarks, reader workers) and the
# PostgreSQL variants: under a minute.
test-fast: $(BIN)/.installed
	$(BIN)/python -m pytest -q -m 'not slow and not postgres'

bench: $(BIN)/.installed
	$(BIN)/python -m bench.extraction
	$(BIN)/python -m bench.summaries --skip-sumy
	$(BIN)/python -m bench.features
	$(BIN)/python -m bench.answers
	$(BIN)/python -m bench.quotes
	$(BIN)/python -m bench.speed
