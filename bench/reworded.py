"""How the bot answers questions asked in the reader's words, not the article's.

    python -m bench.reworded [--data DIR] [--misses dev] [--in-a-row dev]

The set is `bench/reworded/` (see its README): questions written without the article's words
(synonyms, verb/noun changes, paraphrase, the answer in a neighbouring sentence, answer types),
questions the article cannot answer, and follow-ups that lean on the previous question. English
articles are real news pages from the extraction benchmark under DIR (read through the bot's own
HTML extraction); German, French and Spanish ones are stored in the set.

A hit means the chosen sentence holds a gold answer phrase or a gold sentence after normalisation
(lower case, no punctuation, single spaces). Tune on `dev`; `heldout` shows what to expect.
"""

from __future__ import annotations

import argparse
import gzip
import json
import re
import unicodedata
from dataclasses import dataclass
from pathlib import Path

from bot.reader import pipeline
from bot.reader.answer.followup import Turn, own_words_first, question_to_match
from bot.reader.answer.in_turn import FOLLOWUP_CANDIDATES
from bot.reader.article import Article

REPO = Path(__file__).resolve().parent.parent
SET = REPO / "bench" / "reworded"
DEFAULT_DATA = REPO.parent / "shared" / "bench" / "data"
TOP = 3


@dataclass(frozen=True)
class Reply:
    ranked: tuple[str, ...]
    """Sentence texts, best first (the closest one when declined)."""
    declined: bool
    matched: str
    """The question as it was matched (a follow-up with the words it borrowed): the bot keeps this
    as the turn the next follow-up leans on."""
    bold: str | None = None
    """The words the reader sees in bold in the first sentence shown; None when declined or unmarked."""

    def turn(self) -> tuple[str, str]:
        """The turn the next follow-up leans on, as the bot keeps it: the question as matched and
        the first sentence shown, none when declined (the closest sentence is a hint the bench
        ranks, which the bot never hands the next question)."""
        return self.matched, self.ranked[0] if self.ranked and not self.declined else ""


def ask_bot(article: Article, question: str, previous: tuple[str, str] | None) -> Reply:
    """The one place that calls the answer API; `previous` is (question, answer) of the turn before,
    which a follow-up question is expanded with, as the bot does. The bot's own call decides what
    is shown first and whether it declines ("What did X say?" about someone the article never
    quotes is declined there); the index's ranking fills the rest of the top three."""
    turn = Turn(previous[0], (previous[1],) if previous[1] else ()) if previous else None
    language = article.language or "en"
    shown = pipeline.ask_in_turn(article, question, turn)
    matched = question_to_match(question, turn, language)
    if matched == question:
        answer = pipeline.answer_index_of(article).answer(question, top=TOP)
        found = [s.text for s in answer.sentences]
    else:
        answer = pipeline.answer_index_of(article).answer(matched, top=FOLLOWUP_CANDIDATES)
        found = [s.text for s in answer.sentences]
        found = [found[i] for i in own_words_first(question, found, language)]
    first = [s.text for s in shown.sentences]
    ranked = (first + [text for text in found if text not in first])[:TOP]
    ranked = ranked or ([shown.closest.text] if shown.closest else [])
    bold = first[0][shown.phrase[0]:shown.phrase[1]] if shown.found and first and shown.phrase else None
    return Reply(tuple(ranked), not shown.found, matched, bold)


def normalize(text: str) -> str:
    text = unicodedata.normalize("NFKC", text).lower().replace("’", "'")
    text = re.sub(r"[^\w%]+", " ", text)
    return f" {' '.join(text.split())} "


def load_article(row: dict, data_dir: Path) -> Article:
    if "extraction_id" in row:
        path = data_dir / "extraction" / "html" / f"{row['extraction_id']}.html.gz"
        return pipeline.read_html(gzip.decompress(path.read_bytes()).decode("utf-8", "replace"), None)
    title, _, body = (SET / row["file"]).read_text(encoding="utf-8").partition("\n\n")
    paragraphs = tuple(p.strip() for p in body.split("\n\n") if p.strip())
    return Article(title=title.strip(), paragraphs=paragraphs, language=row["language"], url=row.get("url"))


def hit(sentences: tuple[str, ...], gold: dict) -> bool:
    wanted = [normalize(g) for g in (*gold["answers"], *gold["sentences"])]
    return any(w in normalize(s) for s in sentences for w in wanted)


def read_jsonl(path: Path) -> list[dict]:
    return [json.loads(line) for line in path.read_text(encoding="utf-8").splitlines() if line.strip()]


def evaluate(set_dir: Path, data_dir: Path) -> list[dict]:
    """One result per question: its tags, and whether top-1 / top-3 hit and whether it was declined."""
    articles = {row["id"]: row for row in read_jsonl(set_dir / "articles.jsonl")}
    held = {key: row for key, row in articles.items()
            if "extraction_id" not in row
            or (data_dir / "extraction" / "html" / f"{row['extraction_id']}.html.gz").exists()}
    if len(held) < len(articles):
        print(f"note: {len(articles) - len(held)} of the {len(articles)} articles are pages {data_dir} lacks; "
              "their questions are left out")
    built = {key: load_article(row, data_dir) for key, row in held.items()}
    questions = [q for q in read_jsonl(set_dir / "questions.jsonl") if q["article"] in built]
    replies: dict[str, Reply] = {}
    results = []
    for q in questions:
        article = built[q["article"]]
        previous = None
        if q.get("after"):
            previous = replies[q["after"]].turn()
        reply = replies[q["id"]] = ask_bot(article, q["question"], previous)
        answerable = q["class"] != "unanswerable"
        results.append({
            "split": articles[q["article"]]["split"], "language": q["language"], "class": q["class"],
            "answerable": answerable, "declined": reply.declined,
            "top1": answerable and not reply.declined and hit(reply.ranked[:1], q),
            "top3": answerable and not reply.declined and hit(reply.ranked[:TOP], q),
            "id": q["id"], "question": q["question"], "gold": q["answers"], "shown": reply.ranked[:1],
        })
    return results


def row_of(results: list[dict]) -> list[str]:
    answerable = [r for r in results if r["answerable"]]
    unanswerable = [r for r in results if not r["answerable"]]
    followups = [r for r in results if r["class"] == "followup"]

    def share(rows: list[dict], key: str) -> str:
        return f"{sum(r[key] for r in rows) / len(rows):.2f}" if rows else "-"

    return [str(len(results)), share(answerable, "top1"), share(answerable, "top3"),
            share(unanswerable, "declined"), share(answerable, "declined"), share(followups, "top1")]


def print_table(results: list[dict]) -> None:
    header = ["questions", "top-1", "top-3", "declined unans.", "wrongly declined", "follow-up top-1"]
    print(f"{'':<24}" + "".join(f"{h:>18}" for h in header))
    for split in ("dev", "heldout"):
        subset = [r for r in results if r["split"] == split]
        print(f"{split:<24}" + "".join(f"{c:>18}" for c in row_of(subset)))
        for key in ("language", "class"):
            for value in sorted({r[key] for r in subset}):
                cells = row_of([r for r in subset if r[key] == value])
                print(f"  {value:<22}" + "".join(f"{c:>18}" for c in cells))
    print(f"{'all':<24}" + "".join(f"{c:>18}" for c in row_of(results)))


def main(argv: list[str] | None = None) -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--data", type=Path, default=DEFAULT_DATA, help="bench data folder holding extraction/")
    parser.add_argument("--misses", choices=("dev", "heldout"), help="also print every miss of this split")
    parser.add_argument("--in-a-row", choices=("dev", "heldout"), dest="in_a_row",
                        help="also ask this split's other questions each right after the one before, as in a chat")
    args = parser.parse_args(argv)
    results = evaluate(SET, args.data)
    print(f"Reworded questions: {len(results)} (follow-ups expanded with the turn before); a declined answerable question counts as a miss\n")
    print_table(results)
    if args.misses:
        print_misses([r for r in results if r["split"] == args.misses])
    if args.in_a_row:
        print_in_a_row(results, SET, args.data, args.in_a_row)


def print_in_a_row(results: list[dict], set_dir: Path, data_dir: Path, split: str) -> None:
    """The questions that are no follow-ups, each asked right after the one before it on its
    article, as in a chat, where every question has a previous turn: one taken for a follow-up
    borrows that turn's words, which may cost it its answer (or its decline)."""
    articles = {row["id"]: row for row in read_jsonl(set_dir / "articles.jsonl")}
    alone = {r["id"]: r for r in results if r["split"] == split}
    built: dict[str, Article] = {}
    before: dict[str, tuple[str, str]] = {}
    right = declined = 0
    for q in read_jsonl(set_dir / "questions.jsonl"):
        if q["id"] not in alone:
            continue
        article = built.get(q["article"]) or built.setdefault(q["article"], load_article(articles[q["article"]], data_dir))
        reply = ask_bot(article, q["question"], before.get(q["article"]))
        before[q["article"]] = reply.turn()
        if q.get("after"):
            continue
        if q["class"] == "unanswerable":
            declined += reply.declined
        else:
            right += not reply.declined and hit(reply.ranked[:1], q)
        if reply.matched != q["question"]:
            print(f"  taken for a follow-up: {q['id']} {q['question']}")
    fresh = [r for r in alone.values() if r["class"] != "followup"]
    answerable = [r for r in fresh if r["answerable"]]
    unanswerable = [r for r in fresh if not r["answerable"]]
    print(f"\n{split}, the {len(fresh)} other questions in a row: top-1 {right / len(answerable):.2f} "
          f"(alone {sum(r['top1'] for r in answerable) / len(answerable):.2f}), unanswerable declined "
          f"{declined / len(unanswerable):.2f} (alone {sum(r['declined'] for r in unanswerable) / len(unanswerable):.2f})")


def print_misses(results: list[dict]) -> None:
    """Each question answered wrongly, wrongly declined or wrongly answered, with what was shown."""
    for r in results:
        if r["top1"] or (not r["answerable"] and r["declined"]):
            continue
        verdict = "declined" if r["declined"] else "answered" if not r["answerable"] else "wrong"
        shown = r["shown"][0][:160] if r["shown"] else "-"
        print(f"\n{r['id']} [{r['class']}, {verdict}] {r['question']}\n  gold: {r['gold']}\n  shown: {shown}")


if __name__ == "__main__":
    main()
