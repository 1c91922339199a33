"""The one module that talks to the database: chats, their settings, articles and bot messages.

Everything goes through SQLAlchemy Core with the async engine, so SQLite (the default) and any other
SQLAlchemy URL work the same. The schema is versioned: `open_store` applies the migrations the file
has not seen yet and refuses a database written by a newer version of the bot, so an upgrade never
loses data and a downgrade never corrupts it.
"""

from __future__ import annotations

import json
import time
from dataclasses import dataclass
from pathlib import Path

from sqlalchemy import (
    BigInteger, Boolean, Column, Float, ForeignKey, Integer, MetaData, String, Table, Text, delete,
    event, func, insert, select, update,
)
from sqlalchemy.engine import make_url
from sqlalchemy.ext.asyncio import AsyncConnection, AsyncEngine, create_async_engine

from bot.reader.article import Article

metadata = MetaData()

schema_version = Table("schema_version", metadata, Column("version", Integer, nullable=False))

chats = Table(
    "chats", metadata,
    Column("id", BigInteger, primary_key=True),
    Column("kind", String(16), nullable=False, default="private"),
    Column("length", String(8), nullable=False, default="medium"),
    Column("quotes", Boolean, nullable=False, default=True),
    Column("current_article_id", Integer, nullable=True),
    Column("auto_summary", Boolean, nullable=False, default=False),
    Column("created_at", Float, nullable=False),
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

SCHEMA_VERSION = 1


class SchemaTooNew(RuntimeError):
    """The database was written by a newer version of the bot than this one."""


@dataclass(frozen=True)
class ChatSettings:
    chat_id: int
    length: str = "medium"
    quotes: bool = True
    current_article_id: int | None = None
    auto_summary: bool = False


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


def _sqlite_pragmas(dbapi_connection, _record) -> None:
    cursor = dbapi_connection.cursor()
    cursor.execute("PRAGMA journal_mode=WAL")
    cursor.execute("PRAGMA busy_timeout=10000")
    cursor.execute("PRAGMA foreign_keys=ON")
    cursor.execute("PRAGMA synchronous=NORMAL")
    cursor.close()


async def _migrate(conn: AsyncConnection) -> None:
    """Bring the schema up to SCHEMA_VERSION; each future version adds one step here."""
    await conn.run_sync(metadata.create_all)
    current = (await conn.execute(select(func.max(schema_version.c.version)))).scalar()
    if current is None:
        await conn.execute(insert(schema_version).values(version=SCHEMA_VERSION))
        return
    if current > SCHEMA_VERSION:
        raise SchemaTooNew(
            f"The database is at schema version {current}, newer than this bot's {SCHEMA_VERSION}. "
            "Upgrade the bot instead of running an older version against it."
        )


class Store:
    """Chats, settings, articles and bot messages, with the few queries the bot needs."""

    def __init__(self, engine: AsyncEngine) -> None:
        self.engine = engine

    async def close(self) -> None:
        await self.engine.dispose()

    # -- chats ---------------------------------------------------------------------------------

    async def chat(self, chat_id: int) -> ChatSettings:
        async with self.engine.connect() as conn:
            row = (await conn.execute(select(chats).where(chats.c.id == chat_id))).first()
        if row is None:
            return ChatSettings(chat_id)
        return ChatSettings(chat_id, row.length, row.quotes, row.current_article_id, row.auto_summary)

    async def update_chat(self, chat_id: int, kind: str = "private", **values: object) -> None:
        """Change some settings of a chat, creating its row with defaults the first time."""
        async with self.engine.begin() as conn:
            done = await conn.execute(update(chats).where(chats.c.id == chat_id).values(**values))
            if done.rowcount == 0:
                defaults = {"length": "medium", "quotes": True, "auto_summary": False}
                await conn.execute(insert(chats).values(
                    id=chat_id, kind=kind, created_at=time.time(), **{**defaults, **values}))

    async def migrate_chat(self, old_id: int, new_id: int) -> None:
        """A group became a supergroup: its settings, articles and summaries move to the new id."""
        async with self.engine.begin() as conn:
            if (await conn.execute(select(chats.c.id).where(chats.c.id == new_id))).first() is None:
                await conn.execute(update(chats).where(chats.c.id == old_id).values(id=new_id))
            await conn.execute(update(chat_articles).where(chat_articles.c.chat_id == old_id)
                               .values(chat_id=new_id))
            await conn.execute(update(messages).where(messages.c.chat_id == old_id).values(chat_id=new_id))

    async def forget_chat(self, chat_id: int) -> int:
        """Delete a chat's settings, message links and every article no other chat has read."""
        async with self.engine.begin() as conn:
            read = select(chat_articles.c.article_id).where(chat_articles.c.chat_id == chat_id)
            article_ids = set((await conn.execute(read)).scalars())
            await conn.execute(delete(chat_articles).where(chat_articles.c.chat_id == chat_id))
            await conn.execute(delete(messages).where(messages.c.chat_id == chat_id))
            await conn.execute(delete(chats).where(chats.c.id == chat_id))
            still_read = select(chat_articles.c.article_id).where(
                chat_articles.c.article_id.in_(article_ids))
            orphans = article_ids - set((await conn.execute(still_read)).scalars())
            if orphans:
                await conn.execute(delete(messages).where(messages.c.article_id.in_(orphans)))
                await conn.execute(delete(article_links).where(article_links.c.article_id.in_(orphans)))
                await conn.execute(delete(articles).where(articles.c.id.in_(orphans)))
        return len(article_ids)

    # -- articles ------------------------------------------------------------------------------

    async def article(self, article_id: int) -> StoredArticle | None:
        async with self.engine.connect() as conn:
            row = (await conn.execute(select(articles).where(articles.c.id == article_id))).first()
        return _stored(row) if row else None

    async def article_by_url(self, url: str, fresh_after: float) -> StoredArticle | None:
        """An article reached by this address and fetched after `fresh_after` (a Unix time)."""
        query = (
            select(articles).join(article_links, article_links.c.article_id == articles.c.id)
            .where(article_links.c.url == url, articles.c.fetched_at >= fresh_after)
        )
        async with self.engine.connect() as conn:
            row = (await conn.execute(query)).first()
        return _stored(row) if row else None

    async def save_article(self, article: Article, urls: tuple[str, ...] = ()) -> StoredArticle:
        """Store an article (replacing an older copy with the same key) and the addresses it has."""
        now = time.time()
        data = json.dumps(article.to_dict(), ensure_ascii=False)
        async with self.engine.begin() as conn:
            existing = None
            if article.key:
                existing = (await conn.execute(
                    select(articles.c.id).where(articles.c.key == article.key))).scalar()
            if existing is None:
                result = await conn.execute(
                    insert(articles).values(key=article.key, data=data, fetched_at=now))
                article_id = result.inserted_primary_key[0]
            else:
                article_id = existing
                await conn.execute(update(articles).where(articles.c.id == article_id)
                                   .values(data=data, fetched_at=now))
            for url in {u for u in (*urls, article.url, article.canonical_url) if u}:
                await conn.execute(delete(article_links).where(article_links.c.url == url))
                await conn.execute(insert(article_links).values(url=url, article_id=article_id))
        return StoredArticle(article_id, article, now)

    async def note_read(self, chat_id: int, article_id: int, kind: str = "private") -> None:
        """Remember that a chat read an article and make it the chat's current one."""
        await self.update_chat(chat_id, kind, current_article_id=article_id)
        async with self.engine.begin() as conn:
            await conn.execute(delete(chat_articles).where(
                chat_articles.c.chat_id == chat_id, chat_articles.c.article_id == article_id))
            await conn.execute(insert(chat_articles).values(
                chat_id=chat_id, article_id=article_id, read_at=time.time()))

    # -- bot messages --------------------------------------------------------------------------

    async def link_message(self, chat_id: int, message_id: int, article_id: int) -> None:
        async with self.engine.begin() as conn:
            await conn.execute(delete(messages).where(
                messages.c.chat_id == chat_id, messages.c.message_id == message_id))
            await conn.execute(insert(messages).values(
                chat_id=chat_id, message_id=message_id, article_id=article_id))

    async def article_of_message(self, chat_id: int, message_id: int) -> int | None:
        query = select(messages.c.article_id).where(
            messages.c.chat_id == chat_id, messages.c.message_id == message_id)
        async with self.engine.connect() as conn:
            return (await conn.execute(query)).scalar()

    # -- numbers for /stats --------------------------------------------------------------------

    async def counts(self) -> dict[str, int]:
        async with self.engine.connect() as conn:
            return {
                "chats": (await conn.execute(select(func.count()).select_from(chats))).scalar_one(),
                "articles": (await conn.execute(select(func.count()).select_from(articles))).scalar_one(),
                "summaries": (await conn.execute(select(func.count()).select_from(messages))).scalar_one(),
            }


def _stored(row) -> StoredArticle:
    return StoredArticle(row.id, Article.from_dict(json.loads(row.data)), row.fetched_at)


async def open_store(database_url: str) -> Store:
    """Connect, migrate and return the store."""
    url = async_url(database_url)
    engine = create_async_engine(url)
    if engine.dialect.name == "sqlite":
        event.listen(engine.sync_engine, "connect", _sqlite_pragmas)
    async with engine.begin() as conn:
        await _migrate(conn)
    return Store(engine)
