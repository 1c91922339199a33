"""Safe download of a web page: public addresses only, bounded time, bounded size, text only.

A link from a chat is untrusted input, so fetching it must not become a way into our own network
or a way to exhaust the machine:

- Every name is looked up through `address.VettedResolver`, which hands the connection only
  addresses the policy allows; a host written as an address is vetted before the request.
- Redirects are followed here, one hop at a time, so each hop's URL is validated too.
- One deadline covers the whole fetch (DNS, connect, redirects, body), so a server trickling one
  byte a second cannot hold us longer than `total_timeout`.
- Bodies are read raw and inflated here with a cap on the output, so the size limit holds after
  decompression and a tiny gzip bomb is cut off before it is ever allocated.
- An error status that robot checks use (401, 403, 429, 503) has the head of its body read, so a
  challenge page is reported as one (`BotChallenge`) rather than as a dead link.

The requests go through aiohttp, as the Bot API's do (`bot.chat.telegram_http`): through httpx a
download used about twice the event loop's CPU (httpcore's pool and anyio wrap every read and
write), and a burst of links is paid on the loop every chat waits on. aiohttp is told to do
nothing on its own: no redirects, no decompression, no proxy or netrc from the environment.

Nothing here logs: URLs can carry tokens in their query strings.
"""

from __future__ import annotations

import asyncio
import functools
import ssl
import zlib
from urllib.parse import quote
from collections.abc import Callable, Collection, Mapping
from dataclasses import dataclass
from typing import Any

import aiohttp
import httpx
from multidict import CIMultiDictProxy
from yarl import URL

from bot.errors import (
    BadRedirect,
    BotChallenge,
    BrokenLink,
    BrokenResponse,
    DeadLink,
    FeedLink,
    InsecureSite,
    InvalidUrl,
    NotAPage,
    TooLarge,
    TooManyRedirects,
    TooSlow,
    Unreachable,
    UnsupportedEncoding,
)
from bot.reader.extract.blocked import challenge_in
from bot.reader.fetch.address import (
    AddressPolicy,
    VettedResolver,
    check_url,
    is_not_link_local,
    is_public_address,
    skips_resolver,
    vetted,
)
from bot.reader.fetch.charset import HEAD_BYTES, decode_body, is_feed, signature_of, sniff, text_of
from bot.reader.fetch.charset import prepare as prepare_charsets
from bot.settings import Settings

HTML_TYPES: frozenset[str] = frozenset({"text/html", "application/xhtml+xml"})
TEXT_TYPES: frozenset[str] = frozenset({"text/plain", "text/markdown", "text/x-markdown"})
"""Plain text, read as a pasted text is (Markdown's marks are plain enough to read through)."""
PAGE_TYPES: frozenset[str] = HTML_TYPES | TEXT_TYPES
"""What a page may be served as; the feed poller passes its own set."""
PDF_TYPE = "application/pdf"
ARTICLE_TYPES: frozenset[str] = PAGE_TYPES | {PDF_TYPE}
"""What an article link may serve: a page, or a PDF, which comes back as bytes for the PDF reader."""

# Types feeds are served as: a link to one is told to use /feed add, not just refused (a plain
# XML one once its first bytes show a feed).
FEED_TYPES = frozenset({"application/rss+xml", "application/atom+xml", "application/rdf+xml"})
XML_TYPES = frozenset({"text/xml", "application/xml"})

NOT_MODIFIED = 304
_CONDITIONS = frozenset({"if-none-match", "if-modified-since"})
"""Request headers under which a 304 is an answer; to any other request it is a broken one."""
_STATUSES = range(200, 600)
"""Statuses a final answer may have. aiohttp skips the informational ones (1xx) itself, except 101
(Switching Protocols), which we never ask for; HTTP defines nothing from 600 up."""
_REDIRECTS = frozenset({301, 302, 303, 307, 308})
_ACCEPT_ENCODING = "gzip, deflate"
CHALLENGE_STATUSES = frozenset({401, 403, 429, 503})
"""Statuses that bot protection (Cloudflare, Akamai, DataDome...) answers with, its page as the body."""
HEADER_BYTES = 32_768
"""Longest header line we read: news sites send security policies and cookies of 10 KB and more,
past aiohttp's default of 8 KB (httpx read a whole head of up to 100 KB)."""
_LENGTH_OVERFLOW = "content-length overflow"
"""What aiohttp's parser (llhttp) says of a Content-Length too long for 64 bits (20 digits): a page
announcing more bytes than any page has is too large, not a broken answer."""
CHALLENGE_BYTES = 128_000
"""How much of such an error page we read to recognise it; challenge pages are a few kilobytes."""


@dataclass(frozen=True)
class FetchLimits:
    connect_timeout: float
    total_timeout: float
    max_bytes: int
    max_redirects: int
    allow_private: bool
    user_agent: str

    @classmethod
    def from_settings(cls, settings: Settings) -> "FetchLimits":
        return cls(
            connect_timeout=settings.FETCH_CONNECT_TIMEOUT_SECONDS,
            total_timeout=settings.FETCH_TOTAL_TIMEOUT_SECONDS,
            max_bytes=settings.FETCH_MAX_BYTES,
            max_redirects=settings.FETCH_MAX_REDIRECTS,
            allow_private=settings.BOT_ALLOW_PRIVATE_URLS,
            user_agent=settings.FETCH_USER_AGENT,
        )


@dataclass(frozen=True)
class Page:
    """A downloaded page. `status` is 304 with empty `text` when a conditional request matched."""

    url: str
    """The final URL, after redirects."""
    status: int
    content_type: str
    text: str
    encoding: str
    etag: str | None = None
    last_modified: str | None = None
    """Validators to send back as If-None-Match / If-Modified-Since on the next poll."""
    body: bytes = b""
    """The raw bytes of a PDF, or of any page fetched `undecoded` (whose `text` is empty then)."""
    header: str = ""
    """The Content-Type header as sent (with its charset), for decoding an undecoded body."""


async def fetch_page(
    url: str,
    limits: FetchLimits,
    *,
    accept: Collection[str] = PAGE_TYPES,
    headers: Mapping[str, str | None] | None = None,
    policy: AddressPolicy | None = None,
    undecoded: bool = False,
) -> Page:
    """Download `url` within `limits`, or raise the `ReaderError` a user should see.

    `accept` lists the media types we take (anything else is `NotAPage`); `headers` are added to
    every request, empty ones skipped, so a feed poller can pass `If-None-Match: page.etag` as it
    came (a 304 then comes back as a Page); `policy` overrides which addresses we may connect to
    (by default: public ones, or any but link-local when `limits.allow_private`). With `undecoded`
    the body comes back as bytes, for a caller that decodes it where its other CPU work runs
    (`text_of`, then its own check of a type the server did not declare); otherwise it is decoded
    in a thread.
    """
    target = check_url(url)
    if policy is None:
        policy = is_not_link_local if limits.allow_private else is_public_address
    try:
        async with asyncio.timeout(limits.total_timeout):
            async with _session(limits, accept, headers, policy) as session:
                return await _follow(session, target, limits, accept, policy, undecoded, _conditional(headers))
    except TimeoutError:  # aiohttp's own timeouts are TimeoutErrors too
        raise TooSlow() from None
    except aiohttp.InvalidURL:
        raise BrokenLink() from None
    except aiohttp.ClientConnectorCertificateError:
        raise InsecureSite() from None
    except (aiohttp.ClientResponseError, aiohttp.ClientPayloadError) as error:
        if _LENGTH_OVERFLOW in str(error).lower():
            raise TooLarge("Content-Length past what 64 bits hold") from None
        # aiohttp's words for a reply it could not parse: the site was reached, its answer is broken.
        raise BrokenResponse(type(error).__name__) from None
    except aiohttp.ClientError as error:
        raise Unreachable(type(error).__name__) from None


def _conditional(headers: Mapping[str, str | None] | None) -> bool:
    return any(value and name.lower() in _CONDITIONS for name, value in (headers or {}).items())


class _Response(aiohttp.ClientResponse):
    """aiohttp's response, telling a server that hangs up after an informational status (1xx) or
    halfway through its head from one that hangs up without a word. aiohttp reads past 1xx heads
    itself and reports all three as "Server disconnected" (with the unfinished head, when there is
    one), and a user was told the site could not be reached, when it was and its answer stopped
    halfway: that is a broken answer."""

    async def start(self, connection: Any) -> "_Response":
        protocol = connection.protocol
        read = protocol.read
        informational: list[int] = []

        async def reading() -> Any:
            message, payload = await read()
            if 100 <= message.code < 200:
                informational.append(message.code)
            return message, payload

        protocol.read = reading
        try:
            return await super().start(connection)
        except aiohttp.ServerDisconnectedError as error:
            if informational:
                raise BrokenResponse(f"HTTP {informational[-1]}, then the connection closed") from None
            if not isinstance(error.message, str):
                raise BrokenResponse("the connection closed halfway through the head") from None
            raise
        finally:
            del protocol.read


def _session(
    limits: FetchLimits,
    accept: Collection[str],
    headers: Mapping[str, str | None] | None,
    policy: AddressPolicy,
) -> aiohttp.ClientSession:
    """A session whose only way to an address is the vetted resolver, that follows no redirect,
    inflates nothing itself and reads no proxy from the environment."""
    return aiohttp.ClientSession(
        connector=aiohttp.TCPConnector(resolver=VettedResolver(policy), ssl=_ssl_context(), use_dns_cache=False),
        response_class=_Response,
        auto_decompress=False,
        trust_env=False,
        max_line_size=HEADER_BYTES,
        max_field_size=HEADER_BYTES,
        timeout=aiohttp.ClientTimeout(total=None, sock_connect=limits.connect_timeout),
        headers={
            "User-Agent": limits.user_agent,
            "Accept": ", ".join(sorted(accept)) + ", */*;q=0.1",
            "Accept-Encoding": _ACCEPT_ENCODING,
            **{name: value for name, value in (headers or {}).items() if value},
        },
    )


def prepare() -> None:
    """Do now, once, what the first download would do inside the first burst of links.

    Building the SSL context held the event loop for 30 ms at the start of a burst, every chat
    waiting behind it; a bot calls this at start-up instead. The first charset guess is made here
    too (`charset.prepare`), for pages decoded in this process (feeds).
    """
    _ssl_context()
    prepare_charsets()


@functools.cache
def _ssl_context() -> ssl.SSLContext:
    """Verification against certifi's roots, as httpx did it, built once: loading it costs ~30 ms."""
    return httpx.create_ssl_context()


async def _follow(
    session: aiohttp.ClientSession,
    url: httpx.URL,
    limits: FetchLimits,
    accept: Collection[str],
    policy: AddressPolicy,
    undecoded: bool,
    conditional: bool,
) -> Page:
    for _ in range(limits.max_redirects + 1):
        if skips_resolver(url.host):
            await vetted(url.host, url.port or 0, policy)
        # `encoded`: the URL as httpx checked and normalised it, sent without requoting.
        async with session.get(URL(str(url), encoded=True), allow_redirects=False) as response:
            location = response.headers.get("location")
            if response.status in _REDIRECTS and location:
                url = _redirect_target(location, url)
                continue
            return await _read_page(response, str(url), limits.max_bytes, accept, undecoded, conditional)
    raise TooManyRedirects()


def _redirect_target(location: str, base: httpx.URL) -> httpx.URL:
    """The next hop; one we cannot open is the site's doing, so it is `BadRedirect`, not a bad link.
    A hop into an internal address stays `BlockedAddress`."""
    try:
        return check_url(_as_sent(location), base=base)
    except InvalidUrl:
        raise BadRedirect(location[:200]) from None


def _as_sent(location: str) -> str:
    """The Location header with bytes that are not UTF-8 (a Latin-1 "Zürich", which aiohttp hands
    over as lone surrogates) percent-encoded, as browsers send them on."""
    try:
        location.encode("utf-8")
    except UnicodeEncodeError:
        return quote(location.encode("utf-8", "surrogateescape"), safe=_URL_MARKS)
    return location


_URL_MARKS = "!#$%&'()*+,/:;=?@[]~"
"""The ASCII marks a URL keeps as they are when its other bytes are percent-encoded."""


async def _read_page(
    response: aiohttp.ClientResponse,
    url: str,
    max_bytes: int,
    accept: Collection[str],
    undecoded: bool,
    conditional: bool,
) -> Page:
    """The page of a final answer, or the error its status means: a redirect that names no next
    hop is a dead end, not an empty page, and a status HTTP has no place for is a broken answer."""
    status = response.status
    if status not in _STATUSES or status == NOT_MODIFIED and not conditional:
        raise BrokenResponse(f"HTTP {status}")
    if status >= 400:
        raise await _refusal(response)
    header = served_type(response.headers)
    declared = media_type(header)
    etag, last_modified = response.headers.get("etag"), response.headers.get("last-modified")
    if status == NOT_MODIFIED:
        return Page(url, status, declared, "", "", etag, last_modified)
    if status >= 300:
        raise DeadLink(status)
    if declared and declared not in accept:
        raise await _unread_type(response, declared, header)
    if _declared_length(response.headers) > max_bytes:
        raise TooLarge(f"Content-Length above {max_bytes}")
    body = await _read_body(response, max_bytes)
    if PDF_TYPE in accept and (declared == PDF_TYPE or signature_of(body) == PDF_TYPE):
        return Page(url, status, PDF_TYPE, "", "", etag, last_modified, body)
    if undecoded:
        return Page(url, status, declared, "", "", etag, last_modified, body, header)
    text, encoding = await asyncio.to_thread(text_of, body, header)
    content_type = declared or sniff(text)
    if content_type not in accept:
        raise NotAPage(content_type)
    return Page(url, status, content_type, text, encoding, etag, last_modified)


async def _refusal(response: aiohttp.ClientResponse) -> BotChallenge | DeadLink:
    """The error for an error status: a robot check when the body is one, else a dead link."""
    if response.status in CHALLENGE_STATUSES:
        body = await _head_or_nothing(response, CHALLENGE_BYTES)
        header = served_type(response.headers)
        challenge = await asyncio.to_thread(_challenge_of, body, header) if body else None
        if challenge is not None:
            return challenge
    return DeadLink(response.status)


async def _unread_type(response: aiohttp.ClientResponse, declared: str, header: str) -> FeedLink | NotAPage:
    """The error for a type we do not take: a news feed gets its own (one served as plain XML is
    told by its first bytes), anything else is not a page."""
    if declared in FEED_TYPES:
        return FeedLink(declared)
    if declared in XML_TYPES:
        head = await _head_or_nothing(response, HEAD_BYTES)
        if is_feed(decode_body(head, header)[0]):
            return FeedLink(declared)
    return NotAPage(declared)


def _challenge_of(body: bytes, content_type: str) -> BotChallenge | None:
    return challenge_in(decode_body(body, content_type)[0])


def media_type(content_type: str) -> str:
    """The media type of a Content-Type header, without its parameters, in lower case."""
    return content_type.split(";")[0].strip().lower()


def served_type(headers: CIMultiDictProxy[str]) -> str:
    """The Content-Type a browser reads the page by when the server sends several (Fetch's
    "extract a MIME type"): the last one naming a type, keeping the charset of the one before when
    both name the same type and the last names none. aiohttp's `get` gives the first, and a site
    sending "application/octet-stream", then "text/html" was refused as not a web page."""
    chosen = ""
    for value in headers.getall("content-type", ()):
        kind = media_type(value)
        if "/" not in kind or kind == "*/*":
            continue
        if not (kind == media_type(chosen) and "charset=" not in value.lower()):
            chosen = value
    return chosen


def _declared_length(headers: Mapping[str, str]) -> int:
    try:
        return int(headers.get("content-length", "0"))
    except ValueError:
        return 0


async def _read_body(response: aiohttp.ClientResponse, max_bytes: int) -> bytes:
    """The decoded body, refused with TooLarge as soon as it passes `max_bytes`."""
    inflate = _inflater(response.headers.get("content-encoding", ""))
    body = bytearray()
    try:
        async for chunk in response.content.iter_any():
            # Asking for one byte more than the room left tells "fits" from "too large".
            body += inflate(chunk, max_bytes - len(body) + 1)
            if len(body) > max_bytes:
                raise TooLarge(f"body above {max_bytes}")
    except zlib.error:
        raise BrokenResponse("corrupt compressed body") from None
    return bytes(body)


async def _read_head(response: aiohttp.ClientResponse, limit: int) -> bytes:
    """The first `limit` decoded bytes of the body (or all of a shorter one)."""
    inflate = _inflater(response.headers.get("content-encoding", ""))
    body = bytearray()
    try:
        async for chunk in response.content.iter_any():
            body += inflate(chunk, limit - len(body))
            if len(body) >= limit:
                break
    except zlib.error:
        raise BrokenResponse("corrupt compressed body") from None
    return bytes(body[:limit])


async def _head_or_nothing(response: aiohttp.ClientResponse, limit: int) -> bytes:
    """The head of a body read only to tell which refusal to give (`_read_head`); empty when it
    cannot be read, since the refusal stands either way."""
    try:
        return await _read_head(response, limit)
    except (UnsupportedEncoding, BrokenResponse, aiohttp.ClientError):
        return b""


def _inflater(content_encoding: str) -> Callable[[bytes, int], bytes]:
    """A function (data, max_length) -> bytes for the body's encoding.

    gzip and zlib-wrapped deflate (what RFC 9110 calls deflate) are told apart by their headers;
    any other coding was not asked for, so we cannot read it.
    """
    coding = content_encoding.strip().lower()
    if coding in ("", "identity"):
        return _unchanged
    if coding in ("gzip", "x-gzip", "deflate"):
        return zlib.decompressobj(32 + zlib.MAX_WBITS).decompress
    raise UnsupportedEncoding(coding)


def _unchanged(data: bytes, max_length: int) -> bytes:
    return data
