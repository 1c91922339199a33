"""The article as the rest of the bot sees it: clean paragraphs plus what we know about the page.

It is plain data (JSON-serialisable through `to_dict`), so the store can keep it and rebuild the
sentences, summary and answers after a restart without fetching the page again.

Whatever a page claims as its title, site name, author or date is shortened here, once, so every
front end (Telegram, terminal, JSON) and the store only ever see sane lengths: a hostile page can
put half a megabyte in its <title>. An absurdly long canonical address is dropped instead.

Its text is kept in composed form (Unicode NFC): a page written with decomposed accents ("o" and a
combining diaeresis for "ö", as some editors save it) looks the same but shares no words with a
question typed on a keyboard, and a name such as "Jürgen" split by the combining mark is no name.
"""

from __future__ import annotations

import math
import re
import unicodedata
from dataclasses import asdict, dataclass, field

from bot.reader.text.counting import word_count

WORDS_PER_MINUTE = 230
TITLE_MAX_CHARS = 250
NAME_MAX_CHARS = 100
"""Site name, author, date and dateline: a line of a heading, never a paragraph."""
URL_MAX_CHARS = 2_000
"""Longer addresses are not kept: cut short, an address would name another page."""
DESCRIPTION_MAX_CHARS = 600
"""A page's own summary is a sentence or two; more is a page stuffing its metadata."""
_FIELD_CAPS = {"title": TITLE_MAX_CHARS, "site_name": NAME_MAX_CHARS, "author": NAME_MAX_CHARS,
               "date": NAME_MAX_CHARS, "description": DESCRIPTION_MAX_CHARS, "dateline": NAME_MAX_CHARS}


def cap(text: str, limit: int) -> str:
    """Text on one line, cut at a word boundary with an ellipsis when longer than `limit` characters."""
    text = " ".join(text.split())
    if len(text) <= limit:
        return text
    cut = text[:limit - 1].rsplit(" ", 1)[0] or text[:limit - 1]
    return cut + "…"


def composed(text: str) -> str:
    """`text` in Unicode's composed form (NFC); most text already is, and is returned as it is."""
    return text if unicodedata.is_normalized("NFC", text) else unicodedata.normalize("NFC", text)


_TEXT_FIELDS = ("title", "site_name", "author", "date", "description", "dateline")


def _letters(name: str) -> str:
    return "".join(ch for ch in name.casefold() if ch.isalnum())


def is_table_row(paragraph: str) -> bool:
    """A row of a data table, as extraction writes it ("| Team 1 | 3 | 1 |"): cells side by side,
    answered from but no sentences to summarize or split."""
    return paragraph.lstrip().startswith("|")


@dataclass(frozen=True)
class Article:
    title: str
    paragraphs: tuple[str, ...]
    language: str = "en"
    url: str | None = None
    canonical_url: str | None = None
    site_name: str | None = None
    author: str | None = None
    date: str | None = None
    headings: frozenset[int] = field(default_factory=frozenset)
    """Indexes of paragraphs that are sub-headings: kept for context, never summarized or glued."""
    description: str | None = None
    """The page's own summary of the story (its meta description, often the standfirst printed
    over it): never shown, since it may be a site's slogan, but it tells the summary which of the
    article's sentences the editors thought the point (`summary.compose`)."""
    dateline: str | None = None
    """The place of the story's dateline ("London" of "LONDON (Reuters) -"): the wire's dateline is
    no part of the text, so "where did this happen?" reads it here."""
    cut: bool = False
    """The page or text ran past the reading limits and only its first part was read: a front end
    says so, since "the article doesn't say" then means "its first part doesn't"."""

    def __post_init__(self) -> None:
        for name in _TEXT_FIELDS:
            value = getattr(self, name)
            if value is not None:
                object.__setattr__(self, name, composed(value))
        object.__setattr__(self, "paragraphs", tuple(map(composed, self.paragraphs)))
        for name, limit in _FIELD_CAPS.items():
            value = getattr(self, name)
            if value is not None and len(value) > limit:
                object.__setattr__(self, name, cap(value, limit))
        if self.canonical_url is not None and len(self.canonical_url) > URL_MAX_CHARS:
            object.__setattr__(self, "canonical_url", None)

    @property
    def word_count(self) -> int:
        """Words read, a Chinese, Japanese or Thai text's counted by its characters (`counting`)."""
        return sum(word_count(p) for p in self.paragraphs)

    @property
    def reading_minutes(self) -> int:
        return max(1, math.ceil(self.word_count / WORDS_PER_MINUTE))

    @property
    def writer(self) -> str | None:
        """The author, unless it only repeats the site's name: a site's own account set as the
        byline read "Lesotho Times · Lesotho Times" under the title and "The byline names Lesotho
        Times; the article is from Lesotho Times"; the site's name is shown once, as the site's."""
        if self.author and self.site_name and _letters(self.author) == _letters(self.site_name):
            return None
        return self.author

    @property
    def writers(self) -> tuple[str, ...]:
        """The byline's people as a sentence would name them in full ("Malcolm Harris"; of "Ann Lee and
        Tom Hale", both), which a sentence about the writer or the writer's own quoted words name. A
        one-word byline is a desk or an agency ("Reuters"), so only names of two words or more."""
        people = (name.strip() for name in re.split(r",| and | und | et | y ", self.writer or ""))
        return tuple(name for name in people if len(name.split()) >= 2)

    @property
    def key(self) -> str | None:
        """The address that identifies this article: its canonical URL when the page names one."""
        return self.canonical_url or self.url

    def to_dict(self) -> dict:
        data = asdict(self)
        data["paragraphs"] = list(self.paragraphs)
        data["headings"] = sorted(self.headings)
        return data

    @classmethod
    def from_dict(cls, data: dict) -> "Article":
        values = dict(data)
        values["paragraphs"] = tuple(values.get("paragraphs", ()))
        values["headings"] = frozenset(values.get("headings", ()))
        return cls(**values)
