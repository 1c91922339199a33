"""Retries of failed Bot API calls: what surely failed is tried again, what may have been done is not.

The bot's own limiter runs inside python-telegram-bot's real ExtBot against the Telegram stand-in,
so each failure reaches it as the exception the library really raises. Connection failures are
made by an aiohttp connector that refuses the first connections and then lets requests through.
"""

from __future__ import annotations

from collections.abc import AsyncIterator, Callable

import aiohttp
import pytest
from telegram.error import BadRequest, NetworkError, TimedOut
from telegram.ext import ExtBot

from bot.chat import flood
from bot.chat.flood import FloodSafeLimiter
from bot.chat.telegram_http import TelegramHttp
from tests.support.fake_telegram import FakeTelegram

CHAT = 77


@pytest.fixture(autouse=True)
def quick_retries(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(flood, "RETRY_DELAYS", (0.01, 0.01, 0.01))


Failure = Callable[[aiohttp.ClientRequest], Exception]


def refused(request: aiohttp.ClientRequest) -> Exception:
    return aiohttp.ClientConnectorError(request.connection_key, ConnectionRefusedError(111, "simulated"))


def no_connection_in_time(request: aiohttp.ClientRequest) -> Exception:
    return aiohttp.ConnectionTimeoutError("simulated: no connection free in the pool")


class RefusingFirst(aiohttp.TCPConnector):
    """A real connector whose first connections fail with `failures`, before anything is written."""

    def __init__(self, failures: list[Failure]) -> None:
        super().__init__()
        self.failures = failures

    async def connect(self, request: aiohttp.ClientRequest, *args, **kwargs) -> aiohttp.connector.Connection:
        if self.failures:
            raise self.failures.pop(0)(request)
        return await super().connect(request, *args, **kwargs)


class RefusingHttp(TelegramHttp):
    def __init__(self, failures: list[Failure]) -> None:
        super().__init__(read_timeout=2)
        self.failures = failures

    def _connector(self) -> aiohttp.BaseConnector:
        return RefusingFirst(self.failures)


def limited_bot(fake: FakeTelegram, failures: list[Failure] | None = None) -> ExtBot:
    request = RefusingHttp([] if failures is None else failures)
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


@pytest.mark.parametrize("failure", [refused, no_connection_in_time])
async def test_a_send_that_never_left_is_retried(fake_telegram: FakeTelegram, failure: Failure) -> None:
    fake_telegram.push_text(CHAT, "hi")
    failures: list[Failure] = []
    async with limited_bot(fake_telegram, failures) as bot:
        failures += [failure, failure]  # armed after start-up, whose getMe may be repeated anyway
        await bot.send_message(CHAT, "your summary")
    assert texts(fake_telegram) == ["your summary"]
    assert not failures, "both connections were refused before the message went"


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
