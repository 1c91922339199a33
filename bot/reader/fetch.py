"""Safe download of a web page: public addresses only, bounded time, bounded size, text only.

A link from a chat is untrusted input, so fetching it must not become a way into our own network
or a way to exhaust the machine:

- Every TCP connection goes through `_VettedBackend`, which resolves the host itself and connects
  only to an address the policy allows. The check is on the very address we connect to, so a name
  that resolves to a public address once and to 127.0.0.1 a moment later (DNS rebinding) gains
  nothing, odd spellings of an IP (`2130706433`, `0x7f.1`) are judged after the resolver has
  read them, and every redirect hop passes the same check without extra code.
- Redirects are followed here, one hop at a time, so each hop's URL is validated too.
- One deadline covers the whole fetch (DNS, connect, redirects, body), so a server trickling one
  byte a second cannot hold us longer than `total_timeout`.
- Bodies are read raw and inflated here with a cap on the output, so the size limit holds after
  decompression and a tiny gzip bomb is cut off before it is ever allocated.

Nothing here logs: URLs can carry tokens in their query strings.
"""

from __future__ import annotations

import asyncio
import codecs
import contextlib
import functools
import re
import socket
import ssl
import zlib
from collections.abc import Callable, Collection, Mapping
from dataclasses import dataclass
from ipaddress import IPv4Address, IPv6Address, IPv6Network, ip_address
from urllib.parse import urlsplit

import charset_normalizer
import httpcore
import httpx

from bot.reader.errors import (
    BlockedAddress,
    DeadLink,
    InvalidUrl,
    NotAPage,
    TooLarge,
    TooManyRedirects,
    TooSlow,
    Unreachable,
    UnsupportedEncoding,
)
from bot.settings import Settings

PAGE_TYPES: frozenset[str] = frozenset({"text/html", "application/xhtml+xml", "text/plain"})
"""What an article link may serve; the feed poller passes its own set."""

NOT_MODIFIED = 304
_REDIRECTS = frozenset({301, 302, 303, 307, 308})
_ACCEPT_ENCODING = "gzip, deflate"
_HEAD_BYTES = 4096
"""How far into the body we look for a <meta charset> and for signs of binary data."""
_BINARY_SHARE = 0.01
"""Text with more control characters than this share is binary data dressed up as a page."""

IPAddress = IPv4Address | IPv6Address
AddressPolicy = Callable[[IPAddress], bool]
"""Decides whether we may connect to an address; the default is `is_public_address`."""

_NAT64 = IPv6Network("64:ff9b::/96")
_LOCAL_NAT64 = IPv6Network("64:ff9b:1::/48")
_IPV4_COMPATIBLE = IPv6Network("::/96")


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


async def fetch_page(
    url: str,
    limits: FetchLimits,
    *,
    accept: Collection[str] = PAGE_TYPES,
    headers: Mapping[str, str | None] | None = None,
    policy: AddressPolicy | None = None,
) -> Page:
    """Download `url` within `limits`, or raise the `ReaderError` a user should see.

    `accept` lists the media types we take (anything else is `NotAPage`); `headers` are added to
    every request, empty ones skipped, so a feed poller can pass `If-None-Match: page.etag` as it
    came (a 304 then comes back as a Page); `policy` overrides which addresses we may connect to
    (by default: public ones, or any when `limits.allow_private`).
    """
    target = check_url(url)
    if policy is None:
        policy = _any_address if limits.allow_private else is_public_address
    try:
        async with asyncio.timeout(limits.total_timeout):
            async with _client(limits, accept, headers, policy) as client:
                return await _follow(client, target, limits, accept)
    except (TimeoutError, httpx.TimeoutException):
        raise TooSlow() from None
    except httpx.TransportError as error:
        raise Unreachable(type(error).__name__) from None


def check_url(url: str, base: httpx.URL | None = None) -> httpx.URL:
    """The link (resolved against `base` for a redirect) as an http(s) URL we may try, or InvalidUrl."""
    try:
        parsed = base.join(url) if base is not None else httpx.URL(url.strip())
    except (httpx.InvalidURL, TypeError, ValueError):
        if _is_internal_legacy_ip(url):
            raise BlockedAddress(url) from None
        raise InvalidUrl() from None
    port = parsed.port
    if (
        parsed.scheme not in ("http", "https")
        or not parsed.host
        or parsed.userinfo
        or (port is not None and not 0 < port < 65536)
    ):
        raise InvalidUrl()
    return parsed


def _is_internal_legacy_ip(url: str) -> bool:
    """True for a host like `0177.0.0.1`: an internal IPv4 address in the octal spelling that
    inet_aton (and browsers) read but httpx refuses to parse. We cannot open it either way, but
    the user should hear that it is internal, not that the link looks broken."""
    try:
        host = urlsplit(url.strip()).hostname or ""
        packed = socket.inet_aton(host)
    except (OSError, ValueError):
        return False
    return not is_public_address(IPv4Address(packed))


def is_public_address(ip: IPAddress) -> bool:
    """True for an address on the public internet, the only kind a link may lead to.

    `is_global` knows the IANA special-purpose registries (loopback, private, link-local with the
    cloud metadata address, CGNAT 100.64/10, unique-local fc00::/7, documentation, reserved...),
    but not multicast or the deprecated site-local fec0::/10, and it judges IPv6 addresses that
    merely carry an IPv4 one (mapped, compatible, 6to4, NAT64) by their wrapper; those are
    judged by the IPv4 address they lead to.
    """
    if isinstance(ip, IPv6Address):
        embedded = _embedded_ipv4(ip)
        if embedded is not None:
            return is_public_address(embedded)
        if ip.is_site_local or ip in _LOCAL_NAT64:
            return False
    return ip.is_global and not ip.is_multicast


def _embedded_ipv4(ip: IPv6Address) -> IPv4Address | None:
    if ip.ipv4_mapped is not None:
        return ip.ipv4_mapped
    if ip.sixtofour is not None:
        return ip.sixtofour
    if ip in _NAT64 or ip in _IPV4_COMPATIBLE:
        return IPv4Address(int(ip) & 0xFFFF_FFFF)
    return None


def _any_address(ip: IPAddress) -> bool:
    return True


class _VettedBackend(httpcore.AsyncNetworkBackend):
    """httpcore's network backend, connecting only to resolved addresses the policy allows."""

    def __init__(self, policy: AddressPolicy) -> None:
        self._policy = policy
        self._backend = httpcore.AnyIOBackend()

    async def connect_tcp(
        self,
        host: str,
        port: int,
        timeout: float | None = None,
        local_address: str | None = None,
        socket_options: Collection[httpcore.SOCKET_OPTION] | None = None,
    ) -> httpcore.AsyncNetworkStream:
        addresses = await _resolve(host, port)
        allowed = [address for address in addresses if self._policy(address)]
        if not allowed:
            raise BlockedAddress(", ".join(map(str, addresses)))
        for address in allowed[:-1]:
            with contextlib.suppress(httpcore.ConnectError):
                return await self._backend.connect_tcp(
                    str(address), port, timeout, local_address, socket_options
                )
        return await self._backend.connect_tcp(
            str(allowed[-1]), port, timeout, local_address, socket_options
        )

    async def sleep(self, seconds: float) -> None:
        await self._backend.sleep(seconds)


async def _resolve(host: str, port: int) -> list[IPAddress]:
    """Every address the name resolves to, in the resolver's order of preference."""
    loop = asyncio.get_running_loop()
    try:
        infos = await loop.getaddrinfo(host, port, type=socket.SOCK_STREAM)
    except (socket.gaierror, UnicodeError) as error:
        raise httpcore.ConnectError(f"cannot resolve host: {error}") from None
    return list(dict.fromkeys(ip_address(info[4][0]) for info in infos))


def _client(
    limits: FetchLimits,
    accept: Collection[str],
    headers: Mapping[str, str | None] | None,
    policy: AddressPolicy,
) -> httpx.AsyncClient:
    """A client whose only way out is the vetted backend (no proxies from the environment)."""
    transport = httpx.AsyncHTTPTransport(verify=_ssl_context(), trust_env=False)
    # httpx has no public switch for the network backend; its pool is the documented httpcore one.
    transport._pool = httpcore.AsyncConnectionPool(
        ssl_context=_ssl_context(),
        network_backend=_VettedBackend(policy),
    )
    return httpx.AsyncClient(
        transport=transport,
        follow_redirects=False,
        trust_env=False,
        timeout=httpx.Timeout(limits.total_timeout, connect=limits.connect_timeout),
        headers={
            "User-Agent": limits.user_agent,
            "Accept": ", ".join(sorted(accept)) + ", */*;q=0.1",
            "Accept-Encoding": _ACCEPT_ENCODING,
            **{name: value for name, value in (headers or {}).items() if value},
        },
    )


@functools.cache
def _ssl_context() -> ssl.SSLContext:
    """httpx's default verification (certifi roots), built once: loading it costs ~30 ms."""
    return httpx.create_ssl_context()


async def _follow(
    client: httpx.AsyncClient, url: httpx.URL, limits: FetchLimits, accept: Collection[str]
) -> Page:
    for _ in range(limits.max_redirects + 1):
        async with client.stream("GET", url) as response:
            location = response.headers.get("location")
            if response.status_code in _REDIRECTS and location:
                url = check_url(location, base=response.url)
                continue
            return await _read_page(response, limits.max_bytes, accept)
    raise TooManyRedirects()


async def _read_page(response: httpx.Response, max_bytes: int, accept: Collection[str]) -> Page:
    status = response.status_code
    if status >= 400:
        raise DeadLink(status)
    header = response.headers.get("content-type", "")
    declared = _media_type(header)
    etag, last_modified = response.headers.get("etag"), response.headers.get("last-modified")
    if status == NOT_MODIFIED:
        return Page(str(response.url), status, declared, "", "", etag, last_modified)
    if declared and declared not in accept:
        raise NotAPage(declared)
    if _declared_length(response) > max_bytes:
        raise TooLarge(f"Content-Length above {max_bytes}")
    body = await _read_body(response, max_bytes)
    text, encoding = await asyncio.to_thread(decode_body, body, header)
    if _looks_binary(text[:_HEAD_BYTES]):
        raise NotAPage("binary data")
    text = _CONTROL.sub("", text)
    content_type = declared or _sniff(text)
    if content_type not in accept:
        raise NotAPage(content_type)
    return Page(str(response.url), status, content_type, text, encoding, etag, last_modified)


def _media_type(content_type: str) -> str:
    return content_type.split(";")[0].strip().lower()


def _declared_length(response: httpx.Response) -> int:
    try:
        return int(response.headers.get("content-length", "0"))
    except ValueError:
        return 0


async def _read_body(response: httpx.Response, max_bytes: int) -> bytes:
    """The decoded body, refused with TooLarge as soon as it passes `max_bytes`."""
    inflate = _inflater(response.headers.get("content-encoding", ""))
    body = bytearray()
    try:
        async for chunk in response.aiter_raw():
            # Asking for one byte more than the room left tells "fits" from "too large".
            body += inflate(chunk, max_bytes - len(body) + 1)
            if len(body) > max_bytes:
                raise TooLarge(f"body above {max_bytes}")
    except zlib.error:
        raise Unreachable("corrupt compressed body") from None
    return bytes(body)


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


_META_CHARSET = re.compile(rb"""<meta\b[^>]*?charset\s*=\s*["']?\s*([\w.:-]+)""", re.IGNORECASE)
_XML_ENCODING = re.compile(rb"""^\s*<\?xml\b[^>]*?encoding\s*=\s*["']([\w.:-]+)""", re.IGNORECASE)
_HTML_MARKER = re.compile(r"<!doctype\s+html|<html[\s>]|<head[\s>]|<body[\s>]", re.IGNORECASE)
_CONTROL = re.compile("[\x00-\x08\x0b\x0c\x0e-\x1f]")
"""Control characters no page legitimately contains, and which lxml refuses to parse."""


def decode_body(body: bytes, content_type: str = "") -> tuple[str, str]:
    """The body as text and the encoding used to read it.

    In order: a byte-order mark, the HTTP charset, a <meta> or XML declaration near the top, valid
    UTF-8, then charset_normalizer's guess; UTF-8 with replacement characters if all else fails.
    """
    encoding = (
        _bom_encoding(body)
        or _codec(_header_charset(content_type))
        or _codec(_declared_charset(body[:_HEAD_BYTES]))
        or _detect(body)
    )
    return body.decode(encoding, errors="replace"), encoding


def _bom_encoding(body: bytes) -> str | None:
    if body.startswith(codecs.BOM_UTF8):
        return "utf-8-sig"
    if body.startswith((codecs.BOM_UTF16_LE, codecs.BOM_UTF16_BE)):
        return "utf-16"
    return None


def _header_charset(content_type: str) -> str | None:
    for parameter in content_type.split(";")[1:]:
        name, _, value = parameter.partition("=")
        if name.strip().lower() == "charset":
            return value.strip().strip("\"'")
    return None


def _declared_charset(head: bytes) -> str | None:
    match = _META_CHARSET.search(head) or _XML_ENCODING.search(head)
    return match.group(1).decode("ascii") if match else None


def _codec(name: str | None) -> str | None:
    """Python's name for a declared charset, or None when we do not know it.

    Browsers read pages labelled latin-1 or ASCII as windows-1252 (the WHATWG Encoding standard),
    and such pages rely on it for curly quotes and dashes, so we do the same.
    """
    if not name:
        return None
    try:
        codec = codecs.lookup(name).name
    except LookupError:
        return None
    return "cp1252" if codec in ("iso8859-1", "ascii") else codec


def _detect(body: bytes) -> str:
    try:
        body.decode("utf-8")
    except UnicodeDecodeError:
        guess = charset_normalizer.from_bytes(body).best()
        return _codec(guess.encoding if guess else None) or "utf-8"
    return "utf-8"


def _looks_binary(sample: str) -> bool:
    return len(_CONTROL.findall(sample)) > len(sample) * _BINARY_SHARE


def _sniff(text: str) -> str:
    """A media type for a body sent without one."""
    return "text/html" if _HTML_MARKER.search(text[:_HEAD_BYTES]) else "text/plain"
