"""How often the words the bot sets in bold inside its answer are the answer, on SQuAD v1.1 dev.

    python -m bench.bold [--data DATA_DIR]
    python -m bench.bold --questions [FILE] [--verbose] [--fundus DIR] [--newspaper DIR] [--trafilatura DIR]

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

SQuAD is English only. `--questions` scores German, French and Spanish news pages instead: a file
in `bench/fresh`'s columns (default `bench/bold_pages/questions.tsv`, see its README), each
question with the phrase it wants in bold, the pages read from clones of their test data (by default the
mirrors) as `bench.fresh_pages` reads them. Of the questions whose first sentence is right, it prints per
language how many have the wanted phrase in bold; `--verbose` lists the others with their bold.
"""

from __future__ import annotations

from collections import Counter, defaultdict
from pathlib import Path

from bench.answers import QaArticle, load, normalize
from bench.data import SQUAD, argument_parser, data_set
from bench.fresh_pages import Result, add_clone_arguments, evaluate, pages_of, read_questions
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


BOLD_PAGES = Path(__file__).resolve().parent / "bold_pages" / "questions.tsv"


def print_pages_table(results: list[Result], verbose: bool) -> None:
    """Per language, of the questions asking for a phrase whose first sentence is right, how many
    bold exactly the phrase wanted; with `verbose`, each other one with the bold it got."""
    asked = [r for r in results if r.bold_asked]
    print(f"{len(results)} questions, {len(asked)} answered by a right first sentence with a phrase to bold\n")
    print(f"{'language':<12}{'asked':>8}{'exact':>8}")
    for language in ["all", *sorted({r.question.language for r in asked})]:
        mine = [r for r in asked if language in ("all", r.question.language)]
        exact = sum(r.question.bold_exact(r.reply.bold) for r in mine)
        print(f"{language:<12}{len(mine):>8}{exact:>8}")
    if verbose:
        for r in asked:
            if not r.question.bold_exact(r.reply.bold):
                print(f"\n{r.question.id} {r.question.text}\n  wanted: {r.question.bold}\n  bold:   {r.reply.bold}")


def main(argv: list[str] | None = None) -> None:
    parser = argument_parser(__doc__)
    parser.add_argument("--questions", type=Path, nargs="?", const=BOLD_PAGES, metavar="FILE",
                        help=f"score de/fr/es news pages instead of SQuAD (default file: {BOLD_PAGES})")
    parser.add_argument("--verbose", action="store_true", help="with --questions: list each bold that is off")
    add_clone_arguments(parser)
    args = parser.parse_args(argv)
    if args.questions is not None:
        pages = pages_of(args)
        print_pages_table(evaluate(read_questions(args.questions), pages), args.verbose)
        return
    data = args.data
    path = data_set(data, SQUAD)
    if path is None:
        return
    articles = load(path)
    print("SQuAD v1.1 dev: bold phrase of answered questions whose first sentence holds the answer\n")
    print_table(tally(articles))


if __name__ == "__main__":
    main()
