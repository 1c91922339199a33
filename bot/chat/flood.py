"""Outgoing Bot API calls: Telegram's flood limits, plus retries of its passing failures.

python-telegram-bot's AIORateLimiter keeps within the flood limits (30 messages a second, 20 a
minute per group) and waits out `RetryAfter`. Telegram also answers 5xx now and then, and
connections fail; those requests were not carried out, so they are retried a few times with
backoff instead of losing a user's summary. Bad requests and forbidden chats are not retried.

A request that reached Telegram and whose answer was lost (the connection dropped, or the read
timed out, after the request was written) may have been carried out. Sending a message again
could post it twice, so a call is tried again after such a failure only when repeating it shows
nothing twice: reads, settings, chat actions and edits. An edit repeated after its first attempt
went through is refused as "not modified", which then means done. Timeouts are not repeated at
all: a Telegram that is slow to answer would only make the chat wait longer.

A group that became a supergroup refuses messages sent to its old id (ChatMigrated, carrying the
new id). Until the migration update reaches its handler, replies still go to the old id, so a
send is made again to the new chat; without the quoted message, which stayed in the old one.
Edits are not: the message to edit is in the old chat.

Every call to a chat that the limiter holds to the limits is counted in the `OutgoingBudget`,
from being asked for until answered, so handlers can tell a busy bot (`bot.chat.budget`).
"""

from __future__ import annotations

import asyncio
import logging
from datetime import timedelta
from typing import Any

from telegram.error import BadRequest, ChatMigrated, NetworkError, RetryAfter, TelegramError, TimedOut
from telegram.ext import AIORateLimiter

from bot import metrics
from bot.chat.budget import OutgoingBudget
from bot.chat.telegram_http import NEVER_SENT

log = logging.getLogger(__name__)
RETRY_DELAYS = (0.5, 1.5, 4.0)
UNTHROTTLED = frozenset({"sendChatAction", "getChatMember", "getChatAdministrators"})
"""Calls that post nothing: Telegram's message limits don't apply, and queueing a "typing" status
behind other chats' summaries would only make every reply later."""
REPEATABLE = frozenset({"sendChatAction", "deleteWebhook"})
REPEATABLE_PREFIXES = ("get", "set", "edit")
"""Calls that change nothing more when made twice (sends, answers to button presses and deletions
do: a second message, or an error for a query or message already used up)."""


def repeatable(endpoint: str) -> bool:
    return endpoint in REPEATABLE or endpoint.startswith(REPEATABLE_PREFIXES)


def surely_not_sent(error: NetworkError) -> bool:
    """Telegram did not carry the request out: it failed to connect, or Telegram answered 5xx.

    python-telegram-bot raises NetworkError both for a 5xx answer (no underlying exception, or
    the TelegramError of an unreadable body: an answer arrived, saying the request failed) and
    for any HTTP client failure (chained as `__cause__`), of which only a failed connection proves the
    request was not written. A TimedOut without a cause is a read that gave up: maybe sent.
    """
    cause = error.__cause__
    if cause is None:
        return not isinstance(error, TimedOut)
    return isinstance(cause, (TelegramError, *NEVER_SENT))


def retryable(endpoint: str, error: NetworkError) -> bool:
    """Whether trying `endpoint` again after `error` can neither fail the same way nor act twice."""
    if endpoint == "getUpdates" or isinstance(error, BadRequest):
        return False
    if surely_not_sent(error):
        return True
    return repeatable(endpoint) and not isinstance(error, TimedOut)


def already_done(endpoint: str, error: BadRequest) -> bool:
    """An edit refused as changing nothing, after an attempt that may have made it: it did."""
    return endpoint.startswith("edit") and "not modified" in str(error).lower()


class FloodSafeLimiter(AIORateLimiter):
    def __init__(self, max_retries: int) -> None:
        super().__init__(max_retries=max_retries)
        self.budget = OutgoingBudget()

    async def process_request(self, callback, args, kwargs, endpoint, data, rate_limit_args) -> Any:
        if "chat_id" not in data or endpoint in UNTHROTTLED:
            return await self._migrating(callback, args, kwargs, endpoint, data, rate_limit_args)
        with self.budget.call():
            return await self._migrating(callback, args, kwargs, endpoint, data, rate_limit_args)

    async def _migrating(self, callback, args, kwargs, endpoint, data, rate_limit_args) -> Any:
        """The call, made again in the new supergroup if its group became one."""
        try:
            return await self._with_retries(callback, args, kwargs, endpoint, data, rate_limit_args)
        except ChatMigrated as migrated:
            if not endpoint.startswith("send"):
                raise
            log.info("Chat %s became %s; sending %s there", data.get("chat_id"), migrated.new_chat_id, endpoint)
            # `data` is the very dict the request is built from (it is also in `args`).
            data["chat_id"] = migrated.new_chat_id
            data.pop("reply_parameters", None)
            return await self._with_retries(callback, args, kwargs, endpoint, data, rate_limit_args)

    async def _with_retries(self, callback, args, kwargs, endpoint, data, rate_limit_args) -> Any:
        maybe_done = False
        for delay in (*RETRY_DELAYS, None):
            try:
                return await self._once(callback, args, kwargs, endpoint, data, rate_limit_args)
            except BadRequest as error:
                if maybe_done and already_done(endpoint, error):
                    return True  # what Telegram answers an edit of an inline message: done, no Message
                raise
            except NetworkError as error:
                if delay is None or not retryable(endpoint, error):
                    raise
                maybe_done = maybe_done or not surely_not_sent(error)
                log.warning("Telegram %s failed (%s); retrying in %.1fs", endpoint, error, delay)
                metrics.telegram_retry(endpoint)
                await asyncio.sleep(delay)

    async def _once(self, callback, args, kwargs, endpoint, data, rate_limit_args) -> Any:
        if endpoint in UNTHROTTLED:
            try:
                return await callback(*args, **kwargs)
            except RetryAfter as error:
                # Flood-limited after all: the queue below waits it out and tries again.
                metrics.flood_wait(wait_seconds(error))
        return await super().process_request(callback, args, kwargs, endpoint, data, rate_limit_args)

    async def _run_request(self, *args: Any, **kwargs: Any) -> Any:
        """AIORateLimiter's one attempt; a flood wait it is about to sit out is counted here."""
        try:
            return await super()._run_request(*args, **kwargs)
        except RetryAfter as error:
            metrics.flood_wait(wait_seconds(error))
            raise


def wait_seconds(error: RetryAfter) -> float:
    wait = error.retry_after
    return wait.total_seconds() if isinstance(wait, timedelta) else float(wait)
