"""The databases the store, feed and e2e suites run against: a SQLite file, and PostgreSQL.

PostgreSQL needs a server: `TEST_POSTGRES_URL` names one (`.ci/postgres start` starts a throwaway
cluster and prints its URL). Each test gets a database of its own, created empty and dropped
afterwards. Without the variable the PostgreSQL variants skip with a reason saying so, except
under CI (`CI` set), where they fail: CI must never pass by not testing PostgreSQL.
"""

from __future__ import annotations

import asyncio
import os
import uuid
from collections.abc import Iterator
from concurrent.futures import ThreadPoolExecutor
from contextlib import contextmanager
from pathlib import Path

import asyncpg
import pytest
from sqlalchemy.engine import make_url

BACKENDS = ("sqlite", "postgresql")
POSTGRES_URL_VARIABLE = "TEST_POSTGRES_URL"
NOT_TESTED = (
    "PostgreSQL NOT TESTED: set TEST_POSTGRES_URL=postgresql://user@host:port/db "
    "(`.ci/postgres start` starts a throwaway server and prints one)"
)


@contextmanager
def fresh_database(backend: str, folder: Path) -> Iterator[str]:
    """The URL of an empty database of `backend` that lives as long as the `with` block."""
    if backend == "sqlite":
        yield f"sqlite:///{folder / 'bot.sqlite3'}"
        return
    admin = os.environ.get(POSTGRES_URL_VARIABLE)
    if not admin:
        if os.environ.get("CI"):
            pytest.fail(f"{POSTGRES_URL_VARIABLE} is not set under CI: {NOT_TESTED}", pytrace=False)
        pytest.skip(NOT_TESTED)
    url = create_database(admin)
    try:
        yield url
    finally:
        drop_database(admin, url)


def create_database(admin_url: str) -> str:
    """A new empty database on the server of `admin_url`; its URL."""
    name = f"bot_test_{uuid.uuid4().hex[:16]}"
    _admin(admin_url, f'CREATE DATABASE "{name}"')
    return make_url(admin_url).set(database=name).render_as_string(hide_password=False)


def drop_database(admin_url: str, url: str) -> None:
    _admin(admin_url, f'DROP DATABASE "{make_url(url).database}" WITH (FORCE)')


def _admin(url: str, sql: str) -> None:
    """Run one statement on the server, from a thread of its own (callers may be inside an event loop)."""
    dsn = make_url(url).set(drivername="postgresql").render_as_string(hide_password=False)

    async def run() -> None:
        connection = await asyncpg.connect(dsn)
        try:
            await connection.execute(sql)
        finally:
            await connection.close()

    with ThreadPoolExecutor(1) as thread:
        thread.submit(asyncio.run, run()).result()
