"""Two bot instances in webhook mode on one database, behind one load balancer (the stand-in).

Every update is answered once and every feed item posted once, also when one instance is killed
with work in hand: the other takes the dead one's updates over when Telegram redelivers them and
its feed posts once their leases run out. The kill always lands while the victim waits on a slow
page, never between "Telegram accepted the message" and "recorded as done": that window (one database
write) is the one a crash can still double, as documented in bot.feeds.service. Posts whose pages
are slower to read than the lease are posted once too: a post is claimed only once it is read.
"""

from __future__ import annotations

import http.client
import threading
import time
from collections import Counter
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path

import pytest

from bot.chat.budget import PLACEHOLDER_ROOM
from tests.e2e import articles
from tests.e2e.conftest import serve_articles
from tests.support.bot_process import START_TIMEOUT_SECONDS, WEBHOOK_COMMAND, BotProcess, bot_environment
from tests.support.fake_telegram import FakeTelegram
from tests.support.feeds import Item, LiveFeed, items, rss
from tests.support.pages import Handler, PageServer, page
from tests.support.ports import free_port

TIMEOUT = 60
HOLD_SECONDS = 10.0
LEASE = 3.0


@dataclass
class Fleet:
    telegram: FakeTelegram
    pages: PageServer
    bots: list[BotProcess]



@pytest.fixture
def fleet(request: pytest.FixtureRequest, tmp_path: Path, database_url: str) -> Iterator[Fleet]:
    """Two instances; Telegram delivers up to 8 updates at once, or as many as the test's parameter."""
    ports = [free_port(), free_port()]
    with FakeTelegram() as telegram, PageServer() as pages:
        serve_articles(pages)
        telegram.deliver_to([f"http://127.0.0.1:{port}/telegram" for port in ports],
                            connections=getattr(request, "param", 8))
        bots = []
        for name, port in zip("ab", ports):
            environment = bot_environment(
                telegram, tmp_path / "unused.sqlite3", DATABASE_URL=database_url,
                WEBHOOK_URL="https://bot.example", WEBHOOK_SECRET="fleet-secret",
                WEBHOOK_LISTEN="127.0.0.1", WEBHOOK_PORT=str(port), LEASE_SECONDS=str(LEASE),
                FEED_POLL_INTERVAL_SECONDS="1", MAX_FEED_POSTS_PER_CHAT_PER_HOUR="100",
                FETCH_USER_AGENT=f"instance-{name}",
            )
            bots.append(BotProcess(environment, tmp_path / f"{name}.log", WEBHOOK_COMMAND).start())
        try:
            telegram.wait_for(lambda: len(telegram.calls("setWebhook")) >= 2, timeout=START_TIMEOUT_SECONDS,
                              what="both instances to set the webhook")
            yield Fleet(telegram, pages, bots)
        finally:
            for bot in bots:
                if bot.running:
                    bot.kill()


def held_feed(pages: PageServer, path: str, release: threading.Event) -> list[str]:
    """A feed whose first answer waits for `release`; returns the User-Agents that asked so far."""
    asked: list[str] = []
    body = rss(items(2))
    content_type = "application/rss+xml"

    def answer(request) -> None:
        asked.append(request.headers.get("User-Agent", ""))
        if len(asked) == 1:
            release.wait(HOLD_SECONDS)
        data = body.encode()
        request.send_response(200)
        request.send_header("Content-Type", content_type)
        request.send_header("Content-Length", str(len(data)))
        request.end_headers()
        request.wfile.write(data)

    pages.route(path, answer)
    return asked


def replies(telegram: FakeTelegram, chats: range) -> Counter[int]:
    return Counter({chat: len(telegram.bot_messages(chat)) for chat in chats})


def test_two_hundred_updates_are_each_answered_once_across_a_kill(fleet: Fleet) -> None:
    telegram, victim = fleet.telegram, fleet.bots[1]
    first, slow, rest = range(1, 101), range(1001, 1007), range(101, 195)
    for chat in first:
        telegram.push_text(chat, "/start")
    telegram.wait_for(lambda: len({d.update_id for d in telegram.deliveries() if d.status == 200}) == 100,
                      timeout=TIMEOUT, what="the first 100 updates to be handled")
    # Six /feed add whose feeds hold their answer: each instance is mid-update when the victim dies.
    release = threading.Event()
    asked = {chat: held_feed(fleet.pages, f"/slow/{chat}.rss", release) for chat in slow}
    for chat in slow:
        telegram.push_text(chat, f"/feed add {fleet.pages.url(f'/slow/{chat}.rss')}")
    telegram.wait_for(lambda: all(asked.values()), timeout=TIMEOUT, what="every held feed to be asked for")
    assert any("instance-b" in agents for agents in asked.values()), "the victim holds some updates"
    victim.kill()
    release.set()
    for chat in rest:
        telegram.push_text(chat, "/start")

    telegram.wait_for(lambda: sum(replies(telegram, rest).values()) == len(rest)
                      and sum(replies(telegram, slow).values()) == len(slow), timeout=TIMEOUT, what="every answer")
    time.sleep(LEASE + 1)  # long enough for a duplicate to show up, if there were one
    for chats in (first, slow, rest):
        assert set(replies(telegram, chats).values()) == {1}, "each update is answered exactly once"
    for chat in slow:
        assert "Following" in telegram.bot_messages(chat)[0].text
    delivered = telegram.deliveries()
    assert len({d.update_id for d in delivered if d.status == 200}) == 200
    assert any(d.status == 0 for d in delivered), "the load balancer saw the victim die and retried elsewhere"


def test_fifty_feed_items_are_each_posted_once_across_a_kill(fleet: Fleet) -> None:
    telegram, pages = fleet.telegram, fleet.pages
    feeds = {chat: LiveFeed(items(3), title=f"Feed {chat}") for chat in range(501, 506)}
    for chat, feed in feeds.items():
        asked = telegram.push_text(chat, f"/feed add {pages.route(f'/busy/{chat}.rss', feed)}")
        telegram.wait_for_bot_message(chat, after=asked, contains="Following", timeout=TIMEOUT)
    fetching: Counter[str] = Counter()
    release = threading.Event()

    def gone(request) -> None:
        """A dead link (the post says the article could not be read), held until the victim is dead."""
        fetching[request.headers.get("User-Agent", "")] += 1
        release.wait(HOLD_SECONDS)
        request.send_response(404)
        request.send_header("Content-Length", "0")
        request.end_headers()

    fresh = {chat: [Item(f"urn:{chat}:{n}", f"Busy story {chat}-{n}.", pages.route(f"/gone/{chat}/{n}", gone),
                         time.time()) for n in range(10)] for chat in feeds}
    for chat, feed in feeds.items():
        feed.add(*fresh[chat])
    telegram.wait_for(lambda: fetching["instance-b"], timeout=TIMEOUT, what="the victim to be posting")
    fleet.bots[1].kill()
    release.set()

    def posted(chat: int) -> Counter[str]:
        return Counter(item.title for m in telegram.bot_messages(chat) for item in fresh[chat] if item.title in m.text)

    telegram.wait_for(lambda: sum(len(posted(chat)) for chat in feeds) == 50, timeout=TIMEOUT,
                      what="all 50 items posted")
    time.sleep(LEASE + 2)  # a lease running out late would post a duplicate now
    for chat in feeds:
        assert set(posted(chat).values()) == {1}, "each item is posted exactly once"
    assert fetching["instance-a"], "both instances posted"


def test_items_whose_pages_read_slowly_are_each_posted_once(fleet: Fleet) -> None:
    """A batch of posts takes longer to read than the lease: no instance may take over the posts
    another is still reading, and each one is posted exactly once."""
    telegram, pages = fleet.telegram, fleet.pages
    chat = 551
    feed = LiveFeed(items(2), title="Slow Pages")
    asked = telegram.push_text(chat, f"/feed add {pages.route('/slow-pages.rss', feed)}")
    telegram.wait_for_bot_message(chat, after=asked, contains="Following", timeout=TIMEOUT)
    read_seconds = LEASE / 2

    def slow_dead_link(request) -> None:
        time.sleep(read_seconds)
        request.send_response(404)
        request.send_header("Content-Length", "0")
        request.end_headers()

    fresh = [Item(f"urn:slow:{n}", f"Slow story {n}.", pages.route(f"/slow-page/{n}", slow_dead_link),
                  time.time()) for n in range(8)]
    feed.add(*fresh)

    def posted() -> Counter[str]:
        return Counter(item.title for m in telegram.bot_messages(chat) for item in fresh if item.title in m.text)

    telegram.wait_for(lambda: len(posted()) == len(fresh), timeout=TIMEOUT, what="every slow item posted")
    time.sleep(LEASE + 2)  # a claim taken over late would post a duplicate now
    assert set(posted().values()) == {1}, f"each item is posted exactly once: {posted()}"


def test_a_link_read_by_one_instance_is_answered_from_the_store_by_the_other(fleet: Fleet) -> None:
    telegram = fleet.telegram
    for chat in (701, 702, 703, 704):
        asked = telegram.push_text(chat, fleet.pages.url("/garden"))
        summary = telegram.wait_for_bot_message(chat, after=asked, contains="TL;DR", timeout=TIMEOUT)
        assert articles.GARDEN_TITLE in summary.text
    # An instance answers Telegram once the update is handled, just after the summary went out.
    telegram.wait_for(lambda: len({d.url for d in telegram.deliveries() if d.status == 200}) == 2,
                      timeout=TIMEOUT, what="the load balancer to have used both instances")
    assert len([r for r in fleet.pages.requests if r.path == "/garden"]) == 1


def test_a_question_sent_while_its_link_is_read_waits_for_it_whichever_instance_gets_it(fleet: Fleet) -> None:
    """Telegram sends a chat's next update only once the bot accepted the one before, and an
    instance accepts an update once it is handled: so the question waits for its link even when
    the other instance takes it, and is answered about that link, not with "send me a link first".
    The page is held until the question is answered (which must not happen before) or for 3 s."""
    telegram, pages = fleet.telegram, fleet.pages
    chat = 901
    question: list[int] = []
    garden = page(articles.GARDEN)

    def question_answered() -> bool:
        return bool(question) and any(m.message_id > question[0] for m in telegram.bot_messages(chat))

    def held_garden(request) -> None:
        try:
            telegram.wait_for(question_answered, timeout=3)
        except AssertionError:
            pass  # 3 s passed: answer anyway
        garden(request)

    telegram.push_text(chat, pages.route("/held-garden", held_garden))
    telegram.wait_for(lambda: any(r.path == "/held-garden" for r in pages.requests), timeout=TIMEOUT,
                      what="an instance to start reading the link")
    question.append(telegram.push_text(chat, "How much does a plot cost?"))
    answer = telegram.wait_for_bot_message(chat, after=question[0], timeout=TIMEOUT)
    assert "25 euros" in answer.text, f"the question was answered before its link was read: {answer.text!r}"

    def handled_by() -> dict[int, str] | None:
        """The instance that handled each update, once both are: an instance answers Telegram
        once the update is handled, just after its answer went out."""
        urls = {d.update_id: d.url for d in telegram.deliveries() if d.status == 200}
        return urls if len(urls) == 2 else None

    handled = telegram.wait_for(handled_by, timeout=TIMEOUT, what="both updates to be handled")
    assert len(set(handled.values())) == 2, "the link and the question went to different instances"


def test_sigterm_finishes_the_updates_in_flight_before_exiting(fleet: Fleet) -> None:
    telegram, pages = fleet.telegram, fleet.pages
    chats = (801, 802)
    release = threading.Event()
    asked = {chat: held_feed(pages, f"/slow/{chat}.rss", release) for chat in chats}
    for chat in chats:
        telegram.push_text(chat, f"/feed add {pages.url(f'/slow/{chat}.rss')}")
    telegram.wait_for(lambda: all(asked.values()), timeout=TIMEOUT, what="both held feeds to be asked for")
    (stopped_chat,) = [chat for chat in chats if asked[chat] == ["instance-a"]]
    threading.Timer(1.0, release.set).start()
    assert fleet.bots[0].stop() == 0
    (reply,) = telegram.bot_messages(stopped_chat)
    assert "Following" in reply.text, "the stopped instance answered before it exited"


def test_the_webhook_checks_the_secret_and_reports_health(fleet: Fleet) -> None:
    port = int(fleet.bots[0].settings["WEBHOOK_PORT"])

    def status(method: str, path: str, headers: dict[str, str], body: bytes = b'{"update_id": 1}') -> int:
        connection = http.client.HTTPConnection("127.0.0.1", port, timeout=10)
        try:
            connection.request(method, path, body, headers)
            return connection.getresponse().status
        finally:
            connection.close()

    assert status("POST", "/telegram", {}) == 403
    assert status("POST", "/telegram", {"X-Telegram-Bot-Api-Secret-Token": "wrong"}) == 403
    secret = {"X-Telegram-Bot-Api-Secret-Token": fleet.bots[0].settings["WEBHOOK_SECRET"]}
    for junk in (b"not an update", b"null", b"[]", b"{}", b'{"update_id": "x"}', b'{"update_id": 7, "message": 5}'):
        assert status("POST", "/telegram", secret, junk) == 400, junk
    assert status("GET", "/healthz", {}) == 200
    log = fleet.bots[0].log_text()
    assert log.count("no or a wrong secret token") == 2 and "not a Telegram update" in log, "refusals are logged"
    assert fleet.telegram.calls("setWebhook")[0].params["url"] == "https://bot.example/telegram"


BURST_CHATS = range(801, 801 + 4 * PLACEHOLDER_ROOM)
"""Enough links at once that each instance has more in hand than placeholders fit in a second."""


@pytest.mark.parametrize("fleet", [len(BURST_CHATS)], indirect=True)
def test_links_read_without_a_placeholder_are_answered_once_across_a_kill(fleet: Fleet) -> None:
    """A busy instance reads links without a placeholder (`bot.chat.budget`); killed meanwhile, it
    has posted nothing for them, and the other instance posts each summary once, on redelivery."""
    telegram, victim = fleet.telegram, fleet.bots[1]
    release = threading.Event()
    readers: dict[int, list[str]] = {chat: [] for chat in BURST_CHATS}
    garden = page(articles.GARDEN)

    def held_garden(chat: int) -> Handler:
        def answer(request) -> None:
            readers[chat].append(request.headers.get("User-Agent", ""))
            release.wait(HOLD_SECONDS)
            garden(request)
        return answer

    for chat in BURST_CHATS:
        telegram.push_text(chat, fleet.pages.route(f"/held/{chat}", held_garden(chat)))

    def unannounced() -> list[int]:
        """Chats whose link the victim is reading with nothing posted."""
        return [chat for chat in BURST_CHATS
                if "instance-b" in readers[chat] and not telegram.bot_messages(chat)]

    held = telegram.wait_for(unannounced, timeout=TIMEOUT, what="the victim to read a link without a placeholder")
    victim.kill()
    release.set()

    def summaries(chat: int) -> list[str]:
        return [m.text for m in telegram.bot_messages(chat) if "TL;DR" in m.text]

    telegram.wait_for(lambda: all(summaries(chat) for chat in BURST_CHATS), timeout=TIMEOUT,
                      what="a summary for every link")
    time.sleep(LEASE + 1)  # long enough for a duplicate to show up, if there were one
    for chat in BURST_CHATS:
        assert len(summaries(chat)) == 1, f"chat {chat}: each link is summarized exactly once"
    for chat in held:
        assert len(telegram.bot_messages(chat)) == 1, f"chat {chat}: the summary alone, once"
