"""The bot keeps its memory across restarts and copes when Telegram misbehaves."""

from __future__ import annotations

from tests.e2e import articles
from tests.e2e.conftest import World, start_again

TIMEOUT = 30


def summarize(world: World, chat: int, path: str):
    asked = world.telegram.push_text(chat, world.pages.url(path))
    return world.telegram.wait_for_bot_message(chat, after=asked, contains="TL;DR", timeout=TIMEOUT)


def test_after_a_restart_questions_and_buttons_still_work(own_world: World) -> None:
    chat = 201
    summary = summarize(own_world, chat, "/garden")
    own_world.bot.stop()
    start_again(own_world)
    question = own_world.telegram.push_text(chat, "How much does a plot cost?")
    answer = own_world.telegram.wait_for_bot_message(chat, after=question, timeout=TIMEOUT)
    assert "25 euros" in answer.text
    longer = next(b for b in summary.buttons if "Longer" in b["text"])
    own_world.telegram.press_button(chat, summary.message_id, longer["callback_data"])
    own_world.telegram.wait_for(
        lambda: any(m.message_id == summary.message_id and "Shorter" in str(m.buttons)
                    and m.text.count("•") > summary.text.count("•")
                    for m in own_world.telegram.bot_messages(chat)),
        timeout=TIMEOUT, what="the old summary to grow after the restart")
    fetched = [r for r in own_world.pages.requests if r.path == "/garden"]
    assert len(fetched) == 1, "the article came from the store, not a second download"


def test_a_follow_up_question_leans_on_the_previous_one_even_after_a_restart(own_world: World) -> None:
    chat = 207
    summarize(own_world, chat, "/bridge")
    question = own_world.telegram.push_text(chat, "Who designed the bridge?")
    answer = own_world.telegram.wait_for_bot_message(chat, after=question, timeout=TIMEOUT)
    assert "Clara Weiss" in answer.text
    own_world.bot.stop()
    start_again(own_world)
    follow_up = own_world.telegram.push_text(chat, "and what did she say about it?")
    answer = own_world.telegram.wait_for_bot_message(chat, after=follow_up, timeout=TIMEOUT)
    first = answer.text.splitlines()[0]
    assert "solar lamps" in first, answer.text
    assert "Shop owners" not in answer.text


def test_the_same_link_again_is_answered_from_the_store(own_world: World) -> None:
    summarize(own_world, 202, "/envoy")
    again = summarize(own_world, 203, "/envoy")
    assert articles.ENVOY_TITLE in again.text
    assert len([r for r in own_world.pages.requests if r.path == "/envoy"]) == 1


def test_flood_limits_and_server_errors_are_retried(world: World) -> None:
    chat = 204
    world.telegram.fail_next("sendMessage", status=429, retry_after=1)
    world.telegram.fail_next("editMessageText", status=500)
    summary = summarize(world, chat, "/envoy")
    assert articles.ENVOY_TITLE in summary.text
    statuses = [c.status for c in world.telegram.calls("sendMessage") if str(c.params.get("chat_id")) == str(chat)]
    assert 429 in statuses and 200 in statuses


def test_a_user_who_blocked_the_bot_does_not_stop_it(world: World) -> None:
    blocked, other = 205, 206
    world.telegram.push_text(blocked, "/start")
    world.telegram.wait_for_bot_message(blocked, contains="Send me a link")
    world.telegram.block_chat(blocked)
    world.telegram.push_text(blocked, world.pages.url("/garden"))
    summary = summarize(world, other, "/garden")
    assert articles.GARDEN_TITLE in summary.text
    assert world.bot.running
