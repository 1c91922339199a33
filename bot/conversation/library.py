"""Articles on demand: from the store when we read them recently, otherwise fetched and extracted.

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


class Library:
    def __init__(self, store: Store, settings: Settings, pool: ReaderPool | None = None) -> None:
        self.store = store
        self._limits = FetchLimits.from_settings(settings)
        self._fresh_seconds = settings.ARTICLE_FRESH_HOURS * 3600
        self._pool = pool
        self._slots = asyncio.Semaphore(settings.MAX_CONCURRENT_ARTICLES)
        self._summary_method = settings.SUMMARY_METHOD
        self._in_flight: dict[str, asyncio.Future[StoredArticle]] = {}

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

    async def read_link(self, url: str) -> StoredArticle:
        """The article at this link, from the store if it is fresh, else fetched (once per link)."""
        address = normalize_url(url)
        cached = await self.stored(address)
        if cached:
            return cached
        pending = self._in_flight.get(address)
        if pending is None:
            pending = asyncio.ensure_future(self._fetch(address))
            self._in_flight[address] = pending
            pending.add_done_callback(lambda _: self._in_flight.pop(address, None))
        return await asyncio.shield(pending)

    async def stored(self, url: str) -> StoredArticle | None:
        """The article at this link if the store has a fresh copy; never fetches."""
        return await self.store.article_by_url(normalize_url(url), time.time() - self._fresh_seconds)

    async def _fetch(self, address: str) -> StoredArticle:
        async with self._slots:
            with metrics.fetch_timer(self._run) as run:
                article = await pipeline.fetch_article(address, self._limits, run)
        return await self.store.save_article(article, urls=(address,))

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
        count = (None if all_quotes else pipeline.QUOTES_SHOWN) if quotes else 0
        with metrics.reading_stage("summary"):
            return await self._run_about(stored.article, pipeline.digest, length, count, self._summary_method)

    async def ask(self, stored: StoredArticle, question: str, previous: Turn | None = None) -> Answer:
        with metrics.reading_stage("answers"):
            return metrics.answered(await self._run_about(stored.article, pipeline.ask_in_turn, question, previous))
