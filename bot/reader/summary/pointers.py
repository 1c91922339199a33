"""Sentences that send the reader somewhere else instead of saying something.

"Click through for the whole thing.", "Read more here.", "Hier geht's zur Anmeldung.", "Vous pouvez
télécharger ce graphique au format PDF en cliquant sur l'image.", "Alle
weiteren Einzelheiten bitten wir den Seiten der Stiftung zu entnehmen." Extraction drops such a
line when it stands alone (`extract.clutter`); inside a paragraph it stays, since the answers may
need it ("Where do I register?"), but in a summary it takes the place of a fact. Each pattern is a
way of pointing at a link, a page or more text, in the languages the bot reads most; none names a
site.
"""

from __future__ import annotations

import re

from bot.reader.text.language import words

MAX_WORDS = 20
"""A pointer is a short sentence; a longer one that mentions a website usually reports something."""

_HERE = r"(here|below|at the link|on (our|the|their) (website|site|page))"
_POINTER = re.compile(
    r"^\W*(click|tap)\b|\b(click|tap)(ing)? (here|through|the link|on the link|below)\b"
    rf"|^\W*(read|see|watch|listen to|check out|find|visit|learn more|view)\b.{{0,60}}\b{_HERE}\W*$"
    r"|^\W*(read|see|learn) more\b|^\W*for more (information|details|info)\b|\bhere['’]?s the link\b"
    r"|\bfor the (whole|full) (thing|story|article|list)\W*$"
    r"|^\W*hier (geht(['´’`]?s| es)|der link|den link|ein link|findet ihr|finden sie|könnt ihr|können sie|klicken)\b"
    r"|\b(klicken sie|klickt) (hier|auf)\b|^\W*zum (vollständigen |ganzen )?(artikel|beitrag|video|interview|download)\b"
    r"|\b(weitere|mehr|alle weiteren) (infos?|informationen|details|einzelheiten)\b.{0,60}"
    r"\b(hier|unter|seiten?|website|webseite|homepage|link)\b"
    r"|\b(cliquez|en cliquant) (ici|sur)\b|^\W*(pour )?(en savoir plus|plus d['’]infos?|plus d['’]informations)\b"
    r"|^\W*(c['’]est|rendez-vous) (par )?ici\b"
    r"|\b(haga|haz|pulse|pincha) (clic|click|aquí)\b|^\W*(para )?más información\b",
    re.IGNORECASE,
)


def points_elsewhere(text: str) -> bool:
    """Whether the sentence is a call to follow a link or read elsewhere, not a statement."""
    return len(words(text)) <= MAX_WORDS and bool(_POINTER.search(text))
