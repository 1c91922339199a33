"""Build the English reporting-verb table from WordNet 3.0: every form of the verbs that report speech.

    NLTK_DATA=../shared/nltk_data python -m bench.tables.speech_verbs

A hand list of reporting verbs misses the one a new text uses (`“…,” he assures himself`), so the
attribution rules (`bot/reader/quotes/lexicon.py`) read this table beside it. A verb is kept when its
commonest sense is in WordNet's `verb.communication` lexicographer file and one of its communication
senses takes a clause (frame 26, `Somebody ----s that CLAUSE`): `assure`, `concede`, `quip`, not
`make` or `show`, whose commonest senses are not speech. Verbs in `NOT_REPORTING` pass that test yet
are mostly other words in news text (`will`, `mind`, `file`, `sign`, `point`, `record`, `order`): left
out, and so is a present form that is also a noun (`state`, `report`, `comments`: `the state, Noem
said`, `the police report said`); the past forms (`reported`, `commented`) stay. Each verb is written with its third person, past and participle, the irregular ones from
WordNet's exception list (`swore`, `told`), the rest by rule (`quipped` from the exception list too,
where WordNet doubles a consonant). Written to `bot/reader/data/speech_verbs_en.txt`, one form a line.
WordNet 3.0 is Princeton's (a BSD-like licence; notice in README.md).
"""

from __future__ import annotations

from pathlib import Path

OUT = Path(__file__).resolve().parents[2] / "bot" / "reader" / "data" / "speech_verbs_en.txt"
CLAUSE_FRAME = 26
NOT_REPORTING = frozenset("""will mind count file point sign record order ignore disregard designate evidence
teach pretend feign snub dissemble suppose suspect exact predestine denote connote signify notify advertise
publicise publicize bulletin cable heliograph telegraph petition pray request question instruct apprise
apprize defend bet hazard lilt pipe plain swan bark crow cry gasconade siss sizz sibilate wish iterate
augur bitch beef kvetch quetch repugn oppugn moot""".split())


def verbs() -> set[str]:
    from nltk.corpus import wordnet as wn

    kept = set()
    for synset in wn.all_synsets("v"):
        if synset.lexname() != "verb.communication":
            continue
        for lemma in synset.lemmas():
            name = lemma.name()
            if "_" in name or name in NOT_REPORTING:
                continue
            if CLAUSE_FRAME not in lemma.frame_ids() + synset.frame_ids():
                continue
            if wn.synsets(name, "v")[0].lexname() == "verb.communication":
                kept.add(name)
    return kept


def forms(verb: str, irregular: dict[str, set[str]]) -> set[str]:
    """The verb, its third person singular, and its past (irregular from WordNet, else by rule)."""
    if verb.endswith(("s", "sh", "ch", "x", "z")):
        third = verb + "es"
    elif verb.endswith("y") and verb[-2:-1] not in "aeiou":
        third = verb[:-1] + "ies"
    else:
        third = verb + "s"
    made = {verb, third}
    if verb in irregular:
        return made | irregular[verb]
    if verb.endswith("e"):
        return made | {verb + "d"}
    if verb.endswith("y") and verb[-2:-1] not in "aeiou":
        return made | {verb[:-1] + "ied"}
    return made | {verb + "ed"}


def is_noun(form: str) -> bool:
    """Whether `form` is a noun or a noun's plural in WordNet of the same spelling as the verb."""
    from nltk.corpus import wordnet as wn

    base = wn.morphy(form, "n")
    return base is not None and base == wn.morphy(form, "v")


def main() -> None:
    from nltk.corpus import wordnet as wn

    kept = verbs()
    irregular: dict[str, set[str]] = {}
    for form, lemmas in wn._exception_map["v"].items():
        for lemma in lemmas:
            if lemma in kept and not form.endswith("s"):
                irregular.setdefault(lemma, set()).add(form)
    lines = sorted({form for verb in kept for form in forms(verb, irregular) if form.endswith("ed") or not is_noun(form)})
    OUT.write_text("".join(f"{form}\n" for form in lines), encoding="utf-8")
    print(f"{len(kept)} verbs, {len(lines)} forms -> {OUT}")


if __name__ == "__main__":
    main()
