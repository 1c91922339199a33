"""The one module that talks to the database: chats, their settings, articles and bot messages.

Everything goes through SQLAlchemy Core with the async engine, so SQLite (the default) and
PostgreSQL work the same: the only SQL that differs between them, INSERT ... ON CONFLICT, is built
by `upsert`, and every "create or change" is one such statement, so two instances writing the
same row at once both succeed instead of one failing on a unique key. The schema is migrated by
`bot.store.migrate` (Alembic): `open_store` applies what the database has not seen yet and
refuses a database written by a newer version of the bot.
"""

from __future__ import annotations

import asyncio
import fcntl
import json
import logging
import os
import secrets
import socket
import time
import weakref
from collections.abc import AsyncIterator, Callable, Mapping, Sequence
from contextlib import asynccontextmanager
from dataclasses import dataclass
from functools import cache
from pathlib import Path
from typing import Any, TypeVar

from sqlalchemy import (
    BigInteger, Boolean, Column, Float, ForeignKey, Integer, MetaData, String, Table, Text, bindparam, delete,
    Connection, Engine, create_engine, event, func, select, text, update,
)
from sqlalchemy.dialects import postgresql, sqlite
from sqlalchemy.engine import make_url
from sqlalchemy.ext.asyncio import AsyncConnection, AsyncEngine, create_async_engine

from bot.reader.article import Article
from bot.store.direct import DirectPostgres
from bot.store.migrate import migrate
from bot.store.thread import StoreThread

log = logging.getLogger(__name__)
metadata = MetaData()
T = TypeVar("T")

chats = Table(
    "chats", metadata,
    Column("id", BigInteger, primary_key=True),
    Column("kind", String(16), nullable=False, default="private"),
    Column("length", String(8), nullable=False, default="medium"),
    Column("quotes", Boolean, nullable=False, default=True),
    Column("current_article_id", Integer, nullable=True),
    Column("auto_summary", Boolean, nullable=False, default=False),
    Column("created_at", Float, nullable=False),
    Column("language", String(8), nullable=True),
)

articles = Table(
    "articles", metadata,
    Column("id", Integer, primary_key=True, autoincrement=True),
    Column("key", Text, nullable=True, unique=True),
    Column("data", Text, nullable=False),
    Column("fetched_at", Float, nullable=False),
)

# Every address an article was reached by (the link as sent, the final URL, the canonical URL).
article_links = Table(
    "article_links", metadata,
    Column("url", Text, primary_key=True),
    Column("article_id", Integer, ForeignKey("articles.id", ondelete="CASCADE"), nullable=False),
)

# Which chats have read which article: /forget removes an article once no chat references it.
chat_articles = Table(
    "chat_articles", metadata,
    Column("chat_id", BigInteger, primary_key=True),
    Column("article_id", Integer, ForeignKey("articles.id", ondelete="CASCADE"), primary_key=True),
    Column("read_at", Float, nullable=False),
)

# Which bot message shows which article, so replies and buttons work on older summaries too.
messages = Table(
    "messages", metadata,
    Column("chat_id", BigInteger, primary_key=True),
    Column("message_id", BigInteger, primary_key=True),
    Column("article_id", Integer, ForeignKey("articles.id", ondelete="CASCADE"), nullable=False),
)

# The last question asked and answered in each chat and forum topic (thread 0 outside topics), so a
# follow-up ("and what did she say about it?") can lean on it; only about the article it names.
chat_turns = Table(
    "chat_turns", metadata,
    Column("chat_id", BigInteger, primary_key=True),
    Column("thread_id", BigInteger, primary_key=True),
    Column("article_id", Integer, ForeignKey("articles.id", ondelete="CASCADE"), nullable=False),
    Column("question", Text, nullable=False),
    Column("answer", Text, nullable=False),
    Column("asked_at", Float, nullable=False),
)


@dataclass(frozen=True)
class ChatSettings:
    chat_id: int
    length: str = "medium"
    quotes: bool = True
    current_article_id: int | None = None
    auto_summary: bool = False
    language: str | None = None
    """The language of whoever set up the chat's feeds, for posts that answer no one; None: not known."""


@dataclass(frozen=True)
class LastTurn:
    """The previous question in a chat or topic, the sentences shown as its answer, and its article."""

    article_id: int
    question: str
    answer: tuple[str, ...]


@dataclass(frozen=True)
class StoredArticle:
    id: int
    article: Article
    fetched_at: float


def async_url(url: str) -> str:
    """Pick the async driver for plain URLs (sqlite:///x, postgresql://...) and create SQLite folders."""
    parsed = make_url(url)
    drivers = {"sqlite": "sqlite+aiosqlite", "postgresql": "postgresql+asyncpg"}
    if parsed.drivername in drivers:
        parsed = parsed.set(drivername=drivers[parsed.drivername])
    if parsed.get_backend_name() == "sqlite" and parsed.database not in (None, "", ":memory:"):
        Path(parsed.database).expanduser().parent.mkdir(parents=True, exist_ok=True)
    return parsed.render_as_string(hide_password=False)


def instance_name() -> str:
    """Who holds a lease: unique per process, readable in the database (host, pid, random)."""
    return f"{socket.gethostname()[:40]}:{os.getpid()}:{secrets.token_hex(3)}"


def upsert(conn: AsyncConnection | Connection, table: Table):
    """INSERT ... ON CONFLICT for the connection's database (SQLite or PostgreSQL spell it alike)."""
    return insert_for(conn.dialect.name, table)


def insert_for(dialect: str, table: Table):
    """INSERT (with ON CONFLICT clauses) for a database kind, for statements built once per kind."""
    dialects = {"sqlite": sqlite, "postgresql": postgresql}
    if dialect not in dialects:
        raise RuntimeError(f"{dialect} is not supported: use SQLite or PostgreSQL")
    return dialects[dialect].insert(table)


@dataclass(frozen=True)
class LinkStatements:
    """The statements every summarized link and every question runs, built once per database kind
    and executed with plain parameters. Built per call (values, ON CONFLICT clauses, then their
    cache keys), they cost SQLAlchemy about 4 ms of CPU per link, several times what SQLite spent
    running them."""

    article: object
    article_by_url: object
    save_article: object
    save_address: object
    chat: object
    chat_reading: object
    """Create the chat, or make the article in the parameters its current one."""
    chat_known: object
    """Create the chat with defaults if it is new; change nothing otherwise."""
    drop_other_turns: object
    mark_read: object
    link_message: object
    turn: object
    save_turn: object
    """The question and answer in the parameters become the chat's (or topic's) previous turn."""


def _upserting(statement, keys: list[Column], *changed: str):
    """`statement` (an INSERT) changing only the `changed` columns of a row its `keys` already hold."""
    return statement.on_conflict_do_update(index_elements=keys, set_={name: statement.excluded[name] for name in changed})


@cache
def link_statements(dialect: str) -> LinkStatements:
    def upserting(table: Table, keys: list[Column], *changed: str):
        return _upserting(insert_for(dialect, table), keys, *changed)

    return LinkStatements(
        article=select(articles).where(articles.c.id == bindparam("article_id")),
        article_by_url=select(articles).join(article_links, article_links.c.article_id == articles.c.id).where(
            article_links.c.url == bindparam("url"), articles.c.fetched_at >= bindparam("fresh_after")),
        save_article=upserting(articles, [articles.c.key], "data", "fetched_at").returning(articles.c.id),
        save_address=upserting(article_links, [article_links.c.url], "article_id"),
        chat=select(chats).where(chats.c.id == bindparam("chat_id")),
        chat_reading=upserting(chats, [chats.c.id], "current_article_id"),
        chat_known=insert_for(dialect, chats).on_conflict_do_nothing(index_elements=[chats.c.id]),
        drop_other_turns=delete(chat_turns).where(
            chat_turns.c.chat_id == bindparam("chat_id"), chat_turns.c.article_id != bindparam("article_id")),
        mark_read=upserting(chat_articles, [chat_articles.c.chat_id, chat_articles.c.article_id], "read_at"),
        link_message=upserting(messages, [messages.c.chat_id, messages.c.message_id], "article_id"),
        turn=select(chat_turns).where(chat_turns.c.chat_id == bindparam("chat_id"),
                                      chat_turns.c.thread_id == bindparam("thread_id")),
        save_turn=upserting(chat_turns, [chat_turns.c.chat_id, chat_turns.c.thread_id],
                            "article_id", "question", "answer", "asked_at"),
    )


@dataclass(frozen=True)
class OneStatementWrites:
    """A link's writes on PostgreSQL, each one statement whose WITH clauses write the other tables,
    built once. Committed alone (`bot.store.direct`), each is one round trip to the server
    instead of BEGIN, two to four statements and COMMIT; asyncpg on the event loop paid for every
    one of them. (SQLite has no writing WITH clauses, and its statements cost little: it runs
    `LinkStatements` in a transaction on its own thread.)"""

    save_article: object
    """The article, replacing an older copy with its key, and every address in `urls`; its id."""
    note_read: object
    """The chat, created if new, reads the article now: its current one, turns about any other
    article dropped, the read mark, and the bot's messages in `message_ids` linked to it."""
    note_known: object
    """The same for an article that does not become the chat's current one (a feed's)."""


@cache
def postgres_writes() -> OneStatementWrites:
    def with_values(table: Table, **values: object):
        return postgresql.insert(table).values(values)

    article_id = bindparam("article_id", type_=Integer)
    chat_id = bindparam("chat_id", type_=BigInteger)
    saved = _upserting(with_values(articles, key=bindparam("key"), data=bindparam("data"),
                                   fetched_at=bindparam("fetched_at")),
                       [articles.c.key], "data", "fetched_at").returning(articles.c.id).cte("saved")
    url = func.unnest(bindparam("urls", type_=postgresql.ARRAY(Text))).column_valued("url")
    addresses = _upserting(postgresql.insert(article_links).from_select(["url", "article_id"], select(url, select(saved.c.id).scalar_subquery())),
                           [article_links.c.url], "article_id").cte("addresses")

    chat = {"id": chat_id, "kind": bindparam("kind"), "length": "medium", "quotes": True, "auto_summary": False,
            "created_at": bindparam("now")}
    reading = _upserting(with_values(chats, **chat, current_article_id=article_id), [chats.c.id],
                         "current_article_id").cte("reading")
    known = postgresql.insert(chats).values(chat).on_conflict_do_nothing(index_elements=[chats.c.id]).cte("known")
    other_turns = delete(chat_turns).where(chat_turns.c.chat_id == chat_id,
                                           chat_turns.c.article_id != article_id).cte("other_turns")
    marked = _upserting(with_values(chat_articles, chat_id=chat_id, article_id=article_id, read_at=bindparam("now")),
                        [chat_articles.c.chat_id, chat_articles.c.article_id], "read_at").cte("marked")
    message_id = func.unnest(bindparam("message_ids", type_=postgresql.ARRAY(BigInteger))).column_valued("message_id")
    linked = _upserting(postgresql.insert(messages).from_select(["chat_id", "message_id", "article_id"],
                                                                 select(chat_id, message_id, article_id)),
                        [messages.c.chat_id, messages.c.message_id], "article_id")
    return OneStatementWrites(
        save_article=select(saved.c.id).add_cte(addresses),
        note_read=linked.add_cte(reading, other_turns, marked),
        note_known=linked.add_cte(known, marked),
    )


_write_turns: weakref.WeakKeyDictionary[object, asyncio.Lock] = weakref.WeakKeyDictionary()


@asynccontextmanager
async def writing(engine: AsyncEngine) -> AsyncIterator[AsyncConnection]:
    """A write transaction (`engine.begin()`), taken in turn on SQLite.

    SQLite lets one connection write at a time. Left to themselves, the bot's connections wait
    for the file lock in their own threads, polling it, and the lock goes to whoever polls at the
    right moment: under a burst, on a busy machine, one writer lost that race for the whole busy
    timeout and the link failed with "database is locked". Here writers of one process queue in
    order on the event loop instead, so only other processes (a second instance) ever wait on the
    file lock. PostgreSQL locks rows, not the database: its writers go straight in.
    """
    if engine.dialect.name != "sqlite":
        async with engine.begin() as conn:
            yield conn
        return
    turn = _write_turns.setdefault(engine.sync_engine, asyncio.Lock())
    async with turn, engine.begin() as conn:
        yield conn


def _sqlite_pragmas(dbapi_connection, _record) -> None:
    cursor = dbapi_connection.cursor()
    # The timeout first: switching to WAL waits for a lock another process may hold.
    cursor.execute("PRAGMA busy_timeout=10000")
    cursor.execute("PRAGMA journal_mode=WAL")
    cursor.execute("PRAGMA foreign_keys=ON")
    cursor.execute("PRAGMA synchronous=NORMAL")
    cursor.close()


class Store:
    """Chats, settings, articles and bot messages, with the few queries the bot needs.

    Each operation is one unit of work: a plain function over a connection, run whole where the
    database is. On PostgreSQL that is asyncpg on the event loop, and the statements every update
    runs skip the engine (`direct`, see `bot.store.direct`). On SQLite it is one thread of
    the store's own, with the standard sqlite3 driver: aiosqlite goes to its thread and back for
    every cursor, statement, fetch and commit, 35 round trips for one summarized link, which cost
    the event loop more than the SQL itself (19 ms of CPU per link against 7). One thread also
    means the store's writes never wait on each other for SQLite's file lock, and the calls of
    one loop turn go over to it together (`bot.store.thread`).
    """

    def __init__(self, engine: AsyncEngine, count_statements: bool = False) -> None:
        self.engine = engine
        self.statements = 0
        """SQL statements run so far, when counting (a benchmark's "queries per update")."""
        self._counting = count_statements
        self._sqlite: Engine | None = None
        self._thread: StoreThread | None = None
        # Without a transaction asyncpg sends no BEGIN and no COMMIT or ROLLBACK: two round trips
        # fewer around a read, or a write that is one statement (atomic by itself).
        self._autocommit = (engine.execution_options(isolation_level="AUTOCOMMIT")
                            if engine.dialect.name == "postgresql" else engine)
        self.direct = (DirectPostgres.for_engine(engine, self._count if count_statements else None)
                       if engine.dialect.name == "postgresql" else None)
        """PostgreSQL's per-update statements, past the engine; None on SQLite."""
        if engine.dialect.name == "sqlite" and engine.url.database not in (None, "", ":memory:"):
            # (An in-memory database lives in one connection of the async engine: it stays there.)
            self._sqlite = create_engine(engine.url.set(drivername="sqlite+pysqlite"))
            event.listen(self._sqlite, "connect", _sqlite_pragmas)
            self._thread = StoreThread("sqlite-store")
        if count_statements:
            for counted in filter(None, (engine.sync_engine, self._sqlite)):
                event.listen(counted, "before_cursor_execute", self._count)

    def _count(self, *_args: object) -> None:
        self.statements += 1

    async def close(self) -> None:
        if self._counting:
            log.info("Database statements run: %d", self.statements)
        if self.direct is not None:
            await self.direct.close()
        if self._thread is not None and self._sqlite is not None:
            await self._thread.close(self._sqlite.dispose)
        await self.engine.dispose()

    async def read(self, work: Callable[..., T], *args: object) -> T:
        """`work(connection, *args)` outside any transaction, where the database is (the unit of
        work of this module's queries, and of other store modules that share the thread)."""
        if self._thread is not None:
            return await self._thread.run(_connected, self._sqlite, work, args)
        async with self._autocommit.connect() as conn:
            return await conn.run_sync(work, *args)

    async def write(self, work: Callable[..., T], *args: object) -> T:
        """`work(connection, *args)` in one transaction, committed when it returns."""
        if self._thread is not None:
            return await self._thread.run(_transaction, self._sqlite, work, args)
        async with writing(self.engine) as conn:
            return await conn.run_sync(work, *args)

    # -- chats ---------------------------------------------------------------------------------

    async def chat(self, chat_id: int) -> ChatSettings:
        if self.direct is not None:
            return _settings(chat_id, await self.direct.fetchrow(link_statements("postgresql").chat, chat_id=chat_id))
        return await self.read(_chat, chat_id)

    async def update_chat(self, chat_id: int, kind: str = "private", **values: object) -> None:
        """Change some settings of a chat, creating its row with defaults the first time."""
        await self.write(_upsert_chat, chat_id, kind, values)

    async def migrate_chat(self, old_id: int, new_id: int) -> None:
        """A group became a supergroup: its settings, articles and summaries move to the new id."""
        await self.write(_migrate_chat, old_id, new_id)

    async def forget_chat(self, chat_id: int) -> int:
        """Delete a chat's settings, message links and every article no other chat has read."""
        return await self.write(_forget_chat, chat_id)

    # -- articles ------------------------------------------------------------------------------

    async def article(self, article_id: int) -> StoredArticle | None:
        if self.direct is not None:
            row = await self.direct.fetchrow(link_statements("postgresql").article, article_id=article_id)
            return _stored(row) if row is not None else None
        return await self.read(_article, article_id)

    async def article_by_url(self, url: str, fresh_after: float) -> StoredArticle | None:
        """An article reached by this address and fetched after `fresh_after` (a Unix time)."""
        if self.direct is not None:
            query = link_statements("postgresql").article_by_url
            row = await self.direct.fetchrow(query, url=url, fresh_after=fresh_after)
            return _stored(row) if row is not None else None
        return await self.read(_article_by_url, url, fresh_after)

    async def save_article(self, article: Article, urls: tuple[str, ...] = ()) -> StoredArticle:
        """Store an article (replacing an older copy with the same key) and the addresses it has."""
        row = {"key": article.key, "data": json.dumps(article.to_dict(), ensure_ascii=False), "fetched_at": time.time()}
        links = sorted({u for u in (*urls, article.url, article.canonical_url) if u})
        if self.direct is not None:
            article_id = await self.direct.fetchval(postgres_writes().save_article, **row, urls=links)
        else:
            article_id = await self.write(_save_article, row, links)
        return StoredArticle(article_id, article, row["fetched_at"])

    async def note_read(self, chat_id: int, article_id: int, kind: str = "private", *, current: bool = True,
                        message_ids: Sequence[int] = ()) -> None:
        """Remember that a chat read an article and, if `current`, make it the chat's current one
        (the one a plain question is about), which ends the conversation about any other article;
        the bot's messages showing it (`message_ids`) are linked to it in the same transaction, so
        a shown summary costs one write."""
        if self.direct is not None:
            writes = postgres_writes()
            await self.direct.execute(writes.note_read if current else writes.note_known, chat_id=chat_id,
                                      article_id=article_id, kind=kind, now=time.time(),
                                      message_ids=sorted(set(message_ids)))
            return
        await self.write(_note_read, chat_id, article_id, kind, current, tuple(message_ids))

    async def recent_articles(self, chat_id: int, limit: int) -> list[StoredArticle]:
        """The articles a chat read last, newest first."""
        query = (
            select(articles).join(chat_articles, chat_articles.c.article_id == articles.c.id)
            .where(chat_articles.c.chat_id == chat_id)
            .order_by(chat_articles.c.read_at.desc(), articles.c.id.desc()).limit(limit)
        )
        async with self.engine.connect() as conn:
            return [_stored(row._mapping) for row in (await conn.execute(query))]

    # -- bot messages --------------------------------------------------------------------------

    async def link_message(self, chat_id: int, message_id: int, article_id: int) -> None:
        await self.write(_link_message, chat_id, message_id, article_id)

    async def article_of_message(self, chat_id: int, message_id: int) -> int | None:
        return await self.read(_article_of_message, chat_id, message_id)

    # -- the last question in each chat or topic ---------------------------------------------------

    async def last_turn(self, chat_id: int, thread_id: int = 0) -> LastTurn | None:
        if self.direct is not None:
            return _last(await self.direct.fetchrow(link_statements("postgresql").turn,
                                                     chat_id=chat_id, thread_id=thread_id))
        return await self.read(_last_turn, chat_id, thread_id)

    async def save_turn(self, chat_id: int, thread_id: int, article_id: int, question: str,
                        answer: tuple[str, ...]) -> None:
        """Remember this question and answer as the chat's (or topic's) previous turn."""
        turn = {"chat_id": chat_id, "thread_id": thread_id, "article_id": article_id, "question": question,
                "answer": json.dumps(list(answer), ensure_ascii=False), "asked_at": time.time()}
        if self.direct is not None:
            await self.direct.execute(link_statements("postgresql").save_turn, **turn)
            return
        await self.write(_save_turn, turn)

    # -- numbers for /stats --------------------------------------------------------------------

    async def ping(self) -> bool:
        """Whether the database answers now (the health check of webhook mode). On SQLite it asks
        through the store's own thread, which the first ping starts along with its connection:
        started by the first update instead, they held up a burst's first seconds."""
        try:
            if self._thread is not None:
                await self.read(_select_one)
            else:
                async with self.engine.connect() as conn:
                    await conn.execute(text("SELECT 1"))
        except Exception:  # any failure means "not healthy"; the caller only needs yes or no
            return False
        return True

    async def counts(self) -> dict[str, int]:
        async with self.engine.connect() as conn:
            return {
                "chats": (await conn.execute(select(func.count()).select_from(chats))).scalar_one(),
                "articles": (await conn.execute(select(func.count()).select_from(articles))).scalar_one(),
                "summaries": (await conn.execute(select(func.count()).select_from(messages))).scalar_one(),
            }


def _connected(engine: Engine, work: Callable[..., T], args: tuple) -> T:
    with engine.connect() as conn:
        return work(conn, *args)


def _transaction(engine: Engine, work: Callable[..., T], args: tuple) -> T:
    with engine.begin() as conn:
        return work(conn, *args)


# The units of work, each over a connection (in a transaction when it writes).

def _select_one(conn: Connection) -> None:
    conn.execute(text("SELECT 1"))


def _chat(conn: Connection, chat_id: int) -> ChatSettings:
    row = conn.execute(link_statements(conn.dialect.name).chat, {"chat_id": chat_id}).first()
    return _settings(chat_id, row._mapping if row else None)


def _settings(chat_id: int, row: Mapping[str, Any] | None) -> ChatSettings:
    if row is None:
        return ChatSettings(chat_id)
    return ChatSettings(chat_id, row["length"], row["quotes"], row["current_article_id"], row["auto_summary"],
                        row["language"])


def _migrate_chat(conn: Connection, old_id: int, new_id: int) -> None:
    if conn.execute(select(chats.c.id).where(chats.c.id == new_id)).first() is None:
        conn.execute(update(chats).where(chats.c.id == old_id).values(id=new_id))
    conn.execute(update(chat_articles).where(chat_articles.c.chat_id == old_id).values(chat_id=new_id))
    conn.execute(update(messages).where(messages.c.chat_id == old_id).values(chat_id=new_id))
    conn.execute(update(chat_turns).where(chat_turns.c.chat_id == old_id).values(chat_id=new_id))


def _forget_chat(conn: Connection, chat_id: int) -> int:
    read = select(chat_articles.c.article_id).where(chat_articles.c.chat_id == chat_id)
    article_ids = set(conn.execute(read).scalars())
    conn.execute(delete(chat_articles).where(chat_articles.c.chat_id == chat_id))
    conn.execute(delete(messages).where(messages.c.chat_id == chat_id))
    conn.execute(delete(chat_turns).where(chat_turns.c.chat_id == chat_id))
    conn.execute(delete(chats).where(chats.c.id == chat_id))
    still_read = select(chat_articles.c.article_id).where(chat_articles.c.article_id.in_(article_ids))
    orphans = article_ids - set(conn.execute(still_read).scalars())
    if orphans:
        conn.execute(delete(messages).where(messages.c.article_id.in_(orphans)))
        conn.execute(delete(chat_turns).where(chat_turns.c.article_id.in_(orphans)))
        conn.execute(delete(article_links).where(article_links.c.article_id.in_(orphans)))
        conn.execute(delete(articles).where(articles.c.id.in_(orphans)))
    return len(article_ids)


def _article(conn: Connection, article_id: int) -> StoredArticle | None:
    row = conn.execute(link_statements(conn.dialect.name).article, {"article_id": article_id}).first()
    return _stored(row._mapping) if row else None


def _article_by_url(conn: Connection, url: str, fresh_after: float) -> StoredArticle | None:
    query = link_statements(conn.dialect.name).article_by_url
    row = conn.execute(query, {"url": url, "fresh_after": fresh_after}).first()
    return _stored(row._mapping) if row else None


def _save_article(conn: Connection, row: dict[str, object], links: list[str]) -> int:
    statements = link_statements(conn.dialect.name)
    article_id = conn.execute(statements.save_article, row).scalar_one()
    if links:
        conn.execute(statements.save_address, [{"url": url, "article_id": article_id} for url in links])
    return article_id


def _note_read(conn: Connection, chat_id: int, article_id: int, kind: str, current: bool,
               message_ids: Sequence[int]) -> None:
    now = time.time()
    statements = link_statements(conn.dialect.name)
    chat = {"id": chat_id, "kind": kind, "length": "medium", "quotes": True, "auto_summary": False,
            "created_at": now}
    if current:
        conn.execute(statements.chat_reading, {**chat, "current_article_id": article_id})
        conn.execute(statements.drop_other_turns, {"chat_id": chat_id, "article_id": article_id})
    else:
        conn.execute(statements.chat_known, chat)
    conn.execute(statements.mark_read, {"chat_id": chat_id, "article_id": article_id, "read_at": now})
    if message_ids:
        conn.execute(statements.link_message,
                     [{"chat_id": chat_id, "message_id": message_id, "article_id": article_id}
                      for message_id in message_ids])


def _link_message(conn: Connection, chat_id: int, message_id: int, article_id: int) -> None:
    conn.execute(link_statements(conn.dialect.name).link_message,
                 {"chat_id": chat_id, "message_id": message_id, "article_id": article_id})


def _article_of_message(conn: Connection, chat_id: int, message_id: int) -> int | None:
    query = select(messages.c.article_id).where(messages.c.chat_id == chat_id, messages.c.message_id == message_id)
    return conn.execute(query).scalar()


def _last_turn(conn: Connection, chat_id: int, thread_id: int) -> LastTurn | None:
    query = link_statements(conn.dialect.name).turn
    row = conn.execute(query, {"chat_id": chat_id, "thread_id": thread_id}).first()
    return _last(row._mapping if row else None)


def _last(row: Mapping[str, Any] | None) -> LastTurn | None:
    return LastTurn(row["article_id"], row["question"], tuple(json.loads(row["answer"]))) if row else None


def _save_turn(conn: Connection, turn: dict[str, object]) -> None:
    conn.execute(link_statements(conn.dialect.name).save_turn, turn)


def _upsert_chat(conn: Connection, chat_id: int, kind: str, values: dict[str, object]) -> None:
    """Create the chat with defaults plus `values`, or change only `values` if it exists."""
    defaults = {"kind": kind, "length": "medium", "quotes": True, "auto_summary": False,
                "created_at": time.time()}
    row = upsert(conn, chats).values(id=chat_id, **{**defaults, **values})
    if values:
        row = row.on_conflict_do_update(index_elements=[chats.c.id], set_=values)
    else:
        row = row.on_conflict_do_nothing(index_elements=[chats.c.id])
    conn.execute(row)


def _stored(row: Mapping[str, Any]) -> StoredArticle:
    return StoredArticle(row["id"], Article.from_dict(json.loads(row["data"])), row["fetched_at"])


@asynccontextmanager
async def _one_migrator(engine: AsyncEngine) -> AsyncIterator[None]:
    """On a SQLite file, one process migrates at a time.

    Two instances starting together on a new file both read the schema version and then both
    try to write: SQLite refuses one of them at once with "database is locked" (waiting could
    deadlock, so its busy timeout does not apply). A lock on a file beside the database orders
    them; the second finds the schema up to date. (Not a lock on the database file itself: closing
    any descriptor of it would drop the locks SQLite holds in this process.)
    """
    database = engine.url.database
    if engine.dialect.name != "sqlite" or database in (None, "", ":memory:"):
        yield
        return
    with open(f"{database}.migrating", "a") as handle:
        await asyncio.to_thread(fcntl.flock, handle, fcntl.LOCK_EX)
        try:
            yield
        finally:
            fcntl.flock(handle, fcntl.LOCK_UN)


POSTGRES_POOL = {"pool_size": 20, "max_overflow": 20}
"""Connections an instance keeps open to PostgreSQL, and how many more a burst may open. With
SQLAlchemy's 5 kept, a burst of links through a webhook instance needed more at once, and each
extra one was opened (a TCP connection, an SSL offer refused, authentication) and closed again
per store call, its prepared statements lost with it: 171 connections opened for 200 links
(23 then), about a quarter of the store's time on the event loop. The statements every update
runs have since moved to connections of their own (`bot.store.direct`); these serve the rest."""


async def open_store(database_url: str, count_statements: bool = False) -> Store:
    """Connect, migrate and return the store (counting its SQL statements if asked)."""
    url = async_url(database_url)
    engine = create_async_engine(url, **(POSTGRES_POOL if make_url(url).get_backend_name() == "postgresql" else {}))
    if engine.dialect.name == "sqlite":
        event.listen(engine.sync_engine, "connect", _sqlite_pragmas)
    try:
        async with _one_migrator(engine):
            await migrate(engine)
    except BaseException:
        await engine.dispose()
        raise
    store = Store(engine, count_statements)
    await store.ping()
    if store.direct is not None:
        try:
            await store.direct.open()
        except BaseException:
            await store.close()
            raise
    return store
