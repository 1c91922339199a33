"""A FeedService over a real database (SQLite and PostgreSQL), fetching from the loopback page server, with a clock
the test moves by hand."""

from __future__ import annotations

from collections.abc import AsyncIterator, Awaitable, Callable

import pytest

from bot.feeds.service import FeedService
from bot.reader.fetch import FetchLimits
from bot.settings import Settings, load_settings
from bot.store import open_store
from tests.support.feeds import BASE_TIME

LIMITS = FetchLimits(connect_timeout=2.0, total_timeout=5.0, max_bytes=2_000_000, max_redirects=3,
                     allow_private=True, user_agent="feeds-test")


class Clock:
    def __init__(self, now: float = BASE_TIME + 1_000_000) -> None:
        self.now = now

    def __call__(self) -> float:
        return self.now

    def advance(self, seconds: float) -> float:
        self.now += seconds
        return self.now


@pytest.fixture
def clock() -> Clock:
    return Clock()


@pytest.fixture
def settings() -> Settings:
    return load_settings({"FEED_POLL_INTERVAL_SECONDS": "900", "MAX_FEEDS_PER_CHAT": "3",
                          "MAX_FEED_POSTS_PER_CHAT_PER_HOUR": "20"})


@pytest.fixture
def database(database_url: str) -> str:
    """Each feed test runs on SQLite and on PostgreSQL."""
    return database_url


@pytest.fixture
async def service_factory(
    database: str, settings: Settings, clock: Clock,
) -> AsyncIterator[Callable[[], Awaitable[FeedService]]]:
    """Builds FeedServices over the same database file, as a restarted bot would."""
    stores = []

    async def make() -> FeedService:
        store = await open_store(database)
        stores.append(store)
        return FeedService(store.engine, LIMITS, settings, clock=clock)

    yield make
    for store in stores:
        await store.close()


@pytest.fixture
async def service(service_factory) -> FeedService:
    return await service_factory()
