"""Inline mode's answer time: from an inline query to the bot's answerInlineQuery.

Run `python -m bench.inline [--links 20]`. It starts `python -m bot run` against `FakeTelegram`
and a loopback `PageServer` serving invented articles (`bench/invented_articles.py`), warms the
bot up with a few links (so every worker process has started), then asks, one query at a time as a person would:

- fresh: each link once, never read before (the read, the digest and the answer), with the bot's
  default INLINE_WAIT_SECONDS, so a read slower than that answers "Reading…" and is counted;
- stored: each link again, answered from the store;
- recent: `@bot` alone, the person's recent articles.

and prints median, p95 and max of each. Telegram drops answers later than about 10 s.
"""

from __future__ import annotations

import argparse
import statistics
import sys
import tempfile
from pathlib import Path

from bench.bot_load import STARTUP_TIMEOUT_SECONDS, percentile, wait_quietly
from bench.invented_articles import invent
from bot.conversation import texts
from tests.support.bot_process import BotProcess, bot_environment
from tests.support.fake_telegram import FakeTelegram
from tests.support.pages import PageServer
from tests.support.telegram_inline import InlineAnswer

PERSON = 4242
WARM_UP_LINKS = 3
"""Read first and listed together, so every worker process of the bot has started before timing."""
ANSWER_TIMEOUT_SECONDS = 30.0
NO_RATE_LIMIT = "100000"


def ask(telegram: FakeTelegram, query: str) -> InlineAnswer:
    return telegram.wait_for_inline_answer(telegram.push_inline_query(PERSON, query), ANSWER_TIMEOUT_SECONDS)


def line(name: str, answers: list[InlineAnswer]) -> str:
    seconds = [answer.seconds for answer in answers]
    placeholders = sum(1 for a in answers if [r.title for r in a.results] == [texts.INLINE_READING])
    return (f"{name:<7} n={len(seconds):<3} median {statistics.median(seconds) * 1000:6.0f} ms   "
            f"p95 {percentile(seconds, 0.95) * 1000:6.0f} ms   max {max(seconds) * 1000:6.0f} ms   "
            f"'Reading…' answers: {placeholders}")


def run(link_count: int) -> int:
    articles = invent(link_count + WARM_UP_LINKS)
    with tempfile.TemporaryDirectory(prefix="bench-inline-") as folder, FakeTelegram() as telegram, \
            PageServer() as pages:
        urls = [pages.add(article.path, article.html) for article in articles]
        environment = bot_environment(telegram, Path(folder) / "bot.sqlite3", USER_LINKS_PER_MINUTE=NO_RATE_LIMIT)
        with BotProcess(environment, Path(folder) / "bot.log") as bot:
            if not wait_quietly(telegram, lambda: telegram.calls("setMyCommands"), STARTUP_TIMEOUT_SECONDS):
                print("The bot did not start; its log:\n" + bot.log_text()[-3000:], file=sys.stderr)
                return 1
            for url in urls[:WARM_UP_LINKS]:
                while [r.title for r in ask(telegram, url).results] == [texts.INLINE_READING]:
                    pass
            ask(telegram, "")
            measured = urls[WARM_UP_LINKS:]
            fresh = [ask(telegram, url) for url in measured]
            stored = [ask(telegram, url) for url in measured]
            recent = [ask(telegram, "") for _ in measured]
    print(f"Inline answers, one query at a time ({link_count} invented articles):")
    for name, answers in (("fresh", fresh), ("stored", stored), ("recent", recent)):
        print("  " + line(name, answers))
    return 0


def main(argv: list[str] | None = None) -> None:
    parser = argparse.ArgumentParser(prog="python -m bench.inline", description=__doc__.split("\n")[0])
    parser.add_argument("--links", type=int, default=20, help="different article links to ask about")
    args = parser.parse_args(argv)
    sys.exit(run(args.links))


if __name__ == "__main__":
    main()
