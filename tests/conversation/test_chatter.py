"""A chat line that asks nothing ("I like turtles") gets the bot's own reply; a question typed
without its mark ("who is Sung Kim", "wer ist Slutsky"), a request ("tell me about the budget") and
a search ("Boeing profit", "Sung Kim") stay questions."""

from __future__ import annotations

import pytest

from bot.conversation import chatter
from bot.conversation.about import About, read
from bot.reader import pipeline
from bot.reader.article import Article

ARTICLE = Article(title="Boeing's profit falls", paragraphs=(
    "Boeing reported a profit of $1.2 billion for the quarter, down from $2 billion.",
    "Chief executive Kelly Ortberg said the strike had cost the company dearly.",
), language="en")


@pytest.mark.parametrize("line", [
    "not a link at all, just words", "I like turtles", "this is a test", "I'm bored", "just testing",
    "that's funny", "it's raining here", "ich mag Schildkröten", "das ist ein Test", "nur ein paar Wörter",
    "j'aime les tortues", "c'est un test", "juste des mots", "esto es una prueba", "nosotros también", "solo palabras",
])
def test_a_line_that_tells_is_not_a_question(line: str) -> None:
    assert read(line) is About.NOT_A_QUESTION


@pytest.mark.parametrize("line, kind", [
    ("thanks, that was helpful", About.THANKS), ("great job", About.THANKS), ("merci, c'est clair", About.THANKS),
    ("hello, I have a question", About.GREETING), ("hallo, ich bin neu hier", About.GREETING),
])
def test_a_line_opening_with_thanks_or_a_greeting_that_asks_nothing_is_that(line: str, kind: About) -> None:
    assert read(line) is kind


@pytest.mark.parametrize("line", [
    "thanks, but who won", "ok so why did they vote", "hello, who is Sung Kim", "Good Friday Agreement", "who is Sung Kim", "wer ist Slutsky", "tell me about the budget", "explain the tariffs", "so who won",
    "did Boeing make a profit", "I want to know who won", "erzähl mir vom Streik", "hat er gewonnen",
    "qui a gagné", "qu'a fait la préfecture", "dis-moi pourquoi", "a-t-il gagné", "quien gano", "cuéntame del presupuesto",
    "and the budget", "Y después", "Und bei den Einfuhren", "Et en temps normal", "I like turtles?",
    "¿Y la mínima", "Boeing profit", "Sung Kim", "2026",
])
def test_a_question_without_its_mark_a_request_or_a_search_stays_a_question(line: str) -> None:
    assert read(line) is None


@pytest.mark.parametrize("line, searched", [
    ("boeing profit", True), ("the strike", True), ("Donald Trump", True), ("NATO", True),
    ("asdf qwerty", False), ("nice weather", False),
])
def test_bare_words_are_a_question_when_they_name_someone_or_the_article_has_them(line: str, searched: bool) -> None:
    asked = not chatter.bare_words(line) or pipeline.names_any(ARTICLE, line)
    assert asked is searched


def test_only_bare_words_are_left_to_the_article() -> None:
    assert chatter.bare_words("nice weather")
    assert not chatter.bare_words("who is Sung Kim") and not chatter.bare_words("I like turtles")
    assert not chatter.bare_words("Sung Kim")
