"""Links in messages: finding them in plain text and reducing them to one address per article."""

from __future__ import annotations

import re
from urllib.parse import parse_qsl, urlencode, urlsplit, urlunsplit

# A bare domain with a path also counts (people paste "example.com/story"), but only with a dot
# and a known-looking top-level domain part, so "e.g." or "v1.2" are not mistaken for links.
_LINK = re.compile(
    r"(?:\b[a-z][a-z0-9+.-]{0,15}://[^\s<>\"'«»“”‘’]*)"
    r"|(?:^\s*(?:javascript|data|vbscript|blob):[^\s<>\"'«»“”‘’]+)"
    r"|(?:\b(?:www\.)?[a-z0-9](?:[a-z0-9-]*[a-z0-9])?(?:\.[a-z0-9](?:[a-z0-9-]*[a-z0-9])?)*"
    r"\.[a-z]{2,24}/[^\s<>\"'«»“”‘’]*)",
    re.IGNORECASE,
)
_SCHEME = re.compile(r"[a-z][a-z0-9+.-]*://|(?:javascript|data|vbscript|blob):", re.I)
"""Any scheme, not only http(s): "file:///etc/passwd", or a message that is a script or data
address ("javascript:alert(1)"), is a link the fetch refuses with its message, not a question."""
_TRAILING = ".,;:!?)]}>'\"…"
_LINK_LIKE = re.compile(r"(?:[a-z][a-z0-9+.-]{1,15}(?::[/\\]|//)|www[.:]|h(?:tt?|xx)ps?:)\S", re.IGNORECASE)
"""How a link someone meant begins when it is mistyped: a scheme with a slash missing or turned
("htp:/story", "http:\\\\site", "http//site"), "www." before a name with no domain ending, an http
scheme with no slashes ("http:site")."""
_SITE = re.compile(r"(?:[a-z0-9](?:[a-z0-9-]*[a-z0-9])?\.)+[a-z]{2,24}\.?", re.IGNORECASE)
_WWW = re.compile(r"^www\.", re.IGNORECASE)
_TRACKING = re.compile(r"^(utm_\w+|fbclid|gclid|yclid|mc_cid|mc_eid|igshid|ref_src|cmpid)$", re.I)


def find_links(text: str) -> list[str]:
    """Links in the order they appear, without trailing punctuation, scheme added, no repeats."""
    found: list[str] = []
    for match in _LINK.finditer(text or ""):
        link = match.group(0)
        while link and link[-1] in _TRAILING:
            if link[-1] == ")" and link.count("(") >= link.count(")"):
                break
            link = link[:-1]
        link = with_scheme(link)
        if link not in found:
            found.append(link)
    return found


def with_scheme(link: str) -> str:
    """The link as sent when it names a scheme, any ("file://", "javascript:", "data:"), else with
    https:// before it ("example.com/story"): a script or data address given a web scheme would be
    refused as a broken web link ("check it and send it again") instead of as no web link at all."""
    return link if _SCHEME.match(link) else "https://" + link


def mistyped_link(text: str) -> str | None:
    """The message when it is a single word typed as a link that `find_links` cannot read
    ("htp:/broken-link", "www.example"), else None. A site's name alone ("www.example.com") is
    no typo, and words with slashes or colons in a sentence are words ("and/or", "10:30")."""
    word = (text or "").strip()
    if not word or any(character.isspace() for character in word) or find_links(word):
        return None
    return word if _LINK_LIKE.match(word) and not _SITE.fullmatch(_WWW.sub("", word)) else None


def normalize_url(url: str) -> str:
    """One address per article: lower-case host, no fragment, no tracking parameters.

    A link too broken to split ("http://[::1/x") comes back as it was, for the fetch to refuse
    with its message: a message holding one must not fail before that.
    """
    try:
        parts = urlsplit(url.strip())
    except ValueError:
        return url.strip()
    query = urlencode([(k, v) for k, v in parse_qsl(parts.query, keep_blank_values=True)
                       if not _TRACKING.match(k)])
    path = parts.path or "/"
    return urlunsplit((parts.scheme.lower(), parts.netloc.lower(), path, query, ""))
