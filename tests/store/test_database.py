"""The store on a real database (SQLite and PostgreSQL): what a chat keeps, what /forget removes,
migrations that lose nothing, and two instances writing the same rows at once."""

from __future__ import annotations

import asyncio
import sqlite3
import time
from pathlib import Path

import asyncpg
import pytest
from alembic.autogenerate import compare_metadata
from alembic.runtime.migration import MigrationContext
from sqlalchemy import text
from sqlalchemy.exc import SQLAlchemyError

from bot.reader.article import Article
from bot.store import SchemaTooNew, open_store
from bot.store import database
from bot.store.database import metadata
from tests.support.databases import fresh_database

ARTICLE = Article("Rooftop garden opens", ("The city opened a garden.", "Residents can rent plots."),
                  url="https://city.example/garden?utm_source=x", canonical_url="https://city.example/garden",
                  site_name="City Post", headings=frozenset({1}))


async def test_articles_settings_and_messages_survive_reopening(database_url: str) -> None:
    url = database_url.replace("/bot.sqlite3", "/nested/bot.sqlite3")
    store = await open_store(url)
    stored = await store.save_article(ARTICLE, urls=("https://city.example/garden?ref=tg",))
    await store.note_read(7, stored.id)
    await store.update_chat(7, length="long", quotes=False)
    await store.link_message(7, 42, stored.id)
    await store.close()

    store = await open_store(url)
    chat = await store.chat(7)
    assert (chat.length, chat.quotes, chat.current_article_id) == ("long", False, stored.id)
    assert await store.article_of_message(7, 42) == stored.id
    again = await store.article_by_url("https://city.example/garden?ref=tg", fresh_after=0)
    assert again is not None and again.article == ARTICLE
    assert await store.article_by_url("https://city.example/garden", fresh_after=time.time() + 60) is None
    await store.close()


async def test_the_same_canonical_article_is_stored_once(database_url: str) -> None:
    store = await open_store(database_url)
    first = await store.save_article(ARTICLE, urls=("https://city.example/a",))
    second = await store.save_article(ARTICLE, urls=("https://city.example/b",))
    assert first.id == second.id
    assert (await store.counts())["articles"] == 1
    await store.close()


async def test_forget_removes_only_what_no_other_chat_read(database_url: str) -> None:
    store = await open_store(database_url)
    shared = await store.save_article(ARTICLE)
    private = await store.save_article(Article("Only mine", ("Some text here.",), url="https://x.example/1"))
    for chat_id in (1, 2):
        await store.note_read(chat_id, shared.id)
    await store.note_read(1, private.id)
    await store.link_message(1, 10, private.id)
    await store.forget_chat(1)
    assert (await store.chat(1)).current_article_id is None
    assert await store.article(private.id) is None
    assert await store.article(shared.id) is not None
    assert (await store.chat(2)).current_article_id == shared.id
    assert await store.article_of_message(1, 10) is None
    await store.close()


async def test_a_group_that_becomes_a_supergroup_keeps_its_settings(database_url: str) -> None:
    store = await open_store(database_url)
    stored = await store.save_article(ARTICLE)
    await store.note_read(-100, stored.id, "group")
    await store.update_chat(-100, "group", auto_summary=True, length="short")
    await store.migrate_chat(-100, -1001234)
    moved = await store.chat(-1001234)
    assert (moved.auto_summary, moved.length, moved.current_article_id) == (True, "short", stored.id)
    await store.close()


async def test_a_write_the_database_refuses_is_a_database_error_and_the_store_goes_on(database_url: str) -> None:
    """What the metrics count as a database failure (`bot.metrics.failed`), whichever way the
    statement went (on PostgreSQL the per-update ones skip SQLAlchemy's engine)."""
    store = await open_store(database_url)
    with pytest.raises(SQLAlchemyError):
        await store.note_read(7, article_id=12345)
    saved = await store.save_article(ARTICLE)
    await store.note_read(7, saved.id)
    assert (await store.chat(7)).current_article_id == saved.id
    await store.close()


async def test_connections_the_server_dropped_are_not_reused(tmp_path: Path) -> None:
    with fresh_database("postgresql", tmp_path) as url:
        store = await open_store(url)
        saved = await store.save_article(ARTICLE)
        await asyncio.gather(*(store.chat(chat) for chat in range(5)))
        admin = await asyncpg.connect(url)
        dropped = await admin.fetchval("SELECT count(pg_terminate_backend(pid)) FROM pg_stat_activity "
                                       "WHERE datname = current_database() AND pid <> pg_backend_pid()")
        await admin.close()
        assert dropped >= 1
        await asyncio.sleep(0.1)
        assert (await store.article(saved.id)).article.title == ARTICLE.title
        await store.close()


async def test_chat_ids_beyond_32_bits_are_kept(database_url: str) -> None:
    store = await open_store(database_url)
    supergroup, message_id = -1_002_345_678_901, 3_000_000_000
    stored = await store.save_article(ARTICLE)
    await store.note_read(supergroup, stored.id, "supergroup")
    await store.link_message(supergroup, message_id, stored.id)
    assert (await store.chat(supergroup)).current_article_id == stored.id
    assert await store.article_of_message(supergroup, message_id) == stored.id
    await store.close()


async def test_a_shown_summary_makes_its_article_current_and_every_message_of_it_answerable(
        database_url: str) -> None:
    """What a shown summary needs, written together: the chat's current article, the read mark
    (/forget finds the article through it) and each message of the summary, which a reply asks about."""
    store = await open_store(database_url)
    earlier = await store.save_article(Article("Bridge closes", ("The bridge closed.",), url="https://city.example/b"))
    await store.note_read(7, earlier.id)
    await store.save_turn(7, 0, earlier.id, "Why?", ("Repairs.",))
    stored = await store.save_article(ARTICLE)
    await store.note_read(7, stored.id, message_ids=(42, 43))
    assert (await store.chat(7)).current_article_id == stored.id
    assert [await store.article_of_message(7, m) for m in (42, 43)] == [stored.id, stored.id]
    assert await store.last_turn(7) is None, "the conversation about the earlier article ended"
    assert await store.forget_chat(7) == 2
    await store.close()


async def test_an_article_read_in_passing_leaves_the_conversation_on_the_current_one(database_url: str) -> None:
    """A feed's article (`current=False`): the chat, new or not, has read it and its post answers
    replies, but plain questions stay on the article the person sent and so does their last turn."""
    store = await open_store(database_url)
    feed_item = await store.save_article(Article("Bridge closes", ("The bridge closed.",), url="https://city.example/b"))
    await store.note_read(-5, feed_item.id, "channel", current=False, message_ids=(8, 8))
    assert (await store.chat(-5)).current_article_id is None
    assert await store.article_of_message(-5, 8) == feed_item.id
    sent = await store.save_article(ARTICLE)
    await store.note_read(7, sent.id)
    await store.save_turn(7, 0, sent.id, "Why?", ("Repairs.",))
    await store.note_read(7, feed_item.id, current=False, message_ids=(50,))
    assert (await store.chat(7)).current_article_id == sent.id
    assert await store.last_turn(7) is not None, "the conversation about the sent article goes on"
    assert await store.article_of_message(7, 50) == feed_item.id
    assert await store.forget_chat(7) == 2, "both are the chat's reads"
    await store.close()


async def test_two_instances_writing_the_same_rows_at_once_both_succeed(database_url: str) -> None:
    first, second = await asyncio.gather(open_store(database_url), open_store(database_url))
    for _ in range(5):
        saved = await asyncio.gather(*(store.save_article(ARTICLE, urls=("https://city.example/x",))
                                       for store in (first, second, first, second)))
        assert len({s.id for s in saved}) == 1
        await asyncio.gather(*(store.update_chat(9, length="short") for store in (first, second)))
        await asyncio.gather(*(store.note_read(9, saved[0].id) for store in (first, second)))
        await asyncio.gather(*(store.link_message(9, 1, saved[0].id) for store in (first, second)))
    assert await first.counts() == {"chats": 1, "articles": 1, "summaries": 1}
    assert (await second.chat(9)).length == "short"
    await first.close()
    await second.close()


async def test_a_burst_of_writers_in_one_bot_never_finds_sqlite_locked(
        tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    """One process's writers take turns: none waits on SQLite's file lock, so none can time out on it.

    The busy timeout is set to zero, so a writer that met another's open transaction would fail at
    once with "database is locked" (under a real burst on a busy machine it failed after 10 s).
    """
    def no_waiting(connection, record) -> None:
        pragmas(connection, record)
        connection.execute("PRAGMA busy_timeout=0")

    pragmas = database._sqlite_pragmas
    monkeypatch.setattr(database, "_sqlite_pragmas", no_waiting)
    store = await open_store(f"sqlite:///{tmp_path / 'bot.sqlite3'}")

    async def one_link(chat_id: int) -> None:
        article = Article(f"Story {chat_id}", ("A sentence.", "Another one."), url=f"https://x.example/{chat_id}")
        stored = await store.save_article(article, urls=(article.url,))
        await store.note_read(chat_id, stored.id)
        await store.link_message(chat_id, 1, stored.id)

    await asyncio.gather(*(one_link(chat_id) for chat_id in range(60)))
    assert await store.counts() == {"chats": 60, "articles": 60, "summaries": 60}
    await store.close()


async def test_migrations_build_exactly_the_schema_the_code_uses(database_url: str) -> None:
    store = await open_store(database_url)
    async with store.engine.connect() as conn:
        differences = await conn.run_sync(
            lambda sync: compare_metadata(MigrationContext.configure(sync), metadata))
    await store.close()
    assert differences == []


async def test_a_database_from_a_newer_bot_is_refused(database_url: str) -> None:
    store = await open_store(database_url)
    async with store.engine.begin() as conn:
        await conn.execute(text("UPDATE alembic_version SET version_num = '9999_from_the_future'"))
    await store.close()
    with pytest.raises(SchemaTooNew, match="9999_from_the_future"):
        await open_store(database_url)


async def test_a_database_from_before_alembic_is_upgraded_with_its_data(tmp_path: Path) -> None:
    path = tmp_path / "old.sqlite3"
    with sqlite3.connect(path) as connection:
        connection.executescript(PRE_ALEMBIC_SCHEMA)
    store = await open_store(f"sqlite:///{path}")
    assert (await store.chat(5)).length == "long"
    stored = await store.article(1)
    assert stored is not None and stored.article.title == "Old article"
    assert await store.article_of_message(5, 77) == 1
    await store.close()
    with sqlite3.connect(path) as connection:
        tables = {row[0] for row in connection.execute("SELECT name FROM sqlite_master WHERE type='table'")}
    assert "schema_version" not in tables and {"processed_updates", "alembic_version"} <= tables


PRE_ALEMBIC_SCHEMA = """
CREATE TABLE schema_version (version INTEGER NOT NULL);
INSERT INTO schema_version VALUES (1);
CREATE TABLE chats (id BIGINT PRIMARY KEY, kind VARCHAR(16) NOT NULL, length VARCHAR(8) NOT NULL,
    quotes BOOLEAN NOT NULL, current_article_id INTEGER, auto_summary BOOLEAN NOT NULL, created_at FLOAT NOT NULL);
CREATE TABLE articles (id INTEGER PRIMARY KEY AUTOINCREMENT, key TEXT UNIQUE, data TEXT NOT NULL,
    fetched_at FLOAT NOT NULL);
CREATE TABLE article_links (url TEXT PRIMARY KEY, article_id INTEGER NOT NULL REFERENCES articles(id) ON DELETE CASCADE);
CREATE TABLE chat_articles (chat_id BIGINT NOT NULL, article_id INTEGER NOT NULL REFERENCES articles(id) ON DELETE CASCADE,
    read_at FLOAT NOT NULL, PRIMARY KEY (chat_id, article_id));
CREATE TABLE messages (chat_id BIGINT NOT NULL, message_id BIGINT NOT NULL,
    article_id INTEGER NOT NULL REFERENCES articles(id) ON DELETE CASCADE, PRIMARY KEY (chat_id, message_id));
CREATE TABLE feeds (id INTEGER PRIMARY KEY AUTOINCREMENT, url TEXT NOT NULL UNIQUE, title TEXT NOT NULL, etag TEXT,
    last_modified TEXT, content_hash VARCHAR(64), failures INTEGER NOT NULL, failing_since FLOAT, last_error TEXT,
    next_poll_at FLOAT NOT NULL, paused BOOLEAN NOT NULL, created_at FLOAT NOT NULL);
CREATE TABLE feed_subscriptions (id INTEGER PRIMARY KEY AUTOINCREMENT, chat_id BIGINT NOT NULL,
    feed_id INTEGER NOT NULL REFERENCES feeds(id) ON DELETE CASCADE, include_words TEXT NOT NULL,
    exclude_words TEXT NOT NULL, created_at FLOAT NOT NULL, UNIQUE (chat_id, feed_id));
CREATE TABLE feed_chat_settings (chat_id BIGINT PRIMARY KEY, digest VARCHAR(5), tz VARCHAR(64) NOT NULL);
CREATE TABLE feed_items (id INTEGER PRIMARY KEY AUTOINCREMENT, feed_id INTEGER NOT NULL REFERENCES feeds(id)
    ON DELETE CASCADE, guid TEXT NOT NULL, link TEXT, title TEXT NOT NULL, published FLOAT, seen_at FLOAT NOT NULL,
    UNIQUE (feed_id, guid));
CREATE TABLE feed_deliveries (id INTEGER PRIMARY KEY AUTOINCREMENT, chat_id BIGINT NOT NULL,
    subscription_id INTEGER NOT NULL REFERENCES feed_subscriptions(id) ON DELETE CASCADE,
    item_id INTEGER REFERENCES feed_items(id) ON DELETE CASCADE, kind VARCHAR(16) NOT NULL, state VARCHAR(8) NOT NULL,
    for_digest BOOLEAN NOT NULL, created_at FLOAT NOT NULL, claimed_at FLOAT, sent_at FLOAT, UNIQUE (chat_id, item_id));
INSERT INTO chats VALUES (5, 'private', 'long', 1, 1, 0, 0.0);
INSERT INTO articles VALUES (1, 'old', '{"title": "Old article", "paragraphs": ["Some old text."]}', 0.0);
INSERT INTO messages VALUES (5, 77, 1);
"""
