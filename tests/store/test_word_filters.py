"""Include/exclude filters: whole words, any case, phrases side by side, exclude wins."""

from __future__ import annotations

from bot.store.records import WordFilter, normalize_words


def test_no_filter_lets_everything_in() -> None:
    assert WordFilter().matches("Anything at all")


def test_include_matches_whole_words_in_any_case() -> None:
    only_ai = WordFilter(include=("AI",))
    assert only_ai.matches("New ai model beats humans")
    assert only_ai.matches("Quiet day", "Mostly about AI, again")
    assert not only_ai.matches("The minister said no")
    assert not only_ai.matches("Aid arrives")


def test_exclude_wins_over_include() -> None:
    word_filter = WordFilter(include=("python",), exclude=("snake",))
    assert word_filter.matches("Python 3.14 released")
    assert not word_filter.matches("Python is a snake", "and a language")


def test_a_phrase_matches_only_its_words_side_by_side() -> None:
    word_filter = WordFilter(include=("open source",))
    assert word_filter.matches("Why Open  Source wins")
    assert not word_filter.matches("Source code opened")


def test_filter_words_are_not_patterns() -> None:
    assert not WordFilter(include=("colou?r",)).matches("Color theory")
    assert not WordFilter(include=("[a-z]+",)).matches("Anything")


def test_normalized_words_drop_case_repeats_and_empties() -> None:
    assert normalize_words(["Rust", "rust", "  ", "Open   Source"]) == ("rust", "open source")
