"""Whether a lone capitalised English word reads as a nationality ("Indonesian", "French"), no name.

"What was the pilot's name?" about "The Indonesian pilot was experienced" and "The co-pilot was
French" found a name beside "pilot" in each, and was answered though the article never names the
pilot. A nationality is written with the endings below; a name alone before a noun or after "was"
seldom is ("the Hubble telescope", "the winner was Kane"). Words of a run of capitalised words are
left to the name readers ("Brian Wells"), and a word ending so that names a place or body ("the
Vatican museum") is read as a nationality too: a loss the endings take for the many they mark.
"""

from __future__ import annotations

NATIONALITY_ENDINGS = ("ian", "ean", "can", "ese", "ish", "ench", "utch", "zech", "ani", "aqi", "ali")
"""How English writes a people's adjective: Indonesian, Korean, American, Chinese, British, French,
Dutch, Czech, Pakistani, Iraqi, Somali."""


def reads_as_nationality(word: str) -> bool:
    """Whether a capitalised word ends as a nationality does (`NATIONALITY_ENDINGS`)."""
    return word[:1].isupper() and not word.isupper() and word.lower().endswith(NATIONALITY_ENDINGS)
