"""Sentences in which the writer speaks: an opinion piece's "I".

A reader of a column asks "What does the writer hope for?" or "Was fordert die Autorin?", and the
column answers in its own voice: "I hope the momentum grows for finding ways to create a sport that
is a lot less violent." The question's "writer" is in no sentence, and "hope" met "(Baylor and TCU
fans, hope you saw our editorial …)" first (an untuned Dallas News column, 2026-12-01). So a sentence
where "I" stands outside any quotation also holds the words a reader calls the writer by, as a
sentence of a match result holds "defeated" (`kinds.RESULT_WORDS`). An "I" inside quotation marks
is a quoted speaker's, not the writer's. So does a sentence naming the writer in full, as the page's
byline gives them: the note under a piece, "Malcolm Harris is an editor at The New Inquiry and a
writer based in Brooklyn", answers "Where does the author live?".
"""

from __future__ import annotations

import re

WRITER_WORDS = {
    "en": "writer author columnist",
    "de": "autor autorin verfasser verfasserin kolumnist kolumnistin",
    "fr": "auteur auteure autrice chroniqueur chroniqueuse",
    "es": "autor autora columnista",
}
"""The words a question names the writer of the piece with, per language."""
_FIRST_PERSON = {
    "en": re.compile(r"(?:^|[^\w\s]\s*|\b[a-z][\w'’]*\s+)I(?:['’](?:m|ve|d|ll)\b|\s+[a-z])"),
    "de": re.compile(r"\b(?:ich|mich|mir)\b", re.IGNORECASE),
    "fr": re.compile(r"\b(?:je|j['’]|moi)(?:\b|(?<=['’]))", re.IGNORECASE),
    "es": re.compile(r"\byo\b", re.IGNORECASE),
}
"""A first person singular subject or object: words no one but the speaker uses of themselves.
English "I" counts before a lower-case word or as "I'm", after the start, a mark or a lower-case
word, so a king's or a war's numeral ("Elizabeth I", "World War I began") is none."""
_QUOTED = re.compile(r"[\"“„«‹][^\"“”„«»‹›]*[\"”“»›]|‘[^‘’]*’")
"""A quotation in any of the marks news uses (its words are a speaker's, not the writer's)."""


def writer_speaks(code: str, text: str) -> bool:
    """Whether the sentence says "I" outside quotation marks, in a language read here."""
    first_person = _FIRST_PERSON.get(code)
    return first_person is not None and first_person.search(_QUOTED.sub(" ", text)) is not None


def names_writer(writers: tuple[str, ...], text: str) -> bool:
    """Whether the sentence names one of the byline's people (`Article.writers`) in full."""
    return any(name in text for name in writers)
