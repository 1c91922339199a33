"""Summaries on hard pages: long features and old table-layout sites (issue 15).

Run `python -m bench.features [--data DIR] [--verbose]`. Each case in `bench/hard_pages/cases.json`
is a real page (saved in `bench/hard_pages/`, or a page of the extraction share named by its id)
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
from collections.abc import Sequence
from dataclasses import dataclass
from pathlib import Path

from bench.data import argument_parser
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


def _share_page(case: dict, data: Path) -> Path:
    return data / SHARE_PAGES / f"{case['page'].removeprefix('share:')}.html.gz"


def page_bytes(case: dict, data: Path) -> bytes:
    source, _, name = case["page"].partition(":")
    return gzip.decompress((_share_page(case, data) if source == "share" else CASES / name).read_bytes())


def run_case(case: dict, data: Path) -> Result:
    try:
        article = read_document(page_bytes(case, data), "page.html", case["url"])
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
    parser.add_argument("--verbose", action="store_true", help="show each page's title, TL;DR and clutter")
    args = parser.parse_args(argv)
    cases = json.loads((CASES / "cases.json").read_text(encoding="utf-8"))
    if not (args.data / SHARE_PAGES).is_dir():
        print(f"note: {args.data} has no {SHARE_PAGES}; skipping the cases that need it")
    missing = [c for c in cases if c["page"].startswith("share:") and not _share_page(c, args.data).is_file()]
    if missing and (args.data / SHARE_PAGES).is_dir():
        print(f"note: {len(missing)} cases' pages are not in {args.data / SHARE_PAGES}; left out")
    cases = [c for c in cases if c not in missing]
    results = [run_case(case, args.data) for case in cases]
    for kind, title in (("feature", "Long features"), ("table", "Table-layout pages")):
        chosen = [r for r in results if r.case["kind"] == kind and not r.case.get("untuned")]
        if chosen:
            report(title, chosen, args.verbose)
    untuned = [r for r in results if r.case.get("untuned")]
    if untuned:
        report("Added untuned (chosen and labelled before the summarizer change they measure)", untuned, args.verbose)


if __name__ == "__main__":
    main()
