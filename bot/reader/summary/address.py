"""Whether a sentence speaks in the writer's own first person: "I", "we", "our" in the article's
words (outside quotation marks).

A long feature's writer steps in to give an opinion or tell their own experience ("We are so
locked into our political identities that …", "Yes, I mean throwback as in retro …", "Beginnen
wir daher, demütig …"), and reports in the third person when stating who did what. As a TL;DR the
first kind tells a reader the writer's stance, not the story (`compose._headline_in_opening`).
The second person is left alone: a guide or a recipe addresses its reader throughout, and its
point is said that way ("If you're planning to retire early, you should aim to have 25 to 30 times
your annual expenses saved"). Quoted words are someone else's "we" and do not count; nor does
English "US".
"""

from __future__ import annotations

import re

from bot.reader.summary.quotation_pieces import unquoted

FIRST_PERSON: dict[str, frozenset[str]] = {code: frozenset(words.split()) for code, words in {
    "en": "i me my mine myself we us our ours ourselves",
    "de": "ich mich mir mein meine meinen meinem meiner meines wir uns unser unsere unseren unserem unserer unseres",
    "fr": "je j moi mon ma mes nous notre nos",
    "es": "yo mí mi mis mío mía míos mías nosotros nosotras nuestro nuestra nuestros nuestras",
    "it": "io mio mia miei mie noi nostro nostra nostri nostre",
    "pt": "eu meu minha meus minhas nós nosso nossa nossos nossas",
    "nl": "ik mij mijn wij ons onze",
    "da": "jeg mig min mit mine vi os vores",
    "no": "jeg meg min mitt mine vi oss vår vårt våre",
    "sv": "jag mig min mitt mina vi oss vår vårt våra",
    "ru": "я меня мне мной мой моя моё мои моего моей моих мы нас нам нами наш наша наше наши нашего нашей наших",
    "cs": "já mě mně mnou můj moje moji mé mého mém my nás nám námi náš naše našeho našem naši",
}.items()}
"""First-person pronouns and possessives, by language; a language missing here is never read as
the writer's voice."""
_ENGLISH_CASED = {"us": "us", "i": "I"}
"""English words whose capitals change them: "US" is a country, "i" a numeral or a list mark."""
_WORD = re.compile(r"\w+")


def in_first_person(text: str, language: str) -> bool:
    """Whether the sentence's own words, outside quotation marks, say "I", "we" or "our"."""
    personal = FIRST_PERSON.get(language)
    if not personal:
        return False
    for word in _WORD.findall(unquoted(text)):
        lowered = word.lower()
        if lowered in personal and (language != "en" or _ENGLISH_CASED.get(lowered, word) == word):
            return True
    return False
