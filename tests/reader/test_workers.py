"""The reader processes heal themselves: a worker past its deadline or killed is replaced.

Real worker processes run real functions; the slow one sleeps far longer than the deadline, so
the test shows the pool gives up on it rather than measuring how fast anything is.
"""

from __future__ import annotations

import asyncio
import os
import signal
from dataclasses import replace
from pathlib import Path

import pytest

from bot.conversation.assistant import Assistant
from bot.conversation.library import Library
from bot.errors import NotAnArticle, TooLongToRead
from bot.reader.workers import ReaderPool
from bot.settings import load_settings
from bot.store import open_store
from tests.e2e import articles
from tests.support.pages import PageServer
from tests.support.worker_tasks import (
    article_read_in_worker, die, first_paragraph_and_pid, forget_every_article, read_with_pid, refuse, sleep_for,
)

DEADLINE = 3.0
CHAT = 5


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


def test_an_article_inside_a_result_stays_with_the_worker_that_read_it() -> None:
    async def test(pool: ReaderPool) -> None:
        read = await pool.run(read_with_pid, 3)
        answers = [await pool.run_about(read.article, first_paragraph_and_pid) for _ in range(3)]
        assert answers == [("The garden opened in week 3.", read.pid)] * 3, \
            "a question went to the other worker, which had to be sent the article"

    asyncio.run(with_pool(2, test))


class CountingPool(ReaderPool):
    """A real pool that counts the tasks it is given."""

    tasks = 0

    async def run(self, function, *args):
        self.tasks += 1
        return await super().run(function, *args)

    async def run_about(self, article, function, *args):
        self.tasks += 1
        return await super().run_about(article, function, *args)


def test_a_new_link_is_read_and_summarized_in_one_task(tmp_path: Path, pages_server: PageServer) -> None:
    envoy = pages_server.add("/envoy", articles.ENVOY)
    settings = load_settings({"BOT_ALLOW_PRIVATE_URLS": "1"})

    async def test() -> None:
        store = await open_store(f"sqlite:///{tmp_path / 'bot.sqlite3'}")
        pool = CountingPool(1, DEADLINE)
        try:
            assistant = Assistant(Library(store, settings, pool), store, settings.PASTED_TEXT_MIN_CHARS)
            await assistant.set_quotes(CHAT, "on")
            result = await assistant.summarize_link(CHAT, envoy)
            assert result.stored.article.title == articles.ENVOY_TITLE
            assert result.digest.summary.tldr.text and result.digest.quotes, "the summary, and quotes as the chat asked"
            assert pool.tasks == 1, "the page went to a reader process once, and the summary came back with it"
            again = await assistant.summarize_link(CHAT + 1, envoy)
            assert again.stored.id == result.stored.id and pool.tasks == 2, "from the store: only the summary"
        finally:
            pool.close()
            await store.close()

    asyncio.run(test())
