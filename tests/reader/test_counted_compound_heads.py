"""A German count names the head of a hyphenated compound ("sechs Millionen neue Abo-Kunden" counts
Kunden): read as counting "Abo", "Wie viele neue Abokunden erwartet die Bahn?" met a count of other
things and was declined on an untuned FAZ page."""

from __future__ import annotations

from bot.reader.answer.counted import counted_nouns
from bot.reader.article import Article
from bot.reader.pipeline import ask

BAHN = Article(
    title="Das Deutschlandticket lockt neue Kunden",
    paragraphs=(
        "Die Bahn rechnet damit, dass mit dem Ticket sechs Millionen neue Abo-Kunden gewonnen werden.",
        "Das 49-Euro-Ticket gilt vom 1. Mai an im Nahverkehr.",
    ),
    language="de",
)


def test_a_hyphenated_compound_is_counted_by_its_head() -> None:
    assert counted_nouns("de", "Drei US-Soldaten und sechs Abo-Kunden") == ["Soldaten", "Kunden"]
    assert counted_nouns("de", "120.000 Rhein-Main-Pendler fahren", readable=True) == ["Pendler"]


def test_a_number_s_own_compound_names_no_count() -> None:
    assert counted_nouns("de", "Das 49-Euro-Ticket kostet 49 Euro.", readable=True) is None


def test_a_count_of_the_compound_is_answered() -> None:
    answer = ask(BAHN, "Wie viele neue Abokunden erwartet die Bahn?")
    assert answer.found and "sechs Millionen" in answer.sentences[0].text
