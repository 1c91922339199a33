"""A reader's "survey" is the article's "poll" and back (`synonyms.tsv`): "Who ran the survey?" about
a column saying "A new poll by Bloomberg News ..." got a sentence holding the word "survey" that
names only the people asked ("58 percent of women"), in a new-user check; WordNet joins "poll" to
"survey" only one way, a step up, and "survey" to "poll" not at all."""

from __future__ import annotations

from bot.reader.article import Article
from bot.reader.pipeline import ask

COLUMN = Article(
    title="Parents and football",
    paragraphs=(
        "A new poll by Bloomberg News indicates parents are turning away from the sport.",
        "Coaches say fewer boys sign up every autumn.",
        "One bright note in the findings: 58 percent of women oppose their sons playing football.",
    ),
    language="en",
)


def test_a_survey_is_a_poll() -> None:
    assert "Bloomberg News" in ask(COLUMN, "Who ran the survey?").sentences[0].text

