"""French and Spanish new-user trial of round 26 (nufres26): the classes of failure it found, each on
a made-up article. An irregular verb form reaches its verb and the verb's bridges ("detuvieron" /
"capturado", "cuesta" / "costó", "vendu" / "vendre")."""

from __future__ import annotations

import pytest

from bot.reader.answer.participles import participles_by_verb, verb_of_term
from bot.reader.answer.terms import question_terms
from bot.reader.article import Article
from bot.reader.pipeline import ask
from bot.reader.text.language import language_for

KENIA = Article(
    title="El líder kurdo en el exilio",
    language="es",
    paragraphs=(
        "Ocalan desembarcó en Roma en noviembre de 1998 y pidió asilo político.",
        "El gobierno italiano dudaba durante semanas sobre su futuro.",
        "Meses después Ocalan fue capturado por agentes turcos en Nairobi, donde se escondía.",
        "Desde entonces permanece en una cárcel de máxima seguridad.",
    ),
)

@pytest.mark.parametrize(
    ("code", "form", "verb"),
    [("es", "detuvieron", "detener"), ("es", "cuesta", "costar"), ("es", "gobierno", "gobernar"),
     ("fr", "vendu", "vendre"), ("fr", "permis", "permettre"), ("fr", "construit", "construire")],
)
def test_an_irregular_form_reads_as_its_verb(code: str, form: str, verb: str) -> None:
    language = language_for(code)
    (form_term,), (verb_term,) = question_terms(language, form), question_terms(language, verb)
    assert form_term != verb_term
    assert verb_of_term(code, form_term) == verb_term
    assert form_term in participles_by_verb(language, [f"Ya lo {form} ayer."])[verb_term]


def test_a_word_no_verb_form_stays_itself() -> None:
    assert verb_of_term("es", "ocal") is None
    assert verb_of_term("en", "cost") is None


def test_an_irregular_preterite_finds_the_synonym_of_its_verb() -> None:
    answer = ask(KENIA, "¿Dónde detuvieron a Ocalan?")
    assert answer.found
    assert "capturado" in answer.sentences[0].text
