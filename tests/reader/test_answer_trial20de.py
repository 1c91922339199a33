"""What a reader met on German, French and Spanish pages nobody had tuned on (trial 20de: a lifestyle
piece, a grill test, a book review, a software update, a French law and a French earthquake report, a
Spanish opinion column): "why" questions about something the article gives no reason for were
answered with a sentence that only named the same thing, in every one of the three languages, as
the rule declining them read English only; and a Spanish "¿Por qué el periodista ...?" was taken
for "which journalist"."""

from __future__ import annotations

import pytest

from bot.reader.answer.kinds import asks
from bot.reader.article import Article
from bot.reader.pipeline import ask

VERLAG = Article(
    title="Ein kleiner Verlag aus Kassel",
    paragraphs=(
        "Der Verlag Nordlicht wurde 1998 in Kassel gegründet. So gibt es dort heute drei Reihen für Kinderbücher.",
        "Im Jahr 2019 hat der Verlag seinen Sitz nach Göttingen verlegt, weil die Miete in Kassel zu hoch wurde.",
        "Die Verlegerin Anna Roth reist jedes Jahr nach Bologna, um dort neue Autorinnen zu treffen.",
        "Das Programm umfasst rund 40 Titel im Jahr.",
    ),
    language="de",
)

LOI = Article(
    title="Une loi sur les vélos en ville",
    paragraphs=(
        "Le conseil municipal de Lyon a adopté mardi une loi sur les vélos. Le texte a été voté par 40 élus.",
        "La mairie a retiré les anciennes bornes parce qu'elles tombaient souvent en panne.",
        "Le maire Paul Martin est venu à Paris pour présenter le projet au ministre.",
        "Le plan prévoit 200 nouvelles pistes d'ici 2030.",
    ),
    language="fr",
)

COLUMNA = Article(
    title="Un informe sobre el río",
    paragraphs=(
        "La semana pasada un diario de Rosario publicó un informe sobre el río Paraná. "
        "El periodista Juan Pérez firmó la nota principal.",
        "La provincia cerró el puerto porque el agua estaba contaminada.",
        "La ministra viajó a Santa Fe para reunirse con los pescadores.",
        "El río recorre unos 4.000 kilómetros.",
    ),
    language="es",
)


@pytest.mark.parametrize(
    ("article", "question"),
    [
        (VERLAG, "Warum wurde der Verlag 1998 gegründet?"),
        (VERLAG, "Warum hat der Verlag drei Reihen für Kinderbücher?"),
        (LOI, "Pourquoi le conseil municipal a-t-il adopté la loi ?"),
        (COLUMNA, "¿Por qué el diario publicó el informe?"),
        (COLUMNA, "¿Por qué el periodista firmó la nota?"),
    ],
)
def test_a_why_question_meeting_no_reason_near_its_sentence_is_declined(article: Article, question: str) -> None:
    answer = ask(article, question)
    assert not answer.found, f"answered {question!r} with {answer.sentences[0].text!r}"


@pytest.mark.parametrize(
    ("article", "question", "expected"),
    [
        (VERLAG, "Warum ist der Verlag nach Göttingen umgezogen?", "weil die Miete in Kassel zu hoch wurde"),
        (LOI, "Pourquoi la mairie a-t-elle enlevé les anciennes bornes ?", "parce qu'elles tombaient souvent en panne"),
        (COLUMNA, "¿Por qué cerraron el puerto?", "porque el agua estaba contaminada"),
    ],
)
def test_a_why_question_whose_sentence_gives_the_reason_is_answered(article: Article, question: str, expected: str) -> None:
    answer = ask(article, question)
    assert answer.found, f"declined {question!r}"
    assert expected in answer.sentences[0].text


@pytest.mark.parametrize(
    ("article", "question", "expected"),
    [
        (VERLAG, "Warum fährt Anna Roth nach Bologna?", "um dort neue Autorinnen zu treffen"),
        (LOI, "Pourquoi Paul Martin est-il venu à Paris ?", "pour présenter le projet"),
        (COLUMNA, "¿Por qué viajó la ministra a Santa Fe?", "para reunirse con los pescadores"),
    ],
)
def test_a_purpose_answers_a_why_question(article: Article, question: str, expected: str) -> None:
    answer = ask(article, question)
    assert answer.found, f"declined {question!r}"
    assert expected in answer.sentences[0].text


def test_a_spanish_why_question_about_a_journalist_asks_a_reason_not_a_name() -> None:
    assert asks("¿Por qué el periodista publicó el informe?") == {"cause"}
    assert asks("¿Qué periodista publicó el informe?") == {"name"}



WERFT = Article(
    title="Eine Werft an der Ostsee",
    paragraphs=(
        "Die Werft in Wolgast baut seit 1948 Schiffe für die Marine.",
        "Der Ingenieur Kasimir Olbrechtsky entwarf dort das erste Minensuchboot der Werft.",
        "Heute arbeiten in Wolgast rund 800 Menschen, die meisten im Schiffbau.",
    ),
    language="de",
)

CHANTIER = Article(
    title="Un chantier naval à Lorient",
    paragraphs=(
        "Le chantier de Lorient construit des navires depuis 1948.",
        "L'ingénieur Gaston Dupont a dessiné le premier chasseur de mines du chantier.",
    ),
    language="fr",
)


@pytest.mark.parametrize(
    ("article", "question", "expected"),
    [
        (WERFT, "Was hat Olbrechtsky entworfen?", "Minensuchboot"),
        (CHANTIER, "Qu'a dessiné Gaston Dupont ?", "chasseur de mines"),
    ],
)
def test_what_someone_made_is_no_question_of_what_they_said(article: Article, question: str, expected: str) -> None:
    """"Was hat X ...?" and "Qu'a ... X ?" were read as "what did X say" whatever the verb, and
    declined for an article quoting no one by that name."""
    answer = ask(article, question)
    assert answer.found, f"declined {question!r}"
    assert expected in answer.sentences[0].text


@pytest.mark.parametrize(
    ("article", "question"),
    [(WERFT, "Was hat Olbrechtsky über das Boot gesagt?"), (CHANTIER, "Qu'a dit Gaston Dupont du navire ?")],
)
def test_what_someone_never_quoted_said_is_still_declined(article: Article, question: str) -> None:
    answer = ask(article, question)
    assert not answer.found, f"answered {question!r} with {answer.sentences[0].text!r}"
