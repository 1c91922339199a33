"""Multiword verbs ("kicks off", "stepped down", "called the match off") are read as one word, in
the article as in the question, and bridged like one: WordNet lists them beside their synonyms."""

from __future__ import annotations

import pytest

from bot.reader.answer.bridges import Bridges
from bot.reader.answer.phrasal import phrasal_verbs
from bot.reader.article import Article
from bot.reader.text.language import language_for
from tests.reader.test_answer import best_text, bold

TOUR = Article(
    title="Band announces anniversary tour",
    paragraphs=(
        "The band announced the tour on November 18th in Nashville, at the end of a concert.",
        "The tour kicks off June 9th in West Palm Beach and ends October 10th in Houston.",
        "The singer joined the band in 1975.",
        "The singer stepped down as frontman in 1982.",
        "The Chicago show was moved to a larger hall.",
        "Organisers called the show off after the Boston hall was sold.",
    ),
)


@pytest.mark.parametrize(
    ("question", "sentence"),
    [
        ("When does the tour start?", "The tour kicks off"),
        ("When did the singer resign?", "The singer stepped down"),
        ("Which show was cancelled?", "Organisers called the show off"),
    ],
)
def test_a_plain_verb_finds_the_multiword_verb_the_article_writes(question: str, sentence: str) -> None:
    assert best_text(TOUR, question).startswith(sentence)


def test_when_does_it_start_bolds_the_date_the_tour_kicks_off() -> None:
    assert bold(TOUR, "When does the tour start?") == "June 9th"


SHOP = Article(
    title="Retailer cuts jobs",
    paragraphs=(
        "The retailer employs 2,000 workers at its warehouses.",
        "The retailer said on Tuesday that it had furloughed 300 workers at its warehouse in Leeds.",
        "The chief executive joined the company in 2015.",
        "The chief executive resigned in March after a row with investors.",
    ),
)


@pytest.mark.parametrize(
    ("question", "sentence"),
    [
        ("How many workers did the retailer lay off?", "The retailer said on Tuesday"),
        ("When did the chief executive step down?", "The chief executive resigned"),
    ],
)
def test_a_multiword_verb_in_the_question_finds_the_plain_verb(question: str, sentence: str) -> None:
    assert best_text(SHOP, question).startswith(sentence)


def test_a_verb_and_a_preposition_stay_two_words() -> None:
    """Only pairs the bridge table knows are read as one ("called it off", past a one-word object);
    past an object, a particle before "the" heads a phrase of its own ("kicked the ball off the line")."""
    english = language_for("en")
    known = Bridges({"call_off": "cancel:1", "kick_off": "start:0.5", "take_over": "seize:1"}).knows
    assert [pair for pair, _ in phrasal_verbs(english, "They called it off.", known)] == ["call_off"]
    assert [pair for pair, _ in phrasal_verbs(english, "He kicked the ball off the line.", known)] == []
    assert [pair for pair, _ in phrasal_verbs(english, "He took the bus over the bridge.", known)] == []
    assert [pair for pair, _ in phrasal_verbs(english, "Laid off workers protested.", Bridges({"lay_off": "furlough:1"}).knows)] == ["lay_off"]


SEARCH = Article(
    title="Search for the missing plane widens",
    paragraphs=(
        "Twelve ships and seven aircraft have been involved in the search for the missing plane.",
        "One body had been recovered and taken away by helicopter on Sunday.",
        "The airline said the plane had lost contact with air traffic control over the sea.",
    ),
)


def test_a_light_verb_does_not_answer_for_its_expression() -> None:
    """"Taking part" is "involved", not any other use of "take" ("taken away by helicopter")."""
    assert best_text(SEARCH, "How many vessels are taking part in the hunt?").startswith("Twelve ships")


SUMMIT = Article(
    title="Leaders meet in Geneva",
    paragraphs=(
        "The summit happened in Geneva in May, a year after the leaders first met.",
        "The two leaders took a train to Lausanne in June to visit the Olympic museum.",
        "Both sides said the talks had been frank.",
    ),
)


@pytest.mark.parametrize(
    ("question", "sentence"),
    [
        ("Where did the summit take place?", "The summit happened"),
        ("When did the leaders take the train?", "The two leaders took a train"),
    ],
)
def test_took_place_is_happened_and_took_a_train_is_not(question: str, sentence: str) -> None:
    assert best_text(SUMMIT, question).startswith(sentence)


def test_a_light_verb_and_its_word_are_read_as_one_where_known() -> None:
    """"Took place", "taking part", "gave birth" are pairs; "took a train" and "the pay rise" are not."""
    english = language_for("en")
    known = Bridges({"take_place": "happen:1", "take_part": "particip:1", "give_birth": "deliv:1"}).knows
    assert [pair for pair, _ in phrasal_verbs(english, "The match took place in May.", known)] == ["take_place"]
    assert [pair for pair, _ in phrasal_verbs(english, "Ships taking part in it.", known)] == ["take_part"]
    assert [pair for pair, _ in phrasal_verbs(english, "She gave birth to twins.", known)] == ["give_birth"]
    assert [pair for pair, _ in phrasal_verbs(english, "They took a train to the place.", known)] == []


LAB = Article(
    title="Student spots a flaw in census figures",
    paragraphs=(
        "The student studied economics at a university in Leeds for three years.",
        "The data had been gathered by clerks in the city in 1921.",
        "She came across the data in a forgotten archive of the city council.",
        "Her tutor walked across the campus to see the boxes of files.",
        "The council has promised to publish the corrected figures next spring.",
    ),
)


def test_came_across_is_found_and_walked_across_is_no_verb_of_its_own() -> None:
    """"Across" is a particle where WordNet lists the pair ("come_across": "find"), and a
    preposition elsewhere ("walked across the campus")."""
    assert best_text(LAB, "Where did she find the data?").startswith("She came across the data")
    english = language_for("en")
    known = Bridges({"come_across": "find:0.5"}).knows
    assert [pair for pair, _ in phrasal_verbs(english, "She came across the data.", known)] == ["come_across"]
    assert [pair for pair, _ in phrasal_verbs(english, "He walked across the campus.", known)] == []
