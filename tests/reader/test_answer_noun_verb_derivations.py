"""A Spanish or French reader asks with the verb where the article has the noun ("detenerlo" /
"detención", "atacaron" / "ataque", "produire" / "production"), pairs the stemmer keeps apart
(`bench/tables/derivations.py`)."""

from __future__ import annotations

import pytest

from bot.reader.answer.bridges import bridges_for
from bot.reader.answer.terms import question_terms
from bot.reader.article import Article
from bot.reader.pipeline import ask
from bot.reader.text.language import language_for

TULA = Article(
    title="Tensión en Tula",
    language="es",
    paragraphs=(
        "La comisaría de Tula abrió sus puertas en 1990 con doce agentes.",
        "El ataque contra la comisaría dejó tres agentes heridos el sábado por la noche.",
        "El sospechoso vivía en Madrid desde 2015.",
        "Tras su detención, el sospechoso fue trasladado a la Audiencia Nacional.",
        "La frontera norte se cerró en marzo.",
        "Su decisión de cerrar la frontera sorprendió a los vecinos.",
    ),
)


@pytest.mark.parametrize(
    ("code", "noun", "verb"),
    [("es", "ataque", "atacaron"), ("es", "detención", "detenido"), ("es", "decisión", "decidir"),
     ("es", "producción", "producir"), ("fr", "production", "produire"), ("fr", "inscription", "inscrire")],
)
def test_a_noun_bridges_to_its_verb_and_back(code: str, noun: str, verb: str) -> None:
    language = language_for(code)
    (noun_term,), (verb_term,) = question_terms(language, noun), question_terms(language, verb)
    assert noun_term != verb_term
    bridges = bridges_for(code)
    assert verb_term in dict(bridges.near(noun_term))
    assert noun_term in dict(bridges.near(verb_term))


def test_a_verb_finds_the_sentence_with_its_noun() -> None:
    answer = ask(TULA, "¿A dónde llevaron al sospechoso después de detenerlo?")
    assert answer.found
    assert answer.sentences[0].text.startswith("Tras su detención")
