"""French and Spanish new-user trial of round 26 (nufres26): the classes of failure it found, each on
a made-up article. An irregular verb form reaches its verb and the verb's bridges ("detuvieron" /
"capturado", "cuesta" / "costó", "vendu" / "vendre"); a thing's own weight after a number is no
currency ("3MB su peso"); a brand with a small first letter is a name the article must hold
("iPhone"); a time written with "h" ("1h28") counts nothing; "10 millones de dólares" is one amount
and "por" alone no share; French "né" is "born", no negation, and "En quelle année" / "¿En qué año"
name a date as "In what year" does."""

from __future__ import annotations

import pytest

from bot.reader.answer.decline import negated
from bot.reader.answer.kinds import is_number, offers
from bot.reader.answer.measures import measure_spans, measures_in
from bot.reader.answer.participles import participles_by_verb, verb_of_term
from bot.reader.answer.terms import question_terms
from bot.reader.article import Article
from bot.reader.pipeline import ask
from bot.reader.text.language import language_for, words

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

APP = Article(
    title="La aplicación ligera llega a once países",
    language="es",
    paragraphs=(
        "La aplicación ligera llegará a once países de América Latina a partir de hoy.",
        "Además, la aplicación ocupa menos espacio en tu teléfono, al reducir a 3MB su peso.",
        "La empresa la presentó en abril en la India.",
    ),
)

FILMS = Article(
    title="Que regarder cette semaine",
    language="fr",
    paragraphs=(
        "Vape Wave (documentaire, 1h28, Planète+)",
        "Le documentaire de Jan Kounen défend la cigarette électronique avec passion.",
        "Il a été diffusé cette semaine sur la chaîne Planète+.",
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


def test_a_weight_after_a_possessive_is_no_currency() -> None:
    assert "money" not in measures_in("al reducir a 3MB su peso", is_number)
    assert measures_in("costó 300 pesos", is_number)["money"] == {"300"}


def test_a_price_is_declined_where_the_article_gives_none() -> None:
    assert not ask(APP, "¿Cuánto cuesta la aplicación?").found


def test_a_brand_the_article_never_names_is_declined() -> None:
    assert not ask(APP, "¿Cuándo llegará la aplicación a iPhone?").found
    assert ask(APP, "¿Cuándo llegará la aplicación a América Latina?").found


def test_a_time_written_with_h_counts_nothing() -> None:
    found = offers(language_for("fr"), "Vape Wave (documentaire, 1h28, Planète+)")
    assert "1h28" in found["date"]
    assert "1h28" not in found["number"]
    assert not ask(FILMS, "Combien de spectateurs ont vu Vape Wave ?").found


@pytest.mark.parametrize(
    ("text", "amount"),
    [("causaron daños por 10 millones de dólares", "10 millones de dólares"),
     ("un coste de 2,5 millones de euros", "2,5 millones de euros"),
     ("it cost 12 million dollars", "12 million dollars")],
)
def test_a_scaled_sum_is_bold_from_its_figure(text: str, amount: str) -> None:
    spans = measure_spans(text, is_number)
    assert "share" not in spans
    assert amount in [text[start:end] for start, end, _ in spans["money"]]


def test_por_ciento_is_still_a_share() -> None:
    assert "share" in measures_in("subió un 5 por ciento", is_number)


PORTRAIT = Article(
    title="Le réalisateur de Vape Wave",
    language="fr",
    paragraphs=(
        "Jan Kounen présente son documentaire dans toute la France depuis septembre.",
        "Jan Kounen est né aux Pays-Bas en 1964 et a grandi à Nice.",
        "Jan Kounen ne fume plus depuis dix ans et défend la cigarette électronique.",
    ),
)


@pytest.mark.parametrize("question", ["Quand Jan Kounen est-il né ?", "En quelle année est né Jan Kounen ?"])
def test_born_in_french_is_no_negation(question: str) -> None:
    assert question_terms(language_for("fr"), "Où est-il né ?") == question_terms(language_for("fr"), "naît")
    assert question_terms(language_for("fr"), "Il ne fume plus") == question_terms(language_for("fr"), "fume")
    assert not negated("fr", words(question))
    answer = ask(PORTRAIT, question)
    assert answer.found
    assert answer.sentences[0].text.startswith("Jan Kounen est né")
    assert not ask(FILMS, question).found


@pytest.mark.parametrize(("code", "text"), [("fr", "Il ne fume plus"), ("fr", "Il n'a rien dit"),
                                            ("es", "No hubo ningún herido"), ("es", "ningun herido")])
def test_a_negation_still_negates(code: str, text: str) -> None:
    assert negated(code, words(text))
