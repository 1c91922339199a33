"""Fixtures shared by the whole test suite."""

from __future__ import annotations

import inspect
from collections.abc import Callable, Iterator
from pathlib import Path

import pytest

from tests.support.bot_process import BotProcess, bot_environment
from tests.support.databases import BACKENDS, NOT_TESTED, fresh_database
from tests.support.fake_telegram import FakeTelegram
from tests.support.pages import PageServer


@pytest.fixture(params=BACKENDS)
def database_url(request: pytest.FixtureRequest, tmp_path: Path) -> Iterator[str]:
    """An empty database; a test using it runs on SQLite and on PostgreSQL (see tests.support.databases)."""
    with fresh_database(request.param, tmp_path) as url:
        yield url


SLOW_PATHS = (
    "tests/e2e/", "tests/hostile/", "tests/cli/", "tests/bench/", "tests/support/", "tests/reader/test_workers.py",
)
"""Where tests start the real bot, the command line, a benchmark or reader processes, or check the
Bot API stand-in itself over real HTTP with its delays and timeouts."""
SLOW_FIXTURES = frozenset({"bot_process"})
"""Fixtures that start the real bot: a test elsewhere using one is `slow` too."""


@pytest.hookimpl(tryfirst=True)
def pytest_collection_modifyitems(items: list[pytest.Item]) -> None:
    """Mark what `make test-fast` leaves out: tests that start processes, and PostgreSQL variants;
    and group the tests that share a running bot onto one xdist worker.

    Marking here, by where a test lives and what it uses, keeps new tests honest: nobody has to
    remember a decorator. (tryfirst: xdist reads the groups in its own hook.)
    """
    for item in items:
        fixtures = set(getattr(item, "fixturenames", ()))
        if item.nodeid.startswith(SLOW_PATHS) or fixtures & SLOW_FIXTURES:
            item.add_marker(pytest.mark.slow)
        if shares_a_running_module_fixture(item):
            item.add_marker(pytest.mark.xdist_group(item.nodeid.split("::", 1)[0]))
        callspec = getattr(item, "callspec", None)
        if callspec is not None and callspec.params.get("database_url") == "postgresql":
            item.add_marker(pytest.mark.postgres)


def shares_a_running_module_fixture(item: pytest.Item) -> bool:
    """Whether the test uses a module-scoped fixture with a teardown: a bot, or a Bot API stand-in,
    started once for the module. `make test` runs on several xdist workers (`--dist loadgroup`);
    the tests of such a module go to one worker together, or each worker would start its own bot."""
    info = getattr(item, "_fixtureinfo", None)
    if info is None:
        return False
    return any(
        definition.scope == "module" and (inspect.isgeneratorfunction(definition.func)
                                          or inspect.isasyncgenfunction(definition.func))
        for definitions in info.name2fixturedefs.values() for definition in definitions
    )


def pytest_terminal_summary(terminalreporter: pytest.TerminalReporter) -> None:
    """Say it loudly at the end when the PostgreSQL variants did not run."""
    skipped = [r for r in terminalreporter.stats.get("skipped", []) if NOT_TESTED in str(r.longrepr)]
    if skipped:
        terminalreporter.write_sep("!", f"{len(skipped)} tests skipped. {NOT_TESTED}", yellow=True, bold=True)


@pytest.fixture
def pages_server() -> Iterator[PageServer]:
    """A real HTTP server on 127.0.0.1; register pages with `add`/`route`, link with `url`."""
    with PageServer() as server:
        yield server


@pytest.fixture
def fake_telegram() -> Iterator[FakeTelegram]:
    """A strict Bot API stand-in on 127.0.0.1; push what users do, read what the bot answered."""
    with FakeTelegram() as fake:
        yield fake


@pytest.fixture
def bot_process(tmp_path: Path) -> Iterator[Callable[..., BotProcess]]:
    """Start the real bot against a FakeTelegram: `bot_process(fake, SETTING="value", ...)`.

    Each bot gets its own SQLite file and log under tmp_path; bots still running at the end of
    the test are killed.
    """
    started: list[BotProcess] = []

    def start(fake: FakeTelegram, **settings: str) -> BotProcess:
        name = f"bot{len(started) + 1}"
        environment = bot_environment(fake, tmp_path / f"{name}.sqlite3", **settings)
        process = BotProcess(environment, tmp_path / f"{name}.log")
        started.append(process)
        return process.start()

    yield start
    for process in started:
        if process.running:
            process.kill()
