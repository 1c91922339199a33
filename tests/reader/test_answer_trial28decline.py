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


PATENT = Article(
    title="Gene-editing patent sparks a fight",
    paragraphs=(
        "In April, Okafor won a broad patent on the editing method for her research centre.",
        "Her patent ran to 1,000 pages.",
        "Her rival Lindqvist says his lab filed its application first.",
    ),
    language="en",
)


def test_a_count_after_the_counted_word_that_names_another_thing_is_declined() -> None:
    """"How many patents does Doudna hold?" was answered by "Along with the patent came more than
    1,000 pages": the patent stands before the number, which counts pages. Asked of pages, the
    same sentence answers."""
    assert not ask(PATENT, "How many patents does Okafor hold?").found
    assert "1,000 pages" in ask(PATENT, "How many pages did her patent run to?").sentences[0].text
