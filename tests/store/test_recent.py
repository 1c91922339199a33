"""A person's recent articles (inline mode's `@bot` alone): their own chat's reads, newest first."""

from __future__ import annotations

from bot.reader.article import Article
from bot.store import open_store


def article(number: int) -> Article:
    return Article(f"Story {number}", ("Some text here.",), url=f"https://news.example/{number}")


async def test_recent_articles_are_the_chats_own_newest_first_and_a_reread_moves_up(database_url: str) -> None:
    store = await open_store(database_url)
    first, second, third, elsewhere = [await store.save_article(article(n)) for n in range(4)]
    for stored in (first, second, third):
        await store.note_read(7, stored.id)
    await store.note_read(8, elsewhere.id)
    await store.note_read(7, first.id, current=False)
    recent = await store.recent_articles(7, limit=2)
    assert [stored.article.title for stored in recent] == ["Story 0", "Story 2"]
    assert await store.recent_articles(9, limit=5) == []
    await store.close()
