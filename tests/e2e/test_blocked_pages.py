"""Robot checks, paywalls and script shells through the real bot: the person is told what happened
and gets buttons to the page in web archives; nothing of the stand-in page is summarized."""

from __future__ import annotations

import time
from collections.abc import Iterator
from pathlib import Path

import pytest

from tests.e2e.conftest import World, start_world
from tests.support.feeds import Item, LiveFeed, items

pytestmark = pytest.mark.slow

FIXTURES = Path(__file__).resolve().parent.parent / "fixtures" / "blocked"
TIMEOUT = 30
ROBOT = "That site asked me to prove I'm not a robot"
PAYWALL = "That article is behind a paywall: I could only see the teaser"
SCRIPT = "built by JavaScript"


def fixture(name: str) -> str:
    return (FIXTURES / f"{name}.html").read_text(encoding="utf-8")


def archive_buttons(message) -> dict[str, str]:
    return {button["text"]: button["url"] for button in message.buttons if "url" in button}


def assert_offers_archives(message, url: str) -> None:
    assert archive_buttons(message) == {
        "Wayback Machine": f"https://web.archive.org/web/{url}",
        "archive.today": f"https://archive.ph/newest/{url}",
    }
    assert not any("callback_data" in button for button in message.buttons), "no summary buttons"


@pytest.mark.parametrize(
    ("chat", "status", "name", "expected", "teaser"),
    [
        (1301, 503, "challenge_cloudflare_managed", ROBOT, None),
        (1302, 403, "challenge_akamai", ROBOT, None),
        (1303, 200, "challenge_ddos_guard", ROBOT, None),
        (1304, 200, "paywall_subscribe", PAYWALL, "engineers who had worked on the line"),
        (1305, 200, "paywall_json_ld", PAYWALL, "eight percent in April"),
        (1306, 200, "shell_react", SCRIPT, None),
    ],
)
def test_a_blocked_page_is_explained_with_archive_buttons(
    world: World, chat: int, status: int, name: str, expected: str, teaser: str | None
) -> None:
    url = world.pages.add(f"/blocked/{name}", fixture(name), status=status)
    asked = world.telegram.push_text(chat, f"what about this {url}")
    reply = world.telegram.wait_for_bot_message(chat, after=asked, contains=expected, timeout=TIMEOUT)
    assert "TL;DR" not in reply.text
    if teaser:
        assert teaser not in reply.text, "the teaser is not passed off as a summary"
    assert_offers_archives(reply, url)
    assert len(world.telegram.bot_messages(chat)) == 1, "one reply: the placeholder, edited"


def test_a_plain_refusal_gets_no_archive_buttons(world: World) -> None:
    chat = 1307
    url = world.pages.add("/blocked/forbidden", "<html><body><h1>Forbidden</h1></body></html>", status=403)
    asked = world.telegram.push_text(chat, url)
    reply = world.telegram.wait_for_bot_message(chat, after=asked, contains="refused", timeout=TIMEOUT)
    assert reply.buttons == []


@pytest.fixture
def feed_world(tmp_path: Path) -> Iterator[World]:
    yield from start_world(tmp_path, FEED_POLL_INTERVAL_SECONDS="1")


def test_a_paywalled_feed_item_is_posted_with_its_title_and_archive_buttons(feed_world: World) -> None:
    chat = 1310
    feed = LiveFeed(items(3))
    feed_url = feed_world.pages.route("/news.rss", feed)
    asked = feed_world.telegram.push_text(chat, f"/feed add {feed_url}")
    feed_world.telegram.wait_for_bot_message(chat, after=asked, contains="Following", timeout=TIMEOUT)
    stub = feed_world.pages.add("/locked", fixture("paywall_de"))
    feed.add(Item("urn:locked", "Wie die Stadt ihre Brücken retten will", stub, time.time()),
             Item("urn:garden", "Rooftop garden opens", feed_world.pages.url("/garden"), time.time()))
    post = feed_world.telegram.wait_for_bot_message(chat, contains="Brücken retten", timeout=TIMEOUT)
    assert PAYWALL in post.text
    assert "TL;DR" not in post.text and "sanierungsbedürftig" not in post.text
    assert_offers_archives(post, stub)
    readable = feed_world.telegram.wait_for_bot_message(chat, contains="TL;DR", timeout=TIMEOUT)
    assert not archive_buttons(readable), "a readable item is summarized as before"

