"""Speakers of the classes untuned English and German pages showed (round 32; invented sentences here): a paper
quoting someone `as saying` after the quotation (`“…,” local newspapers quote Lopez as saying`), whose words they
are, not the paper's."""

from __future__ import annotations

import pytest

from bot.reader.article import Article
from bot.reader.quotes.quotations import all_quotes
from bot.reader.text.document import build_document


def _quotes(language: str, *paragraphs: str) -> list[tuple[str | None, str]]:
    document = build_document(Article("Story", paragraphs, language=language))
    return [(quote.speaker, piece) for quote in all_quotes(document) for piece in quote.parts]


@pytest.mark.parametrize("attribution", [
    "local newspapers quote Lopez as saying.",
    "Lopez was quoted as saying.",
    "the Tribune quoted her as telling a neighbour.",
])
def test_whom_a_paper_quotes_as_saying_something_said_it(attribution: str) -> None:
    quotes = _quotes(
        "en",
        "Maria Lopez, 20, was arrested on Friday at her home in the city.",
        f"“I don’t regret it, I don’t regret it at all,” {attribution}",
    )
    assert [speaker for speaker, _ in quotes] == ["Maria Lopez"]


def test_a_paper_quoting_a_named_official_gives_the_official() -> None:
    quotes = _quotes(
        "en",
        "The flood reached the old town on Monday night.",
        "“We have never seen the river rise this fast in a single night,” Reuters quoted the mayor, Paul Gray, as saying.",
    )
    assert [speaker for speaker, _ in quotes] == ["Paul Gray"]
