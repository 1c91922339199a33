"""Links into our own network: refused through the real bot as it runs by default, however spelled.

The bot here runs with BOT_ALLOW_PRIVATE_URLS unset, as an operator runs it. A honeypot page on
the loopback page server proves that a refused link is never contacted. Redirect chains and DNS
answers need an address the policy allows to start from, so they are checked at the fetcher with
its `policy` hook and a stand-in resolver (`socket.getaddrinfo`, which the fetcher resolves with).
"""

from __future__ import annotations

import socket
from collections.abc import Callable, Iterator
from ipaddress import IPv4Address

import pytest

from bot.errors import BlockedAddress, TooSlow, Unreachable
from bot.reader.fetch import FetchLimits, fetch_page
from tests.e2e.conftest import World
from tests.hostile.conftest import exchange, start_default_world, still_answers
from tests.support.pages import PageServer, redirect

REFUSAL = "private or internal network address"
HONEYPOT = "<html><head><title>Internal admin</title></head><body><p>Secret.</p></body></html>"
LIMITS = FetchLimits(connect_timeout=1.0, total_timeout=2.0, max_bytes=1_000_000, max_redirects=5,
                     allow_private=False, user_agent="HostileTest/1.0")


@pytest.fixture(scope="module")
def guarded(tmp_path_factory: pytest.TempPathFactory) -> Iterator[World]:
    yield from start_default_world(tmp_path_factory.mktemp("guarded"))


def internal_links(port: int) -> dict[str, str]:
    """Each internal range, and the spellings that try to sneak past a naive check."""
    return {
        "loopback": f"http://127.0.0.1:{port}/honeypot",
        "loopback, other address": f"http://127.8.9.10:{port}/honeypot",
        "localhost": f"http://localhost:{port}/honeypot",
        "decimal": f"http://2130706433:{port}/honeypot",
        "octal": f"http://0177.0.0.1:{port}/honeypot",
        "hex, short form": f"http://0x7f.1:{port}/honeypot",
        "short form": f"http://127.1:{port}/honeypot",
        "unspecified": f"http://0.0.0.0:{port}/honeypot",
        "private 10/8": "http://10.0.0.1/",
        "private 172.16/12": "http://172.16.5.4/",
        "private 192.168/16": "http://192.168.1.1/admin",
        "carrier-grade NAT": "http://100.64.0.1/",
        "cloud metadata": "http://169.254.169.254/latest/meta-data/iam/",
        "cloud metadata, decimal": "http://2852039166/latest/meta-data/",
        "IPv6 loopback": f"http://[::1]:{port}/honeypot",
        "IPv4-mapped IPv6": f"http://[::ffff:127.0.0.1]:{port}/honeypot",
        "IPv4-mapped metadata": "http://[::ffff:169.254.169.254]/",
        "IPv6 link-local": "http://[fe80::1]/",
        "IPv6 unique local": "http://[fd12:3456::1]/",
        "NAT64 of loopback": "http://[64:ff9b::7f00:1]/",
        "6to4 of metadata": "http://[2002:a9fe:a9fe::1]/",
    }


def test_every_internal_address_is_refused_through_the_bot(guarded: World) -> None:
    honeypot = guarded.pages.add("/honeypot", HONEYPOT)
    chat = 7001
    for case, link in internal_links(guarded.pages.port).items():
        answer = exchange(guarded, chat, link, REFUSAL, case=f"blocked: {case}")
        assert "Internal admin" not in answer.text, case
    assert not [r for r in guarded.pages.requests if r.path == "/honeypot"], \
        f"a refused link was contacted ({honeypot})"
    still_answers(guarded, chat)


def test_internal_links_among_good_ones_do_not_stop_the_good_ones(guarded: World) -> None:
    guarded.pages.add("/honeypot", HONEYPOT)
    chat = 7003
    link = f"http://[::ffff:7f00:1]:{guarded.pages.port}/honeypot"
    exchange(guarded, chat, f"see {link} and http://192.168.0.1/", REFUSAL, case="blocked: two in one message")
    guarded.telegram.wait_for(
        lambda: sum(REFUSAL in m.text for m in guarded.telegram.bot_messages(chat)) == 2,
        timeout=10, what="both links refused")
    still_answers(guarded, chat)


def resolver(name: str, answer: list[str] | Callable[[str], list[str]]):
    """`socket.getaddrinfo` with `name` answered by us, every other host (IP literals) as usual."""
    real = socket.getaddrinfo

    def getaddrinfo(host, port, *args, **kwargs):
        if host != name:
            return real(host, port, *args, **kwargs)
        addresses = answer(host) if callable(answer) else answer
        return [(socket.AF_INET6 if ":" in a else socket.AF_INET, socket.SOCK_STREAM, 6, "", (a, port))
                for a in addresses]

    return getaddrinfo


# The fetcher itself: redirects and DNS, with a policy that lets our loopback server be the start.


def only_loopback(address: object) -> bool:
    return address == IPv4Address("127.0.0.1")


@pytest.mark.parametrize("final", [
    "http://169.254.169.254/latest/meta-data/",
    "http://[::ffff:10.0.0.1]/",
    "http://0x0a.0.0.1/",
    "http://[::1]:8080/",
])
async def test_a_redirect_chain_ending_inside_is_refused(final: str) -> None:
    with PageServer() as pages:
        pages.route("/c", redirect(final, status=307))
        pages.route("/b", redirect(pages.url("/c"), status=301))
        url = pages.route("/a", redirect("/b"))
        with pytest.raises(BlockedAddress) as refused:
            await fetch_page(url, LIMITS, policy=only_loopback)
    assert str(refused.value) == BlockedAddress.message
    assert [r.path for r in pages.requests] == ["/a", "/b", "/c"], "each hop checked before it is contacted"


async def test_a_name_we_resolve_to_a_private_address_is_refused(monkeypatch: pytest.MonkeyPatch) -> None:
    with PageServer() as pages:
        pages.add("/honeypot", HONEYPOT)
        monkeypatch.setattr(socket, "getaddrinfo", resolver("intranet.example", ["192.168.7.7", "127.0.0.1"]))
        with pytest.raises(BlockedAddress):
            await fetch_page(f"http://intranet.example:{pages.port}/honeypot", LIMITS)
    assert pages.requests == []


async def test_a_dns_answer_that_changes_after_the_check_gains_nothing(monkeypatch: pytest.MonkeyPatch) -> None:
    """DNS rebinding: the name answers a public address first and loopback on every later lookup.

    A fetcher that checks the name (one lookup) and then lets the HTTP client connect (a second
    lookup) would be sent to 127.0.0.1 by the second answer. Ours resolves once per connection,
    judges those very addresses and connects to one of them by number, so there is no second
    lookup to poison: the connection goes to the public address (unreachable offline) and the
    loopback server never hears of it.
    """
    with PageServer() as pages:
        pages.add("/honeypot", HONEYPOT)
        answers = iter([["8.8.8.8"]])
        lookups: list[str] = []

        def rebinding(host: str) -> list[str]:
            lookups.append(host)
            return next(answers, ["127.0.0.1"])

        monkeypatch.setattr(socket, "getaddrinfo", resolver("rebind.example", rebinding))
        with pytest.raises((Unreachable, TooSlow)):
            await fetch_page(f"http://rebind.example:{pages.port}/honeypot", LIMITS)
    assert pages.requests == [], "the second DNS answer was never used to connect"
    assert lookups == ["rebind.example"]


