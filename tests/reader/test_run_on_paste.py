"""Pasted text that lost its line breaks: clutter is found inside the line, the story is kept whole."""

from __future__ import annotations

from bot.reader.pipeline import read_text
from tests.cli.test_odd_input import ONE_LINE, STORY, TITLE

PROSE = [
    "Home Secretary Anna Berg said on Monday that the new ferry rules would come into force next year.",
    "More than a hundred people came to the meeting in the town hall, officials said afterwards.",
    "Share prices of the ferry company rose by four per cent after the announcement.",
    "Light rain did not keep the crowd from queuing outside the hall for an hour.",
    "Search teams had spent the weekend looking for a missing sailor near the harbour mouth.",
    "The sailor was found safe on Sunday evening on a small island in the bay.",
    "Read the full report of the meeting in the council's minutes, which are published every month.",
    "Council members will vote on the ferry budget in the autumn, the mayor said.",
    "The ferry company said it would hire twelve more crew members for the night boats.",
]


def test_a_story_pasted_on_one_line_loses_its_furniture_and_keeps_its_sentences() -> None:
    article = read_text(ONE_LINE)
    assert article.title == TITLE
    assert article.paragraphs == tuple(STORY)


def test_prose_pasted_on_one_line_keeps_every_sentence_whole() -> None:
    """Sentences may start with words that are menu items elsewhere ("Home", "Share", "Light")."""
    article = read_text(" ".join(PROSE))
    assert article.paragraphs == tuple(PROSE)
    assert article.title.startswith("Home Secretary Anna Berg said")


def test_a_title_is_made_of_words_never_of_lone_dots() -> None:
    article = read_text(". . . . " + " ".join(STORY))
    assert article.title.startswith("The harbour council approved")


def test_an_endless_paste_is_read_from_its_beginning_only() -> None:
    """Past the first thousand sentences nothing is summarized, so nothing past a bound is read."""
    endless = " ".join(f"Volunteer number {n} planted a row of beans on the roof today." for n in range(30_000))
    article = read_text(endless)
    assert article.paragraphs[0].startswith("Volunteer number 0 ")
    assert 1_000 <= len(article.paragraphs) < 5_000


def test_a_short_paste_on_one_line_is_cut_too() -> None:
    """A text that is a single line is read as run-on however few sentences it has."""
    pasted = " ".join(["Skip to main content Menu Search Theme Light Dark Font size",
                       "Sign up for our newsletter", *STORY[:3], "Share this article"])
    article = read_text(pasted)
    assert article.paragraphs == tuple(STORY[:3])
