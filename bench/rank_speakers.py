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

Result (2026-11-30, 1,157 matched dev pieces of 289 stories; speaker exact per language, 5 folds;
"pairs" adds every product of two features; the rule chain's numbers are `bench.quotes`' own):

| | all | de | en | es | fr |
|---|---|---|---|---|---|
| rule chain | 0.934 (1081) | 0.914 (223) | 0.955 (315) | 0.935 (243) | 0.929 (300) |
| model, penalty 0.1 / 1 | 0.933 (1080) | 0.914 (223) | 0.952 (314) | 0.938 (244) | 0.926 (299) |
| model, penalty 10 | 0.934 (1081) | 0.914 (223) | 0.952 (314) | 0.938 (244) | 0.929 (300) |
| gated 2, penalty 0.1 / 1 / 10 | 0.934 (1081) | 0.914 (223) | 0.952 / 0.952 / 0.955 | 0.938 / 0.938 / 0.935 | 0.929 (300) |
| model + pairs, penalty 1 / 10 | 0.907 / 0.927 | 0.898 / 0.910 | 0.933 / 0.945 | 0.923 / 0.931 | 0.873 / 0.916 |
| features only (no rule pick), penalty 1 | 0.771 (892) | 0.705 (172) | 0.855 (282) | 0.792 (206) | 0.718 (232) |
| features only + pairs, penalty 10 | 0.796 (921) | 0.766 (187) | 0.870 (287) | 0.827 (215) | 0.718 (232) |
| right name among the candidates | 0.969 (1121) | 0.930 (227) | 0.985 (325) | 0.973 (253) | 0.978 (316) |

With the rule pick among its features the model learns to follow it (its weight, +1.5 on the scaled
features, is twice any other's: `body` -0.75, `none` +0.49, `previous_paragraph` -0.40, `verb_near`
+0.39) and ties the rule chain within a piece or two in every language; no gate (2, nor 4 in a first
run with fewer features) and no penalty moves it 1.5 points; the pairs overfit. Without the rule pick the same features
get 0.77 to 0.80: the rules read word order, clause breaks, pronoun chains and titles that a linear
score over these features does not. Using the model only where the rule chain names nobody (a scratch
script over this module's functions, penalty 1) gives 1,082 with the rule pick among the features and
1,037 without: nobody is mostly right. The mistakes left (76) are one of a kind: a surname misspelt
in the text (`Durken` for `Tim Durkan`), a paper or a court named far back, a quotation inside a
quotation's story (`Geneviève` quoting `Roger`); 36 of them have no right candidate at all.

Does the model generalise better than the rules did? `--since 249` fits on the dev stories of the
label file's first 249 lines and measures the 68 labelled later (twelfth, thirteenth and fifteenth
rounds, 261 pieces): rule chain today 0.916 (tuned on them since), model 0.920, features only 0.736.
The rule chain as it was before each of those ten batches scored 0.708 on them at first look (the
rates of `bench/HISTORY.md`, weighted by today's pieces per batch; 0.50 to 0.92 a batch): the
features-only model, fitted on the older stories, does about as well on the new ones (0.736; better
on six batches, worse on four), and it reads names with today's detection, tuned on those batches,
so that is an upper bound. Learned features do not generalise clearly better than the hand rules;
a model over them with the rule pick adds nothing. Not in the bot.

Cost: `all_quotes` takes 7.5 to 9.5 ms per dev story (median of three passes, load 5); with every
candidate's features 18 to 37 ms (load 5 to 13), so a model in the bot would have about tripled the
quote step. The whole bench takes about 4 minutes at load 5 to 13 (the pair fits).
"""

from __future__ import annotations

import math
import random
import time
from collections import Counter
from collections.abc import Iterator, Sequence
from contextlib import contextmanager
from dataclasses import dataclass, field
from pathlib import Path
from unittest import mock

import numpy as np

from bench import quotes as quote_bench
from bench.conditional_logit import fit_weights
from bench.data import argument_parser, read_jsonl
from bot.reader.quotes import quotations
from bot.reader.quotes.speakers import SpeakerFinder
from bot.reader.quotes.speakers.tokens import _runs, _tokens
from bot.reader.text.document import Document, Sentence, build_document

SENTENCES_BEFORE = 3
"""Sentences before a quotation's first whose names are candidates (the rule chain looks back five)."""
SENTENCES_AFTER = 2
"""Sentences after its last whose names are candidates."""
VERB_WINDOW = 3
"""Words between a mention and a reporting verb for the verb to count as the mention's."""
LEAD = 3
"""Sentences of the body that, with the title, make the lead (as `quotations.LEAD_SENTENCES`)."""
FEATURES = (
    "rule_named", "rule_none", "none", "before", "after", "closeness", "sentence_before", "sentence_after",
    "previous_paragraph", "verb_near", "subject", "colon", "sentence_start", "role", "comma", "mentions",
    "most_mentioned", "lead", "previous_speaker", "person", "body", "several_words", "pronoun_focus",
    "focus", "rule_far", "rule_body",
)
RULE_FEATURES = ("rule_named", "rule_none", "rule_far", "rule_body")
"""The features that read the rule chain's pick: the "features only" ways leave them out."""


@dataclass
class Quotation:
    """One quotation's candidates (None is nobody) and their feature rows; the rule pick is first."""
    names: list[str | None]
    rows: np.ndarray


@dataclass
class Piece:
    """A labelled piece matched as `bench.quotes` matches it, with its quotation's candidates."""
    story: str
    language: str
    quotation: Quotation
    label: str | None


@dataclass
class _Context:
    """What the recording finder of one document keeps between its quotations."""
    finder: SpeakerFinder | None
    document: Document
    previous: str | None = None
    quotations: list[Quotation] = field(default_factory=list)


def _keywords(name: str) -> set[str]:
    """The capitalised words of a name: a sentence mentions the name when it holds one of them."""
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
    """Full names (as of sentence `index`) of the people and bodies the finder's own detection sees in sentence `k`."""
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
    """The gender of the first third-person pronoun among the words next to a quotation, if any."""
    return next((finder._lexicon.pronouns[t.lower()] for t in tokens if t.lower() in finder._lexicon.pronouns), None)


def _features(context: _Context, first: Sentence, last: Sentence, before: str, afters: Sequence[str]) -> tuple[list[str], dict[str, dict[str, float]]]:
    """The candidates named around a quotation (full names) and each one's features by name."""
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
def _recorded(document: Document) -> Iterator[_Context]:
    """`all_quotes` run inside this block records each quotation's candidates in the context it yields."""
    context = _Context(finder=None, document=document)

    def build(doc: Document, masked: dict[int, str]) -> _Recording:
        finder = _Recording(doc, masked)
        finder.context = context
        context.finder = finder
        return finder

    with mock.patch.object(quotations, "SpeakerFinder", build):
        yield context


def dev_pieces(data: Path) -> tuple[list[Piece], float]:
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
    """1 for each candidate that is the labelled speaker, as `bench.quotes` compares names."""
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

    @property
    def reads_rule(self) -> bool:
        return any(FEATURES[k] in RULE_FEATURES for k in self.columns)

    def design(self, rows: np.ndarray) -> np.ndarray:
        chosen = rows[:, list(self.columns)]
        if not self.pairs:
            return chosen
        upper = np.triu_indices(chosen.shape[1], 1)
        return np.column_stack([chosen, (chosen[:, :, None] * chosen[:, None, :])[:, upper[0], upper[1]]])


Model = tuple[np.ndarray, np.ndarray, np.ndarray]
"""Weights, mean and scale of a way's design columns."""


def fit(pieces: list[Piece], way: Way) -> Model:
    """The way's model fitted on the pieces with a right candidate, each piece one list."""
    useful = [p for p in pieces if _right(p).any()]
    x = np.concatenate([way.design(p.quotation.rows) for p in useful])
    y = np.concatenate([_right(p) for p in useful])
    starts = np.cumsum([0] + [len(p.quotation.names) for p in useful[:-1]])
    return fit_weights(x, y, starts, np.ones(len(useful)), way.penalty)


def choose(model: Model, way: Way, quotation: Quotation) -> str | None:
    """The model's favourite, or the rule pick (first) unless the favourite is `way.ratio` times as likely."""
    w, mean, scale = model
    logits = ((way.design(quotation.rows) - mean) / scale) @ w
    if way.reads_rule:
        best = int(np.argmax(logits))
    else:
        # a model blind to the rule pick must not win its ties by the pick's place (first): it goes last
        best = (int(np.argmax(np.roll(logits, -1))) + 1) % len(logits)
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
