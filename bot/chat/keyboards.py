"""Inline buttons under summaries and what their callback data means; link buttons under failures.

Callback data is `<action>:<article id>[:<length>]`, short enough for Telegram's 64-byte limit and
holding everything a press needs, so buttons keep working on old messages after a restart.
"""

from __future__ import annotations

from dataclasses import dataclass

from telegram import InlineKeyboardButton, InlineKeyboardMarkup

from bot.conversation import texts
from bot.errors import PageBlocked
from bot.reader.summary.compose import Length

ORDER = [Length.SHORT, Length.MEDIUM, Length.LONG]


@dataclass(frozen=True)
class Press:
    action: str
    article_id: int
    length: Length | None = None


def summary_keyboard(article_id: int, length: Length, can_grow: bool = True) -> InlineKeyboardMarkup:
    """Shorter / longer (only where that changes something), quotes, and how to ask."""
    position = ORDER.index(length)
    sizes = []
    if position > 0:
        sizes.append(InlineKeyboardButton(texts.SHORTER, callback_data=f"len:{article_id}:{ORDER[position - 1].value}"))
    if position < len(ORDER) - 1 and can_grow:
        sizes.append(InlineKeyboardButton(texts.LONGER, callback_data=f"len:{article_id}:{ORDER[position + 1].value}"))
    return InlineKeyboardMarkup([
        sizes,
        [InlineKeyboardButton(texts.QUOTES_BUTTON, callback_data=f"quotes:{article_id}"),
         InlineKeyboardButton(texts.ASK_BUTTON, callback_data=f"ask:{article_id}")],
    ])


def archive_keyboard(error: BaseException) -> InlineKeyboardMarkup | None:
    """Link buttons to the page in public web archives, for a page that was blocked, paywalled or
    a script shell; None for any other failure. The bot opens none of them itself."""
    links = error.archive_links if isinstance(error, PageBlocked) else []
    if not links:
        return None
    return InlineKeyboardMarkup([[InlineKeyboardButton(name, url=url) for name, url in links]])


def parse_press(data: str | None) -> Press | None:
    """The button pressed, or None for data we don't recognise (old versions, tampering)."""
    parts = (data or "").split(":")
    try:
        if parts[0] == "len" and len(parts) == 3:
            return Press("len", int(parts[1]), Length(parts[2]))
        if parts[0] in ("quotes", "ask") and len(parts) == 2:
            return Press(parts[0], int(parts[1]))
    except ValueError:
        return None
    return None
