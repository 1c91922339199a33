"""Line breaks of the HTML source inside running text, read as the spaces a browser shows.

Some sites write their paragraphs wrapped at a fixed width in the source ("Kris de Decker kennt
das aus\\neigener Erfahrung. Seit 2008 …"). A browser shows one paragraph; trafilatura keeps the
newlines, and every line became a paragraph of its own: sentences cut in half ("Seit"), a
quotation split from its "sagte Lindner" and lost, answers without their subject. A source
newline in text is whitespace, so it becomes a space before the page is read; text the page
shows as written (`pre`, `textarea`, `code`) and line breaks the page marks up (`<br>`, blocks)
keep theirs.
"""

from __future__ import annotations

import re

from lxml import etree
from lxml.html import HtmlElement

_AS_WRITTEN = frozenset({"pre", "textarea", "code", "script", "style"})
_SOURCE_BREAK = re.compile(r"[ \t]*[\r\n]\s*")


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
