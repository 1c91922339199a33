"""What an embedded post leaves in a line of text besides the post's own words.

A tweet embedded in a page is a quotation of the post followed by its attribution, "— Dave
Schukin (@schukin) July 3, 2019", and the post's text ends in Twitter's short links
("pic.twitter.com/U7PMa4oNGN", "https://t.co/9qWLKki5QF"). Read as text, the attribution became a
paragraph of its own that turned up as an answer sentence and a summary bullet, and a short link
was bolded as a name. The post's words are the article's (pages quote posts as they quote people),
so they stay; the attribution and the short links go. Both are told by their shape (a handle in
brackets at the end of a line after a dash; the short-link hosts), never by a site's markup, so
the rule holds for pasted text and for pages whose embed markup is gone.
"""

from __future__ import annotations

import re

_SHORT_LINK = re.compile(r"\s*\b(?:https?://)?(?:pic\.twitter\.com|pic\.x\.com|t\.co)/\w+/?", re.IGNORECASE)
"""Twitter's links to a post's picture or a linked page: a code, not words a reader can use."""
_ATTRIBUTION = re.compile(r"(?:^|\s)[—–-]{1,2}\s*[^\n()]{1,80}?\s*\(@\w{1,15}\)(?:\s*[^\n()]{0,40}?\d{4})?\W*$")
""""— Name (@handle) Month D, YYYY" ending a line: the embed's signature, with the post's date."""


def strip_embed_residue(text: str) -> str:
    """`text` without an embedded post's attribution at its end and without short links; a line
    that was only those becomes empty."""
    return _SHORT_LINK.sub("", _ATTRIBUTION.sub("", text)).strip()
