"""Summary quality and speed: every summary method (`SUMMARY_METHOD`) against Lead-N.

Run `python -m bench.summaries [--data DIR] [--limit N] [--methods a,b] [--skip-sumy] [--halves]`.
Every system sees the same sentences: documents are built by the bot's own pipeline (`Article` ->
`build_document`). Each method is measured twice: "bot: NAME" is the summary the bot shows with
that method (its ratings, then the readability rules that pick, pair and skip sentences), "sumy:
NAME" is sumy's summarizer alone on the same sumy document (the bot's sentences, Snowball stemmer
and stop words), so the table compares ranking methods, not sentence splitters, and shows what the
rules cost or add. `--skip-sumy` keeps the learned method only.

Two data sets, because each alone misleads: CNN/DailyMail highlights are human-written (Lead-3 is
famously hard to beat there), BBC references are sentences picked by some machine (TextRank
reproduces them unusually well). A summarizer worth shipping has to hold up on both. A share that
lacks one of them gets a note and the other's table.
`--halves` repeats each table on the two halves `bench.train_summary` splits the items into (by a
hash of their id): a change tuned on the whole set should win on each half, not on one by luck.
"""

from __future__ import annotations

import hashlib
import random
import statistics
import time
from collections.abc import Callable, Sequence
from dataclasses import dataclass
from multiprocessing import Pool
from pathlib import Path

from rouge_score import rouge_scorer

from bench.data import BBC, CNNDM, argument_parser, data_set, read_jsonl
from bot.reader.article import Article
from bot.reader.text.document import Document, build_document
from bot.reader.summary.compose import summarize
from bot.reader.summary.dom import document_model
from bot.reader.summary.methods import DEFAULT_METHOD, METHODS

SUMMARY_SENTENCES = 3
ROUGE_TYPES = ("rouge1", "rouge2", "rougeL")
SYNTHETIC_SENTENCES = 1000

Summarizer = Callable[[Document, int], list[str]]


@dataclass(frozen=True)
class Item:
    id: str
    title: str
    text: str
    reference: tuple[str, ...]


def load_cnndm(data_dir: Path) -> list[Item]:
    """CNN/DailyMail stories with their highlights; none (and a note) when the share lacks them."""
    path = data_set(data_dir, CNNDM)
    rows = read_jsonl(path) if path else ()
    return [Item(r["id"], "", r["text"], tuple(r["summary_sentences"])) for r in rows]


def load_bbc(data_dir: Path) -> list[Item]:
    """BBC articles with their reference sentences, duplicates left out; none when the share lacks them."""
    path = data_set(data_dir, BBC)
    rows = read_jsonl(path) if path else ()
    return [
        Item(r["id"], r["title"], r["text"], tuple(r["summary_sentences"]))
        for r in rows
        if r.get("duplicate_of") is None
    ]


def in_training_half(item_id: str) -> bool:
    """The half of the items `bench.train_summary` fits on; the other half is held out."""
    return hashlib.sha1(item_id.encode()).digest()[0] % 2 == 0


def document_of(item: Item) -> Document:
    """The text as the bot would see it: paragraphs are the blocks between blank lines."""
    paragraphs = tuple(p.strip() for p in item.text.split("\n\n") if p.strip())
    return build_document(Article(title=item.title, paragraphs=paragraphs, language="en"))


def lead(document: Document, count: int) -> list[str]:
    return [s.text for s in document.sentences[:count]]


def bot(method: str) -> Summarizer:
    """The summary the bot shows with this method: its ratings, then the readability rules."""
    def run(document: Document, count: int) -> list[str]:
        return [s.text for s in summarize(document, count, method).selected]
    return run


def bot_tldr(document: Document, count: int) -> list[str]:
    return [summarize(document, SUMMARY_SENTENCES).tldr.text]


def sumy_system(method: str) -> Summarizer:
    """The method's sumy summarizer alone, on every sentence, with no readability rules."""
    def run(document: Document, count: int) -> list[str]:
        if not document.sentences:
            return []
        picked = METHODS[method].build(document)(document_model(document), count)
        return [str(s) for s in picked]
    return run


@dataclass(frozen=True)
class Row:
    label: str
    system: Summarizer
    count: int | None
    """Sentences to pick; None means as many as the reference has."""


def rows_for(dataset: str, methods: Sequence[str]) -> list[Row]:
    n = SUMMARY_SENTENCES
    rows = [Row(f"Lead-{n}", lead, n)]
    rows += [Row(f"bot: {method} ({n})", bot(method), n) for method in methods]
    rows += [Row(f"sumy: {method} ({n})", sumy_system(method), n) for method in methods if method != DEFAULT_METHOD]
    rows += [Row("Lead-1", lead, 1), Row("bot TL;DR", bot_tldr, 1)]
    if dataset == "BBC":
        rows += [Row("Lead-N (ref. length)", lead, None), Row("bot (ref. length)", bot(DEFAULT_METHOD), None)]
        if "textrank" in methods:
            rows.append(Row("sumy: textrank (ref. length)", sumy_system("textrank"), None))
    return rows


_SCORER = rouge_scorer.RougeScorer(list(ROUGE_TYPES), use_stemmer=True)


def score_item(job: tuple[str, tuple[str, ...], Item]) -> list[tuple[float, ...]]:
    """ROUGE F1 of every row's summary of one item (run in a worker process)."""
    dataset, methods, item = job
    document = document_of(item)
    reference = "\n".join(item.reference)
    scores = []
    for row in rows_for(dataset, methods):
        count = row.count or len(item.reference)
        summary = "\n".join(row.system(document, count))
        result = _SCORER.score(reference, summary)
        scores.append(tuple(result[t].fmeasure for t in ROUGE_TYPES))
    return scores


def evaluate(dataset: str, items: Sequence[Item], methods: tuple[str, ...], workers: int, halves: bool) -> None:
    jobs = [(dataset, methods, item) for item in items]
    with Pool(workers) as pool:
        per_item = pool.map(score_item, jobs, chunksize=8)
    rows = rows_for(dataset, methods)
    print_table(f"{dataset}: {len(items)} articles", rows, per_item)
    if halves:
        for label, train in (("training half", True), ("held-out half", False)):
            half = [scores for item, scores in zip(items, per_item) if in_training_half(item.id) == train]
            print_table(f"{dataset} {label}: {len(half)} articles", rows, half)


def print_table(title: str, rows: Sequence[Row], per_item: Sequence[list[tuple[float, ...]]]) -> None:
    print(f"\n{title}, ROUGE F1 (stemmed)")
    if not per_item:
        return
    print(f"{'system':<30}{'R1':>8}{'R2':>8}{'RL':>8}")
    for r, row in enumerate(rows):
        means = [statistics.fmean(scores[r][t] for scores in per_item) for t in range(len(ROUGE_TYPES))]
        print(f"{row.label:<30}" + "".join(f"{m:>8.3f}" for m in means))


def time_documents(documents: Sequence[Document]) -> tuple[float, float]:
    """Median and p95 milliseconds of one `summarize` call at the bot's default length."""
    times = []
    for document in documents:
        start = time.perf_counter()
        summarize(document, SUMMARY_SENTENCES)
        times.append((time.perf_counter() - start) * 1000)
    times.sort()
    return statistics.median(times), times[min(len(times) - 1, int(0.95 * len(times)))]


def synthetic_document(sentences: int, seed: int = 7) -> Document:
    """A long page of plausible English sentences, 20 to a paragraph, from a fixed seed."""
    rng = random.Random(seed)
    vocabulary = [f"{stem}{suffix}" for stem in ("market", "council", "river", "energy", "school",
                  "player", "budget", "vote", "storm", "court", "price", "health", "city", "film")
                  for suffix in ("", "s", "ing", "ed")]
    texts = []
    for _ in range(sentences):
        body = " ".join(rng.choice(vocabulary) for _ in range(rng.randint(8, 25)))
        texts.append(f"The {body} said officials on Tuesday.")
    paragraphs = tuple(" ".join(texts[i:i + 20]) for i in range(0, sentences, 20))
    return build_document(Article(title="Synthetic page", paragraphs=paragraphs))


def main(argv: Sequence[str] | None = None) -> None:
    parser = argument_parser(__doc__)
    parser.add_argument("--limit", type=int, default=None, help="only the first N articles of each set")
    parser.add_argument("--methods", default=",".join(METHODS),
                        help=f"comma-separated summary methods to measure (default all: {','.join(METHODS)})")
    parser.add_argument("--skip-sumy", action="store_true", help="measure the learned method only")
    parser.add_argument("--workers", type=int, default=2)
    parser.add_argument("--halves", action="store_true",
                        help="also score each half of the train/held-out split")
    args = parser.parse_args(argv)
    methods = (DEFAULT_METHOD,) if args.skip_sumy else tuple(args.methods.split(","))
    unknown = set(methods) - set(METHODS)
    if unknown:
        parser.error(f"unknown methods {', '.join(sorted(unknown))}; known: {', '.join(METHODS)}")

    datasets = {"CNN/DM": load_cnndm(args.data), "BBC": load_bbc(args.data)}
    for name, items in datasets.items():
        if items:
            evaluate(name, items[: args.limit], methods, args.workers, args.halves)

    documents = [document_of(item) for items in datasets.values() for item in items[: args.limit]]
    if documents:
        median, p95 = time_documents(documents)
        print(f"\nsummarize(): median {median:.1f} ms, p95 {p95:.1f} ms per article ({len(documents)} articles)")
    long_document = synthetic_document(SYNTHETIC_SENTENCES)
    start = time.perf_counter()
    summarize(long_document, SUMMARY_SENTENCES)
    elapsed = time.perf_counter() - start
    print(f"summarize(): {elapsed:.3f} s for a synthetic {len(long_document.sentences)}-sentence article")


if __name__ == "__main__":
    main()
