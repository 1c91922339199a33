"""What Telegram refuses in a message's content: its text and its inline keyboard.

Checked the way the Bot API checks them, in the order it does, with its descriptions, so the bot
sees the same BadRequest it would see from Telegram.
"""

from __future__ import annotations

from typing import Any
from urllib.parse import urlsplit

from tests.support.telegram_html import EntityParseError, FormattedText, parse_html, utf16_length
from tests.support.telegram_params import Params, bad_request

MAX_TEXT_LENGTH = 4096
MAX_CAPTION_LENGTH = 1024
MAX_CALLBACK_DATA_BYTES = 64


def message_text(params: Params) -> FormattedText:
    """The text a user will see, refused if Telegram would refuse it."""
    formatted = _formatted(params, "text", "entities")
    if not formatted.text:
        raise bad_request("message text is empty")
    if utf16_length(formatted.text) > MAX_TEXT_LENGTH:
        raise bad_request("message is too long")
    return formatted


def caption_text(params: Params) -> FormattedText:
    """A media message's caption (it may be empty), refused if Telegram would refuse it."""
    formatted = _formatted(params, "caption", "caption_entities")
    if utf16_length(formatted.text) > MAX_CAPTION_LENGTH:
        raise bad_request("message caption is too long")
    return formatted


def _formatted(params: Params, field: str, entities_field: str) -> FormattedText:
    source = params.text(field) or ""
    parse_mode = (params.text("parse_mode") or "").lower()
    if parse_mode == "html":
        try:
            formatted = parse_html(source)
        except EntityParseError as error:
            raise bad_request(f"can't parse entities: {error}") from None
    elif parse_mode in ("markdown", "markdownv2"):
        raise bad_request("FakeTelegram checks parse_mode HTML only; send HTML or plain text")
    elif parse_mode:
        raise bad_request("unsupported parse_mode")
    else:
        formatted = FormattedText(source, list(params.json(entities_field) or []))
    return _stripped(formatted)


def _stripped(formatted: FormattedText) -> FormattedText:
    """Telegram trims surrounding whitespace; entities shift and shrink with it."""
    text = formatted.text
    lead = utf16_length(text[: len(text) - len(text.lstrip())])
    kept = text.strip()
    end = lead + utf16_length(kept)
    entities = []
    for entity in formatted.entities:
        start, stop = max(entity["offset"], lead), min(entity["offset"] + entity["length"], end)
        if stop > start:
            entities.append({**entity, "offset": start - lead, "length": stop - start})
    return FormattedText(kept, entities)


def checked_markup(markup: Any, *, inline_only: bool) -> dict | None:
    """Check a reply_markup like Telegram: inline buttons need one action, data of 1-64 bytes."""
    if markup is None:
        return None
    if not isinstance(markup, dict):
        raise bad_request("can't parse reply keyboard markup JSON object")
    if "inline_keyboard" not in markup:
        if inline_only:
            raise bad_request("can't parse inline keyboard markup JSON object")
        return markup
    rows = markup["inline_keyboard"]
    if not isinstance(rows, list) or not all(isinstance(row, list) for row in rows):
        raise bad_request('field "inline_keyboard" of the InlineKeyboardMarkup should be an Array of Arrays')
    for button in buttons(markup):
        if not isinstance(button, dict) or not isinstance(button.get("text"), str):
            raise bad_request('can\'t parse inline keyboard button: Field "text" must be of type String')
        if "callback_data" in button:
            if not 1 <= len(str(button["callback_data"]).encode("utf-8")) <= MAX_CALLBACK_DATA_BYTES:
                raise bad_request("BUTTON_DATA_INVALID")
        elif "url" in button:
            parts = urlsplit(str(button["url"]))
            if parts.scheme not in ("http", "https", "tg") or not parts.netloc:
                raise bad_request(f"inline keyboard button URL '{button['url']}' is invalid: Wrong HTTP URL")
        elif len(button) == 1:
            raise bad_request("can't parse inline keyboard button: Text buttons are unallowed in the inline keyboard")
    return markup


def buttons(markup: dict | None) -> list:
    """Inline keyboard buttons of a reply_markup, row after row."""
    return [button for row in (markup or {}).get("inline_keyboard", []) for button in row]
