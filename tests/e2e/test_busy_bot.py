"""A busy bot spends Telegram's message budget on answers: no "Reading…" placeholder in a burst.

Telegram lets a bot post about 30 messages a second. A quiet bot sends the placeholder at once and
edits it into the summary; in a burst larger than half that budget, links get their summary (or
failure) as one reply instead, so a burst needs fewer than two calls per link. Either way every
link is answered exactly once, and each chat's answers come in the order its links were sent.
"""

from __future__ import annotations

import time

from bot.chat.budget import PLACEHOLDER_ROOM, WINDOW_SECONDS
from bot.conversation import texts
from tests.e2e import articles
from tests.e2e.conftest import World
from tests.support.fake_telegram import BotMessage

TIMEOUT = 60
CHATS = range(601, 601 + 2 * PLACEHOLDER_ROOM)
"""Twice as many chats as placeholders fit in a second, each sending two links at once."""
LINKS = (("/garden", articles.GARDEN_TITLE), ("/bridge", articles.BRIDGE_TITLE), ("/gone", "404 Not Found"))


PLACEHOLDER_START = texts.READING.split("{", 1)[0]


def waiting(message: BotMessage) -> bool:
    return message.text.startswith(PLACEHOLDER_START)


def answers(world: World, chat: int) -> list[BotMessage]:
    """The bot's messages in the chat that are not a placeholder still waiting."""
    return [m for m in world.telegram.bot_messages(chat) if not waiting(m)]


def calls_to(world: World, chats: range) -> int:
    return sum(1 for call in world.telegram.calls() if call.method in ("sendMessage", "editMessageText")
               and int(call.params.get("chat_id", 0)) in chats)


def test_a_burst_gets_one_answer_per_link_in_order_with_fewer_than_two_calls_each(world: World) -> None:
    asked = {chat: [world.telegram.push_text(chat, f"read {world.pages.url(path)}") for path, _ in LINKS]
             for chat in CHATS}
    world.telegram.wait_for(lambda: all(len(answers(world, chat)) >= len(LINKS) for chat in CHATS),
                            timeout=TIMEOUT, what="an answer to every link")
    time.sleep(WINDOW_SECONDS)  # long enough for a second answer to show up, if there were one
    links = len(CHATS) * len(LINKS)
    for chat in CHATS:
        shown = world.telegram.bot_messages(chat)
        assert not any(waiting(m) for m in shown), "no placeholder is left waiting"
        assert len(shown) == len(LINKS), f"one answer per link: {[m.text[:40] for m in shown]}"
        for message, (_, expected) in zip(shown, LINKS):
            assert expected in message.text, f"answers in the order of the links: {[m.text[:40] for m in shown]}"
        for message in shown:
            assert message.edits or message.reply_to in asked[chat], "a reply of its own quotes its link"
    direct = [m for chat in CHATS for m in world.telegram.bot_messages(chat) if not m.edits]
    assert direct, "in the burst some links were answered without a placeholder"
    assert calls_to(world, CHATS) < 2 * links, f"{calls_to(world, CHATS)} calls for {links} links"


def test_a_link_to_a_quiet_bot_shows_the_placeholder_first(world: World) -> None:
    """Also right after the burst above, once a second has passed without calls."""
    chat = 650
    time.sleep(WINDOW_SECONDS)
    asked = world.telegram.push_text(chat, f"read {world.pages.url('/envoy')}")
    summary = world.telegram.wait_for_bot_message(chat, after=asked, contains="TL;DR", timeout=TIMEOUT)
    assert articles.ENVOY_TITLE in summary.text
    sent = [call.params["text"] for call in world.telegram.calls("sendMessage")
            if int(call.params["chat_id"]) == chat]
    assert len(sent) == 1 and sent[0].startswith(PLACEHOLDER_START), "the placeholder first"
    assert summary.edits >= 1, "then edited into the summary"
