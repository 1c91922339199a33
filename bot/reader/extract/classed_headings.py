"""A sub-heading the page sets in a `<div>` it names for one, marked a heading before the text is read.

Some sites print their in-story sub-headings as `<div class="pf_subheadline">Who pays the cost of
a tariff?</div>` between the story's paragraphs. trafilatura reads a `<div>` of a few words as
layout, not text, and left it out: a fact-check lost its "Our ruling" and an explainer the five
questions that head its sections. What marks them is the class's name (a sub-head, cross-head or
inter-title in the newsroom's words) and the place: between two paragraphs of one body. The same
class over a story's first paragraph is its standfirst, set under the headline, and is left as it is.
"""

from __future__ import annotations

import re

from lxml.html import HtmlElement

HEADING_MAX_WORDS = 20
_HEADING_CLASS = re.compile(r"sub-?head|cross-?head|inter-?tit|zwischen-?titel|ladillo", re.IGNORECASE)
"""A class naming a sub-heading in the newsroom's words ("subhead", "crosshead", "intertitre",
"Zwischentitel", Spanish "ladillo")."""
_BLOCKS = ("p", "div", "ul", "ol", "table", "blockquote", "h1", "h2", "h3", "h4", "h5", "h6")


def mark_classed_subheadings(tree: HtmlElement) -> None:
    """Make every `<div>` named a sub-heading that stands between two paragraphs an `<h3>`, in place."""
    found = [element for element in tree.iter("div") if _HEADING_CLASS.search(element.get("class") or "")
             and _between_paragraphs(element)]
    for element in found:
        element.tag = "h3"


def _between_paragraphs(element: HtmlElement) -> bool:
    words = element.text_content().split()
    if not 0 < len(words) <= HEADING_MAX_WORDS or any(True for _ in element.iterdescendants(*_BLOCKS)):
        return False
    before, after = element.getprevious(), element.getnext()
    return all(other is not None and other.tag == "p" and other.text_content().strip() for other in (before, after))
