"""Story text a page folds away behind a "Read more" button, opened before the text is read.

Some magazines print the first few paragraphs and put the rest of the story in a block whose class
hides it until the reader clicks ("toggle-group hideOnInit"). trafilatura drops blocks whose class
says hidden ("hide", "hidden", "hide-…"), so the reader got the opening and never the argument
(Readability's Salon test page: 409 of its 2,237 words). A class is the site's styling, and the
words are on the page for every reader who clicks, so such a block is kept when it holds the prose
of a story: several paragraphs of sentences. A hidden block of a few words (a menu, a dialog's
button, a tooltip) keeps its class and goes as before; markup that hides for good (`hidden`,
`display: none`, `aria-hidden`) is never opened.
"""

from __future__ import annotations

import re

from lxml.html import HtmlElement

from bot.reader.text.language import words

_HIDING_CLASS = re.compile(r"^(?:hide|hidden)(?:[A-Z_-].*)?$|^(?:is|js)-hidden$")
_HIDDEN_STYLE = re.compile(r"display\s*:\s*none|visibility\s*:\s*hidden", re.IGNORECASE)
STORY_PARAGRAPHS = 3
"""Paragraphs of prose a folded block needs to count as the story's continuation."""
PROSE_WORDS = 20
"""Words a paragraph needs to count as prose, not a label or a button."""


def open_collapsed_story(tree: HtmlElement) -> None:
    """Drop, in place, the hiding class names of every block that holds the rest of a story."""
    for element in tree.iter("div", "section", "article"):
        classes = (element.get("class") or "").split()
        hiding = [name for name in classes if _HIDING_CLASS.match(name)]
        if hiding and _only_folded(element) and _holds_prose(element):
            element.set("class", " ".join(name for name in classes if name not in hiding))


def _only_folded(element: HtmlElement) -> bool:
    """Hidden by its class alone, not by markup that hides for good."""
    return (element.get("hidden") is None and element.get("aria-hidden") != "true"
            and not _HIDDEN_STYLE.search(element.get("style") or ""))


def _holds_prose(element: HtmlElement) -> bool:
    paragraphs = (p.text_content() for p in element.iter("p"))
    return sum(len(words(text)) >= PROSE_WORDS for text in paragraphs) >= STORY_PARAGRAPHS
