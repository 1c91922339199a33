"""Following feeds end to end: real HTTP on 127.0.0.1, a real SQLite file, a hand-moved clock."""

from __future__ import annotations

from datetime import datetime
from zoneinfo import ZoneInfo

import pytest
from sqlalchemy import select

from bot.feeds.service import MAX_BACKOFF_SECONDS, FeedService
from bot.errors import AlreadyFollowing, BadDigestTime, NoSuchFeed, TooManyFeeds
from bot.store.feeds import FEED_PAUSED, ITEM, feeds
from tests.support.feeds import Item, LiveFeed, items, rss

INTERVAL = 900


async def follow(service: FeedService, pages_server, feed: LiveFeed, chat_id: int = 1,
                 path: str = "/feed.xml", **filters) -> str:
    url = pages_server.route(path, feed)
    await service.add(chat_id, url, **filters)
    return url


async def posted(service: FeedService) -> list[str]:
    """Claim every post allowed now, mark each sent, and return their titles."""
    titles = []
    for delivery in await service.claim_deliveries(limit=1000):
        titles.append(delivery.title)
        await service.mark_sent(delivery.id)
    return titles


async def test_following_a_feed_with_a_backlog_posts_only_what_comes_next(
    service, pages_server, clock,
) -> None:
    feed = LiveFeed(items(50))
    await follow(service, pages_server, feed)
    assert await posted(service) == []

    feed.add(*items(2, start=50))
    report = await service.poll_due(clock.advance(INTERVAL))
    assert (report.new_items, report.deliveries) == (2, 2)
    deliveries = await service.claim_deliveries()
    assert [d.title for d in deliveries] == ["Story 50 about news", "Story 51 about news"]
    assert {d.kind for d in deliveries} == {ITEM}
    assert deliveries[0].feed_title == "Live News"
    assert deliveries[0].link == "https://example.com/story/50"


async def test_a_second_chat_gets_no_backlog_and_the_first_loses_nothing(
    service, pages_server, clock,
) -> None:
    feed = LiveFeed(items(5))
    url = await follow(service, pages_server, feed, chat_id=1)
    feed.add(*items(1, start=5))  # the second chat's add() sees it first
    await service.add(2, url)
    deliveries = await service.claim_deliveries()
    assert [(d.chat_id, d.title) for d in deliveries] == [(1, "Story 5 about news")]


async def test_a_feed_changing_between_polls_posts_each_new_item_once(service, pages_server, clock) -> None:
    feed = LiveFeed(items(3))
    await follow(service, pages_server, feed)
    feed.add(*items(1, start=3))
    await service.poll_due(clock.advance(INTERVAL))
    feed.entries = items(4, start=2)  # stories 4 and 5 are new, 2 and 3 stay, 0 and 1 drop out
    await service.poll_due(clock.advance(INTERVAL))
    assert await posted(service) == ["Story 3 about news", "Story 4 about news", "Story 5 about news"]
    await service.poll_due(clock.advance(INTERVAL))
    assert await posted(service) == []


async def test_unchanged_feeds_are_asked_conditionally_and_answer_304(service, pages_server, clock) -> None:
    feed = LiveFeed(items(3))
    await follow(service, pages_server, feed)
    report = await service.poll_due(clock.advance(INTERVAL))
    assert (report.polled, report.unchanged, report.new_items) == (1, 1, 0)
    assert feed.not_modified == 1
    sent = [r for r in pages_server.requests if r.path == "/feed.xml"][-1].headers
    assert sent["if-none-match"].startswith('"') and "if-modified-since" in sent

    feed.add(*items(1, start=3))
    report = await service.poll_due(clock.advance(INTERVAL))
    assert (report.unchanged, report.new_items) == (0, 1)


async def test_feeds_are_polled_only_when_due(service, pages_server, clock) -> None:
    feed = LiveFeed(items(1))
    await follow(service, pages_server, feed)
    assert (await service.poll_due(clock.advance(INTERVAL - 1))).polled == 0
    assert (await service.poll_due(clock.advance(1))).polled == 1
    assert feed.requests == 2


async def test_filters_choose_what_a_chat_gets(service, pages_server, clock) -> None:
    feed = LiveFeed([])
    await follow(service, pages_server, feed, include=["Python"], exclude=["snake"])
    feed.add(Item("a", "Python 3.14 is out", "https://e.com/a", 1.0),
             Item("b", "Rust news", "https://e.com/b", 2.0),
             Item("c", "Pythons", "https://e.com/c", 3.0, "a snake story about python"))
    await service.poll_due(clock.advance(INTERVAL))
    assert await posted(service) == ["Python 3.14 is out"]

    subscription = await service.set_filters(1, 1, include=["rust"])
    assert subscription.filter.include == ("rust",)
    feed.add(Item("d", "More Rust", "https://e.com/d", 4.0), Item("e", "Python again", "https://e.com/e", 5.0))
    await service.poll_due(clock.advance(INTERVAL))
    assert await posted(service) == ["More Rust"]


async def next_poll_at(service: FeedService) -> float:
    async with service.store.engine.connect() as conn:
        return (await conn.execute(select(feeds.c.next_poll_at))).scalar_one()


async def test_a_failing_feed_backs_off_then_is_paused_with_one_notice_per_chat(
    service, pages_server, clock,
) -> None:
    feed = LiveFeed(items(2))
    url = await follow(service, pages_server, feed, chat_id=1)
    await service.add(2, url)
    feed.status = 500
    first_failure = clock.advance(INTERVAL)
    report = await service.poll_due(first_failure)
    delays = []
    while not report.paused:
        assert report.failed == 1 and report.errors == {"DeadLink": 1}
        due = await next_poll_at(service)
        delays.append(due - clock.now)
        assert (await service.poll_due(due - 1)).polled == 0
        clock.now = due
        report = await service.poll_due(due)
    assert delays[:4] == [2 * INTERVAL, 4 * INTERVAL, 8 * INTERVAL, 16 * INTERVAL]
    assert max(delays) == MAX_BACKOFF_SECONDS == delays[-1]
    assert 3 * 86400 <= clock.now - first_failure < 3 * 86400 + MAX_BACKOFF_SECONDS

    notices = await service.claim_deliveries()
    assert sorted((d.chat_id, d.kind) for d in notices) == [(1, FEED_PAUSED), (2, FEED_PAUSED)]
    assert notices[0].feed_url == url
    for notice in notices:
        await service.mark_sent(notice.id)
    assert [s.paused for s in await service.list(1)] == [True]

    requests = feed.requests
    assert (await service.poll_due(clock.advance(30 * 86400))).polled == 0
    assert feed.requests == requests
    assert await service.claim_deliveries() == []

    feed.status = 200
    resumed = await service.add(1, url)
    assert not resumed.paused
    assert (await service.poll_due(clock.advance(INTERVAL))).polled == 1


async def test_a_feed_that_recovers_starts_over_at_the_normal_interval(service, pages_server, clock) -> None:
    feed = LiveFeed(items(1))
    await follow(service, pages_server, feed)
    feed.status = 503
    await service.poll_due(clock.advance(INTERVAL))
    feed.status = 200
    clock.now = await next_poll_at(service)
    feed.add(*items(1, start=1))
    report = await service.poll_due(clock.now)
    assert (report.failed, report.new_items) == (0, 1)
    assert await next_poll_at(service) == clock.now + INTERVAL


async def test_posts_per_chat_per_hour_are_capped_and_the_rest_wait(service, pages_server, clock) -> None:
    busy, quiet = LiveFeed([]), LiveFeed([])
    await follow(service, pages_server, busy, chat_id=1, path="/busy.xml")
    await follow(service, pages_server, quiet, chat_id=2, path="/quiet.xml")
    busy.add(*items(25, start=100))
    quiet.add(*items(2, start=200))
    await service.poll_due(clock.advance(INTERVAL))
    first = await service.claim_deliveries(limit=1000)
    assert sum(d.chat_id == 1 for d in first) == 20
    assert sum(d.chat_id == 2 for d in first) == 2
    for delivery in first:
        await service.mark_sent(delivery.id)
    clock.advance(1800)
    assert await service.claim_deliveries() == []
    clock.advance(1801)
    later = await service.claim_deliveries()
    assert [d.title for d in later] == [f"Story {n} about news" for n in range(120, 125)]


async def test_a_released_post_is_claimed_again_and_a_skipped_one_never(service, pages_server, clock) -> None:
    feed = LiveFeed([])
    await follow(service, pages_server, feed)
    feed.add(*items(2))
    await service.poll_due(clock.advance(INTERVAL))
    first, second = await service.claim_deliveries()
    await service.release(first.id)
    await service.mark_skipped(second.id)
    assert [d.id for d in await service.claim_deliveries()] == [first.id]


async def test_a_digest_comes_at_the_chats_local_time(service, pages_server, clock) -> None:
    tokyo = ZoneInfo("Asia/Tokyo")
    clock.now = datetime(2025, 3, 10, 9, 0, tzinfo=tokyo).timestamp()
    feed = LiveFeed(items(1))
    await follow(service, pages_server, feed)
    await service.set_digest(1, "8:00", "Asia/Tokyo")
    feed.add(*items(3, start=1))
    await service.poll_due(clock.advance(INTERVAL))

    assert await service.claim_deliveries() == []  # digest posts never go out one by one
    before = datetime(2025, 3, 11, 7, 59, tzinfo=tokyo).timestamp()
    assert await service.due_digests(before) == []
    at_eight = datetime(2025, 3, 11, 8, 0, tzinfo=tokyo).timestamp()  # 23:00 UTC the day before
    (digest,) = await service.due_digests(at_eight)
    assert digest.chat_id == 1 and digest.scheduled_at == at_eight
    assert [d.title for d in digest.deliveries] == [f"Story {n} about news" for n in (1, 2, 3)]
    await service.mark_digest_sent(digest)
    assert await service.due_digests(at_eight + 60) == []


async def test_posts_made_after_digest_time_wait_for_the_next_digest(service, pages_server, clock) -> None:
    berlin = ZoneInfo("Europe/Berlin")
    clock.now = datetime(2025, 6, 1, 18, 0, tzinfo=berlin).timestamp()
    feed = LiveFeed([])
    await follow(service, pages_server, feed)
    await service.set_digest(1, "18:30", "Europe/Berlin")
    clock.now = datetime(2025, 6, 1, 18, 45, tzinfo=berlin).timestamp()
    feed.add(*items(1))
    await service.poll_due(clock.now)
    assert await service.due_digests(clock.advance(3600)) == []
    next_day = datetime(2025, 6, 2, 18, 30, tzinfo=berlin).timestamp()
    assert len((await service.due_digests(next_day))[0].deliveries) == 1


async def test_turning_the_digest_off_posts_what_was_waiting(service, pages_server, clock) -> None:
    feed = LiveFeed([])
    await follow(service, pages_server, feed)
    await service.set_digest(1, "07:00", "UTC")
    feed.add(*items(2))
    await service.poll_due(clock.advance(INTERVAL))
    assert await service.claim_deliveries() == []
    await service.set_digest(1, None)
    assert len(await service.claim_deliveries()) == 2


@pytest.mark.parametrize("at, tz", [("25:00", "UTC"), ("8h", "UTC"), ("08:00", "Mars/Olympus")])
async def test_a_bad_digest_time_or_zone_is_refused(service, at, tz) -> None:
    with pytest.raises(BadDigestTime):
        await service.set_digest(1, at, tz)


async def test_list_and_remove_by_number(service, pages_server, clock) -> None:
    first, second = LiveFeed(items(1), "First"), LiveFeed(items(1), "Second")
    await follow(service, pages_server, first, path="/1.xml")
    await follow(service, pages_server, second, path="/2.xml")
    assert [s.feed_title for s in await service.list(1)] == ["First", "Second"]
    removed = await service.remove(1, 1)
    assert removed.feed_title == "First"
    assert [s.feed_title for s in await service.list(1)] == ["Second"]
    with pytest.raises(NoSuchFeed):
        await service.remove(1, 2)
    first.add(*items(1, start=9))
    assert (await service.poll_due(clock.advance(INTERVAL))).polled == 1  # only the followed one


async def test_a_chat_may_follow_a_feed_once_and_only_so_many_feeds(service, pages_server) -> None:
    urls = [pages_server.add(f"/{n}.xml", rss(items(1)), "application/rss+xml") for n in range(4)]
    for url in urls[:3]:
        await service.add(1, url)
    with pytest.raises(AlreadyFollowing):
        await service.add(1, urls[0])
    with pytest.raises(TooManyFeeds) as caught:
        await service.add(1, urls[3])
    assert "3" in str(caught.value)
    assert len(await service.list(1)) == 3


async def test_stop_chat_ends_its_subscriptions_and_waiting_posts(service, pages_server, clock) -> None:
    feed = LiveFeed(items(1))
    await follow(service, pages_server, feed, chat_id=1)
    feed.add(*items(2, start=1))
    await service.poll_due(clock.advance(INTERVAL))
    await service.stop_chat(1)
    assert await service.list(1) == []
    assert await service.claim_deliveries() == []
    requests = feed.requests
    assert (await service.poll_due(clock.advance(INTERVAL))).polled == 0
    assert feed.requests == requests


async def test_a_group_becoming_a_supergroup_keeps_feeds_posts_and_digest(service, pages_server, clock) -> None:
    feed = LiveFeed(items(1))
    url = await follow(service, pages_server, feed, chat_id=-100)
    await service.set_digest(-100, "09:00", "Europe/Paris")
    feed.add(*items(1, start=1))
    await service.poll_due(clock.advance(INTERVAL))
    await service.migrate_chat(-100, -100_200)
    assert await service.list(-100) == []
    assert [s.feed_url for s in await service.list(-100_200)] == [url]
    (digest,) = await service.due_digests(clock.advance(86400))
    assert digest.chat_id == -100_200 and len(digest.deliveries) == 1


async def test_a_restart_keeps_waiting_posts_and_posts_nothing_twice(
    service_factory, pages_server, clock, settings,
) -> None:
    before = await service_factory()
    feed = LiveFeed(items(2))
    await follow(before, pages_server, feed)
    feed.add(*items(3, start=2))
    await before.poll_due(clock.advance(INTERVAL))
    in_flight = await before.claim_deliveries(limit=2)
    await before.mark_sent(in_flight[0].id)
    # The process dies here: in_flight[1] was handed to Telegram but never marked sent.

    after = await service_factory()
    (waiting,) = await after.claim_deliveries()
    assert waiting.title == "Story 4 about news", \
        "a post the other instance may still be sending is left to it while its lease runs"
    await after.mark_sent(waiting.id)
    clock.advance(settings.LEASE_SECONDS + 1)
    (taken_over,) = await after.claim_deliveries()
    assert taken_over.title == "Story 3 about news"
    await after.mark_sent(taken_over.id)
    await after.poll_due(clock.advance(INTERVAL))
    assert await after.claim_deliveries() == []
    counts = await after.store.counts()
    assert counts["sent"] == 3 and "pending" not in counts and "sending" not in counts


async def test_two_instances_reading_the_same_waiting_posts_post_each_once_within_the_allowance(
    service_factory, pages_server, clock, settings,
) -> None:
    one, two = await service_factory(), await service_factory()
    feed = LiveFeed([])
    await follow(one, pages_server, feed)
    feed.add(*items(25))
    await one.poll_due(clock.advance(INTERVAL))
    seen_by_one, seen_by_two = await one.waiting_deliveries(), await two.waiting_deliveries()
    assert len(seen_by_one) == len(seen_by_two) == settings.MAX_FEED_POSTS_PER_CHAT_PER_HOUR
    clock.advance(settings.LEASE_SECONDS * 10)  # reading the articles took long: no claim expires meanwhile
    taken = [d.id for d in seen_by_one if await one.claim(d)]
    taken += [d.id for d in seen_by_two if await two.claim(d)]
    assert sorted(taken) == sorted(d.id for d in seen_by_one), "each post is claimed by one instance"
    for delivery_id in taken:
        await one.mark_sent(delivery_id)
    late = await two.waiting_deliveries()
    assert late == [], "the hourly allowance is used up"
    assert not [d for d in seen_by_two if await two.claim(d)]

