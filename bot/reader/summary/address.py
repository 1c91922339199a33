"""Whether a sentence speaks in the writer's own person: "we", "our", "you", "I" in the article's
words (outside quotation marks).

A long feature's writer talks to the reader when giving an opinion or steering the reading ("We are
so locked into our political identities that …", "Below, we analyze the snap counts …", "Beginnen
wir daher, demütig …"), and reports in the third person when stating who did what. As a TL;DR the
first kind tells a reader the writer's stance, not the story (`compose.pick_tldr`). Quoted words
are someone else's "we" and do not count; neither do the polite and plural forms that double as
"she" or "they" (German "Sie", "ihr"), the Danish plural "I", nor English "US".
"""

from __future__ import annotations

import re

from bot.reader.summary.quotation_pieces import unquoted

PERSONAL_WORDS: dict[str, frozenset[str]] = {code: frozenset(words.split()) for code, words in {
    "en": "i me my mine myself we us our ours ourselves you your yours yourself yourselves",
    "de": "ich mich mir mein meine meinen meinem meiner meines wir uns unser unsere unseren unserem unserer "
          "unseres du dich dir dein deine deinen deinem deiner deines euch euer eure euren eurem eurer",
    "fr": "je j moi mon ma mes nous notre nos tu toi ton ta tes vous votre vos",
    "es": "yo mí mi mis mío mía míos mías nosotros nosotras nuestro nuestra nuestros nuestras tú tu tus "
          "vosotros vosotras vuestro vuestra vuestros vuestras usted ustedes",
    "it": "io mio mia miei mie noi nostro nostra nostri nostre tu tuo tua tuoi tue voi vostro vostra vostri vostre",
    "pt": "eu meu minha meus minhas nós nosso nossa nossos nossas tu teu tua teus tuas você vocês",
    "nl": "ik mij mijn wij ons onze jij jou jouw jullie",
    "da": "jeg mig min mit mine vi os vores du dig din dit dine jer jeres",
    "no": "jeg meg min mitt mine vi oss vår vårt våre du deg din ditt dine dere deres",
    "sv": "jag mig min mitt mina vi oss vår vårt våra du dig din ditt dina ni er era",
    "ru": "я меня мне мной мой моя моё мои моего моей моих мы нас нам нами наш наша наше наши нашего нашей "
          "наших ты тебя тебе тобой твой твоя твоё твои вы вас вам вами ваш ваша ваше ваши вашего вашей ваших",
    "cs": "já mě mně mnou můj moje moji mé mého mém my nás nám námi náš naše našeho našem naši ty tebe tobě "
          "tebou tvůj tvoje tvé vy vás vám vámi váš vaše vašeho vašem vaši",
}.items()}
"""First- and second-person pronouns and possessives, by language; a language missing here is
never read as the writer's voice."""
_ENGLISH_CASED = {"us": "us", "i": "I"}
"""English words whose capitals change them: "US" is a country, "i" a numeral or a list mark."""
_WORD = re.compile(r"\w+")


def in_writers_voice(text: str, language: str) -> bool:
    """Whether the sentence's own words, outside quotation marks, say "we", "our", "you" or "I"."""
    personal = PERSONAL_WORDS.get(language)
    if not personal:
        return False
    for word in _WORD.findall(unquoted(text)):
        lowered = word.lower()
        if lowered in personal and (language != "en" or _ENGLISH_CASED.get(lowered, word) == word):
            return True
    return False
