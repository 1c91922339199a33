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

Each worker keeps the last HELD_ARTICLES articles it read or was sent, by a key made of the
article's address and a checksum of its content (an article read again and changed is another
article), and the pool keeps the same list for it (the same keys, touched in the same order, so
it knows exactly what each worker holds). `run_about(article, ...)` goes to an idle worker holding the article when there is
one and sends only the key; summaries and answers of an article then neither pickle it again
nor rebuild its sentence and answer indexes (cached per article in the worker). A worker that
misses the article anyway (a mirror out of step) says so, and gets it whole.
"""

from __future__ import annotations

import asyncio
import ctypes
import logging
import multiprocessing
import os
import signal
import sys
import zlib
from concurrent.futures import ProcessPoolExecutor
from concurrent.futures.process import BrokenProcessPool
from collections import OrderedDict, deque
from dataclasses import dataclass, field
from typing import Callable, TypeVar

from bot import metrics
from bot.errors import TooLongToRead
from bot.reader.article import Article

T = TypeVar("T")
HELD_ARTICLES = 32
"""Articles each worker keeps (and the pool remembers it keeps), the most recently used."""
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


class ArticleNotHeld(LookupError):
    """The worker was sent only a key it does not hold."""


class Held:
    """The most recently used article keys, up to HELD_ARTICLES: in a worker with the articles,
    in the pool with nothing (a mirror of a worker's)."""

    def __init__(self) -> None:
        self._items: OrderedDict[str, Article | None] = OrderedDict()

    def __contains__(self, key: str) -> bool:
        return key in self._items

    def get(self, key: str) -> Article | None:
        return self._items.get(key)

    def touch(self, key: str, article: Article | None = None) -> None:
        self._items[key] = article
        self._items.move_to_end(key)
        while len(self._items) > HELD_ARTICLES:
            self._items.popitem(last=False)

    def discard(self, key: str) -> None:
        self._items.pop(key, None)


_held = Held()
"""In a worker process: the articles it holds."""


def held_key(article: Article) -> str | None:
    """What a worker holds an article by: its address and a checksum of everything in it; None
    for an article without an address (pasted text), which is always sent whole."""
    if not article.key:
        return None
    fields = (article.title, *article.paragraphs, article.language, article.url, article.canonical_url,
              article.site_name, article.author, article.date, *map(str, sorted(article.headings)))
    return f"{zlib.crc32(chr(0).join(map(str, fields)).encode()):08x} {article.key}"


def read_in(result: object) -> Article | None:
    """The article a task read, to be held: its result when that is an article, or the article
    the result carries (a page read and digested in one task returns its `Digest`)."""
    if isinstance(result, Article):
        return result
    carried = getattr(result, "article", None)
    return carried if isinstance(carried, Article) else None


def _in_worker(key: str | None, article: Article | None, function: Callable[..., T], args: tuple) -> T:
    """`function(*args)`, or `function(article, *args)` with the held article when only its key
    came; the article used, or one the function read (see `read_in`), is held."""
    if key is not None:
        if article is None:
            article = _held.get(key)
            if article is None:
                raise ArticleNotHeld(key)
        _held.touch(key, article)
        args = (article, *args)
    result = function(*args)
    read = read_in(result)
    if read is not None and (read_key := held_key(read)):
        _held.touch(read_key, read)
    return result


def default_processes() -> int:
    """One reader process per core this process may use."""
    return len(os.sched_getaffinity(0)) if hasattr(os, "sched_getaffinity") else os.cpu_count() or 1


def _warm_up() -> int:
    """Read a small page through the whole pipeline in a new worker, so that the libraries, the
    codecs of a charset guess, the language model and the answer tables are loaded before its first
    real page: that page is under the same deadline as any other."""
    from bot.reader import pipeline
    from bot.reader.fetch import charset

    charset.prepare()
    article = pipeline.read_html(_WARM_UP_PAGE, "https://example.org/warm-up")
    pipeline.digest(article)
    pipeline.ask(article, "Who opened the garden?")
    return os.getpid()


@dataclass(eq=False)
class _Worker:
    executor: ProcessPoolExecutor
    pid: int
    tasks: int = 0
    held: Held = field(default_factory=Held)
    """The keys of the articles the process holds, touched as it touches them."""

    def alive(self) -> bool:
        """False once the process has exited, whether or not its executor has reaped it yet.

        Asked of the kernel in one call that leaves the reaping to multiprocessing (WNOWAIT): it is
        asked before every task, on the event loop, where reading /proc for it showed in profiles."""
        try:
            return os.waitid(os.P_PID, self.pid, os.WEXITED | os.WNOHANG | os.WNOWAIT) is None
        except ChildProcessError:
            return False

    def kill(self) -> None:
        try:
            os.kill(self.pid, signal.SIGKILL)
        except ProcessLookupError:
            pass
        self.executor.shutdown(wait=False, cancel_futures=True)


class _Idle:
    """The idle workers, handed out first come, first served; a caller about an article gets an
    idle worker holding it when there is one."""

    def __init__(self) -> None:
        self._workers: deque[_Worker] = deque()
        self._waiting: deque[asyncio.Future[_Worker]] = deque()

    def put(self, worker: _Worker) -> None:
        while self._waiting:
            waiter = self._waiting.popleft()
            if not waiter.done():
                waiter.set_result(worker)
                return
        self._workers.append(worker)

    async def take(self, key: str | None = None) -> _Worker:
        if self._workers:
            chosen = next((w for w in self._workers if key is not None and key in w.held), self._workers[0])
            self._workers.remove(chosen)
            return chosen
        waiter: asyncio.Future[_Worker] = asyncio.get_running_loop().create_future()
        self._waiting.append(waiter)
        try:
            return await waiter
        except asyncio.CancelledError:
            if waiter.done() and not waiter.cancelled():
                self.put(waiter.result())  # handed a worker just as the caller gave up: pass it on
            raise


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
        self._idle: _Idle | None = None
        self._workers: set[_Worker] = set()
        self._starting: set[asyncio.Task[None]] = set()
        self._closed = False

    def start(self) -> None:
        """Start the workers in the background (at the latest, the first `run` does)."""
        if self._idle is None:
            self._idle = _Idle()
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
        return await self._run(None, function, args)

    async def run_about(self, article: Article, function: Callable[..., T], *args: object) -> T:
        """`function(article, *args)` in a worker process, one that holds the article if one is
        idle (then only its key is sent); TooLongToRead past the deadline."""
        if not article.key:
            return await self.run(function, article, *args)
        return await self._run(article, function, args)

    async def _run(self, article: Article | None, function: Callable[..., T], args: tuple) -> T:
        self.start()
        for _ in range(self.processes):
            try:
                return await self._run_once(article, function, args)
            except BrokenProcessPool:
                # Its worker may have been killed just before (every worker, even, by an operator
                # or the out-of-memory killer), so the task gets a fresh one; a task that kills
                # every worker it is given is the cause, and gets the apology.
                continue
        return await self._run_once(article, function, args)

    async def _run_once(self, article: Article | None, function: Callable[..., T], args: tuple) -> T:
        assert self._idle is not None
        key = held_key(article) if article is not None else None
        worker = await self._idle.take(key)
        while not worker.alive():
            _log.warning("A reader process died while idle; replacing it")
            self._retire(worker, failed=True)
            worker = await self._idle.take(key)
        try:
            result = await asyncio.wait_for(self._submit(worker, key, article, function, args),
                                            self.deadline_seconds)
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

    @staticmethod
    async def _submit(worker: _Worker, key: str | None, article: Article | None,
                      function: Callable[..., T], args: tuple) -> T:
        """The call in `worker`, with only the article's key when the worker holds it."""
        sent = None if key is not None and key in worker.held else article
        if key is not None:
            worker.held.touch(key)
        try:
            result = await asyncio.wrap_future(worker.executor.submit(_in_worker, key, sent, function, args))
        except ArticleNotHeld:
            _log.warning("A reader process did not hold the article it was thought to; sending it")
            result = await asyncio.wrap_future(worker.executor.submit(_in_worker, key, article, function, args))
        read = read_in(result)
        if read is not None and (read_key := held_key(read)):
            worker.held.touch(read_key)
        return result

    def _done(self, worker: _Worker) -> None:
        """A task finished normally (or raised in the worker): the worker goes back, or retires."""
        worker.tasks += 1
        if worker.tasks >= self.tasks_per_worker:
            self._retire(worker, failed=False)
        else:
            assert self._idle is not None
            self._idle.put(worker)

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
                self._idle.put(worker)
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
