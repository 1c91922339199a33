"""The inline reader spends a person's link allowance only on reads it starts, and waits only so long.

Real pieces throughout: the store on a SQLite file, the library fetching from a loopback page
server; only Telegram is left out, as it is from the conversation layer.
"""

from __future__ import annotations

from collections.abc import AsyncIterator
from pathlib import Path

import pytest

from bot.conversation import texts
from bot.conversation.inline import Found, InlineReader, Nothing, Pending, Refused
from bot.conversation.library import Library
from bot.conversation.ratelimit import RateLimit
from bot.settings import load_settings
from bot.store import Store, open_store
from tests.e2e import articles
from tests.support.pages import PageServer, slow

PERSON = 9
SLOW_SECONDS = 1.0
KEYSTROKES = 200
"""Queries at most while the slow page is read; each waits a tenth of the page's delay."""


@pytest.fixture
async def store(tmp_path: Path) -> AsyncIterator[Store]:
    store = await open_store(f"sqlite:///{tmp_path / 'bot.sqlite3'}")
    yield store
    await store.close()


def reader(store: Store, links_per_minute: int, wait_seconds: float) -> InlineReader:
    settings = load_settings({"BOT_ALLOW_PRIVATE_URLS": "1"})
    return InlineReader(Library(store, settings), store, RateLimit(links_per_minute), wait_seconds)


def downloads(pages: PageServer, path: str) -> int:
    return sum(1 for request in pages.requests if request.path == path)


async def test_only_new_reads_count_against_the_link_limit(store: Store, pages_server: PageServer) -> None:
    envoy = pages_server.add("/envoy", articles.ENVOY)
    garden = pages_server.add("/garden", articles.GARDEN)
    bridge = pages_server.add("/bridge", articles.BRIDGE)
    inline = reader(store, links_per_minute=2, wait_seconds=30)
    assert isinstance(await inline.offer(PERSON, envoy), Found)
    assert isinstance(await inline.offer(PERSON, garden), Found)
    assert await inline.offer(PERSON, bridge) == Refused(bridge, texts.RATE_LIMITED)
    assert downloads(pages_server, "/bridge") == 0
    again = await inline.offer(PERSON, envoy)
    assert isinstance(again, Found), "a stored article costs nothing"
    assert again.articles[0].stored.article.title == articles.ENVOY_TITLE
    assert isinstance(await inline.offer(PERSON + 1, bridge), Found), "the limit is per person"


async def test_a_slow_read_answers_pending_and_later_queries_wait_for_the_same_read(
    store: Store, pages_server: PageServer
) -> None:
    link = pages_server.route("/slow", slow(SLOW_SECONDS, articles.BRIDGE))
    inline = reader(store, links_per_minute=1, wait_seconds=SLOW_SECONDS / 10)
    offers = [await inline.offer(PERSON, link)]
    while offers[-1] == Pending(link) and len(offers) < KEYSTROKES:
        offers.append(await inline.offer(PERSON, link))
    assert offers[0] == offers[1] == Pending(link), "a read under way costs no second link"
    found = offers[-1]
    assert isinstance(found, Found) and found.articles[0].stored.article.title == articles.BRIDGE_TITLE
    assert downloads(pages_server, "/slow") == 1


async def test_words_without_a_link_or_history_offer_nothing(store: Store, pages_server: PageServer) -> None:
    inline = reader(store, links_per_minute=10, wait_seconds=30)
    assert await inline.offer(PERSON, "what about") == Nothing()
    assert await inline.offer(PERSON, "  ") == Nothing()
    await inline.offer(PERSON, pages_server.add("/garden", articles.GARDEN))
    recent = await inline.offer(PERSON, "")
    assert isinstance(recent, Found) and recent.personal
    assert [found.stored.article.title for found in recent.articles] == [articles.GARDEN_TITLE]
