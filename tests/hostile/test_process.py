"""The bot process killed mid-work, and its database locked by someone else for a moment.

SIGKILL gives the bot no chance to clean up, so what survives is what it had committed: settings,
stored articles and feed subscriptions must all be there after a restart, a feed item must be
posted exactly once (never twice, never skipped), and the link being read when it died must
work when sent again. tests/e2e/test_feeds.py covers a kill while a feed post is being written;
here the kill lands while the feed itself is being downloaded.
"""

from __future__ import annotations

import sqlite3
import threading
import time
from collections.abc import Iterator
from pathlib import Path

import pytest

from tests.e2e import articles
from tests.e2e.conftest import World, start_again, start_world
from tests.hostile.conftest import LIMITS, exchange, still_answers
from tests.support.feeds import Item, LiveFeed, items
from tests.support.pages import PageRequest, page

TIMEOUT = 30
LOCK_SECONDS = 2.0


@pytest.fixture
def own_world(tmp_path: Path) -> Iterator[World]:
    """Work a killed bot had claimed (a feed poll, a post) is taken over once its lease runs out:
    300 s by default, 3 s here."""
    yield from start_world(tmp_path, FEED_POLL_INTERVAL_SECONDS="1", LEASE_SECONDS="3", **LIMITS)


def stalled(started: threading.Event, seconds: float, then):
    """A handler that signals it was reached, then keeps the bot waiting before answering."""

    def handler(request: PageRequest) -> None:
        started.set()
        if not request.stopping.wait(seconds):
            then(request)

    return handler


def follow(world: World, chat: int, feed: LiveFeed) -> None:
    url = world.pages.route("/hostile/feed.rss", feed)
    exchange(world, chat, f"/feed add {url}", "Following", case="/feed add")


def test_a_kill_while_reading_an_article_loses_nothing_committed(own_world: World) -> None:
    chat = 9701
    exchange(own_world, chat, "/length short", "short")
    exchange(own_world, chat, "/quotes off", "hidden")
    follow(own_world, chat, LiveFeed(items(3)))
    exchange(own_world, chat, own_world.pages.url("/envoy"), "TL;DR")
    reading = threading.Event()
    own_world.pages.route("/hostile/slow", stalled(reading, 2.0, page(articles.GARDEN)))
    own_world.telegram.push_text(chat, own_world.pages.url("/hostile/slow"))
    assert reading.wait(TIMEOUT), "the bot started reading"

    own_world.bot.kill()
    start_again(own_world)

    exchange(own_world, chat, "/length", "Summaries are short now", case="/length after a crash", timeout=TIMEOUT)
    exchange(own_world, chat, "/feed list", "1. Live News", case="/feed list after a crash")
    answer = exchange(own_world, chat, "Who did Sung Kim meet?", "Noh Kyu-duk", case="question after a crash")
    assert "TL;DR" not in answer.text
    again = exchange(own_world, chat, own_world.pages.url("/envoy"), "TL;DR", case="stored article after a crash")
    assert again.text.count("•") <= 2, "the short length survived"
    assert "Key quotes" not in again.text, "quotes are still off"
    assert len([r for r in own_world.pages.requests if r.path == "/envoy"]) == 1, "answered from the store"
    exchange(own_world, chat, own_world.pages.url("/hostile/slow"), "TL;DR", case="the interrupted link again")


def test_a_kill_during_a_feed_poll_posts_every_new_item_exactly_once(own_world: World) -> None:
    chat = 9702
    feed = LiveFeed(items(5))
    follow(own_world, chat, feed)
    own_world.telegram.wait_for(lambda: feed.requests >= 2, timeout=TIMEOUT, what="a second poll")
    polling = threading.Event()
    own_world.pages.route("/hostile/feed.rss", stalled(polling, 2.0, feed))
    new = [Item(f"urn:hostile:{n}", f"Fresh item {n}", own_world.pages.url(path), time.time())
           for n, path in enumerate(["/garden", "/envoy"])]
    feed.add(*new)
    assert polling.wait(TIMEOUT), "the bot polled the changed feed"

    own_world.bot.kill()
    own_world.pages.route("/hostile/feed.rss", feed)
    start_again(own_world)

    titles = (articles.GARDEN_TITLE, articles.ENVOY_TITLE)
    own_world.telegram.wait_for(lambda: all(posts(own_world, chat, t) for t in titles), timeout=TIMEOUT,
                                what="both new items after the restart")
    seen = feed.requests
    own_world.telegram.wait_for(lambda: feed.requests >= seen + 3, timeout=TIMEOUT, what="more polls")
    assert [len(posts(own_world, chat, t)) for t in titles] == [1, 1]
    assert not posts(own_world, chat, "Story 0 about news"), "the old backlog stays unposted"


def posts(world: World, chat: int, text: str) -> list:
    return [m for m in world.telegram.bot_messages(chat) if text in m.text and "From Live News" in m.text]


def database_file(world: World) -> Path:
    return Path(world.bot.settings["DATABASE_URL"].removeprefix("sqlite:///"))


def test_a_database_locked_for_a_moment_delays_the_answer_only(world: World) -> None:
    chat = 9703
    exchange(world, chat, world.pages.url("/garden"), "TL;DR")
    locker = sqlite3.connect(database_file(world), timeout=10, isolation_level=None, check_same_thread=False)
    try:
        locker.execute("BEGIN EXCLUSIVE")
        locked_at = time.monotonic()
        release = threading.Timer(LOCK_SECONDS, locker.rollback)
        release.start()
        asked = world.telegram.push_text(chat, "/length long")
        link = world.telegram.push_text(chat, world.pages.url("/envoy"))
        world.telegram.wait_for_bot_message(chat, after=asked, contains="long", timeout=TIMEOUT)
        answered_after = time.monotonic() - locked_at
        world.telegram.wait_for_bot_message(chat, after=link, contains=articles.ENVOY_TITLE, timeout=TIMEOUT)
        release.join()
    finally:
        locker.close()
    assert answered_after >= LOCK_SECONDS - 0.2, "the write really waited for the lock"
    assert answered_after < LOCK_SECONDS + 5, "and went on as soon as it was released"
    assert world.bot.running
    still_answers(world, chat)
