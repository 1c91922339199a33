"""Feed polling at scale: 500 feeds followed by 200 chats, served from 127.0.0.1.

Run `python -m bench.feeds [--feeds N] [--chats N] [--new N]`. The feeds are generated (`--data`
is accepted like everywhere but not read) and served over real sockets by a server in a child process, so the timings cover the
bot's whole path (safe fetch, feedparser, filters, SQLite writes) and not the server's CPU. The
server answers like a good one: ETag on every feed, 304 when it matches, and a listen backlog
large enough for our concurrent connections. It prints the time to follow every feed, a full
polling round with new items in every feed, a round where every feed answers 304, how fast the
outbox hands out posts, and how much the database grows per 1,000 items.
"""

from __future__ import annotations

import asyncio
import hashlib
import multiprocessing
import tempfile
import time
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from pathlib import Path

import httpx
from sqlalchemy import text

from bench.data import argument_parser
from bot.feeds.service import FeedService
from bot.reader.fetch import FetchLimits
from bot.settings import load_settings
from bot.store import open_store
from tests.support.feeds import items, rss

BACKLOG = 20
"""Items every feed lists when it is followed."""
SECOND_FOLLOWER_EVERY = 3
"""Every third feed has a second chat following it, so chats share feeds."""


def followers(feed: int, chats: int) -> list[int]:
    """The chats following feed number `feed`: every feed has one, some have two."""
    first, second = feed % chats, (feed * 7 + 3) % chats
    return [first, second] if feed % SECOND_FOLLOWER_EVERY == 0 and second != first else [first]


class _FeedServer(ThreadingHTTPServer):
    daemon_threads = True
    request_queue_size = 1024

    def __init__(self, new_per_round: int) -> None:
        super().__init__(("127.0.0.1", 0), _FeedRequest)
        self.new_per_round = new_per_round
        self.round = 0
        self.bodies: dict[tuple[int, int], tuple[bytes, str]] = {}

    def feed(self, number: int) -> tuple[bytes, str]:
        """Feed `number` as it reads this round: BACKLOG items, plus `new_per_round` per round."""
        key = (number, self.round)
        if key not in self.bodies:
            count = BACKLOG + self.round * self.new_per_round
            body = rss(items(count, topic=f"topic{number}"), f"Feed {number}").encode("utf-8")
            self.bodies[key] = (body, '"' + hashlib.sha1(body).hexdigest() + '"')
        return self.bodies[key]


class _FeedRequest(BaseHTTPRequestHandler):
    server: _FeedServer
    protocol_version = "HTTP/1.0"

    def do_GET(self) -> None:
        if self.path == "/next-round":
            self.server.round += 1
            self._answer(204, b"", {})
            return
        body, etag = self.server.feed(int(self.path.rsplit("/", 1)[1].split(".")[0]))
        if self.headers.get("If-None-Match") == etag:
            self._answer(304, b"", {"ETag": etag})
        else:
            self._answer(200, body, {"ETag": etag, "Content-Type": "application/rss+xml"})

    def _answer(self, status: int, body: bytes, headers: dict[str, str]) -> None:
        self.send_response(status)
        for name, value in {**headers, "Content-Length": str(len(body))}.items():
            self.send_header(name, value)
        self.end_headers()
        self.wfile.write(body)

    def log_message(self, format: str, *args: object) -> None:
        """Quiet."""


def _serve(new_per_round: int, port: multiprocessing.Queue) -> None:
    server = _FeedServer(new_per_round)
    port.put(server.server_address[1])
    server.serve_forever()


async def database_bytes(service: FeedService, path: Path) -> int:
    async with service.store.engine.connect() as conn:
        await conn.execute(text("PRAGMA wal_checkpoint(TRUNCATE)"))
    return sum(p.stat().st_size for p in path.parent.glob(path.name + "*"))


class _Clock:
    """The service's clock: real time, moved a polling interval ahead per round."""

    def __init__(self) -> None:
        self.now = time.time()

    def __call__(self) -> float:
        return self.now


async def run(feed_count: int, chat_count: int, new_per_feed: int) -> None:
    port: multiprocessing.Queue = multiprocessing.Queue()
    server = multiprocessing.Process(target=_serve, args=(new_per_feed, port), daemon=True)
    server.start()
    try:
        await _measure(f"http://127.0.0.1:{port.get(timeout=10)}", feed_count, chat_count, new_per_feed)
    finally:
        server.terminate()
        server.join()


async def _measure(base: str, feed_count: int, chat_count: int, new_per_feed: int) -> None:
    settings = load_settings({
        "BOT_ALLOW_PRIVATE_URLS": "1", "MAX_FEEDS_PER_CHAT": str(feed_count),
        "MAX_FEED_POSTS_PER_CHAT_PER_HOUR": "1000000",
    })
    clock = _Clock()
    with tempfile.TemporaryDirectory() as folder:
        path = Path(folder) / "bench.sqlite3"
        store = await open_store(f"sqlite:///{path}")
        service = FeedService(store.engine, FetchLimits.from_settings(settings), settings, clock=clock)
        follows = [(chat, f"{base}/feed/{n}.xml") for n in range(feed_count)
                   for chat in followers(n, chat_count)]
        slots = asyncio.Semaphore(16)

        async def follow(chat: int, url: str) -> None:
            async with slots:
                await service.add(chat, url)

        started = time.perf_counter()
        await asyncio.gather(*(follow(chat, url) for chat, url in follows))
        follow_seconds = time.perf_counter() - started
        size_before = await database_bytes(service, path)

        async with httpx.AsyncClient() as client:
            await client.get(f"{base}/next-round")
        clock.now += settings.FEED_POLL_INTERVAL_SECONDS
        started = time.perf_counter()
        report = await service.poll_due()
        round_seconds = time.perf_counter() - started
        size_after = await database_bytes(service, path)

        clock.now += settings.FEED_POLL_INTERVAL_SECONDS
        started = time.perf_counter()
        quiet = await service.poll_due()
        quiet_seconds = time.perf_counter() - started

        claimed, claim_seconds, mark_seconds = 0, 0.0, 0.0
        while True:
            started = time.perf_counter()
            batch = await service.claim_deliveries(limit=100)
            claim_seconds += time.perf_counter() - started
            if not batch:
                break
            claimed += len(batch)
            started = time.perf_counter()
            for delivery in batch:
                await service.mark_sent(delivery.id)
            mark_seconds += time.perf_counter() - started
        await store.close()

    print(f"feeds {feed_count}, chats {chat_count}, subscriptions {len(follows)}, "
          f"new items per feed {new_per_feed}")
    print(f"follow every feed (fetch + backlog as seen): {follow_seconds:6.2f} s")
    print(f"full polling round, {report.polled} feeds, {report.new_items} new items, "
          f"{report.deliveries} posts queued, {report.failed} failed: {round_seconds:6.2f} s")
    print(f"round with every feed answering 304 ({quiet.unchanged}/{quiet.polled}): {quiet_seconds:6.2f} s")
    print(f"outbox: {claimed} posts, claimed {claimed / claim_seconds:8.0f} posts/s in batches of 100, "
          f"marked sent one by one {claimed / mark_seconds:6.0f} posts/s")
    print(f"database growth: {(size_after - size_before) / report.new_items * 1000 / 1024:6.1f} KiB "
          f"per 1,000 new items (with their {report.deliveries / report.new_items:.1f} posts each)")


def main() -> None:
    parser = argument_parser(__doc__)
    parser.add_argument("--feeds", type=int, default=500)
    parser.add_argument("--chats", type=int, default=200)
    parser.add_argument("--new", type=int, default=5, help="new items per feed in the timed round")
    args = parser.parse_args()
    asyncio.run(run(args.feeds, args.chats, args.new))


if __name__ == "__main__":
    main()
