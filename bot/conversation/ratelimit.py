"""Per-user limit on how many articles someone can ask for in a minute, so one person can't hog the bot."""

from __future__ import annotations

import time
from collections import defaultdict, deque


MAX_TRACKED_USERS = 10_000
"""Past this many users, those idle for a whole window are forgotten on the next call."""


class RateLimit:
    def __init__(self, per_minute: int, window: float = 60.0) -> None:
        self._limit = per_minute
        self._window = window
        self._hits: dict[int, deque[float]] = defaultdict(deque)

    def allow(self, user_id: int, cost: int = 1) -> bool:
        """Record `cost` uses by this user if they fit in the window; refuse them all otherwise."""
        now = time.monotonic()
        if len(self._hits) > MAX_TRACKED_USERS:
            self._forget_idle(now)
        hits = self._hits[user_id]
        while hits and now - hits[0] >= self._window:
            hits.popleft()
        if len(hits) + cost > self._limit:
            return False
        hits.extend([now] * cost)
        return True

    def _forget_idle(self, now: float) -> None:
        """Drop users with no use inside the window: they are allowed anyway, and the dict stays bounded."""
        for user_id in [u for u, hits in self._hits.items() if not hits or now - hits[-1] >= self._window]:
            del self._hits[user_id]
