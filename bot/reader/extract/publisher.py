"""The organizations a page names in its JSON-LD: who publishes it, never who wrote it.

Site builders (Yoast, Rank Math) fill a page's author with the site's account when no reporter is
set, and trafilatura reads it as the byline: "Lesotho Times · Lesotho Times" under the title, and
"who wrote this?" answered "The byline names Lesotho Times" on a story whose reporters were printed
over its first paragraph. The same JSON-LD declares the site as an `Organization` (or a
`NewsMediaOrganization`, `Corporation`, ...), which tells the publisher from a person: a personal
site declares its owner a `Person`, and "Paul Graham" at paulgraham.com stays his own author.
"""

from __future__ import annotations

import json
from collections.abc import Iterator
from typing import Any

from lxml.html import HtmlElement

_ORGANIZATION_TYPES = ("Organization", "Corporation", "NGO")
"""schema.org's organization types end in one of these ("NewsMediaOrganization", "Corporation")."""
MAX_NODES = 2_000
"""Objects looked at per script: metadata has a few dozen; `cut_json_ld` has already cut longer scripts."""


def organization_names(tree: HtmlElement) -> frozenset[str]:
    """The names of every organization the page's JSON-LD declares."""
    names: set[str] = set()
    for node in json_ld_objects(tree):
        types = node.get("@type")
        types = types if isinstance(types, list) else [types]
        name = node.get("name")
        if isinstance(name, str) and name.strip() and any(
                isinstance(kind, str) and kind.endswith(_ORGANIZATION_TYPES) for kind in types):
            names.add(name.strip())
    return frozenset(names)


def json_ld_objects(tree: HtmlElement) -> Iterator[dict]:
    """Every JSON object of the page's JSON-LD scripts (at most MAX_NODES a script); a script that
    is no JSON is passed over."""
    for script in tree.xpath("//script[contains(@type, 'ld+json')]"):
        try:
            data = json.loads(script.text or "", strict=False)
        except json.JSONDecodeError:
            continue
        yield from _objects(data)


def _objects(data: Any) -> Iterator[dict]:
    """Every JSON object in `data`, at most MAX_NODES of them."""
    pending = [data]
    seen = 0
    while pending and seen < MAX_NODES:
        item = pending.pop()
        if isinstance(item, dict):
            seen += 1
            yield item
            pending.extend(item.values())
        elif isinstance(item, list):
            pending.extend(item)
