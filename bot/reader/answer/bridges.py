"""Bridges: words a reader may use for the article's words, each with a weight below an exact match.

A question in the reader's own words ("how much did the retailer earn") shares few stems with the
sentence that answers it ("the company made $12.9bn"). A bridge table maps a question stem to
sentence stems that stand for it, weight 1 for a synonym or derived form and less for looser
links. The tables are built offline (`bench/tables/`) into `bot/reader/data/` and read here once,
lazily, per language:

- `bridges_en_wordnet.tsv.gz`: WordNet 3.0 synonyms, derived forms, one hypernym step, a noun's
  group or its members; also its multiword verbs ("kick_off", see `phrasal.py`), on their own lines;
- `bridges_en_squad.tsv.gz`: associations learned from SQuAD 1.1 training questions and the
  sentences that answer them;
- `bridges_en_ppdb.tsv.gz`: paraphrases from PPDB 1.0 ("screen" / "display", "lamp" / "light"),
  looser than WordNet's, read only for a question word the article lacks (`LOOSE_TABLES`);
- `bridges_{de,fr,es}_omw.tsv.gz`: the same WordNet relations between German, French and Spanish
  lemmas, from Open Multilingual Wordnet data (`bench/tables/omw.py`);
- `bridges_{de,es}_thesaurus.tsv.gz`: German and Spanish synonyms from the OpenThesaurus projects
  (`bench/tables/thesaurus.py`), which the Wiktionary-based wordnet lemmas lack;
- `bridges_fr_mythes.tsv.gz`: French synonyms from the myThes thesaurus that the wordnet table, a
  word family or two other entries confirm (`bench/tables/agreement.py`); read as a loose table
  (`LOOSE_TABLES`);
- `bridges_{es,fr}_derived.tsv.gz`: a noun and its verb where the stemmer parts them ("ataque" /
  "atacar", "detención" / "detener", "production" / "produire"; `bench/tables/derivations.py`);
- `roles.tsv`, hand-written: "who runs / heads / dirige / leitet X" and the titles an article
  names that person by ("CEO Craig Menear", "le PDG", "Vorstandschef"), which no wordnet joins
  to those verbs in one step;
- `demonyms.tsv`, hand-written: a French or Spanish country and its adjectives, both ways ("Polonia"
  and "el primer ministro polaco"), whose stems differ ("poloni", "polac") and no table joins;
- `capitals.tsv`, hand-written: a French or Spanish country and the capital or palace the news
  names its government by ("Pékin", "el Kremlin"), joined to the country and its adjectives;
- `synonyms.tsv`, hand-written: groups of words news uses for one thing that no table joins
  ("staff" / "employees", "frontier" / "border", "salariés" / "personnel", "plantilla" /
  "trabajadores"), each word of a group joined to the others both ways;
- `directions.tsv`, hand-written: the words for a figure going up ("rose", "higher", "gain", "Plus",
  "hausse", "alza"), and those for one going down, each joined to the others of its direction
  both ways, a little below a synonym;
- `saying.tsv`, hand-written: the verbs of saying a reader swaps freely ("say", "tell", "speak";
 English only), joined to one another both ways, a little below a synonym.

Other languages get `NO_BRIDGES`. French, which has no thesaurus among its tables, reads them both
ways (`BOTH_WAYS`).
"""

from __future__ import annotations

import gzip
from collections.abc import Iterator, Mapping
from functools import lru_cache
from pathlib import Path

from bot.reader.text.language import fold, language_for

DATA = Path(__file__).resolve().parent.parent / "data"
ROLES = DATA / "roles.tsv"
DEMONYMS = DATA / "demonyms.tsv"
CAPITALS = DATA / "capitals.tsv"
SYNONYMS = DATA / "synonyms.tsv"
DIRECTIONS = DATA / "directions.tsv"
SAYING = DATA / "saying.tsv"
MIN_CUT_STEM = 5
"""The shortest stem `Bridges.near` looks up for an inflected form: shorter ones join unrelated words."""
ROLE_WEIGHT = 0.8
"""Weight of a bridge from a verb of leading to a title: a title names the leader, not the act."""
DIRECTION_WEIGHT = 0.8
"""Weight of a bridge between two words of one direction of change: "gained 2%" answers "How much
did it rise?", but "a gain" is also a profit and "lower" a place."""
SAYING_WEIGHT = 0.8
"""How strongly one verb of saying stands for another (`saying.tsv`): below a synonym, since "claim" or
"explain" says more than "say"."""
CAPITAL_WEIGHT = 0.8
"""Weight of a bridge between a country and its capital: the city stands for the government in the
news ("Pékin a appelé"), but is a place of its own when the question asks where."""
TABLES: dict[str, tuple[str, ...]] = {
    "en": ("bridges_en_wordnet.tsv.gz", "bridges_en_squad.tsv.gz"),
    "de": ("bridges_de_omw.tsv.gz", "bridges_de_thesaurus.tsv.gz"),
    "fr": ("bridges_fr_omw.tsv.gz", "bridges_fr_derived.tsv.gz"),
    "es": ("bridges_es_omw.tsv.gz", "bridges_es_thesaurus.tsv.gz", "bridges_es_derived.tsv.gz"),
}
LOOSE_TABLES: dict[str, tuple[str, ...]] = {"en": ("bridges_en_ppdb.tsv.gz",), "fr": ("bridges_fr_mythes.tsv.gz",)}
"""Tables of looser links (`loose_bridges_for`), read apart from `TABLES` and only for a question word
the article never uses (`AnswerIndex.links`): PPDB's paraphrases (`bench/tables/ppdb.py`), which
join "screen" to "display", "completed" to "final", "disappear" to "missing". Read for every word,
as `TABLES` are, they also joined words the article does use to its other words ("vehicle" ->
"car", "job" -> "work", "scientist" -> "researcher") and drew the answer away from the sentence
holding the reader's own word (reworded dev: as many right answers lost as won, and five fewer
questions the article cannot answer declined; bench/HISTORY.md). The French myThes thesaurus
(`bench/tables/agreement.py`: "argent" -> "fonds", "acheter" -> "acquérir") is read so for the
same reason: among `TABLES` it lost French questions of the reworded set (dev 34 misses -> 35 to
40, by the weights tried); read loosely, 2 won and none lost (2026-12-02, thes32)."""
BOTH_WAYS = frozenset({"fr"})
"""Languages whose table is also read backwards: a line links a stem to its related stems, and
Open Multilingual Wordnet's French lemmas give many links one way only ("baptiser" -> "appeler", so
"Comment s'appelle la nouvelle série ?" never met "baptisée « Europe »"; "urne" and "bulletin" ->
"voter"). German and Spanish add a thesaurus whose links run both ways; French has none (reworded
dev, French: 5 more questions right at top-1 and none lost; German and Spanish read backwards each
gained one and lost a decline). Backwards the links are looser too ("fermer" gains "agriculteur"
through "farm out"), and only the reworded set has tried them."""


class Bridges:
    """Stem -> the stems that may stand for it in a sentence, with weights in 0..1.

    A table's line (`other:weight ...`) is parsed the first time its stem is looked up, so
    loading reads only the lines and a question pays for the few stems it has.
    """

    def __init__(self, related: Mapping[str, tuple[tuple[str, float], ...] | str]) -> None:
        self._related = dict(related)

    def of(self, stem: str) -> tuple[tuple[str, float], ...]:
        found = self._related.get(stem, ())
        if isinstance(found, str):
            weights: dict[str, float] = {}
            for pair in found.split():
                other, _, weight = pair.rpartition(":")
                weights[other] = max(weights.get(other, 0.0), float(weight))
            found = self._related[stem] = tuple(weights.items())
        return found

    def knows(self, stem: str) -> bool:
        """Whether the stem has a line: a multiword verb ("kick_off") is read as one term only then."""
        return stem in self._related

    def near(self, stem: str) -> tuple[tuple[str, float], ...]:
        """The stem's bridges or, for a form the table lacks, those of the stem cut by one or two
        letters: tables are built from dictionary forms, and "falleció" stems to "falleci" where
        "fallecer" gives "fallec"."""
        found = self.of(stem)
        for cut in (1, 2):
            if found or len(stem) - cut < MIN_CUT_STEM:
                break
            found = self.of(stem[:-cut])
        return found

    def __len__(self) -> int:
        return len(self._related)


NO_BRIDGES = Bridges({})


def read_table(path: Path, into: dict[str, str]) -> None:
    """Add one table's `stem<TAB>other:weight ...` lines, unparsed, joined to what is there."""
    with gzip.open(path, "rt", encoding="utf-8") as handle:
        for line in handle:
            stem, _, rest = line.rstrip("\n").partition("\t")
            into[stem] = f"{into[stem]} {rest}" if stem in into else rest


@lru_cache(maxsize=None)
def bridges_for(code: str) -> Bridges:
    """The language's bridges, read once on first use; `NO_BRIDGES` for a language without tables."""
    names = TABLES.get(code)
    if not names:
        return NO_BRIDGES
    lines = read_tables(names)
    if code in BOTH_WAYS:
        add_backward(lines)
    read_roles(code, lines)
    read_demonyms(code, lines)
    read_capitals(code, lines)
    read_synonyms(code, lines)
    read_directions(code, lines)
    read_saying(code, lines)
    return Bridges(lines)


@lru_cache(maxsize=None)
def loose_bridges_for(code: str) -> Bridges:
    """The language's `LOOSE_TABLES` links, read once on first use; `NO_BRIDGES` for a language without."""
    names = LOOSE_TABLES.get(code)
    return Bridges(read_tables(names)) if names else NO_BRIDGES


def read_tables(names: tuple[str, ...]) -> dict[str, str]:
    """The named tables' lines, unparsed, those of one stem joined; a table not built is skipped."""
    lines: dict[str, str] = {}
    for name in names:
        if (DATA / name).exists():
            read_table(DATA / name, lines)
    return lines


BACKWARD_WEIGHT = 1.0
"""The weakest link read backwards: a synonym or a derived form. A looser one back from a kind to its
kinds ("personne" from a hundred nouns for people at 0.5) joins too much."""


def add_backward(lines: dict[str, str]) -> None:
    """Give every linked stem a link back to the stem that links it, with the same weight, where
    its own line lacks one (`Bridges.of` keeps the stronger of two links to the same stem)."""
    backward: dict[str, list[str]] = {}
    for stem, rest in lines.items():
        for pair in rest.split():
            other, _, weight = pair.rpartition(":")
            if float(weight) >= BACKWARD_WEIGHT:
                backward.setdefault(other, []).append(f"{stem}:{weight}")
    for other, pairs in backward.items():
        joined = " ".join(pairs)
        lines[other] = f"{lines[other]} {joined}" if other in lines else joined


def _roles(code: str) -> Iterator[tuple[list[str], list[str]]]:
    """The lines of `roles.tsv` for a language: the words of leading, the titles, as written."""
    for asked, named in _hand_written(ROLES, code):
        yield asked.split(), named.split()


@lru_cache(maxsize=None)
def titles_for(code: str) -> dict[str, frozenset[str]]:
    """From `roles.tsv`: the stem of a verb or noun of leading ("runs", "dirige") -> the stems of
    the titles that name a leader in this language ("ceo", "pdg")."""
    language = language_for(code)

    def stem(word: str) -> str:
        return language.stem(fold(word))

    titles: dict[str, frozenset[str]] = {}
    for asked, named in _roles(code):
        stems = frozenset(stem(title) for title in named)
        for word in asked:
            titles[stem(word)] = titles.get(stem(word), frozenset()) | stems
    return titles


@lru_cache(maxsize=None)
def title_words(code: str) -> frozenset[str]:
    """The titles of `roles.tsv` as written, lower case. Their stems alone also join words that name
    no one: "manager" and "management", "president" and "presidency" share a stem."""
    return frozenset(title for _, named in _roles(code) for title in named)


def read_roles(code: str, into: dict[str, str]) -> None:
    """Add the language's leader titles as bridges from the words of leading."""
    for asked, titles in titles_for(code).items():
        targets = " ".join(f"{title}:{ROLE_WEIGHT}" for title in sorted(titles))
        into[asked] = f"{into[asked]} {targets}" if asked in into else targets


def _hand_written(path: Path, code: str) -> Iterator[list[str]]:
    """The fields after the language of a hand-written table's lines for a language."""
    for line in path.read_text(encoding="utf-8").splitlines():
        if line.startswith("#") or not line.strip():
            continue
        language_code, *fields = line.split("\t")
        if language_code == code:
            yield fields


def _join_both_ways(into: dict[str, str], stem: str, other: str) -> None:
    """Link two stems both ways at full weight."""
    into[stem] = f"{into[stem]} {other}:1.0" if stem in into else f"{other}:1.0"
    into[other] = f"{into[other]} {stem}:1.0" if other in into else f"{stem}:1.0"


def read_demonyms(code: str, into: dict[str, str]) -> None:
    """Add `demonyms.tsv`'s links for a language, both ways at full weight: a country's one stem and
    the stems of its adjectives ("poloni" and "polac")."""
    language = language_for(code)
    for country, adjectives in _hand_written(DEMONYMS, code):
        place = language.stem(fold(country.lower()))
        for stem in {language.stem(fold(word)) for word in adjectives.split()} - {place}:
            _join_both_ways(into, place, stem)


def read_capitals(code: str, into: dict[str, str]) -> None:
    """Add `capitals.tsv`'s links for a language, both ways at `CAPITAL_WEIGHT`: a capital's stem and
    its country's, and the country's adjectives from `demonyms.tsv` ("Pékin" and "chinois")."""
    language = language_for(code)
    adjectives = {country: listed for country, listed in _hand_written(DEMONYMS, code)}
    for country, seats in _hand_written(CAPITALS, code):
        people = {language.stem(fold(word)) for word in adjectives.get(country, "").split()}
        others = {language.stem(fold(country.lower()))} | people
        for seat in {language.stem(fold(word.lower())) for word in seats.split()} - others:
            for stem in others:
                _add(into, seat, f"{stem}:{CAPITAL_WEIGHT}")
                _add(into, stem, f"{seat}:{CAPITAL_WEIGHT}")


def read_synonyms(code: str, into: dict[str, str]) -> None:
    """Add `synonyms.tsv`'s groups for a language: every stem of a group joined to every other, both
    ways at full weight. "How many UNRWA employees were sacked?" met only "fired nine UNRWA staff
    members", and "How long is Finland's frontier with Russia?" only "shares a 833-mile border":
    WordNet puts staff under "force" and frontier under "boundary", never beside the other word."""
    _join_groups(code, SYNONYMS, 1.0, into)


def read_directions(code: str, into: dict[str, str]) -> None:
    """Add `directions.tsv`'s two groups for a language, every stem of a group joined to every other
    both ways at `DIRECTION_WEIGHT`. "How many Dow companies were heading for a gain?" met "13 are
    set to close higher", "Wie viel verlor die Aktie?" "gab um mehr als 2% nach", "Wie viel gewann
    der Dollar?" "ein Plus von 1,3%": no wordnet joins those words."""
    _join_groups(code, DIRECTIONS, DIRECTION_WEIGHT, into)


def read_saying(code: str, into: dict[str, str]) -> None:
    """Add `saying.tsv`'s group for a language, every stem of it joined to every other both ways at
    `SAYING_WEIGHT`. "Who spoke for Blue Origin?" met "said Brent Sherwood, vice president … at Blue
    Origin" only in its name, and was declined as a question the article answers with its names alone."""
    _join_groups(code, SAYING, SAYING_WEIGHT, into)


def _join_groups(code: str, path: Path, weight: float, into: dict[str, str]) -> None:
    """Join every stem of each of a hand-written table's groups for a language (a line's first word
    and the others after it) to every other, both ways."""
    language = language_for(code)
    for first, others in _hand_written(path, code):
        stems = {language.stem(fold(word.lower())) for word in (first, *others.split())}
        for stem in stems:
            targets = " ".join(f"{other}:{weight}" for other in sorted(stems - {stem}))
            if targets:
                _add(into, stem, targets)


def _add(into: dict[str, str], stem: str, targets: str) -> None:
    """Add links to a stem's line. A stem with no line of its own starts from the line of its form
    cut by one or two letters, which `Bridges.near` would have read for it: a new line for
    "falleci" ("falleció") must not hide the thesaurus's "fallec" -> "perec"."""
    if stem not in into:
        cut = next((stem[:-n] for n in (1, 2) if len(stem) - n >= MIN_CUT_STEM and stem[:-n] in into), None)
        into[stem] = into[cut] if cut else ""
    into[stem] = f"{into[stem]} {targets}".strip()
