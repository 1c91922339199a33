"""Speakers met in the newcomer trial of round 23 (bench/reworded/README.md, "Trial 23 newcomer"): a
relative named after a possessive the apostrophe alone marks (`Stevens’ mother, Janet`), and
relatives beyond the closest family."""

from __future__ import annotations

from bot.reader.article import Article
from bot.reader.text.document import build_document
from bot.reader.quotes.quotations import all_quotes


def _speakers(*paragraphs: str) -> list[str | None]:
    return [quote.speaker for quote in all_quotes(build_document(Article("Story", paragraphs)))]


def test_a_relative_after_a_possessive_written_with_the_apostrophe_alone_speaks() -> None:
    assert _speakers(
        "The parents of local woman Laura Stevens said Wednesday that they had accepted her choice.",
        "“To be honest, we were quite surprised at first,” said Stevens’ mother, Janet, who noted the stares.",
        "“He has been a good friend to all of us,” said Jones' father, Ed.",
    ) == ["Janet Stevens", "Ed Jones"]


def test_an_uncle_or_a_girlfriend_named_after_the_kin_noun_speaks_with_the_family_surname() -> None:
    assert _speakers(
        "Laura Stevens opened her bakery on Main Street in March.",
        "“Nobody expected the queue to reach the corner,” said Laura's uncle Peter.",
        "“She has worked for this since school,” said Stevens's girlfriend, Mia Ortiz.",
    ) == ["Peter Stevens", "Mia Ortiz"]


def test_a_plural_in_lower_case_before_an_apostrophe_owns_no_name() -> None:
    assert _speakers(
        "Travis Kelce spoke on his podcast about the festival weekend.",
        "“I like to see it from the fans’ perspective,” Kelce said.",
    ) == ["Travis Kelce"]
