"""A sub-heading glued onto the paragraph it heads, split off again.

A slideshow or a list whose items each hold a heading and a paragraph (`<li><h2>Eclectic Fall Bowl
Centerpiece</h2><p>This decoration …</p></li>`) reaches us, through trafilatura's fallback
extractors, as one paragraph: "Eclectic Fall Bowl Centerpiece This decoration can be fashioned …".
The summary then read "Tabletop Pumpkin Display Repetition of color -- whether with pumpkins … --
creates a unified fall decorating scheme" as one sentence (newspaper's bhg.com1). The page's own
heading elements are the mark: a paragraph that opens with one's whole text, followed by a
sentence's start, is that heading and its paragraph.
"""

from __future__ import annotations

import re
from collections.abc import Collection, Iterable, Iterator
from dataclasses import replace

from lxml.html import HtmlElement

from bot.reader.extract.clutter import Block, key
from bot.reader.text.language import words

SUBHEADING_WORDS = (2, 12)
"""Words of a sub-heading looked for at a paragraph's start: one word ("Update", "Background")
may open a sentence, and a longer heading is rarely glued."""
PARAGRAPH_MIN_WORDS = 8
"""Words after the heading for the rest to be its paragraph, not a caption or a second line of it."""
_SENTENCE_END = re.compile(r"[.!?:;。！？][\"'”’»)]*$")


def subheading_keys(tree: HtmlElement) -> frozenset[str]:
    """The keys of the page's h2–h6 texts of a sub-heading's length, but for headings in or around a
    link: another story's headline over its teaser, which the teaser rules judge as it came."""
    keys = (key(element.text_content()) for element in tree.iter("h2", "h3", "h4", "h5", "h6")
            if not element.xpath("ancestor::a | .//a"))
    low, high = SUBHEADING_WORDS
    return frozenset(k for k in keys if low <= k.count(" ") + 1 <= high)


def split_glued_headings(blocks: Iterable[Block], subheadings: Collection[str]) -> Iterator[Block]:
    """The blocks, each paragraph that opens with a sub-heading of the page cut in two: the heading,
    marked as one, and the paragraph after it."""
    for block in blocks:
        cut = None if block.heading or not subheadings else _heading_end(block.text, subheadings)
        if cut is None:
            yield block
            continue
        yield Block(block.text[:cut].strip(), heading=True)
        yield replace(block, text=block.text[cut:].strip())


def _heading_end(text: str, subheadings: Collection[str]) -> int | None:
    """Where a sub-heading at the start of `text` ends (the longest that fits), when a paragraph of
    its own follows it: one opening as a sentence does, with a capital, a digit or a quotation mark
    ("The Mayor" over "The mayor said …" is no heading and its paragraph)."""
    opening = key(" ".join(words(text)[:SUBHEADING_WORDS[1]])).split(" ")
    low, _ = SUBHEADING_WORDS
    for count in range(len(opening), low - 1, -1):
        if " ".join(opening[:count]) not in subheadings:
            continue
        found = re.match(r"\W*" + r"\W+".join(re.escape(word) for word in opening[:count]) + r"(?!\w)",
                         text, re.IGNORECASE)
        if found is None or _SENTENCE_END.search(found.group()):
            return None
        rest = text[found.end():].strip()
        first = rest.lstrip("\"'“‘«(")[:1]
        opens = first.isalnum() and not first.islower()
        return found.end() if opens and len(words(rest)) >= PARAGRAPH_MIN_WORDS else None
    return None
