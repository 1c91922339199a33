"""Article extraction benchmark: how much of each page's true article body do we keep, and no more.

Usage: `python -m bench.extraction [--data DIR]` (default `../shared/bench/data` beside the repo).

Reads the Zyte article-extraction-benchmark development pages and scores three extractors with
exactly the metric of `extraction/scores_published.md`, so our numbers sit next to the published
ones: (a) trafilatura with its defaults, (b) trafilatura with the options the bot uses, (c) the bot's
full `extract_article` (trafilatura + heading handling + clutter removal). It also times (c), the
part a user waits for, and lists the pages (c) refused, since every page here is a real article.
"""

from __future__ import annotations

import gzip
import re
import statistics
import time
from collections import Counter
from dataclasses import dataclass
from pathlib import Path
from typing import Callable

import trafilatura

from bench.data import EXTRACTION, argument_parser, data_set, read_jsonl
from bot.errors import NotAnArticle, PageBlocked
from bot.reader.extract.page import TRAFILATURA_OPTIONS, extract_article

SHINGLE_SIZE = 4
_TOKEN = re.compile(r"\w+")


@dataclass(frozen=True)
class Page:
    id: str
    url: str
    html: str
    truth: str


@dataclass(frozen=True)
class Scores:
    precision: float
    recall: float
    f1: float
    accuracy: float


def load_pages(data: Path) -> list[Page]:
    """The extraction set's pages with their true text; none (and a note) when the share lacks it."""
    truth = data_set(data, EXTRACTION)
    if truth is None:
        return []
    pages = []
    for item in read_jsonl(truth):
        html = gzip.decompress((truth.parent / item["html_path"]).read_bytes()).decode("utf-8")
        pages.append(Page(item["id"], item["url"], html, item["text"]))
    return pages


Tokenizer = Callable[[str], list[str]]


def _shingles(text: str, size: int, tokenize: Tokenizer) -> Counter[tuple[str, ...]]:
    """`size`-token shingles as the benchmark's evaluate.py builds them (4 tokens there).

    A text shorter than `size` tokens is one shingle; an empty text has none, so an empty answer
    costs recall but not precision (this reproduces the published goose3 and justext scores).
    """
    tokens = tokenize(text)
    if not tokens:
        return Counter()
    return Counter(tuple(tokens[i : i + size]) for i in range(max(1, len(tokens) - size + 1)))


def _page_counts(truth: str, prediction: str, size: int, tokenize: Tokenizer) -> tuple[float, float, float]:
    """TP, FP, FN of one page, normalised to sum to 1 so every page weighs the same."""
    true, pred = _shingles(truth, size, tokenize), _shingles(prediction, size, tokenize)
    tp = sum((true & pred).values())
    fp = sum((pred - true).values())
    fn = sum((true - pred).values())
    total = tp + fp + fn or 1
    return tp / total, fp / total, fn / total


def score(pairs: list[tuple[str, str]], size: int = SHINGLE_SIZE, tokenize: Tokenizer = _TOKEN.findall) -> Scores:
    """Mean precision and recall over pages, F1 of the means, exact-token accuracy. The published
    metric counts shingles of four `\\w+` tokens; `bench.fundus` counts single words, with a
    tokenizer that splits Chinese and Japanese into characters."""
    precisions, recalls = [], []
    for truth, prediction in pairs:
        tp, fp, fn = _page_counts(truth, prediction, size, tokenize)
        if fp == fn == 0:
            precisions.append(1.0)
            recalls.append(1.0)
            continue
        if tp + fp > 0:
            precisions.append(tp / (tp + fp))
        if tp + fn > 0:
            recalls.append(tp / (tp + fn))
    precision, recall = statistics.mean(precisions), statistics.mean(recalls)
    f1 = 2 * precision * recall / (precision + recall) if precision + recall else 0.0
    accuracy = statistics.mean(tokenize(t) == tokenize(p) for t, p in pairs)
    return Scores(precision, recall, f1, accuracy)


def trafilatura_defaults(page: Page) -> str:
    return trafilatura.extract(page.html, url=page.url) or ""


def trafilatura_chosen(page: Page) -> str:
    document = trafilatura.bare_extraction(page.html, url=page.url, **TRAFILATURA_OPTIONS)
    return document.text if document is not None and document.text else ""


def bot_extractor(refused: list[str]) -> Callable[[Page], str]:
    def run(page: Page) -> str:
        try:
            return "\n\n".join(extract_article(page.html, page.url).paragraphs)
        except (NotAnArticle, PageBlocked):
            refused.append(page.url)
            return ""

    return run


def _run(pages: list[Page], extractor: Callable[[Page], str]) -> tuple[Scores, list[float]]:
    pairs, seconds = [], []
    for page in pages:
        start = time.perf_counter()
        prediction = extractor(page)
        seconds.append(time.perf_counter() - start)
        pairs.append((page.truth, prediction))
    return score(pairs), seconds


def _percentile(values: list[float], share: float) -> float:
    ordered = sorted(values)
    return ordered[min(len(ordered) - 1, round(share * (len(ordered) - 1)))]


def main() -> None:
    pages = load_pages(argument_parser(__doc__).parse_args().data)
    if not pages:
        return
    refused: list[str] = []
    systems = {
        "(a) trafilatura defaults": trafilatura_defaults,
        "(b) trafilatura, bot options": trafilatura_chosen,
        "(c) bot extract_article": bot_extractor(refused),
    }
    print(f"{len(pages)} pages")
    print(f"{'system':32} {'F1':>6} {'prec':>6} {'recall':>6} {'acc':>6}")
    timings: dict[str, list[float]] = {}
    for name, extractor in systems.items():
        scores, timings[name] = _run(pages, extractor)
        print(f"{name:32} {scores.f1:6.3f} {scores.precision:6.3f} {scores.recall:6.3f} {scores.accuracy:6.3f}")
    bot_seconds = timings["(c) bot extract_article"]
    print(
        f"extract_article time per page: median {statistics.median(bot_seconds) * 1000:.0f} ms, "
        f"p95 {_percentile(bot_seconds, 0.95) * 1000:.0f} ms"
    )
    print(f"refused as not an article: {len(refused)}" + "".join(f"\n  {url}" for url in refused))

if __name__ == "__main__":
    main()
