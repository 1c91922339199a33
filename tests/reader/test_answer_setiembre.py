"""Spanish "setiembre" is September (`dates.MONTHS_AND_DAYS`): Peruvian, Uruguayan, Paraguayan and
Argentine papers spell it so, and "¿Cuándo se hará la prueba Pisa?" about a page saying "entre el
19 y el 30 de setiembre" found no date in that sentence, so a sentence naming only the test went
first."""

from __future__ import annotations

from bot.reader.answer.dates import is_calendar_word
from bot.reader.article import Article
from bot.reader.pipeline import ask

SCHOOLS = Article(
    title="Evaluaciones en las escuelas",
    paragraphs=(
        "La prueba Pisa se hace a nivel internacional y los alumnos de Mendoza también la rendirán.",
        "La prueba Pisa se hará entre el 19 y el 30 de setiembre en las escuelas de la provincia.",
    ),
    language="es",
)


def test_setiembre_is_a_month() -> None:
    assert is_calendar_word("setiembre") and is_calendar_word("Setiembre")


def test_a_date_in_setiembre_answers_when() -> None:
    answer = ask(SCHOOLS, "¿Cuándo se hará la prueba Pisa?")
    assert answer.found and "setiembre" in answer.sentences[0].text
