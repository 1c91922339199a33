"""Where a forwarding page sends its reader: `<meta http-equiv="refresh" content="0; url=…">`.

A page that only forwards (a link shortener's answer to a browser, a site that moved, a static
site's "Redirecting…" page) holds no article, but a browser opens the page it names at once, so
the reader should too. The instruction is only looked for once a page turned out to have no
article (`bot.reader.pipeline.fetch_and`): a story whose head asks browsers to reload it every few
minutes is read as it is.
"""

from __future__ import annotations

import html
import re

from bot.errors import InvalidUrl
from bot.reader.fetch.address import check_url

REFRESH_BYTES = 65_536
"""How far into a page we look: a forwarding page is small, and its instruction sits in its head
(or in a <noscript> right after its scripts)."""
FORWARD_SECONDS = 30
"""The longest wait a forwarding page may ask for ("you will be taken there in 10 seconds"); a
page reloading itself every few minutes is a live page, not a forward."""
_META = re.compile(r"<meta\b[^>]*>", re.IGNORECASE)
_REFRESH = re.compile(r"""http-equiv\s*=\s*["']?\s*refresh\b""", re.IGNORECASE)
_CONTENT = re.compile(r"""\bcontent\s*=\s*(?:"([^"]*)"|'([^']*)'|([^\s"'>]+))""", re.IGNORECASE)
_INSTRUCTION = re.compile(
    r"""^\s*(?P<delay>\d+)[\d.]*\s*[;,]?\s*(?:url\s*=\s*)?(?P<quote>["']?)(?P<url>.*?)(?P=quote)\s*$""",
    re.IGNORECASE | re.DOTALL,
)


def refresh_target(body: bytes, url: str) -> str | None:
    """The http(s) address the page at `url` forwards to soon, or None when it names none (no
    instruction, a long wait, itself, or an address that is not a web link)."""
    head = body[:REFRESH_BYTES].decode("utf-8", errors="replace")
    here = check_url(url)
    for tag in _META.findall(head):
        content = _CONTENT.search(tag)
        if not _REFRESH.search(tag) or content is None:
            continue
        instruction = _INSTRUCTION.match(html.unescape(next(part for part in content.groups() if part is not None)))
        if instruction is None or not instruction["url"].strip() or int(instruction["delay"]) > FORWARD_SECONDS:
            continue
        try:
            target = check_url(instruction["url"].strip(), base=here)
        except InvalidUrl:
            continue
        if target.copy_with(fragment=None) != here.copy_with(fragment=None):
            return str(target)
    return None
