"""Whether a "Reading…" placeholder is worth one of Telegram's messages right now.

Telegram lets a bot post about 30 messages a second, and python-telegram-bot's AIORateLimiter
holds calls to chats to that (`bot.chat.flood`). A link shown with a placeholder costs two of
them: the placeholder at once, then its edit into the summary. On a quiet bot that is free, and the
person sees at once that their link is being read. In a burst the calls queue, and every
placeholder pushes another chat's summary back: 200 links from 50 chats took at least 12.3 s
(16 links a second) whatever the CPU.

So a placeholder is sent only while the outgoing calls leave room: fewer than half the
per-second limit asked for in the last second, and fewer than that still unanswered (waiting in
the rate limiter or on Telegram). Otherwise the link is read straight away and its summary, or
its failure, comes as a reply of its own: one call instead of two, and the other half of the
limit stays free for those replies. No setting: the limit is Telegram's, and half of it is what
lets the summaries of a burst go out at the rate the readers make them.
"""

from __future__ import annotations

import time
from collections import deque
from collections.abc import Callable, Iterator
from contextlib import contextmanager

from telegram.constants import FloodLimit

WINDOW_SECONDS = 1.0
PLACEHOLDER_ROOM = FloodLimit.MESSAGES_PER_SECOND // 2
"""Calls to chats in the last second (or unanswered) below which a placeholder is sent."""


class OutgoingBudget:
    """The calls to chats the rate limiter was asked for lately; `call` is wrapped around each."""

    def __init__(self, room: int = PLACEHOLDER_ROOM, clock: Callable[[], float] = time.monotonic) -> None:
        self._room = room
        self._clock = clock
        self._asked: deque[float] = deque()
        """When each call of the last WINDOW_SECONDS was asked for, oldest first."""
        self._unanswered = 0

    @contextmanager
    def call(self) -> Iterator[None]:
        """One call to a chat, from being asked for until it is answered (or has failed)."""
        now = self._clock()
        self._forget_before(now - WINDOW_SECONDS)
        self._asked.append(now)
        self._unanswered += 1
        try:
            yield
        finally:
            self._unanswered -= 1

    def has_room(self) -> bool:
        """Whether one more call now (a placeholder) leaves the limit to the replies that matter."""
        self._forget_before(self._clock() - WINDOW_SECONDS)
        return len(self._asked) < self._room and self._unanswered < self._room

    def _forget_before(self, moment: float) -> None:
        while self._asked and self._asked[0] <= moment:
            self._asked.popleft()
