"""A learned reordering of the answer ranking's best candidates, for questions in a reader's own words.

`AnswerIndex.combine` mixes its signals with a few hand-set weights, the same for every question.
Readers who word a question otherwise than the article find the right sentence second or third
more often than first. Here each of the hand ranking's best `CANDIDATES` sentences gets a row of
features, all of them numbers any language has (each signal of `AnswerIndex.parts` over the
question's weight and over the article's best, the hand score and its rank, whether the sentence or
its neighbours hold the asked kind, the share of the question's weight it, its word families and
its paragraph cover, its length, its place in the paragraph, its neighbours' scores, how closely it
words the question), and a linear softmax over the list (conditional logit) orders them. The hand
scores are then handed out again in the model's order, so what comes after (the runner-up mark-down
of `_pick`, declining, the strengths shown) sees scores on the scale it knows.

The model is fitted by `bench/rerank_answers.py --readers` on readers' own questions (the fresh
rounds' fitting rows and the reworded set's dev share) and stored in `bot/reader/data/rerank_model.tsv`
with its gate: it reorders only where the best candidate holds less than `overlap` of the
question's weight (where the question copies the article's words the hand ranking is already
right more often than the model) and never a question asking a measure or a leader, whose narrow
hand rules are better than any weight learnt over them.
"""

from __future__ import annotations

from dataclasses import dataclass
from functools import lru_cache
from importlib.resources import files
from typing import TYPE_CHECKING

import numpy as np

from bot.reader.answer.kinds import MEASURES

if TYPE_CHECKING:
    from bot.reader.answer.index import AnswerIndex, _Parts

CANDIDATES = 20
"""How many of the hand ranking's best sentences the model may reorder."""
TABLE = "rerank_model.tsv"

SIGNALS = ("own", "own_bridged", "paragraphs", "paragraphs_bridged", "prefixes", "title", "pairs")
KIND_GROUPS = ("name", "date", "number", "place", "cause", "measure")
FEATURES = (
    *(f"{s}/weight" for s in (*SIGNALS, "measured")),
    *(f"{s}/best" for s in (*SIGNALS, "measured")),
    "score/best", "score/weight", "rank0", "rank1", "rank2", "log_rank",
    "holds", "lacks", "narrow_holds", "narrow_lacks",
    *(f"{k}_holds" for k in KIND_GROUPS), *(f"{k}_lacks" for k in KIND_GROUPS),
    "before_holds", "after_holds",
    "covered", "covered_prefix", "covered_paragraph", "log_length",
    "first_in_paragraph", "last_in_paragraph", "first_paragraph",
    "before_own/best", "after_own/best", "before_score/best", "after_score/best",
    "tightness", "close/weight", "close/best", "in_order", "in_order/asked",
)
"""What the model weighs, in the order `features` computes them; the model also weighs the
logarithm of "score/best" (`design`), so it can scale the hand score."""


def candidates_of(scores: np.ndarray) -> np.ndarray:
    """The hand ranking's best sentences with a score above zero, best first."""
    order = np.argsort(-scores, kind="stable")[:CANDIDATES]
    return order[scores[order] > 0]


def covered(index: AnswerIndex, parts: _Parts) -> tuple[np.ndarray, float]:
    """Per sentence the weight of the question's words it holds, and the question's whole weight."""
    idf, postings = index._sentences.idf, index._sentences.postings
    unseen = index.tuning.unseen * index._sentences.idf_for(0)
    held = np.zeros(len(index.document.sentences))
    weight = 0.0
    for term in parts.terms:
        w = idf.get(term, unseen)
        weight += w
        if term in postings:
            held[postings[term][0]] += w
    return held, max(weight, 1e-9)


def features(index: AnswerIndex, parts: _Parts, scores: np.ndarray, candidates: np.ndarray) -> np.ndarray:
    """One row of `FEATURES` per candidate. It reads the index's own tables (postings, paragraphs,
    neighbours): the features are the ranking's signals seen from the candidates' side. The shares
    of the question's weight a sentence, its word families and its paragraph hold are summed per
    question word over the postings, for every sentence at once."""
    idf = index._sentences.idf
    unseen = index.tuning.unseen * index._sentences.idf_for(0)
    n = len(scores)
    own_cover, weight = covered(index, parts)
    family, in_paragraph = np.zeros(n), np.zeros(len(index._paragraph_contexts))
    titled = 0.0
    for term in parts.terms:
        w = idf.get(term, unseen)
        prefix = index.family_of(term)
        if prefix in index._prefixes.postings:
            family[index._prefixes.postings[prefix][0]] += w
        if term in index._title_terms:
            titled += w
        elif term in index._paragraphs.postings:
            in_paragraph[index._paragraphs.postings[term][0]] += w
    c = candidates
    same_before, same_after, paragraph_of = index._same_before[c], index._same_after[c], index._paragraph_of
    before, after = np.maximum(c - 1, 0), np.minimum(c + 1, n - 1)
    signals = [getattr(parts, name) for name in SIGNALS]
    signals.append(parts.measured if parts.measured is not None else np.zeros(n))
    held = np.array([signal[c] for signal in signals])
    peaks = np.array([signal.max() for signal in signals])[:, None]
    of_best = np.divide(held, peaks, out=np.zeros_like(held), where=peaks > 0)
    top = max(scores[c[0]], 1e-9)
    rank = np.arange(len(c))
    if parts.holds is not None:
        holds, lacks = parts.holds[c], ~parts.holds[c]
        before_holds, after_holds = parts.holds[before] & same_before, parts.holds[after] & same_after
    else:
        holds = lacks = before_holds = after_holds = np.zeros(len(c), dtype=bool)
    kinds = {"measure" if kind in MEASURES else kind for kind in parts.kinds}
    asked_kinds = np.array([group in kinds for group in KIND_GROUPS])
    own_best = max(parts.own.max(), 1e-9)
    tightness, matched, in_order = index.wording(parts, c)
    close = tightness * matched
    return np.column_stack([
        held.T / weight, of_best.T,
        scores[c] / top, scores[c] / weight, rank == 0, rank == 1, rank == 2, np.log1p(rank),
        holds, lacks, holds & parts.narrow, lacks & parts.narrow,
        holds[:, None] & asked_kinds, lacks[:, None] & asked_kinds,
        before_holds, after_holds,
        own_cover[c] / weight, family[c] / weight, (in_paragraph[paragraph_of[c]] + titled) / weight,
        np.log1p([len(index._term_lists[i]) for i in c]),
        ~same_before, ~same_after, paragraph_of[c] == 0,
        np.where(same_before, parts.own[before], 0.0) / own_best,
        np.where(same_after, parts.own[after], 0.0) / own_best,
        np.where(same_before, scores[before], 0.0) / top, np.where(same_after, scores[after], 0.0) / top,
        tightness, close / weight, close / max(close.max(), 1e-9), in_order, in_order / max(len(parts.asked) - 1, 1),
    ]).astype(float)


def design(rows: np.ndarray) -> np.ndarray:
    """The features plus the logarithm of the hand score over the best (so the model can scale it)."""
    rows = np.asarray(rows, dtype=float)
    return np.column_stack([rows, np.log(np.maximum(rows[:, FEATURES.index("score/best")], 1e-3))])


@dataclass(frozen=True)
class Reranker:
    """A linear softmax over `design`'s columns, each centred and scaled as in fitting, and its gate."""

    weights: np.ndarray
    mean: np.ndarray
    scale: np.ndarray
    top: int = CANDIDATES
    """How many of the hand ranking's best candidates it reorders (the rest keep their place)."""
    overlap: float = 2.0
    """It reorders only where the best candidate holds less than this share of the question's weight."""
    ratio: float = 1.0
    """It reorders only where its favourite is this many times as likely as the hand ranking's first."""
    narrow: bool = True
    """Whether a question asking a measure or a leader (`_Parts.narrow`) keeps the hand order."""

    def logits(self, rows: np.ndarray) -> np.ndarray:
        return ((design(rows) - self.mean) / self.scale) @ self.weights

    def reordered(self, rows: np.ndarray, scores: np.ndarray, narrow: bool) -> np.ndarray:
        """The candidates' hand scores (best first, one row of features each) handed out again in
        the model's order among the first `top`; as they were where the gate keeps the hand order."""
        if (self.narrow and narrow) or rows[:, FEATURES.index("covered")].max() >= self.overlap:
            return scores
        top = min(self.top, len(scores))
        logits = self.logits(rows[:top])
        if logits.max() - logits[0] < np.log(self.ratio):
            return scores
        out = scores.copy()
        out[np.argsort(-logits, kind="stable")] = scores[:top]
        return out

    def reorder(self, index: AnswerIndex, parts: _Parts, scores: np.ndarray) -> np.ndarray:
        """Every sentence's score, the best candidates' reordered (`reordered`). The gate's cheap
        tests come first: most questions that copy the article's words never pay for the features."""
        candidates = candidates_of(scores)
        if len(candidates) < 2 or (self.narrow and parts.narrow):
            return scores
        held, weight = covered(index, parts)
        if held[candidates].max() / weight >= self.overlap:
            return scores
        out = scores.copy()
        out[candidates] = self.reordered(features(index, parts, scores, candidates), scores[candidates], parts.narrow)
        return out

    def to_tsv(self, provenance: str) -> str:
        """The table `parse` reads: comment lines of provenance, the gate, then one row per column."""
        lines = [f"# {line}" if line else "#" for line in provenance.splitlines()]
        lines.append("name\tweight\tmean\tscale")
        lines += [f"gate_top\t{self.top}\t0\t1", f"gate_overlap\t{self.overlap:.6f}\t0\t1",
                  f"gate_ratio\t{self.ratio:.6f}\t0\t1", f"gate_narrow\t{int(self.narrow)}\t0\t1"]
        names = (*FEATURES, "log_score/best")
        lines += [f"{name}\t{w:.6f}\t{m:.6f}\t{s:.6f}" for name, w, m, s in zip(names, self.weights, self.mean, self.scale)]
        return "\n".join(lines) + "\n"


def parse(text: str) -> Reranker:
    """A model from the table's text; a table missing a column (written before it was added) is an
    error, not a silent zero."""
    rows: dict[str, tuple[float, float, float]] = {}
    for line in text.splitlines():
        if not line.strip() or line.startswith("#") or line.startswith("name\t"):
            continue
        name, weight, mean, scale = line.split("\t")
        rows[name] = (float(weight), float(mean), float(scale))
    names = (*FEATURES, "log_score/best")
    missing = [name for name in ("gate_top", "gate_overlap", "gate_ratio", "gate_narrow", *names) if name not in rows]
    if missing:
        raise ValueError(f"rerank table lacks {', '.join(missing)}: rerun `python -m bench.rerank_answers --readers`")
    found = np.array([rows[name] for name in names])
    return Reranker(found[:, 0], found[:, 1], found[:, 2], top=int(rows["gate_top"][0]),
                    overlap=rows["gate_overlap"][0], ratio=rows["gate_ratio"][0], narrow=bool(rows["gate_narrow"][0]))


@lru_cache(maxsize=1)
def rerank_model() -> Reranker:
    """The model shipped with the bot, read once."""
    return parse(files("bot.reader.data").joinpath(TABLE).read_text(encoding="utf-8"))
