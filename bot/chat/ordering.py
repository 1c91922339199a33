"""Updates of one chat are handled in the order they were sent; different chats run side by side.

With plain concurrent handling, a question sent right after a link could be answered before the
link's article is stored, and a group's migration could race the first message of the new
supergroup. A lock per chat keeps each conversation in order without making chats wait for each
other; the expensive part (reading articles) is bounded separately by the library.
"""

from __future__ import annotations

import asyncio
from collections import Counter
from typing import Any, Awaitable

from telegram import Update
from telegram.ext import BaseUpdateProcessor


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

    async def do_process_update(self, update: object, coroutine: Awaitable[Any]) -> None:
        key = chat_key(update)
        if key is None:
            await coroutine
            return
        lock = self._locks.setdefault(key, asyncio.Lock())
        self._users[key] += 1
        try:
            async with lock:
                await coroutine
        finally:
            self._users[key] -= 1
            if not self._users[key]:
                del self._users[key], self._locks[key]

    async def initialize(self) -> None:
        """Nothing to set up: locks are made on first use."""

    async def shutdown(self) -> None:
        """Nothing to free: locks go with their last update."""
