"""An English noun and its irregular plural are one thing to count ("people" and "persons", "men"
and "man"): "How many people can the club hold?" was declined on an untuned NY Daily News page
that gives "a capacity of 600-persons", as counting a thing the page never names."""

from __future__ import annotations

from bot.reader.answer.plural_stems import other_number
from bot.reader.article import Article
from bot.reader.pipeline import ask

CLUB = Article(
    title="Clubgoer sues over attack",
    paragraphs=(
        "A man is suing the Brooklyn club where he was attacked last month.",
        "His lawyer said there was little security at the club, which has a capacity of 600 persons.",
    ),
    language="en",
)


def test_an_irregular_plural_is_the_other_number() -> None:
    assert other_number("peopl", "en") == ("person",)
    assert other_number("children", "en") == ("child",)
    assert other_number("stori", "en") == ()


def test_people_are_counted_as_persons() -> None:
    answer = ask(CLUB, "How many people can the club hold?")
    assert answer.found and "600 persons" in answer.sentences[0].text
