"""How often the words the bot sets in bold inside its answer are the answer, on SQuAD v1.1 dev.

    python -m bench.bold [--data DATA_DIR]

A reader asking "when did it open?" reads the bold phrase first ("next Tuesday"), so a bold name
or number that is not the answer misleads more than no bold at all. SQuAD's gold answers are exact
spans of the text, so each one can be checked. Only questions the bot answers (not declined) with a
first sentence that holds a gold answer count, and only those of a kind the bot marks (when, who,
where, how many / how much, and "category": "what X" for a category of `answer/categories.py`;
"named thing", printed apart from the total: any other "what X" question, whose bold is the name
the sentence gives an X, as in "a parasite called Tritrichomonas muris"); per kind it prints how many there were and the share whose bold is
- exact: a gold answer, after SQuAD's normalisation;
- overlapping: part of a gold answer or a gold answer and a few words around it;
- wrong: other words of the sentence;
- none: no bold, though the question asked for a phrase.
"""

from __future__ import annotations

from collections import Counter, defaultdict

from bench.answers import QaArticle, load, normalize
from bench.data import SQUAD, argument_parser, data_set
from bot.reader.answer.categories import asked_category_noun, asked_members
from bot.reader.answer.index import AnswerIndex
from bot.reader.answer.kinds import asks

OUTCOMES = ("exact", "overlapping", "wrong", "none")
NAMED_THING = "named thing"


def outcome(phrase: str | None, answers: tuple[str, ...]) -> str:
    if phrase is None:
        return "none"
    marked = normalize(phrase)
    if marked in answers:
        return "exact"
    if any(a and (f" {a} " in f" {marked} " or f" {marked} " in f" {a} ") for a in answers):
        return "overlapping"
    return "wrong"


def tally(articles: list[QaArticle]) -> dict[str, Counter[str]]:
    """Kind asked -> outcome counts, over the answered questions whose first sentence holds the answer."""
    counts: dict[str, Counter[str]] = defaultdict(Counter)
    for article in articles:
        index = AnswerIndex(article.document)
        for question in article.questions:
            kinds = asks(question.text) - {"cause"}
            if not kinds and asked_members(question.text, "en")[1]:
                kinds = {"category"}
            elif not kinds and asked_category_noun(question.text, "en"):
                kinds = {NAMED_THING}
            if not kinds:
                continue
            answer = index.answer(question.text, top=1)
            if not answer.found:
                continue
            first = answer.sentences[0]
            if not any(f" {a} " in article.normalized[first.index] for a in question.answers if a):
                continue
            phrase = first.text[answer.phrase[0]:answer.phrase[1]] if answer.phrase else None
            counts["+".join(sorted(kinds))][outcome(phrase, question.answers)] += 1
    return counts


def print_table(counts: dict[str, Counter[str]]) -> None:
    """One row per kind and their total; the named-thing questions after it, outside the total,
    which they joined later (most "what X" questions ask for no name, so most of them have none)."""
    print(f"{'kind asked':<16}{'questions':>10}" + "".join(f"{name:>13}" for name in OUTCOMES))
    total: Counter[str] = Counter()
    for kind, counter in sorted(counts.items(), key=lambda item: -sum(item[1].values())):
        if kind != NAMED_THING:
            total.update(counter)
            _row(kind, counter)
    _row("all", total)
    if NAMED_THING in counts:
        _row(NAMED_THING, counts[NAMED_THING])


def _row(label: str, counter: Counter[str]) -> None:
    size = sum(counter.values())
    print(f"{label:<16}{size:>10}" + "".join(f"{counter[name] / size:>13.3f}" for name in OUTCOMES))


def main(argv: list[str] | None = None) -> None:
    data = argument_parser(__doc__).parse_args(argv).data
    path = data_set(data, SQUAD)
    if path is None:
        return
    articles = load(path)
    print("SQuAD v1.1 dev: bold phrase of answered questions whose first sentence holds the answer\n")
    print_table(tally(articles))


if __name__ == "__main__":
    main()
