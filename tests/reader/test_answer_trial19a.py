"""What a reader met on pages nobody had tuned on (trial 19a: two reports of one medical case, a
native-advertising study, a guide to retiring early, a moon's water vapour): "why" questions about
something the article gives no reason for, the name of someone or something the article mentions
but never names, and "how many" met by a number counting another thing beside the counted word."""

from __future__ import annotations

import pytest

from bot.reader.article import Article
from bot.reader.pipeline import ask
from tests.support.reading import bold

CASE = Article(
    title="The quilt that made a baker ill",
    paragraphs=(
        "A 51-year-old baker from Dundee spent four months short of breath before anyone found the cause.",
        "Hale asked about his home: Peter Grant lived in a small flat with his wife. They had bought a new down quilt in the spring, "
        "and he slept under it every night.",
        "His doctor first treated him for a chest infection. A lung specialist, Dr. Ruth Hale, later found "
        "that he was allergic to the feathers because his blood showed antibodies to bird proteins.",
        "Ruth Hale, a lung scientist who led the investigation, said two of the three scans looked normal at first.",
        "Hale and her team wrote up the case in a medical journal.",
    ),
    language="en",
)

TOOLS = Article(
    title="A study of ad formats",
    paragraphs=(
        "The study was run by the company's analytics team over six months.",
        "Quick Lens™, the company's patented image matching tool, picks the pictures shown beside each ad.",
        "The company uses a telescope of data, its staff joke, to look at billions of ads.",
    ),
    language="en",
)


def test_a_why_question_meeting_no_reason_near_the_best_sentence_is_declined() -> None:
    question = "Why did the couple buy a down quilt?"
    answer = ask(CASE, question)
    assert not answer.found, f"answered {question!r} with {answer.sentences[0].text!r}"


def test_a_why_question_whose_sentence_gives_the_reason_is_answered() -> None:
    answer = ask(CASE, "Why was he allergic to the feathers?")
    assert answer.found
    assert "because his blood showed antibodies" in answer.sentences[0].text


@pytest.mark.parametrize(
    ("article", "question"),
    [(CASE, "What is the name of Peter Grant's wife?"), (TOOLS, "What is the telescope called?")],
)
def test_the_name_of_someone_or_something_the_article_never_names_is_declined(article: Article, question: str) -> None:
    answer = ask(article, question)
    assert not answer.found, f"answered {question!r} with {answer.sentences[0].text!r}"


def test_a_name_before_a_long_apposition_answers_what_the_thing_is_called() -> None:
    answer = ask(TOOLS, "What is the company's image matching tool called?")
    assert answer.found
    assert bold(answer) == "Quick Lens"


def test_a_number_counting_another_thing_beside_the_counted_word_is_no_count_of_it() -> None:
    answer = ask(CASE, "How many scientists were on Hale's team?")
    assert not answer.found, f"answered with {answer.sentences[0].text!r}"


def test_a_name_right_after_the_asked_noun_is_bold_whole_though_it_holds_a_question_word() -> None:
    article = Article(
        title="A rare lung disease",
        paragraphs=(
            "The doctors wrote up the case.",
            "The notes were published on Monday (Nov. 4) in the journal Chest Case Notes.",
        ),
        language="en",
    )
    assert bold(ask(article, "Which journal printed the notes?")) == "Chest Case Notes"


PARSER = Article(
    title="A faster parser",
    paragraphs=(
        "The new parser reads a document at about 2 GB/s, roughly speaking twenty times the speed of the old one.",
        "Its tank-sized test machine holds 500 litres of cooling water.",
    ),
    language="en",
)


def test_how_much_of_something_the_article_never_names_is_declined() -> None:
    answer = ask(PARSER, "How much memory does the new parser use?")
    assert not answer.found, f"answered with {answer.sentences[0].text!r}"


def test_how_much_of_something_the_article_names_is_answered() -> None:
    answer = ask(PARSER, "How much water does the test machine hold?")
    assert answer.found
    assert "500 litres" in answer.sentences[0].text
