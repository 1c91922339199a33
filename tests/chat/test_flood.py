"""Retries of failed Bot API calls: what surely failed is tried again, what may have been done is not.

The bot's own limiter runs inside python-telegram-bot's real ExtBot against the Telegram stand-in,
so each failure reaches it as the exception the library really raises. Connection failures are
made by an httpx transport that refuses the first connections and then lets requests through.
"""

from __future__ import annotations

from collections.abc import AsyncIterator, Callable

import httpx
import pytest
from telegram.error import BadRequest, NetworkError, TimedOut
from telegram.ext import ExtBot
from telegram.request import HTTPXRequest

from bot.chat import flood
from bot.chat.flood import FloodSafeLimiter
from tests.support.fake_telegram import FakeTelegram

CHAT = 77


@pytest.fixture(autouse=True)
def quick_retries(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(flood, "RETRY_DELAYS", (0.01, 0.01, 0.01))


class RefusingFirst(httpx.AsyncHTTPTransport):
    """A real transport whose first requests fail with `failures`, raised before anything is written."""

    def __init__(self, failures: list[Callable[[str], Exception]]) -> None:
        super().__init__()
        self.failures = list(failures)

    async def handle_async_request(self, request: httpx.Request) -> httpx.Response:
        if self.failures:
            raise self.failures.pop(0)("simulated")
        return await super().handle_async_request(request)


def limited_bot(fake: FakeTelegram, *failures: Callable[[str], Exception]) -> ExtBot:
    request = HTTPXRequest(read_timeout=2, httpx_kwargs={"transport": RefusingFirst(list(failures))})
    return ExtBot(fake.token, base_url=f"{fake.url}/bot", request=request,
                  rate_limiter=FloodSafeLimiter(max_retries=3))


@pytest.fixture
async def bot(fake_telegram: FakeTelegram) -> AsyncIterator[ExtBot]:
    fake_telegram.push_text(CHAT, "hi")
    async with limited_bot(fake_telegram) as bot:
        yield bot


def texts(fake: FakeTelegram) -> list[str]:
    return [message.text for message in fake.bot_messages(CHAT)]


async def test_a_message_whose_answer_was_lost_is_not_sent_again(fake_telegram: FakeTelegram, bot: ExtBot) -> None:
    fake_telegram.fail_next("sendMessage", lose_answer=True)
    with pytest.raises(NetworkError):
        await bot.send_message(CHAT, "your summary")
    assert texts(fake_telegram) == ["your summary"], "Telegram posted it once; the bot must not post it again"


async def test_a_message_whose_answer_came_too_late_is_not_sent_again(fake_telegram: FakeTelegram) -> None:
    fake_telegram.push_text(CHAT, "hi")
    fake_telegram.fail_next("sendMessage", delay=3)
    async with limited_bot(fake_telegram) as bot:
        with pytest.raises(TimedOut):
            await bot.send_message(CHAT, "your summary")
    fake_telegram.wait_for(lambda: texts(fake_telegram), timeout=5, what="the late message")
    assert texts(fake_telegram) == ["your summary"]


async def test_server_errors_and_flood_limits_are_retried(fake_telegram: FakeTelegram, bot: ExtBot) -> None:
    fake_telegram.fail_next("sendMessage", status=500)
    fake_telegram.fail_next("sendMessage", status=502)
    fake_telegram.fail_next("sendMessage", status=429, retry_after=1)
    await bot.send_message(CHAT, "your summary")
    assert texts(fake_telegram) == ["your summary"]
    assert [call.status for call in fake_telegram.calls("sendMessage")] == [500, 502, 429, 200]


@pytest.mark.parametrize("failure", [httpx.ConnectError, httpx.ConnectTimeout, httpx.PoolTimeout])
async def test_a_send_that_never_left_is_retried(fake_telegram: FakeTelegram,
                                                 failure: Callable[[str], Exception]) -> None:
    fake_telegram.push_text(CHAT, "hi")
    async with limited_bot(fake_telegram, failure, failure) as bot:
        await bot.send_message(CHAT, "your summary")
    assert texts(fake_telegram) == ["your summary"]


async def test_an_edit_whose_connection_dropped_is_retried(fake_telegram: FakeTelegram, bot: ExtBot) -> None:
    """Repeating an edit cannot show anything twice, so any network failure is worth a retry."""
    sent = await bot.send_message(CHAT, "Reading…")
    fake_telegram.fail_next("editMessageText", drop=True)
    await bot.edit_message_text("your summary", chat_id=CHAT, message_id=sent.message_id)
    assert texts(fake_telegram) == ["your summary"]


async def test_an_edit_whose_answer_was_lost_is_done_once_and_not_an_error(
        fake_telegram: FakeTelegram, bot: ExtBot) -> None:
    """The repeat is refused as "not modified": the first attempt did the edit, so that is success."""
    sent = await bot.send_message(CHAT, "Reading…")
    fake_telegram.fail_next("editMessageText", lose_answer=True)
    assert await bot.edit_message_text("your summary", chat_id=CHAT, message_id=sent.message_id) is True
    assert texts(fake_telegram) == ["your summary"]
    assert [call.status for call in fake_telegram.calls("editMessageText")] == [0, 400]


async def test_an_edit_that_changes_nothing_is_still_an_error(fake_telegram: FakeTelegram, bot: ExtBot) -> None:
    sent = await bot.send_message(CHAT, "your summary")
    with pytest.raises(BadRequest, match="not modified"):
        await bot.edit_message_text("your summary", chat_id=CHAT, message_id=sent.message_id)
