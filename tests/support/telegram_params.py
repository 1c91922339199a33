"""Bot API request parameters, read the way Telegram reads them.

Telegram takes parameters from the query string, a urlencoded or multipart form, or a JSON body.
Clients such as python-telegram-bot post forms where every value is a string and nested objects
(reply_markup, reply_parameters, allowed_updates...) are JSON-encoded strings, so each value is
decoded by what the field is, not by how it arrived.
"""

from __future__ import annotations

import json
from dataclasses import dataclass
from email.message import Message
from email.parser import BytesParser
from email.policy import HTTP
from typing import Any
from urllib.parse import parse_qsl

JSON_FIELDS = frozenset(
    {"reply_markup", "reply_parameters", "entities", "caption_entities", "allowed_updates", "commands",
     "scope", "link_preview_options", "results", "button"}
)


@dataclass(frozen=True)
class Upload:
    """A file uploaded in a multipart form: its name as the client gave it, and its bytes."""

    filename: str
    data: bytes


class ApiError(Exception):
    """A refusal the way Telegram words it: HTTP status, description, optional `parameters`."""

    def __init__(self, status: int, description: str, parameters: dict | None = None) -> None:
        super().__init__(description)
        self.status = status
        self.description = description
        self.parameters = parameters

    def body(self) -> dict:
        body: dict[str, Any] = {"ok": False, "error_code": self.status, "description": self.description}
        if self.parameters:
            body["parameters"] = self.parameters
        return body


def bad_request(description: str) -> ApiError:
    return ApiError(400, f"Bad Request: {description}")


def read_body(content_type: str, body: bytes) -> dict[str, Any]:
    """Form fields of a urlencoded, multipart or JSON body (files are kept as `Upload`s)."""
    media_type = content_type.split(";")[0].strip().lower()
    if not body:
        return {}
    if media_type == "application/json":
        try:
            decoded = json.loads(body)
        except ValueError:
            raise bad_request("can't parse JSON encoded request body") from None
        if not isinstance(decoded, dict):
            raise bad_request("JSON request body must be an object")
        return decoded
    if media_type == "multipart/form-data":
        return _multipart(content_type, body)
    return dict(parse_qsl(body.decode("utf-8", "replace"), keep_blank_values=True))


def read_query(query: str) -> dict[str, Any]:
    return dict(parse_qsl(query, keep_blank_values=True))


def _multipart(content_type: str, body: bytes) -> dict[str, Any]:
    message = BytesParser(policy=HTTP).parsebytes(
        f"Content-Type: {content_type}\r\n\r\n".encode("latin-1") + body
    )
    fields: dict[str, Any] = {}
    parts: list[Message] = list(message.iter_parts()) if message.is_multipart() else []
    for part in parts:
        name = part.get_param("name", header="content-disposition")
        payload = part.get_payload(decode=True) or b""
        if part.get_filename() is None:
            fields[str(name)] = payload.decode("utf-8", "replace")
        else:
            fields[str(name)] = Upload(part.get_filename() or "", payload)
    return fields


class Params:
    """Typed access to one request's parameters, failing with Telegram's 400 descriptions."""

    def __init__(self, raw: dict[str, Any]) -> None:
        self.raw = {name: self._decode(name, value) for name, value in raw.items()}

    @staticmethod
    def _decode(name: str, value: Any) -> Any:
        if name not in JSON_FIELDS or not isinstance(value, str):
            return value
        try:
            return json.loads(value)
        except ValueError:
            if name == "reply_markup":
                raise bad_request("can't parse reply keyboard markup JSON object") from None
            raise bad_request(f"can't parse {name} JSON object") from None

    def has(self, name: str) -> bool:
        return self.raw.get(name) not in (None, "")

    def text(self, name: str) -> str | None:
        value = self.raw.get(name)
        return None if value is None else str(value)

    def integer(self, name: str, missing: str) -> int:
        """A required integer; `missing` is Telegram's description when it is absent."""
        value = self.optional_integer(name)
        if value is None:
            raise bad_request(missing)
        return value

    def optional_integer(self, name: str) -> int | None:
        value = self.raw.get(name)
        if value in (None, ""):
            return None
        try:
            return int(value)
        except (TypeError, ValueError):
            raise bad_request(f'field "{name}" must be of type Integer') from None

    def flag(self, name: str) -> bool:
        value = self.raw.get(name)
        if isinstance(value, str):
            return value.strip().lower() in {"true", "1"}
        return bool(value)

    def json(self, name: str) -> Any:
        return self.raw.get(name)
