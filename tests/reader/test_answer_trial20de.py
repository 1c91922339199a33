"""What a reader met on German, French and Spanish pages nobody had tuned on (trial 20de: a lifestyle
piece, a grill test, a book review, a software update, a French law and a French earthquake report, a
Spanish opinion column): a "why" question was not answered first by the sentence giving the reason,
as the cause words were one list for every language and English "so" or French "pour" made nearly
every sentence a reason; a Spanish "¿Por qué el periodista ...?" was taken for "which journalist";
"Was hat X entworfen?" for a question about X's quotations; and "ca." before a size ended a sentence."""

from __future__ import annotations

import pytest

from bot.reader.answer.kinds import asks
from bot.reader.article import Article
from bot.reader.pipeline import ask

BRAND = Article(
    title="Brand auf der Brücke",
    paragraphs=(
        "Der Brand auf der Brücke war schwer zu löschen, so dass die Feuerwehr bis zum Abend blieb. "
        "So wurde der Verkehr umgeleitet.",
        "Das Feuer brach aus, weil ein Lastwagen mit Benzin auf der Brücke verunglückte.",
    ),
    language="de",
)

INCENDIE = Article(
    title="Incendie sur le pont",
    paragraphs=(
        "L'incendie du pont a été très difficile à maîtriser pour les pompiers, venus de toute la ville.",
        "Le feu s'est déclaré suite à l'accident d'un camion-citerne.",
    ),
    language="fr",
)

INCENDIO = Article(
    title="Incendio en el puente",
    paragraphs=(
        "El incendio del puente fue muy difícil de controlar para los bomberos, que llegaron de toda la ciudad.",
        "El fuego empezó debido al accidente de un camión cisterna.",
    ),
    language="es",
)


@pytest.mark.parametrize(
    ("article", "question", "expected"),
    [
        (BRAND, "Warum brach das Feuer auf der Brücke aus?", "weil ein Lastwagen"),
        (INCENDIE, "Pourquoi l'incendie du pont s'est-il déclaré ?", "suite à l'accident"),
        (INCENDIO, "¿Por qué empezó el incendio del puente?", "debido al accidente"),
    ],
)
def test_the_sentence_giving_the_reason_answers_a_why_question_first(article: Article, question: str, expected: str) -> None:
    """Not the one sharing more of the question's words that says "pour les pompiers" or "so"."""
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
