"""Telegram itself misbehaving, through the stand-in: the bot rides it out and still answers.

Faults are queued on the stand-in (`fail_next`) right before the user acts, so they hit the very
calls that carry the user's answer: the long poll that brings the message, the placeholder, the
edit with the summary.
"""

from __future__ import annotations

import time

from bot.conversation import texts
from bot.errors import APOLOGY
from tests.e2e import articles
from tests.e2e.conftest import World
from tests.hostile.conftest import exchange, still_answers
from tests.support.pages import page
from tests.support.telegram_objects import BOT_USERNAME, bot_user, chat_member, now, user

POLL_FAULT_SECONDS = 15.0
"""python-telegram-bot waits a little longer after each failed long poll, up to a few seconds."""
HUNG_POLL_SECONDS = 20.0


def summaries(world: World, chat: int) -> list:
    return [m for m in world.telegram.bot_messages(chat) if "TL;DR:" in m.text]


def test_long_polls_failing_and_dropped_do_not_lose_the_message(world: World) -> None:
    chat = 9501
    world.telegram.fail_next("getUpdates", status=500)
    world.telegram.fail_next("getUpdates", status=502)
    world.telegram.fail_next("getUpdates", drop=True)
    world.telegram.fail_next("getUpdates", status=429, retry_after=1)
    # The poll already waiting on the stand-in brings this one; the polls after it fail.
    exchange(world, chat, "/help", "How to use me", case="long polls failing")
    answer = exchange(world, chat, world.pages.url("/garden"), "TL;DR", case="long polls failing",
                      timeout=POLL_FAULT_SECONDS)
    assert articles.GARDEN_TITLE in answer.text
    statuses = [c.status for c in world.telegram.calls("getUpdates")]
    assert {500, 502, 0, 429} <= set(statuses)
    still_answers(world, chat)


def test_a_long_poll_that_hangs_past_its_timeout_is_abandoned_and_polled_again(world: World) -> None:
    """The bot long-polls for 10 s and waits 5 s more for the answer; a poll that hangs longer
    is given up, the next one delivers the message, and the late answer of the old one is harmless."""
    chat = 9508
    conflicts = len(polls_refused(world))
    world.telegram.fail_next("getUpdates", delay=HUNG_POLL_SECONDS)
    exchange(world, chat, "/help", "How to use me", case="a hung long poll", timeout=HUNG_POLL_SECONDS + 10)
    exchange(world, chat, world.pages.url("/garden"), articles.GARDEN_TITLE, case="a hung long poll")
    # The hung request ends late and polls on the stand-in's side, which ends the bot's current poll.
    world.telegram.wait_for(lambda: len(polls_refused(world)) > conflicts, timeout=HUNG_POLL_SECONDS + 10,
                            what="the hung poll to end")
    still_answers(world, chat)
    answers = [m.text.split("\n")[0] for m in world.telegram.bot_messages(chat)]
    assert answers[:2] == ["How to use me:", articles.GARDEN_TITLE], "the hung poll's late answer is not handled again"
    assert len(answers) == 3


def polls_refused(world: World) -> list:
    return [call for call in world.telegram.calls("getUpdates") if call.status == 409]


def test_a_slow_long_poll_only_delays(world: World) -> None:
    chat = 9502
    world.telegram.fail_next("getUpdates", delay=3)
    started = time.monotonic()
    exchange(world, chat, "/help", "How to use me", case="a slow long poll")
    exchange(world, chat, world.pages.url("/garden"), articles.GARDEN_TITLE, case="a slow long poll")
    assert time.monotonic() - started >= 2.5, "one of the two messages came by the slow poll"
    still_answers(world, chat)


def test_flood_limits_and_server_errors_on_every_step_of_an_answer(world: World) -> None:
    chat = 9503
    world.telegram.fail_next("sendMessage", status=500)
    world.telegram.fail_next("sendMessage", status=502)
    world.telegram.fail_next("sendMessage", status=429, retry_after=2)
    world.telegram.fail_next("editMessageText", status=429, retry_after=1)
    started = time.monotonic()
    answer = exchange(world, chat, world.pages.url("/envoy"), "TL;DR", case="429s and 5xx while answering")
    assert time.monotonic() - started >= 3, "retry_after was waited out, not ignored"
    assert articles.ENVOY_TITLE in answer.text
    assert len(world.telegram.bot_messages(chat)) == 1, "one answer, no duplicates from the retries"


def test_a_dropped_edit_is_retried(world: World) -> None:
    chat = 9504
    world.telegram.fail_next("editMessageText", drop=True)
    answer = exchange(world, chat, world.pages.url("/garden"), "TL;DR", case="dropped edit")
    assert articles.GARDEN_TITLE in answer.text
    assert len(world.telegram.bot_messages(chat)) == 1


def test_a_summary_edit_whose_answer_was_lost_is_shown_once_without_an_apology(world: World) -> None:
    chat = 9511
    world.telegram.fail_next("editMessageText", lose_answer=True)
    answer = exchange(world, chat, world.pages.url("/garden"), "TL;DR", case="a lost answer to an edit")
    still_answers(world, chat)
    assert articles.GARDEN_TITLE in answer.text
    assert not [m for m in world.telegram.bot_messages(chat) if APOLOGY in m.text]


def test_a_message_posted_whose_answer_was_lost_is_not_posted_again(world: World) -> None:
    """Telegram posts the reply and the connection drops before its answer: from the bot's side
    that is the same failure as a request that never arrived, so it must not send it again."""
    chat = 9509
    world.telegram.fail_next("sendMessage", lose_answer=True)
    exchange(world, chat, "/help", "How to use me", case="a lost answer to sendMessage")
    # Updates of one chat are handled in order: once this is answered, /help is over, retries included.
    exchange(world, chat, world.pages.url("/garden"), "TL;DR", case="a lost answer to sendMessage")
    helps = [m for m in world.telegram.bot_messages(chat) if "How to use me" in m.text]
    assert len(helps) == 1, f"the user got the help {len(helps)} times"


def test_a_send_dropped_before_telegram_acted_gets_an_answer_once(world: World) -> None:
    """The bot cannot tell this drop from a lost answer, so it does not resend the placeholder;
    the user hears back once, and the next link works."""
    chat = 9510
    world.telegram.fail_next("sendMessage", drop=True)
    exchange(world, chat, world.pages.url("/garden"), "TL;DR", APOLOGY, case="dropped sendMessage")
    exchange(world, chat, world.pages.url("/envoy"), articles.ENVOY_TITLE, case="dropped sendMessage")
    first = [m.text for m in world.telegram.bot_messages(chat)][:-1]
    assert len(first) == 1, f"one answer to the first link, not {first}"


def test_a_send_that_times_out_gets_an_answer_and_the_bot_goes_on(world: World) -> None:
    """Telegram carries out a request the bot stopped waiting for (5 s), so it must not be resent
    blindly; the user still hears back, and the next message works."""
    chat = 9505
    world.telegram.fail_next("sendMessage", delay=7)
    asked = world.telegram.push_text(chat, world.pages.url("/garden"))
    world.telegram.wait_for(
        lambda: any("TL;DR" in m.text or APOLOGY in m.text
                    for m in world.telegram.bot_messages(chat) if m.message_id > asked),
        timeout=25, what="a summary or an apology")
    still_answers(world, chat)


def test_a_button_pressed_too_late_for_telegram_to_take_its_answer_still_does_its_job(world: World) -> None:
    """Telegram takes a button's answer only for seconds: a press the bot reaches later (it was
    down, or busy) still grows the summary, and a hint it can no longer show as an alert comes as a
    message, not "something went wrong"."""
    chat = 9512
    summary = exchange(world, chat, world.pages.url("/garden"), "TL;DR", case="a late button press")
    world.telegram.callback_deadline = 0.0
    try:
        longer = next(b for b in summary.buttons if b["text"] == texts.LONGER)
        world.telegram.press_button(chat, summary.message_id, longer["callback_data"])
        world.telegram.wait_for(
            lambda: any(m.message_id == summary.message_id and m.text.count("•") > summary.text.count("•")
                        for m in world.telegram.bot_messages(chat)),
            timeout=20, what="the summary to grow though the press came too late to answer")
        ask = next(b for b in summary.buttons if b["text"] == texts.ASK_BUTTON)
        world.telegram.press_button(chat, summary.message_id, ask["callback_data"])
        hint = world.telegram.wait_for_bot_message(chat, after=summary.message_id, contains="type your question",
                                                   timeout=20)
        assert hint.text == texts.ASK_HINT
    finally:
        world.telegram.callback_deadline = None
    assert not any(APOLOGY in m.text or "went wrong" in m.text for m in world.telegram.bot_messages(chat))
    still_answers(world, chat)


def test_a_placeholder_or_question_deleted_before_the_answer_does_not_lose_it(world: World) -> None:
    """The person deletes the "Reading…" placeholder while the page is read, or their question
    before it is answered: the summary and the answer come as messages of their own."""
    chat = 9513
    url = world.pages.route("/hostile/slow-for-delete", lambda request: (time.sleep(2), page(articles.GARDEN)(request)))
    world.telegram.push_text(chat, url)
    placeholder = world.telegram.wait_for(
        lambda: next((m for m in world.telegram.bot_messages(chat) if m.text.startswith("Reading")), None),
        timeout=10, what="the placeholder")
    world.telegram.delete_message(chat, placeholder.message_id)
    summary = world.telegram.wait_for_bot_message(chat, after=placeholder.message_id, contains="TL;DR", timeout=20)
    assert articles.GARDEN_TITLE in summary.text
    asked = world.telegram.push_text(chat, "who designed the garden?")
    world.telegram.delete_message(chat, asked)  # long before the bot can answer it
    answer = world.telegram.wait_for_bot_message(chat, after=asked, timeout=20)
    assert "Lena Ortiz" in answer.text
    assert not any(APOLOGY in m.text for m in world.telegram.bot_messages(chat))
    still_answers(world, chat)


def test_a_user_who_blocks_the_bot_while_it_reads(world: World) -> None:
    chat, other = 9506, 9507
    world.pages.route("/hostile/slow-read", lambda request: (time.sleep(1.5), page(articles.GARDEN)(request)))
    exchange(world, chat, "/start", "Send me a link")
    world.telegram.push_text(chat, world.pages.url("/hostile/slow-read"))
    world.telegram.wait_for(lambda: any(m.text.startswith("Reading") for m in world.telegram.bot_messages(chat)),
                            timeout=10, what="the placeholder")
    world.telegram.block_chat(chat)
    time.sleep(3)
    refused = [c for c in world.telegram.calls() if str(c.params.get("chat_id")) == str(chat) and c.status == 403]
    assert 1 <= len(refused) <= 3, f"the bot gives up on a blocked chat ({len(refused)} refused calls)"
    exchange(world, other, world.pages.url("/garden"), "TL;DR", case="another chat after a block")


def test_a_group_that_became_a_supergroup_gets_its_answer_in_the_new_chat(world: World) -> None:
    old, new, member = -9601, -1009601, 9602
    world.telegram.push_text(old, "hello", user_id=member, chat_type="group", title="Readers")
    world.telegram.push_update({"message": {
        "message_id": 500, "date": now(), "from": user(member),
        "chat": {"id": old, "type": "group", "title": "Readers"}, "migrate_to_chat_id": new}})
    # Sent just before the upgrade, handled after it: every reply to the old id is refused.
    world.telegram.push_text(old, f"@{BOT_USERNAME} {world.pages.url('/garden')}", user_id=member,
                             chat_type="group")
    world.telegram.wait_for(lambda: summaries(world, new), timeout=20, what="the summary in the supergroup")
    assert articles.GARDEN_TITLE in summaries(world, new)[0].text
    summary = summaries(world, new)[0]
    asked = world.telegram.push_text(new, "how much does a plot cost?", user_id=member, chat_type="supergroup",
                                     reply_to_message_id=summary.message_id)
    world.telegram.wait_for_bot_message(new, after=asked, contains="25 euros", timeout=20)
    assert world.bot.running


def test_a_group_where_the_bot_may_not_write_costs_a_call_or_two_and_nothing_else(world: World) -> None:
    """The group's admins take away the bot's right to send messages: Telegram refuses each send
    with 400 "not enough rights". The bot tries once (a refusal is not retried, nor followed by an
    apology it could not send either, over and over), stays up, and answers there again once the
    right is given back; other chats never notice."""
    chat, admin, other = -9701, 9702, 9703
    world.telegram.push_text(chat, "hello", user_id=admin, chat_type="supergroup", title="Quiet room")
    world.telegram.push_update({"my_chat_member": {
        "chat": {"id": chat, "type": "supergroup", "title": "Quiet room"}, "from": user(admin), "date": now(),
        "old_chat_member": chat_member(bot_user(), "member"), "new_chat_member": chat_member(bot_user(), "restricted")}})
    world.telegram.push_text(chat, f"@{BOT_USERNAME} {world.pages.url('/garden')}", user_id=admin, chat_type="supergroup")
    time.sleep(4)
    calls = [c for c in world.telegram.calls() if str(c.params.get("chat_id")) == str(chat)]
    refused = [c for c in calls if c.status == 400]
    assert 1 <= len(refused) <= 3, f"{len(refused)} refused calls: {[(c.method, c.status) for c in calls]}\n{world.bot.log_text()[-2000:]}"
    assert world.bot.running, world.bot.log_text()[-3000:]
    exchange(world, other, world.pages.url("/garden"), "TL;DR", case="another chat beside a muted group")
    world.telegram.push_update({"my_chat_member": {
        "chat": {"id": chat, "type": "supergroup", "title": "Quiet room"}, "from": user(admin), "date": now(),
        "old_chat_member": chat_member(bot_user(), "restricted"), "new_chat_member": chat_member(bot_user(), "member")}})
    asked = world.telegram.push_text(chat, f"@{BOT_USERNAME} {world.pages.url('/envoy')}", user_id=admin,
                                     chat_type="supergroup")
    world.telegram.wait_for_bot_message(chat, after=asked, contains="TL;DR", timeout=20)
