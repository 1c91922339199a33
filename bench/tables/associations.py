"""Build English question -> sentence word associations from SQuAD 1.1 train questions.

    python -m bench.tables.associations [--data DIR]

WordNet knows synonyms but not how people ask: "population" questions are answered by sentences
saying "inhabitants", "founded" by "established", "died" by "death". SQuAD's 87,599 training
questions each come with the sentence that answers them, so the pairs can be counted. For every
question word missing from its answer sentence (the case a bridge is for), each word of the answer
sentence counts as a hit and each word of the paragraph's other sentences as a miss. A pair is
kept when it is seen often enough and in several articles, when the sentence word sits in the answer sentence far more
often than chance (lift over its overall rate) and clearly more often than in the neighbouring
sentences of the same paragraph (so a paragraph's topic words, present everywhere, drop out).
Only questions whose answer occurs once in the paragraph are used (their sentence is certain).

Written to `bot/reader/data/bridges_en_squad.tsv.gz` in the WordNet table's format: one question
stem a line, then `sentence_stem:weight` pairs, weight in 0.3..1. SQuAD is CC BY-SA 4.0 (Rajpurkar
et al. 2016; Wikipedia contributors); the table carries that licence (README.md).
"""

from __future__ import annotations

import argparse
import gzip
import json
from collections import Counter, defaultdict
from pathlib import Path

from bench.tables.wordnet import write
from bot.reader.answer.terms import question_terms
from bot.reader.text.language import language_for

REPO = Path(__file__).resolve().parents[2]
DEFAULT_DATA = REPO.parent / "shared" / "bench" / "data"
OUT = REPO / "bot" / "reader" / "data" / "bridges_en_squad.tsv.gz"
MIN_HITS = 6
"""A pair seen fewer times than this is chance."""
MIN_ARTICLES = 3
"""A pair seen in fewer articles than this is one article's topic ("acronym" -> "light")."""
MIN_LIFT = 8.0
"""How many times likelier the sentence word is in the answer sentence, given the question word."""
MIN_SHARE = 0.5
"""Share of the pair's sightings that are in the answer sentence rather than the paragraph's others."""
PER_WORD = 8


def _terms(text: str) -> set[str]:
    return {t for t in question_terms(language_for("en"), text) if t.isalpha() and len(t) > 2}


def count(data_dir: Path) -> tuple[Counter, Counter, Counter, Counter, Counter, int]:
    folder = data_dir / "qa-train"
    paragraphs = {}
    with gzip.open(folder / "train.squad_v1.1_paragraphs.jsonl.gz", "rt", encoding="utf-8") as handle:
        for line in handle:
            row = json.loads(line)
            paragraphs[row["id"]] = [_terms(row["context"][a:b]) for a, b in row["sentence_spans"]]
    hits: Counter = Counter()
    misses: Counter = Counter()
    asked: Counter = Counter()
    in_answers: Counter = Counter()
    articles: Counter = Counter()
    this_article: set[tuple[str, str]] = set()
    title = None
    questions = 0
    with gzip.open(folder / "train.squad_v1.1.jsonl.gz", "rt", encoding="utf-8") as handle:
        for line in handle:
            row = json.loads(line)
            sentences = paragraphs.get(f"{row['title']}#{row['paragraph_index']}")
            if row["title"] != title:
                articles.update(this_article)
                this_article, title = set(), row["title"]
            if row["answer_occurrences"] != 1 or not sentences:
                continue
            question = _terms(row["question"])
            answer = set().union(*(sentences[i] for i in row["sentence_indices"] if i < len(sentences)))
            others = set().union(
                *(s for i, s in enumerate(sentences) if i not in row["sentence_indices"])
            ) - answer
            questions += 1
            in_answers.update(answer)
            for word in question - answer:
                asked[word] += 1
                pairs = [(word, other) for other in answer - question]
                hits.update(pairs)
                this_article.update(pairs)
                misses.update((word, other) for other in others - question)
    articles.update(this_article)
    return hits, misses, asked, in_answers, articles, questions


def associations(data_dir: Path) -> dict[str, dict[str, float]]:
    hits, misses, asked, in_answers, articles, questions = count(data_dir)
    kept: dict[str, dict[str, float]] = defaultdict(dict)
    for (word, other), n in hits.items():
        if n < MIN_HITS or articles[(word, other)] < MIN_ARTICLES:
            continue
        lift = (n / asked[word]) / (in_answers[other] / questions)
        share = n / (n + misses[(word, other)])
        if lift >= MIN_LIFT and share >= MIN_SHARE:
            kept[word][other] = round(min(1.0, 0.3 + 0.7 * (share - MIN_SHARE) / (1 - MIN_SHARE)), 1)
    return {word: dict(sorted(others.items(), key=lambda kv: -kv[1])[:PER_WORD]) for word, others in kept.items()}


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--data", type=Path, default=DEFAULT_DATA, help="bench data folder holding qa-train/")
    table = associations(parser.parse_args().data)
    write(table, OUT)
    print(f"{len(table)} question stems, {sum(map(len, table.values()))} pairs -> {OUT} "
          f"({OUT.stat().st_size / 1e6:.2f} MB)")


if __name__ == "__main__":
    main()
