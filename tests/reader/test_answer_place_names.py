"""A place named with no preposition before it ("The storm flooded Galway") is the bold of a "where"
answer; a table of WordNet's named places tells such names from other capitalised words (issue 14,
"where"). The table sets the bold only: read as a place when ranking, it cost SQuAD 2.0 answers (see
bench/reworded/README.md, trial 23where)."""

from __future__ import annotations

import pytest

from bot.reader.answer.place_names import is_place_name, placeless_stems
from bot.reader.article import Article
from tests.reader.test_answer import ask

STORM = Article(
    title="Storm Ciara",
    paragraphs=(
        "Storm Ciara brought winds of up to 130 km/h to the west coast on Sunday night, the weather service "
        "in Dublin said. "
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


@pytest.mark.parametrize("question", ["Where did the storm cause flooding?", "Where did the storm flood homes?"])
def test_a_where_question_is_answered_by_the_bare_place_in_bold(question: str) -> None:
    """Before the table, the bold fell on no word: only a capital after "in" or "at" was a place."""
    answer = ask(STORM, question)
    assert answer.found
    assert answer.sentences[0].text[slice(*answer.phrase)] == "Galway"


def test_a_place_after_a_region_word_answers_where() -> None:
    """"the Kurdish town of Kobane in northern Syria" held no place, so "Where is Kobane?" got a
    sentence about troops "in Kobane" (Talking Points Memo's essay, a new-user check, 2026-12-02)."""
    town = Article(
        title="The town that held",
        paragraphs=(
            "Fighters surrounded the Kurdish town of Kobane in northern Syria at the start of October.",
            "When the officials claimed there were no troops in Kobane, they were not telling the truth.",
            "Months after it was supposed to fall, Kobane still stands and the fighters were forced back.",
        ),
        language="en",
    )
    answer = ask(town, "Where is Kobane?")
    assert answer.found and answer.sentences[0].text.startswith("Fighters surrounded")


MARKET = Article(
    title="Der Großmarkt in der Krise",
    paragraphs=(
        "Der Großmarkt versorgt die Stadt mit Obst und Gemüse.",
        "In Dutzenden dieser Betriebe wurde Kurzarbeit beantragt, sagt die Chefin des Großmarkts.",
        "Die Händler des Großmarkts verkaufen ihre Ware seit 1962 in Hamburg.",
        "Viele Früchte kommen in Zeiten der Krise aus Spanien und Peru.",
    ),
    language="de",
)


@pytest.mark.parametrize(("stem", "placeless"), [
    ("hamburg", False), ("spani", False), ("asi", False), ("ess", False), ("dutzend", True), ("zeit", True),
])
def test_the_german_table_lists_nouns_naming_no_place(stem: str, placeless: bool) -> None:
    """"Essen" is a food and a city: a noun with a place among its senses may name one."""
    assert (stem in placeless_stems("de")) is placeless


@pytest.mark.parametrize(("question", "bold"), [
    ("Wo ist der Großmarkt?", "Hamburg"), ("Woher kommen die Früchte?", "Spanien"),
])
def test_a_german_common_noun_after_in_is_no_place(question: str, bold: str) -> None:
    """German capitalises every noun, so "in Dutzenden dieser Betriebe" and "in Zeiten der Krise"
    read as places: "Wo liegt der Großmarkt?" was answered by the sentence about "Dutzenden" with
    that word in bold (a German trial, 28). A common noun the table lists as naming no place is none."""
    answer = ask(MARKET, question)
    assert answer.found
    assert answer.sentences[0].text[slice(*answer.phrase)] == bold
