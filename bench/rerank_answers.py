"""Experiment: does a reranker learned on SQuAD 1.1 train beat the hand-tuned answer ranking?

    python -m bench.rerank_answers [--data DIR] [--check] [--reworded W,...]

`AnswerIndex.combine` mixes its signals with a few hand-tuned weights, the same for every question.
Here each question's best `CANDIDATES` sentences under that ranking get a row of features, all of
them numbers any language has (each signal of `AnswerIndex.parts` over the question's weight and
over the article's best, the combined score and its rank, whether the sentence or its neighbours
hold the asked kind, the share of the question's weight it, its word families and its paragraph
cover, its length, its place in the paragraph, its neighbours' scores); a linear softmax over each
question's list (conditional logit, Newton steps with an L2 penalty) is fitted on the 87,599
questions of `qa-train/`, each article read whole as `bench.answers` reads the development ones,
and a candidate counted right when it holds the gold answer after SQuAD's normalisation. The
model's order is then measured with `bench.tune_answers`' cases: SQuAD 1.1 and 2.0 dev (both
halves) and the reworded set (dev / heldout, English and the other languages apart), as is, with
questions asking a measure or a leader left to the hand rules ("gated"), and gated in English only.
`--check` fits on nine tenths of the training articles and reports on the tenth instead.
`--reworded W,...` fits on the training questions plus the reworded set's dev questions, each of
those weighing W training questions, and checks the dev share by halves of its articles (fitted
with one half, measured on the other), for each W; see the second table below.

Result (2026-11-30, on the hand ranking with the closeness and order bonus of `Tuning.closeness`
and `Tuning.in_order`, whose measures (`AnswerIndex.wording`) are five more features here:
tightness, held weight times tightness over the question's weight and over the candidates' best,
words in the question's order, and their share of the question's; top-1 / top-3 on the answerable
questions; reworded as hits in the top 1 / top 3 of n; SQuAD halves: the tuned (even) articles,
then the others):

| | SQuAD 2.0 | SQuAD 1.1 | reworded dev | reworded heldout |
|---|---|---|---|---|
| hand-tuned `combine` | 0.794 / 0.920 (0.771 / 0.907, 0.819 / 0.934) | 0.772 / 0.906 | 103 / 135 of 162 | 29 / 35 of 44 |
| reranked, all questions | 0.804 / 0.926 (0.784 / 0.914, 0.825 / 0.940) | 0.782 / 0.913 | 91 / 130 | 28 / 36 |
| reranked, gated | 0.803 / 0.926 (0.784 / 0.914, 0.823 / 0.939) | 0.781 / 0.912 | 98 / 132 | 29 / 36 |
| reranked, gated, English only | 0.803 / 0.926 (0.784 / 0.914, 0.823 / 0.939) | 0.781 / 0.912 | 100 / 133 | 30 / 35 |
| the same, favourite `RATIO` (2) times as likely as the hand-tuned first | 0.800 / 0.920 (0.778 / 0.906, 0.824 / 0.935) | 0.778 / 0.906 | 103 / 135 | 28 / 35 |
| the same with `HARD = 10` | 0.800 / 0.920 (0.777 / 0.906, 0.824 / 0.935) | 0.778 / 0.906 | 103 / 135 | 29 / 35 |

The reranker now passes 0.80 on SQuAD 2.0, but every variant that does costs reworded questions.
Gated in English only, the dev share loses three top-1 hits and two top-3 ones and gains none: "What
is the catchphrase of the campaign?", "How big is Emirates' fleet?" and "Why did Airbus stop making
the A380?" lose their first answer to a sentence repeating more of the question's words, "Who was
Florida's goalkeeper?" and "Who resigned from Homeland Security?" keep it but lose the right
runner-up. Using the model only where its favourite is `RATIO` times as likely as the hand-tuned
first keeps reworded dev whole (1.3 and 1.6 do not: 101 / 135) and SQuAD 2.0 at 3,052 of 3,815,
0.800 exactly, but the heldout share loses "Where is the fuel plant?" from the top 1. Fitted with
`HARD = 10` the same gate ties it everywhere but there (SQuAD 2.0 even half one question lower, odd
half one higher, SQuAD 1.1 five lower, heldout 29 / 35): choosing it would be choosing by the
heldout share, so that does not pass either, and 0.800 exactly is no margin for the shares checked
elsewhere. Other gates, chosen on the dev share (run from a scratch script over this module's
functions, the `HARD = 3` model): moving only the first answer and keeping the hand ranking's
runners-up (top-3 back on dev, top-1 not: 100 / 135); leaving "why" questions out (0.799, 101 /
133); using it only when a candidate holds at least a share of the question's weight (at 0.5: 0.798,
reworded dev 101 / 133; from 0.6 to 0.9 reworded dev whole but SQuAD 2.0 back to 0.795 to 0.797: the
gains are on questions the candidates cover poorly); adding the hand score's logarithm to the logit
once more (the same on SQuAD and reworded dev); and the ten best candidates instead of twenty (the
same within a question or two, reworded dev 99 / 132). On a tenth of the training articles kept back
(`--check`, 2026-11-29) the model lifted top-1 / top-3 among the candidates from 0.729 / 0.872 to
0.738 / 0.880, the same for penalties 0.1 to 100. Reranking a question costs 0.58 ms (median, as
this bench times it, load 1); the features of its twenty candidates alone cost 0.56 ms (median,
2,388 SQuAD and reworded questions, machine at load 1 to 2; 0.84 ms with the word shares summed per
candidate, as before; the same rows to 1e-15), 0.16 ms of it the closeness measures, which loop over
each candidate's words; that would take `bench.answers`' 1.38 to 1.93 ms median to about 2 ms, the
limit.

So the reranker gains about a point of top-1 and half a point of top-3 on SQuAD over today's
hand ranking, but a SQuAD-trained model prefers sentences repeating the question's words, and no
gate found keeps both reworded shares whole while staying at 0.80. Not merged into the bot.

Fitted with the reworded set's dev share too (2026-11-30, `--reworded`; run from a scratch script
over this module's functions on cached rows, the bench's own path checked once at W = 30): its 209
answerable dev questions over 28 articles (the set as it is today; a follow-up matched with the
turn before, as `bench.reworded` asks it) join the 87,578 training lists, each weighing W of them.
The dev share is counted by halves of its articles (alternate articles by name: each half reranked
by a model fitted without it); SQuAD is the even (tuned) half of the model fitted with the whole
dev share. Hits in the top 1 / top 3 of the 209 (the index's ranking, follow-ups expanded); the
hand ranking gets 134 / 177, 0.771 / 0.907 on SQuAD 2.0's even half, 0.772 / 0.906 on SQuAD 1.1.
"+ u": nine more features, the share of the question's weight its best candidate lacks times
score/best, covered, covered_prefix, own/weight, own_bridged/weight, in_order/asked, tightness,
log_rank and rank0, so that a question in other words than the article's can be weighed otherwise.

| W | variant | SQuAD 2.0 even | SQuAD 1.1 | reworded dev by halves (fitted on all of it) |
|---|---|---|---|---|
| 0 | all / gated / gated, English only | 0.783 / 0.914, 0.784 / 0.914, 0.784 / 0.914 | 0.782 / 0.913, 0.781 / 0.912, 0.781 / 0.912 | 119 / 171, 128 / 173, 129 / 174 |
| 30 | the same | 0.786 / 0.912 (all three) | 0.783 / 0.913, 0.782 / 0.912, 0.782 / 0.912 | 125 / 171 (129 / 173), 128 / 172 (129 / 173), 128 / 174 (128 / 174) |
| 100 | the same | 0.779 / 0.912, 0.780 / 0.912, 0.780 / 0.912 | 0.782 / 0.912, 0.781 / 0.912, 0.781 / 0.912 | 128 / 172 (133 / 176), 129 / 173 (133 / 176), 128 / 175 (131 / 176) |
| 300 | the same | 0.772 / 0.909, 0.773 / 0.910, 0.773 / 0.910 | 0.775 / 0.909, 0.776 / 0.910, 0.776 / 0.910 | 128 / 172 (138 / 178), 130 / 173 (135 / 178), 129 / 176 (132 / 178) |
| 1000 | the same | 0.756 / 0.902, 0.758 / 0.904, 0.758 / 0.904 | 0.760 / 0.904, 0.763 / 0.907, 0.763 / 0.907 | 127 / 171 (142 / 179), 129 / 172 (139 / 180), 128 / 175 (135 / 178) |
| 0 + u | the same | 0.785 / 0.913, 0.786 / 0.912, 0.786 / 0.912 | 0.784 / 0.912, 0.783 / 0.911, 0.783 / 0.911 | 120 / 171, 129 / 174, 129 / 175 |
| 30 + u | the same | 0.784 / 0.912 (all three) | 0.783 / 0.913, 0.782 / 0.912, 0.782 / 0.912 | 125 / 171 (130 / 173), 129 / 172 (131 / 173), 128 / 174 (129 / 174) |
| 100 + u | the same | 0.782 / 0.911 (all three) | 0.782 / 0.912, 0.781 / 0.912, 0.781 / 0.912 | 127 / 170 (134 / 176), 129 / 171 (135 / 176), 128 / 175 (132 / 177) |
| 300 + u | the same | 0.775 / 0.911, 0.776 / 0.912, 0.776 / 0.912 | 0.778 / 0.910, 0.779 / 0.911, 0.779 / 0.911 | 128 / 171 (139 / 179), 131 / 172 (137 / 179), 130 / 176 (132 / 178) |
| 1000 + u | the same | 0.754 / 0.900, 0.756 / 0.903, 0.756 / 0.903 | 0.761 / 0.903, 0.764 / 0.906, 0.764 / 0.906 | 129 / 171 (145 / 181), 133 / 172 (142 / 181), 131 / 175 (138 / 178) |

(An even-half top-1 of 0.784 is about 0.802 on the whole of SQuAD 2.0.) The more the dev share
weighs, the more of it the model gets right when it has seen it (gated, English only, 128 to 135
top-1 hits without u) and the less of SQuAD (0.786 down to 0.758), while on the half it has not
seen it stays at 128 to 131, below the hand ranking's 134 / 177 at every W (the best of any
variant, 133 / 172, is W = 1000 + u gated, at 0.756 on SQuAD): what 100 questions on 14 articles
teach a linear model does not carry to 14 others. The questions lost are mostly the ones the
SQuAD-only model loses ("What is the catchphrase of the campaign?", "How big is Emirates'
fleet?", "Why did Airbus stop making the A380?", "Who resigned from Homeland Security?", "When was
his previous physical exam?", "Were hospital staff warned before the president arrived?"), with
no gain elsewhere. With the `RATIO` gate (gated, English only) the dev share comes back only where
SQuAD goes: ratio 1.5, 2 and 3 give 130 / 177, 134 / 177 and 134 / 177 at W = 30 with SQuAD 2.0's
even half at 0.780, 0.777 and 0.775 (top-3 0.906: the gate keeps the hand ranking's runners-up),
and no W or u does better (W = 300: 131 to 133 top-1 hits at 0.773 to 0.776).

The variant chosen on these (W = 30, gated, English only: the best SQuAD among those fitted on the
dev share, the dev share three hits short at top-1), looked at once on the shares not used:
SQuAD 2.0 0.804 / 0.926 (even 0.786 / 0.912, odd 0.823 / 0.940; hand 0.794 / 0.920, odd 0.818 /
0.934), SQuAD 1.1 0.782 / 0.912, reworded heldout 31 / 37 of 44 (hand 31 / 36). It passes
everything asked of it but the reworded dev share (128 / 174 against 134 / 177 by halves), so it
is not in the bot either. The training rows are those of the run above (read before the closeness
bonus left out sentences lacking the measure asked, which changes only which of a measure
question's candidates get the bonus; measure questions are gated out anyway). `--reworded 30`
gives the same (128 / 174 by halves; SQuAD 2.0 0.804 / 0.926 gated, 0.805 / 0.926 not); its
`evaluate` also shows the `RATIO` gate on the whole of SQuAD 2.0 at W = 30: 0.801 / 0.920, below the
0.802 asked for a margin, as its even half (0.777) said. Each fit took 2 to 6 minutes on the shared
machine (one thread, load 4 to 9); reranking a question 0.68 ms (median, load 5); the bot's answer
time is unchanged, since nothing of this is in it.

Before the closeness bonus (2026-11-29, reworded set of that day, 83 dev and 44 heldout
questions): hand-tuned 0.784 / 0.917 on SQuAD 2.0, 0.765 / 0.903 on SQuAD 1.1, reworded 48 / 66
and 29 / 36; gated in English only 0.796 / 0.925, 0.777 / 0.911, 48 / 66 and 29 / 35 ("What killed
them?" out of the heldout top 3). Without the weighting of `fit` (`HARD = 0`) that run lost a
reworded heldout top-1 too; a one-hidden-layer network (16 tanh units, same features, unweighted)
did no better (SQuAD 2.0 0.796 / 0.925, reworded dev 49 / 66, heldout 28 / 36); flattening the
model's probabilities before the runners-up are picked changed nothing.
"""

from __future__ import annotations

import argparse
import gzip
import json
import time
from collections import defaultdict
from dataclasses import dataclass
from pathlib import Path

import numpy as np

from bench import reworded, tune_answers
from bench.conditional_logit import fit_weights
from bench.answers import DEFAULT_DATA, normalize
from bot.reader.answer.index import DEFAULT_TUNING, PREFIX, AnswerIndex, Tuning, _Parts
from bot.reader.answer.kinds import MEASURES
from bot.reader.article import Article
from bot.reader.text.document import build_document

CANDIDATES = 20
"""How many of the hand-tuned ranking's best sentences the model reorders."""
CACHE = Path("/tmp/rerank_train_features.npz")
"""The training candidates' features, kept between runs (reading the articles takes minutes)."""
PENALTY = 10.0
"""L2 penalty on the weights (features scaled to unit spread); 0.1 to 100 did the same in `--check`."""
RATIO = 2.0
"""The last variant of `evaluate` uses the model only where its favourite is this many times as
likely as the hand-tuned first: the least ratio keeping the reworded set's dev share whole."""
HARD = 3.0
"""Extra weight of a training question its best candidate does not cover at all (see `fit`): with
it the reranker lost one reworded question fewer (the reworded set's dev share chose it)."""

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


def candidates_of(scores: np.ndarray) -> np.ndarray:
    """The hand-tuned ranking's best sentences with a score above zero, best first."""
    order = np.argsort(-scores, kind="stable")[:CANDIDATES]
    return order[scores[order] > 0]


def features(index: AnswerIndex, parts: _Parts, scores: np.ndarray, candidates: np.ndarray) -> np.ndarray:
    """One row of `FEATURES` per candidate (reads the index's private tables: an experiment). The
    shares of the question's weight a sentence, its word families and its paragraph hold are summed
    per question word over the index's postings, for every sentence at once."""
    idf, postings = index._sentences.idf, index._sentences.postings
    unseen = index.tuning.unseen * index._sentences.idf_for(0)
    n = len(scores)
    covered, family, in_paragraph = np.zeros(n), np.zeros(n), np.zeros(len(index._paragraph_contexts))
    weight = titled = 0.0
    for term in parts.terms:
        w = idf.get(term, unseen)
        weight += w
        if term in postings:
            covered[postings[term][0]] += w
        if term[:PREFIX] in index._prefixes.postings:
            family[index._prefixes.postings[term[:PREFIX]][0]] += w
        if term in index._title_terms:
            titled += w
        elif term in index._paragraphs.postings:
            in_paragraph[index._paragraphs.postings[term][0]] += w
    weight = max(weight, 1e-9)
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
        covered[c] / weight, family[c] / weight, (in_paragraph[paragraph_of[c]] + titled) / weight,
        np.log1p([len(index._term_lists[i]) for i in c]),
        ~same_before, ~same_after, paragraph_of[c] == 0,
        np.where(same_before, parts.own[before], 0.0) / own_best,
        np.where(same_after, parts.own[after], 0.0) / own_best,
        np.where(same_before, scores[before], 0.0) / top, np.where(same_after, scores[after], 0.0) / top,
        tightness, close / weight, close / max(close.max(), 1e-9), in_order, in_order / max(len(parts.asked) - 1, 1),
    ]).astype(float)


def design(rows: np.ndarray) -> np.ndarray:
    """The features plus the logarithm of the hand-tuned score (so the model can scale it)."""
    rows = np.asarray(rows, dtype=float)
    return np.column_stack([rows, np.log(np.maximum(rows[:, FEATURES.index("score/best")], 1e-3))])


@dataclass(frozen=True)
class Reranker:
    weights: np.ndarray
    mean: np.ndarray
    scale: np.ndarray

    def logits(self, rows: np.ndarray) -> np.ndarray:
        return ((design(rows) - self.mean) / self.scale) @ self.weights

    def rerank(self, index: AnswerIndex, parts: _Parts, scores: np.ndarray, ratio: float = 1.0) -> np.ndarray:
        """The candidates' scores set to the best hand-tuned score times their probability relative
        to the model's favourite (so `AnswerIndex._pick`'s mark-down keeps its scale), others 0;
        the scores as they were when the favourite is less than `ratio` times as likely as the
        hand-tuned first."""
        candidates = candidates_of(scores)
        out = np.zeros_like(scores)
        if len(candidates) < 2:
            out[candidates] = scores[candidates]
            return out
        logits = self.logits(features(index, parts, scores, candidates))
        if logits.max() - logits[0] < np.log(ratio):
            return scores
        out[candidates] = scores[candidates[0]] * np.exp(logits - logits.max())
        return out


def training_articles(data_dir: Path) -> list[tuple[Article, list[dict]]]:
    """Each training article with its paragraphs in order, and its questions."""
    folder = data_dir / "qa-train"
    paragraphs: dict[str, list[tuple[int, str]]] = defaultdict(list)
    with gzip.open(folder / "train.squad_v1.1_paragraphs.jsonl.gz", "rt", encoding="utf-8") as handle:
        for line in handle:
            row = json.loads(line)
            paragraphs[row["title"]].append((row["paragraph_index"], row["context"]))
    questions: dict[str, list[dict]] = defaultdict(list)
    with gzip.open(folder / "train.squad_v1.1.jsonl.gz", "rt", encoding="utf-8") as handle:
        for line in handle:
            row = json.loads(line)
            questions[row["title"]].append(row)
    return [
        (Article(title=title.replace("_", " "), paragraphs=tuple(text for _, text in sorted(found))), questions[title])
        for title, found in paragraphs.items()
    ]


def candidate_lists(data_dir: Path) -> dict[str, np.ndarray]:
    """Every training question's candidates: feature rows, labels, list offsets, article numbers."""
    if CACHE.exists():
        return dict(np.load(CACHE))
    rows, labels, starts, article_of = [], [], [], []
    size = 0
    for number, (article, questions) in enumerate(training_articles(data_dir)):
        index = AnswerIndex(build_document(article))
        normalized = [f" {normalize(s.text)} " for s in index.document.sentences]
        for question in questions:
            answer = f" {normalize(question['answer'])} "
            parts = index.parts(question["question"])
            scores = index.combine(parts, DEFAULT_TUNING)
            candidates = candidates_of(scores)
            if len(candidates) < 2:
                continue
            rows.append(features(index, parts, scores, candidates))
            labels.append([answer in normalized[i] for i in candidates])
            starts.append(size)
            article_of.append(number)
            size += len(candidates)
        print(f"{number + 1} articles, {len(starts)} questions", end="\r", flush=True)
    print()
    found = {"rows": np.concatenate(rows).astype(np.float32), "labels": np.concatenate(labels),
             "starts": np.array(starts), "articles": np.array(article_of)}
    np.savez_compressed(CACHE, **found)
    return found


def fit(
    rows: np.ndarray, labels: np.ndarray, starts: np.ndarray, penalty: float = PENALTY, steps: int = 40,
    counts: np.ndarray | None = None,
) -> Reranker:
    """Weights maximising each list's probability of its right candidates, under an L2 penalty
    (`bench.conditional_logit`).

    A list counts 1 + `HARD` times the share of the question its best candidate does not cover,
    so questions in other words than the article's weigh more, times its entry in `counts` (1
    without); lists with no right candidate teach nothing and are left out.
    """
    keep = np.add.reduceat(labels.astype(int), starts) > 0
    sizes = np.diff(np.append(starts, len(rows)))
    covered = np.maximum.reduceat(rows[:, FEATURES.index("covered")], starts)
    weights = ((1 + HARD * (1 - covered)) * (1 if counts is None else counts))[keep]
    mask = np.repeat(keep, sizes)
    starts = np.concatenate(([0], np.cumsum(sizes[keep])[:-1]))
    return Reranker(*fit_weights(design(rows[mask]), labels[mask].astype(float), starts, weights, penalty, steps))


def _tops(model: Reranker | None, rows: np.ndarray, labels: np.ndarray, starts: np.ndarray) -> str:
    """Top-1 and top-3 over the lists (a question whose answer is past the candidates is a miss)."""
    ends = np.append(starts[1:], len(rows))
    one = three = 0
    for start, end in zip(starts, ends):
        order = np.arange(end - start) if model is None else np.argsort(-model.logits(rows[start:end]), kind="stable")
        one += labels[start + order[0]]
        three += labels[start + order[:3]].any()
    return f"{one / len(starts):.3f} / {three / len(starts):.3f}"


def check(found: dict[str, np.ndarray]) -> None:
    """Fit on nine tenths of the training articles, report on the tenth."""
    sizes = np.diff(np.append(found["starts"], len(found["rows"])))
    held = found["articles"] % 10 == 9

    def subset(chosen: np.ndarray) -> tuple[np.ndarray, np.ndarray, np.ndarray]:
        mask = np.repeat(chosen, sizes)
        return found["rows"][mask], found["labels"][mask], np.concatenate(([0], np.cumsum(sizes[chosen])[:-1]))

    train, test = subset(~held), subset(held)
    print(f"kept back: {held.sum()} questions; hand-tuned top-1 / top-3 {_tops(None, *test)}")
    for penalty in (0.1, 10.0, 100.0):
        print(f"penalty {penalty}: {_tops(fit(*train, penalty), *test)}", flush=True)


def reworded_dev(data_dir: Path) -> list[tune_answers.Case]:
    """The reworded set's answerable dev questions, a follow-up matched with the turn before as
    `bench.reworded` asks it (the previous turn as today's bot answers it); each case knows its
    article (`case.article`)."""
    loaded = tune_answers.cases(data_dir)
    questions = reworded.read_jsonl(reworded.SET / "questions.jsonl")
    rows = {row["id"]: row for row in reworded.read_jsonl(reworded.SET / "articles.jsonl")}
    articles = {key: reworded.load_article(row, data_dir) for key, row in rows.items()}
    replies: dict[str, reworded.Reply] = {}
    out = []
    for case, q in zip([c for c in loaded if c.set == "reworded"], questions, strict=True):
        previous = None
        if q.get("after"):
            before = replies[q["after"]]
            previous = (before.matched, before.ranked[0] if before.ranked else "")
        replies[q["id"]] = reply = reworded.ask_bot(articles[q["article"]], q["question"], previous)
        if rows[q["article"]]["split"] != "dev" or not case.answerable:
            continue
        if reply.matched != q["question"]:
            case.parts = case.index.parts(reply.matched)
        case.article = q["article"]
        out.append(case)
    return out


def lists_of(cases: list[tune_answers.Case]) -> tuple[list[tune_answers.Case], np.ndarray, np.ndarray, np.ndarray]:
    """The cases with at least two candidates, and their candidates' feature rows, labels and list offsets."""
    kept, rows, labels, starts = [], [], [], []
    size = 0
    for case in cases:
        scores = case.index.combine(case.parts, DEFAULT_TUNING)
        candidates = candidates_of(scores)
        if len(candidates) < 2:
            continue
        kept.append(case)
        rows.append(features(case.index, case.parts, scores, candidates))
        labels.append(case.hits[candidates])
        starts.append(size)
        size += len(candidates)
    return kept, np.concatenate(rows), np.concatenate(labels), np.array(starts)


def with_reworded(found: dict[str, np.ndarray], data_dir: Path, weights: list[float]) -> None:
    """For each W: top-1 / top-3 on the reworded dev share, gated in English only, each half of its
    articles reranked by a model fitted on the training questions and the other half (weighing W
    training questions each); then `evaluate` of the model fitted with the whole dev share."""
    cases = reworded_dev(data_dir)
    kept, rows, labels, starts = lists_of(cases)
    sizes = np.diff(np.append(starts, len(rows)))
    names = sorted({case.article for case in kept})
    half = np.array([names.index(case.article) % 2 for case in kept])
    position = {id(case): k for k, case in enumerate(kept)}

    def fitted(chosen: np.ndarray, weight: float) -> Reranker:
        mask = np.repeat(chosen, sizes)
        extra = np.concatenate(([0], np.cumsum(sizes[chosen])[:-1])) + len(found["rows"])
        counts = np.concatenate((np.ones(len(found["starts"])), np.full(chosen.sum(), weight)))
        return fit(np.concatenate((found["rows"], rows[mask])), np.concatenate((found["labels"], labels[mask])),
                   np.concatenate((found["starts"], extra)), counts=counts)

    hand = [tune_answers.rank(case, DEFAULT_TUNING)[1] for case in cases]
    print(f"reworded dev, hand-tuned: {sum(bool(c.hits[o[0]]) for c, o in zip(cases, hand))} / "
          f"{sum(bool(c.hits[o[:3]].any()) for c, o in zip(cases, hand))} of {len(cases)}")
    for weight in weights:
        models = [fitted(half != k, weight) for k in (0, 1)]
        one = three = 0
        for case in cases:
            scores = case.index.combine(case.parts, DEFAULT_TUNING)
            if id(case) in position and not case.parts.narrow and case.index.document.language.code == "en":
                scores = models[half[position[id(case)]]].rerank(case.index, case.parts, scores)
            order = case.index._pick(scores, case.parts.terms, 3)
            one += bool(case.hits[order[0]])
            three += bool(case.hits[order[:3]].any())
        print(f"W = {weight:g}: reworded dev by halves, gated, English only: {one} / {three} of {len(cases)}", flush=True)
        evaluate(fitted(np.ones(len(kept), dtype=bool), weight), data_dir)


def evaluate(model: Reranker, data_dir: Path, tuning: Tuning = DEFAULT_TUNING) -> None:
    """Top-1 / top-3 on the development sets, hand-tuned and reranked three ways."""
    cases = [case for case in tune_answers.cases(data_dir) if case.answerable]
    languages = {q["question"]: q["language"] for q in reworded.read_jsonl(reworded.SET / "questions.jsonl")}
    spent: list[float] = []

    def reranked(case: tune_answers.Case, gated: bool, english: bool, ratio: float = 1.0) -> list[int]:
        scores = case.index.combine(case.parts, tuning)
        skip = (gated and case.parts.narrow) or (english and case.index.document.language.code != "en")
        if not skip:
            start = time.perf_counter()
            scores = model.rerank(case.index, case.parts, scores, ratio)
            spent.append(time.perf_counter() - start)
        return case.index._pick(scores, case.parts.terms, 3)

    variants = {
        "hand-tuned": lambda case: tune_answers.rank(case, tuning)[1],
        "reranked": lambda case: reranked(case, False, False),
        "reranked, gated": lambda case: reranked(case, True, False),
        "reranked, gated, English only": lambda case: reranked(case, True, True),
        f"the same, favourite {RATIO:g} times as likely": lambda case: reranked(case, True, True, RATIO),
    }
    for label, rank in variants.items():
        tally: dict[str, list[int]] = {}
        for case in cases:
            order = rank(case)
            groups = [f"{case.set} {case.half}"]
            if case.set == "reworded":
                groups.append(f"reworded-{'en' if languages[case.question] == 'en' else 'de/fr/es'} {case.half}")
            else:
                groups.append(f"{case.set} all")
            for group in groups:
                row = tally.setdefault(group, [0, 0, 0])
                row[0] += bool(case.hits[order[0]])
                row[1] += bool(case.hits[order[:3]].any())
                row[2] += 1
        print(label)
        for group, (one, three, n) in sorted(tally.items()):
            print(f"  {group:<26}{one / n:.3f} / {three / n:.3f}   ({one} / {three} of {n})")
    print(f"reranking time per question: median {np.median(spent) * 1000:.2f} ms")


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--data", type=Path, default=DEFAULT_DATA, help="bench data folder holding qa-train/, qa/")
    parser.add_argument("--check", action="store_true", help="fit on 9/10 of the training articles, report on the rest")
    parser.add_argument("--reworded", metavar="W,...", help="also fit on the reworded dev share, each question weighing W")
    args = parser.parse_args()
    found = candidate_lists(args.data)
    if args.check:
        check(found)
        return
    if args.reworded:
        with_reworded(found, args.data, [float(w) for w in args.reworded.split(",")])
        return
    model = fit(found["rows"], found["labels"], found["starts"])
    evaluate(model, args.data)


if __name__ == "__main__":
    main()
