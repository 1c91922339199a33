"""Which sentences are pieces of a quotation that started in an earlier sentence.

News quotes often run over several sentences: `Mr Cole said: "I've done it before. Of course he'll
learn. It happens," he added.` Lifted out alone, the middle sentence reads as the article's own
claim and the last one ends in a stray quotation mark; both only make sense after the sentence that
opened the quotation. So does a sentence that opens a longer quotation with no speaker in it
(`"It gave me a start.` then more quoted sentences), the way news style resumes a quote after a
paragraph break. A sentence that opens a quotation after naming its speaker (`She said: "We...`)
reads fine and is not a piece; neither is one with a whole quotation in it, nor an apostrophe.

`bot.reader.quotes.quotations` pairs quotation marks over whole paragraphs to pull out quotations and their
speakers; this module only needs to know, sentence by sentence, whether a quotation is open, so it
walks the marks once and tells opening from closing by the characters around each mark.
"""

from __future__ import annotations

import re
from collections import Counter

from bot.reader.text.document import Document

_OPENING = "“„«"
_CLOSING = "”»"
_MARKS = '"' + _OPENING + _CLOSING
_BEFORE_WORDS = set("([{-—–/")
_AFTER_WORDS = set(".,;:!?)]}")
_SPEAKER_LABEL = re.compile(r"^\W*([A-ZÀ-ÖØ-Þ][\w'’.-]*(?:\s[A-ZÀ-ÖØ-Þ][\w'’.-]*)?)\s*:\s+\S")
_WORD = re.compile(r"\w+")
QUOTED_SHARE = 0.5
"""Share of a sentence's words inside quotation marks from which it is someone's words (`mostly_quoted`)."""
INTERVIEW_ANSWERS = 3
"""Sentences opening with the same name and a colon for the name to be an interviewee's label."""


def quotation_pieces(document: Document) -> list[bool]:
    """One flag per sentence: True when it continues, ends or anonymously opens a longer quotation.

    The state resets at each paragraph: extraction may drop a closing mark, and a quote left open by
    mistake must not make the rest of the article look quoted.
    """
    flags: list[bool] = []
    inside = False
    paragraph = None
    for sentence in document.sentences:
        if sentence.paragraph != paragraph:
            inside, paragraph = False, sentence.paragraph
        opens, still_inside = _directions(sentence.text, inside)
        ends_earlier_quote = opens[:1] == [False] or (inside and not opens)
        opens_anonymous_quote = still_inside and opens[:1] == [True] and opens_with_quotation(sentence.text)
        flags.append(ends_earlier_quote or opens_anonymous_quote)
        inside = still_inside
    return flags


def opens_with_quotation(text: str) -> bool:
    """Whether the sentence leads with someone's words ("“We ran out of fuel,” said Dr. Skaik"),
    the speaker named after them if at all, rather than with the article's own ("Dr. Skaik said...")."""
    return text.lstrip()[:1] in _MARKS


def mostly_quoted(text: str) -> bool:
    """Whether more than `QUOTED_SHARE` of the sentence's words are inside quotation marks, a
    quotation left open running to its end: someone's words, even when the sentence names the
    speaker first ("Der Staatsschutz hält fest: \"Deutschsprachige Inhalte … finden Anklang.\"",
    "At the march one heard sentences like this: \"Germany, politicians and media, all of you …")."""
    opens, _ = _directions(text, False)
    pieces = re.split(f"[{re.escape(_MARKS)}]", text)
    inside = [False, *opens]
    counts = [len(_WORD.findall(piece)) for piece in pieces]
    quoted = sum(count for count, within in zip(counts, inside) if within)
    return quoted > QUOTED_SHARE * max(1, sum(counts))


def unquoted(text: str) -> str:
    """The sentence without the words inside its quotation marks (a quotation left open running to
    its end): what the article says in its own voice around what someone is quoted as saying."""
    opens, _ = _directions(text, False)
    pieces = re.split(f"[{re.escape(_MARKS)}]", text)
    return " ".join(piece for piece, within in zip(pieces, [False, *opens]) if not within)


def _directions(text: str, inside: bool) -> tuple[list[bool], bool]:
    """For each quotation mark, True if it opens a quotation; and whether one is open at the end.

    A mark before a word opens (`said: "We`), a mark after one closes (`rose.", word"`); a mark
    with spaces on both sides (French `« Oui »`) goes by its shape, and a straight one toggles.
    """
    opens: list[bool] = []
    for i, mark in enumerate(text):
        if mark not in _MARKS:
            continue
        before = text[i - 1] if i else " "
        after = text[i + 1] if i + 1 < len(text) else " "
        word_before = not (before.isspace() or before in _BEFORE_WORDS)
        word_after = not (after.isspace() or after in _AFTER_WORDS)
        if word_before != word_after:
            inside = word_after
        elif mark in _OPENING or mark in _CLOSING:
            inside = mark in _OPENING
        else:
            inside = not inside
        opens.append(inside)
    return opens, inside


def interview_answers(document: Document) -> list[bool]:
    """One flag per sentence: True when it opens with an interviewee's name and a colon
    ("Weltermann: Krebs hat immer etwas Schicksalhaftes …"), a label `INTERVIEW_ANSWERS` or more
    sentences open with. Such an answer is someone's words, as a quotation is, not the article's:
    on a printed interview one became the TL;DR over the paragraph saying who was asked about what.
    A label one sentence uses ("Update: …", "Fazit: …") is the article's own."""
    labels = [match.group(1) if (match := _SPEAKER_LABEL.match(s.text)) else None for s in document.sentences]
    counts = Counter(label for label in labels if label)
    return [label is not None and counts[label] >= INTERVIEW_ANSWERS for label in labels]
