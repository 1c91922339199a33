"""trafilatura's author names, cleaned to the people a byline names.

trafilatura reads the byline from the page's metadata or its byline element, and splits it into
names at its separators ("; "). What it reads is often the byline line as printed, with what stands
beside the name: the date without its digits ("Joshua Sokol May", "Joe Wee Monday; February",
"Aleš Vávra před" of "před 3 hodinami"), the address after the name ("Bradley M Kuhn http; Ebb
Org; Bkuhn"), a label where the site prints none ("Username", "Follow Author", "Last Updated
January 7"), or the same name twice in two spellings ("Jeffrey Gettleman; JEFFREY GETTLEMAN").
A front end shows the author under the title, so each of these reads as a wrong byline
(Readability's test pages: 13 of 121 read pages).
"""

from __future__ import annotations

import re

from bot.reader.extract.clutter import is_date_or_role

_MONTHS = ("January", "February", "March", "April", "May", "June", "July", "August", "September",
           "October", "November", "December")
_NAME_MONTHS = frozenset({"March", "April", "May", "June", "August"})
"""Months that are also given names or surnames ("Ann May", "Jane March"): taken off the end of a
name only when the page's date falls in that month."""
_WEEKDAYS = ("Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday")
_DATE_WORDS = frozenset(_MONTHS + _WEEKDAYS)
_PARTICLES = frozenset({"de", "da", "di", "du", "del", "della", "der", "den", "van", "von", "la", "le", "y",
                        "bin", "ibn", "al", "dos", "das"})
"""Lower-case words that belong to a name ("Michiel de", as "Jong, Michiel de" is split)."""
_ADDRESS = re.compile(r"\s*\b(?:https?|www)\b.*$", re.IGNORECASE)
_LABELS = re.compile(
    r"^(?:user\s?name|follow(?:\s+author)?|authors?|autor(?:in)?|auteur|作者|admin|anonymous|"
    r"(?:last\s+)?(?:updated|published|posted)\b.*)$", re.IGNORECASE)
_HOST = re.compile(r"^\S+\.[a-z]{2,}$", re.IGNORECASE)


def author_names(names: str | None, date: str | None = None) -> str | None:
    """The people of trafilatura's "; "-separated `names`, joined with ", ", or None when none
    is a person; `date` (YYYY-MM-DD), the page's date, tells a month left over from it."""
    month = _MONTHS[int(date[5:7]) - 1] if date and len(date) >= 7 and date[5:7].isdigit() else None
    people: list[str] = []
    for raw in (names or "").split("; "):
        name, address = _without_address(raw.strip())
        name = _without_date_words(name, month)
        if name and not _is_no_person(name) and name.casefold() not in {p.casefold() for p in people}:
            people.append(name)
        if address:
            break  # the names after an address are its host and path ("Ebb Org", "Bkuhn")
    return ", ".join(people) or None


def _without_address(name: str) -> tuple[str, bool]:
    """The name before a web address printed after it, and whether there was one."""
    cut = _ADDRESS.sub("", name)
    return cut.strip(" ,(|-"), cut != name


def _without_date_words(name: str, month: str | None) -> str:
    """The name without the month, weekday or lower-case word of a date printed after it, as long
    as two words of the name are left ("Ann May" stays)."""
    parts = name.split()
    while len(parts) > 2:
        last = parts[-1].strip(",.")
        if last in _WEEKDAYS or (last in _MONTHS and (last not in _NAME_MONTHS or last == month)):
            parts.pop()
        elif last.islower() and last not in _PARTICLES:
            parts.pop()
        else:
            break
    return " ".join(parts).strip(" ,")


def _is_no_person(name: str) -> bool:
    """A host ("Www Proplanta De", "Aktuálně.cz"), a bare role ("Staff Writer"), a label, or only
    the words of a date ("February", split from "Joe Wee Monday")."""
    return (name.lower().startswith("www ") or bool(_HOST.match(name)) or is_date_or_role(name)
            or bool(_LABELS.match(name)) or all(word.strip(",.") in _DATE_WORDS for word in name.split()))
