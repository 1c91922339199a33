""""How many times …?" is answered by the sentence saying how many times, not by one that only holds
the question's verb and some number (a phone number, a date)."""

from __future__ import annotations

from bot.reader.article import Article
from bot.reader.pipeline import ask
from tests.support.reading import bold_in

PRANK = Article(
    title="Months of prank calls for a retired teacher",
    paragraphs=(
        "In March the prankster phoned 999 and claimed there was a fire in the retired teacher's flat in Leeds.",
        "Fire crews found nothing. The teacher, Ruth Gale, says the calls did not stop there.",
        "Over the summer he rang her landline eleven times, each time from a different number.",
    ),
    language="en",
)


def test_how_many_times_is_answered_by_the_sentence_counting_them() -> None:
    answer = ask(PRANK, "How many times did the prankster phone her home?")
    assert answer.found and "eleven times" in answer.sentences[0].text
    assert bold_in(PRANK, "How many times did the prankster phone her home?") == "eleven times"

