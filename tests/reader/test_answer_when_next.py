"""A question about a time to come is not answered by the date of something past.

"When will the leaders sign the deal?" about a story saying talks "hit another snag last week" gets
no answer from "last week": the bot says the article doesn't say. "When is the next hearing?" and
"When do the two teams play again?" ask about a time to come too, as "when will" does, so a
sentence telling only of the last hearing or game does not answer them.
"""

from __future__ import annotations

from bot.reader.answer.dates import asks_ahead, periods_past
from bot.reader.article import Article
from tests.reader.test_answer import ask

TALKS = Article(
    title="Trade talks stall again",
    paragraphs=(
        "The two leaders have been expected to sign a partial trade deal for about a month, but those "
        "negotiations hit another snag last week.",
        "Markets fell on the news, and the committee concluded its third public hearing on the dispute.",
        "Harbour City beat Dale Town 3-2 in a tense game, their second meeting this season.",
    ),
    language="en",
)

PLANNED = Article(
    title="Trade talks resume",
    paragraphs=(
        "After a snag last week, the two leaders will sign the partial trade deal next week in Geneva.",
        "Markets rose on the news.",
    ),
    language="en",
)


def test_a_date_of_the_last_week_does_not_answer_when_it_will_happen() -> None:
    assert not ask(TALKS, "When will the leaders sign the trade deal?").found


def test_a_date_of_the_next_week_still_answers() -> None:
    answer = ask(PLANNED, "When will the leaders sign the trade deal?")
    assert answer.found
    assert "next week" in answer.sentences[0].text


def test_the_next_time_and_once_more_ask_ahead() -> None:
    assert asks_ahead("When is the next hearing?")
    assert asks_ahead("When do Harbour City and Dale Town play again?")
    assert not asks_ahead("When do treaties apply?")


def test_the_next_hearing_is_not_the_last_one() -> None:
    assert not ask(TALKS, "When is the next hearing?").found


def test_a_period_after_last_and_next_is_not_only_past() -> None:
    assert periods_past("They hit a snag last week and last night.") == {"week", "night"}
    assert periods_past("After last week's snag they meet next week.") == frozenset()
