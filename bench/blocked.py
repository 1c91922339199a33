"""Blocked-page benchmark: every known stand-in recognised, and no real article mistaken for one.

Usage: `python -m bench.blocked [--data DIR]` (default `../shared/bench/data` beside the repo).

Runs the bot's `extract_article` on (a) the robot checks, paywall stubs and JavaScript shells in
`tests/fixtures/blocked/` (the file name's prefix says which error each must raise) and (b) the 108
real news pages of the extraction benchmark, where any such error is a false alarm, except a paywall
on a page whose benchmark text is itself a teaser cut off with an ellipsis (the site served only
that much when the benchmark was made: two WSJ pages, marked `article.template=snippet`). It runs the
detector on the real pages as the fetcher does for a 401/403/429/503 answer (no article read, so
nothing is excused by length): an alarm there would turn a site's plain refusal into a wrong message.
"""

from __future__ import annotations

import sys
from pathlib import Path

from trafilatura.utils import load_html

from bench.data import argument_parser
from bench.extraction import load_pages
from bot.errors import BotChallenge, PageBlocked, Paywalled, ScriptOnly, UserError
from bot.reader.extract.blocked import find_blocker, page_text
from bot.reader.extract.page import extract_article

VARIANTS = Path(__file__).resolve().parent.parent / "tests" / "fixtures" / "blocked"
EXPECTED = {"challenge": BotChallenge, "paywall": Paywalled, "shell": ScriptOnly}


def outcome(html: str, url: str | None) -> UserError | None:
    try:
        extract_article(html, url)
    except UserError as error:
        return error
    return None


def is_teaser(truth: str) -> bool:
    """The benchmark's article text ends where the site cut it off."""
    return truth.rstrip().endswith(("...", "…"))


def main(argv: list[str] | None = None) -> int:
    args = argument_parser(__doc__).parse_args(argv)

    recognized = 0
    variants = sorted(VARIANTS.glob("*.html"))
    for path in variants:
        expected = EXPECTED[path.name.split("_")[0]]
        error = outcome(path.read_text(encoding="utf-8"), "https://news.example/story")
        right = isinstance(error, expected)
        recognized += right
        print(f"{'ok ' if right else 'MISSED'} {path.stem:45} {type(error).__name__ if error else 'article'}"
              f" ({error.detail if isinstance(error, PageBlocked) else '-'})")
    print(f"\nvariants recognized: {recognized} / {len(variants)}")

    pages = load_pages(args.data)
    alarms = []
    for page in pages:
        error = outcome(page.html, page.url)
        if not isinstance(error, PageBlocked):
            continue
        if isinstance(error, Paywalled) and is_teaser(page.truth):
            print(f"paywall stub in the data: {page.id[:12]} {page.url} ({error.detail})")
        else:
            alarms.append(page)
            print(f"FALSE ALARM {page.id[:12]} {page.url} {type(error).__name__} ({error.detail})")
    print(f"false alarms on {len(pages)} real pages (status 200): {len(alarms)}")
    refusals = [(page, found) for page in pages
                if (found := find_blocker(page_text(load_html(page.html), page.html), only=BotChallenge))]
    for page, found in refusals:
        print(f"  as an error page: {page.id[:12]} {page.url} {type(found).__name__} ({found.detail})")
    print(f"robot checks claimed on the same pages served as 403/503: {len(refusals)}")
    return 0 if recognized == len(variants) and not alarms else 1


if __name__ == "__main__":
    sys.exit(main())
