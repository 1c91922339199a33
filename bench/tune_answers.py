"""Tune the answer ranking and the decline threshold in one process, in seconds per setting.

    python -m bench.tune_answers [--data DIR] [--grid] [--declines] [--kinds] [--fresh [--blind]] [--set NAME=VALUE]

A full `bench.answers` run takes minutes because it reads every article and asks every question
through the whole pipeline. Here each article's `AnswerIndex` is built once and each question's
raw match (`AnswerIndex.parts`) is kept, so a new set of weights costs only `combine` and the pick:
a few seconds for the 20,000 questions of SQuAD 1.1, SQuAD 2.0 and the reworded set together.

Articles are split in halves by position (even / odd, as in `bench.answers`; the reworded set by
its own dev / heldout split): settings are chosen on the tuned halves and the other halves show
what to expect. `--fresh` adds readers' own questions on real pages (`bench/fresh`'s fitting rows,
in two folds of pages, so a weight is chosen on one fold and checked on the other; `--blind` adds
the blind rounds, whose totals are a check only). `--grid` tries the ranking weights near
`DEFAULT_TUNING` one at a time;
`--declines` reports the hand decline score (`AnswerIndex.support`) at a range of thresholds on the
reworded set's dev share (where the threshold is chosen) and the other halves; the learned model
that may lower it (`AnswerIndex.decline_score`) is fitted and reported by `bench.fit_declines`. `--kinds`
reports how well the asked kind's cue (`_Parts.holds`: a place for "where", a date for "when") is
recognised, per kind and language: its recall in the gold sentence, and how often it fires on the
other candidates (the ranking's and the decline's use of it is worth only the gap between the two).
Follow-up questions
are asked here on their own, not expanded with the turn before as `bench.reworded` does.
"""

from __future__ import annotations

import argparse
import hashlib
import pickle
from dataclasses import dataclass, fields, replace
from pathlib import Path

import numpy as np

from bench import answers, reworded
from bot.reader.answer.index import DEFAULT_TUNING, AnswerIndex, Tuning
from bot.reader.text.document import build_document

CACHE = Path("/tmp")
"""Where built documents are kept between runs, one file per data folder and reworded article list
(reading the articles takes the longest); delete them after changing how documents are built."""


@dataclass
class Case:
    """One question against one article's index, with what a right answer looks like."""

    set: str
    half: str
    index: AnswerIndex
    question: str
    answerable: bool
    hits: np.ndarray
    """Per sentence: does it hold a gold answer."""
    parts: object = None
    page: str = ""
    """The page it was asked on, where its set is cross-validated by page (`fresh_pages`)."""


def _documents(data_dir: Path) -> dict:
    articles = (reworded.SET / "articles.jsonl").read_bytes()
    folder = hashlib.sha256(str(data_dir.resolve()).encode() + articles).hexdigest()[:12]
    cache = CACHE / f"tune_answers_documents_{folder}.pkl"
    if cache.exists():
        return pickle.loads(cache.read_bytes())
    squad1 = answers.load(data_dir / "qa" / "dev.squad_v1.1_dev_articles.jsonl")
    squad2 = answers.load(data_dir / answers.SQUAD2)
    impossible = answers.load(data_dir / answers.SQUAD2, impossible=True)
    rows = {row["id"]: row for row in reworded.read_jsonl(reworded.SET / "articles.jsonl")}
    built = {key: build_document(reworded.load_article(row, data_dir)) for key, row in rows.items()}
    loaded = {"squad1": squad1, "squad2": squad2, "impossible": impossible, "reworded": (rows, built)}
    cache.write_bytes(pickle.dumps(loaded))
    return loaded


def cases(data_dir: Path) -> list[Case]:
    """Every question of the three sets, each with its article's index and its raw match."""
    loaded = _documents(data_dir)
    out: list[Case] = []
    for name in ("squad1", "squad2"):
        indexes = {a.id: AnswerIndex(a.document) for a in loaded[name]}
        for position, article in enumerate(loaded[name]):
            half = "tuned" if position % 2 == 0 else "other"
            for q in article.questions:
                hits = np.array([answers.hit_at(article, q, [i], 1) for i in range(len(article.normalized))])
                out.append(Case(name, half, indexes[article.id], q.text, True, hits))
        if name == "squad2":
            for position, article in enumerate(loaded["impossible"]):
                half = "tuned" if position % 2 == 0 else "other"
                for q in article.questions:
                    out.append(Case(name, half, indexes[article.id], q.text, False, np.zeros(0, bool)))
    rows, built = loaded["reworded"]
    indexes = {key: AnswerIndex(document) for key, document in built.items()}
    for q in reworded.read_jsonl(reworded.SET / "questions.jsonl"):
        document = built[q["article"]]
        half = "tuned" if rows[q["article"]]["split"] == "dev" else "other"
        answerable = q["class"] != "unanswerable"
        hits = np.array([answerable and reworded.hit((s.text,), q) for s in document.sentences])
        out.append(Case("reworded", half, indexes[q["article"]], q["question"], answerable, hits))
    for case in out:
        case.parts = case.index.parts(case.question)
    return out


def rank(case: Case, tuning: Tuning) -> tuple[np.ndarray, list[int]]:
    scores = case.index.combine(case.parts, tuning)
    return scores, case.index._pick(scores, case.parts.terms, 3)


def accuracy(all_cases: list[Case], tuning: Tuning) -> dict[tuple[str, str], tuple[float, float]]:
    """(set, half) -> top-1, top-3 over the answerable questions."""
    tally: dict[tuple[str, str], list[int]] = {}
    for case in all_cases:
        if not case.answerable:
            continue
        _, order = rank(case, tuning)
        row = tally.setdefault((case.set, case.half), [0, 0, 0])
        row[0] += bool(case.hits[order[0]])
        row[1] += bool(case.hits[order[:3]].any())
        row[2] += 1
    return {key: (a / n, b / n) for key, (a, b, n) in sorted(tally.items())}


def show(label: str, result: dict) -> None:
    print(f"{label:<26}" + "  ".join(f"{s}/{h[:5]} {a:.3f}/{b:.3f}" for (s, h), (a, b) in result.items()),
          flush=True)


GRID = {
    "paragraph": (1.0, 1.5), "neighbours": (0.0, 0.2), "carry": (0.15, 0.45), "carry_pointing": (0.4, 0.8),
    "title": (0.15, 0.45), "pairs": (0.1, 0.4), "cue": (0.15, 0.45), "prefix": (0.2, 0.6), "closeness": (0.0, 0.2),
    "in_order": (0.25, 0.75), "bridge": (0.2, 0.4), "lacks_kind": (0.1, 0.2, 0.3), "lacks_cause": (0.15, 0.45),
    "lacks_count": (0.1, 0.3), "lacks_measure": (0.15, 0.45), "neighbour_takes": (0.6, 0.9), "measure": (0.5, 1.5),
    "asks_itself": (0.3, 0.7),
}
"""The ranking weights `--grid` tries, one at a time (those `AnswerIndex.combine` applies: the others
are read when an index is built or a question matched, so a grid over them would rebuild every case)."""


def grid(all_cases: list[Case], base: Tuning) -> None:
    """Each weight of `GRID` at each of its values, the others as set; with the fresh pages' fitting
    rows (`--fresh`), the value each fold of pages would choose and what it scores on the other fold."""
    at_base = accuracy(all_cases, base)
    show("as set", at_base)
    folds = sorted(h for s, h in at_base if s == "fresh" and h.startswith("fit"))
    for name, values in GRID.items():
        tried = {getattr(base, name): at_base}
        for value in values:
            tried[value] = accuracy(all_cases, replace(base, **{name: value}))
            show(f"{name}={value}", tried[value])
        for chosen_on, checked_on in zip(folds, reversed(folds)):
            best = max(tried, key=lambda v: (tried[v][("fresh", chosen_on)][0], v == getattr(base, name)))
            print(f"  {name}: {chosen_on} chooses {best}: {checked_on} top-1 "
                  f"{at_base[('fresh', checked_on)][0]:.3f} -> {tried[best][('fresh', checked_on)][0]:.3f}", flush=True)


def fresh_cases(args: argparse.Namespace) -> list[Case]:
    """The fresh pages' questions (`fresh_pages.fitting_cases`): readers' own words, which SQuAD's
    are not. The fitting rows' pages are dealt into two folds (half "fit0", "fit1") to cross-validate
    a weight by page; the blind rounds are left out unless asked for, and then only as a check."""
    from bench import fresh_pages  # it imports this module for `Case`, so it is read only when asked for

    questions = fresh_pages.read_questions(fresh_pages.QUESTIONS)
    out = [case for case in fresh_pages.fitting_cases(questions, fresh_pages.pages_of(args))
           if args.blind or case.half == "fit"]
    fold = {page: f"fit{position % 2}" for position, page in enumerate(sorted({c.page for c in out if c.half == "fit"}))}
    for case in out:
        case.half = fold.get(case.page, case.half)
    return out


def decline_report(label: str, support: np.ndarray, all_cases: list[Case], mask: np.ndarray, cut: float) -> None:
    yes = np.array([c.answerable for c in all_cases]) & mask
    no = ~np.array([c.answerable for c in all_cases]) & mask
    at95 = float(np.quantile(support[yes], 1 - answers.KEPT_ANSWERABLE)) if yes.any() else 0.0
    if not no.any():
        print(f"{label:<16} answerable declined {np.mean(support[yes] < cut):.3f}", flush=True)
        return
    auc = answers.auroc(list(support[yes]), list(support[no]))
    print(f"{label:<16} answerable declined {np.mean(support[yes] < cut):.3f}  unanswerable declined "
          f"{np.mean(support[no] < cut):.3f}  hard rules {np.mean(support[no] == 0):.3f}  | at 95% answered: "
          f"{np.mean(support[no] < at95):.3f}  AUROC {auc:.3f}", flush=True)


def declines(all_cases: list[Case], tuning: Tuning) -> None:
    """The decline score at a range of thresholds, then at the one in `tuning`, per set and half."""
    support = np.array([case.index.support(case.question, case.parts, rank(case, tuning)[1][0], tuning) for case in all_cases])
    y = np.array([c.answerable for c in all_cases])
    sets = np.array([c.set for c in all_cases])
    halves = np.array([c.half for c in all_cases])
    dev = (sets == "reworded") & (halves == "tuned")
    held = (sets == "reworded") & (halves == "other")
    for cut in np.arange(0.0, 0.65, 0.05):
        print(f"threshold {cut:.2f}: reworded dev answerable declined {np.mean(support[dev & y] < cut):.2f}, "
              f"unanswerable declined {np.mean(support[dev & ~y] < cut):.2f}; heldout "
              f"{np.mean(support[held & y] < cut):.2f} / {np.mean(support[held & ~y] < cut):.2f}")
    print(f"-- threshold {tuning.threshold}")
    for s in ("squad2", "reworded", "squad1"):
        for h in ("tuned", "other"):
            decline_report(f"{s} {h}", support, all_cases, (sets == s) & (halves == h), tuning.threshold)


KIND_SAMPLE = 2000
"""SQuAD 1.1 questions `--kinds` reads (every n-th): enough for a kind's recall within a point or two."""


def kind_recall(all_cases: list[Case], tuning: Tuning) -> None:
    """Per set, kind asked and language: of the answerable questions asking a kind, the share whose
    gold sentence holds it (recall), and the share of the other candidates (sentences scoring above
    zero, not gold) that hold it too (fires on others). Only the tuned shares: SQuAD 1.1 sampled
    (`KIND_SAMPLE`), the reworded dev share, the fresh fitting rows; never a held-out or blind row."""
    squad1 = [c for c in all_cases if c.set == "squad1" and c.answerable]
    stride = max(1, len(squad1) // KIND_SAMPLE)
    chosen = {id(c) for c in squad1[::stride][:KIND_SAMPLE]}
    tally: dict[tuple[str, str, str], list[int]] = {}
    for case in all_cases:
        tuned = (case.set == "reworded" and case.half == "tuned") or (case.set == "fresh" and case.half.startswith("fit"))
        if not case.answerable or case.parts.holds is None or not case.hits.any() or not (tuned or id(case) in chosen):
            continue
        holds = case.parts.holds
        others = (case.index.combine(case.parts, tuning) > 0) & ~case.hits
        kind = "+".join(sorted(case.parts.kinds)) or "member"
        row = tally.setdefault((case.set, kind, case.index.document.language.code), [0, 0, 0, 0])
        row[0] += bool(holds[case.hits].any())
        row[1] += 1
        row[2] += int(holds[others].sum())
        row[3] += int(others.sum())
    print(f"{'set':<10}{'kind':<24}{'lang':<6}{'questions':>10}{'recall':>9}{'fires on others':>17}")
    for (name, kind, code), (held, asked, fired, candidates) in sorted(tally.items()):
        if asked >= 5:
            print(f"{name:<10}{kind:<24}{code:<6}{asked:>10}{held / asked:>9.2f}{fired / max(candidates, 1):>17.2f}")


def main(argv: list[str] | None = None) -> None:
    from bench import fresh_pages  # for the options naming its pages' clones

    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--data", type=Path, default=answers.DEFAULT_DATA)
    parser.add_argument("--grid", action="store_true", help="try ranking weights near the defaults")
    parser.add_argument("--declines", action="store_true", help="report declining at a range of thresholds")
    parser.add_argument("--kinds", action="store_true",
                        help="report the asked kind's recall in the gold sentence and its firing on the others")
    parser.add_argument("--fresh", action="store_true",
                        help="add the fresh pages' fitting rows (bench/fresh), in two folds of pages")
    parser.add_argument("--blind", action="store_true", help="with --fresh, also the blind rounds (a check: totals only)")
    fresh_pages.add_clone_arguments(parser)
    parser.add_argument("--set", action="append", default=[], metavar="NAME=VALUE", help="change a Tuning weight")
    args = parser.parse_args(argv)
    tuning = replace(DEFAULT_TUNING, **{k: float(v) for k, v in (item.split("=") for item in args.set)})
    all_cases = cases(args.data) + (fresh_cases(args) if args.fresh else [])
    print(f"{len(all_cases)} questions; fields tuned: {', '.join(f.name for f in fields(Tuning))}")
    if args.grid:
        grid(all_cases, tuning)
    else:
        show("as set", accuracy(all_cases, tuning))
    if args.kinds:
        kind_recall(all_cases, tuning)
    if args.declines:
        declines(all_cases, tuning)


if __name__ == "__main__":
    main()
