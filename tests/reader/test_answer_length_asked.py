"""A question asking one dimension ("Wie lang ist die Strecke der Seilbahn?", "How deep is the
lake?") is answered by a length, never by an area nor a bare number: on an untuned WAZ page it got
"der rund 30 Hektar großen Fläche", the only measure the page gives."""

from __future__ import annotations

from bot.reader.answer.measures import asked_measures, asks_a_length
from bot.reader.article import Article
from bot.reader.pipeline import ask

SEILBAHN = Article(
    title="Eine Seilbahn für Duisburg",
    paragraphs=(
        "Die Seilbahn soll vom Hauptbahnhof bis zum neuen Quartier fahren.",
        "Auf der rund 30 Hektar großen Fläche des alten Werks entsteht ein Technologiequartier.",
        "Dort sollen einmal 2000 Menschen arbeiten.",
    ),
    language="de",
)

LAKE = Article(
    title="A lake in the hills",
    paragraphs=(
        "Lake Ora covers 40 acres and is fed by two streams from the hills.",
        "Divers found that at its centre Lake Ora is 30 metres deep.",
    ),
    language="en",
)


def test_one_dimension_asks_a_length_only() -> None:
    assert asked_measures("Wie lang ist die Strecke?") == {"distance"}
    assert asked_measures("How tall is the tower?") == {"distance"}
    assert asked_measures("How long is the Rhine?") == {"distance", "duration"}
    assert asked_measures("How big is the park?") == {"distance", "area"}
    assert asks_a_length("¿Qué tan profundo es el lago?") and not asks_a_length("How big is the fleet?")


def test_a_length_the_page_does_not_give_is_declined() -> None:
    assert not ask(SEILBAHN, "Wie lang ist die Strecke der Seilbahn?").found


def test_a_size_is_still_answered_by_an_area() -> None:
    answer = ask(SEILBAHN, "Wie groß ist die Fläche des Quartiers?")
    assert answer.found and "30 Hektar" in answer.sentences[0].text


def test_a_depth_is_answered_by_the_length_not_the_area() -> None:
    answer = ask(LAKE, "How deep is Lake Ora?")
    assert answer.found and "30 metres" in answer.sentences[0].text
