"""Which addresses a link may lead to, checked on the very address we connect to.

A link from a chat is untrusted input, so fetching it must not become a way into our own network.
`VettedResolver` resolves the host and hands aiohttp only addresses the policy allows (an address
written as one is checked by `vetted` before the request, as aiohttp connects to it unasked). The
check is on the address we connect to, so a name that resolves to a public address once and to
127.0.0.1 a moment later (DNS rebinding) gains nothing, odd spellings of an IP (`2130706433`,
`0x7f.1`) are judged after the resolver has read them, and every redirect hop passes the same check.
"""

from __future__ import annotations

import asyncio
import contextlib
import socket
from collections.abc import Callable
from ipaddress import IPv4Address, IPv6Address, IPv6Network, ip_address
from urllib.parse import urlsplit

import aiohttp.abc
import httpx

from bot.errors import BlockedAddress, BrokenLink, InvalidUrl, LinkWithLogin, Unreachable


IPAddress = IPv4Address | IPv6Address
AddressPolicy = Callable[[IPAddress], bool]
"""Decides whether we may connect to an address; the default is `is_public_address`."""

_NAT64 = IPv6Network("64:ff9b::/96")
_LOCAL_NAT64 = IPv6Network("64:ff9b:1::/48")
_IPV4_COMPATIBLE = IPv6Network("::/96")


def check_url(url: str, base: httpx.URL | None = None) -> httpx.URL:
    """The link (resolved against `base` for a redirect) as an http(s) URL we may try.

    A scheme other than http(s) is `InvalidUrl`, an http(s) link we cannot read `BrokenLink`, one
    with a login in it `LinkWithLogin`: the person hears what is wrong with the link they sent.
    """
    try:
        parsed = base.join(url) if base is not None else httpx.URL(url.strip())
    except (httpx.InvalidURL, TypeError, ValueError):
        if _is_internal_legacy_ip(url):
            raise BlockedAddress(url) from None
        raise (BrokenLink() if _is_web(url) else InvalidUrl()) from None
    if parsed.scheme not in ("http", "https"):
        raise InvalidUrl()
    if parsed.userinfo:
        raise LinkWithLogin()
    try:
        port = parsed.port
    except ValueError:
        raise BrokenLink() from None
    if not parsed.host or _empty_label(parsed.host) or (port is not None and not 0 < port < 65536):
        raise BrokenLink()
    return parsed


def _empty_label(host: str) -> bool:
    """A host name with a part missing ("https://.com/x", "news..example.com"): no site has it, so
    the link is broken, not a site that is down. A final dot ("example.com.") is allowed."""
    return ":" not in host and ".." in f".{host.removesuffix('.')}."


def _is_web(url: str) -> bool:
    return url.strip().lower().startswith(("http://", "https://"))


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


def is_not_link_local(ip: IPAddress) -> bool:
    """The policy when private addresses are allowed (BOT_ALLOW_PRIVATE_URLS, an intranet): any
    address but link-local ones, however wrapped. 169.254.169.254 is the cloud metadata service,
    which hands out the machine's credentials; no intranet serves articles from link-local."""
    if isinstance(ip, IPv6Address):
        embedded = _embedded_ipv4(ip)
        if embedded is not None:
            return is_not_link_local(embedded)
    return not ip.is_link_local


class VettedResolver(aiohttp.abc.AbstractResolver):
    """aiohttp's name lookup, returning only resolved addresses the policy allows, so the
    connection goes to an address that was checked (BlockedAddress when none is)."""

    def __init__(self, policy: AddressPolicy) -> None:
        self._policy = policy

    async def resolve(
        self, host: str, port: int = 0, family: socket.AddressFamily = socket.AF_INET
    ) -> list[aiohttp.abc.ResolveResult]:
        return [
            {"hostname": host, "host": str(address), "port": port,
             "family": socket.AF_INET6 if address.version == 6 else socket.AF_INET, "proto": 0, "flags": 0}
            for address in await vetted(host, port, self._policy)
        ]

    async def close(self) -> None:
        """Nothing to release: lookups go through the event loop's own resolver."""


def skips_resolver(host: str) -> bool:
    """True for a host aiohttp connects to without asking the resolver, as it judges them: any
    with a colon (IPv6) and any of digits and dots, such as `127.0.0.1` or `2130706433`. Those
    are vetted before the request (`vetted`), since `VettedResolver` never sees them."""
    return ":" in host or host.replace(".", "").isdigit()


async def vetted(host: str, port: int, policy: AddressPolicy) -> list[IPAddress]:
    """The addresses `host` resolves to that `policy` allows, in the resolver's order; BlockedAddress
    when there is none, Unreachable when the name does not resolve."""
    addresses = await resolve(host, port)
    allowed = [address for address in addresses if policy(address)]
    if not allowed:
        raise BlockedAddress(", ".join(map(str, addresses)))
    return allowed


async def resolve(host: str, port: int) -> list[IPAddress]:
    """Every address the name resolves to, in the resolver's order of preference; an address
    written as one is itself, without a lookup in a thread."""
    with contextlib.suppress(ValueError):
        return [ip_address(host)]
    loop = asyncio.get_running_loop()
    try:
        infos = await loop.getaddrinfo(host, port, type=socket.SOCK_STREAM)
    except (socket.gaierror, UnicodeError) as error:
        raise Unreachable(f"cannot resolve host: {error}") from None
    return list(dict.fromkeys(ip_address(info[4][0]) for info in infos))
