"""Summary methods by name: the bot's learned ranker and sumy's summarizers, one table entry each.

Every method is a sumy summarizer set up the same way (the bot's Snowball stemmer and stop words)
and only rates sentences here: the readability rules in `compose` pick from those ratings, so the
TL;DR, the pairing of leaning sentences and the duplicate check work alike for every method.

sumy's rankers are pure-Python loops over sentence pairs (at 1,000 sentences LexRank took 6.1 s,
KL-Sum 585 s), so on a long page they rate only the sentences closest to the article's TF-IDF
centroid (`Method.candidates`; one matrix-vector product, cheaper than the learned ranker and
blind to position, so the choice stays the method's own); the others rank below those, in
centroid order. `python -m bench.speed` times every method on a 1,000-sentence page.
"""

from __future__ import annotations

from collections import Counter
from collections.abc import Callable
from dataclasses import dataclass

import numpy as np
from sumy.summarizers._summarizer import AbstractSummarizer, SentenceInfo
from sumy.summarizers.edmundson import EdmundsonSummarizer
from sumy.summarizers.kl import KLSummarizer
from sumy.summarizers.lex_rank import LexRankSummarizer
from sumy.summarizers.lsa import LsaSummarizer
from sumy.summarizers.luhn import LuhnSummarizer
from sumy.summarizers.reduction import ReductionSummarizer
from sumy.summarizers.sum_basic import SumBasicSummarizer
from sumy.summarizers.text_rank import TextRankSummarizer

from bot.reader.summary.dom import document_model
from bot.reader.summary.features import centroid_similarity, term_matrix
from bot.reader.summary.learned import LearnedSummarizer
from bot.reader.text.document import Document
from bot.reader.text.language import words

DEFAULT_METHOD = "learned"
CANDIDATES = 100
"""Sentences a pure-Python sumy ranker rates on a long page: 0.1 to 0.25 s of CPU for 100."""
KL_CANDIDATES = 60
"""KL-Sum re-scores every sentence against the growing summary (cubic): 100 would take 0.6 s."""
NULL_WORDS = 20
"""For a language with no stop-word list, the text's most frequent words are Edmundson's null words."""

Factory = Callable[[Document], AbstractSummarizer]


@dataclass(frozen=True)
class Method:
    build: Factory
    candidates: int | None
    """How many sentences it rates on a long page; None rates them all (the fast learned ranker)."""


def _sumy(summarizer_class: type[AbstractSummarizer]) -> Factory:
    def build(document: Document) -> AbstractSummarizer:
        summarizer = summarizer_class(document.language.stem)
        summarizer.stop_words = document.language.stop_words
        return summarizer
    return build


def _edmundson(document: Document) -> AbstractSummarizer:
    """Edmundson's title and location methods, null words being the stop words (or, for a language
    with no list, the text's most frequent words).

    His cue method needs hand-made bonus and stigma dictionaries, which the bot has for no
    language; the openers that make a sentence lean on the one before, tried as stigma words, cost
    0.011 ROUGE-1 on 150 BBC articles.
    """
    language = document.language
    frequent = Counter(w.lower() for s in document.sentences for w in words(s.text))
    summarizer = EdmundsonSummarizer(language.stem, cue_weight=0.0)
    summarizer.null_words = language.stop_words or [w for w, _ in frequent.most_common(NULL_WORDS)]
    return summarizer


METHODS: dict[str, Method] = {
    "learned": Method(lambda document: LearnedSummarizer(), None),
    "lexrank": Method(_sumy(LexRankSummarizer), CANDIDATES),
    "textrank": Method(_sumy(TextRankSummarizer), CANDIDATES),
    "lsa": Method(_sumy(LsaSummarizer), CANDIDATES),
    "luhn": Method(_sumy(LuhnSummarizer), CANDIDATES),
    "edmundson": Method(_edmundson, CANDIDATES),
    "kl": Method(_sumy(KLSummarizer), KL_CANDIDATES),
    "sumbasic": Method(_sumy(SumBasicSummarizer), CANDIDATES),
    "reduction": Method(_sumy(ReductionSummarizer), CANDIDATES),
}


def rate(document: Document, method: str = DEFAULT_METHOD) -> np.ndarray:
    """One rating per sentence of the Document by the named method (higher is better)."""
    chosen = METHODS[method]
    count = len(document.sentences)
    if chosen.candidates is None or count <= chosen.candidates:
        order = np.arange(count)
    else:
        order = np.argsort(-centroid_similarity(term_matrix(document)), kind="stable")
    return _ratings(chosen.build(document), document, order[:chosen.candidates], order)


def _ratings(summarizer: AbstractSummarizer, document: Document, indexes: np.ndarray,
             order: np.ndarray) -> np.ndarray:
    """The summarizer's ratings of the sentences at `indexes`; the rest rank below them, in `order`.

    sumy's summarizers keep their ratings to themselves and return only the best sentences; each
    hands every rated sentence, best first, to the `sentences_count` callable, which keeps them all.
    """
    rated: dict[int, float] = {}

    def keep_all(infos: list[SentenceInfo]) -> list[SentenceInfo]:
        rated.update((info.sentence.index, float(info.rating)) for info in infos)
        return infos

    summarizer(document_model(document, indexes), keep_all)
    ratings = np.zeros(len(document.sentences))
    ratings[list(rated)] = list(rated.values())
    floor = min(rated.values(), default=0.0) - 1.0
    rest = [i for i in order.tolist() if i not in rated]
    ratings[rest] = floor - np.arange(len(rest))
    return ratings
