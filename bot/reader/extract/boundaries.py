"""A space put back between two elements whose texts a browser shows apart but the extractor glues.

A page's markup often sets text side by side with no space between the tags: a "read also" box
(`<span>`, shown as a block by the site's style sheet) right before the paragraph's next sentence
("… les images insoutenables du pogrom</a></span>C'est ce que …", Le Point), a footnote tucked
into a `<span>` in mid-sentence ("It was his death<span><img>In a 1985 story, Barry died …",
Vulture), two sentences in two inline elements ("… since the 1800s.</span><span>The fact that …").
The extractor joins the texts as written, so one token held the end of one sentence and the start
of the next: sentence splitting could not cut there, and "pogromC'est" stood in a summary line.

Only a boundary that reads as a word's end meeting a new sentence gets its space: a lower-case
letter (or a sentence's full stop) before the tag, a capital opening a word after it. A drop cap
("<span>T</span>he"), a link inside a word ("<a>Apple</a>'s") or a word set in two styles
keep their spelling.
"""

from __future__ import annotations

import re
from lxml import etree
from lxml.html import HtmlElement

_WORD_END = re.compile(r"(?:[^\W\d_]{2}|\d[^\W\d_])[.!?]?[\"'”’»)]?$")
"""A word's last two letters (or a number's unit, "1800s"), with a sentence's full stop or a
closing quotation mark after them; a lone capital ("T" of a drop cap) is no word's end."""
_WORD_START = re.compile(r"^[A-ZÀ-ÖØ-Þ](?:[a-zß-öø-ÿ]|['’][a-zß-öø-ÿ]|\s|$)")
"""A capitalised word: "Son", "C'est", "A" alone; not a name in capitals or "iPhone"."""
_END_CHARS = 6
"""Characters at the end of a text that `_WORD_END` can span: two letters, a stop and a quotation mark."""
_UNSHOWN = frozenset(["script", "style", "noscript", "template", "title", "head"])


def space_glued_boundaries(tree: HtmlElement) -> None:
    """Put a space, in place, at every tag boundary where a word ends and a capitalised word starts
    with nothing between them. Every run of text is visited in reading order (an element's text
    at its start, its tail at its end), leaving out what a browser never shows (scripts, styles;
    a comment's tail is text)."""
    before = ""
    for event, element in etree.iterwalk(tree, events=("start", "end", "comment", "pi")):
        if event == "start":
            text = element.text
            if not text or element.tag in _UNSHOWN:
                continue
            if text[0].isupper() and _glued(before, text):
                element.text = " " + text
        else:
            text = element.tail
            if not text:
                continue
            if text[0].isupper() and _glued(before, text):
                element.tail = " " + text
        before = text


def _glued(before: str, after: str) -> bool:
    """Whether the text before a tag ends a word and the text after it opens a capitalised one:
    "Moyen Âge" + "Son domicile", "the 1800s." + "The fact". Only the end of `before` is searched
    (`_WORD_END` anchored at the end would try every position of a long text)."""
    return _WORD_START.match(after) is not None and _WORD_END.search(before[-_END_CHARS:]) is not None
