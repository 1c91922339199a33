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

# The tests mostly wait on real processes and loopback HTTP, so they run on more xdist workers
# than there are cores; the tests of a module sharing one bot stay on one worker (loadgroup).
# Bytecode is cached even where PYTHONDONTWRITEBYTECODE is set: every bot process the tests start
# would otherwise compile the whole package again.
TEST_WORKERS ?= 4
PYTEST := env -u PYTHONDONTWRITEBYTECODE $(BIN)/python -m pytest -q -n $(TEST_WORKERS) --dist loadgroup

test: $(BIN)/.installed
	$(PYTEST)

# Everything but the tests that start processes (bot, CLI, benchmarks, reader workers) and the
# PostgreSQL variants: under a minute.
test-fast: $(BIN)/.installed
	$(PYTEST) -m 'not slow and not postgres'

bench: $(BIN)/.installed
	$(BIN)/python -m bench.extraction
	$(BIN)/python -m bench.summaries --skip-sumy
	$(BIN)/python -m bench.features
	$(BIN)/python -m bench.answers
	$(BIN)/python -m bench.quotes
	$(BIN)/python -m bench.speed
