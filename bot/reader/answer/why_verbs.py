"""The verb a German, French or Spanish "why" question asks the reason for.

"Warum hat Praxair der Fusion zugestimmt?", "Pourquoi Manuel Valls a-t-il quitté le congrès ?",
"¿Por qué eligió Lesaka ese hotel?": the reason asked is the reason for an act, and a sentence that
tells a reason for something else, or none, about the same names is no answer. Declining every such
"why" whose best sentence gives no reason in the language's own words cost 7 right dev answers
(told with no sign the lists hold, `reasons.py`); the act itself, its verb, is a narrower sign: an
article that tells why someone agreed says "agreed", or a word of its family or a bridge to it,
near the reason.

The verb is found by word order alone, as a reader parses the question: German puts the finite verb
right after "warum" and, with an auxiliary or a modal, the main verb last; French inverts the subject
pronoun onto the finite verb ("a-t-il", "réduit-elle"), the participle or infinitive following an
auxiliary; Spanish puts the verb right after "por qué", after its clitics and "no". A verb that says
little of an act ("sein", "heißen", "faire", "tener", "decir") is no sign: "Warum heißt das Viertel
Bohnenviertel?" is answered by "Seinen Namen erhielt das Viertel wegen ...".
"""

from __future__ import annotations

import re

_WHY = {
    "de": re.compile(r"\b(?:warum|wieso|weshalb|weswegen)\s+(.+)", re.IGNORECASE),
    "fr": re.compile(r"\bpourquoi\s+(.+)", re.IGNORECASE),
    "es": re.compile(r"\bpor\s+qu[eé]\s+(.+)", re.IGNORECASE),
}

_AUXILIARIES = {
    "de": frozenset(
        "hat haben hatte hatten hätte hätten hast habt ist sind war waren wäre wären bist "
        "wird werden wurde wurden würde würden wirst "
        "muss müssen musste mussten kann können konnte konnten soll sollen sollte sollten "
        "will wollen wollte wollten darf dürfen durfte durften mag möchte möchten".split()
    ),
    "fr": frozenset(
        "a ont avait avaient aurait auraient eut aura auront as avez avons "
        "est sont était étaient serait seraient fut sera seront es êtes sommes "
        "va vont allait allaient "
        "peut peuvent pouvait pouvaient pourrait pourraient doit doivent devait devaient devrait devraient "
        "veut veulent voulait voulaient voudrait voudraient".split()
    ),
    "es": frozenset(
        "ha han había habían habría habrían hubo he has hemos habéis "
        "es son era eran fue fueron sería serían será serán "
        "está están estaba estaban estuvo estuvieron "
        "va van iba iban "
        "puede pueden podía podían podría podrían debe deben debía debían debería deberían "
        "quiere quieren quería querían".split()
    ),
}
"""Finite forms that carry tense or mood while the act's verb follows (a participle or an infinitive)."""

_COPULAS = {
    "de": frozenset("ist sind war waren wäre wären bist".split()),
    "fr": frozenset("est sont était étaient serait seraient fut sera seront es êtes sommes".split()),
    "es": frozenset("es son era eran fue fueron sería serían será serán está están estaba estaban estuvo estuvieron".split()),
}
"""Forms of "to be", after which an adjective is no act ("Pourquoi ces informations étaient-elles
fausses ?", "¿Por qué están molestos ...?"), while a participle is ("ist zurückgetreten", "a été
repoussé", "fue asesinado")."""

_PARTICIPLE = {
    "de": re.compile(r"(?:t|en)$"),
    "fr": re.compile(r"(?:é|ée|és|ées|i|ie|is|ies|u|ue|us|ues|it|ite|its|ites|ert|erte|erts|ertes|int|inte|ints|intes)$"),
    "es": re.compile(r"(?:ado|ada|ados|adas|ido|ida|idos|idas|ído|ída|ídos|ídas)$"),
}
"""How a participle ends, read only after a form of "to be": German "gescheitert", "abgesetzt",
"zurückgetreten"; French "assassiné", "parti", "mis"; Spanish "asesinado", "detenida"."""

_LIGHT_VERBS = {
    "de": frozenset(
        "sein ist sind war waren gewesen heißt heißen hieß hießen genannt gibt gab gaben gegeben "
        "geht ging gingen gegangen macht machte machten gemacht bleibt blieb blieben geblieben "
        "haben hat hatte hatten gehabt werden wird wurde wurden geworden lässt ließ ließen gelassen "
        "übernimmt übernahm übernahmen übernommen nimmt nahm nahmen genommen bringt brachte brachten gebracht "
        "stellt stellte stellten gestellt trifft traf trafen getroffen".split()
    ),
    "fr": frozenset(
        "été être fait faire appelé appelle appellent appelait nommé dit dire eu avoir "
        "reste restent resté rester semble semblent prend prennent pris prendre met mettent mis mettre "
        "donne donnent donné donner porte portent porté porter".split()
    ),
    "es": frozenset(
        "sido ser estado estar hecho hace hacen hizo hicieron hacer tiene tienen tuvo tuvieron tenido tener "
        "dice dicen dijo dijeron dicho decir llama llaman llamó llamado llamar queda quedan quedó "
        "toma toman tomó tomaron tomado tomar da dan dio dieron dado dar pone ponen puso pusieron puesto poner".split()
    ),
}
"""Verbs that tell little of an act, so the article may say the same with other words: being,
naming, saying, and the support verbs whose noun carries the act ("die Leitung übernehmen",
"prendre une décision", "dar un paso")."""

_DETERMINERS = {
    "fr": frozenset("le la les l un une des du de d au aux à son sa ses leur leurs ce cet cette ces mon ma mes "
                    "ne pas plus jamais qu que si tant autant".split()),
    "es": frozenset("el la los las lo un una unos unas su sus este esta estos estas ese esa esos esas al del de a "
                    "que en por para con no".split()),
}
"""Words after a support verb that open its object (or a negation, a clause): then no bare noun follows."""

_SKIPPED = {
    "de": frozenset("nicht nie denn eigentlich noch schon so".split()),
    "fr": frozenset("ne n pas plus moins jamais donc bien déjà toujours vraiment encore si tant autant été".split()),
    "es": frozenset("no se le les lo la los las me te nos os ya nunca".split()),
}
"""Words between the auxiliary (or "por qué") and the verb that are not it."""

_SPANISH_DETERMINERS = frozenset(
    "el la los las un una unos unas este esta estos estas ese esa esos esas su sus "
    "algunos algunas muchos muchas varios varias ambos todos todas".split()
)
"""Words opening a Spanish subject put before its verb ("¿Por qué el juez Castro imputó ...?")."""

_WORD = re.compile(r"[^\W\d_]+(?:-[^\W\d_]+)*", re.UNICODE)
_INVERTED = re.compile(r"^([^\W\d_]+?)(?:-t)?-(?:il|elle|ils|elles|on)$", re.IGNORECASE)


def why_verb(question: str, code: str) -> str | None:
    """The verb of the act a "why" question asks the reason for, as written, or None when the
    question asks no "why", the language is not read here, or the verb tells little of an act."""
    pattern = _WHY.get(code)
    found = pattern.search(question) if pattern else None
    if found is None:
        return None
    clause = found.group(1).replace("’", "'").split(",")[0]  # "Warum ist unklar, ob ...": the main clause
    tokens = _WORD.findall(clause)
    verb = {"de": _german, "fr": _french, "es": _spanish}[code](tokens)
    if verb is None or verb.lower() not in _LIGHT_VERBS[code]:
        return verb
    return _bare_noun_after(tokens, verb, code)


def _bare_noun_after(tokens: list[str], verb: str, code: str) -> str | None:
    """The noun right after a support verb with no determiner, which carries the act ("porté
    plainte", "faire grève", "puso fin"): an article telling why someone filed a complaint says
    "plainte" or a word bridged to it. None after a determiner ("pris une décision"), whose act
    the article may tell in many words, and in German, whose support verb ends the clause."""
    if code not in _DETERMINERS:
        return None
    position = next((i for i, token in enumerate(tokens) if token == verb or token.startswith(f"{verb}-")), len(tokens))
    following = tokens[position + 1:position + 2]
    if not following or not following[0][:1].islower() or following[0].lower() in _DETERMINERS[code]:
        return None
    return following[0]


def _after(finite: str, following: str, code: str) -> str | None:
    """The verb following an auxiliary, unless it is an adjective after "to be" or no verb at all
    (a capitalised word: a name, or in German a noun)."""
    if not following[:1].islower():
        return None
    if finite.lower() in _COPULAS[code] and not _PARTICIPLE[code].search(following.lower()):
        return None
    return following


def _german(tokens: list[str]) -> str | None:
    """The word after "warum", or with an auxiliary there, the question's last word; none when the
    verb after "warum" leaves a part of it last ("Warum fällt ... eine Debatte schwer?")."""
    if not tokens:
        return None
    last = tokens[-1]
    if tokens[0].lower() in _AUXILIARIES["de"]:
        return _after(tokens[0], last, "de") if len(tokens) > 2 and last.lower() not in _SKIPPED["de"] else None
    if len(tokens) > 1 and last[:1].islower():
        return None  # the act is split: a separable particle or a predicate last ("fällt ... schwer")
    return tokens[0]


def _french(tokens: list[str]) -> str | None:
    """The verb carrying the inverted pronoun ("réduit-elle"), or with an auxiliary there, the
    next word that is not a negation ("n'a-t-il pas commenté")."""
    for position, token in enumerate(tokens):
        inverted = _INVERTED.match(token)
        if inverted is None:
            continue
        finite = inverted.group(1)
        if finite.lower() not in _AUXILIARIES["fr"]:
            return finite
        rest = [t for t in tokens[position + 1:] if t.lower() not in _SKIPPED["fr"]]
        return _after(finite, rest[0], "fr") if rest else None
    return None


def _spanish(tokens: list[str]) -> str | None:
    """The first word after "por qué" that is no clitic or "no", past a subject put first (names,
    or a determiner with its noun and names: "el juez Castro imputó"); with an auxiliary, the next."""
    rest = [t for t in tokens if t.lower() not in _SKIPPED["es"] or t.lower() in _SPANISH_DETERMINERS]
    if rest and rest[0].lower() in _SPANISH_DETERMINERS:
        rest = rest[1:]
        if rest and rest[0].lower() not in _AUXILIARIES["es"]:
            rest = rest[1:]  # the subject's noun ("juez"), unless the determiner stands alone ("algunos querían")
        while len(rest) > 1 and rest[0].lower() in ("de", "del"):
            rest = rest[2:]  # "las cifras de Madrid"
    while rest and rest[0][:1].isupper():
        rest = rest[1:]
    rest = [t for t in rest if t.lower() not in _SKIPPED["es"]]
    if not rest:
        return None
    if rest[0].lower() in _AUXILIARIES["es"]:
        return _after(rest[0], rest[1], "es") if len(rest) > 1 else None
    return rest[0]


_SEPARABLE_PARTICLES = {
    "ab": ("ab",), "an": ("an",), "auf": ("auf",), "aus": ("aus",), "bei": ("bei",), "ein": ("ein",),
    "fest": ("fest",), "fort": ("fort",), "los": ("los",), "mit": ("mit",), "nach": ("nach",), "vor": ("vor",),
    "weg": ("weg",), "zu": ("zu",), "zurück": ("zurück", "rück"), "zusammen": ("zusammen",),
    "heraus": ("heraus",), "hinaus": ("hinaus",), "her": ("her",), "hin": ("hin",), "weiter": ("weiter",),
}
"""German separable particles, each with the forms its nouns take: "trat zurück" is told as
"ist zurückgetreten" or "der Rücktritt", "brach aus" as "der Ausbruch"."""


def why_acts(question: str, code: str) -> tuple[str, ...]:
    """Words any of which, as written, tells the act a "why" question asks the reason for: the verb
    (`why_verb`), or for a German verb split around its subject ("Warum trat Baume-Schneider
    zurück?", "Warum brach das Feuer aus?") its forms (`_split_forms`). `why_verb` leaves the split
    verb out: "fällt ... schwer" ends in no particle, and is not read here either."""
    verb = why_verb(question, code)
    if verb is not None:
        return (verb,)
    found = _WHY["de"].search(question) if code == "de" else None
    return _split_forms(found.group(1)) if found else ()


_WHEN_DE = re.compile(r"\bwann\s+(.+)", re.IGNORECASE)


def when_split_acts(question: str, code: str) -> tuple[str, ...]:
    """For a German "wann" question whose verb is split around its subject ("Wann trat Lee
    zurück?", "Wann stimmt der Landtag über das Gesetz ab?"), the forms that tell its act
    (`_split_forms`); none for other questions. A page telling none of them does not tell the
    act, so a date it gives is of something else ("ab dem Geburtsjahr 1966" for the vote)."""
    found = _WHEN_DE.search(question) if code == "de" else None
    return _split_forms(found.group(1)) if found else ()


def _split_forms(clause: str) -> tuple[str, ...]:
    """The forms of a German verb split around its subject, the particle last: the particle joined
    to the verb ("zurücktrat", "ausbrach"), the particle's noun form joined to it ("rücktrat",
    which shares its opening with "Rücktritt") and the verb alone ("trat ... zurück" told split
    again); none when the clause opens with an auxiliary or ends in no particle."""
    tokens = _WORD.findall(clause.replace("’", "'").split(",")[0])
    if len(tokens) < 3 or tokens[0].lower() in _AUXILIARIES["de"] or not tokens[0][:1].islower():
        return ()
    finite, particle = tokens[0].lower(), tokens[-1]
    if particle not in _SEPARABLE_PARTICLES or finite in _LIGHT_VERBS["de"]:  # "das Fort" is a noun
        return ()
    return (*(form + finite for form in _SEPARABLE_PARTICLES[particle]), finite)


_COUNT_DONE_TO = {
    "fr": re.compile(r"^\W*(?:et )?combien d(?:e |')\w+(?: \w+)? (?:ont|a|avaient|avait) été (\w+)\b", re.IGNORECASE),
    "es": re.compile(r"^\W*(?:y )?cu[aá]nt[oa]s \w+(?: \w+)? (?:fueron|han sido|habían sido|serán) (\w+)\b", re.IGNORECASE),
}
"""A French or Spanish "how many X were <done>" ("Combien de policiers ont été envoyés sur place ?",
"¿Cuántos heridos fueron trasladados?"): the participle after the passive's auxiliary is the act
counted."""


def count_acts(question: str, code: str) -> tuple[str, ...]:
    """The participle of a French or Spanish "how many X were <done>" question (`_COUNT_DONE_TO`), or
    none. A page that never tells that act counts the things for something else: "Deux policiers
    ont été attaqués" does not say how many were sent."""
    pattern = _COUNT_DONE_TO.get(code)
    found = pattern.search(question) if pattern else None
    return (found.group(1),) if found else ()

