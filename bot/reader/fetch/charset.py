"""Reading a body as text: which encoding it is in, and whether it is text at all.

Downloads, local files and pasted text all pass `text_of` / `refuse_binary`, so a PDF or an image
is refused with the same message whichever way it arrives, instead of being summarized as text.
"""

from __future__ import annotations

import codecs
import re

import charset_normalizer
from charset_normalizer.constant import IANA_SUPPORTED

from bot.errors import NotAPage

HEAD_BYTES = 4096
"""How far into the body we look for a <meta charset> and for signs of binary data."""
WESTERN = "cp1252"
DETECTION_BYTES = 1_000_000
"""How much of a body without a usable charset label the guess reads. charset_normalizer tries each
codec on all it is given, about 0.35 s a megabyte: a 17 MB text file in windows-1252 sent to the
chat took 6 s to guess, where its first megabyte says the same in 0.2 s (and holds more than the
200,000 characters a text is read to)."""
UTF16_ZERO_SHARE = 0.5
"""Share of the characters of a head with a zero byte on one side for it to be UTF-16 without a mark."""
UTF16_SIDES = 20
"""The zero bytes on the other side at most a twentieth as many (a CJK or rare Latin letter such as
U+4E00 has one there); binary data has them on both."""
UTF16_MIN_PAIRS = 8
"""Characters a head needs before its zero bytes say anything."""
_BINARY_SHARE = 0.01
"""Text with more control characters than this share is binary data dressed up as a page."""

_META_CHARSET = re.compile(rb"""<meta\b[^>]*?charset\s*=\s*["']?\s*([\w.:-]+)""", re.IGNORECASE)
_XML_ENCODING = re.compile(rb"""^\s*<\?xml\b[^>]*?encoding\s*=\s*["']([\w.:-]+)""", re.IGNORECASE)
_HTML_MARKER = re.compile(r"<!doctype\s+html|<html[\s>]|<head[\s>]|<body[\s>]", re.IGNORECASE)
_UTF8_LETTER = re.compile(rb"[\xc2-\xdf][\x80-\xbf]|[\xe0-\xef][\x80-\xbf]{2}|[\xf0-\xf4][\x80-\xbf]{3}")
"""One character beyond ASCII encoded as UTF-8."""
_FEED_ROOT = re.compile(
    r"(?:<\?xml[^>]*>|<\?xml-stylesheet[^>]*>|<!--.*?-->|<!doctype[^>]*>|\s)*<(?:rss|feed|rdf:rdf)[\s>]",
    re.IGNORECASE | re.DOTALL,
)
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

    In order: a byte-order mark, UTF-16 without one (`_unmarked_utf16`), the HTTP charset, a
    <meta> or XML declaration near the top, valid UTF-8, then charset_normalizer's guess; UTF-8
    with replacement characters if all else fails. A declaration the bytes contradict is not
    trusted, as sites that change their server or templates often leave the old label on: a body
    that is valid UTF-8 with letters beyond ASCII is UTF-8 whatever it says (legacy text almost
    never is); a body labelled UTF-8 with no valid UTF-8 letter beyond ASCII but invalid bytes, or
    labelled with a legacy encoding it is not valid in, is left to the guess. UTF-8 damaged here
    and there (a cut character) stays UTF-8. A body is decoded at most once in each encoding it is
    tried in: the check that it is valid in one is the decoding.
    """
    marked = _bom_encoding(body) or _unmarked_utf16(body)
    if marked:
        return body.decode(marked, errors="replace"), marked
    declared = _codec(_header_charset(content_type)) or _codec(_declared_charset(body[:HEAD_BYTES]))
    if declared is not None and declared.startswith(("utf-16", "utf-32")) and b"\x00" not in body[:HEAD_BYTES]:
        declared = None  # markup readable byte by byte is no UTF-16 or UTF-32, whatever it says (browsers read it as UTF-8)
    if declared is not None and (declared.startswith(("utf-16", "utf-32")) or body.isascii()):
        return body.decode(declared, errors="replace"), declared
    utf8 = _as_utf8(body)
    if utf8 is not None:
        return utf8, "utf-8"
    if declared is not None and declared != "utf-8" and (text := _as(body, declared)) is not None:
        return text, declared
    encoding = "utf-8" if declared == "utf-8" and _UTF8_LETTER.search(body) else _guess(body)
    return body.decode(encoding, errors="replace"), encoding


def _as_utf8(body: bytes) -> str | None:
    return _as(body, "utf-8")


def _as(body: bytes, encoding: str) -> str | None:
    """The body read in `encoding`, or None when it is not valid in it."""
    try:
        return body.decode(encoding)
    except UnicodeDecodeError:
        return None


def _bom_encoding(body: bytes) -> str | None:
    if body.startswith(codecs.BOM_UTF8):
        return "utf-8-sig"
    if body.startswith((codecs.BOM_UTF16_LE, codecs.BOM_UTF16_BE)):
        return "utf-16"
    return None


def _unmarked_utf16(body: bytes) -> str | None:
    """UTF-16 written without a byte-order mark (some Windows tools save text so), told by its zero
    bytes: text in Latin script has one in every other byte, on the same side, where a text in any
    8-bit encoding or UTF-8 has none. A body of CJK text without a mark is left to the guess."""
    head = body[:HEAD_BYTES]
    pairs = len(head) // 2
    if pairs < UTF16_MIN_PAIRS:
        return None
    even, odd = head[0:pairs * 2:2].count(0), head[1:pairs * 2:2].count(0)
    if odd >= pairs * UTF16_ZERO_SHARE and even * UTF16_SIDES <= odd:
        return "utf-16-le"
    if even >= pairs * UTF16_ZERO_SHARE and odd * UTF16_SIDES <= even:
        return "utf-16-be"
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


def _guess(body: bytes) -> str:
    """charset_normalizer's best guess for a body that is not UTF-8. Its guesses often tie (French
    in cp1252 reads as well as cp1250 or cp1257 by its measures, and it then picks by name, turning
    "à" into "ŕ"); a tie with windows-1252, the web's commonest legacy encoding, goes to it."""
    guesses = charset_normalizer.from_bytes(_sample(body))
    best = guesses.best()
    if best is None:
        return "utf-8"
    tied = {guess.encoding for guess in guesses if (guess.chaos, guess.coherence) == (best.chaos, best.coherence)}
    return _codec(WESTERN if WESTERN in tied else best.encoding) or "utf-8"


_LEGACY_SAMPLE = "Учёные рассказали, как совы охотятся ночью.".encode("cp1251")


def prepare() -> None:
    """Load now what charset_normalizer's guesses load on first use, so the first page sent without
    a charset does not pay for it inside its deadline: each codec it tries is imported the first
    time (some 70 modules for one Russian page, 0.2 s on a quiet machine and seconds on a busy one,
    and others again for a Greek or Polish one). All of its codecs, then one guess."""
    for name in IANA_SUPPORTED:
        codecs.lookup(name)
    _guess(_LEGACY_SAMPLE)


def _sample(body: bytes) -> bytes:
    """The part of a body the charset guess reads: its first `DETECTION_BYTES`, ended at a space
    or line break, which no legacy multi-byte encoding uses inside a character."""
    if len(body) <= DETECTION_BYTES:
        return body
    head = body[:DETECTION_BYTES]
    end = max(head.rfind(b" "), head.rfind(b"\n"))
    return head[:end + 1] if end > 0 else head


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


def is_feed(text: str) -> bool:
    """True when the text is an RSS or Atom feed, whatever type it was served as."""
    return _FEED_ROOT.match(text[:HEAD_BYTES].lstrip("\ufeff")) is not None


def sniff(text: str) -> str:
    """A media type for a body sent without one."""
    return "text/html" if _HTML_MARKER.search(text[:HEAD_BYTES]) else "text/plain"
