"""Numbers written in groups of three digits are one word to a question, however they are written.

A reader asks about "1,200" (or types "1200") when the article says "1,200 homes"; read as the two
words "1" and "200", the question also matched every sentence with a 1 or a 200 in it. A number
said in words with its half ("two and a half years") is one amount too: its bold was "half years".
"""

from __future__ import annotations

from dataclasses import replace

import pytest

from bot.reader.article import Article
from bot.reader.text.language import language_for, words
from tests.reader.test_answer import ask
from tests.support.reading import bold_in

HOUSING = Article(
    title="Town plans new housing",
    paragraphs=(
        "The council will plant 200 trees along the main road and open a new school for 1 district.",
        "The town council approved a plan on Tuesday to build 1,200 homes on the old airfield north of "
        "the river. Construction is expected to start next spring.",
        "Opponents collected 4,500 signatures against the plan last year, but a court rejected their "
        "appeal in March.",
    ),
)


@pytest.mark.parametrize("question", ["1,200", "1200", "What about the 1,200?", "What are the 1.200 for?"])
def test_a_question_about_a_grouped_number_finds_the_sentence_with_that_number_and_no_other(question: str) -> None:
    answer = ask(HOUSING, question)

    assert answer.found
    assert "1,200 homes" in answer.sentences[0].text
    assert not any("200 trees" in s.text for s in answer.sentences)


def test_a_german_number_with_a_full_stop_between_its_groups_is_the_same_number() -> None:
    article = Article(
        title="Protest gegen Neubau",
        paragraphs=("Die Gegner sammelten 4.500 Unterschriften gegen den Plan. Die Stadt pflanzt 500 Bäume.",),
        language="de",
    )

    assert ask(article, "4500").sentences[0].text == "Die Gegner sammelten 4.500 Unterschriften gegen den Plan."


@pytest.mark.parametrize("text, expected", [
    ("1,200 homes", ["1,200", "homes"]),
    ("4.500 Unterschriften", ["4.500", "Unterschriften"]),
    ("1\u202f200 logements", ["1\u202f200", "logements"]),
    ("version 2.5 of 12,3456", ["version", "2", "5", "of", "12", "3456"]),
])
def test_only_whole_groups_of_three_digits_join_a_number(text: str, expected: list[str]) -> None:
    assert words(text) == expected


def test_a_grouped_number_is_one_term_for_the_summary_too() -> None:
    assert language_for("en").terms("1,200 homes") == language_for("en").terms("1200 homes")


PIER = Article(
    title="Night ferry approved",
    paragraphs=(
        "Port Aldwin council approved the night ferry on Wednesday after a long debate about noise and money.",
        "The works on the new pier took more than two and a half years, the council said, and cost 4.5 million "
        "pounds in the end.",
        "The first boats will sail in the spring once the crews are hired, the operator Bayline said on Thursday.",
    ),
)


@pytest.mark.parametrize("question", ["How long did the work on the pier take?", "How many years did building the pier take?"])
def test_a_number_and_a_half_is_bolded_whole_with_its_bound(question: str) -> None:
    assert bold_in(PIER, question) == "more than two and a half years"


CAMPAIGN = Article(
    title="Ground game",
    paragraphs=(
        "The Trump campaign says it has 200 existing offices in the battleground states.",
        "Harris has more than 300 coordinated offices there, her campaign said, and around 2,500 staff.",
        "Les ventes de voitures ont augmenté de 4,3 % en juin, selon l'association des constructeurs.",
    ),
)


@pytest.mark.parametrize(("question", "phrase"), [
    ("How many offices does Harris have?", "more than 300"),
    ("How many staff does Harris have?", "around 2,500"),
    ("How many offices does the Trump campaign have?", "200"),
])
def test_a_count_is_bolded_with_its_bound_and_without_the_thing_it_counts(question: str, phrase: str) -> None:
    """A reader asking "how many offices" reads "more than 300" first: the bound changes the
    number's meaning, while "offices" (or a word before it, "coordinated") only repeats the question."""
    assert bold_in(CAMPAIGN, question) == phrase


def test_a_per_cent_sign_set_apart_stays_with_its_number() -> None:
    french = replace(CAMPAIGN, language="fr")
    assert bold_in(french, "De combien les ventes de voitures ont-elles augmenté en juin ?") == "4,3 %"


SPONSOR = Article(
    title="Speaker training grows",
    paragraphs=(
        "A group of volunteers, led by the developer Jill Binder, trains women to speak at conferences.",
        "The training events are organized by local meetup groups and are always free of charge.",
        "This year, Automattic has signed on as a 50% sponsor of the outreach and training work.",
        "The group invites other partners to pick up the remaining costs of the project.",
    ),
)


def test_half_in_a_question_is_fifty_percent_in_the_article() -> None:
    answer = ask(SPONSOR, "Which company sponsors half of the work?")
    assert answer.found and answer.sentences[0].text.startswith("This year, Automattic")


@pytest.mark.parametrize("question", ["Do the training events cost anything?", "How much does a training event cost?"])
def test_free_of_charge_is_the_price_asked(question: str) -> None:
    answer = ask(SPONSOR, question)
    assert answer.found and answer.sentences[0].text.startswith("The training events are organized")
    assert bold_in(SPONSOR, question) == "free of charge"


def test_free_of_charge_is_no_sum_given() -> None:
    answer = ask(SPONSOR, "How much money has Automattic given?")
    shown = answer.sentences[0].text if answer.found else ""
    assert not shown.startswith("The training events are organized")
