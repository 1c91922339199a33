"""A picture's credit line set inside the picture's box, dropped before the text is read.

Sites print who took a photo in a small element beside the image, marked by its class ("source",
"credit", "copyright"). When the image box sits inside the story's first paragraph, the extractor
reads the credit as the paragraph's first words, glued to them: Business Insider's "Wikimedia
CommonsFA Insights is a daily newsletter …" (newspaper's test page businessinsider.com2) opened
the summary. The class and the image beside it tell the credit, whatever it says; the credit is
the picture's, never the story's.
"""

from __future__ import annotations

import re

from lxml.html import HtmlElement

_CREDIT_CLASS = re.compile(
    r"(^|[\s_-])(source|credits?|copyright|photographer|photo-?credit|image-?credit|image-?source)([\s_-]|$)",
    re.IGNORECASE,
)
MAX_CREDIT = 80
"""Characters of a credit ("Chip Somodevilla/Getty Images"); an element holding more is text."""
IMAGE_REACH = 3
"""Levels up from the credit to the box it shares with its image."""
MAX_BOX = 400
"""Characters of an image's box: the credit and a caption, not a paragraph of the story."""


def drop_photo_credits(tree: HtmlElement) -> None:
    """Remove, in place, every short credit element that shares a box with an image, keeping the
    text after it."""
    credits = [
        element for element in tree.iter("span", "small", "div", "p", "cite")
        if _CREDIT_CLASS.search(element.get("class") or "")
        and len(element.text_content().strip()) <= MAX_CREDIT and _beside_image(element)
    ]
    for element in credits:
        if element.getparent() is not None:
            element.drop_tree()


def _beside_image(element: HtmlElement) -> bool:
    """Whether a box around the element, of little more text than a caption, holds an image: a
    paragraph or a whole story with a photo somewhere in it does not make a "source" inside its
    sentences a credit."""
    box = element
    for _ in range(IMAGE_REACH):
        box = box.getparent()
        if box is None or len(box.text_content()) > MAX_BOX:
            return False
        if box.tag in ("figure", "picture") or next(box.iter("img", "picture"), None) is not None:
            return True
    return False
