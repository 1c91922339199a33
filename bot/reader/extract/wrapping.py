"""Line breaks of the HTML source inside running text, read as the spaces a browser shows.

Some sites write their paragraphs wrapped at a fixed width in the source ("Kris de Decker kennt
das aus\\neigener Erfahrung. Seit 2008 …"). A browser shows one paragraph; trafilatura keeps the
newlines, and every line became a paragraph of its own: sentences cut in half ("Seit"), a
quotation split from its "sagte Lindner" and lost, answers without their subject. A source
newline in text is whitespace, so it becomes a space before the page is read; text the page
shows as written (`pre`, `textarea`, `code`) and line breaks the page marks up (`<br>`, blocks)
keep theirs, except a `<br>` set in the middle of a sentence: a blog converted from plain text
ends each source line with one ("…the associated fundraiser<br />caused a lot of discussion…"),
and the half sentences after them reached the summary, its TL;DR among them. A break after text
that ends no sentence, before a word in lower case, or after a comma, is such a wrap; a line of a
list or an address block starts with a capital after a word.
"""

from __future__ import annotations

import re

from lxml import etree
from lxml.html import HtmlElement

_AS_WRITTEN = frozenset({"pre", "textarea", "code", "script", "style"})
_SOURCE_BREAK = re.compile(r"[ \t]*[\r\n]\s*")
_ITEM_MARKER = re.compile(r"\s*(?:\d{1,2}|[a-z]|[ivx]{1,4})[.)]\s", re.IGNORECASE)


def unwrap_source_lines(tree: HtmlElement) -> None:
    """Replace, in place, each run of whitespace holding a source line break in the page's text
    with one space, except in text shown as written."""
    as_written = {inner for outer in tree.iter(*_AS_WRITTEN) for inner in outer.iterdescendants()}
    for element in tree.iter(etree.Element):
        if element in as_written:
            continue
        if element.tag not in _AS_WRITTEN and element.text:
            element.text = _SOURCE_BREAK.sub(" ", element.text)
        if element.tail:
            element.tail = _SOURCE_BREAK.sub(" ", element.tail)


def unwrap_broken_sentences(tree: HtmlElement) -> None:
    """Replace, in place, each `<br>` in the middle of a sentence (see above) with a space.

    Each break is judged by the end of the text before it, which dropping the breaks before it does
    not change, and the breaks of one parent are dropped together: dropped one by one, each merged
    its text into a string grown by every earlier one and searched it from its start, and a page of
    100,000 `word<br>` lines (1 MB) held a reader for half an hour."""
    wraps: dict[HtmlElement, set[HtmlElement]] = {}
    for br in tree.iter("br"):
        parent = br.getparent()
        if parent is not None and parent.tag not in _AS_WRITTEN and _is_wrap(br):
            wraps.setdefault(parent, set()).add(br)
    for parent, dropped in wraps.items():
        _drop_breaks(parent, dropped)


def _is_wrap(br: HtmlElement) -> bool:
    after = br.tail or ""
    first = after.lstrip()[:1]
    # A line opening with a bullet or a marker ("• locate pension ledgers,", "b) Überwachung")
    # is an item of a list.
    if not first.isalnum() or _ITEM_MARKER.match(after):
        return False
    last = _last_shown(_text_before(br))
    return last == "," or (first.islower() and (last.isalnum() or last == "_"))


def _last_shown(text: str) -> str:
    """The text's last character that is not whitespace ("" for none), read from its end only."""
    end = len(text)
    while end and text[end - 1].isspace():
        end -= 1
    return text[end - 1] if end else ""


def _drop_breaks(parent: HtmlElement, dropped: set[HtmlElement]) -> None:
    """Remove these `<br>`s of `parent`, each one's text after it joined with a space to the text
    before it (the previous child's tail, or the parent's own text), in one pass over its children."""
    holder: HtmlElement | None = None
    pieces = [parent.text or ""]
    for child in list(parent):
        if child in dropped:
            pieces.append(" " + (child.tail or "").lstrip())
            child.tail = None
            parent.remove(child)
            continue
        _set_text(parent, holder, pieces)
        holder, pieces = child, [child.tail or ""]
    _set_text(parent, holder, pieces)


def _set_text(parent: HtmlElement, holder: HtmlElement | None, pieces: list[str]) -> None:
    text = "".join(pieces) or None
    if holder is None:
        parent.text = text
    else:
        holder.tail = text


def _text_before(br: HtmlElement) -> str:
    """The text a reader sees right before `br` in its parent: the previous element's tail or,
    when it has none, its own text ("<a>fundraiser</a><br>"); the parent's text at its start."""
    previous = br.getprevious()
    if previous is None:
        return br.getparent().text or ""
    if previous.tail and previous.tail.strip():
        return previous.tail
    return "" if previous.tag == "br" else previous.text_content()
