"""The reader processes: CPU work off the event loop, with a deadline, and a pool that heals itself.

Each worker is a one-process `ProcessPoolExecutor` of its own, handed out to one task at a time,
so the bot always knows which process runs which page. That is what lets it act on one worker
without touching the others:

- past the deadline, that worker is killed and replaced, and the caller gets `TooLongToRead`;
- a worker that died (out of memory, kill -9) breaks only its own executor: it is replaced and
  the next page is read as usual, where a shared pool would stay broken until a restart;
- after TASKS_PER_WORKER tasks a worker is retired and a fresh one takes its place, so memory
  that a library keeps (caches, fragmentation) never accumulates.

Waiting for a free worker does not count towards the deadline; only the work itself does.
"""

from __future__ import annotations

import asyncio
import ctypes
import logging
import multiprocessing
import os
import signal
import sys
from concurrent.futures import ProcessPoolExecutor
from concurrent.futures.process import BrokenProcessPool
from dataclasses import dataclass
from pathlib import Path
from typing import Callable, TypeVar

from bot import metrics
from bot.errors import TooLongToRead

T = TypeVar("T")
TASKS_PER_WORKER = 500
"""A worker is replaced after this many tasks: bounded memory at a start-up cost of about a second."""
_log = logging.getLogger(__name__)
_PR_SET_PDEATHSIG = 1
_WARM_UP_PAGE = (
    "<html><head><title>Garden opens on the roof</title></head><body><article>"
    "<h1>Garden opens on the roof</h1>"
    + "".join(f"<p>{line}</p>" for line in (
        "The city opened a rooftop garden on the old fire station on Saturday, with beds of herbs.",
        "“We wanted the neighbours to grow their own food,” said Anna Berg, who runs the project.",
        "Volunteers planted 400 seedlings in the first week, and more will follow in June.",
        "Entry is free, and the garden is open every day from nine in the morning until dusk.",
    ))
    + "</article></body></html>"
)


def _die_with_parent(parent: int) -> None:
    """A reader process never outlives the bot. A bot killed with kill -9 (or by the OOM killer)
    cannot stop its workers, which would wait forever for work, each holding its memory."""
    if sys.platform.startswith("linux"):
        ctypes.CDLL(None, use_errno=True).prctl(_PR_SET_PDEATHSIG, signal.SIGKILL)
    if os.getppid() != parent:
        os._exit(0)


def default_processes() -> int:
    """One reader process per core this process may use."""
    return len(os.sched_getaffinity(0)) if hasattr(os, "sched_getaffinity") else os.cpu_count() or 1


def _warm_up() -> int:
    """Read a small page through the whole pipeline in a new worker, so that the libraries, the
    language model and the answer tables are loaded before its first real page: that page is
    under the same deadline as any other."""
    from bot.reader import pipeline

    article = pipeline.read_html(_WARM_UP_PAGE, "https://example.org/warm-up")
    pipeline.digest(article)
    pipeline.ask(article, "Who opened the garden?")
    return os.getpid()


@dataclass(eq=False)
class _Worker:
    executor: ProcessPoolExecutor
    pid: int
    tasks: int = 0

    def alive(self) -> bool:
        """False once the process is gone, or a zombie its executor has not reaped yet."""
        try:
            os.kill(self.pid, 0)
        except ProcessLookupError:
            return False
        try:
            return Path(f"/proc/{self.pid}/stat").read_text().rsplit(")", 1)[1].split()[0] != "Z"
        except (OSError, IndexError):
            return True

    def kill(self) -> None:
        try:
            os.kill(self.pid, signal.SIGKILL)
        except ProcessLookupError:
            pass
        self.executor.shutdown(wait=False, cancel_futures=True)


class ReaderPool:
    """`processes` reader processes; `run` gives a function to a free one and waits at most
    `deadline_seconds` for it."""

    def __init__(self, processes: int, deadline_seconds: float, tasks_per_worker: int = TASKS_PER_WORKER) -> None:
        self.processes = max(1, processes)
        self.deadline_seconds = deadline_seconds
        self.tasks_per_worker = tasks_per_worker
        self.restarts = 0
        """Workers replaced because they overran the deadline or died; retirements do not count."""
        self._context = multiprocessing.get_context("spawn")
        self._idle: asyncio.Queue[_Worker] | None = None
        self._workers: set[_Worker] = set()
        self._starting: set[asyncio.Task[None]] = set()
        self._closed = False

    def start(self) -> None:
        """Start the workers in the background (at the latest, the first `run` does)."""
        if self._idle is None:
            self._idle = asyncio.Queue()
            for _ in range(self.processes):
                self._replace()

    async def warm(self) -> None:
        """Start the workers and wait until each has loaded the pipeline.

        A bot that takes updates while its workers still import their libraries shares the cores
        with those imports just as the first burst arrives: its event loop stalls for a second.
        """
        self.start()
        await asyncio.gather(*self._starting)

    async def run(self, function: Callable[..., T], *args: object) -> T:
        """`function(*args)` in a worker process; TooLongToRead past the deadline."""
        self.start()
        for _ in range(self.processes):
            try:
                return await self._run_once(function, *args)
            except BrokenProcessPool:
                # Its worker may have been killed just before (every worker, even, by an operator
                # or the out-of-memory killer), so the task gets a fresh one; a task that kills
                # every worker it is given is the cause, and gets the apology.
                continue
        return await self._run_once(function, *args)

    async def _run_once(self, function: Callable[..., T], *args: object) -> T:
        assert self._idle is not None
        worker = await self._idle.get()
        while not worker.alive():
            _log.warning("A reader process died while idle; replacing it")
            self._retire(worker, failed=True)
            worker = await self._idle.get()
        try:
            future = asyncio.wrap_future(worker.executor.submit(function, *args))
            result = await asyncio.wait_for(future, self.deadline_seconds)
        except TimeoutError:
            _log.warning("A worker ran past the %.0f s deadline; replacing it", self.deadline_seconds)
            self._retire(worker, failed=True)
            raise TooLongToRead() from None
        except BrokenProcessPool:
            _log.warning("A worker process died; replacing it")
            self._retire(worker, failed=True)
            raise
        except Exception:
            self._done(worker)
            raise
        except BaseException:
            self._retire(worker, failed=False)
            raise
        self._done(worker)
        return result

    def _done(self, worker: _Worker) -> None:
        """A task finished normally (or raised in the worker): the worker goes back, or retires."""
        worker.tasks += 1
        if worker.tasks >= self.tasks_per_worker:
            self._retire(worker, failed=False)
        else:
            assert self._idle is not None
            self._idle.put_nowait(worker)

    def _retire(self, worker: _Worker, failed: bool) -> None:
        self._workers.discard(worker)
        worker.kill()
        self.restarts += failed
        if failed:
            metrics.worker_restarted()
        self._replace()

    def _replace(self) -> None:
        """Start a worker in the background; it joins the idle queue once it has loaded the pipeline."""
        if self._closed:
            return
        task = asyncio.get_running_loop().create_task(self._start_worker())
        self._starting.add(task)
        task.add_done_callback(self._starting.discard)

    async def _start_worker(self) -> None:
        while not self._closed:
            executor = ProcessPoolExecutor(1, mp_context=self._context, initializer=_die_with_parent,
                                           initargs=(os.getpid(),))
            try:
                pid = await asyncio.wrap_future(executor.submit(_warm_up))
            except BrokenProcessPool:
                executor.shutdown(wait=False, cancel_futures=True)
                await asyncio.sleep(1.0)
                continue
            worker = _Worker(executor, pid)
            if self._closed:
                worker.kill()
            else:
                assert self._idle is not None
                self._workers.add(worker)
                self._idle.put_nowait(worker)
            return

    def pids(self) -> list[int]:
        """The worker processes alive now (idle or busy), for monitoring and benchmarks."""
        return [worker.pid for worker in self._workers]

    def close(self) -> None:
        """Stop every worker now; pages being read are abandoned. Logs how many were replaced."""
        if not self._closed:
            _log.info("Reader processes replaced: %d", self.restarts)
        self._closed = True
        for task in self._starting:
            task.cancel()
        for worker in self._workers:
            worker.kill()
        self._workers.clear()
