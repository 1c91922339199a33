"""Every Prometheus metric of the bot, defined here once; the rest of the bot only calls this module.

Served on `METRICS_PORT` (0 = off): by a small HTTP server of its own, or, in webhook mode with
the same port as the webhook, at the webhook server's `/metrics` (see `bot.chat.webhook`).

Label values come from short fixed sets (update kinds, stage names, error class names, Bot API
method names), never from chat ids, user ids, links or the token: one label carrying those would
make a series per user, and leak who reads what into the monitoring system.

Reading runs in worker processes, so the stages are timed here around the calls into the pool,
in the bot process, which is where the metrics live.
"""

from __future__ import annotations

import time
from collections.abc import Awaitable, Callable, Iterator
from contextlib import contextmanager
from typing import TYPE_CHECKING, TypeVar
from wsgiref.simple_server import WSGIServer

from prometheus_client import CONTENT_TYPE_LATEST, Counter, Gauge, Histogram, generate_latest, start_http_server
from sqlalchemy.exc import SQLAlchemyError

from bot.errors import ReaderError

if TYPE_CHECKING:
    from bot.reader.answer.index import Answer

T = TypeVar("T")
Runner = Callable[..., Awaitable[T]]

STAGES = ("fetch", "extract", "summary", "answers")
READING_BUCKETS = (0.05, 0.1, 0.25, 0.5, 1.0, 2.0, 4.0, 8.0, 15.0, 30.0, 60.0)
"""Seconds: from a summary of a stored article to a slow page at the reading deadline."""

UPDATES = Counter("bot_updates_total", "Telegram updates handled, by kind (message, callback_query, ...)",
                  ["kind"])
READING_SECONDS = Histogram("bot_reading_seconds", "Time spent in each reading stage, failures included",
                            ["stage"], buckets=READING_BUCKETS)
READING_FAILURES = Counter("bot_reading_failures_total",
                           "Links and texts that could not be read, by the user-facing reason", ["reason"])
ANSWERS = Counter("bot_answers_total", "Questions answered, by outcome (found, or declined: not in the article)",
                  ["outcome"])
FEED_POLLS = Counter("bot_feed_polls_total", "Feeds fetched, by outcome (ok, failed)", ["outcome"])
FEED_NEW_ITEMS = Counter("bot_feed_new_items_total", "New feed items found by polling")
FEED_POSTS = Counter("bot_feed_posts_total", "Feed posts, by outcome (sent, skipped, retried)", ["outcome"])
FEED_POSTS_WAITING = Gauge("bot_feed_posts_waiting",
                           "Feed posts waiting to be sent, as the last feed tick found them (one tick looks at 60)")
TELEGRAM_RETRIES = Counter("bot_telegram_retries_total",
                           "Bot API calls tried again after a passing failure, by method", ["method"])
FLOOD_WAITS = Counter("bot_telegram_flood_waits_total", "Times Telegram asked the bot to wait (RetryAfter)")
FLOOD_WAIT_SECONDS = Counter("bot_telegram_flood_wait_seconds_total", "Seconds Telegram asked the bot to wait")
WORKER_RESTARTS = Counter("bot_reader_worker_restarts_total",
                          "Reader processes replaced because they overran the deadline or died")
DATABASE_ERRORS = Counter("bot_database_errors_total", "Updates and jobs that failed on a database error")

for _stage in STAGES:
    READING_SECONDS.labels(_stage)
for _outcome in ("found", "declined"):
    ANSWERS.labels(_outcome)


def serve(port: int) -> WSGIServer:
    """Serve /metrics on `port` from a background thread; the server, to shut down at exit."""
    server, _thread = start_http_server(port)
    return server


def exposition() -> tuple[bytes, str]:
    """The current metrics and their content type, for a server of our own (the webhook's)."""
    return generate_latest(), CONTENT_TYPE_LATEST


def update_handled(kind: str) -> None:
    """Count one update by its kind (one of Telegram's update types, a fixed set)."""
    UPDATES.labels(kind).inc()


@contextmanager
def reading_stage(stage: str) -> Iterator[None]:
    """Time one stage; a reading failure raised inside is counted by its reason, then goes on."""
    start = time.perf_counter()
    try:
        with _failures_counted():
            yield
    finally:
        READING_SECONDS.labels(stage).observe(time.perf_counter() - start)


def summarized_in(seconds: float) -> None:
    """A summary made inside another stage's call (a new link's extraction): its own time."""
    READING_SECONDS.labels("summary").observe(seconds)


@contextmanager
def fetch_timer(run: Runner) -> Iterator[Runner]:
    """Time a download with its extraction: yields the runner to extract with, which is timed as
    `extract` (for a new link that call makes the summary too); the rest of the time inside is `fetch`."""
    extracting = 0.0

    async def timed(function: Callable[..., T], *args: object) -> T:
        nonlocal extracting
        start = time.perf_counter()
        try:
            return await run(function, *args)
        finally:
            spent = time.perf_counter() - start
            extracting += spent
            READING_SECONDS.labels("extract").observe(spent)

    start = time.perf_counter()
    try:
        with _failures_counted():
            yield timed
    finally:
        READING_SECONDS.labels("fetch").observe(time.perf_counter() - start - extracting)


@contextmanager
def _failures_counted() -> Iterator[None]:
    try:
        yield
    except ReaderError as error:
        READING_FAILURES.labels(type(error).__name__).inc()
        raise


def answered(answer: Answer) -> Answer:
    """Count an answer as found or declined; returns it."""
    ANSWERS.labels("found" if answer.found else "declined").inc()
    return answer


def feeds_polled(polled: int, failed: int, new_items: int) -> None:
    FEED_POLLS.labels("ok").inc(polled - failed)
    FEED_POLLS.labels("failed").inc(failed)
    FEED_NEW_ITEMS.inc(new_items)


def feed_post(outcome: str) -> None:
    FEED_POSTS.labels(outcome).inc()


def feed_posts_waiting(count: int) -> None:
    FEED_POSTS_WAITING.set(count)


def telegram_retry(method: str) -> None:
    TELEGRAM_RETRIES.labels(method).inc()


def flood_wait(seconds: float) -> None:
    FLOOD_WAITS.inc()
    FLOOD_WAIT_SECONDS.inc(seconds)


def worker_restarted() -> None:
    WORKER_RESTARTS.inc()


def failed(error: BaseException | None) -> None:
    """An update or job failed with `error`: count it if the database failed."""
    if isinstance(error, SQLAlchemyError):
        DATABASE_ERRORS.inc()
