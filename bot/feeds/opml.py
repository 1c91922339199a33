"""OPML, the feed list format every feed reader imports and exports: read one safely, write one.

An OPML file is XML that strangers send the bot, so it is read as hostile: capped in size before
parsing, parsed by defusedxml (which refuses entity declarations, so no "billion laughs" entity
bomb can expand, and external entities, so no file or address is ever fetched), and refused when
nested deeper than any feed list needs. Each feed is an `<outline>` with an `xmlUrl` at any depth
(readers group feeds in folders, which are outlines without one). The chat's words and forum topic
travel as attributes of our own (`includeWords`, `excludeWords`, `telegramTopic`), which other
readers ignore, as the OPML spec lets them.
"""

from __future__ import annotations

import io
from collections.abc import Iterable
from dataclasses import dataclass
from xml.etree.ElementTree import Element, ParseError, SubElement, tostring

from defusedxml import DefusedXmlException
from defusedxml.ElementTree import iterparse

from bot.errors import NotOpml, OpmlTooLarge, UnsafeOpml

MAX_OPML_BYTES = 1_000_000
"""Larger than any real feed list (a thousand feeds take about 200 KB), small enough to parse at once."""
MAX_DEPTH = 32
"""Elements inside elements; folders in folders never get near this, hostile files go far past it."""
MAX_FEEDS = 5_000
"""Feeds one file may list; a chat follows far fewer, this only bounds the work of reading one."""
MAX_TOPIC_ID = 2**31
"""Topic ids are message ids, which fit 32 bits; anything larger in a file is not one."""
INCLUDE, EXCLUDE, TOPIC = "includeWords", "excludeWords", "telegramTopic"
WORD_SEPARATOR = ","
"""Filter entries are words or phrases with no punctuation (see `normalize_words`), so a comma
separates them unambiguously."""


@dataclass(frozen=True)
class OpmlFeed:
    """One feed of a feed list, with what this bot adds to it."""

    url: str
    title: str = ""
    include: tuple[str, ...] = ()
    exclude: tuple[str, ...] = ()
    topic: int | None = None
    """The forum topic (message thread id) the feed posts to; None for General or none."""


def read_opml(data: bytes) -> list[OpmlFeed]:
    """The feeds an OPML file lists, in order, each address once; NotOpml, UnsafeOpml or
    OpmlTooLarge for a file that is not a readable feed list."""
    if len(data) > MAX_OPML_BYTES:
        raise OpmlTooLarge(MAX_OPML_BYTES)
    found: dict[str, OpmlFeed] = {}
    depth = 0
    root = ""
    try:
        for event, element in iterparse(io.BytesIO(data), events=("start", "end")):
            if event == "end":
                depth -= 1
                continue
            depth += 1
            root = root or _local_name(element.tag)
            if depth > MAX_DEPTH:
                raise NotOpml("nested too deeply")
            if _local_name(element.tag) == "outline" and element.get("xmlUrl", "").strip():
                feed = _feed(element.attrib)
                found.setdefault(feed.url, feed)
                if len(found) > MAX_FEEDS:
                    raise NotOpml(f"more than {MAX_FEEDS} feeds")
    except DefusedXmlException as error:
        raise UnsafeOpml(type(error).__name__) from None
    except ParseError as error:
        raise NotOpml(f"not XML: {error}") from None
    if root != "opml":
        raise NotOpml(f"root element {root!r}")
    return list(found.values())


def write_opml(feeds: Iterable[OpmlFeed], title: str) -> bytes:
    """An OPML 2.0 file listing `feeds`, UTF-8 encoded."""
    opml = Element("opml", version="2.0")
    SubElement(SubElement(opml, "head"), "title").text = title
    body = SubElement(opml, "body")
    for feed in feeds:
        attributes = {"type": "rss", "text": feed.title or feed.url, "title": feed.title or feed.url,
                      "xmlUrl": feed.url}
        if feed.include:
            attributes[INCLUDE] = WORD_SEPARATOR.join(feed.include)
        if feed.exclude:
            attributes[EXCLUDE] = WORD_SEPARATOR.join(feed.exclude)
        if feed.topic is not None:
            attributes[TOPIC] = str(feed.topic)
        SubElement(body, "outline", attributes)
    return tostring(opml, encoding="utf-8", xml_declaration=True)


def _feed(attributes: dict[str, str]) -> OpmlFeed:
    topic = attributes.get(TOPIC, "").strip()
    return OpmlFeed(
        url=attributes["xmlUrl"].strip(),
        title=(attributes.get("title") or attributes.get("text") or "").strip(),
        include=_words(attributes.get(INCLUDE, "")),
        exclude=_words(attributes.get(EXCLUDE, "")),
        topic=int(topic) if _topic_digits(topic) and 0 < int(topic) < MAX_TOPIC_ID else None,
    )


def _topic_digits(value: str) -> bool:
    """Whether a topic attribute is a number `int` reads at once: "²" is a digit to `isdigit` but
    not to `int`, and 5,000 digits are over Python's limit for a number read from text."""
    return value.isascii() and value.isdigit() and len(value) <= len(str(MAX_TOPIC_ID))


def _words(value: str) -> tuple[str, ...]:
    return tuple(word.strip() for word in value.split(WORD_SEPARATOR) if word.strip())


def _local_name(tag: str) -> str:
    """The tag without its namespace ("{uri}outline" -> "outline")."""
    return tag.rsplit("}", 1)[-1]
