"""A burst of updates starts a few handlers per turn of the event loop, each chat still in order."""

from __future__ import annotations

import asyncio
from datetime import datetime, timezone

from telegram import Chat, Message, Update

from bot.chat.ordering import STARTS_PER_TURN, PerChatOrder


def update(update_id: int, chat_id: int) -> Update:
    message = Message(update_id, datetime.now(timezone.utc), Chat(chat_id, Chat.PRIVATE), text=f"update {update_id}")
    return Update(update_id, message=message)


async def burst(chats: int, per_chat: int) -> tuple[list[tuple[int, int]], list[int]]:
    """(chat, update) in the order handlers began; handlers begun in each turn of the loop."""
    order = PerChatOrder(256)
    turns = [0]
    begun: list[tuple[int, int]] = []
    starts_per_turn: dict[int, int] = {}

    def count_turn() -> None:
        turns[0] += 1
        asyncio.get_running_loop().call_soon(count_turn)

    async def handler(chat_id: int, update_id: int) -> None:
        begun.append((chat_id, update_id))
        starts_per_turn[turns[0]] = starts_per_turn.get(turns[0], 0) + 1
        await asyncio.sleep(0)

    asyncio.get_running_loop().call_soon(count_turn)
    updates = [update(number, 1000 + number % chats) for number in range(chats * per_chat)]
    await asyncio.gather(*(order.process_update(u, handler(u.effective_chat.id, u.update_id)) for u in updates))
    return begun, list(starts_per_turn.values())


def test_a_burst_starts_a_few_handlers_per_turn_and_each_chat_in_order() -> None:
    begun, starts = asyncio.run(burst(chats=50, per_chat=3))
    assert len(begun) == 150
    assert max(starts) <= STARTS_PER_TURN, "no turn of the loop runs dozens of first steps"
    for chat in range(1000, 1050):
        assert [u for c, u in begun if c == chat] == sorted(u for c, u in begun if c == chat)
