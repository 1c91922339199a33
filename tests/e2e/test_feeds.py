"""Feeds end to end: follow, new articles posted exactly once (across a crash), digests, removal."""

from __future__ import annotations

import time
from collections.abc import Iterator
from datetime import datetime, timedelta, timezone
from pathlib import Path

import pytest

from bot.conversation import texts
from bot.errors import UnknownFeed
from tests.e2e import articles
from tests.e2e.conftest import World, start_again, start_world
from tests.support.feeds import Item, LiveFeed, items
from tests.support.pages import page
from tests.support.telegram_objects import bot_user, chat_member, now, user

POLL = "1"
TIMEOUT = 30
DIGEST_GRACE_SECONDS = 20
"""The digest job runs every poll (1 s here); reading two articles for it takes a few seconds."""


@pytest.fixture
def feed_world(tmp_path: Path) -> Iterator[World]:
    yield from start_world(tmp_path, FEED_POLL_INTERVAL_SECONDS=POLL, LEASE_SECONDS="3")


def follow(world: World, chat: int, feed: LiveFeed, path: str = "/news.rss", **push) -> int:
    url = world.pages.route(path, feed)
    asked = world.telegram.push_text(chat, f"/feed add {url}", **push)
    world.telegram.wait_for_bot_message(chat, after=asked, contains="Following", timeout=TIMEOUT)
    return asked


def new_item(world: World, number: int, path: str) -> Item:
    return Item(f"urn:new:{number}", f"New story {number}", world.pages.url(path), time.time())


def posts(world: World, chat: int, title: str) -> list:
    return [m for m in world.telegram.bot_messages(chat) if title in m.text]


def test_new_articles_are_posted_once_and_the_backlog_is_not(feed_world: World) -> None:
    chat = 301
    feed = LiveFeed(items(50))
    follow(feed_world, chat, feed)
    feed_world.telegram.wait_for(lambda: feed.requests >= 3, timeout=TIMEOUT, what="a few polls")
    assert not any("From Live News" in m.text for m in feed_world.telegram.bot_messages(chat)), \
        "a new subscription does not dump the feed's backlog"
    assert feed.not_modified >= 1, "unchanged feeds are asked for conditionally"

    feed.add(new_item(feed_world, 1, "/garden"), new_item(feed_world, 2, "/envoy"))
    feed_world.telegram.wait_for(lambda: posts(feed_world, chat, articles.ENVOY_TITLE)
                                 and posts(feed_world, chat, articles.GARDEN_TITLE),
                                 timeout=TIMEOUT, what="both new articles")
    seen = feed.requests
    feed_world.telegram.wait_for(lambda: feed.requests >= seen + 3, timeout=TIMEOUT, what="more polls")
    assert len(posts(feed_world, chat, articles.GARDEN_TITLE)) == 1
    assert len(posts(feed_world, chat, articles.ENVOY_TITLE)) == 1
    post = posts(feed_world, chat, articles.GARDEN_TITLE)[0]
    assert "From Live News" in post.text and "TL;DR" in post.text


def test_an_item_is_posted_exactly_once_across_a_crash_mid_post(feed_world: World) -> None:
    chat = 302
    feed = LiveFeed(items(3))
    follow(feed_world, chat, feed)
    started = []

    garden = page(articles.GARDEN)

    def slow_article(request) -> None:
        started.append(time.monotonic())
        time.sleep(2 if len(started) == 1 else 0)
        garden(request)

    feed_world.pages.route("/slow-garden", slow_article)
    feed.add(new_item(feed_world, 9, "/slow-garden"))
    feed_world.telegram.wait_for(lambda: started, timeout=TIMEOUT, what="the bot to start posting")
    feed_world.bot.kill()
    start_again(feed_world)
    feed_world.telegram.wait_for(lambda: posts(feed_world, chat, articles.GARDEN_TITLE), timeout=TIMEOUT,
                                 what="the item after the restart")
    seen = feed.requests
    feed_world.telegram.wait_for(lambda: feed.requests >= seen + 3, timeout=TIMEOUT, what="more polls")
    assert len(posts(feed_world, chat, articles.GARDEN_TITLE)) == 1


def test_group_feeds_change_only_by_admins_and_stop_when_the_bot_is_removed(feed_world: World) -> None:
    chat, admin, member = -3003, 601, 602
    feed_world.telegram.push_text(chat, "hi", user_id=member, chat_type="supergroup", title="News room")
    feed_world.telegram.set_admins(chat, [admin])
    feed = LiveFeed(items(2))
    url = feed_world.pages.route("/group.rss", feed)
    asked = feed_world.telegram.push_text(chat, f"/feed add {url}", user_id=member, chat_type="supergroup")
    feed_world.telegram.wait_for_bot_message(chat, after=asked, contains="only this group's admins")
    follow(feed_world, chat, feed, "/group.rss", user_id=admin, chat_type="supergroup")
    asked = feed_world.telegram.push_text(chat, "/feed list", user_id=member, chat_type="supergroup")
    feed_world.telegram.wait_for_bot_message(chat, after=asked, contains="1. Live News")

    feed_world.telegram.push_update({"my_chat_member": {
        "chat": {"id": chat, "type": "supergroup", "title": "News room"}, "from": user(admin), "date": now(),
        "old_chat_member": chat_member(bot_user(), "member"), "new_chat_member": chat_member(bot_user(), "left")}})
    seen = feed.requests
    feed.add(new_item(feed_world, 5, "/garden"))
    time.sleep(4)
    assert feed.requests <= seen + 1, "a chat's removal stops its subscriptions"
    assert not posts(feed_world, chat, articles.GARDEN_TITLE)


def test_a_feed_named_by_a_word_is_removed_by_its_address_or_told_apart(feed_world: World) -> None:
    chat = 305
    url = feed_world.pages.url("/words.rss")
    follow(feed_world, chat, LiveFeed(items(2)), "/words.rss")
    asked = feed_world.telegram.push_text(chat, "/feed remove abc")
    reply = feed_world.telegram.wait_for_bot_message(chat, after=asked, timeout=TIMEOUT)
    assert reply.text == str(UnknownFeed("abc")), f"/feed remove abc answered {reply.text!r}"
    assert "/feed list" in reply.text and texts.FEED_USAGE not in reply.text
    asked = feed_world.telegram.push_text(chat, f"/feed remove {url}/")
    feed_world.telegram.wait_for_bot_message(chat, after=asked, contains=texts.feed_removed("Live News"))
    asked = feed_world.telegram.push_text(chat, "/feed list")
    feed_world.telegram.wait_for_bot_message(chat, after=asked, contains=texts.NO_FEEDS)


def test_the_daily_digest_arrives_at_its_time(feed_world: World) -> None:
    chat = 304
    feed = LiveFeed(items(2))
    follow(feed_world, chat, feed)
    moment = datetime.now(timezone.utc)
    digest_at = (moment + timedelta(minutes=1 if moment.second < 45 else 2)).replace(second=0, microsecond=0)
    local = digest_at.astimezone(timezone(timedelta(hours=9)))
    asked = feed_world.telegram.push_text(chat, f"/feed digest {local:%H:%M} Asia/Tokyo")
    reply = feed_world.telegram.wait_for_bot_message(chat, after=asked, timeout=TIMEOUT)
    assert reply.text == texts.digest_set(f"{local:%H:%M}", "Asia/Tokyo"), f"/feed digest answered {reply.text!r}"
    feed.add(new_item(feed_world, 1, "/garden"), new_item(feed_world, 2, "/envoy"))
    due_in = (digest_at - datetime.now(timezone.utc)).total_seconds()
    digest = feed_world.telegram.wait_for(
        lambda: posts(feed_world, chat, "daily digest"), timeout=max(due_in, 0) + DIGEST_GRACE_SECONDS,
        what=f"the digest set for {local:%H:%M} Asia/Tokyo, i.e. {digest_at:%H:%M} UTC, due in {due_in:.0f} s; "
             f"not sent {DIGEST_GRACE_SECONDS} s after its time means it was scheduled in another time zone")[0]
    assert datetime.now(timezone.utc) >= digest_at
    assert "New story 1" in digest.text and "New story 2" in digest.text
    assert "rooftop garden" in digest.text, "each line carries the article's TL;DR"
    assert not posts(feed_world, chat, "From Live News"), "digest chats get no separate posts"


def test_a_feed_post_does_not_take_over_the_article_being_discussed(feed_world: World) -> None:
    chat = 305
    feed = LiveFeed(items(2))
    follow(feed_world, chat, feed)
    asked = feed_world.telegram.push_text(chat, feed_world.pages.url("/envoy"))
    feed_world.telegram.wait_for_bot_message(chat, after=asked, contains=articles.ENVOY_TITLE, timeout=TIMEOUT)
    feed.add(new_item(feed_world, 1, "/garden"))
    feed_world.telegram.wait_for(lambda: posts(feed_world, chat, articles.GARDEN_TITLE), timeout=TIMEOUT,
                                 what="the feed post")
    (post,) = posts(feed_world, chat, articles.GARDEN_TITLE)

    question = feed_world.telegram.push_text(chat, "Who is Sung Kim?")
    answer = feed_world.telegram.wait_for_bot_message(chat, after=question, timeout=TIMEOUT)
    assert "special representative" in answer.text, "a question is about the link the person sent"
    replied = feed_world.telegram.push_text(chat, "How many fruit trees were planted?",
                                            reply_to_message_id=post.message_id)
    answer = feed_world.telegram.wait_for_bot_message(chat, after=replied, timeout=TIMEOUT)
    assert "340 fruit trees" in answer.text, "a reply to the feed post is about its article"
    follow_up = feed_world.telegram.push_text(chat, "Who designed the garden?")
    answer = feed_world.telegram.wait_for_bot_message(chat, after=follow_up, timeout=TIMEOUT)
    assert "Lena Ortiz" in answer.text, "the article replied to is now the one being discussed"


def test_items_linking_nowhere_readable_are_announced_with_why_and_the_feed_goes_on(feed_world: World) -> None:
    """A feed item's link may be "javascript:", "file:" or the cloud metadata address: never read,
    never made a link in a post (Telegram refuses the post with it), each announced with its reason."""
    chat = 306
    feed = LiveFeed(items(2))
    follow(feed_world, chat, feed)
    odd = {"Scripted": "javascript:alert(1)", "Local file": "file:///etc/passwd",
           "Metadata": "http://169.254.169.254/latest/meta-data/"}
    feed.add(*(Item(f"urn:odd:{n}", title, link, time.time()) for n, (title, link) in enumerate(odd.items())),
             new_item(feed_world, 9, "/garden"))
    feed_world.telegram.wait_for(lambda: all(posts(feed_world, chat, title) for title in [*odd, articles.GARDEN_TITLE]),
                                 timeout=TIMEOUT, what="every new item announced")
    for title in ("Scripted", "Local file"):
        post = posts(feed_world, chat, title)[0]
        assert "no web link I can open" in post.text and "javascript:" not in post.source and "file:" not in post.source
    assert "private or internal network address" in posts(feed_world, chat, "Metadata")[0].text
    assert "TL;DR" in posts(feed_world, chat, articles.GARDEN_TITLE)[0].text
