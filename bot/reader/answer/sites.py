"""Web sites a question names ("does it mention example.com?"), and whether an article writes them.

A site's address splits into words the article may well hold ("example", "com"), so a question
naming a site the article never mentions met the article's "for example" and was answered with it.
A site counts as written when the article holds its address, or its name as a name: the label
before the domain's ending written with a capital ("Amazon" for amazon.com, "BBC" for bbc.co.uk).
Only a site the question asks about is weighed: one named beside what is asked ("how much did the
garden cost, says example.com?") leaves the question to the article's words.
"""

from __future__ import annotations

import re
from collections.abc import Collection

from bot.reader.answer.terms import question_terms
from bot.reader.text.language import Language

SITE = re.compile(r"(?<![\w.@/-])(?:www\.)?(?P<label>[a-z0-9][a-z0-9-]*)(?:\.[a-z0-9-]+)*\.[a-z]{2,6}(?![\w-])",
                  re.IGNORECASE)
"""A bare web address in running text: a label, maybe more, and a top-level domain of letters."""
SECOND_LEVEL = frozenset({"co", "com", "org", "net", "gov", "ac", "edu"})
"""Labels that stand before a country's ending and name no site ("bbc.co.uk": the site is "bbc")."""


ABOUT_TEXT = "mention mentioned article story page text say says said write written talk refer cite link site website"
"""Words a question about a site uses to ask whether the text names it ("does it mention ...",
"what does the article say about ..."): they ask after nothing else the article holds."""


def asks_unwritten_site(question: str, language: Language, written: Collection[str], text: str) -> bool:
    """Whether the question asks about a web site (`sites_asked`) the text never writes, and about
    nothing else the article holds: its other words are none of the article's, or only words
    asking what a text says (`ABOUT_TEXT`)."""
    sites = sites_asked(question)
    if not sites or all(site_written(address, name, text) for address, name in sites):
        return False
    rest = set(question_terms(language, SITE.sub(" ", question))) - set(question_terms(language, ABOUT_TEXT))
    return rest.isdisjoint(written)


def sites_asked(question: str) -> list[tuple[str, str]]:
    """(address, name) of each web site the question names: "example.com" -> ("example.com", "example").
    An abbreviation with full stops ("U.S.", "e.g.") is no site: its labels are single letters."""
    found = []
    for match in SITE.finditer(question):
        address = match.group().lower().removeprefix("www.")
        labels = [label for label in address.split(".")[:-1] if label not in SECOND_LEVEL]
        if labels and len(labels[0]) > 1:
            found.append((address, labels[0]))
    return found


def site_written(address: str, name: str, text: str) -> bool:
    """Whether the text holds the address, or the site's name written as a name (capital first)."""
    if address in text.lower():
        return True
    return any(found.group()[0].isupper() for found in re.finditer(rf"\b{re.escape(name)}\b", text, re.IGNORECASE))
