"""Reading a body as text: which encoding it is in, and whether it is text at all.

Downloads, local files and pasted text all pass `text_of` / `refuse_binary`, so a PDF or an image
is refused with the same message whichever way it arrives, instead of being summarized as text.
"""

from __future__ import annotations

import codecs
import re

import charset_normalizer

from bot.errors import NotAPage

HEAD_BYTES = 4096
"""How far into the body we look for a <meta charset> and for signs of binary data."""
_BINARY_SHARE = 0.01
"""Text with more control characters than this share is binary data dressed up as a page."""

_META_CHARSET = re.compile(rb"""<meta\b[^>]*?charset\s*=\s*["']?\s*([\w.:-]+)""", re.IGNORECASE)
_XML_ENCODING = re.compile(rb"""^\s*<\?xml\b[^>]*?encoding\s*=\s*["']([\w.:-]+)""", re.IGNORECASE)
_HTML_MARKER = re.compile(r"<!doctype\s+html|<html[\s>]|<head[\s>]|<body[\s>]", re.IGNORECASE)
CONTROL = re.compile("[\x00-\x08\x0b\x0c\x0e-\x1f]")
"""Control characters no page legitimately contains, and which lxml refuses to parse."""
SIGNATURES = {
    "%PDF-": "application/pdf",
    "%!PS": "application/postscript",
    "{\\rtf": "application/rtf",
    "PK\x03\x04": "application/zip",
    "\x1f\x8b": "application/gzip",
    "\xd0\xcf\x11\xe0": "application/msword",
    "\x89PNG": "image/png",
    "GIF8": "image/gif",
    "\xff\xd8\xff": "image/jpeg",
}
"""How common files begin, as text read byte for byte: some (an uncompressed PDF) are mostly text."""


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


def _looks_binary(sample: str) -> bool:
    return len(CONTROL.findall(sample)) > len(sample) * _BINARY_SHARE


def _signature(head: str) -> str | None:
    return next((kind for magic, kind in SIGNATURES.items() if head.startswith(magic)), None)


def signature_of(body: bytes) -> str | None:
    """The media type of a known file format the raw bytes begin with (a PDF, an image...), else None."""
    return _signature(body[:16].decode("latin-1"))


def refuse_binary(text: str) -> str:
    """The text without stray control characters; NotAPage when it is a file that is not text."""
    head = text[:HEAD_BYTES]
    kind = _signature(head.lstrip()) or ("binary data" if _looks_binary(head) else None)
    if kind:
        raise NotAPage(kind)
    return CONTROL.sub("", text)


def text_of(body: bytes, content_type: str = "") -> tuple[str, str]:
    """A downloaded or local file as text and the encoding read; NotAPage when it is not text.

    A known file signature is looked for in the raw bytes first, before a charset guess can turn
    them into something else.
    """
    kind = signature_of(body)
    if kind:
        raise NotAPage(kind)
    text, encoding = decode_body(body, content_type)
    return refuse_binary(text), encoding


def sniff(text: str) -> str:
    """A media type for a body sent without one."""
    return "text/html" if _HTML_MARKER.search(text[:HEAD_BYTES]) else "text/plain"
