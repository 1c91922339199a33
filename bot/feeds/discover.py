"""A link -> the feed behind it: the link itself when it is a feed, else the feed its page announces.

People send whatever link they have, usually a site's home page, so besides RSS 2.0, RSS 1.0 and
Atom served directly we read `<link rel="alternate" type="application/rss+xml" href="...">` from
an HTML page (the autodiscovery convention) and follow the first one. Whether a body is a feed is
decided by its content, not its Content-Type: many servers send feeds as text/html or text/plain.
"""

from __future__ import annotations

import asyncio
from collections.abc import Awaitable, Callable, Mapping
from dataclasses import dataclass
from html.parser import HTMLParser
from urllib.parse import urljoin

from bot.feeds.parse import ParsedFeed, parse_feed
from bot.errors import NotAFeed, UserError
from bot.reader.fetch import FetchLimits, Page, fetch_page

FEED_TYPES: frozenset[str] = frozenset({
    "application/rss+xml", "application/atom+xml", "application/rdf+xml", "application/xml",
    "text/xml", "text/html", "application/xhtml+xml", "text/plain",
})
"""Accepted when fetching a feed or a page that may announce one; the content decides which it is."""

_ANNOUNCED_TYPES = frozenset({"application/rss+xml", "application/atom+xml", "application/rdf+xml"})
_ANNOUNCED_TRIED = 3
"""Announced feeds we try, in page order, before giving up on a page."""


FetchFunction = Callable[..., Awaitable[Page]]
"""`fetch_page` or a stand-in with the same signature: (url, limits, *, accept, headers) -> Page."""


@dataclass(frozen=True)
class FoundFeed:
    url: str
    """The feed's own address (after redirects), the one to poll from now on."""
    page: Page
    feed: ParsedFeed


async def discover_feed(
    url: str,
    limits: FetchLimits,
    fetch: FetchFunction = fetch_page,
) -> FoundFeed:
    """The feed at `url` or announced by the page at `url`; NotAFeed when there is none."""
    page = await fetch(url, limits, accept=FEED_TYPES)
    feed = await asyncio.to_thread(parse_feed, page.text, page.url)
    if feed.is_feed:
        return FoundFeed(page.url, page, feed)
    for announced in announced_feeds(page.text, page.url)[:_ANNOUNCED_TRIED]:
        try:
            feed_page = await fetch(announced, limits, accept=FEED_TYPES)
        except UserError:
            continue
        feed = await asyncio.to_thread(parse_feed, feed_page.text, feed_page.url)
        if feed.is_feed:
            return FoundFeed(feed_page.url, feed_page, feed)
    raise NotAFeed(url)


def announced_feeds(html: str, base_url: str) -> list[str]:
    """Feed addresses a page announces in its <link rel="alternate"> tags, in page order."""
    finder = _FeedLinks()
    finder.feed(html)
    finder.close()
    base = urljoin(base_url, finder.base) if finder.base else base_url
    return list(dict.fromkeys(urljoin(base, href) for href in finder.hrefs))


class _FeedLinks(HTMLParser):
    def __init__(self) -> None:
        super().__init__(convert_charrefs=True)
        self.hrefs: list[str] = []
        self.base: str | None = None

    def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        values: Mapping[str, str] = {name: value or "" for name, value in attrs}
        if tag == "base" and self.base is None and values.get("href"):
            self.base = values["href"].strip()
        if tag != "link" or not values.get("href", "").strip():
            return
        rels = values.get("rel", "").lower().split()
        kind = values.get("type", "").split(";")[0].strip().lower()
        if "alternate" in rels and kind in _ANNOUNCED_TYPES:
            self.hrefs.append(values["href"].strip())
