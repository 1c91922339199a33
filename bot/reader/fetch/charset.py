"""Reading a body as text: which encoding it is in, and whether it is text at all."""

from __future__ import annotations

import codecs
import re

import charset_normalizer

HEAD_BYTES = 4096
"""How far into the body we look for a <meta charset> and for signs of binary data."""
_BINARY_SHARE = 0.01
"""Text with more control characters than this share is binary data dressed up as a page."""

_META_CHARSET = re.compile(rb"""<meta\b[^>]*?charset\s*=\s*["']?\s*([\w.:-]+)""", re.IGNORECASE)
_XML_ENCODING = re.compile(rb"""^\s*<\?xml\b[^>]*?encoding\s*=\s*["']([\w.:-]+)""", re.IGNORECASE)
_HTML_MARKER = re.compile(r"<!doctype\s+html|<html[\s>]|<head[\s>]|<body[\s>]", re.IGNORECASE)
CONTROL = re.compile("[\x00-\x08\x0b\x0c\x0e-\x1f]")
"""Control characters no page legitimately contains, and which lxml refuses to parse."""


def decode_body(body: bytes, content_type: str = "") -> tuple[str, str]:
    """The body as text and the encoding used to read it.

    In order: a byte-order mark, the HTTP charset, a <meta> or XML declaration near the top, valid
    UTF-8, then charset_normalizer's guess; UTF-8 with replacement characters if all else fails.
    """
    encoding = (
        _bom_encoding(body)
        or _codec(_header_charset(content_type))
        or _codec(_declared_charset(body[:HEAD_BYTES]))
        or _detect(body)
    )
    return body.decode(encoding, errors="replace"), encoding


def _bom_encoding(body: bytes) -> str | None:
    if body.startswith(codecs.BOM_UTF8):
        return "utf-8-sig"
    if body.startswith((codecs.BOM_UTF16_LE, codecs.BOM_UTF16_BE)):
        return "utf-16"
    return None


def _header_charset(content_type: str) -> str | None:
    for parameter in content_type.split(";")[1:]:
        name, _, value = parameter.partition("=")
        if name.strip().lower() == "charset":
            return value.strip().strip("\"'")
    return None


def _declared_charset(head: bytes) -> str | None:
    match = _META_CHARSET.search(head) or _XML_ENCODING.search(head)
    return match.group(1).decode("ascii") if match else None


def _codec(name: str | None) -> str | None:
    """Python's name for a declared charset, or None when we do not know it.

    Browsers read pages labelled latin-1 or ASCII as windows-1252 (the WHATWG Encoding standard),
    and such pages rely on it for curly quotes and dashes, so we do the same.
    """
    if not name:
        return None
    try:
        codec = codecs.lookup(name).name
    except LookupError:
        return None
    return "cp1252" if codec in ("iso8859-1", "ascii") else codec


def _detect(body: bytes) -> str:
    try:
        body.decode("utf-8")
    except UnicodeDecodeError:
        guess = charset_normalizer.from_bytes(body).best()
        return _codec(guess.encoding if guess else None) or "utf-8"
    return "utf-8"


def looks_binary(sample: str) -> bool:
    return len(CONTROL.findall(sample)) > len(sample) * _BINARY_SHARE


def sniff(text: str) -> str:
    """A media type for a body sent without one."""
    return "text/html" if _HTML_MARKER.search(text[:HEAD_BYTES]) else "text/plain"
