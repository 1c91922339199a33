"""Outgoing Bot API calls: Telegram's flood limits, plus retries of its passing failures.

python-telegram-bot's AIORateLimiter keeps within the flood limits (30 messages a second, 20 a
minute per group) and waits out `RetryAfter`. Telegram also answers 5xx now and then, and
connections drop; those requests were not carried out, so they are retried a few times with
backoff instead of losing a user's summary. Bad requests, forbidden chats and timeouts (after which
Telegram may have acted already) are not retried.

A group that became a supergroup refuses messages sent to its old id (ChatMigrated, carrying the
new id). Until the migration update reaches its handler, replies still go to the old id, so a
send is made again to the new chat; without the quoted message, which stayed in the old one.
Edits are not: the message to edit is in the old chat.
"""

from __future__ import annotations

import asyncio
import logging
from typing import Any

from telegram.error import BadRequest, ChatMigrated, NetworkError, RetryAfter, TimedOut
from telegram.ext import AIORateLimiter

log = logging.getLogger(__name__)
RETRY_DELAYS = (0.5, 1.5, 4.0)
UNTHROTTLED = frozenset({"sendChatAction", "getChatMember", "getChatAdministrators"})
"""Calls that post nothing: Telegram's message limits don't apply, and queueing a "typing" status
behind other chats' summaries would only make every reply later."""


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
            except (BadRequest, TimedOut, ChatMigrated):
                raise
            except NetworkError as error:
                if endpoint == "getUpdates":
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
