"""Quotes of the sixteenth round: detection and attribution rules that should hold on any text, found on
English news pages and Spanish Global Voices articles labelled before the bot ran on them."""

from __future__ import annotations

from bot.reader.article import Article
from bot.reader.text.document import build_document
from bot.reader.quotes.quotations import all_quotes
from tests.support.reading import speakers


def test_a_right_double_mark_spaced_off_the_words_still_closes_the_quotation() -> None:
    found = speakers(
        "Erwin C. citó a una de las madres: “No nos iremos hasta que nuestros casos se hayan resuelto ”, "
        "declaró la huelguista de hambre Margarita López.",
        language="es",
    )
    assert found == {"No nos iremos hasta que": "Margarita López"}


def test_two_apostrophes_typed_for_the_closing_mark_close_the_quotation() -> None:
    document = build_document(Article("Story", (
        "“It was an attempt to mislead voters,’’ Will Moy, chief executive of the fact-checking website "
        "Full Fact, told the BBC.",
    ), language="en"))
    quotes = all_quotes(document)
    assert [quote.text for quote in quotes] == ["It was an attempt to mislead voters"]
    assert quotes[0].speaker == "Will Moy"


def test_an_article_title_or_a_headline_is_no_statement() -> None:
    found = speakers(
        "La ley tendría un beneficio económico, según señala el artículo \"Uruguay santuario de ballenas y "
        "delfines: Dejad que los cetáceos vengan a mí\" en el blog Ballenas en Uruguay. Xinhua publicó un "
        "artículo con el titular \"Virus de gripe aviar infecta a 724 personas en Venezuela\".",
        language="es",
    )
    assert found == {}


def test_a_name_suffix_keeps_its_full_stop() -> None:
    found = speakers(
        "James P. Kennedy Jr., the U.S. Attorney for the Western District of New York, spoke.",
        "\"The First Amendment right to freedom of speech carries with it a responsibility,\" Kennedy said.",
    )
    assert found == {"The First Amendment right to": "James P. Kennedy Jr."}


def test_a_politicians_party_and_state_are_not_the_speaker() -> None:
    found = speakers("Sen. Ben Sasse, R-Neb., called his death \"a crisis of public trust\" within the prisons.")
    assert found == {"a crisis of public trust": "Ben Sasse"}


def test_an_adverb_between_the_speaker_and_the_verb() -> None:
    found = speakers(
        "The officers were Tova Noel and Michael Thomas.",
        "\"We messed up; I messed up,\" Thomas allegedly told a supervisor. \"We didn't do any rounds.\"",
    )
    assert found == {"We messed up; I messed": "Michael Thomas"}


def test_a_sentence_adverb_is_no_speaker() -> None:
    spanish = speakers(
        "Dos editores perdieron sus puestos. Efectivamente, hay dos ejecutivos llamados Dmitry Sergeev, lo que "
        "provocó que un usuario de Twitter bromeara \"los medios rusos han establecido un cargo especial\".",
        language="es",
    )
    english = speakers(
        "The Electoral Commission issued a statement warning that “voters are entitled to transparency.” "
        "Critically, however, it pointed out that it doesn’t have “a role in regulating election campaign content.”",
    )
    assert spanish == {"los medios rusos han establecido": None}
    assert english == {"voters are entitled to transparency.": "Electoral Commission",
                       "a role in regulating election": "Electoral Commission"}


def test_what_a_colon_after_the_quotation_announces_is_not_its_attribution() -> None:
    found = speakers(
        "Paris Martínez ha cubierto la huelga. Otro manifestante afirma que no se van a ir: \"No estamos acá "
        "solamente por una persona, estamos acá por un objetivo común\": El miércoles, Paris informó que un "
        "grupo visitará Los Pinos.",
        language="es",
    )
    assert found == {"No estamos acá solamente por": None}


def test_the_name_inside_a_relative_clause_speaks() -> None:
    spanish = speakers(
        "Crawford Kilian escribe en su blog. La primera pista fue un informe en Trinidad Express que Kilian "
        "describió como \"la historia menos probable desde que empezó el brote\".",
        language="es",
    )
    english = speakers(
        "Crawford Kilian writes a blog. The first clue was a report that Kilian described as \"the least "
        "likely story since the outbreak began\".",
    )
    assert spanish == {"la historia menos probable desde": "Crawford Kilian"}
    assert english == {"the least likely story since": "Crawford Kilian"}


def test_a_production_company_is_a_body_not_a_man_called_dick_clark() -> None:
    found = speakers(
        "On Monday, Big Machine Records issued a statement after Swift scolded her former label, accusing the "
        "Braun-owned company of blocking her.",
        "However, shortly after news broke on Monday, Dick Clark Productions denied that it had settled on an "
        "arrangement with the music label.",
        "“At no time did Dick Clark Productions agree to a statement with Big Machine Label Group,” the "
        "production company said in a separate statement to Rolling Stone.",
    )
    assert found == {"At no time did Dick": "Dick Clark Productions"}


def test_an_owners_adjective_does_not_name_the_company() -> None:
    found = speakers(
        "Swift scolded her former label, accusing the Braun-owned company of preventing her from performing.",
        "“At no time did we prevent her from performing her songs,” the company said in a statement.",
    )
    assert found == {"At no time did we": None}


def test_a_body_with_a_plural_verb_is_the_they_who_speak_next() -> None:
    found = speakers(
        "Taylor Swift's first six albums were released through Big Machine, which was bought out by a company "
        "owned by Scooter Braun.",
        "Big Machine have twice denied doing anything wrong.",
        "\"At no point did we say Taylor could not perform on the AMAs,\" they said in a statement.",
    )
    group = speakers(
        "Dozens of doctors have signed the letter.",
        "\"We are deeply worried about the children in the camps,\" they said.",
    )
    assert found == {"At no point did we": "Big Machine"}
    assert group == {"We are deeply worried about": None}


def test_the_source_someone_brought_in_unnamed_is_nobody_known() -> None:
    found = speakers(
        "Charles Simpson told Polygraph.info the allegations are false.",
        "A reporter's source inside the camp, a Syrian refugee who asked not to be identified, said that the "
        "claim is false.",
        "“Not the U.S. nor any of the U.S.-backed rebels are preventing civilians from leaving the camp,” the "
        "source said.",
    )
    assert found == {"Not the U.S. nor any": None}


def test_a_statement_quoted_paragraph_by_paragraph_goes_on_past_an_embedded_post() -> None:
    document = build_document(Article("Story", (
        "Tottenham said in a statement: \"Jose is one of the world's most accomplished managers having won 25 "
        "senior trophies.",
        "\"He is renowned for his tactical prowess and has managed FC Porto, Inter Milan and Chelsea.",
        "Club statement",
        "— Tottenham Hotspur (@SpursOfficial) November 20, 2019",
        "\"He has won a domestic title in a record four different countries.\"",
        "His first match in charge will be away to West Ham on Saturday.",
    ), language="en"))
    quotes = all_quotes(document)
    assert [quote.speaker for quote in quotes] == ["Tottenham"]
    assert quotes[0].parts[-1].startswith("He has won a domestic title")


def test_a_quotation_of_someone_speaking_of_themself_is_no_title() -> None:
    found = speakers(
        "En el mencionado vídeo, la presentadora Sarah Elmesallati afirma que sabe que el hiyab es una orden por "
        "parte de Alá y también dijo: \"Esto es algo entre Dios y yo\". También comentó algo más.",
        language="es",
    )
    assert found == {"Esto es algo entre Dios": "Sarah Elmesallati"}
