"""Questions from pages first asked untuned (bench/reworded, 2026-11-30, fifth round): answers the
decline model took away for words that only looked like a changed fact."""

from __future__ import annotations

import numpy as np
import pytest

from bot.reader.answer.decline import FEATURES, details
from bot.reader.answer.index import AnswerIndex
from bot.reader.article import Article
from bot.reader.text.document import build_document
from bot.reader.text.language import words
from tests.reader.test_answer import ask, best_text

SPURS = Article(
    title="Tottenham appoint Mourinho",
    language="en",
    paragraphs=(
        "Mourinho, who has been out of work since his Old Trafford exit, signed a contract until 2023.",
        "Tottenham sacked Mauricio Pochettino on Tuesday after a poor start to the season.",
        "Mourinho won the Champions League with Porto and Inter Milan.",
    ),
)

DRY_SPELL = Article(
    title="Utility cuts power as winds rise",
    language="en",
    paragraphs=(
        "The utility expects strong winds across the region on Wednesday.",
        "One Napa County reporting station hasn't seen a measurable drop of rain since mid-September, "
        "the first time that's happened since 1905, a meteorologist said.",
        "Crews will inspect the lines before power is restored.",
    ),
)

def test_a_word_inside_a_name_is_no_antonym_of_a_question_word() -> None:
    """"Old Trafford" is a stadium, not the opposite of the question's "new"."""
    for question in ("Until when does the new coach's contract run?", "Until when has the new coach signed?"):
        assert "until 2023" in best_text(SPURS, question)


def test_last_saying_when_is_no_rank_the_sentence_must_repeat() -> None:
    """"When did X last go this long without rain?" asks for the most recent time, and "the first
    time since 1905" answers it: neither a changed rank nor an antonym."""
    for question in (
        "When did Napa County last go this long without rain?",
        "When did Napa last go so long without rain?",
    ):
        assert "since 1905" in best_text(DRY_SPELL, question)


@pytest.mark.parametrize(
    ("question", "sentence"),
    [
        ("How many people visited the show last year?", "Organisers expect 700,000 people to visit the show this year."),
        ("Who scored in the last game?", "Kane scored twice in the first game."),
    ],
)
def test_last_before_a_noun_of_time_or_after_the_still_counts_as_a_changed_fact(question, sentence) -> None:
    """"last year" is another year than "this year", and "the last game" another game than the
    first: the decline model still sees the question's detail missing from the sentence."""
    missing, _ = details("en", words(question), words(sentence))
    assert missing


ELECTION = Article(
    title="Party accused of misleading voters",
    language="en",
    paragraphs=(
        "Britain's Conservative Party was accused of trying to mislead voters during a televised debate.",
        "All parties are devoting much of their campaign spending to online ads before the Dec. 12 election.",
        "The Electoral Commission said voters are entitled to transparency from campaigners.",
    ),
)


@pytest.mark.parametrize(
    ("when", "what_date"),
    [
        ("When is the election?", "On what date is the election?"),
        ("When will the election take place?", "On what date will the election take place?"),
    ],
)
def test_on_what_date_is_as_sure_of_the_article_as_when(when, what_date) -> None:
    """An article gives the date ("Dec. 12"), never the word "date": the word names the kind
    asked, as "when" does, and must not make the question look half covered."""
    plain, dated = ask(ELECTION, when), ask(ELECTION, what_date)
    assert dated.found and "Dec. 12" in dated.sentences[0].text
    assert dated.score >= 0.9 * plain.score, f"{dated.score:.2f} against {plain.score:.2f}"


OFFICES = Article(
    title="Medicine under the Yuan",
    language="en",
    paragraphs=(
        "The physician Jesus the Interpreter founded the Office of Western Medicine in 1263 during the reign of Kublai.",
        "Chinese physicians served in the imperial academy alongside scholars from Persia.",
    ),
)


def antonym_in_sentence(article: Article, question: str) -> float:
    """The decline model's feature for the best sentence: a question word whose antonym it holds."""
    index = AnswerIndex(build_document(article))
    parts = index.parts(question)
    scores = index.combine(parts, index.tuning)
    best = int(np.argmax(scores))
    evidence = index.evidence(question, parts, scores, best, index.support(question, parts, best))
    return evidence[FEATURES.index("antonym_in_sentence")]


def test_a_word_swapped_inside_a_name_the_question_names_still_counts_as_an_antonym() -> None:
    """The question names the same office with one word turned around ("the Office of eastern
    Medicine"): a changed fact, as in SQuAD 2.0, unlike "Old Trafford" against a "new" coach."""
    assert antonym_in_sentence(OFFICES, "When was the Office of eastern Medicine founded?") == 1.0
    assert antonym_in_sentence(SPURS, "Until when does the new coach's contract run?") == 0.0
