"""An embedded post as the story's reader sees it: its words, credited to whoever posted them.

A tweet embedded in a page reads as the post's text followed by its signature, "— Dave Schukin
(@schukin) July 3, 2019", and the text ends in Twitter's short links ("pic.twitter.com/U7PMa4oNGN",
"https://t.co/9qWLKki5QF"). Left as they are, the signature became a paragraph of its own that
turned up as an answer sentence and a summary bullet, and a short link was bolded as a name; dropped
bare, the post's words would read as the writer's own. So the short links go and the signature
becomes the way any text credits a speaker, "Dave Schukin: “…”", which the quote stage attributes and
an answer can quote. Both are told by their shape (a handle in brackets at the end of a line after a
dash; the short-link hosts), never by a site's markup, so the rule holds for pasted text and for
pages whose embed markup is gone.

A video page's "embed this" box shows its code as text ("<iframe width='670' src='…'>Your browser
does not support iframes.</iframe>"), which reached a summary glued to the story's sentence; the
code goes too.
"""

from __future__ import annotations

import re
from dataclasses import replace
from typing import Protocol, TypeVar

from bot.reader.text.marks import QUOTATION_MARKS

_SHORT_LINK = re.compile(r"\s*\b(?:https?://)?(?:pic\.twitter\.com|pic\.x\.com|t\.co)/\w+/?", re.IGNORECASE)
"""Twitter's links to a post's picture or a linked page: a code, not words a reader can use."""
_SIGNATURE = re.compile(
    r"(?:^|\s)[—–-]{1,2}\s*(?P<name>[^\n()]{1,80}?)\s*\(@\w{1,15}\)(?:\s*[^\n()]{0,40}?\d{4})?\W*$"
)
""""— Name (@handle) Month D, YYYY" ending a line: the embed's signature, with the post's date."""
POST_MAX_CHARS = 320
"""The longest line a signature on a line of its own credits: a post (280 characters and its
links); a longer line before it is the story's paragraph, the post's own text having been lost."""


_EMBED_CODE = re.compile(
    r"(?:\s*<(iframe|embed|object|video|script)\b[^>]*>(?:.*?</\1>)?)+\s*$", re.IGNORECASE | re.DOTALL
)
"""An embed code shown as text at a paragraph's end (or as all of it): an element the page would have
built, not words of the story. Inside a sentence it is the story's own words ("the sign says
<script>alert(1)</script> and nobody reads it"), which stay."""


class _Paragraph(Protocol):
    text: str
    heading: bool


P = TypeVar("P", bound=_Paragraph)


def credit_posts(paragraphs: list[P]) -> list[P]:
    """`paragraphs` without short links, each embedded post's text credited to its poster; a
    signature with no post before it (a picture-only post) is dropped."""
    out: list[P] = []
    for paragraph in paragraphs:
        text = _EMBED_CODE.sub("", _SHORT_LINK.sub("", paragraph.text)).strip()
        signature = _SIGNATURE.search(text)
        if signature is None:
            out.append(replace(paragraph, text=text))
            continue
        post = text[: signature.start()].strip()
        if not post and out and not out[-1].heading and len(out[-1].text) <= POST_MAX_CHARS:
            paragraph = out.pop()
            post = paragraph.text
        if post:
            out.append(replace(paragraph, text=_credited(signature.group("name").strip(), post)))
    return out


def _credited(poster: str, post: str) -> str:
    """The post as its poster's words; a post that quotes someone keeps its own marks."""
    return f"{poster}: {post}" if any(mark in post for mark in QUOTATION_MARKS) else f"{poster}: “{post}”"
