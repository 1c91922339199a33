"""A place named with no preposition before it ("The storm flooded Galway") is the bold of a "where"
answer, and keeps a page naming its places bare from being declined as naming none; a table of WordNet's named places (and, for German, French
and Spanish, their Open Multilingual Wordnet names) tells such names from other capitalised words
(issue 14, "where")."""

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


@pytest.mark.parametrize(("code", "token", "place"), [
    ("de", "Kabul", True), ("de", "Hamburg", True), ("fr", "Allemagne", True), ("fr", "Paris", True),
    ("es", "Alemania", True), ("es", "Sevilla", True),
    ("de", "Essen", False), ("de", "Dutzenden", False), ("de", "Brest", False), ("it", "Roma", False),
])
def test_each_language_has_its_own_names(code: str, token: str, place: bool) -> None:
    """German "Essen" is food more often than the town, so it is left out; Italian has no table."""
    assert is_place_name(code, token) is place


def test_a_bare_german_place_answers_where() -> None:
    """"griffen Bewaffnete Kabul an" names its place with no preposition: before the German table no
    sentence of the page held a place, so "Wo ...?" was declined as unsaid."""
    attack = Article(
        title="Angriff",
        paragraphs=(
            "Der Angriff dauerte nach Angaben der Polizei mehrere Stunden.",
            "Am Montagmorgen griffen Bewaffnete Kabul an, wie die Regierung mitteilte.",
        ),
        language="de",
    )
    answer = ask(attack, "Wo griffen die Bewaffneten an?")
    assert answer.found and answer.sentences[0].text.startswith("Am Montagmorgen")


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
