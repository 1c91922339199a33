"""No secret reaches the log, whichever way it gets into a record.

The logging set-up the bot runs with (`configure_logging`) writes into a string here, and every
path a secret can take is tried: a Bot API URL in a message or in its arguments, an exception's
text, a traceback (logged with `log.exception` or with `exc_info=error`, chained causes included),
and the webhook secret.
"""

from __future__ import annotations

import asyncio
import io
import logging
from collections.abc import Iterator
from types import SimpleNamespace

import pytest
from telegram import Update

from bot.chat.handlers import on_error
from bot.logs import configure_logging
from tests.support.telegram_objects import now, user

TOKEN = "123456789:AAHsecretTokenPartThatMustNotLeak_x-1"
OTHER_TOKEN = "987654321:AAOtherBotsTokenSeenInSomeUrl"
WEBHOOK_SECRET = "webhook-Secret-4f7c2e9a"
API_URL = f"https://api.telegram.org/bot{TOKEN}/sendMessage"


@pytest.fixture
def log_output() -> Iterator[io.StringIO]:
    """What the bot's log handler writes, with the bot's own filter and format."""
    root = logging.getLogger()
    saved_handlers, saved_level = root.handlers[:], root.level
    configure_logging("INFO", [TOKEN, WEBHOOK_SECRET, ""])
    output = io.StringIO()
    (handler,) = root.handlers
    handler.setStream(output)
    yield output
    root.handlers[:] = saved_handlers
    root.setLevel(saved_level)


def leaks(text: str) -> list[str]:
    return [secret for secret in (TOKEN, TOKEN.split(":")[1], OTHER_TOKEN, WEBHOOK_SECRET) if secret in text]


def failing_call() -> None:
    try:
        raise OSError(f"connection reset while posting to {API_URL}")
    except OSError as error:
        raise RuntimeError(f"Telegram call failed: {API_URL} (secret {WEBHOOK_SECRET})") from error


def test_urls_with_the_token_are_scrubbed_from_messages_and_arguments(log_output: io.StringIO) -> None:
    log = logging.getLogger("httpx")
    log.warning(f"HTTP Request: POST {API_URL}")
    log.warning("HTTP Request: POST %s %r", API_URL, {"url": f"https://api.telegram.org/bot{OTHER_TOKEN}/getMe"})
    written = log_output.getvalue()
    assert "HTTP Request: POST" in written and "/bot<redacted>/sendMessage" in written
    assert leaks(written) == []


def test_the_token_and_webhook_secret_alone_are_scrubbed(log_output: io.StringIO) -> None:
    logging.getLogger("bot").info("starting with token %s and secret %s", TOKEN, WEBHOOK_SECRET)
    written = log_output.getvalue()
    assert "starting with token" in written
    assert leaks(written) == []


def test_exception_text_and_traceback_are_scrubbed(log_output: io.StringIO) -> None:
    log = logging.getLogger("bot.chat")
    try:
        failing_call()
    except RuntimeError as error:
        log.exception("Update failed")
        log.error("Update %s failed", 7, exc_info=error)
        log.warning("Telegram sendMessage failed (%s); retrying", error)
    written = log_output.getvalue()
    assert written.count("Traceback (most recent call last)") >= 2, "the tracebacks are still logged"
    assert "connection reset while posting to" in written, "the chained cause is still logged"
    assert leaks(written) == []



def test_a_failed_update_is_logged_by_its_ids_without_what_the_person_wrote(log_output: io.StringIO) -> None:
    """A message that breaks something may hold a link's password: the log says which update and
    chat failed, and how (the traceback), but not the message."""
    secret_link = "http://reader:s3cret-Pass@example.com/story?token=abc123"
    update = Update.de_json({"update_id": 7, "message": {
        "message_id": 1, "date": now(), "chat": {"id": 42, "type": "private", "first_name": "Ann"},
        "from": user(42), "text": f"read {secret_link} please"}}, None)
    context = SimpleNamespace(error=RuntimeError("the reader broke"))

    asyncio.run(on_error(update, context))

    written = log_output.getvalue()
    assert "Update 7 (message in chat 42) failed" in written and "the reader broke" in written
    assert "s3cret-Pass" not in written and "abc123" not in written
