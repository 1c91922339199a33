"""Records the store files and the feed code produces: feed entries and subscription word filters.

They live here, below both, so the store never imports the feed package that uses it. A filter
entry is one word or a short phrase, never a pattern: people type words, not regular expressions.
It matches case-insensitively as whole words against an entry's title and summary: "AI" matches
"AI beats Go" but not "said", and "open source" matches only those two words side by side.
"""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass

from bot.reader.text.language import words

@dataclass(frozen=True)
class FeedEntry:
    guid: str
    link: str | None
    title: str
    summary: str
    """Plain text, used by include/exclude filters."""
    published: float | None
    """Unix time, or None when the feed gives no date."""


Phrase = tuple[str, ...]


def normalize_words(entries: Iterable[str]) -> tuple[str, ...]:
    """Filter entries as stored and shown: lower-case words, single spaces, no empties or repeats."""
    seen: dict[str, None] = {}
    for entry in entries:
        phrase = " ".join(word.casefold() for word in words(entry))
        if phrase:
            seen.setdefault(phrase)
    return tuple(seen)


@dataclass(frozen=True)
class WordFilter:
    include: tuple[str, ...] = ()
    """An entry must contain at least one of these (when there are any)."""
    exclude: tuple[str, ...] = ()
    """An entry containing any of these is left out, even if it matches `include`."""

    def __post_init__(self) -> None:
        object.__setattr__(self, "include", normalize_words(self.include))
        object.__setattr__(self, "exclude", normalize_words(self.exclude))

    def matches(self, title: str, summary: str = "") -> bool:
        text = [word.casefold() for word in words(f"{title}\n{summary}")]
        if any(_contains(text, _phrase(entry)) for entry in self.exclude):
            return False
        return not self.include or any(_contains(text, _phrase(entry)) for entry in self.include)


def _phrase(entry: str) -> Phrase:
    return tuple(entry.split(" "))


def _contains(text: list[str], phrase: Phrase) -> bool:
    size = len(phrase)
    if size == 1:
        return phrase[0] in text
    return any(tuple(text[start : start + size]) == phrase for start in range(len(text) - size + 1))
