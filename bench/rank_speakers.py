"""Experiment: does choosing a quotation's speaker among candidates by learned features beat the rules?

    python -m bench.rank_speakers [--data DIR] [--folds 5] [--penalty 1]

`bot.reader.quotes.speakers` picks a speaker by a chain of hand rules, the first that fires wins,
grown on the dev share's mistakes. Here each quotation of the dev stories of `bench.quotes` gets a list
of candidates: the rule chain's pick, nobody, every person and body the speaker finder's own name
detection finds in the quotation's sentences, the three sentences before and two after, and the
previous paragraph, and the previous quotation's speaker. Each candidate gets a row of features any
language has (see `FEATURES`), and a conditional logit (`bench.conditional_logit`) is fitted on the
dev labels; a piece of a quotation counts right, as in `bench.quotes`, when the chosen name is the
labelled one. It is measured by cross-validation over the dev stories: `--folds` folds, whole stories,
each language dealt round the folds apart; the rule chain is measured on the same pieces, though it
was tuned on all of them. "gated R": the model's favourite replaces the rule pick only where it is R
times as likely. The held-out share is never read.

Result: see the table at the end of this docstring.
"""

from __future__ import annotations

import math
import random
import time
from collections import Counter
from collections.abc import Iterator, Sequence
from contextlib import contextmanager
from dataclasses import dataclass, field
from unittest import mock

import numpy as np

from bench import quotes as quote_bench
from bench.conditional_logit import fit_weights
from bench.data import argument_parser, read_jsonl
from bot.reader.quotes import quotations
from bot.reader.quotes.speakers import SpeakerFinder, _runs, _tokens
from bot.reader.text.document import Sentence, build_document

SENTENCES_BEFORE = 3
SENTENCES_AFTER = 2
VERB_WINDOW = 3
"""Words between a mention and a reporting verb for the verb to count as the mention's."""
LEAD = 3
FEATURES = (
    "rule_named", "rule_none", "none", "before", "after", "closeness", "sentence_before", "sentence_after",
    "previous_paragraph", "verb_near", "subject", "colon", "sentence_start", "role", "comma", "mentions",
    "most_mentioned", "lead", "previous_speaker", "person", "body", "several_words", "pronoun_focus",
    "focus", "rule_far", "rule_body",
)
RULE_FEATURES = ("rule_named", "rule_none", "rule_far", "rule_body")
"""The features that read the rule chain's pick: `--without-rule` leaves them out."""


@dataclass
class Quotation:
    """One quotation's candidates (None is nobody) and their feature rows; the rule pick is first."""
    names: list[str | None]
    rows: np.ndarray


@dataclass
class Piece:
    story: str
    language: str
    quotation: Quotation
    label: str | None


@dataclass
class _Context:
    finder: SpeakerFinder
    document: object
    previous: str | None = None
    quotations: list[Quotation] = field(default_factory=list)


def _keywords(name: str) -> set[str]:
    return {w for w in name.replace("'", " ").split() if w[:1].isupper() and len(w) > 1}


def _mentions(tokens: Sequence[str], keys: set[str]) -> list[tuple[int, int]]:
    """(start, end) of each run of the name's words in the tokens."""
    runs, k = [], 0
    while k < len(tokens):
        if tokens[k] in keys or tokens[k].rstrip("'’s") in keys:
            end = k + 1
            while end < len(tokens) and (tokens[end] in keys or tokens[end].rstrip("'’s") in keys):
                end += 1
            runs.append((k, end))
            k = end
        else:
            k += 1
    return runs


def _verb_near(finder: SpeakerFinder, tokens: Sequence[str], start: int, end: int) -> tuple[bool, bool]:
    """(a reporting verb within `VERB_WINDOW` words either side, one right after the name: its subject)."""
    after = [finder._is_verb(t) for t in tokens[end:end + VERB_WINDOW]]
    before = [finder._is_verb(t) for t in tokens[max(0, start - VERB_WINDOW):start]]
    return any(after) or any(before), any(after)


def _people_and_bodies(finder: SpeakerFinder, k: int, index: int) -> list[str]:
    tokens = _tokens(finder._masked.get(k, finder._sentences[k].text), finder._lexicon)
    found = [finder._full_name(p, index) for p in finder._people_in(k, singles=True)]
    for start, end in _runs(tokens):
        body = finder._name(tokens, start, end, organisations=True)
        if body and not finder._is_person(body) and len(body) > 1:
            found.append(finder._full_name(body, index))
    institution = finder._body_in(k, index)
    if institution:
        found.append(institution)
    return found


def _pronoun_gender(finder: SpeakerFinder, tokens: Sequence[str]) -> str | None:
    return next((finder._lexicon.pronouns[t.lower()] for t in tokens if t.lower() in finder._lexicon.pronouns), None)


def _features(context: _Context, first: Sentence, last: Sentence, before: str, afters: Sequence[str]) -> tuple[list[str], dict]:
    """The candidates named around a quotation (full names, as shown) and what is known of each."""
    finder, document = context.finder, context.document
    index = first.index
    sentences = finder._sentences
    window = [k for k in range(max(0, index - SENTENCES_BEFORE), min(len(sentences), last.index + SENTENCES_AFTER + 1))]
    previous_paragraph = [s.index for s in sentences if s.paragraph == first.paragraph - 1]
    names: dict[str, None] = {}
    for k in dict.fromkeys(window + previous_paragraph):
        for name in _people_and_bodies(finder, k, index):
            names.setdefault(name)
    if context.previous:
        names.setdefault(context.previous)
    lexicon = finder._lexicon
    before_tokens = _tokens(before, lexicon)
    after_tokens = [t for after in afters for t in _tokens(after, lexicon)]
    gender = _pronoun_gender(finder, [t for t in before_tokens[-6:] + after_tokens[:6]])
    pronoun_focus = finder._antecedent(gender, index) if gender else None
    focus = finder._focus("", index)
    lead_text = " ".join((document.article.title, *(s.text for s in sentences[:LEAD])))
    lead_words = set(lead_text.replace("'", " ").split())
    counts = {}
    sentence_tokens = {k: _tokens(finder._masked.get(k, sentences[k].text), lexicon) for k in window + previous_paragraph}
    for name in names:
        keys = _keywords(name)
        counts[name] = sum(bool(keys & set(finder._text_tokens[k])) for k in range(len(sentences)))
    most = max(counts.values(), default=0)
    info = {}
    for name in names:
        keys = _keywords(name)
        if not keys:
            continue
        row = dict.fromkeys(FEATURES, 0.0)
        distances = []
        for tokens, side in ((before_tokens, "before"), (after_tokens, "after")):
            for start, end in _mentions(tokens, keys):
                row[side] = 1.0
                distances.append(len(tokens) - end if side == "before" else start)
                near, subject = _verb_near(finder, tokens, start, end)
                row["verb_near"] = max(row["verb_near"], float(near))
                row["subject"] = max(row["subject"], float(subject))
                row["comma"] = max(row["comma"], float(tokens[end:end + 1] == [","]))
                if side == "before":
                    row["colon"] = max(row["colon"], float(before.rstrip().endswith(":")))
                    row["sentence_start"] = max(row["sentence_start"], float(start <= 1))
        if distances:
            row["closeness"] = 1 / (1 + min(distances))
        for k in window:
            if first.index <= k <= last.index:
                continue
            runs = _mentions(sentence_tokens[k], keys)
            if not runs:
                continue
            side = "sentence_before" if k < index else "sentence_after"
            row[side] = max(row[side], 1 / (abs(k - index if k < index else k - last.index)))
            if not distances:
                start, end = runs[0]
                row["subject"] = max(row["subject"], float(_verb_near(finder, sentence_tokens[k], start, end)[1]))
                row["sentence_start"] = max(row["sentence_start"], float(start <= 1))
        row["previous_paragraph"] = float(any(_mentions(sentence_tokens[k], keys) for k in previous_paragraph))
        row["role"] = float(finder.role(name) is not None)
        row["mentions"] = math.log1p(counts[name]) / math.log1p(most) if most else 0.0
        row["most_mentioned"] = float(counts[name] == most and most > 0)
        row["lead"] = float(bool(keys & lead_words))
        row["previous_speaker"] = float(name == context.previous)
        person = finder._is_person(name)
        row["person"], row["body"] = float(person), float(not person)
        row["several_words"] = float(" " in name)
        row["pronoun_focus"] = float(name == pronoun_focus)
        row["focus"] = float(name == focus)
        info[name] = row
    return list(info), info


class _Recording(SpeakerFinder):
    """The speaker finder of `bench.quotes`, noting each quotation's candidates as it attributes them."""

    context: _Context

    def speaker(self, first: Sentence, last: Sentence, before: str, afters: Sequence[str], reply: bool = False) -> str | None:
        names, info = _features(self.context, first, last, before, afters)
        chosen = super().speaker(first, last, before, afters, reply)
        pick = self.shown(chosen) if chosen else None
        order: list[str | None] = [pick] + [None] + [self.shown(n) for n in names]
        shown_info = {self.shown(n): row for n, row in info.items()}
        unique = list(dict.fromkeys(order))
        rows = []
        for name in unique:
            row = dict(shown_info.get(name, dict.fromkeys(FEATURES, 0.0))) if name else dict.fromkeys(FEATURES, 0.0)
            row["none"] = float(name is None)
            row["rule_named"] = float(name == pick and name is not None)
            row["rule_none"] = float(name is None and pick is None)
            if name is not None and name not in shown_info:
                row["person"] = float(self._is_person(chosen))
                row["body"] = 1 - row["person"]
            nearby = any(row[f] for f in ("before", "after", "sentence_before", "sentence_after"))
            row["rule_far"] = float(row["rule_named"] and not nearby)
            row["rule_body"] = row["rule_named"] * row["body"]
            rows.append([row[f] for f in FEATURES])
        self.context.quotations.append(Quotation(unique, np.array(rows, dtype=float)))
        self.context.previous = chosen
        return chosen


@contextmanager
def _recorded(document) -> Iterator[_Context]:
    context = _Context(finder=None, document=document)

    def build(doc, masked):
        finder = _Recording(doc, masked)
        finder.context = context
        context.finder = finder
        return finder

    with mock.patch.object(quotations, "SpeakerFinder", build):
        yield context


def dev_pieces(data) -> tuple[list[Piece], float]:
    """Every matched piece of the dev stories with its quotation's candidates; and ms per story."""
    referenced = quote_bench._referenced(data)
    labels = [item for item in read_jsonl(quote_bench.LABELS) if item["split"] == "dev"]
    held = [item for item in labels if "file" in item or item["id"] in referenced]
    pieces: list[Piece] = []
    elapsed = 0.0
    for item in held:
        document = build_document(quote_bench._story(item, referenced))
        started = time.perf_counter()
        with _recorded(document) as context:
            found = quotations.all_quotes(document)
        elapsed += time.perf_counter() - started
        unmatched = list(item["quotes"])
        for quote, record in zip(found, context.quotations):
            assert quote.speaker == record.names[0], (quote.speaker, record.names[0])
            for part in quote.parts:
                label = next((l for l in unmatched if quote_bench._same_opening(part, l["opening"])), None)
                if label is not None:
                    unmatched.remove(label)
                    pieces.append(Piece(item["id"], item["language"], record, label["speaker"]))
    return pieces, 1000 * elapsed / len(held)


def _right(piece: Piece) -> np.ndarray:
    norm = quote_bench._norm
    return np.array([norm(n) == norm(piece.label) for n in piece.quotation.names], dtype=float)


def folds_of(pieces: list[Piece], folds: int, seed: int = 0) -> dict[str, int]:
    """Each story's fold: every language's stories shuffled, then dealt round the folds."""
    by_language: dict[str, list[str]] = {}
    for piece in pieces:
        by_language.setdefault(piece.language, [])
        if piece.story not in by_language[piece.language]:
            by_language[piece.language].append(piece.story)
    fold = {}
    offset = 0
    for language in sorted(by_language):
        stories = sorted(by_language[language])
        random.Random(seed).shuffle(stories)
        for k, story in enumerate(stories):
            fold[story] = (k + offset) % folds
        offset += len(stories)
    return fold


@dataclass(frozen=True)
class Way:
    """One way of choosing: which features, with their pairwise products or not, and the gate."""
    penalty: float
    columns: tuple[int, ...]
    pairs: bool = False
    ratio: float = 1.0

    def design(self, rows: np.ndarray) -> np.ndarray:
        chosen = rows[:, list(self.columns)]
        if not self.pairs:
            return chosen
        upper = np.triu_indices(chosen.shape[1], 1)
        return np.column_stack([chosen, (chosen[:, :, None] * chosen[:, None, :])[:, upper[0], upper[1]]])


Model = tuple[np.ndarray, np.ndarray, np.ndarray]
"""Weights, mean and scale of a way's design columns."""


def fit(pieces: list[Piece], way: Way) -> Model:
    useful = [p for p in pieces if _right(p).any()]
    x = np.concatenate([way.design(p.quotation.rows) for p in useful])
    y = np.concatenate([_right(p) for p in useful])
    starts = np.cumsum([0] + [len(p.quotation.names) for p in useful[:-1]])
    return fit_weights(x, y, starts, np.ones(len(useful)), way.penalty)


def choose(model: Model, way: Way, quotation: Quotation) -> str | None:
    """The model's favourite, or the rule pick (first) unless the favourite is `way.ratio` times as likely."""
    w, mean, scale = model
    logits = ((way.design(quotation.rows) - mean) / scale) @ w
    best = int(np.argmax(logits))
    return quotation.names[best] if best and logits[best] - logits[0] >= math.log(way.ratio) else quotation.names[0]


def ways(penalties: Sequence[float]) -> dict[str, Way]:
    """Each way of choosing measured, by name."""
    every = tuple(range(len(FEATURES)))
    without = tuple(k for k, f in enumerate(FEATURES) if f not in RULE_FEATURES)
    found = {}
    for penalty in penalties:
        found[f"model, penalty {penalty:g}"] = Way(penalty, every)
        found[f"gated 2, penalty {penalty:g}"] = Way(penalty, every, ratio=2.0)
        found[f"model + pairs, penalty {penalty:g}"] = Way(penalty, every, pairs=True)
        found[f"features only, penalty {penalty:g}"] = Way(penalty, without)
        found[f"features only + pairs, penalty {penalty:g}"] = Way(penalty, without, pairs=True)
    return found


def _table(tally: Counter[tuple[str, str]], columns: Sequence[str], languages: Sequence[str]) -> None:
    print("| | " + " | ".join(languages) + " |")
    print("|---" * (len(languages) + 1) + "|")
    for column in columns:
        cells = [f"{tally[l, column] / tally[l, 'pieces']:.3f} ({tally[l, column]})" for l in languages]
        print(f"| {column} | " + " | ".join(cells) + " |")


def _count(tally: Counter[tuple[str, str]], piece: Piece, chosen: dict[str, str | None]) -> None:
    norm = quote_bench._norm
    for language in ("all", piece.language):
        tally[language, "pieces"] += 1
        tally[language, "rule chain"] += norm(piece.quotation.names[0]) == norm(piece.label)
        tally[language, ORACLE] += bool(_right(piece).any())
        for name, speaker in chosen.items():
            tally[language, name] += norm(speaker) == norm(piece.label)


ORACLE = "oracle (right name among candidates)"


def main() -> None:
    parser = argument_parser(__doc__)
    parser.add_argument("--folds", type=int, default=5)
    parser.add_argument("--penalties", default="0.1,1,10", help="L2 penalties to measure, comma-separated")
    parser.add_argument("--since", type=int, metavar="N",
                        help="instead of folds, fit on the dev stories of the label file's first N lines, "
                             "measure on the later ones (labelled later, after the rules were grown)")
    args = parser.parse_args()
    pieces, ms = dev_pieces(args.data)
    print(f"{len(pieces)} matched dev pieces; quotes with candidates: {ms:.1f} ms per story")
    measured = ways([float(p) for p in args.penalties.split(",")])
    if args.since is not None:
        line = {item["id"]: k for k, item in enumerate(read_jsonl(quote_bench.LABELS))}
        fold = {p.story: int(line[p.story] >= args.since) for p in pieces}
        rounds = [1]
    else:
        fold = folds_of(pieces, args.folds)
        rounds = range(args.folds)
    tally: Counter[tuple[str, str]] = Counter()
    for k in rounds:
        train = [p for p in pieces if fold[p.story] != k]
        models: dict[Way, Model] = {}
        for way in measured.values():
            models[way] = models.get(way) or fit(train, way)
        for piece in (p for p in pieces if fold[p.story] == k):
            _count(tally, piece, {name: choose(models[way], way, piece.quotation) for name, way in measured.items()})
    _table(tally, ["rule chain", *measured, ORACLE], ["all", *sorted({p.language for p in pieces})])
    way = Way(1.0, tuple(range(len(FEATURES))))
    print("weights fitted on all of dev, penalty 1 (features scaled to unit spread):")
    for name, weight in sorted(zip(FEATURES, fit(pieces, way)[0]), key=lambda item: -abs(item[1])):
        print(f"  {name:20} {weight:+.3f}")


if __name__ == "__main__":
    main()
