"""The English WordNet table's build: which adjectives get graded forms, and which forms."""

from __future__ import annotations

from bench.tables.wordnet import _graded, _short


def test_short_adjectives_take_er_and_est_and_long_ones_do_not() -> None:
    assert _short("high") and _short("large") and _short("early")
    assert not _short("abject") and not _short("abandoned")


def test_graded_forms_follow_the_spelling_of_the_ending() -> None:
    assert set(_graded("high")) >= {"higher", "highest"}
    assert set(_graded("big")) >= {"bigger", "biggest"}
    assert _graded("large") == ("larger", "largest")
    assert _graded("early") == ("earlier", "earliest")
