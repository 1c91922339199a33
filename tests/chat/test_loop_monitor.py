"""The loop monitor reports how long the event loop was blocked, which is what every chat waits for."""

from __future__ import annotations

import asyncio
import logging
import re
import time

import pytest

from bot.chat.loop_monitor import LoopMonitor

STALL = re.compile(r"longest stall (\d+) ms")


def stalls(caplog: pytest.LogCaptureFixture) -> list[int]:
    return [int(match.group(1)) for record in caplog.records
            if (match := STALL.search(record.getMessage()))]


async def test_blocking_call_on_the_loop_is_reported_per_period_and_at_stop(
        caplog: pytest.LogCaptureFixture) -> None:
    caplog.set_level(logging.INFO, logger="bot.chat.loop_monitor")
    monitor = LoopMonitor(report_every=0.05)
    monitor.start()
    await asyncio.sleep(0.03)
    time.sleep(0.2)
    await asyncio.sleep(0.1)
    await monitor.stop()
    reported = stalls(caplog)
    assert len(reported) >= 2, "a report per period and one at stop"
    assert max(reported[:-1]) >= 180
    assert reported[-1] >= 180
    assert "since start" in caplog.records[-1].getMessage()


async def test_an_idle_loop_reports_short_stalls(caplog: pytest.LogCaptureFixture) -> None:
    caplog.set_level(logging.INFO, logger="bot.chat.loop_monitor")
    monitor = LoopMonitor(report_every=1.0)
    monitor.start()
    await asyncio.sleep(0.2)
    await monitor.stop()
    assert stalls(caplog) and max(stalls(caplog)) < 100
