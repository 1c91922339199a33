"""Updates of one chat are handled in the order they were sent; different chats run side by side.

With plain concurrent handling, a question sent right after a link could be answered before the
link's article is stored, and a group's migration could race the first message of the new
supergroup. A lock per chat keeps each conversation in order without making chats wait for each
other; the expensive part (reading articles) is bounded separately by the library.

Telegram hands over up to a hundred updates at once, and python-telegram-bot starts a task for
each in the same turn of the event loop: their first steps (parsing, the first Bot API call, a
new connection) then ran back to back, 50 chats' worth in one turn, and every chat waited
200 ms at the start of each burst. Handlers therefore begin at most STARTS_PER_TURN per turn of
the loop; a burst starts over a few turns, with everything else running in between.
"""

from __future__ import annotations

import asyncio
from collections import Counter
from typing import Any, Awaitable

from telegram import Update
from telegram.ext import BaseUpdateProcessor

STARTS_PER_TURN = 8


def chat_key(update: object) -> int | None:
    """The conversation an update belongs to; a migration counts as the new supergroup's first update."""
    if not isinstance(update, Update):
        return None
    message = update.effective_message
    if message is not None and message.migrate_to_chat_id:
        return message.migrate_to_chat_id
    return update.effective_chat.id if update.effective_chat else None


class PerChatOrder(BaseUpdateProcessor):
    def __init__(self, max_concurrent_updates: int) -> None:
        super().__init__(max_concurrent_updates)
        self._locks: dict[int, asyncio.Lock] = {}
        self._users: Counter[int] = Counter()
        self._started = 0
        """Handlers begun in the current turn of the loop."""

    async def do_process_update(self, update: object, coroutine: Awaitable[Any]) -> None:
        key = chat_key(update)
        if key is None:
            await self._turn()
            await coroutine
            return
        lock = self._locks.setdefault(key, asyncio.Lock())
        self._users[key] += 1
        try:
            async with lock:
                await self._turn()
                await coroutine
        finally:
            self._users[key] -= 1
            if not self._users[key]:
                del self._users[key], self._locks[key]

    async def _turn(self) -> None:
        """Wait for a turn of the loop in which fewer than STARTS_PER_TURN handlers began."""
        while self._started >= STARTS_PER_TURN:
            await asyncio.sleep(0)
        if not self._started:
            asyncio.get_running_loop().call_soon(self._next_turn)
        self._started += 1

    def _next_turn(self) -> None:
        self._started = 0

    async def initialize(self) -> None:
        """Nothing to set up: locks are made on first use."""

    async def shutdown(self) -> None:
        """Nothing to free: locks go with their last update."""
