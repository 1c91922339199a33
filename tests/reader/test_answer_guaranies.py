"""A sum in guaraníes is money (`measures._GUARANIES`), and what someone charges ("cobrar") asks one.

Paraguayan papers write the guaraní as a "G." before a figure grouped by full stops: in a new-user
trial "¿Cuánto dinero tiene que devolver la secretaria vip?" was declined beside "deberá devolver
G. 160.083.711 a la Contraloría", read as holding no sum, and "¿Cuánto llegó a cobrar por esas
horas?" set "229 horas" in bold, not "G. 37 millones": "cobrar" asked no money."""

from __future__ import annotations

import re

from bot.reader.answer.measures import asked_measures, measure_spans
from bot.reader.article import Article
from bot.reader.pipeline import ask

CASE = Article(
    title="Tribunal confirma la condena a la secretaria vip",
    paragraphs=(
        "El Tribunal de Apelación confirmó la condena de la secretaria vip, quien deberá devolver G. 160.083.711 a la Contraloría.",
        "La secretaria vip trabajaba incluso sábados hasta tarde y días feriados, según la planilla.",
        "Duarte marcó 229 horas extras en un solo mes y llegó a cobrar como paga alrededor de G. 37 millones.",
    ),
    language="es",
)


def _is_number(token: str) -> bool:
    return re.match(r"\d", token) is not None


def _bold(question: str) -> str:
    """The words the answer to the question sets in bold, "" when it has none."""
    answer = ask(CASE, question)
    if not answer.found or answer.phrase is None:
        return ""
    start, end = answer.phrase
    return answer.sentences[0].text[start:end]


def test_a_sum_in_guaranies_is_money() -> None:
    assert measure_spans("deberá devolver G. 160.083.711 a la Contraloría", _is_number)["money"][0][2] == "160.083.711"
    assert "money" in measure_spans("cobró alrededor de G. 37 millones", _is_number)


def test_a_g_before_a_small_figure_is_no_sum() -> None:
    assert "money" not in measure_spans("el grupo G. 5 se reunió", _is_number)


def test_how_much_money_is_answered_in_guaranies() -> None:
    assert _bold("¿Cuánto dinero tiene que devolver la secretaria vip?") == "G. 160.083.711"


def test_charging_asks_money() -> None:
    assert asked_measures("¿Cuánto llegó a cobrar por esas horas?") == {"money"}
    assert _bold("¿Cuánto llegó a cobrar por esas horas?").endswith("G. 37 millones")
