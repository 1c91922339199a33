"""Fetching over real HTTP on 127.0.0.1: what a user gets for good pages and every kind of bad link."""

from __future__ import annotations

import asyncio
import gzip
import random
import socket
import struct
import subprocess
import sys
import time
import tracemalloc
import zlib
from dataclasses import replace
from ipaddress import IPv4Address, ip_address

import pytest

from bot.errors import (
    BadRedirect,
    BlockedAddress,
    BrokenLink,
    BrokenResponse,
    DeadLink,
    FeedLink,
    InsecureSite,
    InvalidUrl,
    LinkWithLogin,
    NotAPage,
    ReaderError,
    TooLarge,
    TooManyRedirects,
    TooSlow,
    Unreachable,
    UnsupportedEncoding,
)
from bot.reader.fetch import FetchLimits, Page, charset, fetch_page, is_public_address, prepare
from bot.settings import load_settings
from tests.support.pages import (
    Handler, PageRequest, PageServer, endless, gzipped, page, raw, redirect, slow, trickle, untrusted_tls,
)

LOCAL = FetchLimits(
    connect_timeout=1.0,
    total_timeout=2.0,
    max_bytes=1_000_000,
    max_redirects=5,
    allow_private=True,
    user_agent="ArticleReaderTest/1.0",
)
PUBLIC_ONLY = replace(LOCAL, allow_private=False)
ARTICLE = "<!doctype html><html><head><title>Owls</title></head><body><p>Owls hunt at night.</p></body></html>"
RUSSIAN = (
    "<html><head><title>Новости</title></head><body><p>Учёные из Новосибирска рассказали, "
    "как совы охотятся ночью. Исследование заняло три года и охватило сорок птиц.</p></body></html>"
)


def only_loopback(address: IPv4Address) -> bool:
    """A policy narrower than allow_private: our test server, and nothing else."""
    return address == IPv4Address("127.0.0.1")


async def refused(
    error_class: type[ReaderError], url: str, limits: FetchLimits = LOCAL, **options: object
) -> ReaderError:
    with pytest.raises(error_class) as caught:
        await fetch_page(url, limits, **options)
    return caught.value


async def test_a_page_comes_back_as_text_with_its_type_and_encoding(pages_server: PageServer) -> None:
    url = pages_server.add("/owls", ARTICLE)

    page = await fetch_page(url, LOCAL)

    assert page == Page(url, 200, "text/html", ARTICLE, "utf-8")
    sent = pages_server.requests[0].headers
    assert sent["user-agent"] == "ArticleReaderTest/1.0"
    assert sent["accept-encoding"] == "gzip, deflate"


async def test_a_page_with_long_headers_is_read(pages_server: PageServer) -> None:
    """News sites send policies and cookies of several kilobytes each; the page is still read."""
    policy = "default-src 'self'; " + " ".join(f"https://cdn{n}.example.com" for n in range(450))
    url = pages_server.route("/owls", page(ARTICLE, headers={"Content-Security-Policy": policy,
                                                             "Set-Cookie": "session=" + "x" * 9_000}))

    assert len(policy) > 12_000
    assert (await fetch_page(url, LOCAL)).text == ARTICLE


def test_limits_come_from_the_settings() -> None:
    settings = replace(load_settings({}), FETCH_MAX_BYTES=123, BOT_ALLOW_PRIVATE_URLS=True)

    limits = FetchLimits.from_settings(settings)

    assert limits.max_bytes == 123
    assert limits.allow_private is True
    assert limits.total_timeout == settings.FETCH_TOTAL_TIMEOUT_SECONDS


# Redirects


async def test_a_chain_of_redirects_ends_at_the_final_page(pages_server: PageServer) -> None:
    final = pages_server.add("/story", ARTICLE)
    pages_server.route("/a", redirect("/b", 301))
    pages_server.route("/b", redirect(pages_server.url("/c"), 307))
    pages_server.route("/c", redirect("story", 303))

    page = await fetch_page(pages_server.url("/a"), LOCAL)

    assert page.url == final
    assert page.text == ARTICLE


@pytest.mark.parametrize("charset", ["utf-8", "latin-1"])
async def test_a_redirect_to_an_address_with_letters_beyond_ascii_is_followed(pages_server: PageServer,
                                                                             charset: str) -> None:
    """Servers send such a Location as its bytes, in UTF-8 or an older charset; browsers follow both."""
    pages_server.add("/wiki/Z%C3%BCrich" if charset == "utf-8" else "/wiki/Z%FCrich", ARTICLE)
    head = "HTTP/1.1 302 Found\r\nLocation: /wiki/Zürich\r\nContent-Length: 0\r\n\r\n"
    url = pages_server.route("/moved", raw(head.encode(charset)))

    page = await fetch_page(url, LOCAL)

    assert page.text == ARTICLE


@pytest.mark.parametrize(("hops", "fails"), [(5, False), (6, True)])
async def test_at_most_five_redirects_are_followed(pages_server: PageServer, hops: int, fails: bool) -> None:
    pages_server.add(f"/hop{hops}", ARTICLE)
    for hop in range(hops):
        pages_server.route(f"/hop{hop}", redirect(f"/hop{hop + 1}"))

    if fails:
        error = await refused(TooManyRedirects, pages_server.url("/hop0"))
        assert str(error) == TooManyRedirects.message
    else:
        assert (await fetch_page(pages_server.url("/hop0"), LOCAL)).text == ARTICLE


async def test_a_redirect_loop_stops(pages_server: PageServer) -> None:
    pages_server.route("/ping", redirect("/pong"))
    pages_server.route("/pong", redirect("/ping"))

    error = await refused(TooManyRedirects, pages_server.url("/ping"))

    assert str(error) == "That link redirects too many times (maybe in a loop), so I stopped following it."
    assert len(pages_server.requests) == LOCAL.max_redirects + 1


@pytest.mark.parametrize(
    "target", ["file:///etc/passwd", "ftp://example.com/story", "http://user:secret@example.com/"]
)
async def test_a_redirect_to_an_unusable_link_is_refused(pages_server: PageServer, target: str) -> None:
    """The person sent a good http link; the site forwarded it elsewhere, and that is what they hear."""
    url = pages_server.route("/away", redirect(target))

    error = await refused(BadRedirect, url)

    assert str(error) == ("That link forwards me to an address I can't open (not a plain http:// or https:// "
                          "link), so I stopped there.")


@pytest.mark.parametrize(
    "target",
    ["http://10.0.0.1/", "http://169.254.169.254/latest/meta-data/", "http://[::1]/", "http://167772161/"],
)
async def test_each_redirect_hop_is_checked_against_the_address_policy(
    pages_server: PageServer, target: str
) -> None:
    url = pages_server.route("/hop", redirect(target))

    started = time.monotonic()
    error = await refused(BlockedAddress, url, policy=only_loopback)

    assert str(error) == "I can't open that link: it points to a private or internal network address."
    assert time.monotonic() - started < LOCAL.connect_timeout, "refused before any connection attempt"


@pytest.mark.parametrize("target", ["http://169.254.169.254/latest/meta-data/", "http://[fe80::1]/",
                                    "http://[::ffff:169.254.169.254]/", "http://2852039166/"])
async def test_link_local_addresses_stay_refused_when_private_ones_are_allowed(
    pages_server: PageServer, target: str
) -> None:
    """An intranet setting must not open the cloud metadata service to any link a chat sends."""
    started = time.monotonic()
    await refused(BlockedAddress, target)
    await refused(BlockedAddress, pages_server.route("/to-metadata", redirect(target)))
    assert time.monotonic() - started < LOCAL.connect_timeout, "refused before any connection attempt"


async def test_the_narrow_policy_still_reaches_the_allowed_address(pages_server: PageServer) -> None:
    pages_server.add("/story", ARTICLE)
    url = pages_server.route("/hop", redirect("/story"))

    assert (await fetch_page(url, PUBLIC_ONLY, policy=only_loopback)).text == ARTICLE


# Addresses


@pytest.mark.parametrize(
    "url",
    [
        "http://[::1]/",
        "http://[::ffff:127.0.0.1]/",
        "http://169.254.169.254/latest/meta-data/",
        "http://10.0.0.1/",
        "http://192.168.1.1/",
        "http://100.64.0.1/",
        "http://0.0.0.0/",
        "http://2130706433/",
        "http://0x7f.1/",
        "http://127.1/",
        "http://localhost/",
    ],
)
async def test_private_and_internal_addresses_are_refused(url: str) -> None:
    error = await refused(BlockedAddress, url, PUBLIC_ONLY)

    assert str(error) == BlockedAddress.message


async def test_our_own_loopback_server_is_refused_and_never_contacted(pages_server: PageServer) -> None:
    url = pages_server.add("/owls", ARTICLE)

    await refused(BlockedAddress, url, PUBLIC_ONLY)

    assert pages_server.requests == []


async def test_a_name_is_judged_by_the_address_it_resolves_to(
    pages_server: PageServer, monkeypatch: pytest.MonkeyPatch
) -> None:
    """A public-looking name pointing at an internal address (DNS rebinding) is refused at connect time."""
    pages_server.add("/owls", ARTICLE)

    def resolve(host, port, *args, **kwargs):
        addresses = ["10.0.0.7", "127.0.0.1"] if host == "news.example" else []
        return [(socket.AF_INET, socket.SOCK_STREAM, 6, "", (address, port)) for address in addresses]

    monkeypatch.setattr(socket, "getaddrinfo", resolve)
    url = f"http://news.example:{pages_server.port}/owls"

    await refused(BlockedAddress, url, PUBLIC_ONLY)
    page = await fetch_page(url, PUBLIC_ONLY, policy=only_loopback)
    assert page.text == ARTICLE
    assert pages_server.requests[0].headers["host"] == f"news.example:{pages_server.port}"


@pytest.mark.parametrize(
    "address",
    [
        "127.0.0.1", "127.8.9.10", "10.1.2.3", "172.16.0.1", "192.168.0.10", "169.254.169.254",
        "100.64.0.1", "0.0.0.0", "224.0.0.251", "239.255.255.250", "240.0.0.1", "255.255.255.255",
        "192.0.2.1", "::1", "::", "fe80::1", "fc00::1", "fd12:3456::1", "fec0::1", "ff02::1",
        "::ffff:127.0.0.1", "::ffff:10.0.0.1", "::127.0.0.1", "::a00:1",
        "2002:7f00:1::1", "2002:a9fe:a9fe::", "64:ff9b::7f00:1", "64:ff9b::a9fe:a9fe", "64:ff9b:1::1",
    ],
)
def test_the_policy_refuses_internal_addresses_however_they_are_wrapped(address: str) -> None:
    assert not is_public_address(ip_address(address))


@pytest.mark.parametrize(
    "address",
    ["93.184.216.34", "8.8.8.8", "2606:4700:4700::1111", "::ffff:93.184.216.34", "2002:5db8:d822::1",
     "64:ff9b::808:808"],
)
def test_the_policy_allows_public_addresses(address: str) -> None:
    assert is_public_address(ip_address(address))


@pytest.mark.parametrize("url", ["ftp://example.com/file", "javascript:alert(1)", "mailto:someone@example.com",
                                 "just some words"])
async def test_links_that_are_not_web_links_are_invalid(url: str) -> None:
    error = await refused(InvalidUrl, url)

    assert str(error) == "That doesn't look like a web link I can open (only http:// and https:// links work)."


@pytest.mark.parametrize("url", ["http:///just/a/path", "http://", "http://example.com:0/", "http://example.com:99999/",
                                 "http://[::1/x", "http://010.010.010.010/"])
async def test_web_links_too_broken_to_open_say_so(url: str) -> None:
    error = await refused(BrokenLink, url)

    assert str(error) == ("That link looks broken (I can't read its address), so I couldn't open it. "
                          "Check it and send it again?")


@pytest.mark.parametrize("url", ["http://user:password@example.com/", "https://user@example.com/story"])
async def test_a_link_with_a_login_in_it_is_refused_for_that(url: str) -> None:
    error = await refused(LinkWithLogin, url)

    assert "user name or password" in str(error)


async def test_a_closed_port_is_unreachable() -> None:
    with socket.socket() as probe:
        probe.bind(("127.0.0.1", 0))
        port = probe.getsockname()[1]

    error = await refused(Unreachable, f"http://127.0.0.1:{port}/")

    assert str(error) == "I couldn't reach that site. Is the link right, and is the site up?"


def hang_up(request: PageRequest) -> None:
    """Close the connection without a word, after reading the request."""
    request.close_connection = True


def reset(request: PageRequest) -> None:
    """Abort the connection (TCP RST) halfway through the headers."""
    request.wfile.write(b"HTTP/1.1 200 OK\r\nContent-")
    request.wfile.flush()
    request.connection.setsockopt(socket.SOL_SOCKET, socket.SO_LINGER, struct.pack("ii", 1, 0))
    request.connection.close()


@pytest.mark.parametrize("handler", [hang_up, reset])
async def test_a_dropped_connection_is_unreachable(pages_server: PageServer, handler: Handler) -> None:
    url = pages_server.route("/drop", handler)

    assert str(await refused(Unreachable, url)) == Unreachable.message


async def test_an_unknown_host_is_unreachable() -> None:
    error = await refused(Unreachable, "http://no-such-host.invalid/")

    assert str(error) == Unreachable.message


# Size


async def test_a_declared_length_above_the_limit_is_refused_before_reading(pages_server: PageServer) -> None:
    url = pages_server.add("/big", b"x" * 2_000, headers={"Content-Length": "50000000"})

    error = await refused(TooLarge, url)

    assert str(error) == "That page is too large for me to read."


@pytest.mark.parametrize(("size", "fits"), [(1_000_000, True), (1_000_001, False)])
async def test_a_body_without_length_is_cut_at_the_limit(pages_server: PageServer, size: int, fits: bool) -> None:
    url = pages_server.add("/page", b"a" * size, content_type="text/plain", sized=False)

    if fits:
        assert len((await fetch_page(url, LOCAL)).text) == size
    else:
        assert str(await refused(TooLarge, url)) == TooLarge.message


async def test_a_body_that_never_ends_is_cut_at_the_limit(pages_server: PageServer) -> None:
    url = pages_server.route("/forever", endless())

    error = await refused(TooLarge, url)

    assert str(error) == TooLarge.message


async def test_a_gzip_bomb_is_cut_off_without_inflating_it(pages_server: PageServer) -> None:
    bomb = gzip.compress(b"\0" * 10_000_000, compresslevel=9)
    url = pages_server.add("/bomb", bomb, headers={"Content-Encoding": "gzip"})
    await fetch_page(pages_server.add("/warm-up", ARTICLE), LOCAL)  # one-time costs: TLS roots, imports

    tracemalloc.start()
    try:
        error = await refused(TooLarge, url)
        peak = tracemalloc.get_traced_memory()[1]
    finally:
        tracemalloc.stop()

    assert len(bomb) < LOCAL.max_bytes
    assert str(error) == TooLarge.message
    assert peak < 4 * LOCAL.max_bytes


async def test_gzip_and_deflate_pages_are_decompressed(pages_server: PageServer) -> None:
    gzip_url = pages_server.route("/gzip", gzipped(ARTICLE))
    deflated = zlib.compress(ARTICLE.encode())
    deflate_url = pages_server.add("/deflate", deflated, headers={"Content-Encoding": "deflate"})

    assert (await fetch_page(gzip_url, LOCAL)).text == ARTICLE
    assert (await fetch_page(deflate_url, LOCAL)).text == ARTICLE


@pytest.mark.parametrize("coding", ["br", "zstd"])
async def test_a_compression_we_did_not_ask_for_is_refused(pages_server: PageServer, coding: str) -> None:
    url = pages_server.add("/packed", b"\x1b\x2c\x00\xf8\xa5\xb8", headers={"Content-Encoding": coding})

    error = await refused(UnsupportedEncoding, url)

    assert str(error) == "That site sent the page in a compressed format I can't read, so I couldn't open it."


async def test_a_corrupt_gzip_body_is_reported(pages_server: PageServer) -> None:
    url = pages_server.add("/broken", b"definitely not gzip", headers={"Content-Encoding": "gzip"})

    error = await refused(BrokenResponse, url)

    assert str(error) == BrokenResponse.message


HEAD = b"HTTP/1.1 200 OK\r\nContent-Type: text/html\r\n"
BODY = ARTICLE.encode()


@pytest.mark.parametrize("reply", [
    HEAD + b"X-Big: " + b"a" * 200_000 + b"\r\n\r\n" + BODY,
    HEAD + b"".join(b"X-Header-%d: v\r\n" % n for n in range(10_000)) + b"\r\n" + BODY,
    HEAD + b"Content-Length: -5\r\n\r\n" + BODY,
    HEAD + b"Transfer-Encoding: chunked\r\n\r\nZZZ\r\nhello\r\n0\r\n\r\n",
    b"SSH-2.0-OpenSSH_9.6\r\n",
    BODY,
], ids=["a 200 kB header", "10,000 headers", "a negative length", "a bad chunk", "not HTTP", "no status line"])
async def test_a_reply_that_is_not_proper_http_is_a_broken_answer_not_an_unreachable_site(
    pages_server: PageServer, reply: bytes
) -> None:
    """The site was reached: telling the person it is down or the link wrong would send them astray."""
    url = pages_server.route("/garbled", raw(reply))

    assert str(await refused(BrokenResponse, url)) == BrokenResponse.message


async def test_a_certificate_no_one_vouches_for_is_refused_as_insecure() -> None:
    with PageServer(tls=untrusted_tls()) as server:
        url = server.add("/story", ARTICLE)

        assert str(await refused(InsecureSite, url)) == InsecureSite.message
        assert not server.requests, "no request is sent over a connection that failed its check"


# Content types


@pytest.mark.parametrize(
    ("content_type", "body"),
    [
        ("application/pdf", b"%PDF-1.7\n%\xe2\xe3\xcf\xd3\n"),
        ("image/png", b"\x89PNG\r\n\x1a\n\0\0\0\rIHDR"),
        ("video/mp4", b"\0\0\0\x18ftypmp42"),
        ("application/octet-stream", b"\0\1\2\3"),
    ],
)
async def test_files_that_are_not_pages_are_refused(
    pages_server: PageServer, content_type: str, body: bytes
) -> None:
    url = pages_server.add("/file", body, content_type=content_type)

    error = await refused(NotAPage, url)

    assert str(error) == f"That isn't a web page (it's {content_type}), so I can't summarize it."


async def test_binary_data_served_as_html_is_refused(pages_server: PageServer) -> None:
    noise = random.Random(7).randbytes(20_000)
    url = pages_server.add("/fake", noise, content_type="text/html; charset=utf-8")

    error = await refused(NotAPage, url)

    assert str(error) == "That isn't a web page (it's binary data), so I can't summarize it."


@pytest.mark.parametrize(
    ("body", "content_type"),
    [(ARTICLE, "text/html"), ("Just a plain note about owls.\nSecond line.", "text/plain")],
)
async def test_a_body_sent_without_a_type_is_sniffed(
    pages_server: PageServer, body: str, content_type: str
) -> None:
    url = pages_server.add("/untyped", body, content_type=None)

    assert (await fetch_page(url, LOCAL)).content_type == content_type


async def test_binary_sent_without_a_type_is_refused(pages_server: PageServer) -> None:
    url = pages_server.add("/untyped", b"\x7fELF\2\1\1\0" + bytes(200), content_type=None)

    error = await refused(NotAPage, url)

    assert str(error) == "That isn't a web page (it's binary data), so I can't summarize it."


async def test_stray_control_characters_are_dropped(pages_server: PageServer) -> None:
    url = pages_server.add("/nul", ARTICLE.replace("Owls hunt", "Owls\0 hunt"))

    assert (await fetch_page(url, LOCAL)).text == ARTICLE


async def test_other_types_can_be_accepted_for_feeds(pages_server: PageServer) -> None:
    feed = '<?xml version="1.0"?><rss version="2.0"><channel><title>Owls</title></channel></rss>'
    url = pages_server.add("/feed", feed, content_type="application/rss+xml")

    assert "/feed add" in str(await refused(FeedLink, url))
    page = await fetch_page(url, LOCAL, accept={"application/rss+xml", "application/xml"})
    assert (page.content_type, page.text) == ("application/rss+xml", feed)


# Time


async def test_a_trickling_server_hits_the_total_deadline(pages_server: PageServer) -> None:
    url = pages_server.route("/drip", trickle(ARTICLE, interval=0.2))
    limits = replace(LOCAL, total_timeout=1.0)

    started = time.monotonic()
    error = await refused(TooSlow, url, limits)

    assert time.monotonic() - started < 1.75
    assert str(error) == "The site took too long to answer, so I gave up. Please try again later."


async def test_a_server_slow_to_answer_hits_the_deadline(pages_server: PageServer) -> None:
    url = pages_server.route("/wait", slow(10, ARTICLE))

    error = await refused(TooSlow, url, replace(LOCAL, total_timeout=0.5))

    assert str(error) == TooSlow.message


async def test_fetches_run_side_by_side(pages_server: PageServer) -> None:
    url = pages_server.route("/wait", slow(0.5, ARTICLE))

    started = time.monotonic()
    pages = await asyncio.gather(*(fetch_page(url, LOCAL) for _ in range(4)))

    assert [page.text for page in pages] == [ARTICLE] * 4
    assert time.monotonic() - started < 1.5, "one after another would take 2 s"


# Status


@pytest.mark.parametrize(
    ("status", "message"),
    [
        (404, "That page doesn't exist (the site says 404 Not Found). Check the link?"),
        (410, "That link seems to be dead: the site answered with error 410."),
        (403, "The site refused to show me that page (it needs a login or blocks bots)."),
        (500, "The site is having trouble right now (error 500). Please try again later."),
    ],
)
async def test_error_statuses_are_dead_links(pages_server: PageServer, status: int, message: str) -> None:
    url = pages_server.add("/gone", "<h1>Nope</h1>", status=status)

    error = await refused(DeadLink, url)

    assert error.status == status
    assert str(error) == message


async def test_a_conditional_request_gets_not_modified(pages_server: PageServer) -> None:
    def feed(request: PageRequest) -> None:
        if request.headers.get("If-None-Match") == '"v1"':
            request.send_response(304)
            request.end_headers()
            return
        body = ARTICLE.encode()
        request.send_response(200)
        request.send_header("Content-Type", "text/html")
        request.send_header("Content-Length", str(len(body)))
        request.send_header("ETag", '"v1"')
        request.send_header("Last-Modified", "Wed, 21 Oct 2026 07:28:00 GMT")
        request.end_headers()
        request.wfile.write(body)

    url = pages_server.route("/feed", feed)

    first = await fetch_page(url, LOCAL, headers={"If-None-Match": None})
    validators = {"If-None-Match": first.etag, "If-Modified-Since": first.last_modified}
    again = await fetch_page(url, LOCAL, headers=validators)

    assert (first.status, first.etag, first.last_modified) == (200, '"v1"', "Wed, 21 Oct 2026 07:28:00 GMT")
    assert (again.status, again.text) == (304, "")
    assert "if-none-match" not in pages_server.requests[0].headers
    assert pages_server.requests[1].headers["if-modified-since"] == "Wed, 21 Oct 2026 07:28:00 GMT"


# Character sets


def test_after_start_up_a_charset_guess_imports_no_codec() -> None:
    """The bot's start-up (`prepare`, and each reader process's warm-up) makes the first charset
    guess, which imports some 70 codec modules: a first page without a charset, decoded inside its
    fetch deadline, took 0.3 s for that alone, and over the 2 s of `LOCAL` on a busy machine.
    A fresh interpreter, since this one may have imported them already."""
    script = (
        "import sys; from bot.reader.fetch import prepare; from bot.reader.fetch.charset import decode_body; "
        "prepare(); before = set(sys.modules); "
        f"samples = [{RUSSIAN!r}.encode('cp1251'), 'Crème brûlée à la française, où été.'.encode('cp1252'), "
        "'Zażółć gęślą jaźń, powiedział.'.encode('cp1250'), 'Καλημέρα κόσμε, τι κάνεις;'.encode('cp1253')]; "
        "[decode_body(sample) for sample in samples]; "
        "print(sorted(name for name in set(sys.modules) - before if name.startswith('encodings.')))"
    )
    done = subprocess.run([sys.executable, "-c", script], capture_output=True, text=True, timeout=60, check=True)

    assert done.stdout.strip() == "[]"


async def test_a_windows_1251_page_without_any_charset_is_detected(pages_server: PageServer) -> None:
    prepare()  # as the bot does at start-up: the 2 s deadline then times the download, not the codecs' import
    url = pages_server.add("/ru", RUSSIAN.encode("cp1251"), content_type="text/html")

    page = await fetch_page(url, LOCAL)

    assert page.text == RUSSIAN
    assert page.encoding == "cp1251"


@pytest.mark.parametrize(
    "meta",
    ['<meta charset="iso-8859-1">', '<meta http-equiv="Content-Type" content="text/html; charset=ISO-8859-1">'],
)
async def test_a_latin_1_page_declared_in_meta_is_read(pages_server: PageServer, meta: str) -> None:
    html = f"<html><head>{meta}<title>Café</title></head><body><p>Crème brûlée à la française.</p></body></html>"
    url = pages_server.add("/fr", html.encode("latin-1"), content_type="text/html")

    assert (await fetch_page(url, LOCAL)).text == html


async def test_the_http_charset_wins(pages_server: PageServer) -> None:
    url = pages_server.add("/koi", RUSSIAN.encode("koi8-r"), content_type="text/html; charset=KOI8-R")

    page = await fetch_page(url, LOCAL)

    assert (page.text, page.encoding) == (RUSSIAN, "koi8-r")


async def test_curly_quotes_in_a_page_labelled_latin_1_survive(pages_server: PageServer) -> None:
    html = "<p>\u201cOwls,\u201d she said \u2014 quietly.</p>"
    url = pages_server.add("/quotes", html.encode("cp1252"), content_type="text/html; charset=iso-8859-1")

    assert (await fetch_page(url, LOCAL)).text == html


async def test_an_unknown_charset_name_falls_back_to_detection(pages_server: PageServer) -> None:
    html = ARTICLE.replace("Owls", "Hiboux évités")
    url = pages_server.add("/odd", html, content_type="text/html; charset=x-martian")

    page = await fetch_page(url, LOCAL)

    assert "Hiboux évités" in page.text
    assert page.encoding == "utf-8"


def test_a_huge_legacy_text_is_guessed_from_its_first_megabyte_and_read_whole(monkeypatch: pytest.MonkeyPatch) -> None:
    """charset_normalizer tries every codec on all it is given: on a 17 MB windows-1251 file sent to
    the chat that was 6 s of a reader process's deadline. Its first megabyte tells the same."""
    body = (RUSSIAN.encode("cp1251") + b"\n") * 60_000
    given: list[int] = []
    guess = charset.charset_normalizer.from_bytes
    monkeypatch.setattr(charset.charset_normalizer, "from_bytes", lambda data: given.append(len(data)) or guess(data))

    text, encoding = charset.decode_body(body)

    assert len(body) > 10_000_000 and given and max(given) <= charset.DETECTION_BYTES
    assert (encoding, text) == ("cp1251", body.decode("cp1251"))


async def test_a_utf8_byte_order_mark_is_honoured_and_removed(pages_server: PageServer) -> None:
    url = pages_server.add("/bom", "\ufeff" + RUSSIAN, content_type="text/html; charset=windows-1251")

    assert (await fetch_page(url, LOCAL)).text == RUSSIAN


@pytest.mark.parametrize("encoding", ["utf-16-le", "utf-16-be"])
async def test_a_utf16_page_without_a_byte_order_mark_is_read(pages_server: PageServer, encoding: str) -> None:
    """Some Windows tools write UTF-16 without a mark; it was refused as binary data (its zero bytes)."""
    html = ARTICLE.replace("Owls", "Hiboux évités")
    url = pages_server.add(f"/{encoding}", html.encode(encoding), content_type="text/html; charset=utf-8")

    page = await fetch_page(url, LOCAL)

    assert (page.text, page.encoding) == (html, encoding)


@pytest.mark.parametrize("where", ["header", "meta"])
async def test_a_page_labelled_utf16_but_sent_byte_by_byte_is_read(pages_server: PageServer, where: str) -> None:
    """A UTF-16 label on markup readable byte by byte (a template's old <meta charset="utf-16">, or
    the server's header) is wrong; read as UTF-16, the page came out as no article."""
    html = ARTICLE.replace("<head>", '<head><meta charset="utf-16">' if where == "meta" else "<head>").replace(
        "Owls", "Hiboux évités")
    content_type = "text/html; charset=utf-16" if where == "header" else "text/html"
    url = pages_server.add(f"/labelled-utf16-{where}", html.encode("utf-8"), content_type=content_type)

    page = await fetch_page(url, LOCAL)

    assert (page.text, page.encoding) == (html, "utf-8")


def test_a_page_that_is_utf8_is_decoded_once(monkeypatch: pytest.MonkeyPatch) -> None:
    """The check that a body is UTF-8 is the decoding: a page labelled UTF-8 was decoded twice."""
    body = ARTICLE.replace("Owls", "Hiboux évités").encode("utf-8")
    decoded: list[str] = []
    real = charset._as
    monkeypatch.setattr(charset, "_as", lambda data, encoding: decoded.append(encoding) or real(data, encoding))

    text, encoding = charset.decode_body(body, "text/html; charset=utf-8")

    assert (encoding, decoded) == ("utf-8", ["utf-8"])
    assert "Hiboux évités" in text
