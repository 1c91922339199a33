"""A question's comparative or superlative ("highest", "biggest") meets the plain adjective the
article writes ("an all-time high"): the English WordNet table joins the graded forms to it."""

from __future__ import annotations

from bot.reader.article import Article
from tests.reader.test_answer import best_text

RIVER = Article(
    title="River levels return to normal",
    paragraphs=(
        "The river flooded the old town in the spring of 1998 and again in 2003.",
        "In 1947 the river reached an all-time high of 9 metres at the town bridge.",
        "The town built a new wall along the river in 2010.",
    ),
)


def test_highest_finds_an_all_time_high() -> None:
    assert best_text(RIVER, "When was the river at its highest?").startswith("In 1947")
