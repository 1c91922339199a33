"""Whether a "when" answer's date can belong to the asked event.

A news page holds many dates, each told of its own event. The ranking picks the sentence sharing
most of a question's words, and for "When did Pochettino become Chelsea manager?" that can be "...
the rescheduled game from February, which became Chelsea's game in hand ..." (the club, a month)
while the article tells of him as manager only in a sentence with no date: the month is another
event's. Declining every best sentence that lacks the asked event's words cost right answers told
in other words; this rule asks more: the question's own event word (or its family: "manager",
"managed") is written in the article, never in a sentence that dates it, and the best sentence
does not tell the event even in other words (a bridge). The bot then declines, the best sentence
kept as the closest hint.

What was tried (reworded dev share, 2026-12-01; bench/reworded/README.md, trial 22): a bridge
counting as telling the event elsewhere too declined "When did Huang speak at the World Governments
Summit?", whose answer "At the ... Summit in Dubai this February, he reminded an audience ..." never
says "speak" while "sayings" bridges to it in an undated sentence; a date in the sentence beside
the event counting as its date ("He was named spokesman. That was in May.") declined one dev
question where the sentence alone declined four; without `TIMING_WORDS` one dev question more was
declined ("Wann starb Rollo?"), but an answer timed by another event ("resigned after the vote") is as good as a date.
The same rule for "how many" declined one unanswerable dev question and five answerable ones,
whose count is told in other words than the question's ("trophies ... collected"); reading the
event's own word there, the counted thing left out, moved nothing: some number shares a sentence
with nearly every word.
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


def told_apart(written_at: np.ndarray, dated: np.ndarray) -> bool:
    """Whether the asked event's own word is written somewhere (`written_at`, per sentence) but
    never in a dated sentence (`dated`): a date of a best sentence that does not tell the event
    is then another event's."""
    return bool(written_at.any()) and not (written_at & dated).any()
