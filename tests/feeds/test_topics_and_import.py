"""Feeds in forum topics and feed lists imported from OPML, over a real database and loopback HTTP."""

from __future__ import annotations

from bot.feeds.opml import OpmlFeed
from bot.feeds.service import FeedService
from tests.feeds.test_service import INTERVAL, follow
from tests.support.feeds import LiveFeed, items, rss

FORUM = -100_500


async def test_posts_carry_their_feeds_topic_until_the_topic_is_gone(service: FeedService, pages_server,
                                                                     clock) -> None:
    in_topic, in_general = LiveFeed(items(1), "Topic News"), LiveFeed(items(1), "General News")
    await follow(service, pages_server, in_topic, FORUM, "/t.xml", message_thread_id=77)
    await follow(service, pages_server, in_general, FORUM, "/g.xml")
    assert [s.message_thread_id for s in await service.list(FORUM)] == [77, None]
    in_topic.add(*items(1, start=5))
    in_general.add(*items(1, start=6))
    await service.poll_due(clock.advance(INTERVAL))
    deliveries = await service.claim_deliveries()
    assert {(d.feed_title, d.message_thread_id) for d in deliveries} == {("Topic News", 77), ("General News", None)}
    for delivery in deliveries:
        await service.mark_sent(delivery.id)

    assert await service.leave_topic(FORUM, 77) is True, "the first post to find the topic gone tells the chat"
    assert await service.leave_topic(FORUM, 77) is False, "later ones do not"
    assert [s.message_thread_id for s in await service.list(FORUM)] == [None, None]
    in_topic.add(*items(1, start=7))
    await service.poll_due(clock.advance(INTERVAL))
    assert [d.message_thread_id for d in await service.claim_deliveries()] == [None]


async def test_import_adds_new_feeds_with_their_words_skips_known_ones_and_reports_failures(
    service: FeedService, pages_server,
) -> None:
    known = await follow(service, pages_server, LiveFeed(items(1), "Known"), 1, "/known.xml")
    new = pages_server.add("/new.xml", rss(items(1), "New"), "application/rss+xml")
    dead = pages_server.add("/dead.xml", "gone", status=404)
    report = await service.import_feeds(1, [
        OpmlFeed(known), OpmlFeed(new, include=("ai",), exclude=("crypto",), topic=9), OpmlFeed(dead)])
    assert (report.added, report.duplicates, report.over_limit) == (1, 1, 0)
    assert [(url, "404" in why) for url, why in report.failed] == [(dead, True)]
    imported = (await service.list(1))[-1]
    assert (imported.feed_url, imported.filter.include, imported.filter.exclude) == (new, ("ai",), ("crypto",))
    assert imported.message_thread_id is None, "topic ids from a file mean nothing outside a forum"


async def test_import_stops_at_the_chats_feed_limit_and_counts_the_rest(service: FeedService, pages_server) -> None:
    """The test settings allow 3 feeds per chat; the chat follows 1 already."""
    await follow(service, pages_server, LiveFeed(items(1)), FORUM, "/own.xml")
    urls = [pages_server.add(f"/{n}.xml", rss(items(1), f"Feed {n}"), "application/rss+xml") for n in range(5)]
    report = await service.import_feeds(FORUM, [OpmlFeed(url, topic=4) for url in urls], message_thread_id=8,
                                        forum=True)
    assert (report.added, report.duplicates, report.failed, report.over_limit, report.limit) == (2, 0, [], 3, 3)
    assert report.not_tried == 0
    assert [s.message_thread_id for s in await service.list(FORUM)] == [None, 4, 4]


async def test_a_list_of_dead_links_is_given_up_after_as_many_failures_as_feeds_allowed(
    service: FeedService, pages_server,
) -> None:
    dead = pages_server.add("/dead.xml", "gone", status=404)
    report = await service.import_feeds(1, [OpmlFeed(f"{dead}?n={n}") for n in range(10)])
    assert (report.added, len(report.failed), report.not_tried) == (0, 3, 7)
