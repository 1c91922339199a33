"""Extractive summary: a TL;DR sentence plus the article's most informative sentences.

PLACEHOLDER ranking docstring.
"""

from __future__ import annotations

from dataclasses import dataclass
from enum import Enum

import numpy as np

from bot.reader.document import Document, Sentence
from bot.reader.openers import needs_previous
from bot.reader.language import words


class Length(str, Enum):
    """How long a summary the reader asked for, as a number of sentences (TL;DR included)."""

    SHORT = "short"
    MEDIUM = "medium"
    LONG = "long"

    @property
    def sentences(self) -> int:
        return _LENGTH_SENTENCES[self]


_LENGTH_SENTENCES = {Length.SHORT: 3, Length.MEDIUM: 5, Length.LONG: 8}
_MAX_SHARE = 0.5
"""A named length never takes more than this share of the article: half a page is no summary."""

MIN_WORDS = 6
MAX_WORDS = 70
DAMPING = 0.85
POSITION_DECAY = 0.0
TITLE_WEIGHT = 0.0
LENGTH_POWER = 0.0
DUPLICATE_COSINE = 0.7


@dataclass(frozen=True)
class Summary:
    tldr: Sentence
    sentences: tuple[Sentence, ...]

    @property
    def selected(self) -> tuple[Sentence, ...]:
        """Every chosen sentence, the TL;DR included, in article order."""
        return tuple(sorted((self.tldr, *self.sentences), key=lambda s: s.index))


def summarize(document: Document, length: Length | int) -> Summary:
    sentences = document.sentences
    if not sentences:
        raise ValueError("document has no sentences")
    count = _count(length, len(sentences))
    scores = _scores(document)
    chosen = _select(document, scores, count)
    tldr = max(chosen, key=lambda s: scores[s.index])
    rest = tuple(s for s in sorted(chosen, key=lambda s: s.index) if s is not tldr)
    return Summary(tldr, rest)


def _count(length: Length | int, available: int) -> int:
    if isinstance(length, Length):
        return max(1, min(length.sentences, round(available * _MAX_SHARE)))
    return max(1, min(int(length), available))


def _term_matrix(document: Document) -> np.ndarray:
    vocabulary: dict[str, int] = {}
    rows, cols = [], []
    for sentence in document.sentences:
        for term in sentence.terms:
            rows.append(sentence.index)
            cols.append(vocabulary.setdefault(term, len(vocabulary)))
    matrix = np.zeros((len(document.sentences), max(1, len(vocabulary))))
    np.add.at(matrix, (rows, cols), 1.0)
    return matrix


def _centrality(counts: np.ndarray) -> np.ndarray:
    lengths = counts.sum(axis=1)
    overlap = counts @ counts.T
    np.fill_diagonal(overlap, 0.0)
    logs = np.log(np.maximum(lengths, 1.0))
    norm = logs[:, None] + logs[None, :]
    weights = np.where(norm > 0, overlap / np.where(norm > 0, norm, 1.0), overlap)
    n = len(counts)
    row_sums = weights.sum(axis=1, keepdims=True)
    transition = np.where(row_sums > 0, weights / np.where(row_sums > 0, row_sums, 1.0), 1.0 / n)
    rank = np.full(n, 1.0 / n)
    for _ in range(100):
        new = (1 - DAMPING) / n + DAMPING * (transition.T @ rank)
        if np.abs(new - rank).sum() < 1e-6:
            rank = new
            break
        rank = new
    return rank


def _scores(document: Document) -> np.ndarray:
    counts = _term_matrix(document)
    rank = _centrality(counts)
    rank = rank / rank.max() if rank.max() > 0 else rank
    n = len(rank)
    positions = np.arange(n)
    prior = 1.0 / (1.0 + POSITION_DECAY * positions)
    title = set(document.title_terms)
    title_share = np.array([len(title.intersection(s.terms)) / len(title) if title else 0.0
                            for s in document.sentences])
    return rank * prior * (1.0 + TITLE_WEIGHT * title_share)


def _cosine(counts: np.ndarray) -> np.ndarray:
    norms = np.linalg.norm(counts, axis=1)
    unit = counts / np.where(norms > 0, norms, 1.0)[:, None]
    return unit @ unit.T


def _standalone(sentence: Sentence) -> bool:
    n_words = len(words(sentence.text))
    text = sentence.text.rstrip()
    return MIN_WORDS <= n_words <= MAX_WORDS and not text.endswith("?")


def _select(document: Document, scores: np.ndarray, count: int) -> list[Sentence]:
    sentences = document.sentences
    code = document.language.code
    counts = _term_matrix(document)
    cosine = _cosine(counts)
    order = list(np.argsort(-scores, kind="stable"))
    eligible = [i for i in order if _standalone(sentences[i])] or order
    dependent = {i for i in eligible if needs_previous(sentences[i].text, code)}
    chosen: list[int] = []
    while len(chosen) < count:
        pick = next((i for i in eligible if i not in chosen
                     and (i not in dependent or (i - 1) in chosen)
                     and all(cosine[i, j] < DUPLICATE_COSINE for j in chosen)), None)
        if pick is None:
            break
        chosen.append(pick)
    if not chosen:
        chosen = [eligible[0]]
    return [sentences[i] for i in chosen]
