"""Servers that misbehave, met through the real bot: each gets its own clear answer in time.

The bot runs with private addresses allowed (the page server is on 127.0.0.1) and with the small
limits of `LIMITS` (3 s per fetch, 1 MB per page), so every attack here ends within seconds.
After each one the bot must still answer an ordinary message.
"""

from __future__ import annotations

import gzip
import random
import time

import pytest

from bot.errors import APOLOGY, FeedTooLarge, NotAnArticle
from tests.e2e import articles
from tests.e2e.conftest import World
from tests.support.feeds import items, rss
from tests.hostile.conftest import LIMITS, exchange, still_answers
from tests.support.pages import Handler, PageRequest, endless, gzipped, page, raw, redirect, trickle

FETCH_SECONDS = float(LIMITS["FETCH_TOTAL_TIMEOUT_SECONDS"])
MAX_BYTES = int(LIMITS["FETCH_MAX_BYTES"])
TOO_SLOW = "took too long"
TOO_LARGE = "too large"
BROKEN = "broken answer"
GARDEN_BYTES = articles.GARDEN.encode("utf-8")


def bomb() -> bytes:
    """50 MB of spaces gzipped into about 50 kB."""
    return gzip.compress(b" " * 50_000_000, compresslevel=9)


def binary() -> bytes:
    return random.Random(6).randbytes(20_000)


def nested(depth: int) -> str:
    inner = articles.GARDEN.split("<article>", 1)[1].split("</article>", 1)[0]
    return ("<html><head><title>Deep</title></head><body>" + "<div>" * depth + inner
            + "</div>" * depth + "</body></html>")


def endless_header(request: PageRequest) -> None:
    """A status line, then a header that never ends, one byte a second."""
    request.wfile.write(b"HTTP/1.1 200 OK\r\nX-Slow: ")
    while not request.stopping.wait(1.0):
        request.wfile.write(b"a")
        request.wfile.flush()


MALFORMED = (
    articles.GARDEN.replace("</p>", "", 3).replace("<p>", "<p <p class='x' =\"\">", 2)
    .replace("</article>", "</div></span></table></article>") + "<p><b><i>unclosed <a href='x"
)


REFUSALS: dict[str, tuple[Handler, str]] = {
    "endless body": (endless(), TOO_LARGE),
    "endless body, slowly": (endless(pause=0.2), TOO_SLOW),
    "one byte a second": (trickle(articles.GARDEN, interval=1.0), TOO_SLOW),
    "gzip bomb": (page(bomb(), headers={"Content-Encoding": "gzip"}), TOO_LARGE),
    # Never decoded, so any bytes do: the bot did not offer brotli and must refuse the coding.
    "brotli": (page(b"\x1b\x03\x00\xf8\x8d\x94nb\xe8\x18", headers={"Content-Encoding": "br"}),
               "compressed format I can't read"),
    "zstd": (page(b"(\xb5/\xfd\x00X\x11\x00\x00hi", headers={"Content-Encoding": "zstd"}),
             "compressed format I can't read"),
    "50 MB declared": (page(b"<p>" + b"x" * 50_000_000), TOO_LARGE),
    "50 MB, length not given": (page(b"<p>" + b"x" * 50_000_000, sized=False), TOO_LARGE),
    "a 20-digit length": (raw(b"HTTP/1.1 200 OK\r\nContent-Type: text/html\r\n"
                              b"Content-Length: 99999999999999999999\r\n\r\n" + GARDEN_BYTES), TOO_LARGE),
    "redirect loop": (redirect("/hostile/redirect-loop"), "redirects too many times"),
    "a PDF": (page(b"%PDF-1.7\n" + b"\x00" * 2000, content_type="application/pdf"), "couldn't open that PDF"),
    "an article labelled as an image": (page(articles.GARDEN, content_type="image/png"), "it's image/png"),
    "binary data served as HTML": (page(binary()), "it's binary data"),
    "binary data with no type": (page(binary(), content_type=None), "it's binary data"),
    "server error": (page("<h1>oops</h1>", status=503), "having trouble right now (error 503)"),
    "no headers ever": (raw(b"", hold=True), TOO_SLOW),
    "a header line one byte a second": (endless_header, TOO_SLOW),
    "status 199, then nothing": (raw(b"HTTP/1.1 199 Odd\r\nContent-Length: 5\r\n\r\nhello", hold=True), TOO_SLOW),
    "status 199, then hangs up": (raw(b"HTTP/1.1 199 Odd\r\nContent-Length: 5\r\n\r\nhello"), BROKEN),
    "100 Continue, then hangs up": (raw(b"HTTP/1.1 100 Continue\r\n\r\n"), BROKEN),
    "half a head, then hangs up": (raw(b"HTTP/1.1 200 OK\r\nContent-"), BROKEN),
    "status 999": (raw(b"HTTP/1.1 999 Odd\r\nContent-Length: 0\r\n\r\n"), BROKEN),
    "switching protocols unasked": (raw(b"HTTP/1.1 101 Switching Protocols\r\nUpgrade: h2c\r\n\r\n"), BROKEN),
    "not modified, unasked": (raw(b"HTTP/1.1 304 Not Modified\r\n\r\n"), BROKEN),
    "a redirect naming no address": (page(b"", content_type=None, status=302), "doesn't say where"),
    "multiple choices": (page(articles.GARDEN, status=300), "doesn't say where"),
}


@pytest.mark.parametrize("case", REFUSALS)
def test_a_misbehaving_server_gets_a_clear_answer_in_time(world: World, case: str) -> None:
    handler, expected = REFUSALS[case]
    path = "/hostile/" + case.replace(" ", "-").replace(",", "")
    url = world.pages.route(path, handler)
    chat = 8000 + list(REFUSALS).index(case)
    started = time.monotonic()
    answer = exchange(world, chat, url, expected, case=case)
    assert "TL;DR" not in answer.text
    assert time.monotonic() - started < FETCH_SECONDS + 5, "the fetch limit holds, and little more"
    still_answers(world, chat)


READABLE: dict[str, Handler] = {
    "no content type": page(articles.GARDEN, content_type=None),
    "gzip, as offered": gzipped(articles.GARDEN),
    "utf-8 declared, windows-1252 sent": page(
        articles.GARDEN.replace("charset=\"utf-8\"", "").encode("cp1252", errors="replace")
        .replace(b"fire station", b"fire station \x93\x96\x94"),
        content_type="text/html; charset=utf-8"),
    "an unknown charset": page(GARDEN_BYTES, content_type="text/html; charset=x-klingon"),
    "a cut multi-byte character": page(GARDEN_BYTES.replace(b"garden", b"gard\xe2\x82en", 2)),
    "UTF-16 with a byte-order mark": page(articles.GARDEN.encode("utf-16"), content_type="text/html"),
    "malformed HTML": page(MALFORMED),
    "a status line without a reason": raw(b"HTTP/1.1 200\r\nContent-Type: text/html\r\n\r\n" + GARDEN_BYTES),
    "an early hint first": raw(b"HTTP/1.1 103 Early Hints\r\nLink: </s.css>; rel=preload\r\n\r\n"
                               b"HTTP/1.1 200 OK\r\nContent-Type: text/html\r\n\r\n" + GARDEN_BYTES),
    "an unusual success status": page(articles.GARDEN, status=299),
    "two types, the last one right": raw(b"HTTP/1.1 200 OK\r\nContent-Type: application/octet-stream\r\n"
                                         b"Content-Type: text/html; charset=utf-8\r\n\r\n" + GARDEN_BYTES),
}


@pytest.mark.parametrize("case", READABLE)
def test_a_sloppy_but_real_page_is_still_summarized(world: World, case: str) -> None:
    url = world.pages.route("/hostile/readable/" + str(list(READABLE).index(case)), READABLE[case])
    chat = 8100 + list(READABLE).index(case)
    answer = exchange(world, chat, url, "TL;DR", case=case)
    assert "rooftop garden" in answer.text.lower()
    assert "\x00" not in answer.text


@pytest.mark.parametrize("depth", [300, 5_000, 50_000])
def test_deeply_nested_html_is_read_or_refused_in_time(world: World, depth: int) -> None:
    url = world.pages.add(f"/hostile/nested/{depth}", nested(depth))
    chat = 8200 + depth % 97
    answer = exchange(world, chat, url, "TL;DR", NotAnArticle.message, case=f"{depth} nested levels")
    assert APOLOGY not in answer.text
    still_answers(world, chat)


def test_a_hundred_thousand_tiny_paragraphs_are_summarized_in_time(world: World) -> None:
    """Only the first few thousand paragraphs are read (see extract.MAX_BLOCKS): the story is on top."""
    body = articles.GARDEN.replace("</article>", "<p>Go.\n" * 100_000 + "</article>")
    assert len(body.encode()) < MAX_BYTES
    url = world.pages.add("/hostile/tiny-paragraphs", body)
    answer = exchange(world, 8300, url, "TL;DR", case="100,000 tiny paragraphs")
    assert "rooftop garden" in answer.text.lower()
    still_answers(world, 8300)


def test_a_feed_of_tiny_elements_gets_a_clear_message_in_time(world: World) -> None:
    """feedparser spent about 80 µs on each element: 200,000 of them held a reader for half a minute."""
    body = rss(items(1)).replace("</item>", "<a/>" * 200_000 + "</item>")
    assert len(body.encode()) < MAX_BYTES
    url = world.pages.add("/hostile/tiny-elements.rss", body, content_type="application/rss+xml")
    answer = exchange(world, 8301, f"/feed add {url}", FeedTooLarge.message, "Following", case="a feed of 200,000 elements")
    assert answer.text == FeedTooLarge.message
    still_answers(world, 8301)
