"""Outgoing Bot API calls: Telegram's flood limits, plus retries of its passing failures.

python-telegram-bot's AIORateLimiter keeps within the flood limits (30 messages a second, 20 a
minute per group) and waits out `RetryAfter`. Telegram also answers 5xx now and then, and
connections fail; those requests were not carried out, so they are retried a few times with
backoff instead of losing a user's summary. Bad requests and forbidden chats are not retried.

A request that reached Telegram and whose answer was lost (the connection dropped or the read
timed out after the request was written) may have been carried out. Sending it again could post
the message twice, so a call that posts something new (`send*`) is retried only when the request
surely never left: the connection could not be made, or no pooled connection was free. Other
calls (edits, chat actions, reads) change nothing when repeated and are retried on any failure of
the network.

A group that became a supergroup refuses messages sent to its old id (ChatMigrated, carrying the
new id). Until the migration update reaches its handler, replies still go to the old id, so a
send is made again to the new chat; without the quoted message, which stayed in the old one.
Edits are not: the message to edit is in the old chat.
"""

from __future__ import annotations

import asyncio
import logging
from typing import Any

import httpx
from telegram.error import BadRequest, ChatMigrated, NetworkError, RetryAfter, TelegramError, TimedOut
from telegram.ext import AIORateLimiter

log = logging.getLogger(__name__)
RETRY_DELAYS = (0.5, 1.5, 4.0)
UNTHROTTLED = frozenset({"sendChatAction", "getChatMember", "getChatAdministrators"})
"""Calls that post nothing: Telegram's message limits don't apply, and queueing a "typing" status
behind other chats' summaries would only make every reply later."""
NEVER_SENT = (httpx.ConnectError, httpx.ConnectTimeout, httpx.PoolTimeout)
"""httpx failures raised before any byte of the request was written."""


def posts_new(endpoint: str) -> bool:
    """A call that adds something to a chat, so that doing it twice shows twice."""
    return endpoint.startswith("send") and endpoint not in UNTHROTTLED


def surely_not_sent(error: NetworkError) -> bool:
    """Telegram did not carry the request out: it failed to connect, or Telegram answered 5xx.

    python-telegram-bot raises NetworkError both for a 5xx answer (no underlying exception, or
    the TelegramError of an unreadable body: an answer arrived, saying the request failed) and
    for any httpx failure (chained as `__cause__`), of which only a failed connection proves the
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
    if posts_new(endpoint) or isinstance(error, TimedOut):
        return surely_not_sent(error)
    return True


class FloodSafeLimiter(AIORateLimiter):
    async def process_request(self, callback, args, kwargs, endpoint, data, rate_limit_args) -> Any:
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
        for delay in RETRY_DELAYS:
            try:
                return await self._once(callback, args, kwargs, endpoint, data, rate_limit_args)
            except NetworkError as error:
                if not retryable(endpoint, error):
                    raise
                log.warning("Telegram %s failed (%s); retrying in %.1fs", endpoint, error, delay)
                await asyncio.sleep(delay)
        return await self._once(callback, args, kwargs, endpoint, data, rate_limit_args)

    async def _once(self, callback, args, kwargs, endpoint, data, rate_limit_args) -> Any:
        if endpoint in UNTHROTTLED:
            try:
                return await callback(*args, **kwargs)
            except RetryAfter:
                pass  # flood-limited after all: the queue below waits it out and tries again
        return await super().process_request(callback, args, kwargs, endpoint, data, rate_limit_args)
