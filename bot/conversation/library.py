"""Articles on demand: from the store when we read them recently, otherwise fetched, extracted and
digested in one go.

This is the async boundary of the reading pipeline: network I/O runs on the event loop, every piece
of CPU work (extraction, sentence splitting, ranking) runs in the reader processes (a thread when
there are none, as in the terminal chat), and at most
MAX_CONCURRENT_ARTICLES articles are processed at once while the rest wait their turn. The same link
requested by many chats at once is fetched once.
"""

from __future__ import annotations

import asyncio
import time
from typing import Callable, TypeVar

from bot import metrics
from bot.reader import pipeline
from bot.reader.answer.followup import Turn
from bot.reader.answer.index import Answer
from bot.reader.article import Article
from bot.reader.fetch import FetchLimits
from bot.reader.summary.compose import Length
from bot.reader.urls import normalize_url
from bot.reader.workers import ReaderPool
from bot.settings import Settings
from bot.store import Store, StoredArticle

T = TypeVar("T")
Fetched = tuple[StoredArticle, pipeline.Digest, tuple[Length, int | None]]
"""A link fetched: its article as stored, and the digest made with it, for this length and quote count."""


def quote_count(quotes: bool, all_quotes: bool = False) -> int | None:
    """The key quotes a digest shows: none, the first few, or every one (None) with `all_quotes`."""
    return (None if all_quotes else pipeline.QUOTES_SHOWN) if quotes else 0


class Library:
    def __init__(self, store: Store, settings: Settings, pool: ReaderPool | None = None) -> None:
        self.store = store
        self._limits = FetchLimits.from_settings(settings)
        self._fresh_seconds = settings.ARTICLE_FRESH_HOURS * 3600
        self._pool = pool
        self._slots = asyncio.Semaphore(settings.MAX_CONCURRENT_ARTICLES)
        self._summary_method = settings.SUMMARY_METHOD
        self._in_flight: dict[str, asyncio.Future[Fetched]] = {}

    async def _run(self, function: Callable[..., T], *args: object) -> T:
        if self._pool is None:
            return await asyncio.to_thread(function, *args)
        return await self._pool.run(function, *args)

    async def _run_about(self, article: Article, function: Callable[..., T], *args: object) -> T:
        """`function(article, *args)` where CPU work runs; in a reader process that holds the
        article already when one is free (see `ReaderPool.run_about`)."""
        if self._pool is None:
            return await asyncio.to_thread(function, article, *args)
        return await self._pool.run_about(article, function, *args)

    async def stored(self, url: str) -> StoredArticle | None:
        """The article at this link if the store has a fresh copy; never fetches."""
        return await self.store.article_by_url(normalize_url(url), time.time() - self._fresh_seconds)

    async def read_link(self, url: str, length: Length, quotes: bool) -> tuple[StoredArticle, pipeline.Digest]:
        """The article at this link fetched and stored, with its digest (see `digest`): read and
        digested in one call to the reader processes. The same link asked for again while it is
        being fetched is fetched once; a caller wanting another digest of it gets its own."""
        address = normalize_url(url)
        wanted = (length, quote_count(quotes))
        pending = self._in_flight.get(address)
        if pending is None:
            pending = asyncio.ensure_future(self._fetch(address, *wanted))
            self._in_flight[address] = pending
            pending.add_done_callback(lambda _: self._in_flight.pop(address, None))
        stored, digest, made_for = await asyncio.shield(pending)
        if made_for != wanted:
            digest = await self.digest(stored, length, quotes)
        return stored, digest

    async def _fetch(self, address: str, length: Length, quotes: int | None) -> Fetched:
        async with self._slots:
            with metrics.fetch_timer(self._run) as run:
                digest = await pipeline.fetch_digest(address, self._limits, length, quotes, self._summary_method, run)
        metrics.summarized_in(digest.seconds)
        stored = await self.store.save_article(digest.article, urls=(address,))
        return stored, digest, (length, quotes)

    async def read_pasted(self, text: str) -> StoredArticle:
        async with self._slots:
            with metrics.reading_stage("extract"):
                article = await self._run(pipeline.read_text, text)
        return await self.store.save_article(article)

    async def read_document(self, data: bytes, name: str) -> StoredArticle:
        """A file sent in the chat (a PDF, a page or plain text), read in the reader processes."""
        async with self._slots:
            article = await self._run(pipeline.read_document, data, name)
        return await self.store.save_article(article)

    async def digest(self, stored: StoredArticle, length: Length, quotes: bool, all_quotes: bool = False) -> pipeline.Digest:
        """The summary, with the key quotes when `quotes`: the first few, or every one with `all_quotes`."""
        with metrics.reading_stage("summary"):
            return await self._run_about(stored.article, pipeline.digest, length, quote_count(quotes, all_quotes),
                                         self._summary_method)

    async def names_any(self, stored: StoredArticle, words: str) -> bool:
        """Whether the article has any content word of these (bare words typed as a search)."""
        return await self._run_about(stored.article, pipeline.names_any, words)

    async def ask(self, stored: StoredArticle, question: str, previous: Turn | None = None) -> Answer:
        with metrics.reading_stage("answers"):
            return metrics.answered(await self._run_about(stored.article, pipeline.ask_in_turn, question, previous))
