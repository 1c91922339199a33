"""A reader's verb of saying for the article's (issue 14): "Who spoke for Blue Origin?" about
"… said Brent Sherwood, vice president … at Blue Origin", which had been declined as a question the
article meets only in its names; "What did the mayor tell reporters?" about "the mayor said"."""

from __future__ import annotations

from bot.reader.article import Article
from bot.reader.pipeline import ask

LANDERS = Article(
    title="Moon landers",
    paragraphs=(
        "Three companies were picked on Thursday to build landers that could carry astronauts to the moon by 2024.",
        "The contracts are worth $967 million in total, and the first test flights are planned for next year.",
        "“This is a very big deal for us. And we are going,” said Brent Sherwood, vice president of advanced "
        "development at Blue Origin.",
        "The other two companies did not comment on the awards.",
    ),
    language="en",
)

BRIDGE = Article(
    title="Bridge closed",
    paragraphs=(
        "The old river bridge in Northam will be closed for repairs from Monday, the council announced.",
        "Mayor Lisa Grant said the work would take at least six weeks and cost about £2 million.",
        "Drivers will be sent on a diversion through the town centre during the works.",
    ),
    language="en",
)


def test_spoke_for_finds_said_at() -> None:
    answer = ask(LANDERS, "Who spoke for Blue Origin?")
    assert answer.found
    assert "Brent Sherwood" in answer.sentences[0].text


def test_told_finds_said() -> None:
    answer = ask(BRIDGE, "What did the mayor tell people about the cost?")
    assert answer.found
    assert "£2 million" in answer.sentences[0].text


def test_a_verb_of_saying_alone_does_not_make_an_unasked_detail_answered() -> None:
    assert not ask(BRIDGE, "What did Lisa Grant say about the bus fares?").found
