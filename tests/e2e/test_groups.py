"""Group chats: admin-only settings, automatic summaries when subscribed, replies and topics."""

from __future__ import annotations

from bot.conversation import texts
from tests.e2e import articles
from tests.e2e.conftest import World
from tests.support.telegram_objects import BOT_ID, BOT_USERNAME, chat_member, bot_user, now, user

TIMEOUT = 30
ADMIN, MEMBER = 501, 502


def group(world: World, chat_id: int, admins: list[int], kind: str = "supergroup") -> None:
    world.telegram.push_text(chat_id, "hello all", user_id=MEMBER, chat_type=kind, title="Readers")
    world.telegram.set_admins(chat_id, admins)


def test_only_admins_turn_on_automatic_summaries(world: World) -> None:
    chat = -1001
    group(world, chat, [ADMIN])
    link = world.telegram.push_text(chat, world.pages.url("/garden"), user_id=MEMBER, chat_type="supergroup")
    asked = world.telegram.push_text(chat, "/subscribe", user_id=MEMBER, chat_type="supergroup")
    world.telegram.wait_for_bot_message(chat, after=asked, contains="only this group's admins")
    assert not any("TL;DR" in m.text for m in world.telegram.bot_messages(chat)), \
        f"links are not summarized before an admin subscribes (message {link})"

    asked = world.telegram.push_text(chat, f"/subscribe@{BOT_USERNAME}", user_id=ADMIN, chat_type="supergroup")
    reply = world.telegram.wait_for_bot_message(chat, after=asked, contains="summarize the links")
    assert "privacy mode" in reply.text.lower(), "the bot explains it cannot see messages yet"
    posted = world.telegram.push_text(chat, f"look {world.pages.url('/garden')}", user_id=MEMBER,
                                      chat_type="supergroup")
    summary = world.telegram.wait_for_bot_message(chat, after=posted, contains="TL;DR", timeout=TIMEOUT)
    assert articles.GARDEN_TITLE in summary.text
    assert "•" not in summary.text, "group summaries are compact"
    assert any("Longer" in b["text"] for b in summary.buttons)

    asked = world.telegram.push_text(chat, "/unsubscribe", user_id=ADMIN, chat_type="supergroup")
    world.telegram.wait_for_bot_message(chat, after=asked, contains="stop summarizing")
    posted = world.telegram.push_text(chat, world.pages.url("/envoy"), user_id=MEMBER, chat_type="supergroup")
    check = world.telegram.push_text(chat, "/help", user_id=MEMBER, chat_type="supergroup")
    world.telegram.wait_for_bot_message(chat, after=check, contains="How to use me")
    assert not any(articles.ENVOY_TITLE in m.text for m in world.telegram.bot_messages(chat))


def test_anonymous_admin_can_change_settings(world: World) -> None:
    chat = -1002
    group(world, chat, [ADMIN])
    asked = world.telegram.push_text(chat, "/length short", chat_type="supergroup",
                                     sender_chat={"id": chat, "type": "supergroup", "title": "Readers"})
    world.telegram.wait_for_bot_message(chat, after=asked, contains="short from now on")


def test_questions_in_groups_only_when_replying_or_asking(world: World) -> None:
    chat = -1003
    group(world, chat, [ADMIN])
    asked = world.telegram.push_text(chat, f"@{BOT_USERNAME} {world.pages.url('/envoy')}", user_id=MEMBER,
                                     chat_type="supergroup")
    summary = world.telegram.wait_for_bot_message(chat, after=asked, contains="TL;DR", timeout=TIMEOUT)
    chatter = world.telegram.push_text(chat, "who is coming to lunch?", user_id=MEMBER, chat_type="supergroup")
    replied = world.telegram.push_text(chat, "What did Northland test?", user_id=MEMBER, chat_type="supergroup",
                                       reply_to_message_id=summary.message_id)
    answer = world.telegram.wait_for_bot_message(chat, after=replied, timeout=TIMEOUT)
    assert "cruise missile" in answer.text
    assert not [m for m in world.telegram.bot_messages(chat) if chatter < m.message_id < replied]
    asked = world.telegram.push_text(chat, "/ask who is Sung Kim?", user_id=MEMBER, chat_type="supergroup")
    answer = world.telegram.wait_for_bot_message(chat, after=asked, timeout=TIMEOUT)
    assert "special representative" in answer.text


def test_everything_the_bot_says_in_a_forum_topic_stays_in_that_topic(world: World) -> None:
    """Placeholder, summary, a long summary split over two messages, typing and an answer, quotes
    and a refusal: every message and chat action carries the topic it answers."""
    chat, topic = -1004, 77
    world.pages.add("/harbour", articles.HARBOUR)
    group(world, chat, [ADMIN])

    def say(text: str, **extra: object) -> int:
        return world.telegram.push_text(chat, text, user_id=MEMBER, chat_type="supergroup",
                                        message_thread_id=topic, **extra)

    asked = say(f"@{BOT_USERNAME} {world.pages.url('/harbour')}")
    summary = world.telegram.wait_for_bot_message(chat, after=asked, contains="TL;DR", timeout=TIMEOUT)
    longer = next(b for b in summary.buttons if "Longer" in b["text"])
    world.telegram.press_button(chat, summary.message_id, longer["callback_data"], user_id=MEMBER)
    rest = world.telegram.wait_for_bot_message(chat, after=summary.message_id, timeout=TIMEOUT)
    assert any("Shorter" in b["text"] for b in rest.buttons), "the long summary went on in a second message"
    quotes = next(b for b in rest.buttons if "Quotes" in b["text"])
    world.telegram.press_button(chat, rest.message_id, quotes["callback_data"], user_id=MEMBER)
    world.telegram.wait_for_bot_message(chat, after=rest.message_id, contains="Key quotes", timeout=TIMEOUT)
    asked = say("Who explained what the ferry volunteers require?", reply_to_message_id=summary.message_id)
    world.telegram.wait_for_bot_message(chat, after=asked, contains="Basil Grant", timeout=TIMEOUT)
    asked = say("/forget")
    world.telegram.wait_for_bot_message(chat, after=asked, contains="only this group's admins")

    def topic_of(call) -> int | None:
        value = call.params.get("message_thread_id")
        return None if value is None else int(value)

    sent = [(call.method, topic_of(call)) for call in world.telegram.calls()
            if call.method in ("sendMessage", "sendChatAction") and str(call.params.get("chat_id")) == str(chat)]
    assert ("sendChatAction", topic) in sent and len(sent) >= 6
    assert [item for item in sent if item[1] != topic] == [], "every message and typing goes to the topic"
    shown = world.telegram.bot_messages(chat)
    assert [m.text[:40] for m in shown if m.message_thread_id != topic] == []


def test_removal_stops_automatic_summaries_and_migration_keeps_settings(world: World) -> None:
    old, new = -5005, -1005005
    group(world, old, [ADMIN], kind="group")
    asked = world.telegram.push_text(old, "/subscribe", user_id=ADMIN, chat_type="group")
    world.telegram.wait_for_bot_message(old, after=asked, contains="summarize the links")
    world.telegram.push_update({"message": {
        "message_id": 900, "date": now(), "from": user(ADMIN),
        "chat": {"id": old, "type": "group", "title": "Readers"}, "migrate_to_chat_id": new}})
    world.telegram.set_admins(new, [ADMIN])
    posted = world.telegram.push_text(new, world.pages.url("/envoy"), user_id=MEMBER, chat_type="supergroup")
    world.telegram.wait_for_bot_message(new, after=posted, contains="TL;DR", timeout=TIMEOUT)

    world.telegram.push_update({"my_chat_member": {
        "chat": {"id": new, "type": "supergroup", "title": "Readers"}, "from": user(ADMIN), "date": now(),
        "old_chat_member": chat_member(bot_user(), "member"), "new_chat_member": chat_member(bot_user(), "left")}})
    world.telegram.push_update({"my_chat_member": {
        "chat": {"id": new, "type": "supergroup", "title": "Readers"}, "from": user(ADMIN), "date": now(),
        "old_chat_member": chat_member(bot_user(), "left"), "new_chat_member": chat_member(bot_user(), "member")}})
    posted = world.telegram.push_text(new, world.pages.url("/garden"), user_id=MEMBER, chat_type="supergroup")
    check = world.telegram.push_text(new, "/help", user_id=MEMBER, chat_type="supergroup")
    world.telegram.wait_for_bot_message(new, after=check, contains="How to use me")
    assert not any(articles.GARDEN_TITLE in m.text for m in world.telegram.bot_messages(new)), \
        f"after being removed and re-added, the group must subscribe again (message {posted})"
    assert BOT_ID


def test_members_cannot_wipe_or_change_a_groups_articles_and_settings_but_admins_can(world: World) -> None:
    chat = -1006
    group(world, chat, [ADMIN])

    def command(text: str, sender: int, expected: str) -> None:
        asked = world.telegram.push_text(chat, text, user_id=sender, chat_type="supergroup")
        reply = world.telegram.wait_for_bot_message(chat, after=asked, timeout=TIMEOUT)
        assert expected in reply.text, f"{text!r} from user {sender}: expected {expected!r}, got {reply.text!r}"

    command("/length short", ADMIN, texts.length_set("short"))
    command("/quotes off", ADMIN, texts.quotes_set(False))
    asked = world.telegram.push_text(chat, f"@{BOT_USERNAME} {world.pages.url('/envoy')}", user_id=MEMBER,
                                     chat_type="supergroup")
    summary = world.telegram.wait_for_bot_message(chat, after=asked, contains="TL;DR", timeout=TIMEOUT)

    for attempt in ("/forget", "/length long", "/quotes on", f"/forget@{BOT_USERNAME}"):
        command(attempt, MEMBER, texts.ADMINS_ONLY)
    command("/length", MEMBER, "Summaries are short now")
    command("/ask who is Sung Kim?", MEMBER, "special representative")
    longer = next(b for b in summary.buttons if "Longer" in b["text"])
    world.telegram.press_button(chat, summary.message_id, longer["callback_data"], user_id=MEMBER)
    grown = world.telegram.wait_for(
        lambda: next((m for m in world.telegram.bot_messages(chat)
                      if m.message_id == summary.message_id and "•" in m.text), None),
        timeout=TIMEOUT, what="the summary to grow")
    assert "Key quotes" not in grown.text, "quotes stayed off"

    command("/forget", ADMIN, texts.FORGOTTEN)
    command("/length", MEMBER, "Summaries are medium now")
    command(f"@{BOT_USERNAME} who is Sung Kim?", MEMBER, texts.NO_ARTICLE_YET)
