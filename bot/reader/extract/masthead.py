"""The page's header glued onto the story's first paragraph, cut off at the headline.

A page that sets its breadcrumbs, section label, date and headline as inline elements of one block
reaches us as one paragraph: "Home Culture Sharpton Responds to Criticism … The National Action
Network leader told …", "World December 29 2014 9:11pm 01:34 Loading... Video of the Gardners …
In a video posted …". That paragraph opens the story, so the summary's first sentence, its TL;DR,
was the menu, the date and the headline run together (2 of 188 pages of newspaper's and goose3's
test pages; a third glues a date and a section label to the story, but no headline). The headline
is the mark: what stands before it, and the headline itself, are the page's header; what follows
is the story.
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Sequence
from dataclasses import replace

from bot.reader.extract.clutter import Block
from bot.reader.text.language import words

HEADLINE_MIN_WORDS = 4
"""A shorter headline ("Sports Items") may be words of a sentence."""
HEADER_MAX_WORDS = 12
"""Words before the headline that can be a header (menu, section, date, a player's "Loading...")."""
STORY_MIN_WORDS = 8
"""Words after the headline for the paragraph to be the story's start rather than a header line."""
WITHIN = 3
"""The paragraphs searched: the header sits above the story."""
_STATEMENT_END = re.compile(r"[.!。！]")
"""A headline printed with one of these is the story's first sentence; a question headline ("Les
Français travaillent-ils trop peu ?") glued before the standfirst in an old layout table's cell
is the header, and as the first sentence it kept the standfirst out of the TL;DR's place."""


def cut_glued_header(blocks: Sequence[Block], headlines: Iterable[str]) -> list[Block]:
    """The blocks, the first of the first `WITHIN` that holds a headline after at most
    `HEADER_MAX_WORDS` words and before a story's start cut to what follows the headline."""
    patterns = [_pattern(words(h)) for h in headlines if len(words(h)) >= HEADLINE_MIN_WORDS]
    out = list(blocks)
    for index, block in enumerate(out[:WITHIN]):
        if block.heading:
            continue
        for pattern in patterns:
            match = pattern.search(block.text)
            if match is None:
                continue
            before, after = block.text[:match.start()], block.text[match.end():].strip()
            if _STATEMENT_END.search(match.group()):
                continue  # the headline is the story's first sentence, printed as it
            if len(words(before)) <= HEADER_MAX_WORDS and len(words(after)) >= STORY_MIN_WORDS and _opens(after):
                out[index] = replace(block, text=after)
                return out
    return out


def _pattern(headline: Sequence[str]) -> re.Pattern[str]:
    """The headline's words in order, whatever punctuation or spacing stands between them."""
    return re.compile(r"(?<!\w)" + r"\W+".join(re.escape(word) for word in headline) + r"(?!\w)\W*", re.IGNORECASE)


def _opens(text: str) -> bool:
    """The story's first sentence starts with a capital, a digit or a quotation mark."""
    first = text.lstrip("\"'“‘«(")[:1]
    return first.isupper() or first.isdigit()
