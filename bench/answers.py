"""How often the bot's answer sentence holds the true answer, on SQuAD v1.1 dev articles.

    python -m bench.answers [--data DATA_DIR]

Each question is asked against its whole article (not the paragraph it was written for). A hit
means the chosen sentence contains a gold answer after SQuAD normalisation. The articles are split
in two halves by position (even/odd); the weights in `Tuning` were tuned on the even half only, so
the odd half shows what to expect on articles nobody looked at. Declining is measured against
`bench/unanswerable_dev.jsonl`: questions written for these articles about things they never
mention, plus questions taken from a different article. Rows of that list whose article or
question a data folder lacks are skipped with a note, so any share with the same layout runs.

When the folder holds `qa-squad2/` (SQuAD 2.0: the same articles plus crowd-written unanswerable
questions that reuse the article's words), the bot is measured there too: top-1 / top-3 on the
answerable questions, the share of unanswerable ones it declines and of answerable ones it keeps,
the share declined when 95 % of the answerable ones are answered, and the AUROC of its score.
"""

from __future__ import annotations

import argparse
import json
import re
import statistics
import string
import time
import tracemalloc
from collections.abc import Callable
from dataclasses import dataclass, replace
from pathlib import Path

import numpy as np
from rank_bm25 import BM25Okapi

from bot.reader.answer.bridges import bridges_for
from bot.reader.answer.index import DEFAULT_TUNING, Answer, AnswerIndex, Tuning
from bot.reader.article import Article
from bot.reader.text.document import Document, build_document

REPO = Path(__file__).resolve().parent.parent
DEFAULT_DATA = REPO.parent / "shared" / "bench" / "data"
UNANSWERABLE = REPO / "bench" / "unanswerable_dev.jsonl"
SQUAD2 = Path("qa-squad2") / "dev.squad_v2.0_dev_articles.jsonl"
KEPT_ANSWERABLE = 0.95
"""The share of answerable questions a fair decline threshold keeps answering."""
TOPS = (1, 3)

Ranker = Callable[[str], list[int]]
"""Question -> sentence indexes, best first."""


@dataclass(frozen=True)
class Question:
    id: str
    text: str
    answers: tuple[str, ...]


@dataclass(frozen=True)
class QaArticle:
    id: str
    document: Document
    questions: tuple[Question, ...]
    normalized: tuple[str, ...]
    """Each sentence after SQuAD normalisation, padded with spaces for whole-word matching."""


def normalize(text: str) -> str:
    """SQuAD's answer normalisation: lower case, no punctuation, no articles, single spaces."""
    text = "".join(c for c in text.lower() if c not in set(string.punctuation))
    text = re.sub(r"\b(a|an|the)\b", " ", text)
    return " ".join(text.split())


def load(path: Path, impossible: bool = False) -> list[QaArticle]:
    """The articles of a SQuAD-layout file with their answerable questions (or only the others)."""
    articles = []
    with path.open(encoding="utf-8") as handle:
        for line in handle:
            row = json.loads(line)
            article = Article(title=row["title"].replace("_", " "), paragraphs=tuple(row["text"].split("\n\n")))
            document = build_document(article)
            questions = tuple(
                Question(q["id"], q["question"], tuple(normalize(a) for a in q["answers"]))
                for q in row["qas"] if bool(q.get("is_impossible")) == impossible
            )
            padded = tuple(f" {normalize(s.text)} " for s in document.sentences)
            articles.append(QaArticle(row["id"], document, questions, padded))
    return articles


def hit_at(article: QaArticle, question: Question, ranked: list[int], top: int) -> bool:
    return any(f" {a} " in article.normalized[i] for i in ranked[:top] for a in question.answers if a)


def overlap_ranker(document: Document) -> Ranker:
    """The plainest baseline: how many of the question's content words the sentence shares."""
    term_sets = [set(s.terms) for s in document.sentences]

    def rank(question: str) -> list[int]:
        asked = set(document.language.terms(question))
        scores = [len(asked & terms) for terms in term_sets]
        return sorted(range(len(scores)), key=lambda i: -scores[i])

    return rank


def bm25_ranker(document: Document) -> Ranker:
    """The baseline to beat: Okapi BM25 over each sentence's stemmed content words."""
    bm25 = BM25Okapi([list(s.terms) or ["_"] for s in document.sentences])

    def rank(question: str) -> list[int]:
        scores = bm25.get_scores(document.language.terms(question))
        return sorted(range(len(scores)), key=lambda i: -scores[i])

    return rank


def bot_answerer(document: Document, tuning: Tuning = DEFAULT_TUNING) -> Callable[[str], Answer]:
    """The bot's answers with declining switched off, so every question is ranked and scored."""
    index = AnswerIndex(document, replace(tuning, threshold=0.0))
    return lambda question: index.answer(question, top=max(TOPS))


def bot_ranker(document: Document, tuning: Tuning = DEFAULT_TUNING) -> Ranker:
    answer = bot_answerer(document, tuning)
    return lambda question: _ranked(answer(question))


def _ranked(answer: Answer) -> list[int]:
    return [s.index for s in answer.sentences] or ([answer.closest.index] if answer.closest else [])


def accuracy(articles: list[QaArticle], make: Callable[[Document], Ranker]) -> dict[int, float]:
    """Share of questions with a gold answer in the top 1 and top 3 sentences."""
    hits = dict.fromkeys(TOPS, 0)
    total = 0
    for article in articles:
        rank = make(article.document)
        for question in article.questions:
            ranked = rank(question.text)
            for top in TOPS:
                hits[top] += hit_at(article, question, ranked, top)
            total += 1
    return {top: hits[top] / max(total, 1) for top in TOPS}


def load_unanswerable(articles: list[QaArticle]) -> list[tuple[str, str, str]]:
    """(article id, question, kind) for every question the article cannot answer.

    The list names articles and borrowed questions of the development share; rows whose article or
    question this data folder lacks are skipped, and the count is printed.
    """
    by_id = {q.id: q.text for article in articles for q in article.questions}
    present = {article.id for article in articles}
    rows, skipped = [], 0
    with UNANSWERABLE.open(encoding="utf-8") as handle:
        for line in handle:
            row = json.loads(line)
            text = row.get("question") or by_id.get(row.get("question_id", ""))
            if text is None or row["article_id"] not in present:
                skipped += 1
                continue
            rows.append((row["article_id"], text, row["kind"]))
    if skipped:
        print(f"(note: {skipped} of the unanswerable questions skipped: their article or borrowed question "
              "is not in this data folder)")
    return rows


def halves(articles: list[QaArticle]) -> dict[str, list[QaArticle]]:
    return {"tuned half": articles[0::2], "other half": articles[1::2], "all": articles}


def print_accuracy(articles: list[QaArticle]) -> None:
    rankers: dict[str, Callable[[Document], Ranker]] = {
        "word overlap": overlap_ranker,
        "BM25 sentences": bm25_ranker,
        "AnswerIndex": bot_ranker,
    }
    print(f"{'top-1 / top-3':<16}" + "".join(f"{name:>20}" for name in halves(articles)))
    for name, make in rankers.items():
        cells = []
        for subset in halves(articles).values():
            scores = accuracy(subset, make)
            cells.append(f"{scores[1]:.3f} / {scores[3]:.3f}")
        print(f"{name:<16}" + "".join(f"{cell:>20}" for cell in cells))


Scorer = Callable[[str], float]
"""Question -> how sure the article answers it, higher is surer."""


def bm25_coverage_scorer(document: Document) -> Scorer:
    """The baseline to beat: share of the question's BM25 weight found in the top BM25 sentence."""
    bm25 = BM25Okapi([list(s.terms) or ["_"] for s in document.sentences])
    term_sets = [set(s.terms) for s in document.sentences]

    def score(question: str) -> float:
        asked = set(document.language.terms(question))
        if not asked:
            return 0.0
        best = int(np.argmax(bm25.get_scores(list(asked))))
        weights = {term: bm25.idf.get(term, max(bm25.idf.values())) for term in asked}
        return sum(w for term, w in weights.items() if term in term_sets[best]) / max(sum(weights.values()), 1e-9)

    return score


def bot_scorer(document: Document) -> Scorer:
    answer = bot_answerer(document)
    return lambda question: answer(question).score


def decline_scores(
    articles: list[QaArticle], make: Callable[[Document], Scorer], rows: list[tuple[str, str, str]]
) -> tuple[list[float], dict[str, list[float]]]:
    """Scores of the articles' answerable questions, and of their unanswerable `rows` by kind."""
    scorers = {a.id: make(a.document) for a in articles}
    answerable = [scorers[a.id](q.text) for a in articles for q in a.questions]
    unanswerable: dict[str, list[float]] = {}
    for article_id, text, kind in rows:
        if article_id in scorers:
            unanswerable.setdefault(kind, []).append(scorers[article_id](text))
    return answerable, unanswerable


def print_declines(articles: list[QaArticle]) -> None:
    """Declining: how many unanswerable questions are declined, and how many answerable ones are lost.

    The bot declines below its threshold. Plain BM25 has no threshold of its own, so it gets the
    one that loses the same share of answerable questions on all articles: the recall columns then
    compare like with like.
    """
    threshold = DEFAULT_TUNING.threshold
    rows = load_unanswerable(articles)
    all_bot = decline_scores(articles, bot_scorer, rows)
    all_bm25 = decline_scores(articles, bm25_coverage_scorer, rows)
    lost = float(np.mean(np.array(all_bot[0]) < threshold))
    bm25_threshold = float(np.quantile(all_bm25[0], lost))
    kinds = sorted(all_bot[1])
    if not kinds:
        print("\nDeclining: no unanswerable questions for these articles")
        return
    print(f"\nDeclining (AnswerIndex: score < {threshold}; BM25 coverage: < {bm25_threshold:.3f}, "
          "the same share of answerable questions lost on all articles)")
    columns = ["answerable lost", *kinds, "all unanswerable", "precision 1:1"]
    print(f"{'':<30}" + "".join(f"{c:>17}" for c in columns))
    for half, subset in halves(articles).items():
        for name, make, cut in (("BM25 coverage", bm25_coverage_scorer, bm25_threshold), ("AnswerIndex", bot_scorer, threshold)):
            answerable, unanswerable = decline_scores(subset, make, rows)
            wrong = float(np.mean(np.array(answerable) < cut))
            recalls = [float(np.mean(np.array(unanswerable[kind]) < cut)) for kind in kinds]
            everything = float(np.mean(np.concatenate([unanswerable[kind] for kind in kinds]) < cut))
            cells = [wrong, *recalls, everything, everything / max(everything + wrong, 1e-9)]
            print(f"{half + ', ' + name:<30}" + "".join(f"{c:>17.3f}" for c in cells))
    counts = ", ".join(f"{len(all_bot[1][kind])} {kind}" for kind in kinds)
    print(f"({len(all_bot[0])} answerable questions; unanswerable, declined share shown: {counts})")


def auroc(positives: list[float], negatives: list[float]) -> float:
    """Chance that a random positive scores above a random negative (ties count half)."""
    scores = np.concatenate([positives, negatives])
    order = np.argsort(scores, kind="stable")
    ranks = np.empty(len(scores))
    ranks[order] = np.arange(1, len(scores) + 1)
    for value in np.unique(scores):
        tied = scores == value
        ranks[tied] = ranks[tied].mean()
    wins = ranks[: len(positives)].sum() - len(positives) * (len(positives) + 1) / 2
    return float(wins / max(len(positives) * len(negatives), 1))


def print_squad2(data_dir: Path) -> None:
    """SQuAD 2.0: ranking on its answerable questions, declining its unanswerable ones."""
    path = data_dir / SQUAD2
    if not path.exists():
        print(f"\n(note: no {SQUAD2} in this data folder: SQuAD 2.0 skipped)")
        return
    answerable, impossible = load(path), load(path, impossible=True)
    scores = accuracy(answerable, bot_ranker)
    index = {a.id: AnswerIndex(a.document) for a in answerable}
    kept = [index[a.id].answer(q.text) for a in answerable for q in a.questions]
    refused = [index[a.id].answer(q.text) for a in impossible for q in a.questions]
    yes = [answer.score for answer in kept]
    no = [answer.score for answer in refused]
    cut = float(np.quantile(yes, 1 - KEPT_ANSWERABLE))
    print(f"\nSQuAD 2.0 dev: {len(answerable)} articles, {len(yes)} answerable and {len(no)} unanswerable questions")
    print(f"answerable top-1 / top-3: {scores[1]:.3f} / {scores[3]:.3f} "
          f"({round(scores[1] * len(yes)):,} / {round(scores[3] * len(yes)):,} of {len(yes):,})")
    print(f"bot's own declines: unanswerable declined {np.mean([not a.found for a in refused]):.3f}, "
          f"answerable answered {np.mean([a.found for a in kept]):.3f}")
    print(f"at {KEPT_ANSWERABLE:.0%} of answerable answered (score < {cut:.3f}): "
          f"unanswerable declined {np.mean(np.array(no) < cut):.3f}; AUROC of the score {auroc(yes, no):.3f}")


def print_tables() -> None:
    """What the bridge tables cost: load time and memory, measured on the first (lazy) load."""
    bridges_for.cache_clear()
    tracemalloc.start()
    start = time.perf_counter()
    bridges = bridges_for("en")
    seconds = time.perf_counter() - start
    size = tracemalloc.get_traced_memory()[0]
    tracemalloc.stop()
    bridges_for.cache_clear()
    start = time.perf_counter()
    bridges_for("en")
    print(f"Bridge tables (en): {len(bridges)} stems; load {time.perf_counter() - start:.2f} s "
          f"({seconds:.2f} s under tracemalloc), {size / 1e6:.0f} MB\n")


def print_timing(articles: list[QaArticle]) -> None:
    builds, answers = [], []
    for article in articles:
        start = time.perf_counter()
        index = AnswerIndex(article.document)
        builds.append(time.perf_counter() - start)
        for question in article.questions:
            start = time.perf_counter()
            index.answer(question.text)
            answers.append(time.perf_counter() - start)
    answers.sort()
    print(f"\nTime per answer: median {statistics.median(answers) * 1000:.2f} ms, "
          f"p95 {answers[int(len(answers) * 0.95)] * 1000:.2f} ms")
    print(f"Index build per article: median {statistics.median(builds) * 1000:.1f} ms, max {max(builds) * 1000:.1f} ms "
          f"({statistics.mean(len(a.document.sentences) for a in articles):.0f} sentences on average)")


def main(argv: list[str] | None = None) -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--data", type=Path, default=DEFAULT_DATA, help="bench data folder holding qa/")
    data_dir = parser.parse_args(argv).data
    print_tables()
    articles = load(data_dir / "qa" / "dev.squad_v1.1_dev_articles.jsonl")
    print(f"SQuAD v1.1 dev: {len(articles)} articles, {sum(len(a.questions) for a in articles)} questions, "
          "whole article as context\n")
    print_accuracy(articles)
    print_declines(articles)
    print_squad2(data_dir)
    print_timing(articles)


if __name__ == "__main__":
    main()
