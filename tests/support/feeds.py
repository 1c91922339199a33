"""Feeds to serve from the test page server: RSS 2.0, Atom and RSS 1.0 bodies, and a live feed.

`LiveFeed` is a feed whose items a test changes between polls. It answers like a well-behaved
server: an ETag and Last-Modified on every answer, and 304 Not Modified to a request that names
the current ETag, counting those so a test can see conditional requests really happen.
"""

from __future__ import annotations

import hashlib
import threading
from dataclasses import dataclass
from datetime import datetime, timezone
from email.utils import formatdate
from xml.sax.saxutils import escape

from tests.support.pages import PageRequest

BASE_TIME = 1_700_000_000.0
"""A fixed Unix time the generated items are dated from (one hour apart)."""


@dataclass(frozen=True)
class Item:
    guid: str
    title: str
    link: str
    published: float
    summary: str = ""


def items(count: int, start: int = 0, topic: str = "news") -> list[Item]:
    """`count` items numbered from `start`, newest (highest number) first, one hour apart."""
    made = [
        Item(f"urn:item:{n}", f"Story {n} about {topic}", f"https://example.com/story/{n}",
             BASE_TIME + n * 3600, f"Summary of story {n}.")
        for n in range(start, start + count)
    ]
    return made[::-1]


def rss(entries: list[Item], title: str = "Example News") -> str:
    body = "".join(
        f"<item><title>{escape(i.title)}</title><link>{escape(i.link)}</link>"
        f"<guid isPermaLink=\"false\">{escape(i.guid)}</guid>"
        f"<pubDate>{formatdate(i.published, usegmt=True)}</pubDate>"
        f"<description>{escape(i.summary)}</description></item>"
        for i in entries
    )
    return (f'<?xml version="1.0" encoding="utf-8"?><rss version="2.0"><channel>'
            f"<title>{escape(title)}</title><link>https://example.com/</link>{body}</channel></rss>")


def atom(entries: list[Item], title: str = "Example Atom") -> str:
    body = "".join(
        f"<entry><id>{escape(i.guid)}</id><title>{escape(i.title)}</title>"
        f'<link rel="alternate" href="{escape(i.link)}"/>'
        f"<updated>{_iso(i.published)}</updated><summary>{escape(i.summary)}</summary></entry>"
        for i in entries
    )
    return (f'<?xml version="1.0" encoding="utf-8"?><feed xmlns="http://www.w3.org/2005/Atom">'
            f"<title>{escape(title)}</title><id>urn:feed</id><updated>{_iso(BASE_TIME)}</updated>"
            f"{body}</feed>")


def rss1(entries: list[Item], title: str = "Example RDF") -> str:
    body = "".join(
        f'<item rdf:about="{escape(i.link)}"><title>{escape(i.title)}</title>'
        f"<link>{escape(i.link)}</link><description>{escape(i.summary)}</description></item>"
        for i in entries
    )
    return ('<?xml version="1.0"?><rdf:RDF xmlns:rdf="http://www.w3.org/1999/02/22-rdf-syntax-ns#" '
            'xmlns="http://purl.org/rss/1.0/"><channel rdf:about="https://example.com/">'
            f"<title>{escape(title)}</title><link>https://example.com/</link>"
            f"<description>d</description></channel>{body}</rdf:RDF>")


def _iso(timestamp: float) -> str:
    return datetime.fromtimestamp(timestamp, timezone.utc).strftime("%Y-%m-%dT%H:%M:%SZ")


class LiveFeed:
    """An RSS feed whose items can change between requests, with ETag / 304 support."""

    def __init__(self, entries: list[Item], title: str = "Live News") -> None:
        self.entries = list(entries)
        self.title = title
        self.status = 200
        """Set to an error status to make the feed fail."""
        self.requests = 0
        self.not_modified = 0
        self._lock = threading.Lock()

    def add(self, *new: Item) -> None:
        self.entries[:0] = new

    def __call__(self, request: PageRequest) -> None:
        with self._lock:
            self.requests += 1
            if self.status != 200:
                request.send_response(self.status)
                request.send_header("Content-Length", "0")
                request.end_headers()
                return
            body = rss(self.entries, self.title).encode("utf-8")
            etag = '"' + hashlib.sha1(body).hexdigest() + '"'
            if request.headers.get("If-None-Match") == etag:
                self.not_modified += 1
                request.send_response(304)
                request.send_header("ETag", etag)
                request.end_headers()
                return
            request.send_response(200)
            request.send_header("Content-Type", "application/rss+xml; charset=utf-8")
            request.send_header("Content-Length", str(len(body)))
            request.send_header("ETag", etag)
            request.send_header("Last-Modified", formatdate(BASE_TIME, usegmt=True))
            request.end_headers()
            request.wfile.write(body)
