"""Bot API objects (users, chats, members, messages) and the chat state the stand-in keeps.

Field sets follow the Bot API version python-telegram-bot 22 speaks: a missing required field
makes `de_json` fail inside the bot, which would look like a bot bug rather than a harness bug.
"""

from __future__ import annotations

import re
import time
from dataclasses import dataclass, field

from tests.support.telegram_html import utf16_length

BOT_ID = 7_000_000_001
BOT_USERNAME = "article_reader_test_bot"
GROUP_ANONYMOUS_BOT_ID = 1_087_968_824
CHANNEL_BOT_ID = 136_817_688
_COMMAND = re.compile(r"(?<![\w/])/[A-Za-z0-9_]{1,32}(?:@[A-Za-z0-9_]{5,32})?(?![\w/])")
_URL = re.compile(r"(?<![\w@])https?://[^\s<>\"']+", re.IGNORECASE)
_URL_TRAILING = ".,;:!?)]}'\""


@dataclass(frozen=True)
class Sent:
    """How the bot wrote one of its messages: the text as sent, its parse mode, how often edited."""

    source: str
    parse_mode: str | None
    edits: int = 0


@dataclass
class Chat:
    """A chat the stand-in knows, with every live message in it (user's and bot's)."""

    id: int
    type: str
    title: str | None = None
    username: str | None = None
    is_forum: bool = False
    messages: dict[int, dict] = field(default_factory=dict)
    sent: dict[int, Sent] = field(default_factory=dict)
    last_message_id: int = 0
    threads: set[int] = field(default_factory=set)
    closed_threads: set[int] = field(default_factory=set)
    admins: list[int] = field(default_factory=list)
    members: set[int] = field(default_factory=set)
    bot_status: str = "member"
    migrated_to: int | None = None

    def next_message_id(self) -> int:
        self.last_message_id += 1
        return self.last_message_id

    def json(self) -> dict:
        chat: dict = {"id": self.id, "type": self.type}
        if self.type == "private":
            chat["first_name"] = f"User {self.id}"
            chat["username"] = f"user{self.id}"
        else:
            chat["title"] = self.title or f"Chat {self.id}"
            if self.username:
                chat["username"] = self.username
            if self.is_forum:
                chat["is_forum"] = True
        return chat

    def full_info(self) -> dict:
        """getChat's ChatFullInfo; PTB 22 requires the colour, reaction and gift fields."""
        gifts = {"unlimited_gifts": False, "limited_gifts": False, "unique_gifts": False,
                 "premium_subscription": False, "gifts_from_channels": False}
        return {**self.json(), "accent_color_id": 0, "max_reaction_count": 11,
                "accepted_gift_types": gifts}


def user(user_id: int, language_code: str = "en") -> dict:
    """A person; `language_code` is the language their Telegram app is set to."""
    return {"id": user_id, "is_bot": False, "first_name": f"User {user_id}",
            "username": f"user{user_id}", "language_code": language_code}


def bot_user() -> dict:
    return {"id": BOT_ID, "is_bot": True, "first_name": "Article Reader", "username": BOT_USERNAME}


def get_me() -> dict:
    return {**bot_user(), "can_join_groups": True, "can_read_all_group_messages": False,
            "supports_inline_queries": False, "can_connect_to_business": False,
            "has_main_web_app": False}


def sender_of(chat_id: int, sender_chat: dict | None, user_id: int, language_code: str = "en") -> dict:
    """Who `from` names: anonymous admins and channels post through Telegram's service bots."""
    if sender_chat is None:
        return user(user_id, language_code)
    bot_id = GROUP_ANONYMOUS_BOT_ID if sender_chat.get("id") == chat_id else CHANNEL_BOT_ID
    return {"id": bot_id, "is_bot": True, "first_name": "Telegram", "username": "GroupAnonymousBot"}


def chat_member(person: dict, status: str) -> dict:
    """ChatMember of the given status with every field PTB 22 requires for it."""
    member: dict = {"user": person, "status": status}
    if status == "creator":
        member["is_anonymous"] = False
    elif status == "administrator":
        member.update(
            can_be_edited=False, is_anonymous=False, can_manage_chat=True, can_delete_messages=True,
            can_manage_video_chats=True, can_restrict_members=True, can_promote_members=False,
            can_change_info=True, can_invite_users=True, can_post_stories=False,
            can_edit_stories=False, can_delete_stories=False, can_pin_messages=True,
        )
    elif status == "kicked":
        member["until_date"] = 0
    elif status == "restricted":
        # A member the admins forbade to write: the bot in a group where it may not send messages.
        member.update(until_date=0, is_member=True, can_change_info=False, can_invite_users=False,
                      can_pin_messages=False, can_manage_topics=False,
                      **{f"can_send_{kind}": False for kind in (
                          "messages", "audios", "documents", "photos", "videos", "video_notes", "voice_notes",
                          "polls", "other_messages")},
                      can_add_web_page_previews=False, can_edit_tag=False, can_react_to_messages=False)
    return member


def without_reply(message: dict) -> dict:
    """A message as it appears inside `reply_to_message`: Telegram does not nest replies deeper."""
    return {key: value for key, value in message.items() if key != "reply_to_message"}


def detect_entities(text: str) -> list[dict]:
    """bot_command and url entities, which Telegram attaches to what users type.

    python-telegram-bot's CommandHandler only fires on a bot_command entity at offset 0, so a
    stand-in that leaves them out would make every command look broken.
    """
    entities = []
    for kind, pattern in (("bot_command", _COMMAND), ("url", _URL)):
        for match in pattern.finditer(text):
            found = match[0].rstrip(_URL_TRAILING) if kind == "url" else match[0]
            entities.append({"type": kind, "offset": utf16_length(text[: match.start()]),
                             "length": utf16_length(found)})
    return sorted(entities, key=lambda entity: entity["offset"])


def now() -> int:
    return int(time.time())
