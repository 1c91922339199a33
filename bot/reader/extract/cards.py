"""Hover cards and tooltips inside a paragraph, dropped before the text is read.

Some sites put a card about a linked name right after the link, inside the sentence, and show it
only when the pointer hovers: the name again in full, a photo, the person's latest headlines and a
"MORE" link. Read as text, the card glues itself into the sentence ("Gov. Kristi NoemKristi Lynn
Noem South Dakota governor doubles down… MORE (R) is defending…") and from there into the TL;DR.

A card is told by its shape, not by a site's class names: an element inside a paragraph that links
again to a place a link before it in the same paragraph already goes to (the card is about that
link), and holds more than a name (a picture, or another link). Markup that says it is hidden or a
tooltip (`hidden`, `display: none`, `role="tooltip"`) inside a paragraph goes too: a reader of the
page never sees it in the sentence (`aria-hidden` stays: it hides text from screen readers only, and
sites use it on the text everyone else sees). The text after a dropped element stays.
"""

from __future__ import annotations

import re

from lxml import etree
from lxml.html import HtmlElement

PARAGRAPHS = ("p", "li", "dd", "blockquote", "h1", "h2", "h3", "h4", "h5", "h6")
_HIDDEN_STYLE = re.compile(r"display\s*:\s*none|visibility\s*:\s*hidden", re.IGNORECASE)


def drop_hover_cards(tree: HtmlElement) -> None:
    """Remove, in place, every hover card and hidden element that sits inside a paragraph."""
    outermost = [p for p in tree.iter(*PARAGRAPHS) if next(p.iterancestors(*PARAGRAPHS), None) is None]
    cards = [card for paragraph in outermost for card in _cards_in(paragraph)]
    cards += [e for p in outermost for e in p.iterdescendants(tag=etree.Element) if _hidden(e)]
    for card in cards:
        if card.getparent() is not None:
            card.drop_tree()


def _cards_in(paragraph: HtmlElement) -> list[HtmlElement]:
    """The cards of one paragraph: for each link to a place an earlier link of the paragraph goes to,
    the largest element around it that does not hold that earlier link, when it holds a picture or
    another link too. Linear in the paragraph's links times its depth: no subtree is walked twice."""
    first: dict[str, set[HtmlElement]] = {}
    """Each link target -> the elements around its first link in the paragraph."""
    cards: list[HtmlElement] = []
    carded: set[HtmlElement] = set()
    """Links inside a card found already: they go with it."""
    for link in paragraph.iterdescendants("a"):
        target = link.get("href")
        if not target or link in carded:
            continue
        if target not in first:
            first[target] = set(link.iterancestors())
            continue
        card = link
        while (parent := card.getparent()) is not None and parent is not paragraph and parent not in first[target]:
            card = parent
        inner = list(card.iter("a"))
        if card is not link and len(inner) + len(card.findall(".//img")) > 1:
            cards.append(card)
            carded.update(inner)
    return cards


def _hidden(element: HtmlElement) -> bool:
    return (
        element.get("hidden") is not None
        or element.get("role") == "tooltip"
        or bool(_HIDDEN_STYLE.search(element.get("style") or ""))
    )
