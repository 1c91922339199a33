"""Declining honestly on untuned English pages (trial 28: newspaper's test pages of Mashable, Pew
Research, MIT Technology Review and the Daily Caller): a sentence that only shares the question's
words is no answer. The articles here are written for the tests, in the pages' forms."""

from __future__ import annotations

from bot.reader.article import Article
from bot.reader.pipeline import ask

OUTAGE = Article(
    title="Power cut at a regional airport holds up holiday travel",
    paragraphs=(
        "A power cut at Northfield Airport held up holiday travel on Monday afternoon.",
        "The outage lasted about two hours and hit the terminal used by budget airlines.",
        "Planes on the apron were affected too, as passengers had to wait because of the outage.",
        "Crews restored power at about 5:30 p.m.",
    ),
    language="en",
)


def test_a_cause_question_is_not_answered_by_what_the_asked_thing_caused() -> None:
    """"What caused the outage?" was answered by "passengers had to wait because of the outage",
    the outage itself in bold: the sentence tells what the outage caused, and nothing says what
    caused it. A reason in other words still answers."""
    declined = ask(OUTAGE, "What caused the outage?")
    assert not declined.found
    assert declined.closest is not None and "because of the outage" in declined.closest.text
    answered = ask(OUTAGE, "Why did passengers have to wait?")
    assert answered.found and "because of the outage" in answered.sentences[0].text


WAGES = Article(
    title="Labour markets",
    paragraphs=(
        "Where many workers seek the same jobs, employers can offer less.",
        "This is because competition between workers drives down the wage.",
    ),
    language="en",
)


def test_a_reason_restating_the_question_with_nothing_else_told_still_answers() -> None:
    """A sentence that tells no other effect ("This is because ...", SQuAD 2.0's form) is not what
    the cause rule declines: its pointing word stands for the fact the question asks about."""
    assert ask(WAGES, "Why does competition among workers drive down wages?").found


MATCH = Article(
    title="Smith's side draws the final Test at the Oval",
    paragraphs=(
        "The final Test at the Oval ended in a draw on Tuesday, watched by a sun-soaked afternoon session.",
        "Lyon bowled 40 overs at the Oval on the fifth day, beating the bat with drift and turn.",
        "The visitors needed 312 runs in the last session and finished 70 short.",
    ),
    language="en",
)


def test_a_count_of_a_thing_the_article_reaches_only_loosely_is_declined() -> None:
    """"How many spectators were at the MCG?" was answered by "day five grubbers" on a match
    report that never speaks of a crowd: "watched" is only a loose link of "spectators", and the
    shown sentence counts other things. A count the article names still answers."""
    assert not ask(MATCH, "How many spectators were at the Oval?").found
    assert "40 overs" in ask(MATCH, "How many overs did Lyon bowl?").sentences[0].text


SPELL = Article(
    title="Starc's spell turns the second Test",
    paragraphs=(
        "Australia took four wickets in the first hour on Saturday.",
        "After two bouncers at the batsman's helmet, Starc slipped in a 'slow' one (118kph – gentle by his "
        "standards) that bowled Rahane.",
        "Lyon then took two more in the afternoon session.",
    ),
    language="en",
)


def test_a_comparative_in_the_question_makes_its_plain_form_no_opposite() -> None:
    """"How fast was Johnson's slower ball?" was declined: the sentence's "slow" read as the
    opposite of "fast", though the question says "slower" itself."""
    answer = ask(SPELL, "How fast was Starc's slower ball?")
    assert answer.found and "118kph" in answer.sentences[0].text

