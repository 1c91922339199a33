"""A "when" question is not answered by the date of another event (`AnswerIndex._event_untold`).

A reader asking "When did Mira Holt become manager?" about a match report is not helped by the
month a game was moved from, when the report speaks of her as manager only without a date: the bot
says the article doesn't say and shows that sentence as the closest hint. Nor is one asking about
an event the report never tells ("When did Dale Town hire Ian Burt?", not answered by the day he
was sacked). A date told in the sentence after the event ("Holt signed a new deal. That was in June
2023.") still answers, and so does a date in the sentence telling the event.
"""

from __future__ import annotations

from bot.reader.article import Article
from tests.reader.test_answer import ask

DERBY = Article(
    title="Harbour City wins its derby",
    paragraphs=(
        "Much has been said about whether Mira Holt will stay on as manager, but her team answered on the pitch.",
        "Harbour City beat Dale Town 2-0 in a derby packed with character.",
        "This was the game moved from February, which became Harbour City's game in hand over Dale Town.",
        "Holt signed a new deal with the club. That was in June 2023.",
        "Dale Town sacked their coach, Ian Burt, on Monday.",
    ),
    language="en",
)


def test_a_when_question_is_not_answered_by_the_date_of_another_event() -> None:
    """The article says she is manager only where it gives no date; the February is a game's."""
    answer = ask(DERBY, "When did Mira Holt become Harbour City manager?")
    assert not answer.found, answer.sentences[0].text
    assert answer.closest is not None and answer.closest.text.startswith("This was the game moved from February")


def test_a_when_question_about_an_event_the_article_never_tells_is_declined() -> None:
    """The report tells when Ian Burt was sacked, never when he was hired."""
    answer = ask(DERBY, "When did Dale Town hire Ian Burt?")
    assert not answer.found, answer.sentences[0].text
    assert answer.closest is not None and answer.closest.text.startswith("Dale Town sacked their coach")


def test_a_date_in_the_sentence_after_the_event_still_answers() -> None:
    answer = ask(DERBY, "When did Holt sign her new deal?")
    assert answer.found
    assert answer.sentences[0].text == "That was in June 2023."


def test_a_date_in_the_sentence_telling_the_event_still_answers() -> None:
    answer = ask(DERBY, "When was Ian Burt fired?")
    assert answer.found
    assert answer.sentences[0].text.startswith("Dale Town sacked their coach")
