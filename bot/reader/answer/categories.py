"""Categories: the words that name one of the kind of thing a "what X" question asks for.

"What animal had he eaten?" is answered by "after eating a wild rabbit", "Which instrument does she
play?" by "she took up the cello", "What was the victim's job?" by "he worked as a chief
physician": the sentence names one of the category without the category's word. The table
(`bench/tables/categories.py`, from WordNet's hyponyms, the categories chosen on SQuAD train's
questions; German, French and Spanish through Open Multilingual Wordnet) maps a category noun's
stem to the stems of every word naming one of it. It is read once per language, each category's
line parsed the first time a question asks for it.
"""

from __future__ import annotations

import gzip
import re
from functools import lru_cache

from bot.reader.answer.bridges import DATA
from bot.reader.answer.followup import pointing_words
from bot.reader.answer.kinds import asked_thing
from bot.reader.answer.terms import question_terms, stop_words_for
from bot.reader.text.language import Language, fold, language_for, words

_KIND_OF = re.compile(
    r"^(\W*(?:and |et |und |y )?(?:what|which|welche[rsmn]?|quel(?:le)?s?|que|cual(?:es)?) )"
    r"(?:(?:kind|type|sort|kinds|types|sorts) of (?:an? )?|(?:art|arten|sorte) (?:von )?"
    r"|(?:type|types|sorte|sortes|genre|genres) d(?:e |')|(?:tipo|tipos|clase|clases) de )"
)
"""A question asking for a kind of a category: "what kind of animal", "welche Art von Tier",
"quel type de sport", "qué tipo de droga" ask for the animal, the sport, the drug."""
_SPANISH_WHAT = re.compile(r"^(\W*(?:y )?)que ")
"""Spanish "¿qué deporte...?", which `kinds.asked_thing` reads as "which" only as "cuál"."""
_WHAT_IS = re.compile(
    r"^\W*(?:and )?what (?:is|was|are|were) (?:the |a |an |his |her |their |its |(?:[a-z-]+ ){0,3}?[a-z-]+'s )+"
    r"((?:[a-z]+ ){0,2})([a-z]+)\W*$"
)
""""What was the victim's job?", "What is her profession?": the noun at the end is the thing asked."""
_NAME_ASKED = re.compile(
    r"^\W*(?:and )?what (?:is|was|are|were) (?:the |his |her |their |its |(?:[a-z-]+ ){0,3}?[a-z-]+'s )*"
    r"(?:(?!of )[a-z-]+ ){0,2}?([a-z]+)(?:'s? name| called| named)\W*$"
    r"|^\W*(?:and )?what (?:is|was|are|were) the (?:full |first |last |real )?names? of "
    r"(?:the |his |her |their |its |(?:[a-z-]+ ){0,3}?[a-z-]+'s )*([a-z]+)\W*$"
)
""""What is his wife called?", "What was the dog's name?", "What is the name of Taylor's wife?" (the
question ending on the noun): the thing whose name is asked, not "called"."""
_NAME_ASKED_ROMANCE = re.compile(
    r"^\W*(?:y |et )?(?:como se llaman? |comment s'appellen?t? |(?:cual|quel) (?:es|est) el nombre (?:de |del )"
    r"|quel est le nom (?:de |du |des ))(?:el |la |los |las |su |sus |le |la |l'|les |son |sa |ses )?"
    r"(?:(?:nouvel(?:le)?|nouveau|nuev[oa]|grande?|gran|petite?|premiere?|primer[oa]?|dernier|derniere|ultim[oa]"
    r"|jeune|ancienne?|antigu[oa]|actuel(?:le)?|actual) )?([a-z]+)"
)
""""¿Cómo se llama la vecina?", "Comment s'appelle le chien ?", "¿Cuál es el nombre del hotel?", "Quel est
le nom du bateau ?" (accents folded): the noun after the article (and an adjective put before it,
"la nouvelle série") is the thing whose name is asked."""
_NAME_ASKED_GERMAN = re.compile(
    r"^\W*(?:und )?(?:wie (?:heißt|heisst|hieß|hiess|heißen|heissen|hießen|hiessen) "
    r"|was (?:ist|war) der (?:name|titel) )(?:der |die |das |des |sein |seine |seines |ihr |ihre |ihres )?"
    r"(?:(?:neue[nrs]?|erste[nrs]?|letzte[nrs]?|jüngste[nrs]?|aktuelle[nrs]?) )?([a-zäöü]+)\W*$"
)
""""Wie heißt das Buch?", "Wie hieß der neue Roman?", "Was ist der Titel des Films?": the noun at the
end is the thing whose name is asked ("Wie heißt der Sprecher?" asks a person's)."""


@lru_cache(maxsize=4096)
def noun_whose_name_is_asked(question: str, code: str) -> str:
    """The noun of "What is the cat's name?" or "What was the dog called?" (lower case), or "": a
    question asking what the thing itself is called, not "What is the name of the X that ...?",
    which asks about X's name in a sentence of its own."""
    text = fold(question.lower()).replace("’", "'")
    if code in ("fr", "es", "de"):
        found = (_NAME_ASKED_GERMAN if code == "de" else _NAME_ASKED_ROMANCE).match(text)
        return found.group(1) if found and found.group(1) not in stop_words_for(code) else ""
    named = _NAME_ASKED.match(text) if code == "en" else None
    noun = (named.group(1) or named.group(2)) if named else ""
    # "What are the secretions commonly called?": an adverb before "called" is no noun.
    return "" if noun.endswith("ly") or noun in stop_words_for(code) else noun


POINTING_REACH = 3
"""Words a pointing word may stand before the asked noun it leads ("This important mineral")."""


def points_at_asked_thing(language: Language, sentence: str, question: str) -> bool:
    """Whether the sentence opens with a pointing word leading the noun a "which X" question asks
    for ("This important mineral helps ..." for "Which mineral helps recycle glutathione?"): it
    goes on about an X the sentence before named, and names none itself."""
    asked = words(question)[:2]
    nouns = {asked_category_noun(question, language.code)}
    if len(asked) == 2 and asked[0].lower() in _WHICH_WORDS.get(language.code, ()):
        nouns.add(asked[1])  # "Which mineral helps recycle glutathione?": the table may read "glutathione"
    things = {term for noun in nouns if noun for term in question_terms(language, noun)[:1]}
    opening = words(sentence)[:POINTING_REACH + 1]
    if not things or not opening or opening[0].lower() not in pointing_words(language.code):
        return False
    return any(set(question_terms(language, word)[:1]) & things for word in opening[1:])


_WHICH_WORDS = {"en": frozenset({"which", "what"})}


@lru_cache(maxsize=4096)
def asked_category_noun(question: str, code: str) -> str:
    """The noun a "what/which (kind of) X" question asks for (lower case, accents folded), or ""."""
    text = fold(question.lower()).replace("’", "'")
    text = _KIND_OF.sub(r"\1", text)
    if code == "es":
        text = _SPANISH_WHAT.sub(r"\1cual ", text)
    named = _NAME_ASKED.match(text) if code == "en" else None
    if named:
        return named.group(1) or named.group(2)
    found = _WHAT_IS.match(text) if code == "en" else None
    if found and not set(words(found.group(1))) & stop_words_for(code):
        return found.group(2)
    return asked_thing(text, code, stop_words_for(code), question)


@lru_cache(maxsize=None)
def _table(code: str) -> dict[str, list[str]]:
    """Category stem -> the unparsed lines (members' stems) of the categories it names."""
    path = DATA / f"categories_{code}.tsv.gz"
    table: dict[str, list[str]] = {}
    if not path.exists():
        return table
    with gzip.open(path, "rt", encoding="utf-8") as handle:
        for line in handle:
            keys, _, found = line.rstrip("\n").partition("\t")
            for key in keys.split():
                table.setdefault(key, []).append(found)
    return table


@lru_cache(maxsize=4096)
def members_of(code: str, stem: str) -> frozenset[str]:
    """The stems of the words naming one of the category `stem` ("vehicl" -> "car", ...), or none."""
    return frozenset(word for line in _table(code).get(stem, ()) for word in line.split())


def asked_members(question: str, code: str) -> tuple[str, frozenset[str]]:
    """The stem of the category a question asks for and the stems of the words naming one of it
    ("animal" -> "rabbit", "skink", ...); ("", empty) when it asks for no known category."""
    noun = asked_category_noun(question, code)
    if not noun:
        return "", frozenset()
    for stem in question_terms(language_for(code), noun)[:1]:
        found = members_of(code, stem)
        if found:
            return stem, found
    return "", frozenset()
