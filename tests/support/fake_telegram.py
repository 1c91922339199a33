"""A strict stand-in for the Telegram Bot API, for end-to-end tests of the real bot process.

The bot talks to it over HTTP exactly as it talks to api.telegram.org (`/bot<token>/<method>`,
forms with JSON-encoded fields, long polling), and it refuses what Telegram refuses with Telegram's
own descriptions: bad HTML, texts over 4096 characters, oversized callback data, edits that change
nothing, replies to messages that are gone, chats it never heard of. A lenient fake would let the
bot pass tests and then fail in front of users, so where Telegram is strict this is too.

Tests drive it from the user's side (`push_text`, `press_button`, `push_inline_query`, `push_update`), inject faults
(`fail_next`, `block_chat`) and look at what the user would see (`bot_messages`, `inline_answers`, `wait_for`).
Updates go out by long polling (getUpdates), or, after `deliver_to` and a setWebhook, by POSTing
them to the bot's instances as Telegram does behind a load balancer: one chat's updates one at a
time, in order, different chats side by side (see `delivery_queue`).
Everything runs in a background thread; every public method is thread-safe.
"""

from __future__ import annotations

import http.client
import itertools
import json
import threading
import time
from collections import deque
from collections.abc import Callable
from dataclasses import dataclass
from http import HTTPStatus
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from typing import Any, TypeVar
from urllib.parse import unquote, urlsplit

from tests.support import telegram_objects as objects
from tests.support.telegram_content import buttons, caption_text, checked_markup, message_text
from tests.support.telegram_inline import InlineAnswer, checked_button, checked_offset, checked_results
from tests.support.telegram_objects import BOT_ID, Chat, Sent
from tests.support.telegram_params import ApiError, Params, Upload, bad_request, read_body, read_query

TOKEN = f"{BOT_ID}:AAFakeTelegramTokenForTestsOnly0000000"
DEFAULT_GROUP_USER_ID = 1001
MAX_POLL_TIMEOUT_SECONDS = 50.0
CHAT_ACTIONS = frozenset(
    {"typing", "upload_photo", "record_video", "upload_video", "record_voice", "upload_voice",
     "upload_document", "choose_sticker", "find_location", "record_video_note", "upload_video_note"}
)
WEBHOOK_PORTS = frozenset({80, 88, 443, 8443})
# Update types Telegram only sends to bots that list them in allowed_updates.
OPT_IN_UPDATES = frozenset({"chat_member", "message_reaction", "message_reaction_count"})
NOT_MODIFIED = (
    "message is not modified: specified new message content and reply markup are exactly the same "
    "as a current content and reply markup of the message"
)
POLL_CONFLICT = (
    "Conflict: terminated by other getUpdates request; make sure that only one bot instance is running"
)
WEBHOOK_CONFLICT = (
    "Conflict: can't use getUpdates method while webhook is active; use deleteWebhook to delete the "
    "webhook first"
)
QUERY_INVALID = "query is too old and response timeout expired or query ID is invalid"
INLINE_ANSWER_SECONDS = 10.0
"""Telegram drops an inline query the bot has not answered in about this long."""
DEFAULT_CACHE_SECONDS = 300
SECRET_HEADER = "X-Telegram-Bot-Api-Secret-Token"
WEBHOOK_TIMEOUT_SECONDS = 60.0
WEBHOOK_RETRY_SECONDS = 0.2
MAX_DOWNLOAD_BYTES = 20 * 1024 * 1024
"""getFile refuses larger files: bots download up to 20 MB from the Bot API."""
MAX_UPLOAD_BYTES = 50 * 1024 * 1024
"""Bots send files of up to 50 MB."""
FILE_PREFIX = "/file/bot"
T = TypeVar("T")


@dataclass(frozen=True)
class Call:
    """One Bot API request as received, and the HTTP status it got (0: the connection was dropped)."""

    method: str
    params: dict[str, Any]
    status: int


@dataclass(frozen=True)
class Delivery:
    """One webhook POST of an update to an instance, and its HTTP status (0: no connection)."""

    update_id: int
    url: str
    status: int


@dataclass
class StoredFile:
    """A file Telegram holds: sent by a user or the bot. `path` is set once getFile asked for it."""

    file_id: str
    unique_id: str
    name: str
    data: bytes
    path: str | None = None


@dataclass(frozen=True)
class BotMessage:
    """A message the bot sent, as the user sees it now, after every edit."""

    chat_id: int
    message_id: int
    text: str
    """The text, or a document's caption."""
    entities: tuple[dict, ...]
    reply_markup: dict | None
    reply_to: int | None
    message_thread_id: int | None
    source: str
    parse_mode: str | None
    edits: int
    document: dict | None = None
    """A sent file's Document (file_id, file_name...); its bytes are `FakeTelegram.file_bytes`."""

    @property
    def buttons(self) -> list[dict]:
        """Inline keyboard buttons, row after row."""
        return buttons(self.reply_markup)


@dataclass(frozen=True)
class _Fault:
    status: int | None
    retry_after: int
    drop: bool
    delay: float
    lose_answer: bool

    def error(self) -> ApiError:
        if self.status == HTTPStatus.TOO_MANY_REQUESTS:
            return ApiError(429, f"Too Many Requests: retry after {self.retry_after}",
                            {"retry_after": self.retry_after})
        return ApiError(int(self.status or 500), HTTPStatus(self.status or 500).phrase)


class FakeTelegram:
    """The Bot API server of one bot (`token`), with its chats, updates and a record of every call."""

    def __init__(self, token: str = TOKEN) -> None:
        self.token = token
        self._cond = threading.Condition(threading.RLock())
        self._stopping = threading.Event()
        self._chats: dict[int, Chat] = {}
        self._updates: list[dict] = []
        self._filtered: list[dict] = []
        self._last_update_id = 100_000
        self._allowed: frozenset[str] | None = None
        self._poller = 0
        self._webhook_url = ""
        self._webhook_secret = ""
        self._instances: list[str] = []
        self._deliveries: list[Delivery] = []
        self._delivering: set[tuple[str, int]] = set()
        """Queues (see `delivery_queue`) with an update on its way to the bot."""
        self._commands: dict[str, list[dict]] = {}
        self._languages: dict[int, str] = {}
        self._faults: dict[str, deque[_Fault]] = {}
        self._calls: list[Call] = []
        self._open_queries: dict[str, float] = {}
        """Callback queries not answered yet, with the moment of their press."""
        self._last_query_id = 0
        self._files: dict[str, StoredFile] = {}
        self._inline_queries: dict[str, tuple[int, str, float]] = {}
        self._inline_answers: list[InlineAnswer] = []
        self.inline_deadline = INLINE_ANSWER_SECONDS
        """Seconds an inline query may wait for its answer; a test of the deadline itself shortens it."""
        self.callback_deadline: float | None = None
        """Seconds a button press may wait for its answer, as on Telegram, where it is seconds; None
        (the default) never expires one, so a loaded test machine does not fail tests of other things."""
        self._server: ThreadingHTTPServer | None = None
        self._thread: threading.Thread | None = None
        handlers: dict[str, Callable[[Params], Any]] = {
            "getMe": lambda params: objects.get_me(),
            "logOut": lambda params: True,
            "close": lambda params: True,
            "getUpdates": self._get_updates,
            "deleteWebhook": self._delete_webhook,
            "setWebhook": self._set_webhook,
            "getWebhookInfo": self._get_webhook_info,
            "setMyCommands": self._set_my_commands,
            "getMyCommands": self._get_my_commands,
            "deleteMyCommands": self._delete_my_commands,
            "sendMessage": self._send_message,
            "sendDocument": self._send_document,
            "getFile": self._get_file,
            "editMessageText": self._edit_message_text,
            "editMessageReplyMarkup": self._edit_message_reply_markup,
            "deleteMessage": self._delete_message,
            "sendChatAction": self._send_chat_action,
            "answerCallbackQuery": self._answer_callback_query,
            "answerInlineQuery": self._answer_inline_query,
            "getChat": lambda params: self._chat(params).full_info(),
            "getChatMember": self._get_chat_member,
            "getChatAdministrators": self._get_chat_administrators,
        }
        # Bot API method names are case-insensitive.
        self._methods = {name.lower(): handler for name, handler in handlers.items()}

    # -- lifecycle ---------------------------------------------------------------------------

    def start(self) -> FakeTelegram:
        server = ThreadingHTTPServer(("127.0.0.1", 0), _Handler)
        server.daemon_threads = True
        server.fake = self  # type: ignore[attr-defined]
        self._server = server
        self._thread = threading.Thread(
            target=server.serve_forever, kwargs={"poll_interval": 0.05}, name="fake-telegram", daemon=True
        )
        self._thread.start()
        return self

    def deliver_to(self, instance_urls: list[str], connections: int = 8) -> None:
        """Deliver updates by webhook, as Telegram does once a webhook is set: POST each to one
        of `instance_urls` (round robin, as a load balancer would) with the secret token of the
        setWebhook call, over up to `connections` connections at once, but one update of a
        queue (a chat's messages, see `delivery_queue`) at a time: the next goes once the one
        before was accepted. An update that gets no 2xx (instance down, error, 503 busy) is
        tried again on the next instance until one takes it, holding up its queue meanwhile.
        Call before the bot starts; `deliveries` shows every attempt."""
        with self._cond:
            self._instances = list(instance_urls)
        turns = itertools.cycle(range(len(instance_urls)))
        for number in range(connections):
            threading.Thread(target=self._deliver_updates, args=(turns,), name=f"fake-webhook-{number}",
                             daemon=True).start()

    def deliveries(self) -> list[Delivery]:
        with self._cond:
            return list(self._deliveries)

    def _deliver_updates(self, turns: itertools.cycle) -> None:
        while not self._stopping.is_set():
            with self._cond:
                while not (self._webhook_url and (update := self._next_deliverable())) \
                        and not self._stopping.is_set():
                    self._cond.wait(0.25)
                if self._stopping.is_set():
                    return
                self._updates.remove(update)
                queue = delivery_queue(update)
                if queue is not None:
                    self._delivering.add(queue)
                secret = self._webhook_secret
            try:
                self._deliver(update, secret, turns)
            finally:
                with self._cond:
                    self._delivering.discard(queue)
                    self._cond.notify_all()

    def _next_deliverable(self) -> dict | None:
        """The oldest update whose queue has none on its way already."""
        return next((update for update in self._updates if delivery_queue(update) not in self._delivering), None)

    def _deliver(self, update: dict, secret: str, turns: itertools.cycle) -> None:
        """POST `update` to the instances in turn until one accepts it (or the stand-in stops)."""
        while not self._stopping.is_set():
            with self._cond:
                url = self._instances[next(turns)]
            status = _post_update(url, update, secret)
            with self._cond:
                self._deliveries.append(Delivery(update["update_id"], url, status))
                self._cond.notify_all()
            if 200 <= status < 300:
                return
            self._stopping.wait(WEBHOOK_RETRY_SECONDS)

    def stop(self) -> None:
        """Answer pending long polls and stop serving."""
        self._stopping.set()
        with self._cond:
            self._cond.notify_all()
        if self._server is not None:
            self._server.shutdown()
            self._server.server_close()
        if self._thread is not None:
            self._thread.join(timeout=5)

    def __enter__(self) -> FakeTelegram:
        return self.start()

    def __exit__(self, *exc_info: object) -> None:
        self.stop()

    @property
    def url(self) -> str:
        """Base URL for TELEGRAM_API_URL; the bot calls `{url}/bot{token}/{method}`."""
        assert self._server is not None, "FakeTelegram is not started"
        return f"http://127.0.0.1:{self._server.server_address[1]}"

    # -- what users do -------------------------------------------------------------------------

    def push_text(
        self,
        chat_id: int,
        text: str,
        *,
        user_id: int | None = None,
        chat_type: str = "private",
        entities: list[dict] | None = None,
        reply_to_message_id: int | None = None,
        caption: bool = False,
        forward_origin: dict | None = None,
        message_thread_id: int | None = None,
        sender_chat: dict | None = None,
        title: str | None = None,
    ) -> int:
        """A user writes `text` in a chat (the chat becomes known); returns the new message id.

        Entities default to what Telegram attaches itself (commands, links); pass a list, even
        an empty one, to override. `caption=True` sends a photo with the text as its caption. A
        `message_thread_id` in a supergroup makes it a forum and the thread one of its topics.
        """
        with self._cond:
            chat = self._chat_for_push(chat_id, chat_type, title)
            sender_id = self._sender_id(chat, user_id)
            message: dict[str, Any] = {
                "message_id": chat.next_message_id(),
                "from": objects.sender_of(chat_id, sender_chat, sender_id, self._language(sender_id)),
                "chat": chat.json(),
                "date": objects.now(),
            }
            found = objects.detect_entities(text) if entities is None else entities
            if caption:
                message["photo"] = [{"file_id": f"photo-{chat_id}-{message['message_id']}",
                                     "file_unique_id": f"p{message['message_id']}",
                                     "width": 800, "height": 600}]
                message["caption"] = text
                if found:
                    message["caption_entities"] = found
            else:
                message["text"] = text
                if found:
                    message["entities"] = found
            if reply_to_message_id is not None:
                replied = chat.messages.get(reply_to_message_id)
                if replied is None:
                    raise ValueError(f"chat {chat_id} has no message {reply_to_message_id} to reply to")
                message["reply_to_message"] = objects.without_reply(replied)
            _place_in_thread(chat, message, message_thread_id)
            if forward_origin is not None:
                message["forward_origin"] = forward_origin
            if sender_chat is not None:
                message["sender_chat"] = sender_chat
            self.push_update({"message": message})
            return message["message_id"]

    def edit_text(self, chat_id: int, message_id: int, text: str) -> int:
        """The user edits their message `message_id` to read `text` (Telegram sends the whole
        message again as an edited_message, with its entities found afresh); returns the update id."""
        with self._cond:
            chat = self._known(chat_id)
            message = dict(chat.messages[message_id])
            if "from" not in message or message["from"]["id"] == BOT_ID:
                raise ValueError(f"message {message_id} in chat {chat_id} is not the user's to edit")
            message.pop("entities", None)
            message["text"] = text
            message["edit_date"] = objects.now()
            found = objects.detect_entities(text)
            if found:
                message["entities"] = found
            return self.push_update({"edited_message": message})

    def push_document(
        self,
        chat_id: int,
        file_name: str,
        data: bytes,
        *,
        user_id: int | None = None,
        chat_type: str = "private",
        caption: str | None = None,
        message_thread_id: int | None = None,
        mime_type: str = "application/octet-stream",
    ) -> int:
        """A user sends a file; the bot can fetch it with getFile and a download. Returns the
        message id (a reply to it carries the document too)."""
        with self._cond:
            chat = self._chat_for_push(chat_id, chat_type, None)
            message: dict[str, Any] = {
                "message_id": chat.next_message_id(),
                "from": self._user(self._sender_id(chat, user_id)),
                "chat": chat.json(),
                "date": objects.now(),
                "document": self._store_file(file_name, data, mime_type),
            }
            if caption:
                message["caption"] = caption
                found = objects.detect_entities(caption)
                if found:
                    message["caption_entities"] = found
            _place_in_thread(chat, message, message_thread_id)
            self.push_update({"message": message})
            return message["message_id"]

    def file_bytes(self, file_id: str) -> bytes:
        """What a file holds, e.g. a document the bot sent."""
        with self._cond:
            return self._files[file_id].data

    def delete_message(self, chat_id: int, message_id: int) -> None:
        """The user deletes a message, theirs or the bot's, for everyone: edits of it and replies
        to it then fail as they do on Telegram."""
        with self._cond:
            chat = self._known(chat_id)
            del chat.messages[message_id]
            chat.sent.pop(message_id, None)
            self._cond.notify_all()

    def close_topic(self, chat_id: int, message_thread_id: int) -> None:
        """An admin closes a forum topic: sends to it fail with TOPIC_CLOSED."""
        with self._cond:
            self._known(chat_id).closed_threads.add(message_thread_id)

    def delete_topic(self, chat_id: int, message_thread_id: int) -> None:
        """An admin deletes a forum topic with its messages: sends to it find no thread."""
        with self._cond:
            chat = self._known(chat_id)
            chat.threads.discard(message_thread_id)
            for message_id in [i for i, m in chat.messages.items() if m.get("message_thread_id") == message_thread_id]:
                del chat.messages[message_id]
                chat.sent.pop(message_id, None)

    def press_button(self, chat_id: int, message_id: int, data: str, *, user_id: int | None = None) -> str:
        """A user presses the inline button carrying `data`; returns the callback query id.

        Only buttons the bot really shows can be pressed, as in a real client.
        """
        with self._cond:
            chat = self._chats.get(chat_id)
            if chat is None or message_id not in chat.sent:
                raise AssertionError(f"chat {chat_id} has no bot message {message_id}\n{self.dump()}")
            message = chat.messages[message_id]
            shown = [button.get("callback_data") for button in buttons(message.get("reply_markup"))]
            if data not in shown:
                raise AssertionError(
                    f"message {message_id} has no button with callback_data {data!r}; it shows {shown}"
                )
            self._last_query_id += 1
            query_id = str(4_000_000_000_000 + self._last_query_id)
            self._open_queries[query_id] = time.monotonic()
            self.push_update({"callback_query": {
                "id": query_id,
                "from": self._user(self._sender_id(chat, user_id)),
                "message": message,
                "chat_instance": f"instance-{chat_id}",
                "data": data,
            }})
            return query_id

    def push_inline_query(self, user_id: int, query: str, *, chat_type: str = "sender") -> str:
        """A user types `@bot query` in a chat (`chat_type` as Telegram reports it); returns the
        query id. Its answer must come within `inline_deadline` seconds, as on Telegram."""
        with self._cond:
            self._last_query_id += 1
            query_id = str(5_000_000_000_000 + self._last_query_id)
            self._inline_queries[query_id] = (user_id, query, time.monotonic())
            self.push_update({"inline_query": {
                "id": query_id, "from": self._user(user_id), "query": query, "offset": "",
                "chat_type": chat_type,
            }})
            return query_id

    def push_update(self, update: dict) -> int:
        """Queue any update (my_chat_member, migrate_to_chat_id...); returns its update_id.

        Chats and messages inside it become known, and the state follows what it says (a bot
        kicked from a chat cannot write there, a migrated group refuses messages). Update types
        the bot did not ask for in allowed_updates are dropped, as Telegram drops them.
        """
        with self._cond:
            update = dict(update)
            self._last_update_id = max(self._last_update_id + 1, update.get("update_id", 0))
            update["update_id"] = self._last_update_id
            self._absorb(update)
            kind = next(key for key in update if key != "update_id")
            (self._updates if self._wants(kind) else self._filtered).append(update)
            self._cond.notify_all()
            return update["update_id"]

    def set_admins(self, chat_id: int, user_ids: list[int]) -> None:
        """Administrators of a group: the first is its creator. Include BOT_ID to make the bot one."""
        with self._cond:
            chat = self._known(chat_id)
            if chat.type == "private":
                raise ValueError("private chats have no administrators")
            chat.admins = list(user_ids)
            self._cond.notify_all()

    def block_chat(self, chat_id: int) -> None:
        """The user blocks the bot: a my_chat_member update, then 403 on everything sent there."""
        self._set_private_membership(chat_id, "kicked")

    def unblock_chat(self, chat_id: int) -> None:
        """The user unblocks the bot (restarts it): a my_chat_member update, and sends work again."""
        self._set_private_membership(chat_id, "member")

    # -- faults --------------------------------------------------------------------------------

    def fail_next(
        self,
        method: str,
        *,
        status: int | None = None,
        retry_after: int = 1,
        drop: bool = False,
        delay: float = 0.0,
        lose_answer: bool = False,
    ) -> None:
        """Make the next call of `method` fail; calls queue up, one fault per call.

        `status=429` answers Too Many Requests with `retry_after`; other statuses answer their
        standard error; `drop` closes the connection without an answer; `delay` waits that many
        seconds first and then handles the call normally (Telegram may act on a request the client
        has already given up on); `lose_answer` carries the call out and then closes the
        connection without answering, so the client cannot tell it from `drop`.
        """
        if status is None and not drop and delay <= 0 and not lose_answer:
            raise ValueError("say how to fail: status=..., drop=True, delay=... or lose_answer=True")
        with self._cond:
            fault = _Fault(status, retry_after, drop, delay, lose_answer)
            self._faults.setdefault(method.lower(), deque()).append(fault)

    # -- what tests look at --------------------------------------------------------------------

    def bot_messages(self, chat_id: int) -> list[BotMessage]:
        """The bot's messages in a chat that still exist, oldest first, with their current content."""
        with self._cond:
            chat = self._chats.get(chat_id)
            if chat is None:
                return []
            return [_bot_message(chat, message_id) for message_id in sorted(chat.sent)]

    def inline_answers(self) -> list[InlineAnswer]:
        """Every accepted answerInlineQuery, oldest first."""
        with self._cond:
            return list(self._inline_answers)

    def wait_for_inline_answer(self, query_id: str, timeout: float = 10.0) -> InlineAnswer:
        """The bot's answer to inline query `query_id`."""
        return self.wait_for(
            lambda: next((answer for answer in self._inline_answers if answer.query_id == query_id), None),
            timeout, f"an answer to inline query {query_id}")

    def calls(self, method: str | None = None) -> list[Call]:
        """Every request received (of one method, if given), oldest first."""
        with self._cond:
            if method is None:
                return list(self._calls)
            return [call for call in self._calls if call.method.lower() == method.lower()]

    def wait_for(self, predicate: Callable[[], T], timeout: float = 10.0, what: str = "") -> T:
        """Block until `predicate()` returns something truthy, and return it.

        It is re-evaluated on every change of state. On timeout, AssertionError shows what the
        stand-in saw, which is usually enough to tell what the bot did instead.
        """
        deadline = time.monotonic() + timeout
        with self._cond:
            while True:
                result = predicate()
                if result:
                    return result
                remaining = deadline - time.monotonic()
                if remaining <= 0:
                    raise AssertionError(
                        f"timed out after {timeout}s waiting for {what or predicate}\n{self.dump()}"
                    )
                self._cond.wait(min(remaining, 0.25))

    def wait_for_bot_message(
        self, chat_id: int, *, after: int = 0, contains: str | None = None, timeout: float = 10.0
    ) -> BotMessage:
        """The first bot message newer than message `after` whose current text contains `contains`."""

        def found() -> BotMessage | None:
            return next(
                (message for message in self.bot_messages(chat_id)
                 if message.message_id > after and (contains is None or contains in message.text)),
                None,
            )

        what = f"a bot message in chat {chat_id} after #{after}"
        return self.wait_for(found, timeout, what + (f" containing {contains!r}" if contains else ""))

    def dump(self) -> str:
        """Chats with every message, queued updates and recent calls, for failure messages."""
        with self._cond:
            lines = ["FakeTelegram state:"]
            for chat in self._chats.values():
                lines.append(f"  chat {chat.id} ({chat.type}, bot {chat.bot_status}):")
                for message_id in sorted(chat.messages):
                    lines.append(f"    {_describe(chat, message_id)}")
            lines.append(f"  queued updates: {len(self._updates)}; dropped by allowed_updates: "
                         f"{[next(k for k in u if k != 'update_id') for u in self._filtered]}")
            polls = [call for call in self._calls if call.method.lower() == "getupdates"]
            recent = [call for call in self._calls if call.method.lower() != "getupdates"][-15:]
            lines.append(f"  getUpdates calls: {len(polls)}; latest other calls:")
            lines.extend(f"    {call.method} -> {call.status} {_short(call.params)}" for call in recent)
            return "\n".join(lines)

    # -- HTTP boundary -------------------------------------------------------------------------

    def handle_http(self, path: str, query: str, content_type: str, body: bytes) -> tuple[int, dict] | None:
        """Answer one HTTP request: (status, JSON body), or None to drop the connection."""
        prefix, _, rest = path.partition("/bot")
        token, _, method = rest.partition("/")
        if prefix or not method or "/" in method:
            return 404, ApiError(404, "Not Found").body()
        if token != self.token:
            return 401, ApiError(401, "Unauthorized").body()
        try:
            params = Params({**read_query(query), **read_body(content_type, body)})
        except ApiError as error:
            self._record(method, {}, error.status)
            return error.status, error.body()
        return self._call(method, params)

    def _call(self, method: str, params: Params) -> tuple[int, dict] | None:
        with self._cond:
            queued = self._faults.get(method.lower())
            fault = queued.popleft() if queued else None
        if fault is not None and fault.delay:
            self._stopping.wait(fault.delay)
        if fault is not None and fault.drop:
            self._record(method, params.raw, 0)
            return None
        try:
            if fault is not None and fault.status is not None:
                raise fault.error()
            handler = self._methods.get(method.lower())
            if handler is None:
                raise ApiError(404, "Not Found")
            with self._cond:
                answer = (200, {"ok": True, "result": handler(params)})
        except ApiError as error:
            answer = (error.status, error.body())
        if fault is not None and fault.lose_answer:
            self._record(method, params.raw, 0)
            return None
        self._record(method, params.raw, answer[0])
        return answer

    def _record(self, method: str, params: dict[str, Any], status: int) -> None:
        with self._cond:
            self._calls.append(Call(method, params, status))
            self._cond.notify_all()

    # -- Bot API methods -----------------------------------------------------------------------

    def _get_updates(self, params: Params) -> list[dict]:
        """Long polling: confirm by offset, then wait up to `timeout` for anything to deliver."""
        if self._webhook_url:
            raise ApiError(409, WEBHOOK_CONFLICT)
        self._poller += 1
        poller = self._poller
        self._cond.notify_all()
        allowed = params.json("allowed_updates")
        if allowed is not None:
            self._allowed = frozenset(allowed) or None
        offset = params.optional_integer("offset")
        if offset is not None and offset < 0:
            self._updates = self._updates[offset:]
        elif offset is not None:
            self._updates = [update for update in self._updates if update["update_id"] >= offset]
        limit = min(max(params.optional_integer("limit") or 100, 1), 100)
        timeout = min(float(params.text("timeout") or 0), MAX_POLL_TIMEOUT_SECONDS)
        deadline = time.monotonic() + timeout
        while True:
            if poller != self._poller:
                raise ApiError(409, POLL_CONFLICT)
            remaining = deadline - time.monotonic()
            if self._updates or remaining <= 0 or self._stopping.is_set():
                return self._updates[:limit]
            self._cond.wait(remaining)

    def _delete_webhook(self, params: Params) -> bool:
        self._webhook_url = ""
        if params.flag("drop_pending_updates"):
            self._updates.clear()
        return True

    def _set_webhook(self, params: Params) -> bool:
        url = params.text("url") or ""
        if url:
            parts = urlsplit(url)
            if parts.scheme != "https" or not parts.hostname:
                raise bad_request("bad webhook: An HTTPS URL must be provided for webhook")
            if (parts.port or 443) not in WEBHOOK_PORTS:
                raise bad_request("bad webhook: Webhook can be set up only on ports 80, 88, 443 or 8443")
        self._webhook_url = url
        self._webhook_secret = params.text("secret_token") or ""
        allowed = params.json("allowed_updates")
        if allowed is not None:
            self._allowed = frozenset(allowed) or None
        if params.flag("drop_pending_updates"):
            self._updates.clear()
        return True

    def _get_webhook_info(self, params: Params) -> dict:
        return {"url": self._webhook_url, "has_custom_certificate": False,
                "pending_update_count": len(self._updates)}

    def _set_my_commands(self, params: Params) -> bool:
        commands = params.json("commands")
        if not isinstance(commands, list):
            raise bad_request("parameter \"commands\" is required")
        if len(commands) > 100:
            raise bad_request("BOT_COMMANDS_TOO_MUCH")
        for command in commands:
            name = str(command.get("command", ""))
            if not (1 <= len(name) <= 32 and all(c.islower() or c.isdigit() or c == "_" for c in name)
                    and name.isascii()):
                raise bad_request("BOT_COMMAND_INVALID")
            if not 1 <= len(str(command.get("description", "")).strip()) <= 256:
                raise bad_request("BOT_COMMAND_DESCRIPTION_INVALID")
        self._commands[_commands_key(params)] = [
            {"command": c["command"], "description": c["description"]} for c in commands
        ]
        return True

    def _get_my_commands(self, params: Params) -> list[dict]:
        return self._commands.get(_commands_key(params), [])

    def _delete_my_commands(self, params: Params) -> bool:
        self._commands.pop(_commands_key(params), None)
        return True

    def _send_message(self, params: Params) -> dict:
        chat = self._writable_chat(params)
        formatted = message_text(params)
        content: dict[str, Any] = {"text": formatted.text}
        if formatted.entities:
            content["entities"] = formatted.entities
        return self._post(chat, params, content, str(params.text("text")))

    def _send_document(self, params: Params) -> dict:
        chat = self._writable_chat(params)
        document = params.raw.get("document")
        if isinstance(document, Upload):
            if len(document.data) > MAX_UPLOAD_BYTES:
                raise ApiError(413, "Request Entity Too Large")
            if not document.data:
                raise bad_request("file must be non-empty")
            stored = self._store_file(document.filename or "document", document.data, "application/octet-stream")
        elif isinstance(document, str) and document in self._files:
            stored = self._document_json(self._files[document])
        elif document:
            raise bad_request("wrong file identifier/HTTP URL specified")
        else:
            raise bad_request("there is no document in the request")
        formatted = caption_text(params)
        content: dict[str, Any] = {"document": stored}
        if formatted.text:
            content["caption"] = formatted.text
        if formatted.entities:
            content["caption_entities"] = formatted.entities
        return self._post(chat, params, content, params.text("caption") or "")

    def _post(self, chat: Chat, params: Params, content: dict[str, Any], source: str) -> dict:
        """A new bot message with `content` (text, or a document and caption), placed as asked."""
        markup = checked_markup(params.json("reply_markup"), inline_only=False)
        replied = self._replied(chat, params)
        # Strict: a send without message_thread_id lands in the forum's General topic, even when it
        # quotes a message of another topic, so a bot that forgets the topic is seen doing so.
        thread = params.optional_integer("message_thread_id")
        self._check_thread(chat, thread)
        message: dict[str, Any] = {
            "message_id": chat.next_message_id(),
            "from": objects.bot_user(),
            "chat": chat.json(),
            "date": objects.now(),
            **content,
        }
        if markup and "inline_keyboard" in markup:
            message["reply_markup"] = markup
        if replied is not None:
            message["reply_to_message"] = objects.without_reply(replied)
        if thread is not None:
            message["message_thread_id"] = thread
            message["is_topic_message"] = chat.is_forum
        chat.messages[message["message_id"]] = message
        chat.sent[message["message_id"]] = Sent(source, params.text("parse_mode"))
        return message

    def _get_file(self, params: Params) -> dict:
        stored = self._files.get(params.text("file_id") or "")
        if stored is None:
            raise bad_request("invalid file_id")
        if len(stored.data) > MAX_DOWNLOAD_BYTES:
            raise bad_request("file is too big")
        stored.path = stored.path or f"documents/file_{len(self._files)}_{stored.unique_id}"
        return {"file_id": stored.file_id, "file_unique_id": stored.unique_id,
                "file_size": len(stored.data), "file_path": stored.path}

    def download(self, path: str) -> bytes | None:
        """A file's bytes at `/file/bot<token>/<file_path>`, for paths getFile handed out."""
        token, _, file_path = path.removeprefix(FILE_PREFIX).partition("/")
        with self._cond:
            found = next((f for f in self._files.values() if f.path == file_path), None)
            return found.data if token == self.token and found is not None else None

    def _store_file(self, name: str, data: bytes, mime_type: str) -> dict:
        number = len(self._files) + 1
        stored = StoredFile(f"BQACAgDocument{number:06d}", f"AgADDoc{number:06d}", name, data)
        self._files[stored.file_id] = stored
        return {**self._document_json(stored), "mime_type": mime_type}

    @staticmethod
    def _document_json(stored: StoredFile) -> dict:
        return {"file_id": stored.file_id, "file_unique_id": stored.unique_id, "file_name": stored.name,
                "file_size": len(stored.data)}

    def _edit_message_text(self, params: Params) -> dict:
        chat, message = self._own_message(params)
        if "text" not in message:
            raise bad_request("there is no text in the message to edit")
        formatted = message_text(params)
        markup = checked_markup(params.json("reply_markup"), inline_only=True)
        if (formatted.text, formatted.entities, markup) == (
            message["text"], message.get("entities", []), message.get("reply_markup")
        ):
            raise bad_request(NOT_MODIFIED)
        message["text"] = formatted.text
        _set_or_drop(message, "entities", formatted.entities)
        _set_or_drop(message, "reply_markup", markup)
        message["edit_date"] = objects.now()
        previous = chat.sent[message["message_id"]]
        chat.sent[message["message_id"]] = Sent(
            str(params.text("text")), params.text("parse_mode"), previous.edits + 1
        )
        return message

    def _edit_message_reply_markup(self, params: Params) -> dict:
        chat, message = self._own_message(params)
        markup = checked_markup(params.json("reply_markup"), inline_only=True)
        if markup == message.get("reply_markup"):
            raise bad_request(NOT_MODIFIED)
        _set_or_drop(message, "reply_markup", markup)
        message["edit_date"] = objects.now()
        return message

    def _delete_message(self, params: Params) -> bool:
        chat = self._chat(params)
        message_id = params.integer("message_id", "message identifier is not specified")
        if message_id not in chat.messages:
            raise bad_request("message to delete not found")
        if message_id not in chat.sent and chat.type != "private" and BOT_ID not in chat.admins:
            raise bad_request("message can't be deleted for everyone")
        del chat.messages[message_id]
        chat.sent.pop(message_id, None)
        return True

    def _send_chat_action(self, params: Params) -> bool:
        chat = self._writable_chat(params)
        if params.text("action") not in CHAT_ACTIONS:
            raise bad_request("wrong parameter action in request")
        self._check_thread(chat, params.optional_integer("message_thread_id"))
        return True

    def _answer_callback_query(self, params: Params) -> bool:
        query_id = params.text("callback_query_id")
        pressed = self._open_queries.pop(query_id, None)
        late = self.callback_deadline is not None and pressed is not None and (
            time.monotonic() - pressed > self.callback_deadline)
        if pressed is None or late:
            raise bad_request(QUERY_INVALID)
        return True

    def _answer_inline_query(self, params: Params) -> bool:
        query_id = params.text("inline_query_id") or ""
        asked = self._inline_queries.get(query_id)
        if asked is None or time.monotonic() - asked[2] > self.inline_deadline:
            raise bad_request(QUERY_INVALID)
        results = checked_results(params)
        offset, button = checked_offset(params), checked_button(params)
        del self._inline_queries[query_id]
        user_id, query, pushed = asked
        cache_time = params.optional_integer("cache_time")
        self._inline_answers.append(InlineAnswer(
            query_id, user_id, query, results, DEFAULT_CACHE_SECONDS if cache_time is None else cache_time,
            params.flag("is_personal"), offset, button, time.monotonic() - pushed))
        return True

    def _get_chat_member(self, params: Params) -> dict:
        chat = self._chat(params)
        user_id = params.integer("user_id", "user not found")
        person = objects.bot_user() if user_id == BOT_ID else objects.user(user_id)
        return objects.chat_member(person, _status(chat, user_id))

    def _get_chat_administrators(self, params: Params) -> list[dict]:
        chat = self._chat(params)
        if chat.type == "private":
            raise bad_request("there are no administrators in the private chat")
        return [
            objects.chat_member(objects.bot_user() if uid == BOT_ID else objects.user(uid), _status(chat, uid))
            for uid in chat.admins
        ]

    # -- state helpers (called with the lock held) ---------------------------------------------

    def _chat(self, params: Params) -> Chat:
        raw = params.text("chat_id")
        if not raw:
            raise bad_request("chat_id is empty")
        if raw.startswith("@"):
            chat = next((c for c in self._chats.values() if c.username == raw[1:]), None)
        else:
            chat = self._chats.get(int(raw)) if raw.lstrip("-").isdigit() else None
        if chat is None:
            raise bad_request("chat not found")
        return chat

    def _writable_chat(self, params: Params) -> Chat:
        chat = self._chat(params)
        if chat.migrated_to is not None:
            raise ApiError(400, "Bad Request: group chat was upgraded to a supergroup chat",
                           {"migrate_to_chat_id": chat.migrated_to})
        if chat.bot_status in ("kicked", "left"):
            raise ApiError(403, _forbidden(chat))
        if chat.bot_status == "restricted":
            raise bad_request("not enough rights to send text messages to the chat")
        return chat

    def _own_message(self, params: Params) -> tuple[Chat, dict]:
        """The bot message an edit targets, refusing what Telegram refuses to edit."""
        if params.has("inline_message_id"):
            raise bad_request("FakeTelegram does not support inline messages")
        chat = self._writable_chat(params)
        message_id = params.integer("message_id", "message identifier is not specified")
        if message_id not in chat.messages:
            raise bad_request("message to edit not found")
        if message_id not in chat.sent:
            raise bad_request("message can't be edited")
        return chat, chat.messages[message_id]

    def _replied(self, chat: Chat, params: Params) -> dict | None:
        """The message a send replies to; a missing one fails unless the bot allows sending anyway."""
        reply = params.json("reply_parameters")
        if reply is None and params.has("reply_to_message_id"):
            reply = {"message_id": params.optional_integer("reply_to_message_id"),
                     "allow_sending_without_reply": params.flag("allow_sending_without_reply")}
        if not reply:
            return None
        target = self._chats.get(int(reply.get("chat_id", chat.id)))
        replied = target.messages.get(int(reply["message_id"])) if target else None
        if replied is None and not reply.get("allow_sending_without_reply"):
            raise bad_request("message to be replied not found")
        return replied

    def _check_thread(self, chat: Chat, thread: int | None) -> None:
        if thread is not None and thread not in chat.threads:
            raise bad_request("message thread not found")
        if thread in chat.closed_threads:
            raise bad_request("TOPIC_CLOSED")

    def _known(self, chat_id: int) -> Chat:
        chat = self._chats.get(chat_id)
        if chat is None:
            raise ValueError(f"chat {chat_id} is unknown: push a message from it first")
        return chat

    def _chat_for_push(self, chat_id: int, chat_type: str, title: str | None) -> Chat:
        chat = self._chats.get(chat_id)
        if chat is None:
            chat = self._register({"id": chat_id, "type": chat_type, "title": title})
        if chat.type != chat_type:
            raise ValueError(f"chat {chat_id} is a {chat.type} chat, not {chat_type}")
        return chat

    def _register(self, chat_json: dict) -> Chat:
        chat = self._chats.get(chat_json["id"])
        if chat is None:
            chat = Chat(chat_json["id"], chat_json["type"], chat_json.get("title"),
                        chat_json.get("username"), bool(chat_json.get("is_forum")))
            self._chats[chat.id] = chat
        return chat

    def set_language(self, user_id: int, language_code: str) -> None:
        """The person's Telegram app is set to this language: their updates say so (`language_code`)."""
        with self._cond:
            self._languages[user_id] = language_code

    def _language(self, user_id: int) -> str:
        return self._languages.get(user_id, "en")

    def _user(self, user_id: int) -> dict:
        return objects.user(user_id, self._language(user_id))

    def _sender_id(self, chat: Chat, user_id: int | None) -> int:
        if chat.type != "private":
            return DEFAULT_GROUP_USER_ID if user_id is None else user_id
        if user_id not in (None, chat.id):
            raise ValueError(f"in private chat {chat.id} only user {chat.id} can write")
        return chat.id

    def _absorb(self, update: dict) -> None:
        """Learn chats and messages from an update and apply what it changes."""
        for kind in ("message", "edited_message", "channel_post", "edited_channel_post"):
            message = update.get(kind)
            if message is None:
                continue
            chat = self._register(message["chat"])
            chat.messages[message["message_id"]] = message
            chat.last_message_id = max(chat.last_message_id, message["message_id"])
            if "from" in message:
                chat.members.add(message["from"]["id"])
            if "message_thread_id" in message:
                chat.threads.add(message["message_thread_id"])
            if "migrate_to_chat_id" in message:
                chat.migrated_to = message["migrate_to_chat_id"]
                self._register({"id": chat.migrated_to, "type": "supergroup", "title": chat.title})
        membership = update.get("my_chat_member")
        if membership is not None:
            chat = self._register(membership["chat"])
            if membership["new_chat_member"]["user"]["id"] == BOT_ID:
                chat.bot_status = membership["new_chat_member"]["status"]

    def _wants(self, kind: str) -> bool:
        if self._allowed is None:
            return kind not in OPT_IN_UPDATES
        return kind in self._allowed

    def _set_private_membership(self, chat_id: int, status: str) -> None:
        with self._cond:
            chat = self._known(chat_id)
            if chat.type != "private":
                raise ValueError("only private chats can block the bot; push a my_chat_member update")
            old = "kicked" if status == "member" else "member"
            self.push_update({"my_chat_member": {
                "chat": chat.json(),
                "from": objects.user(chat_id),
                "date": objects.now(),
                "old_chat_member": objects.chat_member(objects.bot_user(), old),
                "new_chat_member": objects.chat_member(objects.bot_user(), status),
            }})


class _Handler(BaseHTTPRequestHandler):
    """HTTP/1.1 with keep-alive, as the bot's connection pool expects; an answer's head and body
    go out without waiting for the bot to acknowledge the head (Nagle's algorithm against delayed
    ACKs held each answer 40 ms, which api.telegram.org does not)."""

    protocol_version = "HTTP/1.1"
    disable_nagle_algorithm = True

    def do_POST(self) -> None:
        url = urlsplit(self.path)
        body = self.rfile.read(int(self.headers.get("Content-Length") or 0))
        fake: FakeTelegram = self.server.fake  # type: ignore[attr-defined]
        answer = fake.handle_http(url.path, url.query, self.headers.get("Content-Type", ""), body)
        if answer is None:
            self.close_connection = True
            return
        status, payload = answer
        data = json.dumps(payload).encode("utf-8")
        try:
            self.send_response(status)
            self.send_header("Content-Type", "application/json")
            self.send_header("Content-Length", str(len(data)))
            self.end_headers()
            self.wfile.write(data)
        except OSError:
            self.close_connection = True

    def do_GET(self) -> None:
        fake: FakeTelegram = self.server.fake  # type: ignore[attr-defined]
        if not self.path.startswith(FILE_PREFIX):
            self.do_POST()
            return
        data = fake.download(unquote(urlsplit(self.path).path))
        status = 200 if data is not None else 404
        body = data if data is not None else json.dumps(ApiError(404, "Not Found").body()).encode()
        self.send_response(status)
        self.send_header("Content-Type", "application/octet-stream" if data is not None else "application/json")
        self.send_header("Content-Length", str(len(body)))
        self.end_headers()
        self.wfile.write(body)

    def log_message(self, format: str, *args: Any) -> None:
        """Quiet: the call record is the log."""


CHAT_QUEUES = {"message": "chat", "edited_message": "chat", "channel_post": "chat", "edited_channel_post": "chat",
               "business_message": "business", "edited_business_message": "business", "my_chat_member": "membership"}
USER_QUEUES = {"inline_query": "inline_query", "chosen_inline_result": "chosen_inline_result",
               "callback_query": "callback_query", "shipping_query": "payment", "pre_checkout_query": "payment",
               "chat_member": "member", "chat_join_request": "member"}
QUEUES = {**CHAT_QUEUES, **USER_QUEUES}


def delivery_queue(update: dict) -> tuple[str, int] | None:
    """The queue Telegram's webhook keeps an update in, None for one in a queue of its own.

    Telegram's Bot API server sends a queue's next update only once the one before it was
    answered with a 2xx (or dropped): so a chat's messages reach the bot one at a time and in
    order, over however many connections. Its queues (telegram-bot-api, `webhook_queue_id` in
    `Client::add_update`): messages, posts and their edits by chat, the bot's own membership by
    chat, inline queries, button presses, payments and other members' changes by user.
    """
    kind = next((key for key in update if key != "update_id"), "")
    body = update.get(kind)
    owner = QUEUES.get(kind)
    if owner is None or not isinstance(body, dict):
        return None
    of = body.get("chat" if kind in CHAT_QUEUES else "from")
    return (owner, of["id"]) if isinstance(of, dict) and "id" in of else None


def _post_update(url: str, update: dict, secret: str) -> int:
    """POST one update as Telegram does; the HTTP status, or 0 if the instance could not be reached."""
    parts = urlsplit(url)
    connection = http.client.HTTPConnection(parts.hostname, parts.port, timeout=WEBHOOK_TIMEOUT_SECONDS)
    try:
        connection.request("POST", parts.path or "/", json.dumps(update).encode(),
                           {"Content-Type": "application/json", SECRET_HEADER: secret})
        return connection.getresponse().status
    except OSError:
        return 0
    finally:
        connection.close()


def _place_in_thread(chat: Chat, message: dict, thread: int | None) -> None:
    """A user's message in a thread; in a supergroup that makes the chat a forum and the thread a topic."""
    if thread is None:
        return
    if chat.type == "supergroup":
        chat.is_forum = True
        message["chat"] = chat.json()
        message["is_topic_message"] = True
    message["message_thread_id"] = thread


def _set_or_drop(message: dict, key: str, value: Any) -> None:
    """Edits replace a field; an edit without it removes it (e.g. an edit drops the keyboard)."""
    if value:
        message[key] = value
    else:
        message.pop(key, None)


def _commands_key(params: Params) -> str:
    scope = params.json("scope") or {"type": "default"}
    return f"{json.dumps(scope, sort_keys=True)}|{params.text('language_code') or ''}"


def _status(chat: Chat, user_id: int) -> str:
    if chat.admins and user_id == chat.admins[0]:
        return "creator"
    if user_id in chat.admins:
        return "administrator"
    if user_id == BOT_ID:
        return chat.bot_status
    return "member" if user_id in chat.members else "left"


def _forbidden(chat: Chat) -> str:
    if chat.type == "private":
        return "Forbidden: bot was blocked by the user"
    if chat.bot_status == "kicked":
        return f"Forbidden: bot was kicked from the {chat.type} chat"
    return f"Forbidden: bot is not a member of the {chat.type} chat"


def _bot_message(chat: Chat, message_id: int) -> BotMessage:
    message, sent = chat.messages[message_id], chat.sent[message_id]
    replied = message.get("reply_to_message")
    return BotMessage(
        chat_id=chat.id,
        message_id=message_id,
        text=message.get("text", message.get("caption", "")),
        entities=tuple(message.get("entities", message.get("caption_entities", []))),
        reply_markup=message.get("reply_markup"),
        reply_to=replied["message_id"] if replied else None,
        message_thread_id=message.get("message_thread_id"),
        source=sent.source,
        parse_mode=sent.parse_mode,
        edits=sent.edits,
        document=message.get("document"),
    )


def _describe(chat: Chat, message_id: int) -> str:
    message = chat.messages[message_id]
    who = "bot" if message_id in chat.sent else f"user {message.get('from', {}).get('id')}"
    text = message.get("text") or message.get("caption") or f"<{', '.join(message)}>"
    labels = [button.get("text") for button in buttons(message.get("reply_markup"))]
    edits = chat.sent[message_id].edits if message_id in chat.sent else 0
    extras = (f" buttons={labels}" if labels else "") + (f" edited {edits}x" if edits else "")
    return f"#{message_id} {who}: {_clip(text)}{extras}"


def _short(params: dict[str, Any]) -> str:
    return _clip(json.dumps(params, ensure_ascii=False, default=repr))


def _clip(text: str, limit: int = 300) -> str:
    return text if len(text) <= limit else text[:limit] + f"... ({len(text)} chars)"
