"""The learned half of declining: how likely the best match answers the question, 0..1.

The hand-set coverage score of `AnswerIndex.support` sees only how much of the question the best
sentence's paragraph holds. SQuAD 2.0's unanswerable questions (written to look answerable, reusing
the paragraph's words and changing one detail) mostly pass it. A logistic model over a few facts
about the question and its best candidates, all of them numbers any language has (shares of the
question's weight found in the best sentence, its paragraph, the title and elsewhere in the
article; the heaviest word the sentence lacks; whether the sentence holds the asked kind and the
question's names; the lead over the runner-up; a negation the sentence does not share; a question
word whose antonym the sentence holds instead; a word of order, rank or change the sentence lacks
or swaps, `DETAILS`), separates them better. `bench/fit_declines.py` fits it on half of the
SQuAD 2.0 development articles and stores it in `bot/reader/data/decline_model.tsv` with the cut
below which the model declines on its own: the highest that still answers 97 % of that half's
answerable questions and none of the reworded set's answerable dev questions the hand rules
answer with the right sentence. It only ever lowers the hand score (`AnswerIndex.decline_score`): on its own it ranked
the reworded set's questions worse than the hand score does.
"""

from __future__ import annotations

import gzip
import math
import re
from dataclasses import dataclass
from functools import lru_cache
from importlib.resources import files

from bot.reader.text.language import fold, words

FEATURES = (
    "support",
    "sentence_covered",
    "sentence_credited",
    "paragraph_credited",
    "sentence_missing_peak",
    "holds_kind",
    "lacks_kind",
    "margin",
    "names_in_sentence",
    "bridged_only",
    "negated",
    "elsewhere",
    "score_per_weight",
    "in_title",
    "question_words",
    "runner_up_covered",
    "antonym_in_sentence",
    "antonym_in_paragraph",
    "negated_both",
    "detail_missing",
    "detail_swapped",
)
"""What the model weighs, in the order `AnswerIndex.evidence` computes them (see there)."""

NEGATIONS: dict[str, frozenset[str]] = {
    "en": frozenset("not never no none nor neither cannot".split()),
    "de": frozenset("nicht nie niemals kein keine keinen keiner keinem keines".split()),
    "fr": frozenset("ne n pas jamais aucun aucune".split()),
    "es": frozenset("no nunca ningún ninguna ninguno jamás".split()),
}
"""Words that negate a question ("What did Tesla not invent?", a favourite of SQuAD 2.0's
unanswerable questions); English "n't" is read from the word's ending. "Without" and its kin are
left out: "¿Qué proporción de las gasolineras se quedó sin combustible?" asks no negated fact. A
word typed without its accents still negates ("ningun"), but an accented word only as written:
French "né" (born) is no "ne"."""
_FOLDED_NEGATIONS = {code: frozenset(map(fold, found)) for code, found in NEGATIONS.items()}

_ORDER_EN = frozenset("before after until since prior following during between".split())
_COMPARISON_EN = frozenset(
    "more less fewer greater higher lower larger smaller bigger better worse longer shorter older younger".split()
)
_RANK_EN = frozenset(
    "most least first last earliest latest largest smallest highest lowest biggest best worst longest shortest "
    "oldest youngest only".split()
)
_CHANGE_EN = frozenset(
    "increase increased increases increasing decrease decreased decreases decreasing rise rose fall fell reduce "
    "reduced grow grew decline declined".split()
)
DETAILS: dict[str, tuple[frozenset[str], ...]] = {"en": (_ORDER_EN, _COMPARISON_EN, _RANK_EN, _CHANGE_EN)}
"""Groups of the small words that turn one fact into another (order in time, comparison, rank,
direction of change), by language. SQuAD 2.0's writers made questions unanswerable by changing
one of them ("What was a major source of water pollution after the early 1980s?" about "Until
the early 1980s, industry was a major source"); the stop list drops most of them, so coverage
never sees the change. Other languages have none yet (the reworded set alone could not check them)."""

TELLING_DETAILS: dict[str, frozenset[str]] = {"en": _RANK_EN | frozenset("before after more less".split())}
"""The words of `DETAILS` whose absence from the sentence counts on its own: words of rank and the
plainest words of order and comparison. The others ("since", "during", "higher", "rose") come in
a paraphrase as often as in a changed fact: counting them too declined 0.7 points fewer of SQuAD
2.0's unanswerable questions at 95 % answered."""

_DETERMINERS_EN = frozenset("the a an this that its his her their our my your whose".split())
_TIME_NOUNS_EN = frozenset(
    "year years week weekend month season night day time summer winter spring autumn fall decade century".split()
)
ADVERBS_OF_TIME: dict[str, frozenset[str]] = {"en": frozenset({"last"})}
"""Words of rank that, with neither a determiner before them nor a noun of time after them, say
when rather than which: "When did Napa County last go this long without rain?" asks for the
most recent time (and "the first time since 1905" answers it), while "the last game" ranks and
"last year" names a year another sentence's "this year" does not answer. Read as a rank, the
question looked like a changed fact (`details`) and "first" like its antonym."""

TABLE = "decline_model.tsv"
ANTONYMS = {"en": "antonyms_en.tsv.gz"}
"""Antonym tables by language (`bench/tables/antonyms.py`); other languages have none yet, so
their antonym features are 0, as for most questions."""
_CONVERSES = {
    "en": {
        "buy": re.compile(r"\b(?:sell|sells|selling|sold)\b(?:\W+[\w'’-]+){0,6}?\W+to\b"),
        "sell": re.compile(r"\b(?:buy|buys|buying|bought)\b(?:\W+[\w'’-]+){0,6}?\W+from\b"),
        "lend": re.compile(r"\b(?:borrow|borrows|borrowing|borrowed)\b(?:\W+[\w'’-]+){0,6}?\W+from\b"),
        "borrow": re.compile(r"\b(?:lend|lends|lending|lent)\b(?:\W+[\w'’-]+){0,6}?\W+to\b"),
        "defeat": re.compile(r"\b(?:victory|victories|win|wins|triumph)\b(?:\W+[\w'’-]+){0,3}?\W+(?:over|against)\b"),
    },
}
"""Verbs naming one deal from either side, by the stem a question uses, and how a sentence names it
from the other side with the other party ("selling Hipcricket to Augme Technologies in 2011").
There the sentence's "sell" is no opposite of the question's "buy": "Who bought Hipcricket?" and
"When did Augme buy it?" are answered; "What did Augme sell?" about "Augme bought ..." still meets
an opposite. A win is told the same way: "Which country did Canada defeat?" and "Canada's exciting
win over Italy" (WordNet's noun "defeat" is the antonym of "victory")."""


def tells_the_other_side(code: str, term: str, text: str) -> bool:
    """Whether the text names the deal the question's verb `term` names from the other side, with the
    other party (`_CONVERSES`)."""
    converse = _CONVERSES.get(code, {}).get(term)
    return converse is not None and converse.search(text.lower()) is not None


@dataclass(frozen=True)
class DeclineModel:
    """A logistic model over `FEATURES`, each centred and scaled as in fitting."""

    bias: float
    weights: tuple[float, ...]
    means: tuple[float, ...]
    scales: tuple[float, ...]
    cut: float
    """The probability below which the model declines on its own."""
    threshold: float
    """The hand score's threshold (`Tuning.threshold`) the cut was chosen for."""

    def on_score_scale(self, chance: float) -> float:
        """The probability as a decline score: the cut lands on the threshold it was chosen for.
        (Kept apart from the bot's current threshold, so a benchmark that sets it to 0 to rank
        every question still sees the same scores.)"""
        return self.threshold * chance / self.cut if self.cut > 0 else math.inf

    def probability(self, evidence: list[float]) -> float:
        """The model's chance that the best match answers the question."""
        logit = self.bias + sum(
            w * (x - m) / s for w, x, m, s in zip(self.weights, evidence, self.means, self.scales)
        )
        return 1 / (1 + math.exp(-max(min(logit, 30.0), -30.0)))

    def to_tsv(self, provenance: str) -> str:
        """The table `load` reads: comment lines of provenance, then one row per coefficient."""
        lines = [f"# {line}" if line else "#" for line in provenance.splitlines()]
        lines.append("name\tweight\tmean\tscale")
        lines.append(f"bias\t{self.bias:.6f}\t0\t1")
        lines.append(f"cut\t{self.cut:.6f}\t0\t1")
        lines.append(f"threshold\t{self.threshold:.6f}\t0\t1")
        rows = zip(FEATURES, self.weights, self.means, self.scales)
        lines += [f"{name}\t{weight:.6f}\t{mean:.6f}\t{scale:.6f}" for name, weight, mean, scale in rows]
        return "\n".join(lines) + "\n"


def parse(text: str) -> DeclineModel:
    """A model from the table's text; a table missing a feature (written before the feature was
    added) is an error, not a silent zero."""
    rows: dict[str, tuple[float, float, float]] = {}
    for line in text.splitlines():
        if not line.strip() or line.startswith("#") or line.startswith("name\t"):
            continue
        name, weight, mean, scale = line.split("\t")
        rows[name] = (float(weight), float(mean), float(scale))
    missing = [name for name in ("bias", "cut", "threshold", *FEATURES) if name not in rows]
    if missing:
        raise ValueError(f"decline table lacks {', '.join(missing)}: rerun `python -m bench.fit_declines`")
    found = [rows[name] for name in FEATURES]
    return DeclineModel(
        bias=rows["bias"][0],
        weights=tuple(w for w, _, _ in found),
        means=tuple(m for _, m, _ in found),
        scales=tuple(s for _, _, s in found),
        cut=rows["cut"][0],
        threshold=rows["threshold"][0],
    )


@lru_cache(maxsize=1)
def decline_model() -> DeclineModel:
    """The model shipped with the bot, read once."""
    return parse(files("bot.reader.data").joinpath(TABLE).read_text(encoding="utf-8"))


def negated(code: str, tokens: list[str]) -> bool:
    """Whether words (a question's, a sentence's) hold a negation of its language (French "n'a" by
    its elided "n"), written with a straight or a typographic apostrophe ("shouldn’t", as news
    pages print it)."""
    negations = NEGATIONS.get(code, frozenset())
    folded = _FOLDED_NEGATIONS.get(code, frozenset())
    for token in tokens:
        lowered = token.lower().replace("’", "'")
        word = lowered.split("'")[0]
        if lowered.endswith("n't") or {lowered, word} & negations or fold(word) == word and {
            fold(lowered), word
        } & folded:
            return True
    return False


_NEGATING_VERBS = {
    "en": re.compile(
        r"\b(?:(?:(?:fail|refus|declin)(?:e|es|ed|s|ing)?|unable) to|stopped short of)\b"
        r"|\b(?:ban(?:s|ned)?|barr(?:ed|ing)|bars?|prevent(?:s|ed)?|prohibit(?:s|ed)?|forb(?:id|ids|ade|idden))"
        r"\s(?:[\w'’-]+\s){0,6}?from\b",
        re.IGNORECASE,
    ),
}
"""Verbs saying an act did not or may not happen: "the Senate failed to reconfirm her" tells
whom it did not reconfirm, "regulations ... ban pubs from playing loud music" what pubs are not
allowed to do. A sentence holding one answers a negated question as one with "not" does."""


def negated_sentence(code: str, tokens: list[str], text: str) -> bool:
    """Whether a sentence's words negate (`negated`), or a verb of its negates the act after it
    (`_NEGATING_VERBS`)."""
    verbs = _NEGATING_VERBS.get(code)
    return negated(code, tokens) or bool(verbs and verbs.search(text))


def adverbs_of_time(code: str, tokens: list[str]) -> set[str]:
    """The words of `ADVERBS_OF_TIME` the question uses without a determiner before them."""
    adverbs = ADVERBS_OF_TIME.get(code, frozenset())
    lowered = [token.lower() for token in tokens]
    return {
        word for position, word in enumerate(lowered)
        if word in adverbs
        and (position == 0 or lowered[position - 1] not in _DETERMINERS_EN)
        and (position + 1 == len(lowered) or lowered[position + 1] not in _TIME_NOUNS_EN)
    }


def _in_name(position: int, word: str) -> bool:
    return position > 0 and word[:1].isupper()


def names(code: str, text: str) -> list[str]:
    """The runs of words capitalised inside the text (in a language that capitalises only names
    there): "Old Trafford", "Office", "Western Medicine"."""
    if code == "de":
        return []
    runs: list[list[str]] = [[]]
    for position, word in enumerate(words(text)):
        if _in_name(position, word):
            runs[-1].append(word)
        elif runs[-1]:
            runs.append([])
    return [" ".join(run) for run in runs if run]


def unnamed(code: str, text: str) -> str:
    """The text without the words of its `names`."""
    if code == "de":
        return text
    return " ".join(word for position, word in enumerate(words(text)) if not _in_name(position, word))


def details(code: str, question_tokens: list[str], sentence_tokens: list[str]) -> tuple[bool, bool]:
    """Whether the question holds a word of `TELLING_DETAILS` that the sentence lacks, and whether
    the sentence holds another word of a `DETAILS` group of the question's instead ("after" asked,
    "until" written). A word of `ADVERBS_OF_TIME` used as one counts as neither."""
    asked = {token.lower() for token in question_tokens} - adverbs_of_time(code, question_tokens)
    groups = DETAILS.get(code, ())
    if not any(asked & group for group in groups):
        return False, False  # most questions hold no such word: the sentence need not be read
    written = {token.lower() for token in sentence_tokens}
    missing = bool(asked & TELLING_DETAILS.get(code, frozenset()) - written)
    swapped = any(asked & group and not asked & group & written and written & group for group in groups)
    return missing, swapped


@lru_cache(maxsize=None)
def antonyms_for(code: str) -> dict[str, frozenset[str]]:
    """Stem -> the stems of its antonyms ("east" -> "west"), read once; empty without a table."""
    name = ANTONYMS.get(code)
    if name is None:
        return {}
    with gzip.open(files("bot.reader.data").joinpath(name).open("rb"), "rt", encoding="utf-8") as handle:
        rows = (line.rstrip("\n").partition("\t") for line in handle)
        return {stem: frozenset(rest.split()) for stem, _, rest in rows}
