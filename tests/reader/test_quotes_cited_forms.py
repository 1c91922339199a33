"""Quotation forms of encyclopedia and reference text (French Wikipedia style): quoted words nested
in a quotation, citation markers glued to the closing mark, and the attributions such text uses."""

from __future__ import annotations

from bot.reader.article import Article
from bot.reader.text.document import build_document
from bot.reader.quotes.quotations import all_quotes


def speakers(*paragraphs: str, language: str) -> dict[str, str | None]:
    """Each quotation's text -> its speaker."""
    document = build_document(Article("Story", paragraphs, language=language))
    return {quote.text: quote.speaker for quote in all_quotes(document)}


def test_a_word_quoted_inside_a_french_quotation_does_not_end_it() -> None:
    found = speakers(
        "La chanteuse Lucie Marchal refuse les étiquettes. Elle explique qu'elle « n'aime pas le mot "
        "« vedette » parce qu'il met les artistes à part du public qui les écoute ». Elle ajoute : "
        "« Je chante pour les gens de mon quartier, pas pour la gloire. » Son prochain disque sort en mai.",
        language="fr",
    )
    assert found == {
        "n'aime pas le mot « vedette » parce qu'il met les artistes à part du public qui les écoute":
            "Lucie Marchal",
        "Je chante pour les gens de mon quartier, pas pour la gloire.": "Lucie Marchal",
    }


def test_a_citation_marker_after_the_closing_mark_ends_the_quotation() -> None:
    found = speakers(
        "La liste commune est critiquée par l'opposition. Cette alliance est justifiée ainsi par Paul Vasseur : "
        "« nous ne voulons pas que notre liste favorise la droite aux élections »[réf. nécessaire] qui ajoute : "
        "« le contexte politique a changé depuis la dernière élection ».[2] Le conseil vote en juin.",
        language="fr",
    )
    assert found == {
        "nous ne voulons pas que notre liste favorise la droite aux élections": "Paul Vasseur",
        "le contexte politique a changé depuis la dernière élection": "Paul Vasseur",
    }


def test_a_person_singled_out_right_before_the_colon_speaks() -> None:
    found = speakers(
        "Le nouveau moteur consomme encore trop. Mais sa fiabilité semble satisfaire l'écurie et notamment "
        "Jean-Marc Aubry : « Nous sommes revenus à des réglages que nous connaissions. C'est bon signe. »",
        language="fr",
    )
    assert found == {"Nous sommes revenus à des réglages que nous connaissions. C'est bon signe.": "Jean-Marc Aubry"}


def test_a_concessive_phrase_opening_the_sentence_is_not_its_subject() -> None:
    assert speakers(
        "Pierre Lenoir domine la séance, puis Marc Petit réalise le meilleur tour. Malgré cette performance, "
        "Luc Moreau, son coéquipier, reste prudent : « On ne sait pas vraiment dans quelles conditions roulent "
        "les autres voitures. »",
        language="fr",
    ) == {"On ne sait pas vraiment dans quelles conditions roulent les autres voitures.": "Luc Moreau"}
    assert speakers(
        "El equipo ganó el sábado y Pablo Ruiz marcó dos goles. Pese a la victoria, el entrenador Luis Mora "
        "se mostró prudente: «Nos queda mucho trabajo, la defensa estuvo muy abierta».",
        language="es",
    ) == {"Nos queda mucho trabajo, la defensa estuvo muy abierta": "Luis Mora"}


def test_a_sentence_after_the_closing_mark_and_a_marker_is_no_attribution_of_it() -> None:
    found = speakers(
        "Cette alliance est défendue par Paul Vasseur : « nous ne cherchons pas de postes. Nous ne voulons pas "
        "que notre liste favorise la droite »[réf. nécessaire] qui ajoute : « le contexte a changé. La gauche au "
        "pouvoir a déçu les électeurs ».[réf. nécessaire] LO note qu'elle s'est déjà alliée avec le PCF en 1995.",
        language="fr",
    )
    assert found == {
        "nous ne cherchons pas de postes. Nous ne voulons pas que notre liste favorise la droite": "Paul Vasseur",
        "le contexte a changé. La gauche au pouvoir a déçu les électeurs": "Paul Vasseur",
    }
