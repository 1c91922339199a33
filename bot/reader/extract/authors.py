"""trafilatura's author names, cleaned to the people a byline names.

trafilatura reads the byline from the page's metadata or its byline element, and splits it into
names at its separators ("; "). What it reads is often the byline line as printed, with what stands
beside the name: the date without its digits ("Joshua Sokol May", "Joe Wee Monday; February",
"Aleš Vávra před" of "před 3 hodinami"), the address after the name ("Bradley M Kuhn http; Ebb
Org; Bkuhn"), a label where the site prints none ("Username", "Follow Author", "Last Updated
January 7"), or the same name twice in two spellings ("Jeffrey Gettleman; JEFFREY GETTLEMAN").
A front end shows the author under the title, so each of these reads as a wrong byline
(Readability's test pages: 13 of 121 read pages). newspaper's and goose3's test pages (188 read)
showed more of the same kind: the word "By" or "Par" kept, the writer's role after the name
("Andrea Stone Senior Washington Correspondent", "Envoyés spéciaux à Toulouse"), a mail address
read as a host ("Lucy Berry; Lberry Com"), the site's own name ("Elmundo Es", "GQ Magazine"), a
photo credit, the widget printed beside the name ("Account You're logged", "View author archive
Get author RSS feed"), even a line of the page's ad script ("Googletag Cmd Push Dfp Ad Pg Author
Sec 1"): 34 of 188 bylines.
"""

from __future__ import annotations

import re
from collections.abc import Collection, Sequence

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
    r"^(?:user\s?name|follow(?:\s+author)?|see(?:\s+full)?|last|authors?|autor(?:in)?|auteur|作者|admin|anonymous|"
    r"(?:last\s+)?(?:updated|published|posted)\b.*)$", re.IGNORECASE)
_HOST = re.compile(r"^\S+\.[a-z]{2,}$", re.IGNORECASE)
_MONTH_SHORT = frozenset({"Jan", "Feb", "Mar", "Apr", "Jun", "Jul", "Aug", "Sep", "Sept", "Oct", "Nov", "Dec"})
_DOMAINS = frozenset({"com", "org", "net", "edu", "gov", "info", "io", "es", "fr", "it", "uk", "co", "au", "ca"})
"""The last label of a host trafilatura read as two words ("lberry@al.com" -> "Lberry Com"); not
"de", which is also a particle of names."""
_LEAD_WORD = re.compile(r"^(?:by|par|por)\s+(?=[A-ZÀ-ÖØ-Þ])", re.IGNORECASE)
_ROLE_WORDS = re.compile(
    r"^(?:senior|chief|deputy|special|contributing|associate|managing|executive|national|staff|desk|ceo|cto|founder|"
    r"editorial|correspondents?|reporters?|writers?|editors?|columnists?|contributors?|"
    r"envoyée?s?|spéciale?s?|spéciaux|corresponsal(?:es)?|enviad[oa]s?|redakteur(?:in)?|korrespondent(?:in)?)$",
    re.IGNORECASE)
"""Words that start the writer's role printed after the name ("Senior Washington Correspondent")."""
_WIDGET_WORDS = frozenset({"account", "logged", "login", "view", "archive", "rss", "email", "comment",
                           "comments", "follow", "share", "profile", "submitted", "updated", "published",
                           "posted", "bio", "link", "copied", "lesedauer", "aktualisiert"})
"""Words of the buttons and notes printed beside a byline, never of a name ("Emily Kirkpatrick
Updated", "Steven Shepard Link Copied", "See full bio", "Lesedauer" of a German reading-time note:
Postlight's test pages)."""
_PUBLISHER_END = frozenset({"magazine", "media", "news", "newspaper", "gmbh", "ltd", "inc", "llc", "plc", "group"})
"""Last words of a company's name, never of a person's ("Northeast Ohio Media Group" beside the reporter)."""
_PHOTO_CREDIT = re.compile(r"^(?:photos?|photograph|foto|image)s?\b", re.IGNORECASE)
_DIGIT = re.compile(r"\d")
_SINGLE_NAME = re.compile(r"^[A-ZÀ-ÖØ-Þ][a-zà-öø-ÿ'’-]+$")
"""One capitalized word: a surname or a given name alone, as a creator list split at commas gives them."""
_SHOUTED = re.compile(r"[A-ZÀ-ÖØ-Þ][A-ZÀ-ÖØ-Þ'’-]+(?:\s+[A-ZÀ-ÖØ-Þ][A-ZÀ-ÖØ-Þ'’.-]*)+")
"""A byline of two words or more in capitals ("SARAH BURGE"), shown like a name ("Sarah Burge")."""
_INITIALISM = re.compile(r"\b[B-DF-HJ-NP-TV-Zb-df-hj-np-tv-z]{2,4}\b")
"""A word of consonants only, initials read letter by letter ("MDR" of "MDR SACHSEN-ANHALT"): kept in capitals."""
_AGENCY_SPELLINGS = {spelt.casefold(): spelt for spelt in ("dpa", "AFP", "AP", "EPA", "EFE", "ANSA", "APA",
                                                             "epd", "SDA", "KNA", "Reuters", "AFP/dpa")}
"""News agencies as they spell themselves: trafilatura capitalizes each name it reads, and a German
story's byline read "Felix Schröder, Jörg Soldwisch, Dpa" (an untuned Braunschweiger Zeitung page)."""
NAME_MAX_WORDS = 6
"""Longer than "Juan Carlos de la Fuente Rodríguez": a line of text or script, not a name."""
PHRASE_MIN_WORDS = 2
"""Lower-case words after a name that make a phrase of words, not a date's ("před" of "před 3 hodinami")."""


def author_names(names: str | None, date: str | None = None, site: Sequence[str | None] = (),
                 organizations: Collection[str] = ()) -> str | None:
    """The people of trafilatura's "; "-separated `names`, joined with ", ", or None when none
    is a person; `date` (YYYY-MM-DD), the page's date, tells a month left over from it; `site`,
    the name the page gives its site and its host, tells the site named as its own author;
    `organizations`, the ones the page declares (`publisher.organization_names`): the site's name
    among them is the publisher's, no person's, even alone ("Lesotho Times" as the author of a
    Lesotho Times story). Other organizations stay (a news agency credited, a reporter a page's
    markup mistyped as one)."""
    month = _MONTHS[int(date[5:7]) - 1] if date and len(date) >= 7 and date[5:7].isdigit() else None
    sites = _site_spellings(site) | (_site_names(site) & {_squashed(name) for name in organizations})
    people: list[str] = []
    for raw in _names_in_order((names or "").split("; ")):
        name, address = _without_address(_LEAD_WORD.sub("", raw.strip()))
        name, furniture = _without_furniture(_without_repeat(name))
        name = _without_date_words(name, month)
        if _SHOUTED.fullmatch(name):
            name = _INITIALISM.sub(lambda word: word.group(0).upper(), name.title())
        name = _AGENCY_SPELLINGS.get(name.casefold(), name)
        if (name and not _is_no_person(name) and _squashed(name) not in sites
                and name.casefold() not in {p.casefold() for p in people}):
            people.append(name)
        if address or furniture:
            break  # the names after an address are its host and path ("Ebb Org", "Bkuhn")
    own = _site_names(site)
    writers = [name for name in people if _squashed(name) not in own and _squashed(_THE.sub("", name)) not in own]
    return ", ".join(writers or people) or None


def is_site_name(author: str, site: Sequence[str | None]) -> bool:
    """Whether the author is only the site's own name (`_site_names`): the page named no person,
    so a reporter's name printed over the story says more."""
    return _squashed(author) in _site_names(site)


def _site_names(site: Sequence[str | None]) -> frozenset[str]:
    """The site's own names as a byline spells them: its name, and its host without "www." and the
    top-level domain ("die-tagespost.de" -> "dietagespost"). Beside a person's name the site's is
    the publisher's, not a writer's ("Oberösterreichische Nachrichten, Claudia Riedler" under an
    interview, "Die Tagespost, Christoph von Ritter" under an essay); alone it stays, as the site's
    name is its author's own on a personal site."""
    names = {_squashed(name) for name in site if name}
    hosts = {_squashed(_WWW.sub("", name.strip().lower()).rsplit(".", 1)[0])
             for name in site if name and "." in name and " " not in name.strip()}
    return frozenset(filter(None, names | hosts))


def _names_in_order(parts: list[str]) -> list[str]:
    """The names, with "Surname, Given" pairs put in reading order: a library-style creator list
    ("Brazil, Rachel", as Nature's Dublin Core metadata gives it) reaches us split at its commas
    into single words, and was shown as two people, "Brazil, Rachel". Only a list made wholly of
    single capitalized words, an even number of them, is read so: a name list as printed holds
    given names and surnames together ("Steve Matthews; Alex Tanzi")."""
    words = [part.strip() for part in parts]
    if len(words) < 2 or len(words) % 2 or not all(_SINGLE_NAME.match(word) for word in words):
        return parts
    return [f"{given} {surname}" for surname, given in zip(words[::2], words[1::2])]


_WWW = re.compile(r"^www\d*\.")
_THE = re.compile(r"^(?:the|die|der|das|le|la|les|el|los|las)\s+", re.IGNORECASE)
"""An article before a publisher's name, which its host leaves out: "Sam Stein, The Huffington Post"
on huffingtonpost.com."""


def _squashed(name: str) -> str:
    """A name as a host spells it: "Nieuwsblad Be" -> "nieuwsbladbe"."""
    return "".join(ch for ch in name.lower() if ch.isalnum())


def _site_spellings(site: Sequence[str | None]) -> frozenset[str]:
    """The site's host as a byline spells it when trafilatura turns the host into words ("Sportschau
    De", "Mdr De", "Nieuwsblad Be", "ORF at": 6 of fundus's 250 test pages, shown under the title as
    if a person wrote them). Only the whole host counts: the site's name, or its host's name part,
    is its author's own name on a personal site ("Paul Graham" at paulgraham.com)."""
    hosts = {_WWW.sub("", name.strip().lower()) for name in site if name and "." in name and " " not in name.strip()}
    return frozenset(squashed for host in hosts if (squashed := _squashed(host)))


def _without_furniture(name: str) -> tuple[str, bool]:
    """The name before a host, a widget's words or a role printed after it, and whether one was:
    "Arnold Saba gulflive com Follow" -> "Arnold Saba", "Andrea Stone Senior Washington
    Correspondent" -> "Andrea Stone", "Account You're logged" -> "". What trafilatura split off
    after such a thing is the site's too ("Keith Spera; NOLA com; The Times-Picayune")."""
    parts = name.split()
    for i, part in enumerate(parts):
        bare = part.strip(",.()|")
        following = parts[i + 1].strip(",.()|") if i + 1 < len(parts) else ""
        if bare.lower() in _WIDGET_WORDS or following.lower() in _DOMAINS and "." not in bare:
            return " ".join(parts[:i]), True
        if i >= 2 and _ROLE_WORDS.match(bare):
            return " ".join(parts[:i]), False
    return name, False


def _without_repeat(name: str) -> str:
    """The name once where the byline printed it twice running, as a name over the author's
    picture and again beside it: "Confreaks Confreaks", "Ellyn Shook Ellyn Shook Creating the
    most truly human company" (what follows the second is the profile's headline)."""
    parts = name.split()
    for size in range(1, len(parts) // 2 + 1):
        if [p.casefold() for p in parts[:size]] == [p.casefold() for p in parts[size:2 * size]]:
            return " ".join(parts[:size])
    return name


def with_dotted_initials(names: str | None, page: str) -> str | None:
    """The names with their initials' full stops back as the page prints them: trafilatura drops
    every full stop of a byline, and "T.C. Sottek", "Laura E. Adkins" and "Nelson D. Schwartz"
    were shown as "T C Sottek", "Laura E Adkins", "Nelson D Schwartz" (5 of the 200 bylines of
    Postlight's and Readability's test pages). Only a name with a one-letter word is looked up."""
    if not names:
        return names
    return ", ".join(_dotted(name, page) for name in names.split(", "))


def _dotted(name: str, page: str) -> str:
    parts = name.split()
    if not any(len(part) == 1 and part.isalpha() for part in parts):
        return name
    pattern = "".join(re.escape(part) + (r"\.?\s*" if len(part) == 1 else r"\s+") for part in parts[:-1])
    found = re.search(r"(?<!\w)" + pattern + re.escape(parts[-1]) + r"(?!\w)", page)
    return " ".join(found.group(0).split()) if found else name


def _without_address(name: str) -> tuple[str, bool]:
    """The name before a web address printed after it, and whether there was one."""
    cut = _ADDRESS.sub("", name)
    return cut.strip(" ,(|-"), cut != name


def _without_date_words(name: str, month: str | None) -> str:
    """The name without the month, weekday or lower-case word of a date printed after it, as long
    as two words of the name are left ("Ann May" stays). Two lower-case words or more are a
    phrase, and the capitalized word before them opens it: "Ellyn Shook Creating the most truly
    human company", a profile's headline after the name, is "Ellyn Shook"."""
    parts = name.split()
    lower = 0
    while len(parts) > 2:
        last = parts[-1].strip(",.")
        if last in _WEEKDAYS or (last in _MONTHS and (last not in _NAME_MONTHS or last == month)):
            parts.pop()
        elif last.islower() and last not in _PARTICLES:
            parts.pop()
            lower += 1
        else:
            break
    if lower >= PHRASE_MIN_WORDS and len(parts) > 2:
        parts.pop()
    return " ".join(parts).strip(" ,")


def _is_no_person(name: str) -> bool:
    """A host ("Www Proplanta De", "Aktuálně.cz"), a bare role ("Staff Writer"), a label, or only
    the words of a date ("February", split from "Joe Wee Monday")."""
    parts = name.split()
    return (name.lower().startswith("www ") or bool(_HOST.match(name)) or is_date_or_role(name)
            or bool(_LABELS.match(name)) or all(word.strip(",.") in _DATE_WORDS | _MONTH_SHORT for word in parts)
            or bool(_DIGIT.search(name)) or len(parts) > NAME_MAX_WORDS or bool(_PHOTO_CREDIT.match(name))
            or parts[-1].lower() in _PUBLISHER_END or any(_ROLE_WORDS.match(word) for word in parts))
