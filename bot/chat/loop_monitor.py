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
import contextlib
import logging

log = logging.getLogger(__name__)
TICK_SECONDS = 0.01


class LoopMonitor:
    def __init__(self, report_every: float) -> None:
        self._report_every = report_every
        self._worst = 0.0
        self._task: asyncio.Task[None] | None = None

    def start(self) -> None:
        self._task = asyncio.create_task(self._watch(), name="loop-monitor")

    async def stop(self) -> None:
        if self._task is None:
            return
        self._task.cancel()
        with contextlib.suppress(asyncio.CancelledError):
            await self._task
        log.info("Event loop: longest stall %.0f ms since start", self._worst * 1000)

    async def _watch(self) -> None:
        loop = asyncio.get_running_loop()
        period_start, period_worst = loop.time(), 0.0
        while True:
            before = loop.time()
            await asyncio.sleep(TICK_SECONDS)
            now = loop.time()
            period_worst = max(period_worst, now - before - TICK_SECONDS)
            self._worst = max(self._worst, period_worst)
            if now - period_start >= self._report_every:
                log.info("Event loop: longest stall %.0f ms in the last %.0f s",
                         period_worst * 1000, now - period_start)
                period_start, period_worst = now, 0.0
