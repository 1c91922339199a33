"""Inline mode (`@bot <link>` in any chat), with no Telegram in it: what to offer for a query.

An inline query must be answered within seconds, and a person types (or pastes) one query after
another. So a link is looked up in the store first; only a link that is neither stored nor being
read costs a read from the person's link allowance, and a read that takes longer than `wait_seconds`
keeps going in the background while the query gets a `Pending` answer: the next keystroke finds the
article in the store (or the same read still under way, which costs nothing again). Digesting
counts towards the wait too, so an answer never waits much longer than `wait_seconds`.

Articles for a link are digested the same way for everyone (medium length, no quotes), since
Telegram may cache that answer for every user who types the same link; the person's own
recent articles are an answer for them alone.
"""

from __future__ import annotations

import asyncio
import logging
from dataclasses import dataclass

from bot.conversation import texts
from bot.conversation.assistant import Summarized
from bot.conversation.library import Library
from bot.conversation.ratelimit import RateLimit
from bot.errors import UserError, message_for
from bot.reader.summary.compose import Length
from bot.reader.urls import find_links, normalize_url
from bot.store import Store, StoredArticle

log = logging.getLogger(__name__)
RECENT_SHOWN = 5
"""Recent articles offered for an empty query: each is digested while the person waits."""
INLINE_LENGTH = Length.MEDIUM


@dataclass(frozen=True)
class Found:
    """Articles to offer; `personal` when they are this person's own (their reading history)."""

    articles: tuple[Summarized, ...]
    personal: bool


@dataclass(frozen=True)
class Pending:
    """The link is still being read: offer to send the link itself, and ask again in a moment."""

    url: str


@dataclass(frozen=True)
class Refused:
    """Nothing to offer but an explanation (a dead link, not an article, too many links)."""

    url: str
    message: str


@dataclass(frozen=True)
class Nothing:
    """No link and nothing read yet: the front end points the person to the bot itself."""


InlineOffer = Found | Pending | Refused | Nothing


class InlineReader:
    def __init__(self, library: Library, store: Store, rate_limit: RateLimit, wait_seconds: float) -> None:
        self.library = library
        self.store = store
        self.rate_limit = rate_limit
        self.wait_seconds = wait_seconds
        self._reading: dict[str, asyncio.Task[Summarized]] = {}
        """Reads under way, by address: later queries for the link wait for these and cost nothing."""

    async def offer(self, user_id: int, query: str) -> InlineOffer:
        """What to offer for this query: the linked article, or the person's recent articles."""
        links = find_links(query)
        if links:
            return await self._offer_link(user_id, links[0])
        if query.strip():
            return Nothing()
        recent = await self.recent(user_id)
        return Found(recent, personal=True) if recent else Nothing()

    async def recent(self, user_id: int) -> tuple[Summarized, ...]:
        """The articles read last in the person's private chat with the bot (its id is theirs)."""
        stored = await self.store.recent_articles(user_id, RECENT_SHOWN)
        return tuple(await asyncio.gather(*(self._digest(article) for article in stored)))

    async def _offer_link(self, user_id: int, url: str) -> InlineOffer:
        """The article within `wait_seconds` (reading and digesting both count), else `Pending`."""
        address = normalize_url(url)
        stored = await self.library.stored(address)
        work = self._reading.get(address)
        if work is None:
            if stored is None and not self.rate_limit.allow(user_id):
                return Refused(url, texts.RATE_LIMITED)
            work = self._reading[address] = asyncio.ensure_future(self._read(address, stored))
            work.add_done_callback(lambda done: self._finished(address, done))
        try:
            found = await asyncio.wait_for(asyncio.shield(work), self.wait_seconds)
        except UserError as error:
            return Refused(url, message_for(error))
        except asyncio.TimeoutError:
            return Pending(url)
        await self.store.note_read(user_id, found.stored.id, "private", current=False)
        return Found((found,), personal=False)

    async def _read(self, address: str, stored: StoredArticle | None) -> Summarized:
        if stored is None:
            stored, digest = await self.library.read_link(address, INLINE_LENGTH, False)
            return Summarized(stored, digest, INLINE_LENGTH)
        return await self._digest(stored)

    def _finished(self, address: str, work: asyncio.Task[Summarized]) -> None:
        """A read is over: the store has its article, or the next query meets its failure again."""
        self._reading.pop(address, None)
        if not work.cancelled() and work.exception() is not None:
            error = work.exception()
            if not isinstance(error, UserError):
                log.error("Reading a link for an inline query failed", exc_info=error)

    async def _digest(self, stored: StoredArticle) -> Summarized:
        digest = await self.library.digest(stored, INLINE_LENGTH, False)
        return Summarized(stored, digest, INLINE_LENGTH)
