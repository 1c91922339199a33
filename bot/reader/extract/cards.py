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

from lxml.html import HtmlElement

PARAGRAPHS = ("p", "li", "dd", "blockquote", "h1", "h2", "h3", "h4", "h5", "h6")
_HIDDEN_STYLE = re.compile(r"display\s*:\s*none|visibility\s*:\s*hidden", re.IGNORECASE)


def drop_hover_cards(tree: HtmlElement) -> None:
    """Remove, in place, every hover card and hidden element that sits inside a paragraph."""
    cards = [card for paragraph in tree.iter(*PARAGRAPHS) for card in _cards_in(paragraph)]
    for card in cards:
        if card.getparent() is not None:
            card.drop_tree()


def _cards_in(paragraph: HtmlElement) -> list[HtmlElement]:
    """The cards and hidden elements of one paragraph, outermost only, in document order."""
    found: list[HtmlElement] = []
    targets: set[str] = set()

    def walk(element: HtmlElement) -> None:
        for child in element.iterchildren():
            if not isinstance(child.tag, str):
                continue
            if _hidden(child) or _is_card(child, targets):
                found.append(child)
                continue
            if child.tag == "a" and child.get("href"):
                targets.add(child.get("href"))
            walk(child)

    walk(paragraph)
    return found


def _is_card(element: HtmlElement, targets: set[str]) -> bool:
    """Whether `element` repeats a link the paragraph made before it and holds more than that link."""
    if element.tag == "a" or not targets:
        return False
    links = [a.get("href") for a in element.iter("a") if a.get("href")]
    return any(link in targets for link in links) and (len(links) > 1 or next(element.iter("img"), None) is not None)


def _hidden(element: HtmlElement) -> bool:
    return (element.get("hidden") is not None or element.get("role") == "tooltip" or bool(_HIDDEN_STYLE.search(element.get("style") or "")))
