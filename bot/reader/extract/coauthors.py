"""The other writers of a story whose byline trafilatura read as one name.

trafilatura keeps the first author a page names: a Guardian story by "Julia Carrie Wong and Sam
Levin" and a Libération one by "Alexandre Hervaud et Jérémy Piette" were shown as by their first
reporter alone (Postlight's and Readability's test pages). The page lists them all where a
machine reads them: the JSON-LD `author` list, or the byline's links marked `rel="author"`.
Only a list that holds trafilatura's name is taken, so a list of other stories' writers never is.
"""

from __future__ import annotations

from collections.abc import Iterator

from lxml.html import HtmlElement

from bot.reader.extract.publisher import json_ld_objects

MAX_AUTHORS = 6
"""More names than this are a list of the site's writers (a staff page, a sidebar), not a byline."""
NAME_MAX_WORDS = 5
"""Longer link texts marked as an author's are a headline or a label, not a name."""


def with_co_authors(named: str | None, tree: HtmlElement) -> str | None:
    """`named` (", "-joined, as `author_names` gives it), or every writer of a list the page gives
    that holds it, when it is one name."""
    if not named or ", " in named:
        return named
    for names in _author_lists(tree):
        if 2 <= len(names) <= MAX_AUTHORS and _squashed(named) in {_squashed(name) for name in names}:
            return ", ".join(names)
    return named


def _author_lists(tree: HtmlElement) -> Iterator[list[str]]:
    """The names of each JSON-LD `author` list, then of the links marked `rel="author"`, each in
    order without repeats (a byline printed twice links each name twice)."""
    for node in json_ld_objects(tree):
        authors = node.get("author")
        if isinstance(authors, list):
            yield _distinct(author.get("name") for author in authors if isinstance(author, dict))
    yield _distinct(" ".join(link.text_content().split()) for link in tree.xpath("//a[@rel='author']"))


def _distinct(names: Iterator[object]) -> list[str]:
    kept: dict[str, str] = {}
    for name in names:
        if isinstance(name, str) and name.strip() and len(name.split()) <= NAME_MAX_WORDS:
            kept.setdefault(_squashed(name), " ".join(name.split()))
    return list(kept.values())


def _squashed(name: str) -> str:
    return "".join(ch for ch in name.casefold() if ch.isalnum())
