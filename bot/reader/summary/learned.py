"""The bot's own ranker as a sumy summarizer: a learned weighted sum of sentence features.

Each sentence's rating is a weighted sum of its features (`features.sentence_features`: position,
length, TextRank and LexRank centrality, centroid and title overlap, PacSum-style
forward/backward similarity, a few interactions). The weights were learned from two data sets
that pull in opposite directions (`python -m bench.train_summary`, measured by
`python -m bench.summaries`): CNN/DailyMail's human highlights reward the lede, BBC's
machine-picked references reward long, central sentences. A ridge regression of each sentence's
own ROUGE sets the content weights; the "opening" weight, which only fires on a text with no real
paragraph breaks (CNN/DM's texts come as one block; see `features.runs_unbroken`), was then
searched on CNN/DM alone. It came out large: on such a page position decides, as Lead-3 does, and
the content score only orders the rest.

All in numpy, so unlike sumy's pure-Python rankers it rates a 1,000-sentence page in milliseconds.
"""

from __future__ import annotations

import numpy as np
from sumy.summarizers._summarizer import AbstractSummarizer

from bot.reader.summary.dom import ArticleModel, SourcedSentence
from bot.reader.summary.features import FEATURES, sentence_features
from bot.reader.text.document import Document

WEIGHTS: dict[str, float] = {
    "first": -0.091,
    "opening": 128.000,
    "inverse_position": 0.148,
    "relative_position": 0.011,
    "paragraph_start": -0.002,
    "log_words": 0.427,
    "textrank": -0.262,
    "lexrank": -0.339,
    "centroid": -0.969,
    "frequency": 0.127,
    "forward": 0.238,
    "backward": 0.282,
    "title": 0.270,
    "number": 0.077,
    "quote": 0.090,
    "opener": 0.024,
    "nut_graf": 0.900,
    "textrank_x_length": 0.811,
    "lexrank_x_length": 0.928,
    "textrank_squared": 1.000,
    "length_squared": 0.580,
}
"""Learned by `python -m bench.train_summary` (see its docstring); features in `sentence_features`.
"nut_graf" is the exception: it never fires on CNN/DailyMail's unbroken texts and seldom on BBC's
short ones, so it was set by hand on `bench.features`' long features (0.8 to 1.0 alike; about 1.5
standard deviations of a long text's ratings) and the training script keeps it."""


def rank(document: Document) -> np.ndarray:
    """One score per sentence of the whole Document (higher is better)."""
    return sentence_features(document) @ np.array([WEIGHTS[name] for name in FEATURES])


class LearnedSummarizer(AbstractSummarizer):
    """sumy's summarizer interface over `rank`; it reads the Document behind an `ArticleModel`,
    since its features (paragraphs, title, stemmed terms) are the bot's, not sumy's."""

    def __call__(self, document: ArticleModel, sentences_count: int | str) -> tuple[SourcedSentence, ...]:
        return self._get_best_sentences(document.sentences, sentences_count, self.rate_sentences(document))

    @staticmethod
    def rate_sentences(document: ArticleModel) -> dict[SourcedSentence, float]:
        if not isinstance(document, ArticleModel):
            raise TypeError("LearnedSummarizer rates documents built by bot.reader.summary.dom.document_model")
        scores = rank(document.source)
        return {sentence: float(scores[sentence.index]) for sentence in document.sentences}
