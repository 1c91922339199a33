"""Finding the feed behind a link: the feed itself, or the one a page announces."""

from __future__ import annotations

import asyncio
import threading
from concurrent.futures import Future, ThreadPoolExecutor
from dataclasses import replace

import pytest

from bot.feeds.discover import announced_feeds, discover_feed
from bot.errors import DeadLink, NotAFeed
from tests.feeds.conftest import LIMITS
from tests.support.feeds import atom, items, rss, rss1

HOME = """<!doctype html><html><head><title>Example</title>
<link rel="stylesheet" href="/style.css">
<link rel="alternate" type="application/rss+xml" title="All posts" href="feeds/all.xml">
</head><body><p>Welcome</p></body></html>"""


async def test_an_rss_link_is_the_feed_itself(pages_server) -> None:
    url = pages_server.add("/rss", rss(items(3)), "application/rss+xml")
    found = await discover_feed(url, LIMITS)
    assert found.url == url
    assert found.feed.title == "Example News"
    assert len(found.feed.entries) == 3


@pytest.mark.parametrize("body, content_type", [
    (atom(items(2)), "application/atom+xml"),
    (atom(items(2)), "text/xml"),
    (rss1(items(2)), "application/rdf+xml"),
    (rss(items(2)), "text/html; charset=utf-8"),  # servers mislabel feeds; the content decides
])
async def test_atom_rss1_and_mislabelled_feeds_are_found_by_content(pages_server, body, content_type) -> None:
    url = pages_server.add("/feed", body, content_type)
    assert len((await discover_feed(url, LIMITS)).feed.entries) == 2


async def test_a_site_page_leads_to_the_feed_it_announces(pages_server) -> None:
    pages_server.add("/blog/", HOME)
    feed_url = pages_server.add("/blog/feeds/all.xml", rss(items(4)), "application/rss+xml")
    found = await discover_feed(pages_server.url("/blog/"), LIMITS)
    assert found.url == feed_url
    assert len(found.feed.entries) == 4


def test_announced_feeds_respect_base_href_and_ignore_other_links() -> None:
    page = ('<html><head><base href="https://cdn.example.org/x/">'
            '<link rel="alternate" type="application/atom+xml" href="atom.xml">'
            '<link rel="alternate" type="text/html" hreflang="de" href="/de/">'
            '<link rel="ALTERNATE" type="application/rss+xml; charset=utf-8" href="https://example.org/rss">'
            "</head></html>")
    assert announced_feeds(page, "https://example.org/") == [
        "https://cdn.example.org/x/atom.xml", "https://example.org/rss"]


async def test_a_page_without_a_feed_is_not_a_feed(pages_server) -> None:
    url = pages_server.add("/plain", "<html><head><title>x</title></head><body>Hi</body></html>")
    with pytest.raises(NotAFeed) as caught:
        await discover_feed(url, LIMITS)
    assert "feed" in str(caught.value)


async def test_a_broken_feed_and_a_dead_announced_feed_are_not_feeds(pages_server) -> None:
    broken = pages_server.add("/broken.xml", "<<<not xml at all", "application/xml")
    pages_server.add("/dead-link-page", HOME.replace("feeds/all.xml", "/missing.xml"))
    with pytest.raises(NotAFeed):
        await discover_feed(broken, LIMITS)
    with pytest.raises(NotAFeed):
        await discover_feed(pages_server.url("/dead-link-page"), LIMITS)


async def test_a_dead_link_says_so(pages_server) -> None:
    with pytest.raises(DeadLink):
        await discover_feed(pages_server.url("/nothing-here"), LIMITS)


class GatedExecutor(ThreadPoolExecutor):
    """Runs work on its own thread only once `gate` opens, remembering what it was given."""

    def __init__(self) -> None:
        super().__init__(1)
        self.gate = threading.Event()
        self.given: list[str] = []

    def submit(self, fn, /, *args, **kwargs) -> Future:
        self.given.append(fn.__name__)

        def gated():
            self.gate.wait(30)
            return fn(*args, **kwargs)
        return super().submit(gated)


async def test_a_five_megabyte_page_is_read_in_the_executor_while_the_loop_stays_free(pages_server) -> None:
    """/feed add of a huge home page: the loop keeps answering other chats while the page is read."""
    filler = "<p>" + "Words of a very long home page. " * 40 + "</p>\n"
    huge = HOME.replace("<p>Welcome</p>", filler * (5_000_000 // len(filler)))
    assert len(huge) > 4_900_000
    page_url = pages_server.add("/huge/", huge)
    feed_url = pages_server.add("/huge/feeds/all.xml", rss(items(2)), "application/rss+xml")
    executor = GatedExecutor()
    try:
        in_executor = lambda function, *args: asyncio.get_running_loop().run_in_executor(executor, function, *args)
        adding = asyncio.ensure_future(discover_feed(page_url, replace(LIMITS, max_bytes=6_000_000), run=in_executor))
        for _ in range(3000):  # the loop runs: this other chat's work goes on while the page waits
            if executor.given:
                break
            await asyncio.sleep(0.01)
        assert executor.given, "the page was handed to the executor"
        assert not adding.done()
        executor.gate.set()
        found = await adding
    finally:
        executor.gate.set()
        executor.shutdown()
    assert found.url == feed_url and len(found.feed.entries) == 2
    assert executor.given == ["read_page", "read_page"], "both the page and the feed were read off the loop"
