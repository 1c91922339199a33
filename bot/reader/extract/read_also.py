"""A "read also" pointer set at the start of a paragraph: its label and the other story's headline
cut off, the paragraph's own sentences kept.

News sites drop a box pointing to another story into the middle of a paragraph ("À LIRE AUSSI
Guerre Hamas-Israël : les images insoutenables du pogrom", Le Point; "LEA TAMBIÉN …", "READ MORE
…"), with no colon after the label and no line break after the headline, so the extractor reads
label, headline and the paragraph's next sentence as one paragraph, and the headline became the
start of the story's sentence. The label is a word list per language; where the headline ends
the page's links tell: it is the whole text of one of them.
"""

from __future__ import annotations

import re
from collections.abc import Collection

READ_ALSO_LABELS = (
    "read also", "read more", "also read", "see also", "related", "more on this story",
    "à lire aussi", "a lire aussi", "lire aussi", "lire également", "voir aussi",
    "lesen sie auch", "mehr zum thema", "auch interessant", "siehe auch", "das könnte sie auch interessieren",
    "lee también", "lea también", "leer también", "te puede interesar", "ver también", "puede interesarte",
    "leggi anche",
)
"""A pointer's label as `clutter.key` writes it (lower case, words only)."""
_WORD = re.compile(r"\w+")
_AFTER_HEADLINE = re.compile(r"[\s:|»›>\"”’.-]*")


def cut_read_also(text: str, text_key: str, link_texts: Collection[str]) -> str:
    """`text` without a leading "read also" label and the link's text after it: "" when that was
    all of it, `text` itself when it opens with no such pointer. `text_key` is `text`'s key,
    `link_texts` the keys of the page's link texts."""
    label = next((label for label in READ_ALSO_LABELS if text_key.startswith(label + " ")), None)
    if label is None:
        return text
    rest = text_key[len(label) + 1:]
    headline = max((link for link in link_texts if rest == link or rest.startswith(link + " ")), key=len, default=None)
    if headline is None:
        return text
    cut = len(label.split()) + len(headline.split())
    ends = [match.end() for match in _WORD.finditer(text)]
    if len(ends) < cut:
        return text
    return text[_AFTER_HEADLINE.match(text, ends[cut - 1]).end():].strip()
