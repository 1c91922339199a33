"""A question asking whether something is there: "Is there a gym at the hotel?", "Gibt es einen
Parkplatz?", "Y a-t-il une piscine à l'hôtel ?", "¿Hay un gimnasio en el hotel?".

Its words are mostly the article's own (the hotel) and one thing it asks about. When the article
never mentions that thing, any sentence about the hotel was shown as the answer ("it opened as a
luxury hotel for the 2012 season"); the article doesn't say. `thing_asked_to_exist` gives the
thing, so the answer index can decline when no sentence holds it or a word standing for it.
"""

from __future__ import annotations

import re

_THING = r"(?P<thing>[^\W\d][\w'’ -]*?)"
_PATTERNS = {
    "en": r"(?:is|are|was|were|will) there (?:an? |any |some )?" + _THING
          + r"(?: (?:at|in|on|for|near|inside|outside|of|with|to|by|from)\b.*)?",
    "de": r"gibt es (?:einen |eine |ein |irgendwelche |auch )?" + _THING
          + r"(?: (?:im|in|an|am|auf|für|bei|zu|zum|zur|vor)\b.*)?",
    "fr": r"(?:y a-t-il|y avait-il|y aura-t-il|est-ce qu['’]il y a) (?:un |une |des |du |de la |de l['’]|d['’])?" + _THING
          + r"(?: (?:à|au|aux|dans|en|sur|pour|près|chez)\b.*)?",
    "es": r"¿?\s*(?:hay|había|habrá) (?:un |una |unos |unas |algún |alguna )?" + _THING
          + r"(?: (?:en|a|al|para|cerca|junto)\b.*)?",
}
_COMPILED = {code: re.compile(rf"^\W*{pattern}\W*$", re.IGNORECASE) for code, pattern in _PATTERNS.items()}


def thing_asked_to_exist(question: str, code: str) -> str | None:
    """The thing a "is there ...?" question asks about ("Is there a gym at the hotel?" -> "gym"),
    None for any other question or language."""
    pattern = _COMPILED.get(code)
    found = pattern.match(question.strip()) if pattern else None
    return found.group("thing").strip() if found else None
