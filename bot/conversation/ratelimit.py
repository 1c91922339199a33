"""Per-user limit on how many articles someone can ask for in a minute, so one person can't hog the bot."""

from __future__ import annotations

import time
from collections import defaultdict, deque


class RateLimit:
    def __init__(self, per_minute: int, window: float = 60.0) -> None:
        self._limit = per_minute
        self._window = window
        self._hits: dict[int, deque[float]] = defaultdict(deque)

    def allow(self, user_id: int, cost: int = 1) -> bool:
        """Record `cost` uses by this user if they fit in the window; refuse them all otherwise."""
        now = time.monotonic()
        hits = self._hits[user_id]
        while hits and now - hits[0] >= self._window:
            hits.popleft()
        if len(hits) + cost > self._limit:
            return False
        hits.extend([now] * cost)
        return True
