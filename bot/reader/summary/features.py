"""What the summary knows about each sentence: position, length, centrality, overlap with the title.

One row of numbers per sentence, one column per name in `FEATURES`, all computed with numpy so a
1,000-sentence page costs milliseconds. The summary weighs these columns with weights learned
offline (`python -m bench.train_summary`); keeping the features here and the weights there lets
the training script and the bot compute exactly the same numbers.
"""

from __future__ import annotations

import re

import numpy as np

from bot.reader.text.document import Document
from bot.reader.text.language import words
from bot.reader.text.marks import QUOTATION_MARKS
from bot.reader.summary.openers import needs_previous
from bot.reader.summary.quotation_pieces import opens_with_quotation

LEDE_SENTENCES = 3
"""An opening paragraph this long (or a page with no paragraph breaks) spreads its lede over it."""
LONG_TEXT_SENTENCES = 40
"""From this length on a text is a feature or a long report, whose quotations are colour, not its
point (see `compose.pick_tldr`)."""
NUT_GRAF_SENTENCES = 60
"""From this length on a text in paragraphs is a feature whose facts may come after a scene
(`nut_graf`). BBC's stories of 40 to 57 sentences are news reports that state their facts first:
there a nut graf cost the 3-sentence summary ROUGE (see `nut_graf`)."""
NUT_GRAF_PARAGRAPHS = 5
"""The opening paragraphs in which a long text's nut graf is looked for."""
DAMPING = 0.85
_DIGIT = re.compile(r"\d")

FEATURES: tuple[str, ...] = (
    "first",
    "opening",
    "inverse_position",
    "relative_position",
    "paragraph_start",
    "log_words",
    "textrank",
    "lexrank",
    "centroid",
    "frequency",
    "forward",
    "backward",
    "title",
    "number",
    "quote",
    "opener",
    "nut_graf",
    "textrank_x_length",
    "lexrank_x_length",
    "textrank_squared",
    "length_squared",
)
"""The last four let a weighted sum bend: BBC's references favour sentences that are both central
and long more than either property alone predicts."""


def sentence_features(document: Document) -> np.ndarray:
    """Sentences x `FEATURES`, each column scaled to about 0..1 within the article."""
    sentences = document.sentences
    n = len(sentences)
    index = np.arange(n, dtype=float)
    counts = term_matrix(document)
    lengths = np.array([max(1, len(words(s.text))) for s in sentences], dtype=float)
    opening = 1.0 - index / n if runs_unbroken(document) else np.zeros(n)
    similarity = _tfidf_cosine(counts)
    np.fill_diagonal(similarity, 0.0)
    columns = {
        "first": (index == 0).astype(float),
        "opening": opening,
        "inverse_position": 1.0 / (index + 1.0),
        "relative_position": index / n,
        "paragraph_start": np.array(
            [i == 0 or s.paragraph != sentences[i - 1].paragraph for i, s in enumerate(sentences)], dtype=float),
        "log_words": np.log(lengths) / np.log(50.0),
        "textrank": _scaled(pagerank(_textrank_edges(counts))),
        "lexrank": _scaled(pagerank(cosine(counts))),
        "centroid": centroid_similarity(counts),
        "frequency": _scaled(_frequency(counts)),
        "forward": _scaled(np.triu(similarity).sum(axis=1)),
        "backward": _scaled(np.tril(similarity).sum(axis=1)),
        "title": _title_overlap(document, counts),
        "number": np.array([bool(_DIGIT.search(s.text)) for s in sentences], dtype=float),
        "quote": np.array([any(mark in s.text for mark in QUOTATION_MARKS) for s in sentences], dtype=float),
        "opener": np.array([needs_previous(s.text, document.language.code) for s in sentences], dtype=float),
        "nut_graf": nut_graf(document),
    }
    columns["textrank_x_length"] = columns["textrank"] * columns["log_words"]
    columns["lexrank_x_length"] = columns["lexrank"] * columns["log_words"]
    columns["textrank_squared"] = columns["textrank"] ** 2
    columns["length_squared"] = columns["log_words"] ** 2
    return np.column_stack([columns[name] for name in FEATURES])


def runs_unbroken(document: Document) -> bool:
    """True when the text has no real paragraph breaks: its first paragraph holds at least
    `LEDE_SENTENCES` sentences and at least half of all of them.

    CNN/DailyMail's texts, and text pasted without line breaks, come as one block; such a text
    spreads its lede over its first few sentences, so there position itself ("opening") carries
    the ranking. A page split into paragraphs has a one-sentence lede (the "first" feature covers
    it) or, in a feature, a first paragraph of scene-setting: there the opening is no evidence.
    """
    sentences = document.sentences
    first_paragraph = sentences[0].paragraph
    in_first = sum(s.paragraph == first_paragraph for s in sentences)
    return in_first >= LEDE_SENTENCES and in_first * 2 >= len(sentences)


def nut_graf(document: Document) -> np.ndarray:
    """1.0 for a long text's nut graf, 0.0 elsewhere: the first sentence of its opening
    (`NUT_GRAF_PARAGRAPHS` paragraphs) that reads on its own (no opener pointing back, no
    quotation) and holds a number and a capitalised word after its first (`_states_specifics`).

    A feature in paragraphs sets a scene and then says what happened, to whom, when and how much:
    "Am Sonntag, 15. März 2020, verkündete der saarländische Ministerpräsident Tobias Hans, dass
    die Grenze zu Frankreich … geschlossen sei." after an anecdote of Helmut Kohl at the border.
    The ranker, preferring long sentences central to the whole text, took the TL;DR from the scene
    or from the body's reactions. Only a long text (`NUT_GRAF_SENTENCES`) in paragraphs gets one:
    an unbroken text has its lede in `opening`, and CNN/DailyMail's and BBC's summaries, from which
    the other weights were learned, are news stories that state their facts first (from 40
    sentences on, the nut graf changed 21 of BBC's 1,318 summaries and cost ROUGE-1 / 2 0.0002 /
    0.0004; from 60 on, it fires on 7). Its weight was set on `bench.features`' long features
    (see `learned.WEIGHTS`), not fitted.
    """
    sentences = document.sentences
    found = np.zeros(len(sentences))
    if len(sentences) < NUT_GRAF_SENTENCES or runs_unbroken(document):
        return found
    opening = sorted({s.paragraph for s in sentences})[:NUT_GRAF_PARAGRAPHS]
    for sentence in sentences:
        if sentence.paragraph > opening[-1]:
            break
        if (_states_specifics(sentence.text) and not needs_previous(sentence.text, document.language.code)
                and not opens_with_quotation(sentence.text)):
            found[sentence.index] = 1.0
            break
    return found


def _states_specifics(text: str) -> bool:
    """A number and a capitalised word other than the first: a name, a place, a date's month (in
    German also any noun, which is capitalised there too)."""
    return bool(_DIGIT.search(text)) and any(word[:1].isupper() for word in words(text)[1:])


def term_matrix(document: Document) -> np.ndarray:
    """Sentences x distinct terms, each cell the number of times the term occurs."""
    vocabulary: dict[str, int] = {}
    rows: list[int] = []
    columns: list[int] = []
    for row, sentence in enumerate(document.sentences):
        for term in sentence.terms:
            rows.append(row)
            columns.append(vocabulary.setdefault(term, len(vocabulary)))
    matrix = np.zeros((len(document.sentences), max(1, len(vocabulary))))
    np.add.at(matrix, (rows, columns), 1.0)
    return matrix


def _textrank_edges(counts: np.ndarray) -> np.ndarray:
    """TextRank's edges (Mihalcea & Tarau 2004) as sumy defines them: shared terms (counting
    repeats, a dot product of count vectors) over the sum of the sentences' log lengths."""
    overlap = gram(counts)
    logs = np.log(np.maximum(counts.sum(axis=1), 1.0))
    norm = logs[:, None] + logs[None, :]
    return np.divide(overlap, norm, out=np.zeros_like(overlap), where=norm > 0)


def pagerank(edges: np.ndarray, iterations: int = 100, tolerance: float = 1e-7) -> np.ndarray:
    """PageRank with damping by power iteration over a sentence graph (self-loops ignored)."""
    n = len(edges)
    weights = edges.copy()
    np.fill_diagonal(weights, 0.0)
    row_sums = weights.sum(axis=1, keepdims=True)
    transition = np.divide(weights, row_sums, out=np.full_like(weights, 1.0 / n), where=row_sums > 0)
    scores = np.full(n, 1.0 / n)
    for _ in range(iterations):
        updated = (1 - DAMPING) / n + DAMPING * (transition.T @ scores)
        converged = np.abs(updated - scores).sum() < tolerance
        scores = updated
        if converged:
            break
    return scores


def cosine(counts: np.ndarray) -> np.ndarray:
    """Sentence x sentence cosine of raw term counts (near-duplicate detection)."""
    return gram(_unit_rows(counts))


def gram(rows: np.ndarray) -> np.ndarray:
    """`rows @ rows.T`, multiplied over only the columns (terms) that two or more rows share: a
    term of one sentence adds to that sentence's own cell alone, which is its squared row. On a
    1,000-sentence Wikipedia page most of the 2,400 terms are in one sentence, and the dense
    products of the summary's three similarity matrices were its slowest part."""
    shared = np.count_nonzero(rows, axis=0) >= 2
    part = rows[:, shared]
    product = part @ part.T
    np.fill_diagonal(product, np.einsum("ij,ij->i", rows, rows))
    return product


def _tfidf(counts: np.ndarray) -> np.ndarray:
    """Term counts weighted by inverse sentence frequency within the article."""
    n = len(counts)
    document_frequency = (counts > 0).sum(axis=0)
    return counts * np.log((n + 1.0) / (document_frequency + 0.5))


def _tfidf_cosine(counts: np.ndarray) -> np.ndarray:
    return gram(_unit_rows(_tfidf(counts)))


def centroid_similarity(counts: np.ndarray) -> np.ndarray:
    """Each sentence's TF-IDF cosine with the whole article's: how much of its topic it carries."""
    weighted = _tfidf(counts)
    centroid = weighted.sum(axis=0)
    norm = np.linalg.norm(centroid)
    return _unit_rows(weighted) @ (centroid / norm) if norm > 0 else np.zeros(len(counts))


def _frequency(counts: np.ndarray) -> np.ndarray:
    """Luhn's idea: a sentence full of the article's most frequent terms is about its topic."""
    totals = counts.sum(axis=0)
    return (counts > 0) @ (totals / max(totals.max(), 1.0))


def _title_overlap(document: Document, counts: np.ndarray) -> np.ndarray:
    title = set(document.title_terms)
    if not title:
        return np.zeros(len(counts))
    return np.array([len(title.intersection(s.terms)) / len(title) for s in document.sentences])


def _unit_rows(matrix: np.ndarray) -> np.ndarray:
    norms = np.linalg.norm(matrix, axis=1)
    return matrix / np.where(norms > 0, norms, 1.0)[:, None]


def _scaled(values: np.ndarray) -> np.ndarray:
    top = values.max() if len(values) else 0.0
    return values / top if top > 0 else np.zeros_like(values)
