"""The outgoing budget counts the calls the rate limiter makes to chats, so a busy bot skips placeholders.

The bot's own limiter runs inside python-telegram-bot's real ExtBot against the Telegram stand-in;
only the budget's clock is the test's, so "a second later" needs no waiting.
"""

from __future__ import annotations

import asyncio
from collections.abc import AsyncIterator

import pytest
from telegram.constants import ChatAction
from telegram.ext import ExtBot

from bot.chat.budget import PLACEHOLDER_ROOM, WINDOW_SECONDS, OutgoingBudget
from bot.chat.flood import FloodSafeLimiter
from bot.chat.telegram_http import TelegramHttp
from tests.support.clock import Clock
from tests.support.fake_telegram import FakeTelegram

CHAT = 78


@pytest.fixture
async def bot(fake_telegram: FakeTelegram) -> AsyncIterator[ExtBot]:
    fake_telegram.push_text(CHAT, "hi")
    async with ExtBot(fake_telegram.token, base_url=f"{fake_telegram.url}/bot", request=TelegramHttp(),
                      rate_limiter=FloodSafeLimiter(max_retries=3)) as bot:
        yield bot


def budget_on(bot: ExtBot, clock: Clock) -> OutgoingBudget:
    bot.rate_limiter.budget = budget = OutgoingBudget(clock=clock)
    return budget


async def test_room_runs_out_with_messages_to_chats_and_comes_back_a_second_later(bot: ExtBot) -> None:
    clock = Clock()
    budget = budget_on(bot, clock)
    for number in range(PLACEHOLDER_ROOM - 1):
        await bot.send_message(CHAT, f"summary {number}")
    await bot.send_chat_action(CHAT, ChatAction.TYPING)
    await bot.get_chat_member(CHAT, CHAT)
    await bot.get_me()
    assert budget.has_room(), "typing, lookups and calls to no chat post nothing and cost nothing"
    await bot.send_message(CHAT, "one more")
    assert not budget.has_room()
    clock.now += WINDOW_SECONDS / 2
    assert not budget.has_room()
    clock.now += WINDOW_SECONDS / 2
    assert budget.has_room()


async def test_calls_still_unanswered_leave_no_room(fake_telegram: FakeTelegram, bot: ExtBot) -> None:
    clock = Clock()
    budget = budget_on(bot, clock)
    for _ in range(PLACEHOLDER_ROOM):
        fake_telegram.fail_next("sendMessage", delay=1)
    sending = [asyncio.create_task(bot.send_message(CHAT, f"summary {n}")) for n in range(PLACEHOLDER_ROOM)]
    await asyncio.sleep(0)
    clock.now += 2 * WINDOW_SECONDS
    assert not budget.has_room(), "asked for long ago, but still waiting for Telegram"
    await asyncio.gather(*sending)
    assert budget.has_room()
    assert len(fake_telegram.bot_messages(CHAT)) == PLACEHOLDER_ROOM
