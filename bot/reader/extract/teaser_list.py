"""Pages that are a list of teasers: each paragraph the blurb of another story, in its own card.

A site's home page or a section page that declares no canonical address (`front` needs one) reads,
to an extractor, like a short story: trafilatura keeps each card's blurb and our clutter rules
drop the headlines, which are links. Summarized, the bot gave a TL;DR about one story and summary
sentences about four others. What tells the list apart is where its paragraphs sit in the page:
each in a card of its own (an element that holds the paragraph and a headline link to another
page, and no other paragraph of the text), where a story's paragraphs share one body. A story's
inline links are not counted: only links outside the paragraph say what the card is about.
"""

from __future__ import annotations

from collections import Counter
import re
from collections.abc import Callable, Sequence
from itertools import islice

from typing import TypeVar

from lxml.html import HtmlElement

from bot.reader.extract.clutter import key

MIN_CARDS = 4
"""Fewer teasers prove nothing: a story may put a link box beside two or three of its paragraphs."""
CARD_SHARE = 0.6
"""Share of the text's paragraphs that must each sit in a card of their own."""
HEADLINE_MIN_WORDS = 3
"""A link this long is a headline, not "More" or a section's name."""
CARD_DEPTH = 4
"""Levels above a paragraph searched for its card: a card wraps its blurb in a few elements."""
TRAILING_CARDS = 2
"""Card blurbs in a row at the end of the text that are a box of other stories."""
_TEXT_TAGS = ("p", "div", "li", "span", "dd", "td")

_CUT_SHORT = re.compile(r"\w(?:\s?\.\.\.|…)$")
"""A blurb cut inside its last word to fit the card ("…ze słów Donalda Tr...")."""

T = TypeVar("T")


def teaser_cards(tree: HtmlElement, texts: Sequence[str]) -> list[HtmlElement | None]:
    """Per text (a paragraph of the extracted story), the card of the page it is the blurb of, or
    None: what `is_teaser_list` and `without_teaser_cards` read, found once per page."""
    wanted = {key(text) for text in texts}
    longest = 2 * max(map(len, texts), default=0) + 100
    elements: dict[str, HtmlElement] = {}
    for element in tree.iter(*_TEXT_TAGS):
        text = element.text_content()
        if len(text) > longest:
            continue  # a container of many paragraphs: no paragraph's own element (and slow to key)
        text_key = key(text)
        # The first element with the text, or the innermost of those nested in it (a card's `li`
        # holds its link, which holds the `div` whose text it is).
        if text_key in wanted and (text_key not in elements or elements[text_key] in element.iterancestors()):
            elements[text_key] = element
    holding = Counter(node for element in elements.values() for node in _around(element))
    return [_card(element, holding) if (element := elements.get(key(text))) is not None else None
            for text in texts]


def is_teaser_list(cards: Sequence[HtmlElement | None]) -> bool:
    """Whether most of the story's paragraphs (`cards`: per paragraph, its card or None) are each
    the blurb of a card linking elsewhere."""
    found = {card for card in cards if card is not None}
    return len(cards) >= MIN_CARDS and len(found) >= MIN_CARDS and len(found) >= CARD_SHARE * len(cards)


def without_teaser_cards(blocks: Sequence[T], cards: Sequence[HtmlElement | None],
                         text_of: Callable[[T], str]) -> list[T]:
    """The blocks without the run of TRAILING_CARDS or more card blurbs that ends the text (`cards`:
    per block, its card or None), and without a card blurb cut short anywhere: a box of other
    stories after the story ("RISK REMAINS: An official said…", four teasers after a Taipei Times
    story, each inside its link), or one set inside it ("…wynika ze słów Donalda Tr...", a related
    story between a Rzeczpospolita story's paragraphs). One whole card alone may be the story's
    last paragraph beside a link box; a run of them is the box."""
    start = len(blocks)
    while start > 0 and cards[start - 1] is not None:
        start -= 1
    if len({id(card) for card in cards[start:]}) < TRAILING_CARDS or start == 0:
        start = len(blocks)
    return [block for block, card in zip(blocks[:start], cards)
            if card is None or not _CUT_SHORT.search(text_of(block).strip())]


def _around(element: HtmlElement) -> list[HtmlElement]:
    """The CARD_DEPTH elements above `element`, nearest first."""
    return list(islice(element.iterancestors(), CARD_DEPTH))


def _card(element: HtmlElement, holding: Counter[HtmlElement]) -> HtmlElement | None:
    """The nearest element around `element` holding no other of the text's paragraphs (`holding`:
    how many of them each element holds) that is a link elsewhere or holds a headline link outside
    `element`, or None."""
    inside = set(element.iter("a"))
    for node in _around(element):
        if holding[node] > 1:
            return None
        if node.tag == "a" and node.get("href"):
            return node
        for link in node.iter("a"):
            if link not in inside and link.get("href") and len(key(link.text_content()).split()) >= HEADLINE_MIN_WORDS:
                return node
    return None
