"""A German question's compound is headed by a noun of the page, not by any word its ending spells:
"Neugründung" ends in "rund", and "rund 13 Prozent" took the question "Wie viel Prozent holte die
prokurdische Neugründung?" away from the sentence about the new party."""

from __future__ import annotations

from bot.reader.answer.index import COMPOUND
from bot.reader.article import Article
from bot.reader.pipeline import answer_index_of

WAHL = Article(
    title="Wahl in der Türkei",
    paragraphs=(
        "Die neue Partei der Völker holte rund 13 Prozent. Sie wurde erst 2012 gegründet.",
        "Die Partei des Präsidenten verlor ihre Mehrheit.",
    ),
    language="de",
)


def test_a_compound_is_headed_only_by_a_noun_of_the_page() -> None:
    index = answer_index_of(WAHL)
    assert ("partei", COMPOUND) in index.links("regierungspartei")
    assert ("rund", COMPOUND) not in index.links("neugrund")
