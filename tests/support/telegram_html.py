"""Telegram's `parse_mode=HTML` parser, error for error, so a stand-in server can refuse what Telegram refuses.

The rules and the error wording follow tdlib's `parse_html` (the code behind the Bot API server):
only a handful of tags, attributes read in a fixed way, byte offsets counted in UTF-8 and entity
offsets in UTF-16. One deliberate difference: tdlib keeps a bare `&` as a literal character, while
the Bot API documentation says every `&` outside an entity must be escaped. We refuse it, because a
bare `&` means the bot forgot to escape text it did not write, and the next such text may hold `<`.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field

SUPPORTED_TAGS = frozenset(
    {"a", "b", "strong", "i", "em", "u", "ins", "s", "strike", "del", "span", "tg-spoiler",
     "tg-emoji", "code", "pre", "blockquote"}
)
_ENTITY_TYPES = {
    "b": "bold", "strong": "bold", "i": "italic", "em": "italic", "u": "underline",
    "ins": "underline", "s": "strikethrough", "strike": "strikethrough", "del": "strikethrough",
    "span": "spoiler", "tg-spoiler": "spoiler", "tg-emoji": "custom_emoji", "a": "text_link",
    "code": "code", "pre": "pre", "blockquote": "blockquote",
}
_NAMED_ENTITIES = {"lt": "<", "gt": ">", "amp": "&", "quot": '"'}
_NUMERIC_ENTITY = re.compile(r"&#(?:x([0-9a-fA-F]+)|([0-9]+));?")
_NAMED_ENTITY = re.compile(r"&([a-zA-Z]*);?")
_NAME_TOKEN = re.compile(r"[A-Za-z0-9.\-]*")
_SPACE = " \t\r\n\f\v"


class EntityParseError(ValueError):
    """The text is not valid Telegram HTML; `str(error)` is Telegram's description after the prefix."""


@dataclass
class FormattedText:
    """What a user sees: the text with tags removed and entities resolved, and the entities."""

    text: str
    entities: list[dict] = field(default_factory=list)


@dataclass
class _OpenTag:
    name: str
    argument: str
    utf16_start: int


def utf16_length(text: str) -> int:
    """Telegram measures lengths and offsets in UTF-16 code units (an emoji outside the BMP counts 2)."""
    return len(text.encode("utf-16-le")) // 2


def _decode_entity(source: str, pos: int) -> tuple[str, int] | None:
    """The character an HTML entity at `pos` stands for and where it ends, or None if it is none."""
    numeric = _NUMERIC_ENTITY.match(source, pos)
    if numeric:
        value = int(numeric[1], 16) if numeric[1] else int(numeric[2])
        if value == 0 or value >= 0x10FFFF or 0xD800 <= value <= 0xDFFF:
            return None
        return chr(value), numeric.end()
    named = _NAMED_ENTITY.match(source, pos)
    if named and named[1] in _NAMED_ENTITIES:
        return _NAMED_ENTITIES[named[1]], named.end()
    return None


class _Parser:
    """One pass over the source, as tdlib does it: text, entities, tags with attributes."""

    def __init__(self, source: str) -> None:
        self.source = source
        self.pos = 0
        self.out: list[str] = []
        self.out_utf16 = 0
        self.open: list[_OpenTag] = []
        self.entities: list[dict] = []

    def byte_offset(self, pos: int) -> int:
        return len(self.source[:pos].encode("utf-8"))

    def char(self, pos: int) -> str:
        return self.source[pos] if pos < len(self.source) else ""

    def emit(self, text: str) -> None:
        self.out.append(text)
        self.out_utf16 += utf16_length(text)

    def parse(self) -> FormattedText:
        while self.pos < len(self.source):
            ch = self.source[self.pos]
            if ch == "&":
                decoded = _decode_entity(self.source, self.pos)
                if decoded is None:
                    raise EntityParseError(
                        f"Character '&' is reserved and must be escaped as \"&amp;\" at byte offset "
                        f"{self.byte_offset(self.pos)}"
                    )
                self.emit(decoded[0])
                self.pos = decoded[1]
            elif ch == "<":
                self.tag()
            else:
                self.emit(ch)
                self.pos += 1
        if self.open:
            raise EntityParseError(
                f'Can\'t find end tag corresponding to start tag "{self.open[-1].name}"'
            )
        return FormattedText("".join(self.out), sorted(self.entities, key=lambda e: e["offset"]))

    def skip_spaces(self) -> None:
        while self.char(self.pos) and self.char(self.pos) in _SPACE:
            self.pos += 1

    def tag(self) -> None:
        begin = self.pos
        self.pos += 1
        if self.char(self.pos) == "/":
            self.end_tag(begin)
        else:
            self.start_tag(begin)

    def start_tag(self, begin: int) -> None:
        while self.char(self.pos) and self.char(self.pos) not in _SPACE + ">":
            self.pos += 1
        if not self.char(self.pos):
            raise EntityParseError(f"Unclosed start tag at byte offset {self.byte_offset(begin)}")
        name = self.source[begin + 1 : self.pos].lower()
        if name not in SUPPORTED_TAGS:
            raise EntityParseError(
                f'Unsupported start tag "{name}" at byte offset {self.byte_offset(begin)}'
            )
        argument = self.attributes(name, begin)
        if name == "span" and argument != "spoiler":
            raise EntityParseError(
                f'Tag "span" must have class "tg-spoiler" at byte offset {self.byte_offset(begin)}'
            )
        self.pos += 1
        self.open.append(_OpenTag(name, argument, self.out_utf16))

    def attributes(self, tag: str, begin: int) -> str:
        """Read attributes up to `>`; return the one argument Telegram keeps for this tag."""
        argument = ""
        while self.char(self.pos) != ">":
            self.skip_spaces()
            if self.char(self.pos) == ">":
                break
            name_start = self.pos
            while self.char(self.pos) and self.char(self.pos) not in _SPACE + "=>":
                self.pos += 1
            name = self.source[name_start : self.pos]
            if not name:
                raise EntityParseError(
                    f'Empty attribute name in the tag "{tag}" at byte offset {self.byte_offset(begin)}'
                )
            self.skip_spaces()
            if self.char(self.pos) != "=" and (tag, name) == ("blockquote", "expandable"):
                argument = "1"
                continue
            if self.char(self.pos) != "=":
                raise EntityParseError(
                    f'Expected equal sign in declaration of an attribute of the tag "{tag}" at byte '
                    f"offset {self.byte_offset(begin)}"
                )
            self.pos += 1
            self.skip_spaces()
            if not self.char(self.pos):
                raise EntityParseError(
                    f'Unclosed start tag "{tag}" at byte offset {self.byte_offset(begin)}'
                )
            value = self.attribute_value()
            if not self.char(self.pos):
                raise EntityParseError(f"Unclosed start tag at byte offset {self.byte_offset(begin)}")
            argument = _tag_argument(tag, name, value) or argument
        return argument

    def attribute_value(self) -> str:
        """A quoted string (entities decoded, a bare `&` kept, as tdlib does) or a name token."""
        quote = self.char(self.pos)
        if quote not in "'\"":
            token = _NAME_TOKEN.match(self.source, self.pos)
            assert token is not None
            self.pos = token.end()
            if self.char(self.pos) and self.char(self.pos) not in _SPACE + ">":
                raise EntityParseError(
                    f"Unexpected end of name token at byte offset {self.byte_offset(token.start())}"
                )
            return token[0].lower()
        self.pos += 1
        value: list[str] = []
        while self.char(self.pos) and self.char(self.pos) != quote:
            decoded = _decode_entity(self.source, self.pos) if self.char(self.pos) == "&" else None
            if decoded:
                value.append(decoded[0])
                self.pos = decoded[1]
            else:
                value.append(self.char(self.pos))
                self.pos += 1
        if self.char(self.pos) == quote:
            self.pos += 1
        return "".join(value)

    def end_tag(self, begin: int) -> None:
        if not self.open:
            raise EntityParseError(f"Unexpected end tag at byte offset {self.byte_offset(begin)}")
        name_start = self.pos + 1
        while self.char(self.pos) and self.char(self.pos) not in _SPACE + ">":
            self.pos += 1
        name = self.source[name_start : self.pos]
        self.skip_spaces()
        if self.char(self.pos) != ">":
            raise EntityParseError(f"Unclosed end tag at byte offset {self.byte_offset(begin)}")
        self.pos += 1
        tag = self.open.pop()
        if name and name != tag.name:
            raise EntityParseError(
                f'Unmatched end tag at byte offset {self.byte_offset(begin)}, expected "</{tag.name}>", '
                f'found "</{name}>"'
            )
        self.close(tag)

    def close(self, tag: _OpenTag) -> None:
        length = self.out_utf16 - tag.utf16_start
        if length == 0:
            return
        entity: dict = {"type": _ENTITY_TYPES[tag.name], "offset": tag.utf16_start, "length": length}
        if tag.name == "a":
            entity["url"] = tag.argument or "".join(self.out)[-length:]
        elif tag.name == "blockquote" and tag.argument:
            entity["type"] = "expandable_blockquote"
        elif tag.name == "tg-emoji":
            entity["custom_emoji_id"] = tag.argument
        elif tag.name == "pre" and self.entities and self._code_inside(tag):
            entity["language"] = self.entities.pop()["language"]
        elif tag.name == "code" and tag.argument:
            entity["language"] = tag.argument
        self.entities.append(entity)

    def _code_inside(self, pre: _OpenTag) -> bool:
        """`<pre><code class="language-x">` is one pre entity with a language, not two entities."""
        last = self.entities[-1]
        return (
            last["type"] == "code" and "language" in last
            and last["offset"] == pre.utf16_start and last["offset"] + last["length"] == self.out_utf16
        )


def _tag_argument(tag: str, attribute: str, value: str) -> str:
    """The argument tdlib takes from an attribute, or "" when it ignores the attribute."""
    if tag == "a" and attribute == "href":
        return value
    if tag == "code" and attribute == "class" and value.startswith("language-"):
        return value.removeprefix("language-")
    if tag == "span" and attribute == "class" and value.startswith("tg-"):
        return value.removeprefix("tg-")
    if tag == "tg-emoji" and attribute == "emoji-id":
        return value
    if tag == "blockquote" and attribute == "expandable":
        return "1"
    return ""


def parse_html(source: str) -> FormattedText:
    """Plain text and entities of a `parse_mode=HTML` message; raises EntityParseError like Telegram."""
    return _Parser(source).parse()
