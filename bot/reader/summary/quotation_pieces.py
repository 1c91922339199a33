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

from bot.reader.text.document import Document

_OPENING = "“„«"
_CLOSING = "”»"
_MARKS = '"' + _OPENING + _CLOSING
_BEFORE_WORDS = set("([{-—–/")
_AFTER_WORDS = set(".,;:!?)]}")
QUOTED_SHARE = 0.5
"""A sentence more than this share inside quotation marks is a quotation with an attribution."""


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
        opens_anonymous_quote = still_inside and opens[:1] == [True] and sentence.text.lstrip()[:1] in _MARKS
        flags.append(ends_earlier_quote or opens_anonymous_quote)
        inside = still_inside
    return flags


def is_quotation(text: str) -> bool:
    """Whether the sentence reports someone's words rather than stating something itself: it
    opens with a quotation mark ("“We ran out of fuel,” said Dr. ...") or more than
    `QUOTED_SHARE` of its characters stand inside quotation marks."""
    stripped = text.strip()
    return stripped[:1] in _MARKS or _quoted_share(stripped) > QUOTED_SHARE


def _quoted_share(text: str) -> float:
    """The share of the text's characters inside quotation marks (the marks included)."""
    quoted = 0
    start = None
    for position, opens in _marks(text, False):
        if opens and start is None:
            start = position
        elif not opens and start is not None:
            quoted += position + 1 - start
            start = None
    if start is not None:
        quoted += len(text) - start
    return quoted / len(text) if text else 0.0


def _directions(text: str, inside: bool) -> tuple[list[bool], bool]:
    """For each quotation mark, True if it opens a quotation; and whether one is open at the end."""
    opens = [mark_opens for _, mark_opens in _marks(text, inside)]
    return opens, opens[-1] if opens else inside


def _marks(text: str, inside: bool) -> list[tuple[int, bool]]:
    """Each quotation mark's position and whether it opens a quotation, given whether one is open
    before the text starts.

    A mark before a word opens (`said: "We`), a mark after one closes (`rose.", word"`); a mark
    with spaces on both sides (French `« Oui »`) goes by its shape, and a straight one toggles.
    """
    marks: list[tuple[int, bool]] = []
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
        marks.append((i, inside))
    return marks
