"""Feeds for groups that live in forums and move between bots: a feed posts in the topic it was
added in (and to General once that topic is gone), and the feed list travels as an OPML file."""

from __future__ import annotations

import time
from collections.abc import Iterator

import pytest

from bot.feeds.opml import MAX_OPML_BYTES
from tests.e2e import articles
from tests.e2e.conftest import World, start_world
from tests.feeds.test_opml import BILLION_LAUGHS
from tests.support.feeds import Item, LiveFeed, items, rss

TIMEOUT = 30
MAX_FEEDS = 3
ADMIN, MEMBER = 701, 702


@pytest.fixture(scope="module")
def world(tmp_path_factory: pytest.TempPathFactory) -> Iterator[World]:
    yield from start_world(tmp_path_factory.mktemp("forum"), FEED_POLL_INTERVAL_SECONDS="1", LEASE_SECONDS="3",
                           MAX_FEEDS_PER_CHAT=str(MAX_FEEDS))


def story(world: World, number: int, path: str) -> Item:
    return Item(f"urn:forum:{number}", f"Forum story {number}", world.pages.url(path), time.time())


def say(world: World, chat: int, text: str, *, user: int = ADMIN, topic: int | None = None, **extra) -> int:
    kind = "private" if chat > 0 else "supergroup"
    return world.telegram.push_text(chat, text, user_id=None if chat > 0 else user, chat_type=kind,
                                    message_thread_id=topic, **extra)


def test_a_feed_added_in_a_topic_posts_there_and_moves_to_general_once_the_topic_is_gone(world: World) -> None:
    chat, topic = -4001, 77
    say(world, chat, "hello", user=MEMBER)
    world.telegram.set_admins(chat, [ADMIN])
    feed = LiveFeed(items(2), "Forum News")
    url = world.pages.route("/forum.rss", feed)
    asked = say(world, chat, f"/feed add {url}", topic=topic)
    added = world.telegram.wait_for_bot_message(chat, after=asked, contains="Following", timeout=TIMEOUT)
    assert added.message_thread_id == topic
    asked = say(world, chat, "/feed list", user=MEMBER)
    listed = world.telegram.wait_for_bot_message(chat, after=asked, contains="Forum News", timeout=TIMEOUT)
    assert f"in topic {topic}" in listed.text

    def posts(title: str) -> list:
        return [m for m in world.telegram.bot_messages(chat) if title in m.text]

    feed.add(story(world, 1, "/garden"))
    (post,) = world.telegram.wait_for(lambda: posts(articles.GARDEN_TITLE), timeout=TIMEOUT, what="the post")
    assert post.message_thread_id == topic, "the feed posts in the topic it was added in"

    world.telegram.delete_topic(chat, topic)
    feed.add(story(world, 2, "/envoy"))
    (post,) = world.telegram.wait_for(lambda: posts(articles.ENVOY_TITLE), timeout=TIMEOUT, what="the next post")
    assert post.message_thread_id is None, "with its topic gone the feed posts in General"
    world.pages.add("/harbour", articles.HARBOUR)
    feed.add(story(world, 3, "/harbour"))
    (post,) = world.telegram.wait_for(lambda: posts(articles.HARBOUR_TITLE), timeout=TIMEOUT, what="a later post")
    assert post.message_thread_id is None
    notes = posts("closed or deleted")
    assert len(notes) == 1 and notes[0].message_thread_id is None, "the chat is told once, in General"
    to_topic = [c for c in world.telegram.calls("sendMessage") if c.params.get("message_thread_id") == str(topic)
                and c.params.get("chat_id") == str(chat)]
    assert [c.status for c in to_topic] == [200, 200, 400], "the gone topic is tried once, never again"
    asked = say(world, chat, "/feed list", user=MEMBER)
    listed = world.telegram.wait_for_bot_message(chat, after=asked, contains="Forum News", timeout=TIMEOUT)
    assert "topic" not in listed.text


def test_feed_lists_export_and_import_only_for_group_admins(world: World) -> None:
    chat = -4002
    say(world, chat, "hello", user=MEMBER)
    world.telegram.set_admins(chat, [ADMIN])
    for command in ("/feed export", "/feed import"):
        asked = say(world, chat, command, user=MEMBER)
        world.telegram.wait_for_bot_message(chat, after=asked, contains="only this group's admins", timeout=TIMEOUT)
    sent = world.telegram.push_document(chat, "feeds.opml", rss(items(1)).encode(), user_id=MEMBER,
                                        chat_type="supergroup")
    world.telegram.wait_for_bot_message(chat, after=sent, contains="only this group's admins", timeout=TIMEOUT)
    assert not world.telegram.calls("getFile"), "a member's file is not even downloaded"


def test_an_exported_feed_list_imported_elsewhere_follows_the_same_feeds_with_the_same_words(world: World) -> None:
    first, second = 4003, 4004
    urls = [world.pages.add(f"/trip-{n}.rss", rss(items(2), f"Trip {n}"), "application/rss+xml") for n in (1, 2)]
    for url, words in zip(urls, ("+garden -envoy +open", "")):
        asked = say(world, first, f"/feed add {url} {words}")
        world.telegram.wait_for_bot_message(first, after=asked, contains="Following", timeout=TIMEOUT)
    asked = say(world, first, "/feed export")
    exported = world.telegram.wait_for(
        lambda: next((m for m in world.telegram.bot_messages(first) if m.message_id > asked and m.document), None),
        timeout=TIMEOUT, what="the exported file")
    assert exported.document["file_name"].endswith(".opml") and "2 feeds" in exported.text
    data = world.telegram.file_bytes(exported.document["file_id"])

    sent = world.telegram.push_document(second, exported.document["file_name"], data)
    report = world.telegram.wait_for_bot_message(second, after=sent, contains="Imported", timeout=TIMEOUT)
    assert report.text.startswith("Imported 2 feeds.")

    def listing(chat: int) -> str:
        asked = say(world, chat, "/feed list")
        return world.telegram.wait_for_bot_message(chat, after=asked, contains="1. ", timeout=TIMEOUT).text

    assert listing(second) == listing(first)
    assert "[+garden +open -envoy]" in listing(second)
    again = say(world, second, "/feed import", reply_to_message_id=sent)
    report = world.telegram.wait_for_bot_message(second, after=again, contains="Imported", timeout=TIMEOUT)
    assert report.text == "Imported 0 feeds.\nSkipped 2 this chat already follows."


def test_hostile_or_huge_files_are_refused_with_a_message_and_the_bot_carries_on(world: World) -> None:
    chat = 4005
    sent = world.telegram.push_document(chat, "bomb.opml", BILLION_LAUGHS)
    refused = world.telegram.wait_for_bot_message(chat, after=sent, timeout=TIMEOUT)
    assert "entity bomb" in refused.text
    downloads = len(world.telegram.calls("getFile"))
    sent = world.telegram.push_document(chat, "huge.opml", b" " * (MAX_OPML_BYTES + 1))
    refused = world.telegram.wait_for_bot_message(chat, after=sent, timeout=TIMEOUT)
    assert "too large" in refused.text
    assert len(world.telegram.calls("getFile")) == downloads, "a file too large is refused before downloading it"
    asked = say(world, chat, "/feed import")
    world.telegram.wait_for_bot_message(chat, after=asked, contains="Reply /feed import to an .opml file",
                                        timeout=TIMEOUT)
    asked = say(world, chat, "/feed list")
    world.telegram.wait_for_bot_message(chat, after=asked, contains="follows no feeds", timeout=TIMEOUT)


def test_an_import_stops_at_the_feed_limit_and_says_what_it_did_with_each(world: World) -> None:
    chat = 4006
    own = world.pages.add("/limit-own.rss", rss(items(1), "Own"), "application/rss+xml")
    asked = say(world, chat, f"/feed add {own}")
    world.telegram.wait_for_bot_message(chat, after=asked, contains="Following", timeout=TIMEOUT)
    dead = world.pages.add("/limit-dead.rss", "gone", status=404)
    good = [world.pages.add(f"/limit-{n}.rss", rss(items(1), f"Limit {n}"), "application/rss+xml")
            for n in range(4)]
    outlines = "".join(f'<outline type="rss" text="x" xmlUrl="{url}"/>' for url in [own, dead, *good])
    sent = world.telegram.push_document(chat, "list.opml", f"<opml version='2.0'><body>{outlines}</body></opml>"
                                        .encode())
    report = world.telegram.wait_for_bot_message(chat, after=sent, contains="Imported", timeout=TIMEOUT)
    assert report.text.splitlines() == [
        "Imported 2 feeds.",
        "Skipped 1 this chat already follows.",
        f"Not added: 2 more, as this chat can follow at most {MAX_FEEDS} feeds.",
        "Failed: 1:",
        f"• {dead} – That page doesn't exist (the site says 404 Not Found). Check the link?",
    ]
    asked = say(world, chat, "/feed list")
    listed = world.telegram.wait_for_bot_message(chat, after=asked, contains="1. ", timeout=TIMEOUT)
    assert len(listed.text.splitlines()) == MAX_FEEDS


def test_a_closed_topic_sends_its_feed_to_general_with_one_note(world: World) -> None:
    chat, topic = -4007, 5
    say(world, chat, "hello", user=MEMBER)
    world.telegram.set_admins(chat, [ADMIN])
    feed = LiveFeed(items(2), "Closed News")
    url = world.pages.route("/closed.rss", feed)
    asked = say(world, chat, f"/feed add {url}", topic=topic)
    world.telegram.wait_for_bot_message(chat, after=asked, contains="Following", timeout=TIMEOUT)
    world.telegram.close_topic(chat, topic)
    feed.add(story(world, 11, "/garden"))
    post = world.telegram.wait_for_bot_message(chat, after=asked, contains=articles.GARDEN_TITLE, timeout=TIMEOUT)
    assert post.message_thread_id is None
    notes = [m for m in world.telegram.bot_messages(chat) if "closed or deleted" in m.text]
    assert len(notes) == 1 and notes[0].message_id < post.message_id
