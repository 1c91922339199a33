"""The byline a page prints under its headline, read from the page when neither its metadata nor the
extracted text names the writer.

Many news pages give no author in their metadata and set "By Meg Wagner" in a box between the
headline and the story (NY Daily News, Quartz, The Motley Fool's "By Keith Noonan - Jan 9, 2017",
The Washington Post's `<span class="pb-byline">`), which the extractor leaves out with the rest of
the header: the article came out with no writer. The box is found by what it says, a "By" and a
name with nothing else but a role or a date (`clutter.split_byline`), and where it stands: after the
page's headline and before the story's first paragraph, so another story's byline in a list of
teasers further down is never taken.
"""

from __future__ import annotations

import re
from collections.abc import Iterator

from lxml.html import HtmlElement

from bot.reader.extract.clutter import DESK_WORDS, split_byline

BOX_MAX_WORDS = 12
"""Words of a byline box: "By", a name, a role and a date; more is a sentence that starts with "By"."""
STORY_MIN_WORDS = 30
"""A paragraph this long is the story's: the byline stands before it."""
BOX_LEVELS = 3
"""The element with "By" and the boxes around it that may hold the name ("<div><span>By</span><a>…</a></div>")."""
_BY = re.compile(r"^\s*(?:By|BY|Von|Par|Por)\b")
_BOXES = frozenset(["p", "div", "span", "address", "li", "section"])


def printed_byline(tree: HtmlElement) -> str | None:
    """The name in the first byline box between the page's first <h1> and the story's first long
    paragraph; None when there is none. Only an element whose own text opens with "By" (or "Von",
    "Par", "Por") and the box or two around it are read: reading every element's whole text took
    a tenth of a second on a 2 MB page."""
    headline = next(tree.iter("h1"), None)
    if headline is None:
        return None
    for element in _following(headline):
        if element.tag == "p" and len(element.text_content().split()) >= STORY_MIN_WORDS:
            return None
        if _BY.match(element.text or ""):
            name = _boxed_name(element)
            if name:
                return name
    return None


def _boxed_name(element: HtmlElement) -> str | None:
    """The byline's name in `element` or one of the BOX_LEVELS boxes around it."""
    for _ in range(BOX_LEVELS):
        if element is None or element.tag not in _BOXES:
            return None
        text = " ".join(element.text_content().split())
        if len(text.split()) > BOX_MAX_WORDS:
            return None
        name, _, rest = split_byline(text)
        if name and not rest:
            return None if DESK_WORDS & set(name.lower().split()) else name
        element = element.getparent()
    return None


def _following(element: HtmlElement) -> Iterator[HtmlElement]:
    """Every element after `element` in document order, its own descendants left out."""
    node: HtmlElement | None = element
    while node is not None:
        for sibling in node.itersiblings():
            yield sibling
            yield from sibling.iterdescendants()
        node = node.getparent()
