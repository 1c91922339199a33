"""A sentence dating two events sets in bold the day of the one asked about.

"The talks, which began on Monday, were suspended on Friday": "When were the talks suspended?"
asks for Friday; Monday, closer to "talks", dates the beginning, across the comma closing its clause.
"""

from __future__ import annotations

from bot.reader.article import Article
from bot.reader.pipeline import ask

TALKS = Article(
    title="Talks suspended",
    paragraphs=(
        "The talks, which began on Monday, were suspended on Friday after a walkout.",
        "Union leaders said they would return next week.",
    ),
    language="en",
)


def bold(question: str) -> str | None:
    answer = ask(TALKS, question)
    assert answer.found, f"declined {question!r}"
    return answer.sentences[0].text[slice(*answer.phrase)] if answer.phrase else None


def test_each_event_gets_its_own_day_in_bold() -> None:
    assert bold("When were the talks suspended?") == "Friday"
    assert bold("When did the talks begin?") == "Monday"
