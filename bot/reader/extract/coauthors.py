"""The other writers of a story whose byline trafilatura read as one name.

trafilatura keeps the first author a page names: a Guardian story by "Julia Carrie Wong and Sam
Levin" and a Libération one by "Alexandre Hervaud et Jérémy Piette" were shown as by their first
reporter alone (Postlight's and Readability's test pages). The page lists them all where a
machine reads them: the JSON-LD `author` list, or the byline's links marked `rel="author"`.
Only a list that holds trafilatura's name is taken, and of the links only those in one short line
with it: the teasers beside a story link their own writers (MacRumors, CNET), and a blog links
"View my complete profile".
"""

from __future__ import annotations

import re
from collections.abc import Iterator

from lxml.html import HtmlElement

from bot.reader.extract.publisher import json_ld_objects

MAX_AUTHORS = 6
"""More names than this are a list of the site's writers (a staff page, a sidebar), not a byline."""
NAME_MAX_WORDS = 5
"""Longer link texts marked as an author's are a headline or a label, not a name."""
BYLINE_MAX_CHARS = 120
"""Longest text of the element that holds a byline's links: a sidebar of teasers is longer, and so
is Vulture's header of headline, teaser, byline and "Illustration by John Ritter"."""
_LEAD_WORD = re.compile(r"^(?:by|par|por|von|di)\s+", re.IGNORECASE)
_NAME_WORD = re.compile(r"^(?:[^\W\d_][\w'’.-]*|[a-z]{1,3})$")


def with_co_authors(named: str | None, tree: HtmlElement) -> str | None:
    """`named` (", "-joined, as `author_names` gives it), or every writer of a list the page gives
    that holds it, when it is one name."""
    if not named or ", " in named:
        return named
    for names in _author_lists(tree, _squashed(named)):
        if 2 <= len(names) <= MAX_AUTHORS and _squashed(named) in {_squashed(name) for name in names}:
            return ", ".join(names)
    return named


def _author_lists(tree: HtmlElement, named: str) -> Iterator[list[str]]:
    """The names of each JSON-LD `author` list, then of the links marked `rel="author"` in the
    byline that links `named` (squashed), each in order without repeats (a byline printed twice
    links each name twice)."""
    for node in json_ld_objects(tree):
        authors = node.get("author")
        if isinstance(authors, list):
            yield _distinct(author.get("name") for author in authors if isinstance(author, dict))
    for link in tree.xpath("//a[@rel='author']"):
        if _squashed(_LEAD_WORD.sub("", link.text_content().strip())) == named:
            yield _distinct(_text(other) for other in _byline_links(link))
            return


def _byline_links(link: HtmlElement) -> list[HtmlElement]:
    """The `rel="author"` links of the closest element around `link` that holds others, when that
    element is a line's length (`BYLINE_MAX_CHARS`); else `link` alone."""
    for holder in link.iterancestors():
        if len(" ".join(holder.text_content().split())) > BYLINE_MAX_CHARS:
            break
        links = holder.xpath(".//a[@rel='author']")
        if len(links) > 1:
            return links
    return [link]


def _text(link: HtmlElement) -> str:
    return _LEAD_WORD.sub("", " ".join(link.text_content().split()))


def _distinct(names: Iterator[object]) -> list[str]:
    """The names that read as names (a few words, each capitalized or a short particle), once each."""
    kept: dict[str, str] = {}
    for name in names:
        parts = name.split() if isinstance(name, str) else []
        if parts and len(parts) <= NAME_MAX_WORDS and all(_NAME_WORD.match(part) and not part.islower()
                                                          or len(part) <= 3 for part in parts):
            kept.setdefault(_squashed(name), " ".join(parts))
    return list(kept.values())


def _squashed(name: str) -> str:
    return "".join(ch for ch in name.casefold() if ch.isalnum())
