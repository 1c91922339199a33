"""A follow-up naming a kind ("the company", "das Unternehmen", "l'entreprise", "la empresa")
points at the one of that kind the turn before named, as "it" does: right after a question about
Beta Systems, "Who founded the company?" asks who founded Beta Systems, not the company the
article names first."""

from __future__ import annotations

import pytest

from bot.reader.answer.followup import Turn, is_followup, kind_described, names_of_turn
from bot.reader.article import Article
from tests.support.reading import chat_turn

ROBOTS = Article(title="Two robot makers raise money", paragraphs=(
    "Acme Robotics, a startup based in Oslo, raised $40 million from investors on Monday.",
    "The company was founded in 2015 by Kari Nordmann, a former engineer at a shipyard.",
    "Its rival Beta Systems, a company based in Bergen, raised $12 million last week.",
    "Beta Systems was founded in 2001 by Ola Hansen and employs 300 people.",
    "Both firms make robots for fish farms, a market that analysts expect to double by 2030.",
), language="en")


@pytest.mark.parametrize("first, then, expected", [
    ("Where is Beta Systems based?", "Who founded the company?", "Ola Hansen"),
    ("How much did Beta Systems raise?", "When was the firm founded?", "in 2001"),
    ("How much did Acme Robotics raise?", "Who founded the company?", "Kari Nordmann"),
])
def test_the_company_is_the_one_the_turn_before_named(first: str, then: str, expected: str) -> None:
    _, turn = chat_turn(ROBOTS, first)
    shown, _ = chat_turn(ROBOTS, then, turn)
    assert expected in shown


MAKERS = Article(title="Landmaschinen", paragraphs=(
    "Das Unternehmen Claas aus Harsewinkel meldete am Montag einen Umsatz von sechs Milliarden Euro.",
    "Das Unternehmen wurde 1913 von August Claas gegründet und beschäftigt 12.000 Menschen.",
    "Der Konkurrent Krone, ein Familienunternehmen aus Spelle, steigerte seinen Umsatz auf 2,5 Milliarden Euro.",
    "Krone wurde 1906 von Bernard Krone gegründet und ist bis heute in Familienhand.",
), language="de")


def test_a_compound_of_the_kind_names_one_in_german() -> None:
    _, turn = chat_turn(MAKERS, "Wie hoch war der Umsatz von Krone?")
    shown, _ = chat_turn(MAKERS, "Wer hat das Unternehmen gegründet?", turn)
    assert "Bernard Krone" in shown


@pytest.mark.parametrize("question, language, noun", [
    ("Who founded the company?", "en", "firm"), ("Wer hat das Unternehmen gegründet?", "de", "firma"),
    ("Qui a fondé l'entreprise ?", "fr", "société"), ("¿Quién fundó la empresa?", "es", "compañía"),
    ("And where is the city?", "en", "town"),
])
def test_a_kind_named_with_a_definite_article_points_back(question: str, language: str, noun: str) -> None:
    assert noun in kind_described(question, language)
    assert is_followup(question, language)


@pytest.mark.parametrize("question", ["Who founded Acme, the company?", "Who founded a company?", "Who is the chief?"])
def test_a_name_or_no_definite_kind_points_at_nothing(question: str) -> None:
    assert not kind_described(question, "en")


def test_the_names_of_a_turn_leave_out_a_sentence_opening_word() -> None:
    turn = Turn("Who is Ola Hansen?", ("Its rival Beta Systems was founded in 2001 by Ola Hansen.",))
    assert names_of_turn(turn, "en") == ["Ola Hansen", "Beta Systems"]
