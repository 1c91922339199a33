"""A link -> the feed behind it: the link itself when it is a feed, else the feed its page announces.

People send whatever link they have, usually a site's home page, so besides RSS 2.0, RSS 1.0 and
Atom served directly we read `<link rel="alternate" type="application/rss+xml" href="...">` from
an HTML page (the autodiscovery convention) and follow the first one. Whether a body is a feed is
decided by its content, not its Content-Type: many servers send feeds as text/html or text/plain.
"""

from __future__ import annotations

import asyncio
import re
from collections.abc import Awaitable, Callable, Mapping
from dataclasses import dataclass
from html.parser import HTMLParser
from urllib.parse import urljoin

from bot.feeds.parse import ParsedFeed, parse_feed
from bot.errors import NotAFeed, UserError
from bot.reader.fetch import FetchLimits, Page, fetch_page
from bot.reader.pipeline import Runner

FEED_TYPES: frozenset[str] = frozenset({
    "application/rss+xml", "application/atom+xml", "application/rdf+xml", "application/xml",
    "text/xml", "text/html", "application/xhtml+xml", "text/plain",
})
"""Accepted when fetching a feed or a page that may announce one; the content decides which it is."""

_ANNOUNCED_TYPES = frozenset({"application/rss+xml", "application/atom+xml", "application/rdf+xml"})
_ANNOUNCED_TRIED = 3
"""Announced feeds we try, in page order, before giving up on a page."""


_HEAD_CHARS = 262_144
"""Characters of a page searched for announced feeds; heads are a few kilobytes."""
_SNIFF_CHARS = 4096
_HTML_START = re.compile(r"\ufeff?\s*(?:<!--.*?-->\s*)*<(?:!doctype\s+html|html)[\s>]", re.IGNORECASE | re.DOTALL)
_BODY_START = re.compile(r"<body[\s>]|</head\s*>", re.IGNORECASE)
NOT_A_FEED = ParsedFeed(version="", title="", site_url=None, entries=())


FetchFunction = Callable[..., Awaitable[Page]]
"""`fetch_page` or a stand-in with the same signature: (url, limits, *, accept, headers) -> Page."""


@dataclass(frozen=True)
class FoundFeed:
    url: str
    """The feed's own address (after redirects), the one to poll from now on."""
    page: Page
    feed: ParsedFeed


@dataclass(frozen=True)
class PageReading:
    """What a fetched body holds for discovery: a feed, or the feeds an HTML page announces."""

    feed: ParsedFeed
    announced: tuple[str, ...]


async def discover_feed(
    url: str,
    limits: FetchLimits,
    fetch: FetchFunction = fetch_page,
    run: Runner = asyncio.to_thread,
) -> FoundFeed:
    """The feed at `url` or announced by the page at `url`; NotAFeed when there is none.

    Each body is read by `run` (in the bot, its reader processes): a home page can be megabytes,
    and parsing it on the event loop would stall every chat."""
    page = await fetch(url, limits, accept=FEED_TYPES)
    reading = await run(read_page, page.text, page.url)
    if reading.feed.is_feed:
        return FoundFeed(page.url, page, reading.feed)
    for announced in reading.announced[:_ANNOUNCED_TRIED]:
        try:
            feed_page = await fetch(announced, limits, accept=FEED_TYPES)
        except UserError:
            continue
        feed = (await run(read_page, feed_page.text, feed_page.url)).feed
        if feed.is_feed:
            return FoundFeed(feed_page.url, feed_page, feed)
    raise NotAFeed(url)


def read_page(text: str, url: str) -> PageReading:
    """A body as a feed, or, when it is an HTML page, the feeds its <head> announces. An HTML page
    is never handed to feedparser, whose forgiving parser would crawl through all of it."""
    if looks_like_html(text):
        return PageReading(NOT_A_FEED, tuple(announced_feeds(text, url)))
    feed = parse_feed(text, url)
    return PageReading(feed, () if feed.is_feed else tuple(announced_feeds(text, url)))


def looks_like_html(text: str) -> bool:
    """Whether a body opens as an HTML document (a doctype or <html> first, after comments)."""
    return _HTML_START.match(text[:_SNIFF_CHARS]) is not None


def announced_feeds(html: str, base_url: str) -> list[str]:
    """Feed addresses a page announces in its <link rel="alternate"> tags, in page order.

    Only the head is read (up to <body>, at most `_HEAD_CHARS`): that is where the tags live, and
    the body of a home page can be megabytes."""
    head = html[:_HEAD_CHARS]
    body_starts = _BODY_START.search(head)
    finder = _FeedLinks()
    finder.feed(head[:body_starts.start()] if body_starts else head)
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
