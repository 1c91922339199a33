"""A place named with no preposition before it ("The storm flooded Galway", "the Vistula froze") is
a place: a "where" question is answered by the sentence naming it, with the name in bold, not
declined as unsaid; a table of WordNet's named places tells such names from other capitalised words
(issue 14, "where")."""

from __future__ import annotations

import pytest

from bot.reader.answer.kinds import offers
from bot.reader.answer.place_names import is_place_name
from bot.reader.article import Article
from bot.reader.text.language import language_for
from tests.reader.test_answer import ask

STORM = Article(
    title="Storm Ciara",
    paragraphs=(
        "Storm Ciara brought winds of up to 130 km/h to the west coast on Sunday night. "
        "The storm flooded Galway and cut power to 20,000 homes. Schools will stay closed on Monday.",
        "Forecasters expect calmer weather by Wednesday.",
    ),
    language="en",
)


@pytest.mark.parametrize(("token", "place"), [
    ("Brest", True), ("Vistula", True), ("Oslo", True), ("China", True),
    ("brest", False), ("Reading", False), ("Lincoln", False), ("Leo", False), ("Al", False),
])
def test_the_table_knows_places_not_words_or_people(token: str, place: bool) -> None:
    assert is_place_name("en", token) is place


def test_the_table_is_read_in_english_only() -> None:
    assert not is_place_name("de", "Brest")


def test_a_bare_place_name_is_a_place_in_a_sentence() -> None:
    language = language_for("en")
    assert offers(language, "Last winter the Vistula froze over for three weeks.")["place"]
    assert not offers(language, "Last winter the river froze over for three weeks.")["place"]


@pytest.mark.parametrize("question", ["Where did the storm cause flooding?", "Where did the storm flood homes?"])
def test_a_where_question_is_answered_by_the_bare_place_in_bold(question: str) -> None:
    """Before the table, no sentence held a place after "in" or "at", so the bot said the article
    does not say where."""
    answer = ask(STORM, question)
    assert answer.found
    assert answer.sentences[0].text[slice(*answer.phrase)] == "Galway"
