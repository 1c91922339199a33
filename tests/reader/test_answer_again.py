"""A verb written solid with "re-" ("reappointed", "renominated") is read as the verb itself where
the bridge tables lack it, as the same verb written with a hyphen already is ("re-nominate")."""

from __future__ import annotations

import pytest

from bot.reader.answer.again import unprefixed
from bot.reader.answer.bridges import bridges_for
from bot.reader.article import Article
from bot.reader.pipeline import ask

OPERA = Article(
    title="Opera board backs its chair",
    paragraphs=(
        "The board of the Metropolitan Opera praised Ann Ziff on Monday for her gifts to the company.",
        "On Wednesday the board voted to re-nominate Ann Ziff as its chairwoman for three more years.",
        "Ziff, 92, gave $30 million to the company last year, the board said on Friday.",
        "The opera's season opens in September with a new production of Verdi's Aida.",
    ),
)


def test_a_verb_the_tables_lack_is_read_without_its_prefix() -> None:
    assert unprefixed("en", "reappoint", bridges_for("en").knows) == "appoint"
    assert unprefixed("en", "renomin", bridges_for("en").knows) == "nomin"


@pytest.mark.parametrize("term", ["report", "research", "releas", "reform", "rebuild"])
def test_a_word_the_tables_know_or_a_short_rest_stays(term: str) -> None:
    assert unprefixed("en", term, bridges_for("en").knows) is None


def test_no_prefix_is_read_in_a_language_without_one() -> None:
    assert unprefixed("de", "reappoint", bridges_for("en").knows) is None


@pytest.mark.parametrize("question", ["When was Ann Ziff reappointed?", "When was Ziff renominated?"])
def test_the_question_finds_the_verb_written_with_a_hyphen(question: str) -> None:
    answer = ask(OPERA, question)
    assert answer.found
    assert answer.sentences[0].text.startswith("On Wednesday the board voted")
