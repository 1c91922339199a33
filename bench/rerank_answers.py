"""Experiment: does a reranker learned on SQuAD 1.1 train, or on readers' own questions, beat the hand-tuned
answer ranking?

    python -m bench.rerank_answers [--data DIR] [--check] [--reworded W,...] [--readers]

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

`--readers` (2026-12-02, issue 14, helper rank32) fits the model on readers' own questions instead: the fresh rounds' fitting rows
(`fresh_pages.fitting_cases`, rounds 22 to 28, 1,258 answerable questions with two candidates or
more on 130 pages) and the reworded set's dev share (1,103), with every 15th article of SQuAD
train (6,336 questions) each weighing `SQUAD_WEIGHT`; options were chosen by five-fold
cross-validation over pages of those rows (each page's questions reordered by a model fitted
without its fold), and the order is measured as `_pick` makes it (the runners-up marked down).
The model hands the candidates' hand scores out again in its order (`Reranker.reordered`, not the
scaled scores of the SQuAD experiment below), so whatever reads the scores
after it sees them on their scale. Top-1 / top-3 hits, cross-validated (hand ranking: fresh fit
816 / 1,034 of 1,258, reworded dev 769 / 940 of 1,103):

| variant (penalty 10, `HARD` 3, 20 candidates unless said) | fresh fit | reworded dev |
|---|---|---|
| no SQuAD, no gate | 825 / 1,053 | 764 / 948 |
| no SQuAD, best candidate under 0.4 / 0.5 / 0.6 / 0.7 / 0.8 of the question's weight | 822 / 1,051, 824 / 1,057, 827 / 1,056, 828 / 1,054, 826 / 1,054 | 772 / 944, 770 / 951, 771 / 953, 764 / 951, 765 / 950 |
| no SQuAD, measure and leader questions too | 825 / 1,053 | 763 / 946 |
| no SQuAD, only the first 3 / 5 reordered | 822 / 1,032, 825 / 1,050 | 765 / 940, 762 / 944 |
| no SQuAD, favourite 2 / 4 times as likely as the hand first | 824 / 1,037, 822 / 1,037 | 766 / 942, 769 / 943 |
| no SQuAD, English pages only | 821 / 1,040 | 765 / 950 |
| no SQuAD, penalty 1 / 30 / 100, gate 0.6 | 829 / 1,057, 827 / 1,056, 822 / 1,054 | 769 / 953, 771 / 954, 769 / 955 |
| no SQuAD, `HARD` 0, gate 0.6 | 827 / 1,056 | 769 / 954 |
| no SQuAD, fitted on each list's first 5, gate 0.6 | 822 / 1,056 | 766 / 952 |
| SQuAD at 0.1, gate 0.6 (`--readers`) | 827 / 1,052 | 771 / 955 |
| SQuAD at 0.1, gate 0.6, first 5 only | 827 / 1,047 | 770 / 948 |
| SQuAD at 0.3 / 1, gate 0.6 | 829 / 1,050, 827 / 1,046 | 765 / 955, 763 / 947 |

Without SQuAD the gate-0.6 model lost SQuAD 2.0 dev answerable top-3 (3,518 -> 3,504 as measured
here, the floor 3,510); SQuAD train at 0.1 keeps it (3,075 / 3,518; even half 1,551 / 1,791 against
the hand ranking's 1,553 / 1,795), at 0.3 it rises on SQuAD (3,081 / 3,525) but costs the reworded
dev share top-1. Measured once on the shares never fitted on, this way: fresh blind round 29 78 /
100 -> 80 / 100 of 121 (questions with two candidates or more, follow-ups included), reworded
heldout 33 / 37 -> 34 / 40 of 44.

Put in the bot for a check (a module reading this model from a table, `AnswerIndex.answer`
reordering the combined scores before the pick; not merged): through the whole bot,
`bench.fresh_pages` (main with round 30, hand -> reranked) 837 / 1,030 -> 853 / 1,049 of 1,326
top-1 / top-3, but unanswerable declined 280 -> 258 of 502: the decline model, fitted on the hand
ranking's best sentence, answered more often on the model's. With declining left to the hand
ranking's best (the reranker only changing what is shown): 848 / 1,044, unanswerable 280, declined
wrongly 119 -> 118, follow-ups 110 -> 111, bold exact 314 / 833 -> 319 / 840; blind round 29 71 /
84 -> 71 / 84 of 106 (unchanged), blind round 30 64 / 94 -> 66 / 92 of 116 (top-3 two fewer).
`bench.reworded`: dev 0.70 / 0.82 -> 0.70 / 0.83, heldout 0.73 / 0.80 -> 0.73 / 0.82 (unanswerable
and wrongly declined unchanged). `bench.answers`: SQuAD 1.1 0.785 / 0.910 (0.785 / 0.911 before),
SQuAD 2.0 answerable 3,074 / 3,518 (3,071 / 3,518; floors 3,056 / 3,510), declined at 95 % 31.1 %.
Time: 0.23 ms more per answer in CPU time (2.10 against 1.87 ms median on 832 SQuAD 2.0 questions
at load 6; 24 % of them pass the gate and pay for the features, 0.39 ms; the others 0.08 ms). It was
not merged: the blind rounds moved two questions up at top-1 and two down at top-3, no margin, and
six tests of the reader suite failed, each a hand rule the model overrides where the question is
in other words than the article ("Wie viele Unternehmen gibt es in Kellbach?" got the inhabitants'
count, a rhetorical question in a quotation, "depart" against "department", an interview's answer
under its question, a writer's short question answered by the sentence after it, "which politician"
asking a name). Keeping the hand order where a candidate holds the measure or count asked fixed two
of the six and cost the cross-validation 3 and 4 top-1 hits (fresh fit 824 / 1,050, reworded dev
767 / 954). What would be needed: the hand rules' decisions as features or as hard limits on the
model (a sentence the hand rules pushed down stays down), refitted and checked the same way.

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
import pickle
import time
from collections import defaultdict
from dataclasses import dataclass, replace
from pathlib import Path

import numpy as np

from bench import fresh_pages, reworded, tune_answers
from bench.conditional_logit import fit_weights
from bench.answers import DEFAULT_DATA, normalize
from bot.reader.answer.index import DEFAULT_TUNING, PREFIX, AnswerIndex, Tuning, _Parts
from bot.reader.answer.kinds import MEASURES
from bot.reader.article import Article
from bot.reader.text.document import build_document

CANDIDATES = 20
"""How many of the hand ranking's best sentences the model may reorder."""

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


def covered(index: AnswerIndex, parts: _Parts, candidates: np.ndarray) -> tuple[np.ndarray, float]:
    """Per candidate the weight of the question's words it holds, and the question's whole weight."""
    idf = index._sentences.idf
    unseen = index.tuning.unseen * index._sentences.idf_for(0)
    terms = parts.terms
    held = np.array([sum(idf[term] for term in index._term_sets[i] & terms) for i in candidates.tolist()])
    return held, max(sum(idf.get(term, unseen) for term in terms), 1e-9)


def features(index: AnswerIndex, parts: _Parts, scores: np.ndarray, candidates: np.ndarray) -> np.ndarray:
    """One row of `FEATURES` per candidate. It reads the index's own tables (postings, paragraphs,
    neighbours): the features are the ranking's signals seen from the candidates' side. The shares
    of the question's weight a sentence, its word families and its paragraph hold are summed per
    question word over the postings, for every sentence at once."""
    idf = index._sentences.idf
    unseen = index.tuning.unseen * index._sentences.idf_for(0)
    n = len(scores)
    own_cover, weight = covered(index, parts, candidates)
    family, in_paragraph = np.zeros(n), np.zeros(len(index._paragraph_contexts))
    titled = 0.0
    for term in parts.terms:
        w = idf.get(term, unseen)
        prefix = term[:PREFIX]
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
        own_cover / weight, family[c] / weight, (in_paragraph[paragraph_of[c]] + titled) / weight,
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
    """A linear softmax over `design`'s columns, each centred and scaled as in fitting, and its gate
    (the variants `Gate` and `evaluate` measure)."""

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
    measured: bool = False
    """Whether a question some candidate answers with the measure, count or leader it asks
    (`_Parts.measured`) keeps the hand order."""

    def logits(self, rows: np.ndarray) -> np.ndarray:
        return ((design(rows) - self.mean) / self.scale) @ self.weights

    def reordered(self, rows: np.ndarray, scores: np.ndarray, narrow: bool) -> np.ndarray:
        """The candidates' hand scores (best first, one row of features each) handed out again in
        the model's order among the first `top`; as they were where the gate keeps the hand order."""
        if (self.narrow and narrow) or rows[:, FEATURES.index("covered")].max() >= self.overlap:
            return scores
        if self.measured and rows[:, FEATURES.index("measured/weight")].max() > 0:
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
        held, weight = covered(index, parts, candidates)
        if held.max() / weight >= self.overlap or (
            self.measured and parts.measured is not None and parts.measured[candidates].max() > 0
        ):
            return scores
        out = scores.copy()
        out[candidates] = self.reordered(features(index, parts, scores, candidates), scores[candidates], parts.narrow)
        return out


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


def candidate_lists(data_dir: Path, every: int = 1) -> dict[str, np.ndarray]:
    """Every training question's candidates (of every `every`-th article only, when more than 1):
    feature rows, labels, list offsets, article numbers."""
    cache = CACHE if every == 1 else CACHE.with_name(f"{CACHE.stem}_every{every}.npz")
    if cache.exists():
        return dict(np.load(cache))
    rows, labels, starts, article_of = [], [], [], []
    size = 0
    for number, (article, questions) in enumerate(training_articles(data_dir)[::every]):
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
    np.savez_compressed(cache, **found)
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


def reworded_dev(data_dir: Path, split: str = "dev") -> list[tune_answers.Case]:
    """The reworded set's answerable questions of one split (dev by default), a follow-up matched
    with the turn before as `bench.reworded` asks it (the previous turn as today's bot answers it);
    each case knows its article (`case.article`)."""
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
        if rows[q["article"]]["split"] != split or not case.answerable:
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
                scores = models[half[position[id(case)]]].reorder(case.index, case.parts, scores)
            order = case.index._pick(scores, case.parts.terms, 3)
            one += bool(case.hits[order[0]])
            three += bool(case.hits[order[:3]].any())
        print(f"W = {weight:g}: reworded dev by halves, gated, English only: {one} / {three} of {len(cases)}", flush=True)
        evaluate(fitted(np.ones(len(kept), dtype=bool), weight), data_dir)


READER_LISTS = Path("/tmp/rerank_reader_lists.pkl")
"""The reader-style questions' candidate lists (`reader_lists`), kept between runs."""
FOLDS = 5
"""Cross-validation folds over pages (`cross_validate`): each page's questions in one fold."""
SQUAD_EVERY = 15
"""`--readers` fits on SQuAD train's every 15th article only (30 articles, 6,336 questions): at a
small weight that is enough to keep SQuAD, and reading all of them takes hours on a shared machine."""
SQUAD_WEIGHT = 0.1
"""What one SQuAD training question weighs beside one reader's question (cross-validation chose it
with `OVERLAP` among 0, 0.1, 0.3 and 1)."""
OVERLAP = 0.6
"""`--readers`' model reorders only where the best candidate holds less than this share of the
question's weight (cross-validation chose it among 0.4 to 0.8 and no gate)."""

@dataclass
class ReaderLists:
    """Reader-style answerable questions, one list of candidates each: fresh rounds (share "fit" or
    "blind") and the reworded set ("dev" or "heldout"). Per candidate its feature row, whether it
    holds the gold, its hand-tuned score and its matched question terms with their weights (so
    `AnswerIndex._pick`'s runner-up mark-down can be done without the index); per list its share,
    page, language and whether its question asks a measure or a leader (`_Parts.narrow`). A question
    with fewer than two candidates keeps the hand ranking's hits in `alone` (share -> top-1, top-3
    hits, questions)."""

    rows: np.ndarray
    labels: np.ndarray
    scores: np.ndarray
    matched: list[dict[str, float]]
    starts: np.ndarray
    share: np.ndarray
    page: np.ndarray
    english: np.ndarray
    narrow: np.ndarray
    alone: dict[str, list[int]]

    def subset(self, chosen: np.ndarray) -> ReaderLists:
        sizes = np.diff(np.append(self.starts, len(self.rows)))
        mask = np.repeat(chosen, sizes)
        return ReaderLists(
            self.rows[mask], self.labels[mask], self.scores[mask],
            [m for m, keep in zip(self.matched, mask) if keep], np.concatenate(([0], np.cumsum(sizes[chosen])[:-1])),
            self.share[chosen], self.page[chosen], self.english[chosen], self.narrow[chosen], {},
        )

    def lists(self):
        ends = np.append(self.starts[1:], len(self.rows))
        return zip(self.starts, ends)


def _reader_cases() -> list[tuple[str, str, tune_answers.Case]]:
    """(share, page, case) of every fresh answerable question (`fresh_pages.fitting_cases`)."""
    questions = fresh_pages.read_questions(fresh_pages.QUESTIONS)
    pages = fresh_pages.Pages(fresh_pages.DEFAULT_FUNDUS, fresh_pages.DEFAULT_NEWSPAPER, fresh_pages.DEFAULT_TRAFILATURA)
    cases = fresh_pages.fitting_cases(questions, pages)
    asked = [q for q in questions if pages.article(q.source, q.page) is not None]
    return [(case.half, q.page, case) for q, case in zip(asked, cases, strict=True) if case.answerable]


def reader_lists(data_dir: Path) -> ReaderLists:
    """The fresh rounds' and the reworded set's answerable questions as candidate lists (cached)."""
    if READER_LISTS.exists():
        return pickle.loads(READER_LISTS.read_bytes())
    found = _reader_cases()
    for split in ("dev", "heldout"):
        found += [(split, case.article, case) for case in reworded_dev(data_dir, split)]
    lists = lists_from(found)
    READER_LISTS.write_bytes(pickle.dumps(lists))
    return lists


def lists_from(found: list[tuple[str, str, tune_answers.Case]]) -> ReaderLists:
    """(share, page, case) triples as `ReaderLists`."""
    rows, labels, scores, matched, starts, share, page, english, narrow = [], [], [], [], [], [], [], [], []
    alone: dict[str, list[int]] = defaultdict(lambda: [0, 0, 0])
    size = 0
    for half, name, case in found:
        combined = case.index.combine(case.parts, DEFAULT_TUNING)
        candidates = candidates_of(combined)
        if len(candidates) < 2:
            order = case.index._pick(combined, case.parts.terms, 3)
            tally = alone[half]
            tally[0] += bool(case.hits[order[0]])
            tally[1] += bool(case.hits[order[:3]].any())
            tally[2] += 1
            continue
        idf = case.index._sentences.idf
        rows.append(features(case.index, case.parts, combined, candidates))
        labels.append(case.hits[candidates])
        scores.append(combined[candidates])
        matched += [{t: idf[t] for t in case.index._term_sets[i] & case.parts.terms} for i in candidates]
        starts.append(size)
        size += len(candidates)
        share.append(half)
        page.append(name)
        english.append(case.index.document.language.code == "en")
        narrow.append(bool(case.parts.narrow))
    return ReaderLists(np.concatenate(rows), np.concatenate(labels), np.concatenate(scores), matched, np.array(starts),
                       np.array(share), np.array(page), np.array(english), np.array(narrow), dict(alone))


def picked(scores: np.ndarray, matched: list[dict[str, float]], top: int = 3) -> list[int]:
    """`AnswerIndex._pick` over one list's candidates: the best, then runners-up marked down for
    matching only what is already shown."""
    ranked = [int(i) for i in np.argsort(-scores, kind="stable")[:top * 5]]
    chosen, pool = ranked[:1], ranked[1:]
    while pool and len(chosen) < top:
        shown = set().union(*(matched[i] for i in chosen))

        def adjusted(i: int) -> float:
            weight = sum(matched[i].values())
            repeated = sum(w for term, w in matched[i].items() if term in shown)
            return scores[i] * (1 - DEFAULT_TUNING.redundancy * repeated / weight) if weight else scores[i]

        runner_up = max(pool, key=adjusted)
        pool.remove(runner_up)
        chosen.append(runner_up)
    return chosen


@dataclass(frozen=True)
class Gate:
    """A gate for a model (`Reranker`'s fields of the same names), with `english`: only on English pages."""

    top: int = CANDIDATES
    ratio: float = 1.0
    overlap: float = 2.0
    narrow: bool = True
    english: bool = False
    measured: bool = False

    def reorder(self, model: Reranker, rows: np.ndarray, scores: np.ndarray, narrow: bool, english: bool) -> np.ndarray:
        if self.english and not english:
            return scores
        gated = replace(model, top=self.top, ratio=self.ratio, overlap=self.overlap, narrow=self.narrow,
                        measured=self.measured)
        return gated.reordered(rows, scores, narrow)


def reader_tops(lists: ReaderLists, models: list[Reranker | None], gate: Gate, fold: np.ndarray) -> dict[str, list[int]]:
    """share -> top-1, top-3 hits and questions, each list reordered by the model of its fold (None:
    the hand ranking), the questions with fewer than two candidates added as the hand ranking has them."""
    tally: dict[str, list[int]] = {share: list(counts) for share, counts in lists.alone.items()}
    for k, (start, end) in enumerate(lists.lists()):
        model = models[fold[k]]
        scores = lists.scores[start:end]
        if model is not None:
            scores = gate.reorder(model, lists.rows[start:end], scores, lists.narrow[k], lists.english[k])
        order = picked(scores, lists.matched[start:end])
        labels = lists.labels[start:end]
        row = tally.setdefault(lists.share[k], [0, 0, 0])
        row[0] += bool(labels[order[0]])
        row[1] += bool(labels[order].any())
        row[2] += 1
    return tally


def fit_readers(lists: ReaderLists, chosen: np.ndarray, top: int, penalty: float,
                squad: dict[str, np.ndarray] | None = None, squad_weight: float = 0.0) -> Reranker:
    """A model fitted on the chosen lists, each cut to its `top` best hand-ranked candidates, with
    SQuAD's training lists each weighing `squad_weight` of a reader's question when given."""
    part = lists.subset(chosen)
    keep = np.concatenate([np.arange(s, min(e, s + top)) for s, e in part.lists()])
    sizes = np.minimum(np.diff(np.append(part.starts, len(part.rows))), top)
    rows, labels, starts = part.rows[keep], part.labels[keep], np.concatenate(([0], np.cumsum(sizes)[:-1]))
    counts = np.ones(len(starts))
    if squad is not None and squad_weight > 0:
        squad_keep = np.concatenate([np.arange(s, min(e, s + top)) for s, e in
                                     zip(squad["starts"], np.append(squad["starts"][1:], len(squad["rows"])))])
        squad_sizes = np.minimum(np.diff(np.append(squad["starts"], len(squad["rows"]))), top)
        starts = np.concatenate((starts, len(rows) + np.concatenate(([0], np.cumsum(squad_sizes)[:-1]))))
        rows = np.concatenate((rows, squad["rows"][squad_keep]))
        labels = np.concatenate((labels, squad["labels"][squad_keep]))
        counts = np.concatenate((counts, np.full(len(squad_sizes), squad_weight)))
    return fit(rows, labels, starts, penalty, counts=counts)


def folds_of(lists: ReaderLists) -> np.ndarray:
    """Each list's fold: its page's place among the pages (sorted by name) modulo `FOLDS`."""
    names = sorted(set(lists.page))
    number = {name: k % FOLDS for k, name in enumerate(names)}
    return np.array([number[name] for name in lists.page])


def show_tally(label: str, tally: dict[str, list[int]], shares: tuple[str, ...]) -> None:
    cells = [f"{share} {tally[share][0]} / {tally[share][1]} of {tally[share][2]}" for share in shares if share in tally]
    print(f"{label:<58}" + "   ".join(cells), flush=True)


def cross_validate(lists: ReaderLists, settings: list[tuple[int, float, float]], gates: list[Gate],
                   squad: dict[str, np.ndarray] | None) -> None:
    """For each (candidates fitted on, penalty, SQuAD weight) and gate: top-1 / top-3 on the fresh "fit"
    share and the reworded dev share, each fold of pages reordered by a model fitted on the others."""
    fitting = np.isin(lists.share, ("fit", "dev"))
    part = lists.subset(fitting)
    part.alone = {share: counts for share, counts in lists.alone.items() if share in ("fit", "dev")}
    fold = folds_of(part)
    show_tally("hand-tuned", reader_tops(part, [None] * FOLDS, Gate(), fold), ("fit", "dev"))
    for top, penalty, squad_weight in settings:
        models = [fit_readers(part, fold != k, top, penalty, squad, squad_weight) for k in range(FOLDS)]
        for gate in gates:
            label = f"top {top} pen {penalty:g} squad {squad_weight:g} | {gate}"
            show_tally(label.replace("Gate", ""), reader_tops(part, models, gate, fold), ("fit", "dev"))


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
            scores = replace(model, ratio=ratio, narrow=False).reorder(case.index, case.parts, scores)
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


def with_readers(data_dir: Path) -> None:
    """The reranker fitted on readers' own questions (`SQUAD_EVERY`, `SQUAD_WEIGHT`, `OVERLAP`):
    its cross-validation over pages beside the hand ranking, then its top-1 / top-3 on the shares
    never fitted on (fresh "blind", reworded heldout), ordered as `_pick` orders them."""
    lists = reader_lists(data_dir)
    squad = candidate_lists(data_dir, SQUAD_EVERY)
    gate = Gate(overlap=OVERLAP)
    cross_validate(lists, [(CANDIDATES, PENALTY, SQUAD_WEIGHT)], [Gate(), gate], squad)
    model = fit_readers(lists, np.isin(lists.share, ("fit", "dev")), CANDIDATES, PENALTY, squad, SQUAD_WEIGHT)
    alone = np.zeros(len(lists.share), dtype=int)
    show_tally("not fitted on, hand-tuned", reader_tops(lists, [None], gate, alone), ("blind", "heldout"))
    show_tally("not fitted on, reranked", reader_tops(lists, [model], gate, alone), ("blind", "heldout"))


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--data", type=Path, default=DEFAULT_DATA, help="bench data folder holding qa-train/, qa/")
    parser.add_argument("--check", action="store_true", help="fit on 9/10 of the training articles, report on the rest")
    parser.add_argument("--reworded", metavar="W,...", help="also fit on the reworded dev share, each question weighing W")
    parser.add_argument("--readers", action="store_true",
                        help="fit on readers' questions, cross-validated by page (fresh fitting rows, reworded dev)")
    args = parser.parse_args()
    if args.readers:
        with_readers(args.data)
        return
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
