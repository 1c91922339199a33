"""Front pages: a site's home page is a wall of other stories' teasers, not one article.

A news site's home page reads, to an extractor, like a story: a few hundred words of teasers,
each a sentence or two, few of them whole links, so the link share that refuses index pages
(`page._link_share`) sees nothing wrong (a newspaper's home page: 0.0). Summarized, it gave a
TL;DR about one story and summary sentences about four others. What does tell is the address
the page gives itself: its canonical address is the site's root ("https://uk.yahoo.com/"). A page
that calls itself an article (`og:type`) is read as one wherever it sits.
"""

from __future__ import annotations

from urllib.parse import urlsplit

_INDEX_PATHS = frozenset(["", "/", "/index.html", "/index.htm", "/index.php", "/home", "/home/"])


def _is_root(address: str) -> bool:
    parts = urlsplit(address)
    return bool(parts.netloc) and parts.path.lower() in _INDEX_PATHS and not parts.query


def is_front_page(url: str | None, canonical: str | None, declared_type: str | None = None) -> bool:
    """Whether the page declares itself its site's home page: its canonical address is the root of
    a site. Only a declared address counts: an old club's or traveller's site has its one article
    at its root address and declares none (three such pages of `bench.features` were refused when
    the address read from was enough). A site that gives every article its root as the canonical
    address (a known misconfiguration) is seen by the deeper address it was read from on the same
    host, and its articles are read as usual; a copy on another host (a saved file, a cache) is
    taken at its word."""
    if (declared_type or "").strip().lower() == "article" or not canonical or not _is_root(canonical):
        return False
    if url and not _is_root(url):
        return _host(url) != _host(canonical)
    return True


def _host(address: str) -> str:
    return (urlsplit(address).hostname or "").removeprefix("www.")
