"""Reading feeds: every format, guids that stay put, newest first, nothing but the body is read."""

from __future__ import annotations

import time

import pytest

from bot.errors import FeedTooLarge
from bot.feeds.parse import MAX_ENTRIES, parse_feed
from tests.support.feeds import BASE_TIME, atom, items, rss, rss1

FEED_URL = "https://example.com/feed.xml"


def test_rss2_entries_come_newest_first_with_guid_link_and_date() -> None:
    shuffled = [items(3)[1], items(3)[2], items(3)[0]]
    feed = parse_feed(rss(shuffled, title="Daily &amp; News"), FEED_URL)
    assert feed.is_feed and feed.version == "rss20"
    assert feed.title == "Daily & News"
    assert [e.guid for e in feed.entries] == ["urn:item:2", "urn:item:1", "urn:item:0"]
    assert feed.entries[0].link == "https://example.com/story/2"
    assert feed.entries[0].published == BASE_TIME + 2 * 3600
    assert feed.entries[0].summary == "Summary of story 2."


def test_atom_and_rss1_are_feeds_too() -> None:
    entries = items(2)
    parsed_atom = parse_feed(atom(entries), FEED_URL)
    parsed_rdf = parse_feed(rss1(entries), FEED_URL)
    assert parsed_atom.version == "atom10"
    assert [e.title for e in parsed_atom.entries] == ["Story 1 about news", "Story 0 about news"]
    assert parsed_rdf.version == "rss10"
    # RSS 1.0 items have no guid: the link stands in for it.
    assert {e.guid for e in parsed_rdf.entries} == {e.link for e in entries}


def test_relative_links_are_resolved_against_the_feed_address() -> None:
    body = ('<rss version="2.0"><channel><title>t</title><item><title>A</title>'
            "<link>/posts/a</link></item></channel></rss>")
    assert parse_feed(body, FEED_URL).entries[0].link == "https://example.com/posts/a"


def test_an_entry_without_id_or_link_keeps_the_same_guid_between_fetches() -> None:
    def body(title: str) -> str:
        return ('<rss version="2.0"><channel><title>t</title><item>'
                f"<title>{title}</title><pubDate>Mon, 06 Jan 2025 10:00:00 GMT</pubDate>"
                "</item></channel></rss>")

    first = parse_feed(body("Only a title"), FEED_URL).entries[0].guid
    again = parse_feed(body("Only a title"), FEED_URL).entries[0].guid
    other = parse_feed(body("Another title"), FEED_URL).entries[0].guid
    assert first == again != other


def test_html_in_titles_becomes_plain_text() -> None:
    body = ('<feed xmlns="http://www.w3.org/2005/Atom"><title>t</title><entry><id>1</id>'
            '<title type="html">&lt;b&gt;Bold&lt;/b&gt; move &amp;amp; more</title></entry></feed>')
    assert parse_feed(body, FEED_URL).entries[0].title == "Bold move & more"


def test_a_web_page_is_not_a_feed() -> None:
    page = "<!doctype html><html><head><title>Home</title></head><body><p>Hi</p></body></html>"
    assert not parse_feed(page, FEED_URL).is_feed


def test_a_body_naming_a_local_file_is_not_read_as_that_file(tmp_path) -> None:
    secret = tmp_path / "secret.xml"
    secret.write_text(rss(items(1)))
    assert parse_feed(str(secret), FEED_URL).entries == ()


def test_an_item_link_that_is_no_web_address_is_dropped_but_the_item_kept() -> None:
    links = ["javascript:alert(1)", "file:///etc/passwd", "data:text/html,hi", "https://example.com/ok"]
    body = ('<rss version="2.0"><channel><title>t</title>'
            + "".join(f"<item><title>{n}</title><link>{link}</link></item>" for n, link in enumerate(links))
            + "</channel></rss>")

    entries = parse_feed(body, FEED_URL).entries

    assert [(e.title, e.link) for e in entries] == [("0", None), ("1", None), ("2", None), ("3", "https://example.com/ok")]
    assert len({e.guid for e in entries}) == 4


def test_a_feed_of_sixty_thousand_items_is_read_in_seconds_from_its_newest() -> None:
    """feedparser took 28 s over all of them; only the first MAX_FEED_TAGS tags are read now."""
    body = rss(items(60_000))
    started = time.process_time()

    feed = parse_feed(body, FEED_URL)

    assert time.process_time() - started < 8
    assert feed.is_feed and len(feed.entries) == MAX_ENTRIES
    assert feed.entries[0].guid == "urn:item:59999"


def test_a_long_feed_listing_its_oldest_item_first_still_shows_its_newest() -> None:
    body = rss(items(60_000)[::-1])

    feed = parse_feed(body, FEED_URL)

    assert feed.entries[0].guid == "urn:item:59999"


def test_a_feed_whose_first_item_holds_a_million_elements_is_refused_at_once() -> None:
    body = rss(items(1)).replace("</item>", "<a/>" * 1_000_000 + "</item>")
    started = time.process_time()

    with pytest.raises(FeedTooLarge):
        parse_feed(body, FEED_URL)

    assert time.process_time() - started < 2
