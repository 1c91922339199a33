"""A page's JSON-LD cut to its metadata before trafilatura reads it.

trafilatura reads the author, date and type of a page from its `<script type="application/ld+json">`,
and runs a dozen regular expressions over the whole script text to do it. A live blog carries every
post of the blog in there (`liveBlogUpdate`): fundus's test page from The Mirror has 840 KB of it,
and reading its metadata took 1.5 s on a quiet machine and 6 s on a busy one, past the second a page
should take. Only a script longer than MAX_CHARS is touched: its lists are cut to their first items
(the blog's posts) and its long texts (an article's whole text in `articleBody`) go, while the
names, dates, type and paywall marks, each a few hundred characters, stay. A script that is no valid JSON is emptied, since
trafilatura's reading of broken JSON is the slow path itself.
"""

from __future__ import annotations

import json
from typing import Any

from lxml.html import HtmlElement

MAX_CHARS = 50_000
"""JSON-LD of an article's metadata is a few kilobytes; a longer script carries content too."""
MAX_VALUE_CHARS = 5_000
"""Longer than any name, date, headline or description: a text this long is content."""
MAX_ITEMS = 10
"""Items kept of a list: more than the authors of a story, far fewer than a live blog's posts."""


def cut_json_ld(tree: HtmlElement) -> None:
    """Shorten, in place, every JSON-LD script over MAX_CHARS to its short values."""
    for script in tree.xpath("//script[contains(@type, 'ld+json')]"):
        text = script.text or ""
        if len(text) <= MAX_CHARS:
            continue
        try:
            data = json.loads(text, strict=False)
        except json.JSONDecodeError:
            script.text = ""
            continue
        script.text = json.dumps(_short(data), ensure_ascii=False)


def _short(value: Any) -> Any:
    """`value` with its strings over MAX_VALUE_CHARS left out and its lists cut to MAX_ITEMS
    items, at any depth: a blog's posts are many short items, an article's text one long string."""
    if isinstance(value, dict):
        return {key: _short(item) for key, item in value.items() if not _long_text(item)}
    if isinstance(value, list):
        return [_short(item) for item in value[:MAX_ITEMS] if not _long_text(item)]
    return value


def _long_text(value: Any) -> bool:
    return isinstance(value, str) and len(value) > MAX_VALUE_CHARS
