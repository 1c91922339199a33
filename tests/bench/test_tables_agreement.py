"""The French myThes table's build: a pair is weighed by how many sources agree on it."""

from __future__ import annotations

import gzip
from pathlib import Path

import pytest

from bench.tables import agreement
from bench.tables.agreement import build, gather, same_family
from bot.reader.answer.terms import question_terms
from bot.reader.text.language import language_for

MYTHES = """UTF-8
détenir|2
(Verbe)|arrêter|capturer
(Verbe)|calmer|retenir|garder|conserver|posséder|maintenir|tenir|occuper|bloquer
arrêter|1
(Verbe)|détenir|capturer
capturer|1
(Verbe)|détenir|arrêter
appréhender|1
(Verbe)|détenir|arrêter
emprisonner|1
(Verbe)|détenir|arrêter
"""
"""A myThes file: every pair listed both ways, as in the real files; "appréhender"'s and
"emprisonner"'s lines hold "détenir" and "arrêter" once more, "capturer" only "arrêter"'s does, "calmer"
comes from one long line only."""


def _stem(word: str) -> str:
    return question_terms(language_for("fr"), word)[0]


@pytest.fixture
def no_wordnet(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    """The build with no wordnet table beside it, so only the thesaurus and word families count."""
    monkeypatch.setattr(agreement, "DATA", tmp_path)
    return tmp_path


def test_a_pair_two_other_entries_repeat_is_kept_and_a_lone_listing_is_left_out(tmp_path: Path, no_wordnet: Path) -> None:
    path = tmp_path / "thes_fr.dat"
    path.write_text(MYTHES, encoding="utf-8")
    weights = dict(build("fr", path)[_stem("détenir")])
    assert weights == {_stem("arrêter"): 1.0}  # "capturer" is held by one other line only


def test_the_wordnet_table_or_a_word_family_confirms_a_pair(tmp_path: Path, no_wordnet: Path) -> None:
    path = tmp_path / "thes_fr.dat"
    path.write_text("UTF-8\nfinance|1\n(Nom)|financier|budget|argent\n", encoding="utf-8")
    with gzip.open(no_wordnet / "bridges_fr_omw.tsv.gz", "wt", encoding="utf-8") as handle:
        handle.write(f"{_stem('argent')}\t{_stem('finance')}:1\n")
    assert dict(build("fr", path)[_stem("finance")]) == {_stem("financier"): 1.0, _stem("argent"): 1.0}


def test_a_words_own_lines_do_not_confirm_each_other(tmp_path: Path) -> None:
    path = tmp_path / "thes_fr.dat"
    path.write_text("UTF-8\napaiser|1\n(Verbe)|calmer\ncalmer|1\n(Verbe)|apaiser\n", encoding="utf-8")
    assert gather("fr", path).shared(_stem("apaiser"), _stem("calmer")) == 0


def test_one_word_family_is_a_stem_beginning_or_ending_another() -> None:
    assert same_family("arbeit", "mitarbeit") and same_family("polic", "policial")
    assert not same_family("mit", "mitarbeit")  # too short to be a family
