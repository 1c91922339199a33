"""Icon-font glyphs, dropped before the text is read.

Icon fonts draw a symbol from a word: Google's Material icons turn `<i class="material-icons">
bookmark_border</i>` into a bookmark. Read as text, the word stays, and a news site's tool row
came out as paragraphs "bookmark_border Auf die Merkliste", "headset Vorlesen", "chat_bubble 0
Kommentare" above the story. The element's class names the font, so the glyph is told by its
markup; its text is an icon's name, never the story's words. The text after it stays.
"""

from __future__ import annotations

import re

from lxml.html import HtmlElement

_ICON_FONT = re.compile(r"(^|\s)material-(icons|symbols)(-[a-z]+)?(\s|$)")
"""The class of a Material icon or symbol, in any of its styles ("material-icons-outlined",
"material-symbols-rounded")."""


def drop_icon_glyphs(tree: HtmlElement) -> None:
    """Remove, in place, every element drawn with an icon font, keeping the text that follows it."""
    for glyph in [e for e in tree.iter("i", "span") if _ICON_FONT.search(e.get("class") or "")]:
        if glyph.getparent() is not None:
            glyph.drop_tree()
