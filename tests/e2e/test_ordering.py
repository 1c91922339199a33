"""One chat's messages are handled in the order they were sent; different chats do not wait for each other.

Article pages here are held back by the page server until something the test can see has happened
(or a cap has passed), so the order of events does not depend on how fast the machine is.
"""

from __future__ import annotations

import threading
from collections.abc import Callable

from bot.chat.app import UPDATES_PER_POLL
from tests.e2e import articles
from tests.e2e.conftest import World
from tests.support.pages import Handler, PageRequest, page

TIMEOUT = 30
HOLD_CAP_SECONDS = 20.0
"""Longest a held page waits; below the bot's 20 s fetch limit plus its answer, so nothing hangs."""


def held(world: World, body: str, until: Callable[[], object], cap: float) -> Handler:
    """The page, answered once `until()` is true or `cap` seconds have passed."""
    answer = page(body)

    def handler(request: PageRequest) -> None:
        try:
            world.telegram.wait_for(until, timeout=cap)
        except AssertionError:
            pass  # the cap passed: answer anyway
        answer(request)

    return handler


def test_a_question_sent_right_after_a_link_is_about_that_link(world: World) -> None:
    """The page is held until the question has been answered (which must not happen before the
    link is read) or for 3 s; an answer before the article is stored would say "send me a link"."""
    chat = 301
    question: list[int] = []

    def question_answered() -> bool:
        return bool(question) and any(m.message_id > question[0] for m in world.telegram.bot_messages(chat))

    path = "/ordering/slow-garden"
    world.telegram.push_text(chat, world.pages.route(path, held(world, articles.GARDEN, question_answered, cap=3)))
    world.telegram.wait_for(lambda: any(r.path == path for r in world.pages.requests), timeout=TIMEOUT,
                            what="the bot to start reading the link")
    question.append(world.telegram.push_text(chat, "How much does a plot cost?"))
    answer = world.telegram.wait_for_bot_message(chat, after=question[0], timeout=TIMEOUT)
    assert "25 euros" in answer.text, f"the question was answered before its link was read: {answer.text!r}"


def test_a_chat_waiting_for_a_slow_page_does_not_hold_up_another_chat(world: World) -> None:
    slow_chat, quick_chat = 302, 303
    released = threading.Event()
    path = "/ordering/stuck-envoy"
    world.telegram.push_text(slow_chat, world.pages.route(
        path, held(world, articles.ENVOY, released.is_set, cap=HOLD_CAP_SECONDS)))
    world.telegram.wait_for(lambda: any(r.path == path for r in world.pages.requests), timeout=TIMEOUT,
                            what="the bot to start reading the slow link")
    try:
        asked = world.telegram.push_text(quick_chat, world.pages.url("/garden"))
        quick = world.telegram.wait_for_bot_message(
            quick_chat, after=asked, contains="TL;DR", timeout=HOLD_CAP_SECONDS / 2)
        assert articles.GARDEN_TITLE in quick.text
        assert not any("TL;DR" in m.text for m in world.telegram.bot_messages(slow_chat)), \
            "the slow page was still held"
    finally:
        released.set()
    slow = world.telegram.wait_for_bot_message(slow_chat, contains="TL;DR", timeout=TIMEOUT)
    assert articles.ENVOY_TITLE in slow.text


def test_a_burst_from_many_chats_is_taken_a_few_updates_per_poll_and_all_answered(world: World) -> None:
    """Thirty chats write at once. Every one is answered, and the bot never asks Telegram for more
    than UPDATES_PER_POLL (20) updates at once: it parses each answer in one step, and 100 at once
    held every chat."""
    chats = range(330, 360)
    asked = {chat: world.telegram.push_text(chat, "What is this about?") for chat in chats}
    for chat, message_id in asked.items():
        world.telegram.wait_for_bot_message(chat, after=message_id, timeout=TIMEOUT)
    limits = [int(call.params.get("limit", 100)) for call in world.telegram.calls("getUpdates")]
    assert limits and max(limits) <= UPDATES_PER_POLL, f"getUpdates asked for up to {max(limits)} updates at once"
