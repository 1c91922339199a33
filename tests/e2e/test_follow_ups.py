"""Follow-ups through the real bot: "what else?" after an answer shows a sentence not shown yet, or
says the article has no more, leaning on the turn the bot kept for the chat."""

from __future__ import annotations

from tests.e2e.conftest import World

TIMEOUT = 30


def ask(world: World, chat: int, text: str) -> str:
    asked = world.telegram.push_text(chat, text)
    return world.telegram.wait_for_bot_message(chat, after=asked, timeout=TIMEOUT).text


def test_what_else_shows_more_or_says_there_is_no_more(world: World) -> None:
    chat = 171
    asked = world.telegram.push_text(chat, world.pages.url("/garden"))
    world.telegram.wait_for_bot_message(chat, after=asked, contains="TL;DR", timeout=TIMEOUT)
    first = ask(world, chat, "What will the city open next?")
    assert "two more rooftop gardens" in first
    more = ask(world, chat, "What else?")
    assert "two more rooftop gardens" not in more
    assert "old fire station" in more, more
    asked = world.telegram.push_text(chat, world.pages.url("/bridge"))
    world.telegram.wait_for_bot_message(chat, after=asked, contains="TL;DR", timeout=TIMEOUT)
    assert "Clara Weiss" in ask(world, chat, "Who designed the bridge?")
    assert "doesn't seem to say" in ask(world, chat, "What else?")
