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
