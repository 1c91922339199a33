"""The reader processes heal themselves: a worker past its deadline or killed is replaced.

Real worker processes run real functions; the slow one sleeps far longer than the deadline, so
the test shows the pool gives up on it rather than measuring how fast anything is.
"""

from __future__ import annotations

import asyncio
import os
import signal
import time
from dataclasses import replace

import pytest

from bot.errors import NotAnArticle, TooLongToRead
from bot.reader import workers
from bot.reader.article import Article
from bot.reader.workers import ReaderPool

DEADLINE = 3.0


def sleep_for(seconds: float) -> int:
    time.sleep(seconds)
    return os.getpid()


def refuse() -> None:
    raise NotAnArticle("no main text")


def die() -> None:
    os.kill(os.getpid(), signal.SIGKILL)


async def with_pool(processes: int, test, tasks_per_worker: int = 500) -> None:
    pool = ReaderPool(processes, DEADLINE, tasks_per_worker)
    try:
        await test(pool)
    finally:
        pool.close()


def test_a_task_past_the_deadline_is_stopped_and_its_worker_replaced() -> None:
    async def test(pool: ReaderPool) -> None:
        first = await pool.run(sleep_for, 0)
        with pytest.raises(TooLongToRead):
            await pool.run(sleep_for, 600)
        second = await pool.run(sleep_for, 0)
        assert second != first, "a new process took over"
        assert pool.restarts == 1
        assert pool.pids() == [second]

    asyncio.run(with_pool(1, test))


def test_a_worker_killed_from_outside_is_replaced_and_the_next_task_runs() -> None:
    async def test(pool: ReaderPool) -> None:
        victims = {await pool.run(sleep_for, 0) for _ in range(4)}
        for pid in victims:
            os.kill(pid, signal.SIGKILL)
        assert await pool.run(sleep_for, 0) not in victims
        assert await pool.run(sleep_for, 0) not in victims

    asyncio.run(with_pool(2, test))


def test_a_task_that_kills_its_worker_fails_alone() -> None:
    async def test(pool: ReaderPool) -> None:
        from concurrent.futures.process import BrokenProcessPool

        with pytest.raises(BrokenProcessPool):
            await pool.run(die)
        assert await pool.run(sleep_for, 0) > 0
        assert pool.restarts == 2, "the task was tried on a second worker, then given up"

    asyncio.run(with_pool(1, test))


def test_an_error_in_the_task_reaches_the_caller_and_keeps_the_worker() -> None:
    async def test(pool: ReaderPool) -> None:
        before = await pool.run(sleep_for, 0)
        with pytest.raises(NotAnArticle):
            await pool.run(refuse)
        assert await pool.run(sleep_for, 0) == before
        assert pool.restarts == 0

    asyncio.run(with_pool(1, test))


def test_a_worker_is_retired_after_its_share_of_tasks() -> None:
    async def test(pool: ReaderPool) -> None:
        pids = [await pool.run(sleep_for, 0) for _ in range(4)]
        assert pids[0] == pids[1] != pids[2] == pids[3]
        assert pool.restarts == 0, "a retirement is not a failure"

    asyncio.run(with_pool(1, test, tasks_per_worker=2))


def article_read_in_worker(number: int) -> Article:
    return Article(f"Garden {number}", (f"The garden opened in week {number}.", "Entry is free."),
                   url=f"https://example.org/garden-{number}")


def first_paragraph_and_pid(article: Article) -> tuple[str, int]:
    return article.paragraphs[0], os.getpid()


def forget_every_article(article: Article) -> None:
    """What a worker that lost its articles behind the pool's back looks like."""
    workers._held = workers.Held()


def test_questions_about_an_article_go_to_the_worker_that_read_it() -> None:
    async def test(pool: ReaderPool) -> None:
        read = await pool.run(article_read_in_worker, 1)
        _, reader = await pool.run_about(read, first_paragraph_and_pid)
        answers = [await pool.run_about(read, first_paragraph_and_pid) for _ in range(4)]
        assert answers == [("The garden opened in week 1.", reader)] * 4, \
            "the other worker stood idle first in line each time, and was passed over"
        changed = replace(read, paragraphs=("The garden closed.",))
        assert (await pool.run_about(changed, first_paragraph_and_pid))[0] == "The garden closed.", \
            "an article read again and changed is not answered from the old copy"

    asyncio.run(with_pool(2, test))


def test_a_worker_that_lost_an_article_is_sent_it_whole() -> None:
    async def test(pool: ReaderPool) -> None:
        read = await pool.run(article_read_in_worker, 2)
        await pool.run_about(read, forget_every_article)
        assert (await pool.run_about(read, first_paragraph_and_pid))[0] == "The garden opened in week 2."
        assert pool.restarts == 0

    asyncio.run(with_pool(1, test))
