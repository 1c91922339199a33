"""Compounds whose parts are synonyms (`compound_parts`): a reader's "Selbsterwärmung" finds the
article's "Selbsterhitzung", and "der wichtigste Kunde" finds "Volkswagen, den Hauptkunden" over a
sentence that has the words "wichtigsten Kunden" and names no customer."""

from __future__ import annotations

from bot.reader.answer.compound_parts import SWAPPED_PART, modifier_forms, swapped_parts, written_as_one
from bot.reader.article import Article
from bot.reader.pipeline import answer_index_of, ask

ZULIEFERER = Article(
    title="Zulieferer baut aus",
    paragraphs=(
        "Der Zulieferer aus Kellbach baut Sitze für Autos. Die wichtigsten Kunden des Unternehmens sitzen "
        "nach eigenen Angaben in Süddeutschland und Österreich. Im vergangenen Jahr machte die Firma einen "
        "Umsatz von 80 Millionen Euro. Der größte Teil davon stammt von Volkswagen, den Hauptkunden des "
        "Zulieferers. Die Belegschaft wuchs auf 620 Menschen.",
        "Im Lager kam es im Sommer zu einem Brand. Die Feuerwehr vermutet, dass die Selbsterhitzung von "
        "Holzspänen das Feuer auslöste. Verletzt wurde niemand.",
    ),
    language="de",
)
TABLE = {"erwarm": (("erhitz", 1.0), ("heiz", 1.0)), "wichtig": (("haupt", 1.0), ("kopf", 0.7)), "kopf": ()}


def related(stem: str) -> tuple[tuple[str, float], ...]:
    return TABLE.get(stem, ())


def test_a_head_swapped_for_its_synonym_is_found() -> None:
    known = {"selbsterhitz", "erhitz", "lager"}
    assert swapped_parts("selbsterwarm", related, known, 4) == [("selbsterhitz", SWAPPED_PART)]


def test_a_modifier_swapped_for_its_synonym_is_found_with_its_linking_letters() -> None:
    assert swapped_parts("wichtigkund", related, {"hauptkund"}, 4) == [("hauptkund", SWAPPED_PART)]
    assert swapped_parts("wichtigskund", related, {"hauptskund"}, 4) == [("hauptskund", SWAPPED_PART)]


def test_a_looser_link_swaps_no_part() -> None:
    assert swapped_parts("wichtigkund", related, {"kopfkund"}, 4) == []


def test_linking_letters_come_off_a_modifier() -> None:
    assert modifier_forms("tages") == {"tages", "tage", "tag"}


def test_two_question_words_written_as_one_compound() -> None:
    heads = {"kund": ["hauptkund", "stromkund", "kund"], "lager": ["holzlager"]}
    assert written_as_one({"wichtig", "kund"}, heads, related) == {"hauptkund"}
    assert written_as_one({"strom", "kund"}, heads, related) == {"stromkund"}
    assert written_as_one({"kund"}, heads, related) == set()


def test_the_index_links_a_compound_to_its_synonym_compound() -> None:
    assert ("selbsterhitz", SWAPPED_PART) in answer_index_of(ZULIEFERER).links("selbsterwarm")


def test_the_most_important_customer_is_the_main_customer() -> None:
    answer = ask(ZULIEFERER, "Wer ist der wichtigste Kunde?")
    assert answer.found
    assert "Volkswagen" in answer.sentences[0].text


def test_a_supplier_is_no_customer() -> None:
    answer = ask(ZULIEFERER, "Wer ist der wichtigste Lieferant?")
    assert not answer.sentences or "Volkswagen" not in answer.sentences[0].text
