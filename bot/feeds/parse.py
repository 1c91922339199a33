"""A fetched feed's text -> its title and entries, newest first, each with a guid that stays put.

feedparser reads RSS 0.9x/1.0/2.0 and Atom, and recovers what it can from a malformed feed. We
hand it a byte stream, never a string: given a string, feedparser first tries it as a URL and as a
local file name, and a feed body must not be able to make us open either.

feedparser's time grows with the number of elements, whatever they hold, so a body is cut to
`MAX_FEED_TAGS` tags before it is parsed, at entry boundaries, keeping the entries at both of its
ends (the newest are at one of them); a feed with no whole entry at either end is refused as too
large.
"""

from __future__ import annotations

import calendar
import hashlib
import io
import math
import re
from dataclasses import dataclass
from urllib.parse import urlsplit

import feedparser
import lxml.html
from lxml.etree import ParserError

from bot.errors import FeedTooLarge
from bot.store.records import FeedEntry

MAX_ENTRIES = 200
"""Entries kept from one fetch (the newest): a feed listing its whole archive must not flood the store."""
MAX_FEED_TAGS = 20_000
"""Tags read from one feed body (those in CDATA count: feedparser cleans that HTML too), about
three seconds here. feedparser's time grows with them: 60,000 items of a title and a link
(360,000 tags) took 28 s, 1.2 million empty elements two minutes. 200 entries of a title, link,
date and summary have about 2,000; entries carrying their full text 100-300 each, so such a feed
is read to its newest 35 or more."""
_ENTRY_START = re.compile(r"<(?:[\w.-]+:)?(?:item|entry)[\s/>]", re.IGNORECASE)
_ENTRY_END = re.compile(r"</(?:[\w.-]+:)?(?:item|entry)\s*>", re.IGNORECASE)


@dataclass(frozen=True)
class ParsedFeed:
    version: str
    """feedparser's name for the format ("rss20", "atom10", "rss10"...), "" when it is not a feed."""
    title: str
    site_url: str | None
    entries: tuple[FeedEntry, ...]

    @property
    def is_feed(self) -> bool:
        return bool(self.version)


def parse_feed(text: str, url: str) -> ParsedFeed:
    """Parse a feed body fetched from `url` (relative links are resolved against it); FeedTooLarge
    when it has no whole entry near either end (see `within_tag_budget`)."""
    # The text is already decoded, so we declare UTF-8 over HTTP, which beats the XML declaration.
    parsed = feedparser.parse(
        io.BytesIO(within_tag_budget(text).encode("utf-8")),
        response_headers={"content-type": "application/xml; charset=utf-8", "content-location": url},
    )
    entries = [_entry(raw) for raw in parsed.entries]
    return ParsedFeed(
        version=parsed.get("version", ""),
        title=_plain(parsed.feed.get("title", "")),
        site_url=parsed.feed.get("link") or None,
        entries=tuple(newest_first(entries)[:MAX_ENTRIES]),
    )


def within_tag_budget(text: str) -> str:
    """The body cut at entry boundaries to about MAX_FEED_TAGS tags: the channel's own head, the
    entries that close within the first half of them and those that open within the last half,
    with the closing tags after them, so that the strict parser reads it (a body left unclosed
    goes to the forgiving one, three times as slow). Both ends, since most feeds list their newest
    entry first and some (podcasts, archives) last. The whole body when it has no more tags;
    FeedTooLarge when neither end holds a whole entry."""
    if text.count("<") <= MAX_FEED_TAGS:
        return text
    half = MAX_FEED_TAGS // 2
    head_limit, tail_limit = _nth_tag(text, half), _nth_tag_from_end(text, half)
    first = _ENTRY_START.search(text)
    if first is None or first.start() > head_limit:
        raise FeedTooLarge(f"no entry within {half:,} tags")
    head_end = first.start()
    for closed in _ENTRY_END.finditer(text, head_end, head_limit):
        head_end = closed.end()
    tail = _ENTRY_START.search(text, max(tail_limit, head_end))
    if tail is None and head_end == first.start():
        raise FeedTooLarge(f"no entry within {half:,} tags of either end")
    if tail is not None:
        return text[:head_end] + text[tail.start():]
    last = head_end
    for closed in _ENTRY_END.finditer(text, head_end):
        last = closed.end()
    return text[:head_end] + (text[last:] if text.count("<", last) <= half else "")


def _nth_tag(text: str, count: int) -> int:
    """Where the `count`-th "<" of the text stands (the text has more)."""
    position = -1
    for _ in range(count):
        position = text.find("<", position + 1)
    return position


def _nth_tag_from_end(text: str, count: int) -> int:
    """Where the `count`-th "<" from the end of the text stands (the text has more)."""
    position = len(text)
    for _ in range(count):
        position = text.rfind("<", 0, position)
    return position


def newest_first(entries: list[FeedEntry]) -> list[FeedEntry]:
    """Dated entries newest first; undated ones after them, in the feed's own order."""
    def age(entry: FeedEntry) -> float:
        return math.inf if entry.published is None else -entry.published

    return sorted(entries, key=age)


def _entry(raw: feedparser.FeedParserDict) -> FeedEntry:
    title = _plain(raw.get("title", ""))
    written = raw.get("link") or None
    published = _timestamp(raw.get("published_parsed") or raw.get("updated_parsed"))
    date_text = raw.get("published") or raw.get("updated") or ""
    guid = raw.get("id") or written or _fallback_guid(title, date_text)
    return FeedEntry(guid, _web_link(written), title, _plain(raw.get("summary", "")), published)


def _web_link(link: str | None) -> str | None:
    """An item's link when it is an http(s) address, as a page's own address must be: a feed may
    name "javascript:", "file:" or "data:" links, which the bot could neither read nor put in a post
    (Telegram refuses such links, and the post with them)."""
    if link is None:
        return None
    parts = urlsplit(link.strip())
    return link.strip() if parts.scheme.lower() in ("http", "https") and parts.netloc else None


def _fallback_guid(title: str, date_text: str) -> str:
    """An entry with neither id nor link is known by its title and date: they rarely both change."""
    return "sha1:" + hashlib.sha1(f"{title}\n{date_text}".encode("utf-8")).hexdigest()


def _timestamp(parsed_time: object) -> float | None:
    if parsed_time is None:
        return None
    try:
        return float(calendar.timegm(parsed_time))
    except (TypeError, ValueError, OverflowError):
        return None


def _plain(markup: str) -> str:
    """Text of a title or summary that may carry (already sanitized) HTML."""
    if "<" not in markup and "&" not in markup:
        return " ".join(markup.split())
    try:
        text = lxml.html.fragment_fromstring(markup, create_parent="div").text_content()
    except (ParserError, ValueError):
        text = markup
    return " ".join(text.split())
