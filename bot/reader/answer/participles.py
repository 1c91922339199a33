"""German past participles read as forms of their verb, from the word as written.

Snowball stems a participle apart from the rest of its verb: "gegründet" -> "gegrundet" but
"gründete" -> "grundet" and "gründen" -> "grund"; "geschaffen" -> "geschaff" but "schafft" ->
"schafft". A question "Wann wurde die Firma gegründet?" then shares no word with "Die Firma
gründete sich 1894", and "Wer gründete X?" none with "X wurde 1990 von Y gegründet". A separable
verb also splits in a main clause: "aufgepumpt" is written "pumpt ... auf", "eingesetzt" "setzen
uns ... ein", so the verb without its prefix counts too.

Only the written word tells a participle from a noun: "gefahren" and "Gefahr" stem alike, and so do
"gesetzt" and "Gesetz" nearly; German writes nouns in capitals, so only a word in lower case is read.
Strong verbs whose participle changes the vowel ("gestorben", "starb") are not joined: that needs a
table of them, and a small one did not help (reworded dev, German).
"""

from __future__ import annotations

import re
from collections import defaultdict
from collections.abc import Iterable

from bot.reader.answer.terms import question_terms
from bot.reader.answer.verb_forms import irregular_forms
from bot.reader.text.language import Language, fold, words

_PARTICIPLE = {
    "de": re.compile(
        r"^(ab|an|auf|aus|bei|ein|fest|fort|her|hin|los|mit|nach|vor|weg|zu|zuruck|zurück|zusammen|um|durch)?"
        r"ge([a-zäöüß]{3,}?)(?:e?t|en)$"
    ),
}
"""A past participle as written, lower case: the separable prefix, "ge", the verb's stem, "-t",
"-et" or "-en" ("aufgepumpt", "gegründet", "geschaffen")."""
READS_PARTICIPLES = frozenset(_PARTICIPLE)
"""Languages whose participles are read here."""
_STEMMED_PARTICIPLE = {
    "de": re.compile(
        r"^(ab|an|auf|aus|bei|ein|fest|fort|her|hin|los|mit|nach|vor|weg|zu|zuruck|zusammen|um|durch)?"
        r"ge([a-z]{3,}?)e?t$"
    ),
}
"""A weak verb's past participle, as stemmed: "genutzt", "gerodet", "abgeholzt". No stemmer takes
it back to its verb ("nutzen", "roden", "abholzen"), the form bridge tables are built from."""
MIN_VERB_STEM = 3
"""The fewest letters a verb's stem may have to be looked for: shorter ones ("ge-h-en") join anything."""


def verbs_of(language: Language, word: str) -> tuple[str, ...]:
    """The stems of the verb a written past participle belongs to, with and without its separable
    prefix, the whole verb first ("aufgepumpt" -> "aufpump", "pump"); none for any other word."""
    pattern = _PARTICIPLE.get(language.code)
    found = pattern.match(word) if pattern and word[:1].islower() else None
    if found is None:
        return ()
    prefix, rest = found.group(1) or "", found.group(2)
    stems = dict.fromkeys((language.stem(fold(f"{prefix}{rest}en")), language.stem(fold(f"{rest}en"))))
    return tuple(stem for stem in stems if len(stem) >= MIN_VERB_STEM)


def verb_of_term(code: str, term: str) -> str | None:
    """The verb stem of a stemmed past participle ("abgeholzt" -> "abholz") or of a French or Spanish
    irregular form ("detuv" of "detuvieron" -> "deten", `verb_forms`), or None for other terms: the
    question's own form, already stemmed, reaches its verb's bridges."""
    pattern = _STEMMED_PARTICIPLE.get(code)
    found = pattern.match(term) if pattern else None
    return (found.group(1) or "") + found.group(2) if found else irregular_forms(code).get(term)


_NOUN_OF_ACT = {"de": "ung"}
"""The ending that makes a noun of a verb's act, as stemmed: "senk" -> "senkung" ("Senkungen");
Snowball cuts it from a long word itself ("Bezahlung" -> "bezahl")."""


def nouns_of_verb(code: str, verb: str) -> tuple[str, ...]:
    """The term of the noun naming a verb's act ("senk" -> "senkung"): "Wann werden die Gebühren
    gesenkt?" is told by "Die Senkung der Gebühren gilt ab März"."""
    ending = _NOUN_OF_ACT.get(code)
    return (verb + ending,) if ending else ()


def shortened(term: str) -> list[str]:
    """The term and the term cut by one or two letters, each longer than a verb's stem: where a
    verb's stem may stand inside one of its finite forms ("pump" in "pumpt")."""
    return [term[:len(term) - cut] for cut in (0, 1, 2) if len(term) - cut > MIN_VERB_STEM]


def participles_by_verb(language: Language, texts: Iterable[str]) -> dict[str, list[str]]:
    """A verb's stem -> the terms of its past participles the texts write ("grund" -> "gegrundet"),
    or in French and Spanish of its irregular forms ("deten" -> "detuv", `verb_forms`).

    Only under the whole verb: under the verb without its prefix, "angeführt" would stand for
    "führen" too, and every bridge to "führen" would find it (reworded dev, German: an unanswerable
    question about fighting was answered)."""
    found: dict[str, list[str]] = defaultdict(list)
    irregular = irregular_forms(language.code)
    if irregular:
        # French and Spanish: the irregular forms the texts write, under their verb ("deten" -> "detuv").
        for text in texts:
            for term in question_terms(language, text):
                verb = irregular.get(term)
                if verb is not None and term not in found[verb]:
                    found[verb].append(term)
    if language.code not in READS_PARTICIPLES:
        return found
    for text in texts:
        for word in words(text):
            verb = verbs_of(language, word)[:1]
            term = question_terms(language, word)[:1] if verb else []
            if term and term[0] not in found[verb[0]]:
                found[verb[0]].append(term[0])
    return found


def stems_within(terms: Iterable[str]) -> dict[str, list[str]]:
    """Each term and the term cut by one or two letters, down to a verb stem's length -> the terms:
    a verb's stem then finds its forms ("pump" -> "pumpt", "grund" -> "grundet" of "gründete")."""
    found: dict[str, list[str]] = defaultdict(list)
    for term in terms:
        for stem in shortened(term):
            found[stem].append(term)
    return found
