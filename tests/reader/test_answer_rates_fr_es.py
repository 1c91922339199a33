"""A French or Spanish rate is a share, and what a thing is worth is money (`measures._ASKED`).

In a new-user trial on French and Spanish news pages, "Quel est le taux de grévistes dans les
lycées ?" about a page counting strikers in colleagues and schools, never in percent, was answered
by a sentence listing the striking schools, and "¿Cuánto valen los vehículos robados?" by the
sentence counting 112 stolen cars: "taux", "tasa" and "quelle part" asked no share, "vaut" and
"valen" no money, so any sentence sharing the question's words would do. Asked as a share or a sum,
the question now needs a percentage or an amount, and the word "taux" itself is no content the
sentence must hold ("82 % des candidats ont réussi").
"""

from __future__ import annotations

import pytest

from bot.reader.answer.kinds import is_number_word
from bot.reader.answer.measures import asked_measures, measure_spans
from bot.reader.article import Article
from bot.reader.pipeline import ask


@pytest.mark.parametrize("question", [
    "Quel est le taux de grévistes dans les lycées ?",
    "Quelle est la part des femmes parmi les élus ?",
    "Et ça représente quelle part du total ?",
    "¿Cuál es la tasa de paro en la provincia?",
    "¿Qué tasa de interés cobra el banco?",
])
def test_a_rate_or_a_part_asks_a_share(question: str) -> None:
    assert asked_measures(question) == {"share"}


@pytest.mark.parametrize("question", [
    "Combien vaut la maison ?",
    "¿Cuánto valen los vehículos robados?",
    "¿Cuánto valía el cuadro?",
])
def test_what_a_thing_is_worth_asks_money(question: str) -> None:
    assert "money" in asked_measures(question)


def test_a_part_of_something_else_asks_no_share() -> None:
    assert asked_measures("De quelle partie du pays viennent-ils ?") == frozenset()


STRIKE = Article(
    title="Grève dans les lycées",
    paragraphs=(
        "L'assemblée générale a réuni mardi 80 collègues venus de plus de 30 établissements.",
        "Plusieurs lycées en grève ont rejoint la manifestation au départ de la Bourse du Travail.",
        "Les syndicats appellent à une nouvelle journée de mobilisation le 24 septembre.",
    ),
    language="fr",
)
EXAMS = Article(
    title="Résultats du bac",
    paragraphs=(
        "Les résultats du baccalauréat ont été publiés vendredi dans toute l'académie.",
        "Au total, 82 % des candidats ont obtenu leur diplôme dès le premier groupe d'épreuves.",
        "Les oraux de rattrapage auront lieu la semaine prochaine.",
    ),
    language="fr",
)
CARS = Article(
    title="Autos robados",
    paragraphs=(
        "El investigador Hugo Bustos aseguró que ha detectado 112 vehículos robados en Chile y trasladados a Bolivia.",
        "La Policía anunció una coordinación con Carabineros para investigar los casos.",
    ),
    language="es",
)


def test_a_rate_the_article_never_gives_is_declined() -> None:
    assert not ask(STRIKE, "Quel est le taux de grévistes dans les lycées ?").found


def test_a_rate_is_answered_by_the_percentage() -> None:
    answer = ask(EXAMS, "Quel est le taux de réussite au bac ?")
    assert answer.found and "82 %" in answer.sentences[0].text


def test_a_worth_the_article_never_gives_is_declined() -> None:
    assert not ask(CARS, "¿Cuánto valen los vehículos robados?").found


@pytest.mark.parametrize(("text", "share"), [
    ("Le chômage touche 7,5 pour cent des actifs.", "7,5"),
    ("Près de la moitié des salariés sont partis.", "la moitié"),
    ("Un tiers des électeurs a voté.", "un tiers"),
    ("Dos tercios de los votos fueron para el oficialismo.", "dos tercios"),
])
def test_a_share_in_words_is_a_share(text: str, share: str) -> None:
    """A rate asked needs a share, and French and Spanish write one in words too (`_SHARE_IN_WORDS`)."""
    assert share in {number for _, _, number in measure_spans(text, _is_number).get("share", [])}


def test_a_quarter_of_an_hour_is_no_share() -> None:
    assert "share" not in measure_spans("Il a attendu un quart d'heure.", _is_number)


def test_a_rate_in_words_answers() -> None:
    answer = ask(UNEMPLOYMENT, "Quel est le taux de chômage dans la région ?")
    assert answer.found and "7,5 pour cent" in answer.sentences[0].text


UNEMPLOYMENT = Article(
    title="L'emploi dans la région",
    paragraphs=(
        "La région compte de nouvelles entreprises dans le secteur du bâtiment et du chômage partiel.",
        "Le chômage y touche désormais 7,5 pour cent des actifs, selon l'Insee.",
    ),
    language="fr",
)


def _is_number(token: str) -> bool:
    return token[:1].isdigit() or is_number_word(token)
