"""Several instances: updates per second with one and with two webhook instances, feed items per
second, and SQL statements per handled update.

    python -m bench.instances [--data DIR] [--postgres SERVER_URL] [--updates N] [--items N]

Each run starts real `python -m bot webhook` processes against a fresh database (a SQLite file,
or a new database on the PostgreSQL server --postgres names, dropped afterwards) and the Bot API stand-in delivering by webhook, round robin, as a load balancer would. An update
is a /start from a new chat (one read and one write of the update ledger, one reply), so the
numbers measure the multi-instance machinery, not article reading (see bench.bot_load for that).
Feed items link to a dead page, so each post is the "could not read" notice: polling, outbox and
sending, without summarizing. Statements are counted by the bot (COUNT_DB_STATEMENTS) and logged
at shutdown. `--data` is accepted like everywhere but not read.
"""

from __future__ import annotations

import re
import socket
import tempfile
import time
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path

from bench.data import argument_parser
from tests.support.bot_process import WEBHOOK_COMMAND, BotProcess, bot_environment
from tests.support.databases import create_database, drop_database
from tests.support.fake_telegram import FakeTelegram
from tests.support.feeds import Item, LiveFeed, items
from tests.support.pages import PageServer

STATEMENTS = re.compile(r"Database statements run: (\d+)")
TIMEOUT = 300.0


def free_port() -> int:
    with socket.socket() as probe:
        probe.bind(("127.0.0.1", 0))
        return probe.getsockname()[1]


def start_fleet(telegram: FakeTelegram, database: str, folder: Path, count: int, **settings: str) -> list[BotProcess]:
    """`count` webhook instances on `database`, the stand-in delivering to them round robin;
    `settings` add to or override this benchmark's."""
    ports = [free_port() for _ in range(count)]
    logs = Path(tempfile.mkdtemp(dir=folder))
    telegram.deliver_to([f"http://127.0.0.1:{port}/telegram" for port in ports], connections=16)
    bots = []
    for number, port in enumerate(ports):
        environment = bot_environment(
            telegram, folder / "unused.sqlite3", DATABASE_URL=database, WEBHOOK_URL="https://bot.example",
            WEBHOOK_SECRET="bench", WEBHOOK_LISTEN="127.0.0.1", WEBHOOK_PORT=str(port),
            COUNT_DB_STATEMENTS="1", LOG_LEVEL="INFO", **settings,
        )
        bots.append(BotProcess(environment, logs / f"bot{number}.log", WEBHOOK_COMMAND).start())
    telegram.wait_for(lambda: len(telegram.calls("setWebhook")) >= count, timeout=60, what="the fleet")
    return bots


def statements(bots: list[BotProcess]) -> int:
    for bot in bots:
        bot.stop()
    return sum(int(found) for bot in bots for found in STATEMENTS.findall(bot.log_text()))


def updates_run(database: str, folder: Path, instances: int, updates: int) -> tuple[float, float]:
    """(updates per second, statements per update) for `instances` instances."""
    with FakeTelegram() as telegram:
        bots = start_fleet(telegram, database, folder, instances)
        first_chat = 10_000_000 * instances
        started = time.perf_counter()
        for chat in range(first_chat, first_chat + updates):
            telegram.push_text(chat, "/start")
        telegram.wait_for(lambda: len([c for c in telegram.calls("sendMessage") if c.status == 200]) >= updates,
                          timeout=TIMEOUT, what="every update answered")
        elapsed = time.perf_counter() - started
        return updates / elapsed, statements(bots) / updates


def feeds_run(database: str, folder: Path, count: int) -> float:
    """Feed items posted per second by two instances, from the moment they appear in 5 feeds."""
    with FakeTelegram() as telegram, PageServer() as pages:
        pages.add("/gone", "<h1>Gone</h1>", status=404)
        bots = start_fleet(telegram, database, folder, 2, FEED_POLL_INTERVAL_SECONDS="1",
                           MAX_FEED_POSTS_PER_CHAT_PER_HOUR="100000")
        feeds = {chat: LiveFeed(items(2), title=f"Feed {chat}") for chat in range(900, 905)}
        for chat, feed in feeds.items():
            asked = telegram.push_text(chat, f"/feed add {pages.route(f'/bench/{chat}.rss', feed)}")
            telegram.wait_for_bot_message(chat, after=asked, contains="Following", timeout=60)
        per_feed = count // len(feeds)
        started = time.perf_counter()
        for chat, feed in feeds.items():
            feed.add(*[Item(f"urn:{chat}:{n}", f"Item {chat}-{n}.", pages.url("/gone"), time.time())
                       for n in range(per_feed)])
        telegram.wait_for(lambda: sum(len(telegram.bot_messages(chat)) for chat in feeds)
                          >= len(feeds) * (per_feed + 1), timeout=TIMEOUT, what="every item posted")
        elapsed = time.perf_counter() - started
        statements(bots)
        return per_feed * len(feeds) / elapsed


@contextmanager
def fresh(postgres: str | None, folder: Path, name: str) -> Iterator[str]:
    if postgres is None:
        yield f"sqlite:///{folder / name}.sqlite3"
        return
    url = create_database(postgres)
    try:
        yield url
    finally:
        drop_database(postgres, url)


def main() -> None:
    parser = argument_parser(__doc__)
    parser.add_argument("--postgres", help="a PostgreSQL server URL to create fresh databases on (default: SQLite)")
    parser.add_argument("--updates", type=int, default=300)
    parser.add_argument("--items", type=int, default=250)
    args = parser.parse_args()
    with tempfile.TemporaryDirectory() as temporary:
        folder = Path(temporary)
        print(f"database: {'PostgreSQL' if args.postgres else 'SQLite'}")
        for instances in (1, 2):
            with fresh(args.postgres, folder, f"updates{instances}") as database:
                rate, per_update = updates_run(database, folder, instances, args.updates)
            print(f"{instances} instance(s): {rate:.0f} updates/s, {per_update:.1f} SQL statements per update")
        with fresh(args.postgres, folder, "feeds") as database:
            print(f"2 instances: {feeds_run(database, folder, args.items):.0f} feed items posted/s")


if __name__ == "__main__":
    main()
