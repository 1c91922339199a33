"""OPML feed lists: what readers export is read, what we write reads back, hostile files are refused."""

from __future__ import annotations

import pytest

from bot.errors import NotOpml, OpmlTooLarge, UnsafeOpml
from bot.feeds.opml import MAX_DEPTH, MAX_OPML_BYTES, OpmlFeed, read_opml, write_opml

READER_EXPORT = b"""<?xml version="1.0" encoding="UTF-8"?>
<opml version="1.0">
  <head><title>Subscriptions from a reader</title></head>
  <body>
    <outline text="Tech" title="Tech">
      <outline type="rss" text="Ars" title="Ars Technica" xmlUrl="https://feeds.arstechnica.com/arstechnica/index"
               htmlUrl="https://arstechnica.com"/>
      <outline text="Deeper">
        <outline type="rss" text="LWN" xmlUrl=" https://lwn.net/headlines/rss "/>
      </outline>
    </outline>
    <outline type="rss" text="Ars again" xmlUrl="https://feeds.arstechnica.com/arstechnica/index"/>
    <outline text="A folder with no feeds"/>
  </body>
</opml>"""


def test_a_readers_export_gives_every_feed_in_folders_once_in_order() -> None:
    assert read_opml(READER_EXPORT) == [
        OpmlFeed("https://feeds.arstechnica.com/arstechnica/index", "Ars Technica"),
        OpmlFeed("https://lwn.net/headlines/rss", "LWN"),
    ]


def test_what_we_write_reads_back_with_words_phrases_topics_and_markup_in_titles() -> None:
    feeds = [
        OpmlFeed("https://example.com/a.rss?x=1&y=2", 'Tom & Jerry <"news">', ("ai", "open source"), ("crypto",), 77),
        OpmlFeed("https://example.com/b.atom", "Zürich Zeitung", (), ("sport", "weather")),
        OpmlFeed("https://example.com/c.xml"),
    ]
    written = write_opml(feeds, "Feeds followed in Readers & Co")
    assert written.startswith(b"<?xml version='1.0' encoding='utf-8'?>")
    assert read_opml(written) == [
        feeds[0], feeds[1], OpmlFeed("https://example.com/c.xml", "https://example.com/c.xml"),
    ]


def test_odd_topic_values_are_ignored_rather_than_trusted() -> None:
    body = "".join(f'<outline xmlUrl="https://e.com/{n}" telegramTopic="{value}"/>'
                   for n, value in enumerate(["-3", "abc", "0", "99999999999999999999", "²", "7" * 5000, "12"]))
    feeds = read_opml(f"<opml><body>{body}</body></opml>".encode())
    assert [feed.topic for feed in feeds] == [None, None, None, None, None, None, 12]


BILLION_LAUGHS = b"""<?xml version="1.0"?>
<!DOCTYPE lolz [
 <!ENTITY lol "lol">
 <!ENTITY lol1 "&lol;&lol;&lol;&lol;&lol;&lol;&lol;&lol;&lol;&lol;">
 <!ENTITY lol2 "&lol1;&lol1;&lol1;&lol1;&lol1;&lol1;&lol1;&lol1;&lol1;&lol1;">
 <!ENTITY lol3 "&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;">
 <!ENTITY lol9 "&lol3;&lol3;&lol3;&lol3;&lol3;&lol3;&lol3;&lol3;&lol3;&lol3;">
]>
<opml version="2.0"><body><outline text="&lol9;" xmlUrl="https://example.com/&lol9;"/></body></opml>"""

EXTERNAL_ENTITY = b"""<?xml version="1.0"?>
<!DOCTYPE opml [<!ENTITY secret SYSTEM "file:///etc/passwd">]>
<opml version="2.0"><body><outline text="&secret;" xmlUrl="https://example.com/feed"/></body></opml>"""

EXTERNAL_DTD = b"""<?xml version="1.0"?>
<!DOCTYPE opml SYSTEM "http://127.0.0.1:9/evil.dtd">
<opml version="2.0"><body><outline xmlUrl="https://example.com/feed"/></body></opml>"""


@pytest.mark.parametrize("data", [BILLION_LAUGHS, EXTERNAL_ENTITY], ids=["entity bomb", "external entity"])
def test_entity_declarations_are_refused_before_anything_expands(data: bytes) -> None:
    with pytest.raises(UnsafeOpml) as refused:
        read_opml(data)
    assert "entity bomb" in str(refused.value)


def test_an_external_dtd_is_never_fetched() -> None:
    """Port 9 (discard) would hang or refuse; the file is read, or refused, without any fetch."""
    try:
        feeds = read_opml(EXTERNAL_DTD)
    except UnsafeOpml:
        return
    assert feeds == [OpmlFeed("https://example.com/feed", "")]


def test_deep_nesting_is_refused() -> None:
    deep = b"<opml><body>" + b"<outline>" * (MAX_DEPTH * 100) + b"</outline>" * (MAX_DEPTH * 100) + b"</body></opml>"
    with pytest.raises(NotOpml):
        read_opml(deep)
    fine = b"<opml><body>" + b"<outline>" * (MAX_DEPTH - 3) + b'<outline xmlUrl="https://e.com/f"/>' \
        + b"</outline>" * (MAX_DEPTH - 3) + b"</body></opml>"
    assert [feed.url for feed in read_opml(fine)] == ["https://e.com/f"]


def test_a_huge_file_is_refused_without_parsing() -> None:
    huge = b"<opml><body>" + b'<outline xmlUrl="https://e.com/f"/>' * (MAX_OPML_BYTES // 30) + b"</body></opml>"
    with pytest.raises(OpmlTooLarge) as refused:
        read_opml(huge)
    assert "too large" in str(refused.value)


@pytest.mark.parametrize("data", [
    b"", b"not xml at all", b"<opml><body><outline xmlUrl='x'></body>", b"\xff\xfe\x00garbage",
    b'<rss version="2.0"><channel><title>A feed, not a list</title></channel></rss>',
], ids=["empty", "text", "unclosed", "binary", "rss"])
def test_what_is_not_an_opml_file_is_refused_with_a_message(data: bytes) -> None:
    with pytest.raises(NotOpml) as refused:
        read_opml(data)
    assert "OPML" in str(refused.value)
