"""Extraction on fundus's parser test pages: about 260 news pages from 40 countries, each with the
title, authors, date and body that fundus's hand-written parser for that site reads from it.

Usage: `python -m bench.fundus [--fundus DIR] [--pages] [--country CC]`

DIR is a clone of github.com/flairNLP/fundus: a work tree, or a bare repository read through
`git show` (default: the mirror at /work/.mirror/flairNLP+fundus/repo). fundus's code is MIT
licensed; the pages belong to their publishers, so they are read from the user's own clone and
never copied here. Under `tests/resources/parser/test_data/<country>/` each publisher has one page
per parser version (`<Publisher>_<yyyy_mm_dd>.html.gz`), the country's `meta.info` (each page's
address and crawl date) and `<Publisher>.json` (per version `V1`, `V2`...: what that version
reads). Versions follow each other in time, so a publisher's pages sorted by crawl date are its
versions in order.

Every page goes the way a downloaded page goes in the bot (`read_download`, with the page's address),
and per country, then in total, this prints: pages, crashes (any exception that is not a reading
error), refusals (a reading error such as "not an article": every page here is one), body
precision and recall by words against fundus's summary, sub-headings and paragraphs (the measure
of `bench.extraction`, with shingles of one word; Chinese and Japanese are cut into characters),
title exact (spaces aside), author found (one of fundus's names inside ours, or ours inside one,
punctuation and case aside, on pages where fundus names one) and author wrong (ours names none of them), date found (the same day as fundus's
publishing date) and date wrong, the language we detected, and the extraction time's median and
95th percentile. `--pages` adds one line per page.
"""

from __future__ import annotations

import gzip
import html
import json
import posixpath
import re
import statistics
import subprocess
import time
from collections import Counter, defaultdict
from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from pathlib import Path

from bench.data import argument_parser
from bench.extraction import score
from bench.speed import percentile
from bot.errors import ReaderError
from bot.reader.article import Article
from bot.reader.extract.clutter import key
from bot.reader.pipeline import read_download

DEFAULT_FUNDUS = Path("/work/.mirror/flairNLP+fundus/repo")
TEST_DATA = "tests/resources/parser/test_data"
CONTENT_TYPE = "text/html; charset=utf-8"
"""fundus stores every page as UTF-8, whatever charset the page's markup names."""
_TOKEN = re.compile(r"[\u3040-\u30ff\u3400-\u4dbf\u4e00-\u9fff\uf900-\ufaff]|\w+")
"""A word, or one Chinese or Japanese character: those scripts leave no spaces between words, and
a whole sentence as one token would count a nearly right paragraph as all wrong."""


@dataclass(frozen=True)
class Page:
    country: str
    name: str
    url: str | None
    html: bytes
    truth: dict


@dataclass(frozen=True)
class Result:
    page: Page
    article: Article | None
    seconds: float
    error: str = ""
    crashed: bool = False

    @property
    def body(self) -> str:
        return "\n".join(self.article.paragraphs) if self.article else ""

    def title_exact(self) -> bool:
        return self.article is not None and _spaced(self.article.title) == _spaced(self.page.truth.get("title") or "")

    def author(self) -> str:
        """'found', 'wrong' or 'missed' where fundus names an author; '' where it names none."""
        names = [key(name) for name in self.page.truth.get("authors") or () if key(name)]
        if not names:
            return ""
        ours = key(self.article.author or "") if self.article else ""
        if not ours:
            return "missed"
        return "found" if any(name in ours or ours in name for name in names) else "wrong"

    def date(self) -> str:
        """'found', 'wrong' or 'missed' where fundus has a publishing date; '' where it has none."""
        day = (self.page.truth.get("publishing_date") or "")[:10]
        if not day:
            return ""
        ours = self.article.date if self.article else None
        if not ours:
            return "missed"
        return "found" if ours.startswith(day) else "wrong"


def _spaced(text: str) -> str:
    return " ".join(html.unescape(text).split())


def true_body(truth: dict) -> str:
    """fundus's body: the summary (lead), then each section's sub-heading and paragraphs."""
    body = truth.get("body") or {}
    parts = list(body.get("summary") or ())
    for section in body.get("sections") or ():
        parts += [*section.get("headline", ()), *section.get("paragraphs", ())]
    return "\n".join(parts)


class Clone:
    """A checkout's folder of test pages (fundus's by default): read from a work tree's files or a
    bare repository's HEAD."""

    def __init__(self, root: Path, folder: str = TEST_DATA) -> None:
        self.root = root
        self.folder = folder
        self.bare = not (root / folder).is_dir()

    def exists(self) -> bool:
        if not self.bare:
            return True
        return subprocess.run(["git", "--git-dir", str(self.root), "rev-parse", f"HEAD:{self.folder}"],
                              capture_output=True).returncode == 0

    def names(self) -> list[str]:
        """Paths under the folder, relative to it."""
        if not self.bare:
            return sorted(str(p.relative_to(self.root / self.folder)) for p in (self.root / self.folder).rglob("*")
                          if p.is_file())
        listed = subprocess.run(["git", "--git-dir", str(self.root), "ls-tree", "-r", "--name-only", "HEAD",
                                 self.folder], capture_output=True, text=True, check=True).stdout
        return [line.removeprefix(self.folder + "/") for line in listed.splitlines()]

    def read(self, name: str) -> bytes:
        return self._file(posixpath.join(self.folder, name))

    def read_top(self, name: str) -> bytes:
        """A file at the repository's top, beside the test folder (a list of the pages' addresses)."""
        return self._file(name)

    def _file(self, path: str) -> bytes:
        if not self.bare:
            return (self.root / path).read_bytes()
        return subprocess.run(["git", "--git-dir", str(self.root), "show", f"HEAD:{path}"],
                              capture_output=True, check=True).stdout


def load_pages(clone: Clone, countries: Sequence[str] = ()) -> list[Page]:
    """Every test page with what fundus reads from it, matched by version order (see the docstring)."""
    pages_of: dict[tuple[str, str], list[str]] = defaultdict(list)
    truths: dict[tuple[str, str], str] = {}
    for name in clone.names():
        country, _, file = name.partition("/")
        if "/" in file or (countries and country not in countries):
            continue
        if file.endswith(".html.gz"):
            pages_of[country, file.split("_", 1)[0]].append(file)
        elif file.endswith(".json"):
            truths[country, file.removesuffix(".json")] = name
    metas: dict[str, dict] = {}
    pages = []
    for (country, publisher), files in sorted(pages_of.items()):
        if (country, publisher) not in truths:
            continue
        if country not in metas:
            metas[country] = json.loads(clone.read(f"{country}/meta.info"))
        versions = json.loads(clone.read(truths[country, publisher]))
        by_date = sorted(files, key=lambda f: metas[country].get(f, {}).get("crawl_date", f))
        ordered = sorted(versions, key=lambda v: [int(n) for n in re.findall(r"\d+", v)])
        for file, version in zip(by_date, ordered):
            url = metas[country].get(file, {}).get("url")
            pages.append(Page(country, file.removesuffix(".html.gz"), url,
                              gzip.decompress(clone.read(f"{country}/{file}")), versions[version]))
    return pages


def run(page: Page) -> Result:
    start = time.perf_counter()
    try:
        article = read_download(page.html, CONTENT_TYPE, page.url or "")
    except ReaderError as error:
        return Result(page, None, time.perf_counter() - start, type(error).__name__)
    except Exception as error:  # noqa: BLE001 - a crash is what this counts
        return Result(page, None, time.perf_counter() - start, f"{type(error).__name__}: {error}", crashed=True)
    return Result(page, article, time.perf_counter() - start)


def _share(results: Iterable[Result], outcome: str, check: str) -> str:
    outcomes = [getattr(r, check)() for r in results]
    asked = [o for o in outcomes if o]
    return f"{sum(o == outcome for o in asked)}/{len(asked)}"


def row(label: str, results: list[Result]) -> str:
    scores = score([(true_body(r.page.truth), r.body) for r in results], size=1, tokenize=_TOKEN.findall)
    seconds = [r.seconds for r in results]
    languages = Counter(r.article.language for r in results if r.article)
    language = ",".join(code for code, _ in languages.most_common(2))
    return (f"{label:6} {len(results):5} {sum(r.crashed for r in results):5} "
            f"{sum(bool(r.error) and not r.crashed for r in results):6} {scores.precision:6.3f} {scores.recall:6.3f} "
            f"{sum(r.title_exact() for r in results):5} {_share(results, 'found', 'author'):>7} "
            f"{_share(results, 'wrong', 'author'):>7} {_share(results, 'found', 'date'):>7} "
            f"{_share(results, 'wrong', 'date'):>7} {language:6} "
            f"{statistics.median(seconds) * 1000:6.0f} {percentile(seconds, 0.95) * 1000:6.0f}")


HEADER = (f"{'where':6} {'pages':>5} {'crash':>5} {'refuse':>6} {'prec':>6} {'recall':>6} {'title':>5} "
          f"{'author':>7} {'a.wrong':>7} {'date':>7} {'d.wrong':>7} {'lang':6} {'ms med':>6} {'p95':>6}")


def page_line(result: Result) -> str:
    scores = score([(true_body(result.page.truth), result.body)], size=1, tokenize=_TOKEN.findall) if result.body \
        else None
    article = result.article
    shown = (f"title {'ok' if result.title_exact() else repr(article.title[:60])}  author {article.author!r} "
             f"({result.author() or '-'})  date {article.date!r} ({result.date() or '-'})  lang {article.language}"
             if article else result.error)
    read = f"P {scores.precision:.2f} R {scores.recall:.2f}" if scores else "nothing read"
    return (f"  {result.page.country}/{result.page.name:32} {read:13} "
            f"{result.seconds * 1000:5.0f} ms  {shown}")


def main(argv: Sequence[str] | None = None) -> None:
    parser = argument_parser(__doc__)
    parser.add_argument("--fundus", type=Path, default=DEFAULT_FUNDUS, metavar="DIR",
                        help=f"a fundus clone, work tree or bare (default: {DEFAULT_FUNDUS})")
    parser.add_argument("--country", action="append", default=[], metavar="CC", help="only these countries")
    parser.add_argument("--pages", action="store_true", help="one line per page")
    args = parser.parse_args(argv)
    clone = Clone(args.fundus)
    if not clone.exists():
        print(f"note: {args.fundus} holds no fundus test pages ({TEST_DATA}); nothing measured")
        return
    pages = load_pages(clone, args.country)
    if not pages:
        print(f"note: no fundus test pages found under {args.fundus}")
        return
    results = [run(page) for page in pages]
    by_country: dict[str, list[Result]] = defaultdict(list)
    for result in results:
        by_country[result.page.country].append(result)
    print(f"{len(pages)} pages of {len({(p.country, p.name.split('_')[0]) for p in pages})} publishers "
          f"in {len(by_country)} countries")
    print(HEADER)
    for country, chosen in sorted(by_country.items()):
        print(row(country, chosen))
    print(row("all", results))
    if args.pages:
        for result in results:
            print(page_line(result))


if __name__ == "__main__":
    main()
