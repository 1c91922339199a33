"""Opt-in watch on the event loop: how late a short sleep wakes up is how long the loop was blocked.

Every chat shares one event loop, so CPU work that slips onto it (instead of the process pool)
delays every user at once. A heartbeat that sleeps a few milliseconds and measures how late it
wakes catches such stalls, whatever caused them, at almost no cost; asyncio's own debug mode
names the slow callback but slows the whole bot down, so it suits a hunt, not a measurement.
Off unless LOOP_MONITOR_SECONDS is set; then the longest stall is logged once per period and once
more, for the whole run, at shutdown.
"""

from __future__ import annotations

import asyncio
import logging

log = logging.getLogger(__name__)
TICK_SECONDS = 0.01


class LoopMonitor:
    """A timer callback that sets the next one: no task, future or coroutine step per tick, which
    made the heartbeat cost a third more (2 % of a core at 100 ticks a second, on an idle loop).
    A stall is how late a tick ran after it was due, so one is seen up to a tick short."""

    def __init__(self, report_every: float) -> None:
        self._report_every = report_every
        self._worst = 0.0
        self._period_start = 0.0
        self._period_worst = 0.0
        self._timer: asyncio.Handle | None = None

    def start(self) -> None:
        """Tick from the loop's next turn: what the caller does next in this one is start-up."""
        loop = asyncio.get_running_loop()
        self._timer = loop.call_soon(self._begin, loop)

    def _begin(self, loop: asyncio.AbstractEventLoop) -> None:
        self._period_start = loop.time()
        self._schedule(loop, self._period_start)

    async def stop(self) -> None:
        if self._timer is None:
            return
        self._timer.cancel()
        self._timer = None
        log.info("Event loop: longest stall %.0f ms since start", self._worst * 1000)

    def _schedule(self, loop: asyncio.AbstractEventLoop, now: float) -> None:
        due = now + TICK_SECONDS
        self._timer = loop.call_at(due, self._tick, loop, due)

    def _tick(self, loop: asyncio.AbstractEventLoop, due: float) -> None:
        now = loop.time()
        self._period_worst = max(self._period_worst, now - due)
        self._worst = max(self._worst, self._period_worst)
        if now - self._period_start >= self._report_every:
            log.info("Event loop: longest stall %.0f ms in the last %.0f s",
                     self._period_worst * 1000, now - self._period_start)
            self._period_start, self._period_worst = now, 0.0
        self._schedule(loop, now)
