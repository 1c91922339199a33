"""Build the French, Spanish and German reporting-verb tables from Open Multilingual Wordnet data.

    NLTK_DATA=../shared/nltk_data python -m bench.tables.speech_verbs_omw --omw DIR

The hand lists of reporting verbs in `bot/reader/quotes/lexicon.py` miss the verb a new page uses
(`« … », jure Daniel Hagari`, `así lo compartió su hija`, `“…”, avaló el ministro`), and a quotation
whose verb no list holds is given to whoever was named last. This table is read beside them, as the
English one (`bench/tables/speech_verbs.py`) is. `DIR` is a copy of `omwn/omw-data` (the files
`bench/tables/omw.py` reads: WOLF and Wiktionary for French, Wiktionary for Spanish and German).

A verb is kept when it is written as one (`-er`, `-ir`, `-re`; `-ar`, `-er`, `-ir`; `-en`, `-ern`,
`-eln`), at least half of its senses are WordNet speech senses (`verb.communication`, taking a
clause, with an English lemma the English table keeps) and it is not in `NOT_REPORTING` (verbs that
pass yet are mostly other words in news text, as the English table leaves out `will` and `file`).
Its forms are made by rule: the third person of the present, the past (passé simple and imperfect,
pretérito and imperfecto, Präteritum), the participles; an irregular verb gets some wrong forms,
which no text writes. A form that is also a noun of the language's wordnet (`queja`, `abogado`) or
a stop word is left out. Written to `bot/reader/data/speech_verbs_<code>.txt`, one form a line.
"""

from __future__ import annotations

import argparse
import re
from collections import defaultdict
from pathlib import Path

from bench.tables.omw import SOURCES, english_synsets, read_lemmas
from bench.tables.speech_verbs import CLAUSE_FRAME, verbs as english_verbs
from bot.reader.text.language import language_for

OUT = Path(__file__).resolve().parents[2] / "bot" / "reader" / "data"
NOT_REPORTING: dict[str, frozenset[str]] = {
    "fr": frozenset("connoter notifier racoler renseigner cautionner opiner perroquet".split()),
    "es": frozenset("""connotar deliberar digamos evidenciar imponer presumir repercutir requerir notificar
        mascujar sisear""".split()),
    "de": frozenset("""abwägen anweisen aufdecken benachrichtigen beraten deklarieren designieren entblößen erkennen
        erwägen explizieren grunzen hallen heulen jaulen konnotieren kreischen quengeln signieren stöhnen
        überlegen verallgemeinern vereinbaren widerhallen zurückwerfen ächzen zustimmen""".split()),
}
"""Verbs that pass the test yet mostly mean something else in news text (`erkennen`, recognise;
`imponer`, impose), or are never used to report words (`connoter`)."""
INFINITIVES = {"fr": ("er", "ir", "re"), "es": ("ar", "er", "ir", "arse", "erse", "irse"), "de": ("en", "ern", "eln")}
_DE_INSEPARABLE = ("be", "emp", "ent", "er", "ge", "miss", "ver", "zer")
_DE_SEPARABLE = ("ab", "an", "auf", "aus", "bei", "ein", "fest", "mit", "nach", "vor", "weg", "wider", "wieder", "zu",
                 "zurück", "zusammen")


def reporting_verbs(code: str, lemmas: dict[str, set[str]]) -> set[str]:
    """The language's infinitives whose senses are mostly reporting ones."""
    english = english_verbs()
    synsets = english_synsets(s for s in lemmas if s.endswith("-v"))
    senses: dict[str, list] = defaultdict(list)
    for synset_id, synset in synsets.items():
        for lemma in lemmas[synset_id]:
            senses[lemma].append(synset)
    kept = set()
    for lemma, found in senses.items():
        if not lemma.isalpha() or not lemma.islower() or not lemma.endswith(INFINITIVES[code]):
            continue
        speech = [s for s in found if s.lexname() == "verb.communication"
                  and (CLAUSE_FRAME in s.frame_ids() or any(CLAUSE_FRAME in x.frame_ids() for x in s.lemmas()))
                  and any(x.name() in english for x in s.lemmas())]
        if speech and 2 * len(speech) >= len(found) and lemma not in NOT_REPORTING[code]:
            kept.add(lemma)
    return kept


def forms(code: str, verb: str, infinitives: set[str]) -> set[str]:
    """The forms a report writes the verb in, by rule; `infinitives` are all the language's verbs."""
    if code == "fr":
        stem = verb[:-2]
        if verb.endswith("er"):
            soft = stem + "e" if stem.endswith("g") else stem[:-1] + "ç" if stem.endswith("c") else stem
            present = re.sub(r"é(?=[^aeiouyéè]+$)", "è", stem)  # `répéter`: `répète`
            return {present + "e", stem + "é", soft + "a", soft + "ait", soft + "ant"}
        if verb.endswith("ir"):
            return {stem + "it", stem + "i", stem + "issait", stem + "issant"}
        # `prétendre`: `prétend`, `prétendu`; other verbs in -re (`dire`, `joindre`) are irregular
        return {stem, stem + "u", stem + "ait", stem + "ant"} if verb.endswith("dre") and not verb.endswith("ndre") \
            or verb.endswith(("endre", "ondre")) else set()
    if code == "es":
        verb = verb.removesuffix("se")
        stem = verb[:-2]
        if verb.endswith("ar"):
            return {stem + "a", stem + "ó", stem + "aba", stem + "ado", stem + "ando"}
        return {stem + "e", stem + "ió", stem + "ía", stem + "ido", stem + "iendo"}
    # `feststellen`: a particle before a verb of its own, which a finite form sets apart (`stellte … fest`),
    # so only its participle (`festgestellt`) is one word; `antworten` has no such particle
    prefix = next((p for p in _DE_SEPARABLE if verb.startswith(p) and verb[len(p):] in infinitives), "")
    stem = verb[len(prefix):-1] if verb.endswith(("ern", "eln")) else verb[len(prefix):-2]
    joint = "e" if stem.endswith(("d", "t")) else ""
    inseparable = stem.startswith(_DE_INSEPARABLE) or stem.endswith("ier")
    participle = prefix + ("" if inseparable else "ge") + stem + joint + "t"
    return {participle} if prefix else {stem + joint + "t", stem + joint + "te", participle}


def nouns(lemmas: dict[str, set[str]]) -> set[str]:
    """The language's noun lemmas and their plurals in lower case (`queja`, `quejas`)."""
    found = {lemma.lower() for synset_id, names in lemmas.items() if synset_id.endswith("-n") for lemma in names}
    return found | {noun + "s" for noun in found}


def main(argv: list[str] | None = None) -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--omw", type=Path, required=True, help="a copy of the omwn/omw-data repository")
    args = parser.parse_args(argv)
    for code, files in SOURCES.items():
        lemmas = read_lemmas(args.omw, files)
        left_out = nouns(lemmas) | language_for(code).stop_words
        kept = reporting_verbs(code, lemmas)
        infinitives = {lemma for synset_id, names in lemmas.items() if synset_id.endswith("-v") for lemma in names}
        lines = sorted({form for verb in kept for form in forms(code, verb, infinitives)} - left_out)
        out = OUT / f"speech_verbs_{code}.txt"
        out.write_text("".join(f"{form}\n" for form in lines), encoding="utf-8")
        print(f"{code}: {len(kept)} verbs, {len(lines)} forms -> {out.name}")


if __name__ == "__main__":
    main()
