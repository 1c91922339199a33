"""Quotes of news pages the bot had never seen (trial 21, goose3's and newspaper's test pages, labelled before
the bot ran on them), rebuilt as invented stories of the same construction: a first name that is a stop word
(`Don`), places and things a `he` or `she` cannot stand for, a post written in the plural elsewhere, a
magazine interview (the writer's questions, then the answers; `she says` after a man is named), a mark
glued between two sentences, and the Spanish imperfect of a present-tense reporting verb."""

from __future__ import annotations

from bot.reader.article import Article
from bot.reader.quotes.quotations import find_quotes
from bot.reader.text.document import build_document
from tests.support.reading import speakers, speakers_by_text


def test_don_before_a_surname_is_a_first_name() -> None:
    found = speakers(
        "“We expect this hall to give a real boost to the whole district,” said Don Fairley, the trust’s director.",
    )
    assert found["We expect this hall to"] == "Don Fairley"


def test_he_never_stands_for_a_place_after_in_or_an_article() -> None:
    found = speakers(
        "In a speech in San Diego, Harlan spoke of unease over the future of the fleet.",
        "He said some feel the fleet has “grown too heavy, too far from its roots at sea.”",
        "Defence Minister Paul Harlan ordered a review on Monday.",
    )
    assert found["grown too heavy, too far"] == "Paul Harlan"


def test_a_post_the_text_writes_in_the_plural_is_no_first_name() -> None:
    found = speakers(
        "The woman told investigators she had been asleep.",
        "“She said she had heard nothing at all that night,” Investigator Rita Olsen wrote in the report.",
    )
    assert found["She said she had heard"] == "Rita Olsen"


def test_an_interview_answer_is_the_interviewees_even_after_a_man_is_named() -> None:
    found = speakers(
        "Mara Lindqvist has had the kind of year one might call life-changing.",
        "Lindqvist laughed when she heard the figures.",
        "That the film outsold all the earlier ones of producer Tom Breck puts Lindqvist in the spotlight.",
        "“In most ways my life has not changed at all,” she says.",
        "How hard was it? Did she think of quitting?",
        "“Every month, yes, because there was no money coming in at all.”",
    )
    assert found["In most ways my life"] == "Mara Lindqvist"
    assert found["Every month, yes, because there"] == "Mara Lindqvist"


def test_who_says_so_after_but_speaks_not_the_clause_before() -> None:
    found = speakers(
        "Mara Lindqvist grew up in Oregon and studied art.",
        "Oregon is a famous place for parties, but Lindqvist says that was behind her by then. "
        "“I was not a very good student because I was far too social.”",
    )
    assert found["I was not a very"] == "Mara Lindqvist"


def test_a_mark_glued_between_two_sentences_opens_the_next_quotation() -> None:
    found = speakers_by_text(
        '"We will keep showing what the party has done for it," said committee chairman Tim Hale.'
        '"So that is one of the themes for the autumn: it is vital to keep the scheme."',
    )
    assert [speaker for text, speaker in found.items() if "So that is one of the themes" in text] == ["Tim Hale"]


def test_a_spanish_imperfect_made_from_a_present_with_a_diphthong_reports() -> None:
    found = speakers(
        "El fiscal Pedro Horrach prepara la estrategia con su jefe.",
        "«Las meras sospechas no constituyen elementos válidos de imputación», sostenía Horrach ayer.",
        language="es",
    )
    assert found["Las meras sospechas no constituyen"] == "Pedro Horrach"


def test_a_demonstrative_and_a_noun_for_words_name_who_said_the_quotation_before() -> None:
    found = speakers(
        "« Dans le cadre de l'effort budgétaire, nous réfléchissons à des changements dans nos participations. » "
        "Cette petite phrase de Paul Mercier, au Financial Times, annonce-t-elle une vague de cessions ?",
        language="fr",
    )
    assert found["Dans le cadre de l'effort"] == "Paul Mercier"


def test_a_fronted_reporting_participle_is_said_by_the_main_clauses_subject() -> None:
    found = speakers(
        "Declaring “the very soul of the coast guard” is at stake, Transport Secretary Jane Colby has ordered a review.",
    )
    assert found["the very soul of the"] == "Jane Colby"


def test_a_conjunction_opening_the_sentence_is_no_part_of_the_subject() -> None:
    found = speakers(
        "But Andrew Pell, a security expert at Leeds University, said the navy has become an "
        "“example of the waste that runs through our whole defence budget.”",
    )
    assert found["example of the waste that"] == "Andrew Pell"


def test_a_sentence_adverb_and_a_place_do_not_hide_the_subject_a_role_stands_for() -> None:
    found = speakers(
        "El fiscal Pedro Horrach prepara la estrategia tras el auto del juez José Castro.",
        "«Las meras sospechas no constituyen elementos válidos de imputación», sostenía Horrach.",
        "Asimismo, el juez Castro hizo unas breves declaraciones a su llegada a los juzgados de Vía Alemania. "
        "«Uno lo hace para que se valide, pero luego no lo sé», dijo el instructor del caso.",
        language="es",
    )
    assert found["Uno lo hace para que"] == "José Castro"


def test_a_dropped_subject_after_a_sentence_that_brings_someone_in_is_that_person() -> None:
    found = speakers(
        "Carmen Flores, presidenta de una asociación de pacientes, asegura que recibe quejas cada día. "
        "«La situación es tremenda. Hay gente desesperada porque está en lista de espera», expone. "
        "Es justo esto lo que le ocurre a Laura Martínez, que espera desde abril una cita. "
        "«Cada vez que voy al centro de salud me dicen que vuelva la semana siguiente», se queja.",
        language="es",
    )
    assert found["La situación es tremenda. Hay"] == "Carmen Flores"
    assert found["Cada vez que voy al"] == "Laura Martínez"


def test_a_person_after_with_is_still_someone_else_in_the_sentence() -> None:
    found = speakers(
        "Douglas Bader was shot down over France in 1941.",
        "Major Tom Stallard, of the Durham Light Infantry, teamed up with Bader on the planning. "
        "The fighter ace went on to describe it as ‘the most brilliant escape conception of this war’.",
    )
    assert found["the most brilliant escape conception"] != "Tom Stallard"


def test_the_key_quotes_of_an_interview_are_the_interviewees() -> None:
    paragraphs = (
        "Mara Lindqvist has had the kind of year one might call life-changing.",
        "“In most ways my life has not changed at all, whatever people say,” she says.",
        "“I would never have guessed that a small film could travel so far,” Lindqvist says.",
        "“We wrote every scene in a kitchen in Oregon over four long winters,” she says.",
        "“People always call me a comedian, but I think of myself as an actor,” she adds.",
        "“My parents worried about money far more than they ever told me,” Lindqvist says.",
        "Her producer, Tom Breck, has seen it before. “It happens once in a decade, if you are lucky,” he says.",
    )
    shown = find_quotes(build_document(Article("Mara Lindqvist: the year everything changed", paragraphs)))
    assert [quote.speaker for quote in shown] == ["Mara Lindqvist"] * 3


def test_a_question_attributed_before_it_does_not_run_on_into_the_answer() -> None:
    found = speakers_by_text(
        "Mara Lindqvist is in a new film. Even after all these years, her parents worry; when she tells them "
        "she is in a movie, her mother will say tentatively, \"Is that something we can see in theatres?\" "
        "Lindqvist smiles and says, \"They are still getting used to the idea that I work.\"",
    )
    assert found == {"Is that something we can see in theatres?": None,
                     "They are still getting used to the idea that I work.": "Mara Lindqvist"}


def test_a_person_of_a_body_in_a_town_is_the_speaker_not_the_body_or_the_town() -> None:
    """"Ana Ruiz of the Bank of Spain said", "Tom Hale of the University of Leeds in Bradford said":
    the person speaks, for the body, wherever it is."""
    opening = "“The harbour will need dredging before the summer, whatever the council decides,” {} said."
    for who in ("Tom Hale of the University of Leeds", "Tom Hale of the University of Leeds in Bradford",
                "Tom Hale of the University of Leeds in Bradford, England,"):
        assert speakers(opening.format(who)) == {"The harbour will need dredging": "Tom Hale"}, who
    assert speakers(opening.format("The Bank of England")) == {"The harbour will need dredging": "Bank of England"}
