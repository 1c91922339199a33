"""A list's label set as a plain paragraph, marked a heading before the text is read.

A markets wrap labels each of its bullet lists with a word in a `<p>` ("Stocks", "Bonds",
"Commodities", "Currencies" on Bloomberg), and a recipe its ingredients ("For the sauce"). The
markup does not call them headings, so the extractor kept them as paragraphs, and a bare
"Commodities" was read as a sentence of the story: a candidate for the summary and an answer.
A paragraph of a few words with no sentence's end, standing right before a list, is the list's
label, in any language.
"""

from __future__ import annotations

import re

from lxml.html import HtmlElement

LABEL_MAX_WORDS = 4
_SENTENCE_END = re.compile(r"[.!?…:;,。！？][\"'”’»)]*$")
_LISTS = ("ul", "ol")


def mark_list_labels(tree: HtmlElement) -> None:
    """Make every short paragraph that labels the list right after it an `<h4>`, in place."""
    labels = [paragraph for paragraph in tree.iter("p") if _labels_list(paragraph)]
    for paragraph in labels:
        paragraph.tag = "h4"


def _labels_list(paragraph: HtmlElement) -> bool:
    text = " ".join(paragraph.text_content().split())
    if not text or len(text.split()) > LABEL_MAX_WORDS or _SENTENCE_END.search(text):
        return False
    if (paragraph.tail or "").strip():
        return False
    following = paragraph.getnext()
    return following is not None and following.tag in _LISTS and len(following) > 0
