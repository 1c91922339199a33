"""Every page of every mirror through the whole reading pipeline: which stage is slow, which one crashes.

    python -m bench.stalls [clone options of bench.fresh_pages] [--source NAME] [--slowest N] [--out FILE]
    python -m bench.stalls --report FILE

A page held by one slow stage holds a reader process, and every chat waiting behind it: a regex
that backtracks or a loop that goes quadratic on one odd page is a stall for everyone. So each page
of the clones `bench.fresh_pages` reads (fundus, newspaper, trafilatura, readability, Postlight,
htmldate, scrapinghub: about 2,900 pages) goes the way a link goes in the bot, each stage timed on
its own: `read` (`read_download`: charset, extraction), `document` (sentences, words), `summary`,
`quotes` (every quotation, the key ones, the summary's unnamed speakers), `index` (the answer index)
and `questions` (three a reader could ask of any page: its title as a question, what the first
person it names said about the title's last word, and the follow-up "and how much did it cost?").
A page the reader refuses (no article, a feed) ends after `read`; that is no crash. Any other
exception is one, and a page still being read after `PAGE_SECONDS` is stopped and counted as a stall.

Printed: per stage the p50 / p95 / max of its wall seconds and of its CPU seconds (on a machine
shared with other work the wall times swell with the load, CPU times do not), the slowest
`--slowest` stages (page, stage, seconds), every page over `SLOW_PAGE` seconds in all, wall or CPU,
every crash and stall (type, page, the line it was raised on). `--out` writes one JSON line per page, to diff two runs; `--report` prints the report of such a file.
"""

from __future__ import annotations

import json
import re
import signal
import statistics
import time
import traceback
from dataclasses import dataclass, field
from pathlib import Path

from bench.data import argument_parser
from bench.fresh_pages import CONTENT_TYPE, Pages, add_clone_arguments, pages_of
from bench.speed import percentile
from bot.errors import ReaderError
from bot.reader import pipeline
from bot.reader.answer.followup import Turn
from bot.reader.summary.attribution import unnamed_speakers
from bot.reader.summary.compose import Length, summarize
from bot.reader.quotes.quotations import find_quotes

STAGES = ("read", "document", "summary", "quotes", "index", "questions")
PAGE_SECONDS = 60
"""A page past this is a stall: the bot's reader deadline is 20 s, on a machine three times quieter."""
SLOW_PAGE = 2.0
"""Seconds of the whole pipeline past which a page is listed: ten times the median page."""
FOLLOW_UP = "and how much did it cost?"
_NAME = re.compile(r"\b[A-ZÀ-Ý][a-zà-ÿ]+ [A-ZÀ-Ý][a-zà-ÿ]+\b")


class Stalled(Exception):
    """The page ran past `PAGE_SECONDS`."""


@dataclass
class Outcome:
    source: str
    page: str
    seconds: dict[str, float] = field(default_factory=dict)
    cpu: dict[str, float] = field(default_factory=dict)
    """CPU seconds of each stage: on a shared machine the wall times swell with the load, these do not."""
    refused: str = ""
    crash: str = ""

    @property
    def total(self) -> float:
        return sum(self.seconds.values())

    @property
    def total_cpu(self) -> float:
        return sum(self.cpu.values())


def questions_of(article: pipeline.Article) -> tuple[str, str]:
    """A question of the page's own words (its title) and one asking what the first person it names said."""
    title = article.title or article.paragraphs[0][:80]
    words = re.findall(r"\w+", title)
    name = next((m.group() for p in article.paragraphs[:5] for m in _NAME.finditer(p)), "they")
    return title.rstrip("?.!") + "?", f"What did {name} say about {words[-1] if words else 'it'}?"


def sweep(pages: Pages, source: str, page: str) -> Outcome:
    """One page through every stage, each timed; a refusal, crash or stall is recorded, not raised."""
    outcome = Outcome(source, page)
    stage = "download"

    def timed(name: str, call):  # noqa: ANN001, ANN202 - any stage's call
        nonlocal stage
        stage = name
        started, cpu = time.perf_counter(), time.process_time()
        try:
            return call()
        finally:
            outcome.seconds[name] = outcome.seconds.get(name, 0.0) + time.perf_counter() - started
            outcome.cpu[name] = outcome.cpu.get(name, 0.0) + time.process_time() - cpu

    signal.alarm(PAGE_SECONDS)
    try:
        body, address = pages.download(source, page)
        article = timed("read", lambda: pipeline.read_download(body, CONTENT_TYPE, address))
        document = timed("document", lambda: pipeline.document_of(article))
        summary = timed("summary", lambda: summarize(document, Length.MEDIUM))
        timed("quotes", lambda: (find_quotes(document, pipeline.QUOTES_SHOWN, pipeline.quotes_of(article)),
                                 unnamed_speakers(summary.selected, pipeline.quotes_of(article), document)))
        timed("index", lambda: pipeline.answer_index_of(article))
        title_question, said_question = questions_of(article)
        timed("questions", lambda: pipeline.ask_in_turn(article, title_question, None))
        said = timed("questions", lambda: pipeline.ask_in_turn(article, said_question, None))
        turn = Turn(said_question, tuple(s.text for s in said.sentences[:1]))
        timed("questions", lambda: pipeline.ask_in_turn(article, FOLLOW_UP, turn))
    except ReaderError as error:
        outcome.refused = type(error).__name__
    except Exception as error:  # noqa: BLE001 - a crash or stall is what this counts
        where = traceback.extract_tb(error.__traceback__)[-1]
        outcome.crash = f"{type(error).__name__} in {stage} at {Path(where.filename).name}:{where.lineno}: {error}"[:300]
    finally:
        signal.alarm(0)
    return outcome


def _stall(signum: int, frame: object) -> None:
    raise Stalled(f"past {PAGE_SECONDS} s")


def report(outcomes: list[Outcome], slowest: int) -> None:
    print(f"{len(outcomes)} pages: {sum(not (o.refused or o.crash) for o in outcomes)} read through,"
          f" {sum(bool(o.refused) for o in outcomes)} refused, {sum(bool(o.crash) for o in outcomes)} crashed or stalled\n")
    print(f"{'stage':<12}{'pages':>8}{'wall p50':>10}{'p95':>8}{'max':>8}{'CPU p50':>10}{'p95':>8}{'max':>8}   (seconds)")
    for stage in (*STAGES, "total"):
        timed = [o for o in outcomes if stage == "total" or stage in o.seconds]
        if not timed:
            continue
        walls = [o.total if stage == "total" else o.seconds[stage] for o in timed]
        cpus = [o.total_cpu if stage == "total" else o.cpu[stage] for o in timed]
        print(f"{stage:<12}{len(timed):>8}" + "".join(
            f"{width}".format(value) for values in (walls, cpus)
            for width, value in zip(("{:>10.3f}", "{:>8.3f}", "{:>8.3f}"),
                                    (statistics.median(values), percentile(values, 0.95), max(values)))))
    print(f"\nslowest {slowest} stages (wall seconds, CPU seconds):")
    stages = sorted(((seconds, o, stage) for o in outcomes for stage, seconds in o.seconds.items()),
                    key=lambda t: -t[0])[:slowest]
    for seconds, o, stage in stages:
        print(f"  {seconds:7.2f} {o.cpu[stage]:7.2f}  {stage:<10} {o.source}:{o.page}")
    slow = sorted((o for o in outcomes if max(o.total, o.total_cpu) > SLOW_PAGE), key=lambda o: -o.total_cpu)
    print(f"\n{sum(o.total > SLOW_PAGE for o in outcomes)} pages over {SLOW_PAGE} s of wall time in all,"
          f" {sum(o.total_cpu > SLOW_PAGE for o in outcomes)} over {SLOW_PAGE} s of CPU; those, most CPU first"
          " (wall, CPU, CPU per stage):")
    for o in slow:
        print(f"  {o.total:7.2f} {o.total_cpu:7.2f}  {o.source}:{o.page}  "
              + " ".join(f"{stage} {seconds:.2f}" for stage, seconds in o.cpu.items()))
    crashed = [o for o in outcomes if o.crash]
    print(f"\n{len(crashed)} crashes and stalls:")
    for o in crashed:
        print(f"  {o.source}:{o.page}\n    {o.crash}")


def main() -> None:
    parser = argument_parser(__doc__)
    add_clone_arguments(parser)
    parser.add_argument("--source", action="append", default=[], metavar="NAME", help="only these clones' pages")
    parser.add_argument("--slowest", type=int, default=20, metavar="N", help="how many of the slowest stages to list")
    parser.add_argument("--out", type=Path, metavar="FILE", help="also one JSON line per page")
    parser.add_argument("--report", type=Path, metavar="FILE",
                        help="only print the report of a run --out wrote (a part of one, while it runs)")
    args = parser.parse_args()
    if args.report:
        report([Outcome(**json.loads(line)) for line in args.report.read_text(encoding="utf-8").splitlines()],
               args.slowest)
        return
    pages = pages_of(args)
    signal.signal(signal.SIGALRM, _stall)
    outcomes = []
    with (args.out.open("w", encoding="utf-8") if args.out else open("/dev/null", "w")) as out:
        for source, page in pages.every_page():
            if args.source and source not in args.source:
                continue
            outcome = sweep(pages, source, page)
            outcomes.append(outcome)
            out.write(json.dumps(outcome.__dict__) + "\n")
            out.flush()
    report(outcomes, args.slowest)


if __name__ == "__main__":
    main()
