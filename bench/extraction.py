"""Article extraction benchmark: how much of each page's true article body do we keep, and no more.

Usage: `python -m bench.extraction [--data DIR] [--source share|scrapinghub] [--scrapinghub DIR]
                                   [--half dev|check] [--pages] [--misses]`

Reads the Zyte article-extraction-benchmark development pages and scores three extractors with
exactly the metric of `extraction/scores_published.md`, so our numbers sit next to the published
ones: (a) trafilatura with its defaults, (b) trafilatura with the options the bot uses, (c) the bot's
full `extract_article` (trafilatura + heading handling + clutter removal). It also times (c), the
part a user waits for, and lists the pages (c) refused, since every page here is a real article.

By paragraph it counts what a reader of (c) meets: site lines kept (a paragraph of ours that is no
paragraph of the true body: a caption, a share bar, a byline) and article lines dropped (a true
paragraph missing from ours), in all and at each end (a site line before the story's first
paragraph or after its last; the lead or the last paragraph dropped). A paragraph is in the other
text when half of its four-word shingles are (a shorter line: its words in a row).

`--source scrapinghub` reads the whole benchmark (181 pages, of which the share holds 108) from a
clone of github.com/scrapinghub/article-extraction-benchmark (its `html/` pages and the
`articleBody` of `ground-truth.json` beside them; a work tree or a bare repository, by default the
project's mirror; the pages belong to their publishers and are never copied here) and prints each
number for two halves: `dev` (the pages at even places of the clone's sorted list) and `check`
(odd places), and within each the pages the share lacks, which nobody tuned on. A rule is chosen
from the dev half's misses only (`--misses` prints those, never the check half's); the check half
shows whether it holds on pages it was not chosen from. `--pages` adds one line per page.
"""

from __future__ import annotations

import argparse
import gzip
import json
import re
import statistics
import time
from collections import Counter
from collections.abc import Sequence
from dataclasses import dataclass, field
from pathlib import Path
from typing import Callable

import trafilatura

from bench.data import EXTRACTION, argument_parser, data_set, read_jsonl
from bot.errors import ReaderError
from bot.reader.extract.page import TRAFILATURA_OPTIONS, extract_article

SHINGLE_SIZE = 4
_TOKEN = re.compile(r"\w+")
DEFAULT_SCRAPINGHUB = Path("/work/.mirror/scrapinghub+article-extraction-benchmark/repo")
SCRAPINGHUB_DATA = "html"
SCRAPINGHUB_TRUTH = "ground-truth.json"
HALVES = ("dev", "check")
"""The scrapinghub pages' halves by place in the clone's sorted list: even places dev, odd check."""
INSIDE_SHARE = 0.5
"""A paragraph is in the other text when this share of its shingles is."""


@dataclass(frozen=True)
class Page:
    id: str
    url: str
    html: str
    truth: str
    half: str = ""
    """"dev" or "check" for a scrapinghub page; none for the share's."""
    shared: bool = True
    """Whether the data share holds the page: its pages are the ones the extraction was tuned on."""


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


def scrapinghub_pages(root: Path, data: Path) -> list[Page]:
    """The whole benchmark from a clone, each page with its `articleBody`, its half and whether the
    share in `data` holds it; none (and a note) without the clone."""
    from bench.fundus import Clone  # here, not at the top: bench.fundus imports `score` from this module

    clone = Clone(root, SCRAPINGHUB_DATA)
    if not clone.exists():
        print(f"note: no scrapinghub pages under {root}; nothing measured")
        return []
    truth = json.loads(clone.read_top(SCRAPINGHUB_TRUTH))
    share = data / EXTRACTION
    shared = {item["id"] for item in read_jsonl(share)} if share.is_file() else set()
    names = sorted(name for name in clone.names() if name.endswith(".html.gz"))
    pages = []
    for place, name in enumerate(names):
        page_id = name.removesuffix(".html.gz")
        html = gzip.decompress(clone.read(name)).decode("utf-8")
        pages.append(Page(page_id, truth[page_id]["url"], html, truth[page_id]["articleBody"],
                          HALVES[place % 2], page_id in shared))
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


def bot_extractor(refused: dict[str, str]) -> Callable[[Page], str]:
    """The bot's extraction; a page it refuses reads as empty, with the error's name in `refused`."""
    def run(page: Page) -> str:
        try:
            return "\n\n".join(extract_article(page.html, page.url).paragraphs)
        except ReaderError as error:
            refused[page.id] = type(error).__name__
            return ""

    return run


def _paragraphs(text: str) -> list[list[str]]:
    """A text's non-empty lines as lower-case tokens."""
    return [tokens for tokens in (_TOKEN.findall(line.casefold()) for line in text.splitlines()) if tokens]


def _grams(paragraphs: list[list[str]]) -> dict[int, set[tuple[str, ...]]]:
    """Every run of one to `SHINGLE_SIZE` tokens inside a paragraph of the text, by length."""
    grams: dict[int, set[tuple[str, ...]]] = {}
    for size in range(1, SHINGLE_SIZE + 1):
        grams[size] = {tuple(t[i:i + size]) for t in paragraphs for i in range(len(t) - size + 1)}
    return grams


def _inside(tokens: list[str], grams: dict[int, set[tuple[str, ...]]]) -> bool:
    size = min(SHINGLE_SIZE, len(tokens))
    own = [tuple(tokens[i:i + size]) for i in range(len(tokens) - size + 1)]
    return sum(gram in grams[size] for gram in own) >= INSIDE_SHARE * len(own)


@dataclass(frozen=True)
class Lines:
    """One page by paragraph: our lines that are no line of the true body (site lines kept) and true
    lines missing from ours (article lines dropped), and which of them sit at either end."""
    kept: list[str]
    dropped: list[str]
    first_kept: bool
    """Our first paragraph is a site line: a standfirst, byline or menu before the story."""
    last_kept: bool
    """Our last paragraph is a site line: a bio, a newsletter prompt, a related link after the story."""
    lead_dropped: bool
    last_dropped: bool


def lines(truth: str, prediction: str) -> Lines:
    ours, true = _paragraphs(prediction), _paragraphs(truth)
    true_grams, our_grams = _grams(true), _grams(ours)
    kept = [not _inside(tokens, true_grams) for tokens in ours]
    dropped = [not _inside(tokens, our_grams) for tokens in true]
    return Lines([" ".join(t) for t, k in zip(ours, kept) if k], [" ".join(t) for t, d in zip(true, dropped) if d],
                 bool(kept) and kept[0], bool(kept) and kept[-1], bool(dropped) and dropped[0],
                 bool(dropped) and dropped[-1])


@dataclass
class Run:
    """One extractor over the pages: each page's text (in the pages' order) and time."""
    texts: list[str] = field(default_factory=list)
    seconds: list[float] = field(default_factory=list)


def _run(pages: list[Page], extractor: Callable[[Page], str]) -> Run:
    run = Run()
    for page in pages:
        start = time.perf_counter()
        run.texts.append(extractor(page))
        run.seconds.append(time.perf_counter() - start)
    return run


def _percentile(values: list[float], share: float) -> float:
    ordered = sorted(values)
    return ordered[min(len(ordered) - 1, round(share * (len(ordered) - 1)))]


def groups(pages: list[Page], scrapinghub: bool) -> list[tuple[str, list[int]]]:
    """The page groups to report, as places in `pages`: all of the share; the scrapinghub halves,
    each with its pages the share lacks, then all."""
    everything = list(range(len(pages)))
    if not scrapinghub:
        return [("all", everything)]
    found = []
    for half in HALVES:
        places = [i for i in everything if pages[i].half == half]
        if places:
            found += [(half, places), (f"  {half}, not in share", [i for i in places if not pages[i].shared])]
    return [*found, ("all", everything)]


def print_scores(pages: list[Page], runs: dict[str, Run], chosen: list[tuple[str, list[int]]]) -> None:
    print(f"{'pages':27} {'system':30} {'F1':>6} {'prec':>6} {'recall':>6} {'acc':>6}")
    for label, places in chosen:
        for name, run in runs.items():
            if places:
                scores = score([(pages[i].truth, run.texts[i]) for i in places])
                print(f"{label + f' ({len(places)})':27} {name:30} "
                      f"{scores.f1:6.3f} {scores.precision:6.3f} {scores.recall:6.3f} {scores.accuracy:6.3f}")


def print_lines(pages: list[Page], texts: list[str], refused: dict[str, str],
                chosen: list[tuple[str, list[int]]]) -> None:
    """(c) by paragraph per group: lines kept and dropped (pages with any), each end's errors, refusals."""
    print(f"\n(c) by paragraph{'':11} {'read':>5} {'kept':>10} {'dropped':>10} {'top kept':>9} {'lead lost':>9} "
          f"{'end kept':>9} {'last lost':>9} {'refused':>8}")
    for label, places in chosen:
        read = [lines(pages[i].truth, texts[i]) for i in places if pages[i].id not in refused]
        kept, dropped = sum(len(r.kept) for r in read), sum(len(r.dropped) for r in read)
        cells = (str(len(read)), f"{kept}/{sum(bool(r.kept) for r in read)}p",
                 f"{dropped}/{sum(bool(r.dropped) for r in read)}p",
                 *(str(sum(getattr(r, flag) for r in read)) for flag in ("first_kept", "lead_dropped", "last_kept", "last_dropped")),
                 str(len(places) - len(read)))
        print(f"{label:27} {cells[0]:>5} {cells[1]:>10} {cells[2]:>10} " + " ".join(f"{c:>9}" for c in cells[3:7])
              + f" {cells[7]:>8}")
    print("kept / dropped: lines in all / pages with one; top kept: our first line a site line; lead lost: the "
          "story's first paragraph dropped; end kept, last lost: the same at the end")


def print_refused(pages: list[Page], refused: dict[str, str]) -> None:
    """Every refusal is wrong here: each page's truth has an article body."""
    wrong = [page for page in pages if page.id in refused and page.truth.strip()]
    print(f"refused: {sum(page.id in refused for page in pages)}, wrongly (the truth has a body): {len(wrong)}"
          + "".join(f"\n  {page.half or 'share'} {refused[page.id]} ({len(page.truth.split())} true words) {page.url}"
                    for page in pages if page.id in refused))


def print_pages(pages: list[Page], texts: list[str], refused: dict[str, str]) -> None:
    """One line per page: half, share mark (* in the share), F1 of (c), lines kept and dropped, address."""
    for page, text in zip(pages, texts):
        mark = "*" if page.shared else " "
        if page.id in refused:
            print(f"  {page.half or 'share':5} {mark} {'-':>5} {refused[page.id]:22} {page.url[:90]}")
            continue
        found = lines(page.truth, text)
        what = f"kept {len(found.kept):2} dropped {len(found.dropped):2}"
        print(f"  {page.half or 'share':5} {mark} {score([(page.truth, text)]).f1:5.3f} {what:22} {page.url[:90]}")


def print_misses(pages: list[Page], texts: list[str], refused: dict[str, str]) -> None:
    """The lines (c) kept that are not article, and the article lines it dropped, of every page outside
    the check half: the check half is only counted, so rules are not chosen from its misses."""
    for page, text in zip(pages, texts):
        if page.half == "check" or page.id in refused:
            continue
        found = lines(page.truth, text)
        if found.kept or found.dropped:
            print(f"\n{page.id[:8]} {page.url[:100]}")
            print("".join(f"  + {line[:140]}\n" for line in found.kept)
                  + "".join(f"  - {line[:140]}\n" for line in found.dropped), end="")


def add_scrapinghub_argument(parser: argparse.ArgumentParser) -> None:
    """The option naming the benchmark's clone, for every benchmark reading its pages."""
    parser.add_argument("--scrapinghub", type=Path, default=DEFAULT_SCRAPINGHUB, metavar="DIR",
                        help=f"a scrapinghub/article-extraction-benchmark clone (default: {DEFAULT_SCRAPINGHUB})")


def arguments(argv: Sequence[str] | None) -> argparse.Namespace:
    parser = argument_parser(__doc__)
    parser.add_argument("--source", choices=("share", "scrapinghub"), default="share",
                        help="the share's 108 pages (default) or the whole benchmark read from a clone")
    add_scrapinghub_argument(parser)
    parser.add_argument("--half", choices=HALVES, help="only this half of the scrapinghub pages")
    parser.add_argument("--pages", action="store_true", help="also one line per page")
    parser.add_argument("--misses", action="store_true", help="also the lines kept and dropped (never the check half's)")
    return parser.parse_args(argv)


def main(argv: Sequence[str] | None = None) -> None:
    args = arguments(argv)
    scrapinghub = args.source == "scrapinghub"
    pages = scrapinghub_pages(args.scrapinghub, args.data) if scrapinghub else load_pages(args.data)
    pages = [page for page in pages if args.half in (None, page.half)]
    if not pages:
        return
    refused: dict[str, str] = {}
    systems = {
        "(a) trafilatura defaults": trafilatura_defaults,
        "(b) trafilatura, bot options": trafilatura_chosen,
        "(c) bot extract_article": bot_extractor(refused),
    }
    print(f"{len(pages)} pages")
    runs = {name: _run(pages, extractor) for name, extractor in systems.items()}
    chosen = groups(pages, scrapinghub)
    print_scores(pages, runs, chosen)
    bot = runs["(c) bot extract_article"]
    print_lines(pages, bot.texts, refused, chosen)
    print(f"extract_article time per page: median {statistics.median(bot.seconds) * 1000:.0f} ms, "
          f"p95 {_percentile(bot.seconds, 0.95) * 1000:.0f} ms")
    print_refused(pages, refused)
    if args.pages:
        print_pages(pages, bot.texts, refused)
    if args.misses:
        print_misses(pages, bot.texts, refused)


if __name__ == "__main__":
    main()
