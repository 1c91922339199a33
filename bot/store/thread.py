"""The store's own thread for SQLite, handed the calls of one event-loop turn at once.

Each hand-over to a thread costs the event loop more than a small SQLite statement does: a
submit, a wake-up of the thread, the GIL going back and forth, and a wake-up of the loop through
its self-pipe when the result is ready. Under a burst, several chats reach the store in the same
turn of the loop; here their calls wait until the end of that turn and go to the thread together,
which runs them one after another (each its own unit of work, failing alone) and wakes the loop
once with all the results. A call made alone still goes over at the end of its turn.
"""

from __future__ import annotations

import asyncio
from collections.abc import Callable
from concurrent.futures import ThreadPoolExecutor
from typing import Any, TypeVar

T = TypeVar("T")
Call = tuple[asyncio.Future, Callable[..., Any], tuple]
Outcome = tuple[asyncio.Future, Any, BaseException | None]


class StoreThread:
    def __init__(self, name: str) -> None:
        self._executor = ThreadPoolExecutor(1, thread_name_prefix=name)
        self._waiting: list[Call] = []

    async def run(self, function: Callable[..., T], *args: object) -> T:
        """`function(*args)` on the thread, with the other calls of this loop turn."""
        loop = asyncio.get_running_loop()
        future = loop.create_future()
        self._waiting.append((future, function, args))
        if len(self._waiting) == 1:
            loop.call_soon(self._hand_over, loop)
        return await future

    def _hand_over(self, loop: asyncio.AbstractEventLoop) -> None:
        calls, self._waiting = self._waiting, []
        self._executor.submit(_run_all, loop, calls)

    async def close(self, last: Callable[[], object]) -> None:
        """Run `last` on the thread after every call before it, then stop the thread."""
        await self.run(last)
        self._executor.shutdown()


def _run_all(loop: asyncio.AbstractEventLoop, calls: list[Call]) -> None:
    outcomes: list[Outcome] = []
    for future, function, args in calls:
        try:
            outcomes.append((future, function(*args), None))
        except BaseException as error:  # handed to the caller, whose await raises it
            outcomes.append((future, None, error))
    loop.call_soon_threadsafe(_settle, outcomes)


def _settle(outcomes: list[Outcome]) -> None:
    for future, result, error in outcomes:
        if future.cancelled():
            continue
        if error is not None:
            future.set_exception(error)
        else:
            future.set_result(result)
