"""Outgoing Bot API calls: Telegram's flood limits, plus retries of its passing failures.

python-telegram-bot's AIORateLimiter keeps within the flood limits (30 messages a second, 20 a
minute per group) and waits out `RetryAfter`. Telegram also answers 5xx now and then, and
connections drop; those requests were not carried out, so they are retried a few times with
backoff instead of losing a user's summary. Bad requests, forbidden chats and timeouts (after which
Telegram may have acted already) are not retried.
"""

from __future__ import annotations

import asyncio
import logging
from typing import Any

from telegram.error import BadRequest, ChatMigrated, NetworkError, TimedOut
from telegram.ext import AIORateLimiter

log = logging.getLogger(__name__)
RETRY_DELAYS = (0.5, 1.5, 4.0)


class FloodSafeLimiter(AIORateLimiter):
    async def process_request(self, callback, args, kwargs, endpoint, data, rate_limit_args) -> Any:
        for delay in RETRY_DELAYS:
            try:
                return await super().process_request(callback, args, kwargs, endpoint, data, rate_limit_args)
            except (BadRequest, TimedOut, ChatMigrated):
                raise
            except NetworkError as error:
                if endpoint == "getUpdates":
                    raise
                log.warning("Telegram %s failed (%s); retrying in %.1fs", endpoint, error, delay)
                await asyncio.sleep(delay)
        return await super().process_request(callback, args, kwargs, endpoint, data, rate_limit_args)
