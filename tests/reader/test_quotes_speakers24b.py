"""Speakers of the classes issue 15's second pass names (invented sentences): a firm introduced by a nationality
and another word for its kind (`Dutch lender X … the bank said`), a body's own name between a German genitive post
and a full name, German `von` after a full name, `der Coach der Kroaten`, French attributions set off by dashes
inside the marks, a person brought in by the sentence right before a `she said`."""

from __future__ import annotations

from bot.reader.article import Article
from bot.reader.text.document import build_document
from bot.reader.quotes.quotations import all_quotes


def _speakers(language: str, *paragraphs: str) -> list[str | None]:
    return [quote.speaker for quote in all_quotes(build_document(Article("Story", paragraphs, language=language)))]


def test_the_bank_is_a_firm_introduced_as_a_lender() -> None:
    assert _speakers(
        "en",
        "Dutch lender Kroonbank will close a third of its branches by the end of next year.",
        "\"Our customers have moved to their phones and we have to follow them,\" the bank said.",
    ) == ["Kroonbank"]


def test_a_retailer_is_no_bank() -> None:
    assert _speakers(
        "en",
        "French retailer Maisonnet will close a third of its shops by the end of next year.",
        "\"Our customers have moved to their phones and we have to follow them,\" the bank said.",
    ) == [None]


def test_a_bodys_name_after_a_german_genitive_post_is_not_part_of_the_persons() -> None:
    assert _speakers(
        "de",
        "„Der Juni war in Europa so warm wie nie zuvor seit Beginn der Messungen“, sagte die stellvertretende "
        "Direktorin des Klimadienstes Meteora Karin Olsberg.",
    ) == ["Karin Olsberg"]


def test_german_von_after_a_full_name_is_the_firm_one_works_for() -> None:
    assert _speakers(
        "de",
        "„Viele Banken haben ihre Filialen zu schnell geschlossen“, sagt Jana Willmers von Kapstone.",
        "„Wir lassen die Gemeinden mit diesem Problem nicht allein“, versprach Landrat Konrad von Hellwig.",
    ) == ["Jana Willmers", "Konrad von Hellwig"]


def test_the_coach_of_a_team_is_the_trainer_introduced_with_its_country() -> None:
    assert _speakers(
        "de",
        "„Wir haben am Ende die wichtigen Würfe getroffen“, sagte Bundestrainer Jörg Wallner.",
        "Frankreichs Nationaltrainer Paul Derain sah die Schlussphase von der Bank aus. Sein Kapitän Luc Morel "
        "traf nur zweimal. „Uns hat heute die Geduld im Angriff gefehlt“, sagte der Coach der Franzosen.",
    ) == ["Jörg Wallner", "Paul Derain"]


def test_a_french_attribution_set_off_by_dashes_inside_the_marks() -> None:
    assert _speakers(
        "fr",
        "La philosophe Claire Anselme a publié un nouvel essai. « Nous ne manquons pas de temps – écrit-elle dans "
        "son dernier livre – nous manquons d'attention pour ce qui compte. »",
    ) == ["Claire Anselme"]


def test_she_said_after_a_sentence_bringing_in_a_new_woman_is_hers() -> None:
    assert _speakers(
        "en",
        "Ayanda Zulu has run the clinic since 2015. \"We turn away twenty patients a day,\" she said.",
        "Next door lives Refilwe Mokoena, who cleans offices in the city at night. "
        "\"I leave my children alone when I go to work,\" she said.",
    ) == ["Ayanda Zulu", "Refilwe Mokoena"]


def test_the_role_keeps_the_bodys_name_after_its_genitive_noun() -> None:
    text = ("„Die Böden sind so trocken wie noch nie im Mai“, sagte der wissenschaftliche Leiter des Forschungsverbunds "
            "Agrarklima Thorsten Weidlich.")
    [quote] = all_quotes(build_document(Article("Story", (text,), language="de")))
    assert (quote.speaker, quote.role) == ("Thorsten Weidlich", "wissenschaftliche Leiter des Forschungsverbunds Agrarklima")
