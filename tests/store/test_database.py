"""The store on a real SQLite file: what a chat keeps, what /forget removes, upgrades that lose nothing."""

from __future__ import annotations

import sqlite3
import time
from pathlib import Path

import pytest

from bot.reader.article import Article
from bot.store import SchemaTooNew, open_store

ARTICLE = Article("Rooftop garden opens", ("The city opened a garden.", "Residents can rent plots."),
                  url="https://city.example/garden?utm_source=x", canonical_url="https://city.example/garden",
                  site_name="City Post", headings=frozenset({1}))


async def test_articles_settings_and_messages_survive_reopening(tmp_path: Path) -> None:
    url = f"sqlite:///{tmp_path / 'nested' / 'bot.sqlite3'}"
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


async def test_the_same_canonical_article_is_stored_once(tmp_path: Path) -> None:
    store = await open_store(f"sqlite:///{tmp_path / 'bot.sqlite3'}")
    first = await store.save_article(ARTICLE, urls=("https://city.example/a",))
    second = await store.save_article(ARTICLE, urls=("https://city.example/b",))
    assert first.id == second.id
    assert (await store.counts())["articles"] == 1
    await store.close()


async def test_forget_removes_only_what_no_other_chat_read(tmp_path: Path) -> None:
    store = await open_store(f"sqlite:///{tmp_path / 'bot.sqlite3'}")
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


async def test_a_group_that_becomes_a_supergroup_keeps_its_settings(tmp_path: Path) -> None:
    store = await open_store(f"sqlite:///{tmp_path / 'bot.sqlite3'}")
    stored = await store.save_article(ARTICLE)
    await store.note_read(-100, stored.id, "group")
    await store.update_chat(-100, "group", auto_summary=True, length="short")
    await store.migrate_chat(-100, -1001234)
    moved = await store.chat(-1001234)
    assert (moved.auto_summary, moved.length, moved.current_article_id) == (True, "short", stored.id)
    await store.close()


async def test_a_database_from_a_newer_bot_is_refused(tmp_path: Path) -> None:
    path = tmp_path / "bot.sqlite3"
    store = await open_store(f"sqlite:///{path}")
    await store.close()
    with sqlite3.connect(path) as connection:
        connection.execute("UPDATE schema_version SET version = version + 1")
    with pytest.raises(SchemaTooNew):
        await open_store(f"sqlite:///{path}")
