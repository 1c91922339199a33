"""bench.tune_answers --kinds: how often the asked kind's cue is in the gold sentence and how often
it fires on the other candidates, per kind and language (issue 14: "where -> a place"). The cases
are built here from a written article, so the report is checked in a second."""

from __future__ import annotations

import numpy as np

from bench.tune_answers import Case, kind_recall
from bot.reader.answer.index import DEFAULT_TUNING, AnswerIndex
from bot.reader.article import Article
from bot.reader.text.document import build_document

FLOOD = Article(
    title="The flood",
    paragraphs=(
        "The flood reached the old mill on Tuesday, the council said.",
        "The flood closed the school in Leeds for a week.",
        "The flood was the worst in a decade.",
    ),
    language="en",
)


def _case(index: AnswerIndex, question: str, gold: int) -> Case:
    hits = np.zeros(len(index.document.sentences), dtype=bool)
    hits[gold] = True
    case = Case("reworded", "tuned", index, question, True, hits)
    case.parts = index.parts(question)
    return case


def test_recall_counts_the_gold_sentence_and_firing_the_other_candidates(capsys) -> None:
    """The place ("in Leeds") is in the gold sentence of the first question (asked three times) and
    not of the second (twice): recall 3 of 5. Each question has two other candidates sharing
    "flood"; only the Leeds sentence, a candidate of the second question, names a place: 2 of 10."""
    index = AnswerIndex(build_document(FLOOD))
    kind_recall([_case(index, "Where did the flood close a school?", 1)] * 3
                + [_case(index, "Where did the flood reach?", 0)] * 2, DEFAULT_TUNING)
    row = next(line.split() for line in capsys.readouterr().out.splitlines() if line.startswith("reworded"))
    assert row[1:] == ["place", "en", "5", "0.60", "0.20"]
