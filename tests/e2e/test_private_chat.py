"""A person in a private chat: links, summaries, buttons, questions, pasted text and bad links."""

from __future__ import annotations

import threading

from bot.conversation import texts
from tests.e2e import articles
from tests.e2e.conftest import World
from tests.support.pages import redirect
from tests.support.telegram_objects import now, user

SUMMARY_TIMEOUT = 30


def send_link(world: World, chat_id: int, path: str, **kwargs) -> int:
    return world.telegram.push_text(chat_id, f"have a look {world.pages.url(path)}", **kwargs)


def wait_summary(world: World, chat_id: int, title: str, after: int = 0):
    return world.telegram.wait_for_bot_message(chat_id, after=after, contains="TL;DR",
                                               timeout=SUMMARY_TIMEOUT)


def test_link_gets_typing_placeholder_and_summary_with_buttons(world: World) -> None:
    chat = 101
    asked = send_link(world, chat, "/envoy")
    summary = wait_summary(world, chat, articles.ENVOY_TITLE, after=asked)
    assert articles.ENVOY_TITLE in summary.text
    assert "Harbour Times" in summary.text and "min read" in summary.text
    assert "Sign up for our newsletter" not in summary.text
    assert summary.edits >= 1, "the placeholder is edited into the summary"
    labels = [button["text"] for button in summary.buttons]
    assert any("Longer" in label for label in labels) and any("Quotes" in label for label in labels)
    sent = [call.params["text"] for call in world.telegram.calls("sendMessage") if str(call.params["chat_id"]) == str(chat)]
    assert len(sent) == 1 and "Reading" in sent[0], "one placeholder, at once, edited into the summary"
    commands = world.telegram.calls("setMyCommands")[0].params["commands"]
    assert "length" in str(commands) and "forget" in str(commands)


def test_question_is_answered_from_the_article(world: World) -> None:
    chat = 102
    asked = send_link(world, chat, "/envoy")
    wait_summary(world, chat, articles.ENVOY_TITLE, after=asked)
    question = world.telegram.push_text(chat, "What did Northland test?")
    answer = world.telegram.wait_for_bot_message(chat, after=question, timeout=SUMMARY_TIMEOUT)
    assert "cruise missile" in answer.text
    question = world.telegram.push_text(chat, "What did the Pope say about football?")
    answer = world.telegram.wait_for_bot_message(chat, after=question, timeout=SUMMARY_TIMEOUT)
    assert "doesn't seem to say" in answer.text


def test_reply_to_an_older_summary_asks_about_that_article(world: World) -> None:
    chat = 103
    first = send_link(world, chat, "/envoy")
    envoy = wait_summary(world, chat, articles.ENVOY_TITLE, after=first)
    second = send_link(world, chat, "/garden")
    wait_summary(world, chat, articles.GARDEN_TITLE, after=second)
    current = world.telegram.push_text(chat, "How many fruit trees were planted?")
    answer = world.telegram.wait_for_bot_message(chat, after=current, timeout=SUMMARY_TIMEOUT)
    assert "340 fruit trees" in answer.text
    replied = world.telegram.push_text(chat, "Who is Sung Kim?", reply_to_message_id=envoy.message_id)
    answer = world.telegram.wait_for_bot_message(chat, after=replied, timeout=SUMMARY_TIMEOUT)
    assert "special representative" in answer.text


def test_longer_button_edits_the_summary_in_place(world: World) -> None:
    chat = 104
    asked = send_link(world, chat, "/garden")
    summary = wait_summary(world, chat, articles.GARDEN_TITLE, after=asked)
    before = summary.text.count("•")
    longer = next(b for b in summary.buttons if "Longer" in b["text"])
    world.telegram.press_button(chat, summary.message_id, longer["callback_data"])
    edited = world.telegram.wait_for(
        lambda: next((m for m in world.telegram.bot_messages(chat)
                      if m.message_id == summary.message_id and m.text.count("•") > before), None),
        timeout=SUMMARY_TIMEOUT, what="the summary to grow")
    assert any("Shorter" in b["text"] for b in edited.buttons)
    assert world.telegram.calls("answerCallbackQuery"), "the button press is acknowledged"


def test_pasted_text_is_summarized_without_its_clutter(world: World) -> None:
    chat = 105
    asked = world.telegram.push_text(chat, articles.PASTED)
    summary = wait_summary(world, chat, "", after=asked)
    assert "night ferry" in summary.text.lower()
    assert "Follow us on Facebook" not in summary.text


def test_bad_links_get_their_own_clear_messages(world: World) -> None:
    chat = 106
    cases = {
        "/gone": "doesn't exist",
        "/archive": "couldn't find an article",
    }
    for path, expected in cases.items():
        asked = send_link(world, chat, path)
        reply = world.telegram.wait_for_bot_message(chat, after=asked, contains=expected,
                                                    timeout=SUMMARY_TIMEOUT)
        assert "TL;DR" not in reply.text
    asked = world.telegram.push_text(chat, "https://127.0.0.1:1/nothing-listens-here")
    world.telegram.wait_for_bot_message(chat, after=asked, contains="couldn't reach", timeout=SUMMARY_TIMEOUT)


def test_a_link_forwarded_through_a_chain_of_shorteners_is_read(world: World) -> None:
    """A link shared on social media passes a tracker, two shorteners, the site's http to https,
    its bare domain to www and a regional edition before the story: 8 hops, as browsers follow
    up to 20 (FETCH_MAX_REDIRECTS is 10 by default; at 5 this was "redirects too many times")."""
    chat = 190
    hops = 8
    for hop in range(hops):
        target = "/garden" if hop == hops - 1 else f"/chain/{hop + 1}"
        world.pages.route(f"/chain/{hop}", redirect(target))
    asked = world.telegram.push_text(chat, world.pages.url("/chain/0"))
    reply = world.telegram.wait_for_bot_message(chat, after=asked, contains="TL;DR", timeout=SUMMARY_TIMEOUT)
    assert articles.GARDEN_TITLE in reply.text


def test_no_article_yet_says_how_to_start(world: World) -> None:
    chat = 107
    asked = world.telegram.push_text(chat, "who is the mayor?")
    reply = world.telegram.wait_for_bot_message(chat, after=asked, timeout=SUMMARY_TIMEOUT)
    assert "Send me a link" in reply.text
    asked = world.telegram.push_text(chat, "I like turtles")
    reply = world.telegram.wait_for_bot_message(chat, after=asked, timeout=SUMMARY_TIMEOUT)
    assert reply.text == texts.NOT_A_QUESTION_YET


def test_two_users_at_once_each_get_their_summary(world: World) -> None:
    chats = (108, 109)
    threads = [threading.Thread(target=send_link, args=(world, chat, path))
               for chat, path in zip(chats, ("/envoy", "/garden"))]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join()
    assert articles.ENVOY_TITLE in wait_summary(world, chats[0], articles.ENVOY_TITLE).text
    assert articles.GARDEN_TITLE in wait_summary(world, chats[1], articles.GARDEN_TITLE).text


def test_settings_commands_change_what_summaries_look_like(world: World) -> None:
    chat = 110
    asked = world.telegram.push_text(chat, "/quotes off")
    world.telegram.wait_for_bot_message(chat, after=asked, contains="hidden")
    asked = world.telegram.push_text(chat, "/length short")
    world.telegram.wait_for_bot_message(chat, after=asked, contains="short")
    asked = send_link(world, chat, "/envoy")
    summary = wait_summary(world, chat, articles.ENVOY_TITLE, after=asked)
    assert "Key quotes" not in summary.text
    assert summary.text.count("•") <= 3


def test_token_never_appears_in_the_logs(world: World) -> None:
    chat = 111
    asked = send_link(world, chat, "/envoy")
    wait_summary(world, chat, articles.ENVOY_TITLE, after=asked)
    log = world.bot.log_text()
    assert log.strip(), "the bot logs something"
    secret = world.telegram.token.split(":", 1)[1]
    assert secret not in log


def test_the_eleventh_link_in_a_minute_gets_the_polite_limit_message(world: World) -> None:
    """USER_LINKS_PER_MINUTE is 10 by default: ten links are read, the eleventh is refused kindly."""
    chat = 112
    for number in range(10):
        asked = send_link(world, chat, "/garden")
        world.telegram.wait_for_bot_message(chat, after=asked, contains="TL;DR", timeout=SUMMARY_TIMEOUT)
    asked = send_link(world, chat, "/envoy")
    refusal = world.telegram.wait_for_bot_message(chat, after=asked, timeout=SUMMARY_TIMEOUT)
    assert refusal.text == texts.RATE_LIMITED
    assert not [m for m in world.telegram.bot_messages(chat) if articles.ENVOY_TITLE in m.text]


def test_small_talk_questions_about_the_article_and_unknown_commands_get_plain_replies(world: World) -> None:
    """A newcomer's first messages: none but the questions, with or without their mark, is answered
    with a sentence of the article."""
    chat = 113
    asked = world.telegram.push_text(chat, "/foo")
    world.telegram.wait_for_bot_message(chat, after=asked, contains="I don't know the command /foo",
                                        timeout=SUMMARY_TIMEOUT)
    asked = world.telegram.push_text(chat, "/quotes")
    world.telegram.wait_for_bot_message(chat, after=asked, contains="Key quotes are on now", timeout=SUMMARY_TIMEOUT)
    asked = send_link(world, chat, "/envoy")
    wait_summary(world, chat, articles.ENVOY_TITLE, after=asked)
    replies = {
        "Who wrote this?": "The byline names Mara Lind; the article is from Harbour Times.",
        "When was this article published?": "It was published on",
        "What is this about?": "In short: ",
        "thanks!": "Glad to help",
        "😀😀": "in words",
        "I like turtles": texts.NOT_A_QUESTION,
        "not a link at all, just words": texts.NOT_A_QUESTION,
        "asdf qwerty": texts.NOT_A_QUESTION,
        "who is Sung Kim": "special representative",
        "sanctions": "sanctions that remain in force",
    }
    for message, expected in replies.items():
        asked = world.telegram.push_text(chat, message)
        reply = world.telegram.wait_for_bot_message(chat, after=asked, timeout=SUMMARY_TIMEOUT)
        assert expected in reply.text, (message, reply.text)
        assert ("paragraph" in reply.text) is (expected in articles.ENVOY), "only questions get the article's sentences"
    world.telegram.push_update({"message": {
        "message_id": 9000, "date": now(), "from": user(chat), "chat": {"id": chat, "type": "private"},
        "sticker": {"file_id": "s1", "file_unique_id": "s1", "type": "regular", "width": 512, "height": 512,
                    "is_animated": False, "is_video": False}}})
    world.telegram.wait_for_bot_message(chat, after=asked, contains="I read only words", timeout=SUMMARY_TIMEOUT)
