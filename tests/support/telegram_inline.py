"""What Telegram refuses in an answerInlineQuery, checked as the Bot API checks it.

At most 50 results with unique ids of 1-64 bytes; article results need a title and an
input_message_content whose text, once its HTML is parsed, is 1-4096 characters; next_offset is
at most 64 bytes; the button above the results has a text and exactly one of start_parameter
(1-64 characters of A-Z a-z 0-9 _ -) or web_app. The stand-in supports article results with text
content, which is all the bot sends; anything else is refused loudly rather than waved through.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from typing import Any

from tests.support.telegram_content import checked_markup, message_text
from tests.support.telegram_params import ApiError, Params, bad_request

MAX_RESULTS = 50
MAX_ID_BYTES = 64
MAX_OFFSET_BYTES = 64
START_PARAMETER = re.compile(r"^[A-Za-z0-9_-]{1,64}$")


@dataclass(frozen=True)
class InlineResult:
    """One article result as the user sees it in the list, and the message choosing it sends."""

    id: str
    title: str
    description: str | None
    text: str
    entities: tuple[dict, ...]
    source: str
    parse_mode: str | None


@dataclass(frozen=True)
class InlineAnswer:
    """The bot's answer to one inline query."""

    query_id: str
    user_id: int
    query: str
    results: tuple[InlineResult, ...]
    cache_time: int
    is_personal: bool
    next_offset: str
    button: dict | None
    seconds: float
    """From the query's delivery to the bot until its answer arrived."""


def checked_results(params: Params) -> tuple[InlineResult, ...]:
    results = params.json("results")
    if not isinstance(results, list):
        raise bad_request("can't parse inline query results JSON object")
    if len(results) > MAX_RESULTS:
        raise bad_request("RESULTS_TOO_MUCH")
    seen: set[str] = set()
    checked = []
    for result in results:
        if not isinstance(result, dict):
            raise bad_request("can't parse inline query result JSON object")
        result_id = str(result.get("id", ""))
        if not 1 <= len(result_id.encode("utf-8")) <= MAX_ID_BYTES:
            raise bad_request("RESULT_ID_INVALID")
        if result_id in seen:
            raise bad_request("RESULT_ID_DUPLICATE")
        seen.add(result_id)
        checked.append(_article(result, result_id))
    return tuple(checked)


def checked_offset(params: Params) -> str:
    offset = params.text("next_offset") or ""
    if len(offset.encode("utf-8")) > MAX_OFFSET_BYTES:
        raise bad_request("NEXT_OFFSET_INVALID")
    return offset


def checked_button(params: Params) -> dict | None:
    button = params.json("button")
    if button is None:
        return None
    if not isinstance(button, dict) or not str(button.get("text", "")).strip():
        raise bad_request("BUTTON_TEXT_INVALID")
    if ("start_parameter" in button) == ("web_app" in button):
        raise bad_request("BUTTON_TYPE_INVALID")
    if "start_parameter" in button and not START_PARAMETER.match(str(button["start_parameter"])):
        raise bad_request("START_PARAM_INVALID")
    return button


def _article(result: dict[str, Any], result_id: str) -> InlineResult:
    if result.get("type") != "article":
        raise bad_request(f"FakeTelegram supports article results only, not {result.get('type')!r}")
    title = result.get("title")
    if not isinstance(title, str) or not title.strip():
        raise bad_request("RESULT_TITLE_EMPTY")
    content = result.get("input_message_content")
    if not isinstance(content, dict) or "message_text" not in content:
        raise bad_request("FakeTelegram supports InputTextMessageContent only")
    try:
        formatted = message_text(Params({"text": content["message_text"], "parse_mode": content.get("parse_mode"),
                                         "entities": content.get("entities")}))
    except ApiError as error:
        description = error.description
        if "too long" in description:
            raise bad_request("MESSAGE_TOO_LONG") from None
        if "empty" in description:
            raise bad_request("MESSAGE_EMPTY") from None
        raise
    checked_markup(result.get("reply_markup"), inline_only=True)
    return InlineResult(result_id, title, result.get("description"), formatted.text,
                        tuple(formatted.entities), content["message_text"], content.get("parse_mode"))
