"""Whether a "when" answer's date can belong to the asked event.

A news page holds many dates, each told of its own event. The ranking picks the sentence sharing
most of a question's words, and for "When did Prince Andrew meet Jeffrey Epstein?" that can be
"... what he was doing on the night of March 10 ..." (his name, a date) while the article tells
of the meeting only in sentences with no date: the date is another event's. Declining every best
sentence that lacks the asked event's words cost right answers told in other words; this rule asks
more: the article does tell the event (its word, family or a bridge), but never in a sentence that
holds a date, and the best sentence does not tell it. The bot then declines, the best sentence
kept as the closest hint.

A date in the sentence beside the event was first let count as its date ("He was named spokesman.
That was in May."): on the reworded dev share that declined one unanswerable question where the
sentence-wide reach declines four, and neither cost an answerable one. Dates only: the same rule
for "how many" declined one unanswerable dev question and five answerable ones, whose count is told
in other words than the question's ("trophies ... collected" for a career's "20 major trophies").
"""

from __future__ import annotations

import numpy as np

from bot.reader.text.language import fold, folded_words, words

TIMING_WORDS = {
    "en": folded_words("after before following during since until till when while once"),
    "de": folded_words("nach vor während seit bis als nachdem bevor sobald"),
    "fr": folded_words("après avant pendant durant depuis jusqu lors quand lorsque dès"),
    "es": folded_words("después antes durante desde hasta cuando tras mientras"),
}
"""Words that time an event by another one ("resigned after the vote", "während des Krieges"): a
sentence telling the event with one of them may answer "when" with no date the ranking knows, so it
counts as dated here."""


def times_by_another(code: str, text: str) -> bool:
    """Whether the sentence holds a word that times its event by another one (`TIMING_WORDS`)."""
    timing = TIMING_WORDS.get(code, frozenset())
    return any(fold(token.lower()) in timing for token in words(text))


def told_apart(event_at: np.ndarray, dated: np.ndarray, best: int) -> bool:
    """Whether the asked event is told somewhere (`event_at`, per sentence), never in a sentence
    holding a date (`dated`), and not in the best sentence: the best sentence's date is then
    another event's."""
    return bool(event_at.any()) and not event_at[best] and not (event_at & dated).any()
