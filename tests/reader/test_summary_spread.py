"""Issue 15 on untuned long features (summ33, 2026-12-02): a long feature's best-rated sentences can
cluster in one paragraph of argument, and a summary of three of them leaves out what the other
paragraphs state. A summary of a long text in paragraphs takes one sentence a paragraph while other
paragraphs have one to give (`compose.select`). Story written here."""

from __future__ import annotations

import numpy as np

from bot.reader.article import Article
from bot.reader.summary.compose import leans_on_previous, select
from bot.reader.summary.features import NUT_GRAF_SENTENCES
from bot.reader.text.document import build_document

PLACES = ("the mill", "the church", "the hill road", "the clinic", "the square", "the station", "the canal", "the harbour",
          "the valley", "the bridge", "the school", "the market", "the forest", "the lake", "the quarry", "the castle")
TRADES = ("baker", "tailor", "farmer", "nurse", "postman", "student", "priest", "driver", "florist", "fisherman", "teacher")


def _sentence(i: int) -> str:
    return f"The {TRADES[i % len(TRADES)]} by {PLACES[i % len(PLACES)]} still remembers the winter of {1900 + i} well."


def _document(paragraph_sizes: tuple[int, ...]):
    texts = iter(_sentence(i) for i in range(sum(paragraph_sizes)))
    paragraphs = tuple(" ".join(next(texts) for _ in range(size)) for size in paragraph_sizes)
    return build_document(Article(title="A long feature", paragraphs=paragraphs))


def _chosen_paragraphs(document, scores: np.ndarray, count: int) -> list[int]:
    return sorted(s.paragraph for s in select(document, scores, count, leans_on_previous(document)))


def test_a_long_text_takes_one_sentence_a_paragraph():
    document = _document((4,) * (NUT_GRAF_SENTENCES // 4))
    scores = np.zeros(len(document.sentences))
    scores[4:8] = [9.0, 8.0, 7.0, 6.0]  # the whole second paragraph rates best
    scores[20], scores[40] = 5.0, 4.0
    paragraphs = _chosen_paragraphs(document, scores, 3)
    assert paragraphs.count(1) == 1, "one sentence of the best paragraph, then the best of the others"
    assert document.sentences[20].paragraph in paragraphs and document.sentences[40].paragraph in paragraphs


def test_a_short_text_or_a_long_summary_is_not_spread():
    document = _document((4,) * 10)
    scores = np.zeros(len(document.sentences))
    scores[4:8] = [9.0, 8.0, 7.0, 6.0]
    assert _chosen_paragraphs(document, scores, 3) == [1, 1, 1], "a news story of 40 sentences is rated as it is"
    long_ = _document((4,) * (NUT_GRAF_SENTENCES // 4))
    scores = np.zeros(len(long_.sentences))
    scores[4:8] = [9.0, 8.0, 7.0, 6.0]
    assert _chosen_paragraphs(long_, scores, 12).count(1) == 4, "more than eight sentences follow the ratings"


def test_a_text_of_few_paragraphs_still_gets_its_sentences():
    document = _document((NUT_GRAF_SENTENCES // 2, NUT_GRAF_SENTENCES // 2))
    scores = np.arange(len(document.sentences), dtype=float)
    assert len(_chosen_paragraphs(document, scores, 5)) == 5, "once every paragraph has given one, the ratings decide"
