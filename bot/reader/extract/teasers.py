"""Teasers of other pages: lines that point away from the story rather than tell it.

A sidebar or a "more stories" box shows another story's first words and a link to the rest
("… banking retreat. Full Article", "… run by Meg & Th...more"), or a list of headlines cut to
the box's width ("Raw: NYC Ready for New Year's Eve C..."). Extractors keep them as paragraphs;
left in, one became a summary sentence, and a reader was handed half a headline as an answer.
Each rule reads a line's shape, never a site.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Sequence
from typing import TypeVar

from bot.reader.text.language import words

TEASER_MAX_WORDS = 60
"""A teaser is a line or two; a longer paragraph that ends in "read more" is the story's own."""
CUT_RUN = 3
"""This many cut lines in a row are a box of other headlines; one alone may be a sub-heading
that trails off on purpose ("Eating & Drinking... Lots")."""
CUT_MAX_WORDS = 20

# A line that ends in the link to the rest of it: "… Full Article", "…more", "Read more »".
_POINTS_AWAY = re.compile(
    r"(?:\bfull (?:article|story)|(?:\.\.\.|…)\s*(?:more|read more)|\bread (?:more|the rest)|\bcontinue reading)"
    r"\s*[»›>→]*\s*$",
    re.IGNORECASE,
)
POINTER_MAX_WORDS = 25
"""Words of a line that only sends the reader to a link at its end; a longer one tells something too."""
# A line that sends the reader to a link on its last word, "here": "Find out more reasons why Galena
# is a B&B Kinda Town here.", "Alles über nachhaltige Wanderschuhe findest Du hier.". Only the reader
# is sent (an imperative, maybe after a clause: "If shopping for eye makeup is one big guessing game, find
# your best colors here."; "you can", "du"/"Sie"): "More than 100 people gathered here." tells where, and
# "Hier finden Sie unsere Lehrberufe …" opening a page introduces the list below it.
_POINTS_HERE = re.compile(
    r"^\W*(?:(?:[^.!?]{0,80},\s*)?(?:you can |you'll |you will )?(?:find|read|see|learn|check out|download|watch|get)\b"
    r"|(?:vous pouvez )?(?:découvrez|lisez|retrouvez|consultez)\b|(?:puedes )?(?:lee|consulta|descubre|mira)\b"
    r"|[^.!?]*\b(?:findest du|findet ihr|finden sie|lesen sie|lest)\b)[^.!?]*\b(?:here|hier|ici|aquí)\s*[.!]?\s*$",
    re.IGNORECASE,
)
# A line cut inside its last word to fit a box: "Gunman kills ei...", "Exploited ...".
_CUT = re.compile(r"\w(?:\s?\.\.\.|…)$")

T = TypeVar("T")


def points_away(text: str) -> bool:
    """Whether a short line is a teaser that ends in a link to the rest of it, or only sends the
    reader to a link "here"."""
    count = len(words(text))
    return (count <= TEASER_MAX_WORDS and _POINTS_AWAY.search(text.strip()) is not None
            or count <= POINTER_MAX_WORDS and _POINTS_HERE.search(text.strip()) is not None)


def _is_cut(text: str) -> bool:
    stripped = text.strip()
    return 0 < len(words(stripped)) <= CUT_MAX_WORDS and _CUT.search(stripped) is not None


def drop_cut_runs(blocks: Sequence[T], text_of: Callable[[T], str]) -> list[T]:
    """The blocks without runs of CUT_RUN or more lines cut short with an ellipsis."""
    return drop_runs(blocks, lambda block: _is_cut(text_of(block)), CUT_RUN)


def drop_runs(blocks: Sequence[T], matches: Callable[[T], bool], shortest: int) -> list[T]:
    """The blocks without runs of `shortest` or more in a row that match: one such line may be the
    story's, a box of them is the site's (other stories' headlines or teasers)."""
    out: list[T] = []
    run: list[T] = []
    for block in [*blocks, None]:
        if block is not None and matches(block):
            run.append(block)
            continue
        if len(run) < shortest:
            out.extend(run)
        run = []
        if block is not None:
            out.append(block)
    return out
