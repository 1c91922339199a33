"""What a reader met on untuned English news pages (trial 21en: a market report, a missing plane, a
film interview, an essay on sitcoms, a candidate tracker, a publishers' deal, a drug study, a
reader's letter): "who" answered by people named by their role, whom a capitalised word only
qualifies ("two female Dallas police officers", "a Republican senator from Ohio"); a venue named
after a person; a purpose told after a noun as the answer to "why"; "so many" and a quoted title
as no reason; "once" as no count of the people a "how many" asks about."""

from __future__ import annotations

import pytest

from bot.reader.article import Article
from bot.reader.pipeline import ask
from tests.support.reading import bold, bold_in

BILL = Article(
    title="Insulin prices",
    paragraphs=(
        "The bill was introduced last week by a Republican senator from Ohio. "
        "It would cap the price of insulin at thirty dollars a month for every patient.",
        "Senator Rob Carver of Maine said he would vote against it.",
    ),
    language="en",
)

RESCUE = Article(
    title="A dog on the ice",
    paragraphs=(
        "On Friday the mayor thanked two female Chicago firefighters who had pulled a dog from the frozen lake.",
        "The dog, a six-year-old collie called Pepper, is recovering at home.",
    ),
    language="en",
)

PARKING = Article(
    title="Lost on the way to the fair",
    paragraphs=(
        "I was lost, so I asked two female Dallas police officers for directions to the fairground.",
        "They pointed me to a lot two blocks away, and I made it in time.",
    ),
    language="en",
)

PETITION = Article(
    title="The school on the hill",
    paragraphs=(
        "Local teachers signed the petition against the closure of the school on the hill.",
        "The council will vote on the closure next month.",
    ),
    language="en",
)


@pytest.mark.parametrize(("article", "question", "expected"), [
    (BILL, "Who introduced the bill?", "a Republican senator"),
    (RESCUE, "Who pulled the dog out of the lake?", "two female Chicago firefighters"),
    (PARKING, "Who did the writer ask for directions?", "two female Dallas police officers"),
])
def test_who_is_the_people_not_the_word_that_qualifies_them(article: Article, question: str, expected: str) -> None:
    """A place or party word before or after a role ("Dallas", "Ohio", "Republican") is not who."""
    assert bold_in(article, question) == expected


def test_a_named_person_is_still_who() -> None:
    assert bold_in(BILL, "Who said he would vote against it?") == "Rob Carver of Maine"


def test_who_is_answered_by_people_named_by_their_role_in_a_page_naming_no_one() -> None:
    """A page that names no one is not declined for "who" when people are named by their role."""
    answer = ask(PETITION, "Who signed the petition?")
    assert answer.found
    assert bold(answer) == "Local teachers"


GALA = Article(
    title="A night for the food bank",
    paragraphs=(
        "On Friday I helped out at the Harvest Gala for the food bank at the Mary Ellen Porter Exhibition Center, "
        "where about 400 people came to eat and give.",
        "The night raised enough to keep the food bank's shelves full until spring.",
    ),
    language="en",
)


def test_a_venue_named_after_people_is_where() -> None:
    """A venue named after a person is a place by its head word ("Center"), though it opens with a name."""
    assert bold_in(GALA, "Where was the gala held?") == "Mary Ellen Porter Exhibition Center"


def test_why_is_answered_by_a_purpose_told_without_a_comma() -> None:
    """A purpose told after a noun ("to avoid panic") is the reason: the question is not declined."""
    answer = ask(Article("Sleep study", ("The team chose only volunteers who had slept in a lab before to avoid "
                                         "panic in the noisy scanner.", "Each of them spent two nights there."),
                         language="en"), "Why did the team pick only volunteers who had slept in a lab before?")
    assert answer.found
    assert answer.sentences[0].text.startswith("The team chose only volunteers")


FILM = Article(
    title="A year of films",
    paragraphs=(
        "As happens to so many actors, Maya Ortiz was asked to play a judge in a courtroom drama.",
        "She has also finished filming \"The Long Road Home\" and appears next spring in \"Blue River Summer Nights\".",
    ),
    language="en",
)


@pytest.mark.parametrize("question", [
    "Why did the studio pick Maya Ortiz for the judge?",
    "Why was Blue River Summer Nights delayed until spring?",
])
def test_why_is_declined_when_only_a_degree_or_a_title_looks_like_a_reason(question: str) -> None:
    """ "so many" says how many, not why; a film's title in quotation marks is no one's statement."""
    assert not ask(FILM, question).found


SCANS = Article(
    title="A scanner study",
    paragraphs=(
        "In the new study, the team used a scanner to image the brains of 12 healthy volunteers — once after a "
        "placebo, and once after the drug.",
        "Kim and Moon met twice that year, both times at the border.",
    ),
    language="en",
)


def test_how_many_bolds_the_count_of_the_thing_asked_not_how_often() -> None:
    assert bold_in(SCANS, "How many volunteers were scanned?") == "12"


def test_how_many_times_still_bolds_how_often() -> None:
    assert bold_in(SCANS, "How many times did Kim and Moon meet?") == "twice"
