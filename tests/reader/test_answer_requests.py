"""A question asked as a request ("tell me about the economy") is matched as what it asks about:
the request's own words ("tell") found a sentence that merely holds them."""

from __future__ import annotations

import pytest

from bot.reader.answer.requests import asked_in_request
from bot.reader.article import Article
from bot.reader.pipeline import ask

CAMPAIGN = Article(title="The race enters its last weeks", paragraphs=(
    "Both campaigns will focus their messages on three familiar issues: the economy, immigration and abortion.",
    "Tell us why you are supporting her and if you are campaigning for her.",
    "Pollster John Anzalone said the race was a toss-up in the swing states.",
), language="en")


@pytest.mark.parametrize("request_, asked, code", [
    ("tell me about the economy", "the economy", "en"), ("Please explain the tariffs", "the tariffs", "en"),
    ("I want to know who won?", "who won?", "en"), ("more about Anzalone", "Anzalone", "en"),
    ("Erkläre mir bitte die Zölle", "die Zölle", "de"), ("parle-moi du budget", "du budget", "fr"),
    ("dis-moi pourquoi", "pourquoi", "fr"), ("cuéntame de Italia", "Italia", "es"),
])
def test_a_request_asks_about_what_follows_it(request_: str, asked: str, code: str) -> None:
    assert asked_in_request(request_, code) == asked


@pytest.mark.parametrize("question", ["Tell me more", "Who did he tell about it?", "What did she explain?"])
def test_a_question_or_a_request_naming_nothing_is_left_as_it_is(question: str) -> None:
    assert asked_in_request(question, "en") == question


def test_the_request_word_finds_no_sentence_of_its_own() -> None:
    answer = ask(CAMPAIGN, "tell me about the economy")
    assert answer.found and "the economy, immigration and abortion" in answer.sentences[0].text
