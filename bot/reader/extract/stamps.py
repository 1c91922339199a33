"""Cut a paragraph where a page's header pieces are glued into it: a byline stamp, a photo credit.

When a page sets its deck, byline, photo caption and story in one block, the extractor returns
them as one paragraph: "… younger activists. By: Jamal Watson Posted: Dec. 15 2014 12:56 PM 0
Lesley McSpadden, … in Washington, D.C. Chip Somodevilla/Getty Images Within social-justice
movements …". Sentence splitting then glues the stamp and the caption to the story's first
sentence, and that "sentence" became the TL;DR. Cut into lines where those pieces end, the line
rules (`clutter.is_clutter`) see a dated stamp and a credited caption and drop them, as they do
when the page sets each on a line of its own.
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Iterator
from dataclasses import replace

from bot.reader.extract.clutter import Block

_NAME = r"[A-ZÀ-ÖØ-Þ][\w'’.-]+(?:\s+[A-ZÀ-ÖØ-Þ][\w'’.-]+){0,3}"
_MONTH_DATE = (r"(?:Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Sept|Oct|Nov|Dec)[a-z]*\.?\s+\d{1,2},?\s+\d{4}"
               r"|\d{1,2}\s+(?:Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Sept|Oct|Nov|Dec)[a-z]*\.?\s+\d{4}")
# "By: Jane Doe Posted: Dec. 15 2014 12:56 PM 0": a byline, a dated label, a time, a comment count.
_STAMP = re.compile(
    rf"\b(?:By|BY):?\s+{_NAME}\s+(?:Posted|Published|Updated)\s*:?\s+(?:{_MONTH_DATE})"
    r"(?:\s+(?:at\s+)?\d{1,2}[:.]\d\d(?:\s*[AaPp]\.?[Mm]\.?)?(?:\s+[A-Z]{2,4}\b)?)?(?:\s+\d{1,5}(?=\s))?"
)
# A photo credit inside a paragraph, before the next line's capital: "Chip Somodevilla/Getty Images".
# Only picture agencies: "a new Ipsos/Reuters Poll" is a sentence's words.
_CREDIT = re.compile(
    rf"{_NAME}\s*/\s*(?:Getty Images|AP Photo|AFP Photo|Reuters Photo|Shutterstock|Corbis|iStock(?:photo)?)"
    r"(?=\s+[A-Z\"“‘])"
)


def split_glued_stamps(blocks: Iterable[Block]) -> Iterator[Block]:
    """The blocks with each paragraph cut after a glued byline stamp or photo credit, and before a
    stamp that follows a sentence; sub-headings are left whole."""
    for block in blocks:
        if block.heading or not (_STAMP.search(block.text) or _CREDIT.search(block.text)):
            yield block
            continue
        for piece in _pieces(block.text):
            yield replace(block, text=piece)


def _pieces(text: str) -> list[str]:
    cuts = sorted({0, len(text), *_cut_points(text)})
    return [piece for start, end in zip(cuts, cuts[1:]) if (piece := text[start:end].strip())]


def _cut_points(text: str) -> Iterator[int]:
    for match in _STAMP.finditer(text):
        yield match.start()
        yield match.end()
    for match in _CREDIT.finditer(text):
        yield match.end()
