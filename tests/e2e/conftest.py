"""One running bot, Bot API stand-in and page server shared by the tests of a module.

Starting the real bot process costs a few seconds, so each e2e module starts one and its tests
use separate chats; tests that restart or kill the bot start their own.
"""

from __future__ import annotations

from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path

import pytest

from tests.e2e import articles
from tests.support.bot_process import START_TIMEOUT_SECONDS, BotProcess, bot_environment
from tests.support.fake_telegram import FakeTelegram
from tests.support.pages import PageServer


@dataclass
class World:
    telegram: FakeTelegram
    pages: PageServer
    bot: BotProcess


def serve_articles(pages: PageServer) -> None:
    pages.add("/envoy", articles.ENVOY)
    pages.add("/garden", articles.GARDEN)
    pages.add("/bridge", articles.BRIDGE)
    pages.add("/archive", articles.NOT_AN_ARTICLE)
    pages.add("/gone", "<html><body><h1>Not found</h1></body></html>", status=404)


def start_world(tmp: Path, **settings: str) -> Iterator[World]:
    with FakeTelegram() as telegram, PageServer() as pages:
        serve_articles(pages)
        environment = bot_environment(telegram, tmp / "bot.sqlite3", **settings)
        with BotProcess(environment, tmp / "bot.log") as bot:
            telegram.wait_for(lambda: telegram.calls("setMyCommands"), timeout=START_TIMEOUT_SECONDS,
                              what="the bot to start and register its commands")
            yield World(telegram, pages, bot)


def start_again(world: World) -> None:
    """Start the world's stopped or killed bot and wait until it is up (its commands registered
    once more). The test's own timeouts then bound what it checks, not a start-up on a machine
    where other test workers start bots too."""
    starts = len(world.telegram.calls("setMyCommands"))
    world.bot.start()
    world.telegram.wait_for(lambda: len(world.telegram.calls("setMyCommands")) > starts,
                            timeout=START_TIMEOUT_SECONDS, what="the bot to start again")


@pytest.fixture(scope="module")
def world(tmp_path_factory: pytest.TempPathFactory) -> Iterator[World]:
    yield from start_world(tmp_path_factory.mktemp("world"))


@pytest.fixture
def own_world(tmp_path: Path, database_url: str) -> Iterator[World]:
    """A bot of the test's own, for tests that restart or kill it; on SQLite and on PostgreSQL."""
    yield from start_world(tmp_path, DATABASE_URL=database_url)
