"""The Telegram stand-in refuses what Telegram refuses, seen through python-telegram-bot's real Bot.

End-to-end tests trust this harness to catch the bot's mistakes (unescaped HTML, overlong texts,
edits that change nothing), so these tests prove each refusal reaches the bot as the same
exception Telegram would cause, and that long polling and faults behave like the real service.
"""

from __future__ import annotations

import asyncio
import json
import threading
import time
import warnings
from collections.abc import AsyncIterator
from datetime import timedelta
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer

import pytest
from telegram import Bot, InlineKeyboardButton, InlineKeyboardMarkup, InputFile
from telegram.error import (
    BadRequest, ChatMigrated, Conflict, EndPointNotFound, Forbidden, InvalidToken, NetworkError,
    RetryAfter, TimedOut,
)
from telegram.request import HTTPXRequest

from tests.support.fake_telegram import BOT_ID, FakeTelegram

CHAT = 42
GROUP = -100123


@pytest.fixture
async def bot(fake_telegram: FakeTelegram) -> AsyncIterator[Bot]:
    """python-telegram-bot's Bot, pointed at the stand-in the way the bot process points it."""
    async with Bot(fake_telegram.token, base_url=f"{fake_telegram.url}/bot") as bot:
        yield bot


def keyboard(*data: str) -> InlineKeyboardMarkup:
    return InlineKeyboardMarkup([[InlineKeyboardButton(item, callback_data=item) for item in data]])


@pytest.mark.parametrize(
    ("html", "complaint"),
    [
        ("<p>Hello</p>", 'unsupported start tag "p" at byte offset 0'),
        ("2 < 3", 'unsupported start tag "" at byte offset 2'),
        ("Fish & chips", "character '&' is reserved"),
        ("<b>bold", 'can\'t find end tag corresponding to start tag "b"'),
        ("<b><i>x</b></i>", 'expected "</i>", found "</b>"'),
        ("<span>x</span>", 'tag "span" must have class "tg-spoiler"'),
        ("text</b>", "unexpected end tag at byte offset 4"),
    ],
)
async def test_html_telegram_cannot_parse_is_a_bad_request(
    fake_telegram: FakeTelegram, bot: Bot, html: str, complaint: str
) -> None:
    fake_telegram.push_text(CHAT, "hi")
    with pytest.raises(BadRequest, match="parse entities") as refused:
        await bot.send_message(CHAT, html, parse_mode="HTML")
    assert complaint in refused.value.message.lower()
    assert fake_telegram.bot_messages(CHAT) == []


async def test_valid_html_is_shown_with_tags_removed_and_escapes_decoded(
    fake_telegram: FakeTelegram, bot: Bot
) -> None:
    fake_telegram.push_text(CHAT, "hi")
    html = (
        '<b>Title</b> &amp; <a href="https://example.com/?a=1&amp;b=2">link</a> &lt;3 &#x27;q&#39; '
        '<blockquote expandable>quote</blockquote> <span class="tg-spoiler">s</span> '
        '<pre><code class="language-python">x = 1</code></pre>'
    )
    sent = await bot.send_message(CHAT, html, parse_mode="HTML")
    assert sent.text == "Title & link <3 'q' quote s x = 1"
    assert [entity.type for entity in sent.entities] == [
        "bold", "text_link", "expandable_blockquote", "spoiler", "pre"
    ]
    assert sent.entities[1].url == "https://example.com/?a=1&b=2"
    assert fake_telegram.bot_messages(CHAT)[0].text == sent.text


async def test_texts_over_4096_characters_are_refused(fake_telegram: FakeTelegram, bot: Bot) -> None:
    fake_telegram.push_text(CHAT, "hi")
    await bot.send_message(CHAT, "<b>" + "x" * 4096 + "</b>", parse_mode="HTML")
    with pytest.raises(BadRequest, match="Message is too long"):
        await bot.send_message(CHAT, "x" * 4097)
    with pytest.raises(BadRequest, match="Message is too long"):
        await bot.send_message(CHAT, "😀" * 2049)  # Telegram counts UTF-16 code units
    assert len(fake_telegram.bot_messages(CHAT)) == 1


@pytest.mark.parametrize("text", ["", "   \n ", "<b> </b>"])
async def test_empty_texts_are_refused(fake_telegram: FakeTelegram, bot: Bot, text: str) -> None:
    fake_telegram.push_text(CHAT, "hi")
    with pytest.raises(BadRequest, match="Message text is empty"):
        await bot.send_message(CHAT, text, parse_mode="HTML")


async def test_callback_data_over_64_bytes_is_refused(fake_telegram: FakeTelegram, bot: Bot) -> None:
    fake_telegram.push_text(CHAT, "hi")
    await bot.send_message(CHAT, "ok", reply_markup=keyboard("é" * 32))
    with pytest.raises(BadRequest, match="Button_data_invalid"):
        await bot.send_message(CHAT, "too long", reply_markup=keyboard("é" * 32 + "x"))


async def test_unknown_chats_and_replies_to_missing_messages_are_refused(
    fake_telegram: FakeTelegram, bot: Bot
) -> None:
    with pytest.raises(BadRequest, match="Chat not found"):
        await bot.send_message(CHAT, "hello?")
    fake_telegram.push_text(CHAT, "hi")
    with pytest.raises(BadRequest, match="Message to be replied not found"):
        await bot.send_message(CHAT, "answer", reply_to_message_id=99)
    sent = await bot.send_message(CHAT, "answer", reply_to_message_id=99, allow_sending_without_reply=True)
    assert sent.reply_to_message is None


async def test_edits_change_what_the_user_sees_and_identical_edits_are_refused(
    fake_telegram: FakeTelegram, bot: Bot
) -> None:
    asked = fake_telegram.push_text(CHAT, "https://example.com/article")
    sent = await bot.send_message(CHAT, "Reading…", reply_to_message_id=asked, reply_markup=keyboard("stop"))
    await bot.edit_message_text("<b>Summary</b>", CHAT, sent.message_id, parse_mode="HTML",
                                reply_markup=keyboard("more", "quotes"))
    [shown] = fake_telegram.bot_messages(CHAT)
    assert (shown.text, shown.reply_to, shown.edits) == ("Summary", asked, 1)
    assert [button["callback_data"] for button in shown.buttons] == ["more", "quotes"]

    with pytest.raises(BadRequest, match="Message is not modified"):
        await bot.edit_message_text("<b>Summary</b>", CHAT, sent.message_id, parse_mode="HTML",
                                    reply_markup=keyboard("more", "quotes"))
    await bot.edit_message_text("<b>Summary</b>", CHAT, sent.message_id, parse_mode="HTML")
    assert fake_telegram.bot_messages(CHAT)[0].buttons == []  # an edit without markup drops it
    with pytest.raises(BadRequest, match="Message is not modified"):
        await bot.edit_message_reply_markup(CHAT, sent.message_id)
    with pytest.raises(BadRequest, match="Message to edit not found"):
        await bot.edit_message_text("x", CHAT, 999)
    with pytest.raises(BadRequest, match="Message can't be edited"):
        await bot.edit_message_text("x", CHAT, asked)


async def test_deleted_messages_disappear_and_cannot_be_deleted_twice(
    fake_telegram: FakeTelegram, bot: Bot
) -> None:
    fake_telegram.push_text(CHAT, "hi")
    sent = await bot.send_message(CHAT, "temporary")
    assert await bot.delete_message(CHAT, sent.message_id)
    assert fake_telegram.bot_messages(CHAT) == []
    with pytest.raises(BadRequest, match="Message to delete not found"):
        await bot.delete_message(CHAT, sent.message_id)


async def test_blocked_chat_is_forbidden_and_the_bot_is_told(fake_telegram: FakeTelegram, bot: Bot) -> None:
    fake_telegram.push_text(CHAT, "hi")
    fake_telegram.block_chat(CHAT)
    with pytest.raises(Forbidden, match="bot was blocked by the user"):
        await bot.send_message(CHAT, "still there?")
    with pytest.raises(Forbidden):
        await bot.send_chat_action(CHAT, "typing")
    updates = await bot.get_updates(timeout=0)
    assert updates[-1].my_chat_member.new_chat_member.status == "kicked"
    fake_telegram.unblock_chat(CHAT)
    assert await bot.send_message(CHAT, "welcome back")


async def test_rate_limit_raises_retry_after_with_telegrams_delay(fake_telegram: FakeTelegram, bot: Bot) -> None:
    fake_telegram.push_text(CHAT, "hi")
    fake_telegram.fail_next("sendMessage", status=429, retry_after=2)
    with pytest.raises(RetryAfter) as limited:
        await bot.send_message(CHAT, "first")
    with warnings.catch_warnings():
        warnings.simplefilter("ignore")
        assert limited.value.retry_after in (2, timedelta(seconds=2))
    assert (await bot.send_message(CHAT, "second")).text == "second"
    assert [call.status for call in fake_telegram.calls("sendMessage")] == [429, 200]


async def test_server_errors_and_dropped_connections_are_network_errors(
    fake_telegram: FakeTelegram, bot: Bot
) -> None:
    fake_telegram.push_text(CHAT, "hi")
    fake_telegram.fail_next("sendMessage", status=500)
    fake_telegram.fail_next("sendMessage", drop=True)
    with pytest.raises(NetworkError, match="Internal Server Error"):
        await bot.send_message(CHAT, "one")
    with pytest.raises(NetworkError, match="disconnected"):
        await bot.send_message(CHAT, "two")
    assert fake_telegram.bot_messages(CHAT) == []


async def test_a_lost_answer_is_a_dropped_connection_after_the_call_was_carried_out(
    fake_telegram: FakeTelegram, bot: Bot
) -> None:
    fake_telegram.push_text(CHAT, "hi")
    fake_telegram.fail_next("sendMessage", lose_answer=True)
    with pytest.raises(NetworkError, match="disconnected"):
        await bot.send_message(CHAT, "posted")
    assert [m.text for m in fake_telegram.bot_messages(CHAT)] == ["posted"]
    assert [call.status for call in fake_telegram.calls("sendMessage")] == [0]


async def test_a_delayed_call_times_out_for_the_client_but_still_happens(fake_telegram: FakeTelegram) -> None:
    fake_telegram.push_text(CHAT, "hi")
    fake_telegram.fail_next("sendMessage", delay=1.5)
    impatient = HTTPXRequest(read_timeout=0.5)
    async with Bot(fake_telegram.token, base_url=f"{fake_telegram.url}/bot", request=impatient) as bot:
        with pytest.raises(TimedOut):
            await bot.send_message(CHAT, "slow")
    assert fake_telegram.wait_for_bot_message(CHAT, contains="slow", timeout=5).text == "slow"


async def test_long_polling_waits_for_a_pushed_update_and_offset_confirms_it(
    fake_telegram: FakeTelegram, bot: Bot
) -> None:
    threading.Timer(0.3, fake_telegram.push_text, (CHAT, "/start")).start()
    began = time.monotonic()
    updates = await bot.get_updates(timeout=10, allowed_updates=["message", "callback_query"])
    assert time.monotonic() - began < 5
    [update] = updates
    assert update.message.text == "/start"
    assert update.message.entities[0].type == "bot_command"  # what CommandHandler needs
    assert await bot.get_updates(offset=update.update_id + 1, timeout=0) == ()


async def test_updates_the_bot_did_not_ask_for_are_not_delivered(fake_telegram: FakeTelegram, bot: Bot) -> None:
    await bot.get_updates(timeout=0, allowed_updates=["message"])
    asked = fake_telegram.push_text(CHAT, "hi")
    fake_telegram.push_update({"edited_message": {
        "message_id": asked, "chat": {"id": CHAT, "type": "private"}, "date": 0, "edit_date": 1,
        "text": "hi!", "from": {"id": CHAT, "is_bot": False, "first_name": "U"},
    }})
    assert [u.message.text for u in await bot.get_updates(timeout=0)] == ["hi"]


async def test_a_second_poller_terminates_the_first(fake_telegram: FakeTelegram, bot: Bot) -> None:
    first = asyncio.create_task(bot.get_updates(timeout=10))
    await asyncio.to_thread(fake_telegram.wait_for, lambda: fake_telegram.calls() or None, 5)
    async with Bot(fake_telegram.token, base_url=f"{fake_telegram.url}/bot") as second:
        poll = asyncio.create_task(second.get_updates(timeout=1))
        with pytest.raises(Conflict, match="terminated by other getUpdates request"):
            await first
        assert await poll == ()


async def test_button_presses_arrive_and_each_must_be_answered_once(
    fake_telegram: FakeTelegram, bot: Bot
) -> None:
    fake_telegram.push_text(CHAT, "hi")
    sent = await bot.send_message(CHAT, "Summary", reply_markup=keyboard("more"))
    with pytest.raises(AssertionError, match="no button"):
        fake_telegram.press_button(CHAT, sent.message_id, "less")
    fake_telegram.press_button(CHAT, sent.message_id, "more")
    query = (await bot.get_updates(timeout=0))[-1].callback_query
    assert (query.data, query.message.message_id) == ("more", sent.message_id)
    assert await query.answer()
    with pytest.raises(BadRequest, match="Query is too old"):
        await query.answer()


async def test_forum_topics_and_group_administration(fake_telegram: FakeTelegram, bot: Bot) -> None:
    asked = fake_telegram.push_text(GROUP, "/summary", chat_type="supergroup", title="Readers",
                                    message_thread_id=7, user_id=5)
    reply = await bot.send_message(GROUP, "In the topic", reply_to_message_id=asked, message_thread_id=7)
    general = await bot.send_message(GROUP, "Topic forgotten", reply_to_message_id=asked)
    assert [m.message_thread_id for m in fake_telegram.bot_messages(GROUP)] == [7, None]
    assert (reply.message_thread_id, general.message_thread_id) == (7, None)
    with pytest.raises(BadRequest, match="Message thread not found"):
        await bot.send_message(GROUP, "lost", message_thread_id=8)

    fake_telegram.set_admins(GROUP, [5, BOT_ID])
    admins = await bot.get_chat_administrators(GROUP)
    assert [(member.user.id, member.status) for member in admins] == [(5, "creator"), (BOT_ID, "administrator")]
    assert (await bot.get_chat_member(GROUP, 6)).status == "left"
    assert (await bot.get_chat(GROUP)).title == "Readers"
    fake_telegram.push_text(CHAT, "hi")
    with pytest.raises(BadRequest, match="There are no administrators in the private chat"):
        await bot.get_chat_administrators(CHAT)


async def test_a_migrated_group_sends_the_bot_to_the_supergroup(fake_telegram: FakeTelegram, bot: Bot) -> None:
    fake_telegram.push_text(-5, "hi", chat_type="group")
    fake_telegram.push_update({"message": {
        "message_id": 2, "chat": {"id": -5, "type": "group", "title": "G"}, "date": 0,
        "from": {"id": 1001, "is_bot": False, "first_name": "U"}, "migrate_to_chat_id": GROUP,
    }})
    with pytest.raises(ChatMigrated) as migrated:
        await bot.send_message(-5, "hello")
    assert migrated.value.new_chat_id == GROUP
    assert (await bot.send_message(GROUP, "hello")).chat.id == GROUP


async def test_wrong_token_and_unknown_method(fake_telegram: FakeTelegram, bot: Bot) -> None:
    with pytest.raises(InvalidToken):
        async with Bot("1:wrong", base_url=f"{fake_telegram.url}/bot"):
            pass
    with pytest.raises(EndPointNotFound):
        await bot.do_api_request("sendTelepathy")


async def test_commands_are_validated_and_stored(bot: Bot) -> None:
    with pytest.raises(BadRequest, match="Bot_command_invalid"):
        await bot.set_my_commands([("Summary", "Summarize a link")])
    await bot.set_my_commands([("summary", "Summarize a link"), ("help", "What I can do")])
    assert [c.command for c in await bot.get_my_commands()] == ["summary", "help"]


def test_wait_for_times_out_with_a_picture_of_the_chat(fake_telegram: FakeTelegram) -> None:
    fake_telegram.push_text(CHAT, "https://example.com/a")
    with pytest.raises(AssertionError, match=r"(?s)timed out.*#1 user 42: https://example.com/a"):
        fake_telegram.wait_for_bot_message(CHAT, timeout=0.2)


async def test_documents_are_sent_fetched_with_get_file_and_downloaded(fake_telegram: FakeTelegram) -> None:
    """sendDocument uploads a file under a file_id; getFile hands out a path under base_file_url,
    where the bytes are served, as for a bot built with the same base_file_url setting."""
    async with Bot(fake_telegram.token, base_url=f"{fake_telegram.url}/bot",
                   base_file_url=f"{fake_telegram.url}/file/bot") as bot:
        asked = fake_telegram.push_document(CHAT, "list.opml", b"<opml/>")
        document = (await bot.get_updates())[-1].message.document
        assert (document.file_name, document.file_size) == ("list.opml", 7)
        file = await bot.get_file(document.file_id)
        assert bytes(await file.download_as_bytearray()) == b"<opml/>"
        with pytest.raises(BadRequest, match="Invalid file_id"):
            await bot.get_file("no-such-file")

        sent = await bot.send_document(CHAT, InputFile(b"<opml>x</opml>", filename="feeds.opml"),
                                       caption="<b>Your</b> feeds", parse_mode="HTML", reply_to_message_id=asked)
        (shown,) = fake_telegram.bot_messages(CHAT)
        assert (shown.text, shown.document["file_name"], shown.reply_to) == ("Your feeds", "feeds.opml", asked)
        assert fake_telegram.file_bytes(sent.document.file_id) == b"<opml>x</opml>"
        with pytest.raises(BadRequest, match="Message caption is too long"):
            await bot.send_document(CHAT, InputFile(b"x", filename="a.txt"), caption="x" * 1025)
        with pytest.raises(BadRequest, match="There is no text in the message to edit"):
            await bot.edit_message_text("new", CHAT, sent.message_id)


async def test_closed_and_deleted_topics_refuse_posts(fake_telegram: FakeTelegram, bot: Bot) -> None:
    fake_telegram.push_text(GROUP, "in topic 5", chat_type="supergroup", message_thread_id=5)
    fake_telegram.push_text(GROUP, "in topic 6", chat_type="supergroup", message_thread_id=6)
    await bot.send_message(GROUP, "fine", message_thread_id=5)
    fake_telegram.close_topic(GROUP, 5)
    with pytest.raises(BadRequest, match="(?i)topic_closed"):
        await bot.send_message(GROUP, "closed", message_thread_id=5)
    fake_telegram.delete_topic(GROUP, 6)
    with pytest.raises(BadRequest, match="(?i)message thread not found"):
        await bot.send_message(GROUP, "gone", message_thread_id=6)
    await bot.send_message(GROUP, "General still works")


class WebhookReceiver:
    """A bot instance's webhook on 127.0.0.1: notes each update's text as it arrives and accepts it,
    holding the ones whose text is in `held` until `release` is set."""

    def __init__(self, held: set[str]) -> None:
        self.arrived: list[str] = []
        self.release = threading.Event()
        receiver = self

        class Handler(BaseHTTPRequestHandler):
            def do_POST(self) -> None:
                text = json.loads(self.rfile.read(int(self.headers["Content-Length"])))["message"]["text"]
                receiver.arrived.append(text)
                if text in held:
                    receiver.release.wait(10)
                self.send_response(200)
                self.send_header("Content-Length", "0")
                self.end_headers()

            def log_message(self, *args: object) -> None:
                """Quiet."""

        self.server = ThreadingHTTPServer(("127.0.0.1", 0), Handler)
        self.server.daemon_threads = True
        threading.Thread(target=self.server.serve_forever, daemon=True).start()
        self.url = f"http://127.0.0.1:{self.server.server_address[1]}/telegram"

    def close(self) -> None:
        self.release.set()
        self.server.shutdown()
        self.server.server_close()


async def test_a_webhook_gets_one_update_of_a_chat_at_a_time_and_other_chats_meanwhile(
    fake_telegram: FakeTelegram, bot: Bot
) -> None:
    """As Telegram's Bot API server does: a chat's next update goes out only once the bot accepted
    the one before, so a question sent right after a link cannot reach the bot first, while other
    chats' updates go over the other connections."""
    receiver = WebhookReceiver(held={"a link"})
    try:
        fake_telegram.deliver_to([receiver.url], connections=4)
        await bot.set_webhook("https://bot.example/telegram", secret_token="secret")
        fake_telegram.push_text(CHAT, "a link")
        fake_telegram.push_text(CHAT, "a question about it")
        fake_telegram.push_text(CHAT + 1, "first")
        await asyncio.to_thread(fake_telegram.wait_for, lambda: "first" in receiver.arrived, 10)
        fake_telegram.push_text(CHAT + 1, "second")
        await asyncio.to_thread(fake_telegram.wait_for, lambda: "second" in receiver.arrived, 10)
        assert "a question about it" not in receiver.arrived, "the question went out while its link was held"
        receiver.release.set()
        await asyncio.to_thread(fake_telegram.wait_for, lambda: "a question about it" in receiver.arrived, 10)
        assert [text for text in receiver.arrived if text.startswith("a ")] == ["a link", "a question about it"]
    finally:
        receiver.close()
