"""Answers on real news pages nobody tuned on: questions written before the bot ever ran on their page.

    python -m bench.fresh_pages [--fundus DIR] [--newspaper DIR] [--trafilatura DIR] [--postlight DIR]
                                [--htmldate DIR] [--by WRITER] [--pages] [--misses]

The questions are `bench/fresh/questions.tsv` (see `bench/fresh/README.md`); the pages are the
parser test pages of fundus (github.com/flairNLP/fundus), newspaper's test pages
(github.com/codelucas/newspaper), trafilatura's (github.com/adbar/trafilatura, `tests/`: the
French and Spanish news pages no fundus page is left for) and Postlight parser's English fixtures
(github.com/postlight/parser, `fixtures/`) and htmldate's (github.com/adbar/htmldate, `tests/`:
hundreds of English, German, French and Spanish news pages kept to test date finding), read from the user's own clones (a
work tree or a bare repository; by default the mirrors on the project's build machine) and never
copied here: the pages belong to their publishers. Each page goes the way a downloaded page goes
in the bot (`read_download`, with the page's address where its test data gives one: fundus's
`meta.info`, newspaper's URL list; trafilatura's, Postlight's and htmldate's pages come without one), and its
questions are asked in the file's order; a follow-up is asked with the turn it names as the turn
before, as `bench.reworded` asks one.

A question is right at top-1 when the bot answers (does not decline) and the first sentence it
shows holds one of its gold fragments (lower case, punctuation aside; a fragment "A ... B" needs
both parts in the sentence); top-3 when one of the first three does. In all, per language, per
round and per writer this prints: answerable top-1 and top-3 (follow-ups apart), unanswerable
declined, answerable and follow-ups declined wrongly, follow-up top-1, and the bold exact: of the
right first sentences whose question names a phrase to mark, those whose bold is that phrase.
`--pages` adds a line per page with a letter per question (1 right at top-1, 3 in the top
three, w wrong, d declined wrongly; unanswerable n declined, a answered), to diff two runs. A
question whose gold no sentence of the page holds any more (the extraction changed) is named in a
note, as is a page that is not there or that the bot refuses (its questions count as declined).

This is a check, not a tuning set: the pages are few and each question is one reader's; a rule
chosen by its misses would be fitted to these pages and tell nothing about the next ones.
"""

from __future__ import annotations

import argparse
import csv
import gzip
import json
import posixpath
import subprocess
from collections import defaultdict
from collections.abc import Sequence
from dataclasses import dataclass
from pathlib import Path
from urllib.parse import urlsplit

import numpy as np

from bench import tune_answers
from bench.data import argument_parser
from bench.extraction import DEFAULT_SCRAPINGHUB, SCRAPINGHUB_DATA, SCRAPINGHUB_TRUTH, add_scrapinghub_argument
from bench.fundus import CONTENT_TYPE, DEFAULT_FUNDUS, Clone
from bench.reworded import Reply, ask_bot, normalize
from bot.errors import ReaderError
from bot.reader import pipeline
from bot.reader.article import Article

REPO = Path(__file__).resolve().parent.parent
QUESTIONS = REPO / "bench" / "fresh" / "questions.tsv"
DEFAULT_NEWSPAPER = Path("/work/.mirror/codelucas+newspaper/repo")
NEWSPAPER_DATA = "tests/data"
NEWSPAPER_URLS = "fulltext_url_list.txt"
DEFAULT_TRAFILATURA = Path("/work/.mirror/adbar+trafilatura/repo")
TRAFILATURA_DATA = "tests"
DEFAULT_READABILITY = Path("/work/.mirror/mozilla+readability/repo")
READABILITY_DATA = "test/test-pages"
DEFAULT_POSTLIGHT = Path("/work/.mirror/postlight+parser/repo")
POSTLIGHT_DATA = "fixtures"
DEFAULT_HTMLDATE = Path("/work/.mirror/adbar+htmldate/repo")
HTMLDATE_DATA = "tests"
CLASSES = ("answerable", "unanswerable", "followup")
NONE = "-"
"""An empty cell: no gold (unanswerable), no bold asked, no turn before."""
BLIND_FROM = 29
"""Rounds before this one may be rows a learned model is fitted on (`fitting_cases`); this round
and later ones stay blind: nothing is fitted on them and their misses are not read."""
PAGE_SUFFIXES = (".html", ".htm", ".html.gz")
ALTERNATIVES = " | "
PARTS = " ... "


@dataclass(frozen=True)
class Question:
    id: str
    round: str
    by: str
    source: str
    page: str
    language: str
    kind: str
    after: str
    text: str
    gold: str
    bold: str

    def holds(self, sentence: str) -> bool:
        """Whether the sentence holds one gold alternative (every part of it)."""
        said = normalize(sentence)
        return any(all(normalize(part) in said for part in alternative.split(PARTS))
                   for alternative in self.gold.split(ALTERNATIVES))

    def bold_exact(self, bold: str | None) -> bool:
        return bold is not None and normalize(bold) in {normalize(b) for b in self.bold.split(ALTERNATIVES)}


def read_questions(path: Path) -> list[Question]:
    """The question file's rows (tab-separated, a header line first; quotation marks are text)."""
    with path.open(encoding="utf-8", newline="") as file:
        rows = list(csv.DictReader(file, delimiter="\t", quoting=csv.QUOTE_NONE))
    return [Question(row["id"], row["round"], row["by"], row["source"], row["page"], row["language"], row["class"],
                     row["after"], row["question"], row["gold"], row["bold"]) for row in rows]


@dataclass(frozen=True)
class Result:
    question: Question
    reply: Reply
    reachable: bool
    """Whether some sentence of the page as read now holds the gold (always so for unanswerable)."""

    @property
    def answerable(self) -> bool:
        return self.question.kind != "unanswerable"

    @property
    def declined(self) -> bool:
        return self.reply.declined

    @property
    def top1(self) -> bool:
        return self.answerable and not self.reply.declined and self.question.holds(self.reply.ranked[0])

    @property
    def top3(self) -> bool:
        return self.answerable and not self.reply.declined and any(map(self.question.holds, self.reply.ranked))

    @property
    def bold_asked(self) -> bool:
        return self.top1 and self.question.bold != NONE

    @property
    def right(self) -> bool:
        return self.top1 if self.answerable else self.declined


class Pages:
    """Articles read from the clones, once each; None for a page that is missing or refused."""

    def __init__(self, fundus: Path, newspaper: Path, trafilatura: Path, readability: Path = DEFAULT_READABILITY,
                 postlight: Path = DEFAULT_POSTLIGHT, htmldate: Path = DEFAULT_HTMLDATE,
                 scrapinghub: Path = DEFAULT_SCRAPINGHUB) -> None:
        # Readability's, Postlight's and htmldate's test pages (`lemonde-1/source.html`, `www.lemonde.fr.html`) list no
        # address either
        self.clones = {"fundus": Clone(fundus), "newspaper": Clone(newspaper, NEWSPAPER_DATA),
                       "trafilatura": Clone(trafilatura, TRAFILATURA_DATA),
                       "readability": Clone(readability, READABILITY_DATA), "postlight": Clone(postlight, POSTLIGHT_DATA),
                       "htmldate": Clone(htmldate, HTMLDATE_DATA), "scrapinghub": Clone(scrapinghub, SCRAPINGHUB_DATA)}
        self.missing: set[str] = {source for source, clone in self.clones.items() if not clone.exists()}
        self.refused: dict[str, str] = {}
        self._articles: dict[tuple[str, str], Article | None] = {}
        self._addresses: dict[tuple[str, str], dict[str, str]] = {}

    def article(self, source: str, page: str) -> Article | None:
        if (source, page) not in self._articles:
            self._articles[source, page] = self._read(source, page)
        return self._articles[source, page]

    def _read(self, source: str, page: str) -> Article | None:
        if source in self.missing:
            return None
        try:
            body, address = self.download(source, page)
        except (OSError, subprocess.CalledProcessError):
            self.refused[page] = "not in the clone"
            return None
        try:
            return pipeline.read_download(body, CONTENT_TYPE, address)
        except ReaderError as error:
            self.refused[page] = type(error).__name__
            return None

    def download(self, source: str, page: str) -> tuple[bytes, str]:
        """A page's bytes (unzipped) and its address ("" where its test data gives none), as a
        download hands them to `read_download`."""
        clone = self.clones[source]
        name = page.removeprefix(clone.folder + "/")
        body = clone.read(name)
        return gzip.decompress(body) if name.endswith(".gz") else body, self._address(source, name) or ""

    def every_page(self) -> list[tuple[str, str]]:
        """(source, page) for every news page of every clone there is, named as the question file
        names them: the test pages themselves, not readability's expected output nor fundus's
        parsers' answers."""
        pages = []
        for source, clone in self.clones.items():
            if source in self.missing:
                continue
            pages += [(source, posixpath.join(clone.folder, name)) for name in clone.names()
                      if name.endswith(PAGE_SUFFIXES) and (source != "readability" or name.endswith("/source.html"))]
        return pages

    def _address(self, source: str, name: str) -> str | None:
        """The page's address as its test data gives it: fundus's `meta.info` beside the page,
        newspaper's URL list (whose n-th address of a site is the page `<site><n>.html`), scrapinghub's
        ground truth (keyed by the page's name without `.html.gz`); trafilatura's test pages list none."""
        if source in ("trafilatura", "readability", "postlight", "htmldate"):
            return None
        folder, file = posixpath.split(name)
        if (source, folder) not in self._addresses:
            self._addresses[source, folder] = self._addresses_in(source, folder)
        return self._addresses[source, folder].get(file)

    def _addresses_in(self, source: str, folder: str) -> dict[str, str]:
        clone = self.clones[source]
        try:
            if source == "fundus":
                meta = json.loads(clone.read(posixpath.join(folder, "meta.info")))
                return {file: entry.get("url") or "" for file, entry in meta.items()}
            if source == "scrapinghub":
                truth = json.loads(clone.read_top(SCRAPINGHUB_TRUTH))
                return {f"{key}.html.gz": entry.get("url") or "" for key, entry in truth.items()}
            return newspaper_addresses(clone.read(NEWSPAPER_URLS).decode("utf-8"))
        except (OSError, subprocess.CalledProcessError, ValueError):
            return {}  # without addresses the pages are still read


def newspaper_addresses(listing: str) -> dict[str, str]:
    """newspaper's test page names for its URL list, as its full-text test names them: the site
    (the host's last two labels, three for "co.uk" and the like) and its count so far."""
    names: dict[str, str] = {}
    seen: dict[str, int] = defaultdict(int)
    for url in filter(None, map(str.strip, listing.splitlines())):
        labels = (urlsplit(url).hostname or "").split(".")
        site = ".".join(labels[-3:] if ".".join(labels[-2:]) in ("co.uk", "com.au", "au.com") else labels[-2:])
        seen[site] += 1
        names[f"{site}{seen[site]}.html"] = url
    return names


def evaluate(questions: list[Question], pages: Pages) -> list[Result]:
    """Every question asked in the file's order; a follow-up leans on the reply to its turn before."""
    replies: dict[str, Reply] = {}
    results = []
    for question in questions:
        article = pages.article(question.source, question.page)
        if article is None:
            if question.source not in pages.missing:
                results.append(Result(question, Reply((), True, question.text), question.kind == "unanswerable"))
            continue
        previous = None
        if question.after != NONE:
            previous = replies[question.after].turn()
        reply = replies[question.id] = ask_bot(article, question.text, previous)
        reachable = question.kind == "unanswerable" or any(
            question.holds(sentence.text) for sentence in pipeline.document_of(article).sentences)
        results.append(Result(question, reply, reachable))
    return results


def fitting_cases(questions: list[Question], pages: Pages) -> list[tune_answers.Case]:
    """The questions as `bench.tune_answers` cases, so a learned ranking or decline model can be fitted
    and checked on readers' own words: set "fresh", half "fit" before `BLIND_FROM` and "blind" from
    it. A follow-up is the question as the bot matched it (with the words it borrowed from the turn
    before), and a sentence is a hit when it holds a gold fragment, as `Result.top1` counts it."""
    cases = []
    for result in evaluate(questions, pages):
        question = result.question
        article = pages.article(question.source, question.page)
        if article is None:
            continue
        index = pipeline.answer_index_of(article)
        answerable = question.kind != "unanswerable"
        hits = np.array([answerable and question.holds(s.text) for s in index.document.sentences])
        half = "fit" if int(question.round) < BLIND_FROM else "blind"
        case = tune_answers.Case("fresh", half, index, result.reply.matched, answerable, hits,
                                 page=f"{question.source}:{question.page}")
        case.parts = index.parts(case.question)
        cases.append(case)
    return cases


def _count(results: list[Result], flag: str) -> str:
    return f"{sum(getattr(r, flag) for r in results)}/{len(results)}" if results else "-"


COLUMNS = ("questions", "top-1", "top-3", "unans. declined", "wrongly declined", "follow-up top-1", "bold exact")


def row(label: str, results: list[Result]) -> str:
    first = [r for r in results if r.question.kind == "answerable"]
    unanswerable = [r for r in results if r.question.kind == "unanswerable"]
    followups = [r for r in results if r.question.kind == "followup"]
    bold = [r for r in results if r.bold_asked]
    cells = (str(len(results)), _count(first, "top1"), _count(first, "top3"), _count(unanswerable, "right"),
             _count([r for r in results if r.answerable], "declined"), _count(followups, "top1"),
             f"{sum(r.question.bold_exact(r.reply.bold) for r in bold)}/{len(bold)}")
    return f"{label:<20}" + "".join(f"{cell:>17}" for cell in cells)


def print_table(results: list[Result]) -> None:
    print(f"{'':<20}" + "".join(f"{column:>17}" for column in COLUMNS))
    print(row("all", results))
    for key in ("language", "round", "by"):
        for value in sorted({getattr(r.question, key) for r in results}):
            label = f"round {value}" if key == "round" else value
            print(row(f"  {label}", [r for r in results if getattr(r.question, key) == value]))


def code(result: Result) -> str:
    """One letter, as the trial paragraphs write them: 1 right at top-1, 3 in the top three, w
    wrong, d declined wrongly; for an unanswerable question n declined, a answered."""
    if not result.answerable:
        return "n" if result.declined else "a"
    return "1" if result.top1 else "3" if result.top3 else "d" if result.declined else "w"


def print_pages(results: list[Result]) -> None:
    """Per page its questions' letters in the file's order, so two runs can be compared with diff."""
    pages: dict[str, str] = defaultdict(str)
    for result in results:
        pages[result.question.page] += code(result)
    for page, letters in pages.items():
        print(f"  {posixpath.basename(page).split('.html')[0]:32} {letters}")


def print_misses(results: list[Result]) -> None:
    """Each question answered wrongly, declined wrongly or answered though it cannot be, with what was shown."""
    for r in results:
        if r.right:
            continue
        verdict = "declined" if r.declined else "answered" if not r.answerable else "wrong"
        shown = r.reply.ranked[0][:160] if r.reply.ranked else NONE
        print(f"\n{r.question.id} [{r.question.language} {r.question.kind}, {verdict}] {r.question.text}\n"
              f"  gold: {r.question.gold}\n  shown: {shown}")


def add_clone_arguments(parser: argparse.ArgumentParser) -> None:
    """The options naming the clones the pages are read from (`Pages`), for every benchmark reading them."""
    parser.add_argument("--fundus", type=Path, default=DEFAULT_FUNDUS, metavar="DIR",
                        help=f"a fundus clone, work tree or bare (default: {DEFAULT_FUNDUS})")
    parser.add_argument("--newspaper", type=Path, default=DEFAULT_NEWSPAPER, metavar="DIR",
                        help=f"a newspaper clone, work tree or bare (default: {DEFAULT_NEWSPAPER})")
    parser.add_argument("--trafilatura", type=Path, default=DEFAULT_TRAFILATURA, metavar="DIR",
                        help=f"a trafilatura clone, work tree or bare (default: {DEFAULT_TRAFILATURA})")
    parser.add_argument("--readability", type=Path, default=DEFAULT_READABILITY, metavar="DIR",
                        help=f"a mozilla/readability clone, work tree or bare (default: {DEFAULT_READABILITY})")
    parser.add_argument("--postlight", type=Path, default=DEFAULT_POSTLIGHT, metavar="DIR",
                        help=f"a postlight/parser clone, work tree or bare (default: {DEFAULT_POSTLIGHT})")
    add_scrapinghub_argument(parser)
    parser.add_argument("--htmldate", type=Path, default=DEFAULT_HTMLDATE, metavar="DIR",
                        help=f"an adbar/htmldate clone, work tree or bare (default: {DEFAULT_HTMLDATE})")


def pages_of(args: argparse.Namespace) -> Pages:
    """The pages of the clones `add_clone_arguments` named, so each benchmark reads every source alike."""
    return Pages(args.fundus, args.newspaper, args.trafilatura, args.readability, args.postlight, args.htmldate, args.scrapinghub)


def main(argv: Sequence[str] | None = None) -> None:
    parser = argument_parser(__doc__)
    add_clone_arguments(parser)
    parser.add_argument("--questions", type=Path, default=QUESTIONS, metavar="FILE",
                        help="a question file in the same columns (default: bench/fresh/questions.tsv)")
    parser.add_argument("--by", action="append", default=[], metavar="WRITER", help="only these writers' questions")
    parser.add_argument("--pages", action="store_true", help="also one line per page: a letter per question")
    parser.add_argument("--misses", action="store_true", help="also print every miss")
    args = parser.parse_args(argv)
    questions = [q for q in read_questions(args.questions) if not args.by or q.by in args.by]
    pages = pages_of(args)
    for source in sorted(pages.missing):
        left = sum(q.source == source for q in questions)
        print(f"note: no {source} test pages under {getattr(args, source)}; its {left} questions are left out")
    results = evaluate(questions, pages)
    for page, reason in sorted(pages.refused.items()):
        print(f"note: {page} not read ({reason}); its questions count as declined")
    lost = [r.question.id for r in results if not r.reachable]
    if lost:
        print(f"note: no sentence of the page as read now holds the gold of {len(lost)} questions: {' '.join(lost)}")
    if not results:
        return
    print(f"{len(results)} questions on {len({(r.question.source, r.question.page) for r in results})} untuned "
          "pages, each written before the bot ran on its page; a declined answerable question counts as a miss\n")
    print_table(results)
    if args.pages:
        print()
        print_pages(results)
    if args.misses:
        print_misses(results)


if __name__ == "__main__":
    main()
