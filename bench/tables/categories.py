"""Build the categories a "what X" question asks by: category noun -> the words that name one.

    NLTK_DATA=../shared/nltk_data python -m bench.tables.categories [--data DIR] [--omw DIR]

"What animal had he eaten?" is answered by "after eating a wild rabbit", "What illness did he
catch?" by "bubonic plague": the sentence never says "animal" or "illness", and one WordNet step
does not reach "rabbit" from "animal". Every WordNet hyponym of the category, however deep, does.

Which categories, and which of their senses, come from data, not from a list: SQuAD 1.1 train's
"what/which (kind of) X" questions (`kinds.asked_thing`). A sense of X is kept when the heads of at
least `MIN_SENSE_HITS` of X's answers are among its hyponyms ("instrument" keeps the musical sense
for "guitar" and "flute", and the device sense for "microscope"); X is kept when at least
`MIN_HITS` of its answers, and `MIN_RATE` of them, are. A category whose words are everywhere
("entity", "event", "person") would credit half the article: one with more than
`MAX_SENSES_BELOW` synsets below it, or whose words stand in more than `MAX_BASE_RATE` of SQuAD
train's sentences, or in its questions' answer sentences less than `MIN_LIFT` times as often as in
any sentence, is left out; so is a word in more than `MAX_WORD_RATE` of the sentences ("man").

A word names one of a category when, by SemCor's counts, most uses of it as a noun are in senses
below a kept sense (WordNet's first `WORD_SENSES` senses for a noun SemCor lacks), and its stem
stands mostly for such words (the bot's stem joins "attendant" to "attend"). Jobs are one
exception the hyponyms cannot reach: "What was the victim's job?" is answered by "he worked as a chief physician", and a physician is a
person, not an occupation. So a category whose kept sense is an occupation (`OCCUPATIONS`) is also
named by the person nouns under the branches of `person.n.01` that SQuAD's answers to job
questions fall under (`MIN_BRANCH_HITS`: "physician" under "professional", "carpenter" under
"worker"); an answer to a job question that is a person counts as one of its answers.

Written to `bot/reader/data/categories_<code>.tsv.gz`: one category a line, its nouns' stems (the
bot's own, as `question_terms` makes them), a tab, the stems of the words that name one. With
`--omw` (a copy of GitHub `omwn/omw-data`, as for `bench/tables/omw.py`) the same categories are
written for German, French and Spanish from Open Multilingual Wordnet lemmas of the same synsets,
each lemma through its three commonest synsets. WordNet 3.0 is Princeton's, SQuAD CC BY-SA 4.0,
the OMW lemmas as in `bench/tables/omw.py` (README.md).
"""

from __future__ import annotations

import argparse
import gzip
import json
import re
from collections import Counter, defaultdict
from collections.abc import Iterable
from functools import lru_cache
from pathlib import Path

from bench.tables.omw import SOURCES, english_synsets, read_lemmas
from bench.tables.wordnet import _stem
from bot.reader.answer.categories import asked_category_noun
from bot.reader.answer.terms import question_terms
from bot.reader.text.language import language_for

REPO = Path(__file__).resolve().parents[2]
DEFAULT_DATA = REPO.parent / "shared" / "bench" / "data"
DATA = REPO / "bot" / "reader" / "data"
MIN_QUESTIONS = 4
"""A category noun asked fewer times than this in SQuAD train says too little about itself."""
MIN_HITS = 3
MIN_RATE = 0.3
MIN_SENSE_HITS = 2
MAX_BASE_RATE = 0.2
"""The largest share of SQuAD train's sentences that may hold a word of the category."""
MIN_LIFT = 4.0
"""How many times likelier a word of the category must be in the sentences answering its
questions than in any sentence: less, and holding one says little about answering."""
MAX_WORD_RATE = 0.005
"""The largest share of those sentences one word of a category may stand in: "man" is a worker
and "English" a language, but they are in too many sentences to say that one answers."""
MAX_SENSES_BELOW = 10000
"""A category with more synsets below it than this ("entity", "event") is too broad to count."""
WORD_SENSES = 2
OMW_SENSES = 3
OCCUPATIONS = frozenset({"occupation.n.01", "profession.n.02", "career.n.01", "job.n.02"})
"""Senses naming a job, which a person noun answers ("physician")."""
MIN_BRANCH_HITS = 5
"""Answers to job questions a branch of persons needs to count as jobs ("worker", "scientist")."""
PERSON, ADULT = "person.n.01", "adult.n.01"
BASE_SAMPLE = 20000
"""Sentences of SQuAD train the base rate is counted on."""


def _head_synsets(answer: str):
    """The commonest noun senses of the answer as a whole ("scarlet fever") and of its last word."""
    from nltk.corpus import wordnet as wn

    tokens = re.findall(r"[A-Za-z][A-Za-z'-]*", answer)
    found = []
    for candidate in ({"_".join(tokens), tokens[-1]} if tokens else ()):
        lemma = wn.morphy(candidate.lower(), wn.NOUN) or candidate
        found += wn.synsets(lemma, wn.NOUN)[:WORD_SENSES]
    return found


@lru_cache(maxsize=None)
def _below(synset_name: str) -> frozenset[str]:
    """Every hyponym of a synset, however deep (instances, which are names, left out)."""
    from nltk.corpus import wordnet as wn

    return frozenset(s.name() for s in wn.synset(synset_name).closure(lambda s: s.hyponyms()))


def _branch(synset) -> str | None:
    """The hyponym of `person.n.01` a person synset falls under, or None for no person."""
    for path in synset.hypernym_paths():
        names = [s.name() for s in path]
        below = names[names.index(PERSON) + 1:] if PERSON in names else []
        if below[:1] == [ADULT]:
            below = below[1:]  # "physician" is an adult, as every professional is: "professional" says more
        if below:
            return below[0]
    return None


def questions(data: Path) -> dict[str, list[tuple[str, str]]]:
    """Category noun (WordNet's lemma) -> the answers of SQuAD train's "what/which X" questions,
    each with the sentence holding it."""
    from nltk.corpus import wordnet as wn

    asked: dict[str, list[tuple[str, str]]] = defaultdict(list)
    with gzip.open(data / "qa-train" / "train.squad_v1.1.jsonl.gz", "rt", encoding="utf-8") as handle:
        for line in handle:
            row = json.loads(line)
            noun = asked_category_noun(row["question"], "en")
            lemma = wn.morphy(noun, wn.NOUN) if noun else None
            if lemma:
                asked[lemma].append((row["answer"], row["sentence"]))
    return asked


def choose(asked: dict[str, list[tuple[str, str]]]) -> dict[str, set[str]]:
    """Category noun -> the senses its answers show it has (before the base-rate check)."""
    from nltk.corpus import wordnet as wn

    chosen: dict[str, set[str]] = {}
    for noun, pairs in asked.items():
        answers = [answer for answer, _ in pairs]
        if len(answers) < MIN_QUESTIONS:
            continue
        heads = [{s.name() for s in _head_synsets(answer)} for answer in answers]
        persons = [{s.name() for s in _head_synsets(answer) if _branch(s)} for answer in answers]

        def answered(sense: str, k: int) -> bool:
            return bool(heads[k] & _below(sense)) or (sense in OCCUPATIONS and bool(persons[k]))

        senses = {
            sense.name() for sense in wn.synsets(noun, wn.NOUN)
            if sum(answered(sense.name(), k) for k in range(len(answers))) >= MIN_SENSE_HITS
        }
        hits = sum(any(answered(sense, k) for sense in senses) for k in range(len(answers)))
        if sum(len(_below(sense)) for sense in senses) > MAX_SENSES_BELOW:
            continue
        if hits >= MIN_HITS and hits >= MIN_RATE * len(answers):
            chosen[noun] = senses
    return chosen


def occupational_branches(asked: dict[str, list[tuple[str, str]]], chosen: dict[str, set[str]]) -> set[str]:
    """The branches under `person.n.01` that at least `MIN_BRANCH_HITS` answers to job questions
    fall under."""
    branches: Counter[str] = Counter()
    for noun, senses in chosen.items():
        if senses & OCCUPATIONS:
            for answer, _ in asked[noun]:
                branches.update({b for s in _head_synsets(answer) if (b := _branch(s))})
    return {branch for branch, count in branches.items() if count >= MIN_BRANCH_HITS}


def _count(name: str, synsets: Iterable[str] | None = None) -> int:
    """How often SemCor has the word (in the given synsets only, when given)."""
    from nltk.corpus import wordnet as wn

    return sum(
        lemma.count() for lemma in wn.lemmas(name)
        if synsets is None or lemma.synset().name() in synsets
    )


def _mostly_member(name: str, below: set[str]) -> bool:
    """Whether the word, as a noun, mostly names one of the category: at least half of SemCor's
    uses of its noun senses are in senses below the category (a "head" of cattle is rare). A noun
    SemCor never saw counts by WordNet's order of its senses: one of its `WORD_SENSES` first noun
    senses is below ("plague")."""
    from nltk.corpus import wordnet as wn

    nouns = {s.name() for s in wn.synsets(name, wn.NOUN)}
    total = _count(name, nouns)
    if total:
        return 2 * _count(name, nouns & below) >= total
    return any(s.name() in below for s in wn.synsets(name, wn.NOUN)[:WORD_SENSES])


def stems_mostly_members(found: set[str], stems: set[str]) -> set[str]:
    """The stems that stand mostly for the category's words: the bot's stem joins "attendant" to
    "attend" and "composer" to "compose", and a stem whose other words SemCor sees more often
    than the members ("resid", "account") would credit any sentence using them."""
    lowered = {name.lower() for name in found}
    inside: Counter[str] = Counter()
    outside: Counter[str] = Counter()
    for name, stem in _lemma_names_by_stem().items():
        if stem in stems:
            (inside if name in lowered else outside)[stem] += _count(name)
    return {stem for stem in stems if inside[stem] >= outside[stem]}


@lru_cache(maxsize=None)
def _lemma_names_by_stem() -> dict[str, str]:
    """Every single-word WordNet lemma -> its stem."""
    from nltk.corpus import wordnet as wn

    return {name: stem for name in wn.all_lemma_names() if (stem := _stem(name))}


def members(senses: set[str], branches: set[str]) -> set[str]:
    """The English lemmas naming one of the category: a common noun sense under a kept sense, or
    for a job, a person under one of the occupational branches."""
    from nltk.corpus import wordnet as wn

    below = set().union(*(_below(s) for s in senses))
    if senses & OCCUPATIONS:
        below |= set().union(*(_below(b) for b in branches))
    found = set()
    for name in {lemma.name() for s in below for lemma in wn.synset(s).lemmas()}:
        if _mostly_member(name, below):
            found.add(name)
    return found


def _stems(names: Iterable[str]) -> set[str]:
    return {stem for name in names if (stem := _stem(name))}


def sample_sentences(data: Path) -> list[set[str]]:
    """The stems of the first `BASE_SAMPLE` sentences of SQuAD train's paragraphs."""
    language = language_for("en")
    sentences: list[set[str]] = []
    with gzip.open(data / "qa-train" / "train.squad_v1.1_paragraphs.jsonl.gz", "rt", encoding="utf-8") as handle:
        for line in handle:
            row = json.loads(line)
            for start, end in row["sentence_spans"]:
                sentences.append(set(question_terms(language, row["context"][start:end])))
            if len(sentences) >= BASE_SAMPLE:
                break
    return sentences


def common_words(sentences: list[set[str]]) -> set[str]:
    """Stems standing in more than `MAX_WORD_RATE` of the sentences."""
    counts = Counter(stem for sentence in sentences for stem in sentence)
    return {stem for stem, count in counts.items() if count > MAX_WORD_RATE * len(sentences)}


def base_rates(sentences: list[set[str]], categories: dict[str, set[str]]) -> dict[str, float]:
    """Category -> the share of the sentences holding one of its stems."""
    return {noun: sum(bool(s & stems) for s in sentences) / len(sentences) for noun, stems in categories.items()}


def write(rows: dict[str, tuple[set[str], set[str]]], out: Path) -> None:
    """One line a category: its nouns' stems, a tab, its members' stems."""
    lines = [
        " ".join(sorted(keys)) + "\t" + " ".join(sorted(found - keys))
        for keys, found in sorted(rows.values(), key=lambda row: sorted(row[0])) if keys and found - keys
    ]
    with gzip.open(out, "wt", encoding="utf-8", compresslevel=9) as handle:
        handle.write("\n".join(lines) + "\n")
    print(f"{out.name}: {len(lines)} categories, {sum(len(l.split()) for l in lines)} stems ({out.stat().st_size / 1e3:.0f} kB)")


def other_languages(omw: Path, kept: dict[str, set[str]], branches: set[str], common: set[str]) -> None:
    """The same categories in German, French and Spanish, from OMW lemmas of the same synsets."""
    from nltk.corpus import wordnet as wn

    for code, files in SOURCES.items():
        language = language_for(code)
        lemmas = read_lemmas(omw, files)
        english = english_synsets(lemmas)
        frequency = {sid: sum(lemma.count() for lemma in s.lemmas()) for sid, s in english.items()}
        senses: dict[str, list[str]] = defaultdict(list)
        for sid in english:
            for lemma in lemmas[sid]:
                senses[lemma].append(sid)
        commonest = {
            lemma: {english[sid].name() for sid in sorted(ids, key=lambda x: -frequency[x])[:OMW_SENSES]}
            for lemma, ids in senses.items()
        }

        def stem(word: str) -> str | None:
            terms = question_terms(language, word)
            return terms[0] if len(terms) == 1 and word.replace("-", "").isalpha() else None

        rows = {}
        for noun, synsets in kept.items():
            below = set().union(*(_below(s) for s in synsets))
            if synsets & OCCUPATIONS:
                below |= set().union(*(_below(b) for b in branches))
            # A synset one of whose English words is too common ("man") is too common in any language.
            below = {s for s in below if not _stems(l.name() for l in wn.synset(s).lemmas()) & common}
            keys = {s for lemma, names in commonest.items() if names & synsets if (s := stem(lemma))}
            found = {s for lemma, names in commonest.items() if names & below if (s := stem(lemma))}
            rows[noun] = (keys, found)
        write(rows, DATA / f"categories_{code}.tsv.gz")


def main(argv: list[str] | None = None) -> None:
    from nltk.corpus import wordnet as wn

    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--data", type=Path, default=DEFAULT_DATA)
    parser.add_argument("--omw", type=Path, help="a copy of the omwn/omw-data repository, for de, fr, es")
    args = parser.parse_args(argv)
    asked = questions(args.data)
    chosen = choose(asked)
    branches = occupational_branches(asked, chosen)
    sentences = sample_sentences(args.data)
    common = common_words(sentences)
    found = {}
    for noun, senses in chosen.items():
        names = members(senses, branches)
        found[noun] = stems_mostly_members(names, _stems(names) - common)
    rates = base_rates(sentences, found)
    language = language_for("en")
    answering = {
        noun: base_rates([set(question_terms(language, sentence)) for _, sentence in asked[noun]], {noun: found[noun]})[noun]
        for noun in chosen
    }
    kept = {
        noun: chosen[noun] for noun in chosen
        if rates[noun] <= MAX_BASE_RATE and answering[noun] >= MIN_LIFT * rates[noun]
    }
    for noun in sorted(chosen, key=lambda n: rates[n]):
        print(
            f"{'kept' if noun in kept else 'broad':6}{noun:16}{len(asked[noun]):5}{rates[noun]:7.3f}"
            f"{answering[noun]:7.3f}  {sorted(chosen[noun])}"
        )
    print("occupational branches:", sorted(branches))
    rows = {}
    for noun, synsets in kept.items():
        keys = {noun} | {
            lemma.name() for s in synsets for lemma in wn.synset(s).lemmas()
            if wn.synsets(lemma.name(), wn.NOUN)[:1] == [wn.synset(s)]
        }
        rows[noun] = (_stems(keys), found[noun])
    write(rows, DATA / "categories_en.tsv.gz")
    if args.omw:
        other_languages(args.omw, kept, branches, common)


if __name__ == "__main__":
    main()
