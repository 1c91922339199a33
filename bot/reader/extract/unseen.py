"""Text on a page that no sighted reader sees: icon-font glyph names and screen-reader labels,
dropped before the text is read.

Icon fonts draw a symbol from a word: Google's Material icons turn `<i class="material-icons">
bookmark_border</i>` into a bookmark. Read as text, the word stays, and a news site's tool row
came out as paragraphs "bookmark_border Auf die Merkliste", "headset Vorlesen", "chat_bubble 0
Kommentare" above the story.

Sites also write short labels for screen readers only, hidden by a class ("sr-only",
"visually-hidden", "screen-reader-text"; Golem's "go-vh"): every outside link of an untuned Golem
story (2026-12-01) carried "(öffnet im neuen Fenster)", and the answers and summary read "mehr war
von Volkswagen nicht zu erfahren(öffnet im neuen Fenster) ." In both cases the element's class
tells it, and its text is never the story's words; the text after it stays.

A drawing drawn inline (`<svg>`) names itself for screen readers and tooltips in a `<title>` and a
`<desc>`, which no page shows: Politico's logo, drawn in the page's <h1>, came out as the story's
title, "POLITICO Politico Logo".
"""

from __future__ import annotations

import re

from lxml.html import HtmlElement

_ICON_FONT = re.compile(r"(^|\s)material-(icons|symbols)(-[a-z]+)?(\s|$)")
"""The class of a Material icon or symbol, in any of its styles ("material-icons-outlined",
"material-symbols-rounded")."""
_SCREEN_READER_ONLY = re.compile(
    r"(^|\s)([\w-]+-)?(sr-only|visually-?hidden|screen-?reader-(text|only)|a11y-hidden|vh)(\s|$)", re.IGNORECASE
)
"""The class of a label only screen readers read, with or without a site's prefix ("u-visually-hidden", "go-vh")."""
MAX_LABEL = 80
"""Characters a screen-reader label may have: a hidden element holding more is left alone, since
some sites hide a whole block this way until a script shows it."""


def drop_unseen_text(tree: HtmlElement) -> None:
    """Remove, in place, every icon glyph, every short screen-reader label and every drawing's name,
    keeping the text that follows each."""
    unseen = [
        element for element in tree.iter("i", "span", "em", "small", "b", "strong", "label")
        if _ICON_FONT.search(element.get("class") or "")
        or (_SCREEN_READER_ONLY.search(element.get("class") or "") and len(element.text_content()) <= MAX_LABEL)
    ]
    unseen += [label for drawing in tree.iter("svg") for label in drawing.iter("title", "desc")]
    for element in unseen:
        if element.getparent() is not None:
            element.drop_tree()
