"""Reading speed: the CPU work a user waits for once the page has arrived (network excluded).

Usage: `python -m bench.speed [--data DIR]`. A share without the extraction or the SQuAD set
gets that row skipped with a note.

Per page of the extraction set: extraction, sentence splitting, summary, key quotes and the answer
index, timed end to end (median and p95; targets on a 2-core machine: 60 ms / 300 ms). Then a
1,000-sentence document (target 1 s), its summary alone by each summary method (`SUMMARY_METHOD`,
CPU time, target 1 s each) and the time per answer on the SQuAD articles (target 10 ms).
Each stage is run on fresh objects, so the pipeline's caches don't flatter the numbers.
"""

from __future__ import annotations

import statistics
import time
from pathlib import Path

from bench.data import SQUAD, argument_parser, data_set, read_jsonl
from bench.extraction import load_pages
from bot.reader.answer.index import AnswerIndex
from bot.reader.article import Article
from bot.reader.text.document import build_document
from bot.errors import ReaderError
from bot.reader.extract.page import extract_article
from bot.reader.quotes.quotations import find_quotes
from bot.reader.summary.compose import Length, summarize
from bot.reader.summary.methods import METHODS

LONG_SENTENCES = 1000


def read_fully(article: Article) -> None:
    document = build_document(article)
    summarize(document, Length.MEDIUM)
    find_quotes(document)
    AnswerIndex(document)


def percentile(values: list[float], share: float) -> float:
    ordered = sorted(values)
    return ordered[min(len(ordered) - 1, int(share * len(ordered)))]


def per_page(data_dir: Path) -> list[float]:
    times = []
    for page in load_pages(data_dir):
        started = time.perf_counter()
        try:
            read_fully(extract_article(page.html, page.url))
        except ReaderError:
            continue
        times.append(time.perf_counter() - started)
    return times


def long_article() -> Article:
    topics = ["harbour", "council", "ferry", "budget", "school", "bridge", "garden", "hospital"]
    paragraphs = tuple(
        " ".join(f"The {topics[(p + s) % 8]} plan number {p * 10 + s} was discussed by {s + 3} members "
                 f"of the {topics[(p * 3 + s) % 8]} committee on day {p}." for s in range(10))
        for p in range(LONG_SENTENCES // 10))
    return Article("A very long report", paragraphs)


def long_document() -> float:
    article = long_article()
    started = time.perf_counter()
    read_fully(article)
    return time.perf_counter() - started


def per_method() -> dict[str, float]:
    """CPU seconds of one summary of the 1,000-sentence document by each method."""
    document = build_document(long_article())
    times = {}
    for method in METHODS:
        started = time.process_time()
        summarize(document, Length.MEDIUM, method)
        times[method] = time.process_time() - started
    return times


def per_answer(data_dir: Path) -> list[float]:
    times: list[float] = []
    squad = data_set(data_dir, SQUAD)
    for item in read_jsonl(squad) if squad else ():
        index = AnswerIndex(build_document(Article(item["title"], tuple(item["text"].split("\n\n")))))
        for qa in item["qas"][:50]:
            started = time.perf_counter()
            index.answer(qa["question"])
            times.append(time.perf_counter() - started)
    return times


def main() -> None:
    data_dir = argument_parser(__doc__).parse_args().data
    pages = per_page(data_dir)
    long = long_document()
    methods = per_method()
    answers = per_answer(data_dir)
    ms = 1000
    print(f"{'measure':<52}{'median':>10}{'p95':>10}{'target':>10}")
    if pages:
        print(f"{'page: extraction to answer index (' + str(len(pages)) + ' pages), ms':<52}"
              f"{statistics.median(pages) * ms:>10.1f}{percentile(pages, 0.95) * ms:>10.1f}{'60/300':>10}")
    print(f"{'1,000-sentence document, ms':<52}{long * ms:>10.1f}{'':>10}{'1000':>10}")
    for method, seconds in methods.items():
        print(f"{'1,000-sentence summary, ' + method + ' (CPU), ms':<52}{seconds * ms:>10.1f}{'':>10}{'1000':>10}")
    if answers:
        print(f"{'answer per question (' + str(len(answers)) + ' questions), ms':<52}"
              f"{statistics.median(answers) * ms:>10.2f}{percentile(answers, 0.95) * ms:>10.2f}{'10':>10}")


if __name__ == "__main__":
    main()
