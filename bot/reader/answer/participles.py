"""German past participles read as forms of their verb, from the word as written.

Snowball stems a participle apart from the rest of its verb: "gegründet" -> "gegrundet" but
"gründete" -> "grundet" and "gründen" -> "grund"; "geschaffen" -> "geschaff" but "schafft" ->
"schafft". A question "Wann wurde die Firma gegründet?" then shares no word with "Die Firma
gründete sich 1894", and "Wer gründete X?" none with "X wurde 1990 von Y gegründet". A separable
verb also splits in a main clause: "aufgepumpt" is written "pumpt ... auf", "eingesetzt" "setzen
uns ... ein", so the verb without its prefix counts too.

A verb with an inseparable prefix takes no "ge-" ("verhaftet", "entführt", "erhöht"), and a strong
verb changes its vowel ("festgenommen" of "festnehmen", "gestiegen" of "steigen", "entstanden" of
"entstehen"): those are read through `strong_verbs`. In a new-user trial "Wie viele Menschen
wurden festgenommen?", "Wie stark ist die Wirtschaft gewachsen?" and "Wie viele Verdächtige wurden
verhaftet?" reached neither their verb's article forms nor its bridges ("verhaft" -> "festnehm").

Only the written word tells a participle from a noun: "gefahren" and "Gefahr" stem alike, and so do
"gesetzt" and "Gesetz" nearly; German writes nouns in capitals, so only a word in lower case is read.
"""

from __future__ import annotations

import re
from collections import defaultdict
from collections.abc import Iterable
from functools import lru_cache

from bot.reader.answer.strong_verbs import PARTICIPLES
from bot.reader.answer.terms import question_terms
from bot.reader.answer.verb_forms import irregular_forms
from bot.reader.text.language import Language, fold, language_for, words

_SEPARABLE = ("ab|an|auf|aus|bei|ein|fest|fort|her|hin|los|mit|nach|vor|weg|zu|zuruck|zurück|zusammen|um|durch")
_INSEPARABLE = "be|ver|ent|er|zer|emp|miss|über|uber|unter|hinter|wider"
_PARTICIPLE = {
    "de": re.compile(
        rf"^({_SEPARABLE})?(?:ge|({_INSEPARABLE})(?=[a-zäöüß]{{3}}[a-zäöüß]*?e?t$))([a-zäöüß]{{3,}}?)(?:e?t|en)$"
    ),
}
"""A past participle as written, lower case: the separable prefix, "ge" or an inseparable prefix
(which takes only the weak "-t": "verbinden" is an infinitive), the verb's stem, "-t", "-et" or
"-en" ("aufgepumpt", "gegründet", "geschaffen", "verhaftet")."""
READS_PARTICIPLES = frozenset(_PARTICIPLE)
"""Languages whose participles are read here."""
_STEMMED_PARTICIPLE = {
    "de": re.compile(rf"^({fold(_SEPARABLE)})?(?:ge|({fold(_INSEPARABLE)}))([a-z]{{3,}}?)e?t$"),
}
"""A weak verb's past participle, as stemmed: "genutzt", "gerodet", "abgeholzt", "verhaftet". No
stemmer takes it back to its verb ("nutzen", "roden", "abholzen", "verhaften"), the form bridge
tables are built from."""
_LOANED = {"de": re.compile(rf"^({_SEPARABLE})?([a-zäöüß]{{3,}}i)ert$")}
"""A participle of a verb in "-ieren", which takes no "ge-" ("expandiert", "investiert")."""
_SPLIT = {"de": re.compile(rf"^({_SEPARABLE})?(?:({_INSEPARABLE})(?!ge))?(.+)$")}
"""A written word as separable prefix, inseparable prefix and the rest, for `strong_verbs`."""
MIN_VERB_STEM = 3
"""The fewest letters a verb's stem may have to be looked for: shorter ones ("ge-h-en") join anything."""


def _infinitive(word: str) -> tuple[str, str] | None:
    """A written participle's verb: its separable prefix and the rest of its infinitive
    ("festgenommen" -> "fest", "nehmen"; "übernommen" -> "", "übernehmen"; "verhaftet" -> "",
    "verhaften"; "gelagert" -> "", "lagern"), or None for any other word."""
    for prefix in ("", *(p for p in _SEPARABLE.split("|") if word.startswith(p))):
        rest = word[len(prefix):]
        if rest in PARTICIPLES:
            return prefix, PARTICIPLES[rest]
        inseparable = next((p for p in _INSEPARABLE.split("|") if rest.startswith(p) and f"ge{rest[len(p):]}" in PARTICIPLES), None)
        if inseparable:
            return prefix, inseparable + PARTICIPLES[f"ge{rest[len(inseparable):]}"]
    loaned = _LOANED["de"].match(word)
    if loaned:
        return loaned.group(1) or "", f"{loaned.group(2)}eren"
    found = _PARTICIPLE["de"].match(word)
    if found is None:
        return None
    stem = found.group(3)
    return found.group(1) or "", (found.group(2) or "") + stem + ("n" if stem.endswith(("er", "el")) else "en")


def verbs_of(language: Language, word: str) -> tuple[str, ...]:
    """The stems of the verb a written past participle belongs to, with and without its separable
    prefix, the whole verb first ("aufgepumpt" -> "aufpump", "pump"); none for any other word."""
    if language.code not in _PARTICIPLE or not word[:1].islower():
        return ()
    found = _infinitive(word)
    if found is None:
        return ()
    prefix, infinitive = found
    stems = dict.fromkeys((language.stem(fold(f"{prefix}{infinitive}")), language.stem(fold(infinitive))))
    return tuple(stem for stem in stems if len(stem) >= MIN_VERB_STEM)


NOUNS_AS_STEMMED = frozenset({"gefahr", "gebot", "geschoss", "gefall", "gesandt", "gefang"})
"""Strong participles' stems that are nouns' stems too ("gefahren" and "Gefahr", "geboten" and
"Gebot", "geschossen" and "Geschoss"): a term alone cannot tell them apart, so they are left as they are."""


@lru_cache(maxsize=None)
def _stemmed_strong(code: str) -> dict[str, str]:
    """A strong participle's stem -> its verb's stem ("genomm" -> "nehm"), and without its "ge"
    for an inseparable prefix to go before ("nomm" -> "nehm" of "übernommen")."""
    if code not in _PARTICIPLE:
        return {}
    language = language_for(code)
    found = {}
    for participle, infinitive in PARTICIPLES.items():
        stem, verb = language.stem(fold(participle)), language.stem(fold(infinitive))
        if stem in NOUNS_AS_STEMMED:
            continue
        found[stem] = verb
        if participle.startswith("ge"):
            found.setdefault(stem[2:], verb)
    return found


def verb_of_term(code: str, term: str) -> str | None:
    """The verb stem of a stemmed past participle ("abgeholzt" -> "abholz", "festgenomm" ->
    "festnehm", "verhaftet" -> "verhaft") or of a French or Spanish irregular form ("detuv" of
    "detuvieron" -> "deten", `verb_forms`), or None for other terms: the question's own form,
    already stemmed, reaches its verb's bridges."""
    pattern = _STEMMED_PARTICIPLE.get(code)
    if pattern is None:
        return irregular_forms(code).get(term)
    strong = _stemmed_strong(code)
    if term in strong:
        return strong[term]
    loaned = _LOANED[code].match(term)
    if loaned:
        return (loaned.group(1) or "") + loaned.group(2)
    split = _SPLIT[code].match(term)
    if split:
        prefix, inseparable, rest = split.group(1) or "", split.group(2) or "", split.group(3)
        if (inseparable and rest in strong) or (not inseparable and rest.startswith("ge") and rest in strong):
            return prefix + inseparable + strong[rest]
    found = pattern.match(term)
    return (found.group(1) or "") + (found.group(2) or "") + found.group(3) if found else None


_NOUN_OF_ACT = {"de": "ung"}
"""The ending that makes a noun of a verb's act, as stemmed: "senk" -> "senkung" ("Senkungen");
Snowball cuts it from a long word itself ("Bezahlung" -> "bezahl")."""


_ACT_NOUNS = {
    "de": (
        ("nahm", "nehm"), ("kunft", "komm"), ("schluss", "schliess"), ("bruch", "brech"), ("griff", "greif"),
        ("stieg", "steig"), ("wurf", "werf"), ("spruch", "sprech"), ("fahrt", "fahr"), ("flug", "flieg"),
        ("schub", "schieb"), ("gebot", "biet"), ("bot", "biet"), ("schrift", "schreib"),
    ),
}
"""The stems of a strong verb's noun of its act and of the verb, where they differ ("Festnahme" of
"festnehmen", "Vorwurf" of "vorwerfen", "Beschluss" of "beschließen", "Angebot" of "anbieten"). Read
only after a verb's prefix: alone, "Bruch" or "Griff" name other things than an act. Tails whose
nouns part from the verb's sense as often as not are left out: "Aufgabe" is no "aufgeben", "Umsatz"
no "umsetzen", "Zustand" no "zustehen", "Durchschnitt" no "durchschneiden", "Einfluss" no "einfließen"."""
_ACT_PREFIXES = tuple(sorted({*fold(_SEPARABLE).split("|"), *fold(_INSEPARABLE).split("|")}, key=len, reverse=True))


def verb_of_noun_of_act(code: str, term: str) -> str | None:
    """The verb stem of a noun of its act that Snowball leaves whole ("ehrung" -> "ehr", "rettung"
    -> "rett": it cuts "-ung" only from a longer word), or None: the way back of `nouns_of_verb`."""
    ending = _NOUN_OF_ACT.get(code)
    if not ending or not term.endswith(ending) or len(term) - len(ending) < MIN_VERB_STEM:
        return None
    return term[:-len(ending)]


def nouns_of_verb(code: str, verb: str) -> tuple[str, ...]:
    """The terms of the nouns naming a verb's act ("senk" -> "senkung", "festnehm" -> "festnahm"):
    "Wann werden die Gebühren gesenkt?" is told by "Die Senkung der Gebühren gilt ab März"."""
    ending = _NOUN_OF_ACT.get(code)
    if not ending:
        return ()
    prefix = next((p for p in _ACT_PREFIXES if verb.startswith(p)), "")
    rest = verb[len(prefix):]
    return (verb + ending, *(prefix + noun for noun, act in _ACT_NOUNS.get(code, ()) if prefix and act == rest))


def verb_of_act_noun(code: str, term: str) -> str | None:
    """The verb stem of a strong verb's noun of its act ("festnahm" -> "festnehm", "vorwurf" ->
    "vorwerf"), or None: "Wer hat die Festnahme bekannt gegeben?" is told by "... wurden
    festgenommen, teilte der Generalbundesanwalt mit"."""
    if code not in _ACT_NOUNS:
        return None
    prefix = next((p for p in _ACT_PREFIXES if term.startswith(p)), "")
    rest = term[len(prefix):]
    return next((prefix + act for noun, act in _ACT_NOUNS.get(code, ()) if prefix and noun == rest), None)


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
