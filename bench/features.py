"""Summaries on hard pages: long features and old table-layout sites (issue 15).

Run `python -m bench.features [--data DIR] [--fundus DIR] [--newspaper DIR] [--trafilatura DIR]
[--postlight DIR] [--htmldate DIR] [--scrapinghub DIR] [--verbose]`. Each case in `bench/hard_pages/cases.json` is a real
page (saved in `bench/hard_pages/`, a page of the extraction share named by its id, or a test page of fundus, newspaper,
trafilatura, Postlight's parser, htmldate or scrapinghub's article-extraction-benchmark read from the user's clone of that
repository with `bench.fresh_pages`'s options and clones, never copied here)
with the facts a reader must find in its summary, written by hand as regular expressions, and for
table-layout pages the site furniture that must not show. Every page goes through the bot's own
pipeline (`read_document` on the saved bytes, so legacy encodings are decoded as on a download),
then the medium summary and one question. Printed per kind of page, and apart from them the cases
marked `"untuned"` (pages added with their facts before a change, never tuned on):

- fact recall in the TL;DR, and in the whole summary (TL;DR plus the medium list);
- clutter hits in the title, the summary and the answer: table-cell bars, breadcrumb arrows,
  "last updated" stamps, bylines, and the case's own furniture lines (menus, section links).

The sources and licences of the pages are in `bench/hard_pages/README.md`.
"""

from __future__ import annotations

import gzip
import json
import re
import subprocess
from collections import Counter
from collections.abc import Sequence
from dataclasses import dataclass
from pathlib import Path

from bench.data import argument_parser
from bench.fresh_pages import add_clone_arguments, pages_of
from bench.fundus import Clone
from bot.errors import ReaderError
from bot.reader.article import Article
from bot.reader.pipeline import ask, digest, read_document
from bot.reader.summary.compose import Length

CASES = Path(__file__).resolve().parent / "hard_pages"
SHARE_PAGES = "extraction/html"

GENERIC_CLUTTER: dict[str, re.Pattern[str]] = {
    "table bars": re.compile(r"(^|\s)\|(\s|$)"),
    "breadcrumb": re.compile(r"\w\s+[>›»]\s+\w"),
    "timestamp": re.compile(r"\b(last (updated|modified)|zuletzt (aktualisiert|geändert)|updated|aktualisiert)\s*:"
                            r"|\b\d{1,2}[./]\d{1,2}[./]\d{2,4},?\s+\d{1,2}:\d\d\b", re.IGNORECASE),
    "byline": re.compile(r"^(By|BY|Von|Par|Por)\s+[A-Z]\w+(\s+[A-Z]\w+)?\s*($|[|,(–-])"),
}
"""What an old site leaves in its text, whatever the site."""


@dataclass(frozen=True)
class Result:
    case: dict
    article: Article | None
    tldr: str
    summary: tuple[str, ...]
    answer: tuple[str, ...]
    error: str = ""

    def facts_in(self, texts: Sequence[str]) -> tuple[int, int]:
        joined = "\n".join(texts)
        facts = self.case["facts"]
        return sum(bool(re.search(fact, joined, re.IGNORECASE)) for fact in facts), len(facts)

    def clutter(self) -> list[str]:
        """Each piece of furniture found, as 'where: what'."""
        hits = []
        places = {"title": [self.article.title if self.article else ""], "summary": [self.tldr, *self.summary],
                  "answer": list(self.answer)}
        for place, texts in places.items():
            for text in texts:
                for name, pattern in GENERIC_CLUTTER.items():
                    if pattern.search(text):
                        hits.append(f"{place}: {name}: {text[:80]}")
                for line in self.case.get("clutter", ()):
                    if line.lower() in text.lower():
                        hits.append(f"{place}: {line!r}: {text[:80]}")
        return hits


@dataclass(frozen=True)
class Sources:
    """Where the cases' pages are: the data share, and the clones named by a case's "fundus:",
    "newspaper:", "trafilatura:", "postlight:", "htmldate:" or "scrapinghub:" page (a path under the clone's test
    folder)."""

    data: Path
    clones: dict[str, Clone]

    def share_page(self, case: dict) -> Path:
        return self.data / SHARE_PAGES / f"{case['page'].removeprefix('share:')}.html.gz"

    def missing(self, case: dict) -> str:
        """Why a case's page cannot be read here ('' when it can)."""
        source, _, name = case["page"].partition(":")
        if source == "share":
            return "" if self.share_page(case).is_file() else f"not in {self.data / SHARE_PAGES}"
        if source not in self.clones:
            return ""
        clone = self.clones[source]
        if not clone.exists():
            return f"no {source} clone at {clone.root}"
        try:
            clone.read(name)
        except (OSError, subprocess.CalledProcessError):
            return f"not in the {source} clone"
        return ""

    def page_bytes(self, case: dict) -> bytes:
        source, _, name = case["page"].partition(":")
        if source == "share":
            return gzip.decompress(self.share_page(case).read_bytes())
        body = self.clones[source].read(name) if source in self.clones else (CASES / name).read_bytes()
        return gzip.decompress(body) if name.endswith(".gz") else body


def run_case(case: dict, sources: Sources) -> Result:
    try:
        article = read_document(sources.page_bytes(case), "page.html", case["url"])
    except ReaderError as error:
        return Result(case, None, "", (), (), error=type(error).__name__)
    shown = digest(article, Length.MEDIUM, quotes=0)
    answer = ask(article, case["question"])
    return Result(case, article, shown.summary.tldr.text, tuple(s.text for s in shown.summary.sentences),
                  tuple(s.text for s in answer.sentences))


def report(kind: str, results: Sequence[Result], verbose: bool) -> None:
    tldr = [r.facts_in([r.tldr]) for r in results]
    summary = [r.facts_in([r.tldr, *r.summary]) for r in results]
    clutter = [r.clutter() for r in results]
    total = sum(n for _, n in tldr)
    print(f"\n{kind}: {len(results)} pages, {total} facts")
    print(f"  fact recall  TL;DR {sum(f for f, _ in tldr) / total:.3f}   summary {sum(f for f, _ in summary) / total:.3f}")
    print(f"  clutter hits {sum(map(len, clutter))} on {sum(bool(c) for c in clutter)} pages"
          f"   pages refused {sum(bool(r.error) for r in results)}")
    for result, (in_tldr, n), (in_summary, _), hits in zip(results, tldr, summary, clutter):
        article = result.article
        print(f"  {result.case['id']:<20} TL;DR {in_tldr}/{n}  summary {in_summary}/{n}  clutter {len(hits)}"
              + (f"  refused: {result.error}" if result.error else ""))
        if verbose and article:
            print(f"      title: {article.title!r}  author: {article.author!r}  date: {article.date!r}")
            print(f"      TL;DR: {result.tldr[:160]}")
            for line in hits:
                print(f"      clutter {line}")


def main(argv: Sequence[str] | None = None) -> None:
    parser = argument_parser(__doc__)
    add_clone_arguments(parser)
    parser.add_argument("--verbose", action="store_true", help="show each page's title, TL;DR and clutter")
    args = parser.parse_args(argv)
    sources = Sources(args.data, pages_of(args).clones)
    cases = json.loads((CASES / "cases.json").read_text(encoding="utf-8"))
    reasons = [sources.missing(case) for case in cases]
    for reason, count in sorted(Counter(filter(None, reasons)).items()):
        print(f"note: {count} cases' pages left out: {reason}")
    cases = [case for case, reason in zip(cases, reasons) if not reason]
    results = [run_case(case, sources) for case in cases]
    for kind, title in (("feature", "Long features"), ("table", "Table-layout pages")):
        chosen = [r for r in results if r.case["kind"] == kind and not r.case.get("untuned")]
        if chosen:
            report(title, chosen, args.verbose)
    for kind, title in (("feature", "long features"), ("table", "table-layout pages")):
        untuned = [r for r in results if r.case["kind"] == kind and r.case.get("untuned")]
        if untuned:
            report(f"Added untuned {title} (chosen and labelled before the summarizer change they measure)", untuned,
                   args.verbose)


if __name__ == "__main__":
    main()
