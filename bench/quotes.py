"""Quote detection and attribution against hand-labelled stories in English, French, German and Spanish.

Run `python -m bench.quotes [--data DIR] [--verbose] [--split dev]` (`--split` measures one split only, so
`--verbose --split dev` shows the mistakes one may tune on and none of the held-out ones). `bench/quotes_labels.jsonl` holds one story a line:
`id`, `language`, `split` (`dev`, tuned on; `heldout`, never looked at for tuning), either `file` (a
text in `bench/quote_stories/`: title, blank line, paragraphs separated by blank lines), or `page`
(`<source>:<path>`, a test page of a fundus, newspaper, trafilatura, Readability, Postlight or htmldate clone, as
`bench.fresh_pages` names them, read from the build machine's mirrors the way a download is read: the pages belong to
their publishers, so neither they nor their text are copied here), or nothing
(then `id` is a story of `summarization-cnndm/dev.cnndm.jsonl` or a page of
`extraction/dev.ground_truth.jsonl`, its reference text, in the data folder, read at run time and not
copied here); stories a share or a clone lacks are left out, with a note; and `quotes`: every direct quotation of five words or more (its opening words) and who
said it, as a reader judges it: the full name the article introduces, an organisation when it is
named as the source (and no person is), null when the article only says "a spokesman" or "the young
woman". A quotation in several pieces is labelled piece by piece, each with its speaker. Scare
quotes, titles, nicknames and quotations nested in another quotation are not labelled. Sources and
licences are in `bench/quote_stories/README.md`.

A found piece matches a labelled one (each used once) when their first words agree, compared as
lower-case words. The CNN/DM texts have no paragraph breaks, so each is one paragraph. Printed per
language and split: precision and recall of detection, speaker accuracy on matched quotes (exact,
and surname only), the full-name rate (of quotes whose labelled speaker has a multi-word name and
whose found speaker has the right surname, the share shown with the full name), and the share of
`find_quotes`' top 3 that are labelled quotes.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from pathlib import Path

from bench.data import CNNDM, EXTRACTION, argument_parser, data_set, read_jsonl
from bench.fresh_pages import DEFAULT_NEWSPAPER, DEFAULT_TRAFILATURA, Pages
from bench.fundus import DEFAULT_FUNDUS
from bot.reader.article import Article
from bot.reader.text.document import build_document
from bot.reader.quotes.quotations import Quote, all_quotes, find_quotes

LABELS = Path(__file__).resolve().parent / "quotes_labels.jsonl"
STORIES = Path(__file__).resolve().parent / "quote_stories"
OPENING_WORDS = 5
"""Words compared to match a found quote to a label (labels give about six)."""
TOP = 3


@dataclass
class Tally:
    found: int = 0
    labelled: int = 0
    matched: int = 0
    with_speaker_label: int = 0
    speaker_exact: int = 0
    speaker_surname: int = 0
    multiword_surname: int = 0
    full_name: int = 0
    top: int = 0
    top_matched: int = 0

    def add_article(self, found: list[Quote], top: tuple[Quote, ...], labels: list[dict]) -> list[str]:
        """Count one article; return lines describing each mistake, for `--verbose`."""
        mistakes = []
        self.found += len(found)
        self.labelled += len(labels)
        unmatched = list(labels)
        matched_texts = set()
        pieces = [(quote, piece) for quote in found for piece in quote.parts]
        self.found += len(pieces) - len(found)
        for quote, piece in pieces:
            label = next((l for l in unmatched if _same_opening(piece, l["opening"])), None)
            if label is None:
                mistakes.append(f"  extra: {piece[:70]!r}")
                continue
            unmatched.remove(label)
            matched_texts.add(quote.text)
            self.matched += 1
            expected, got = label["speaker"], quote.speaker
            self.with_speaker_label += 1
            if _norm(expected) == _norm(got):
                self.speaker_exact += 1
            else:
                mistakes.append(f"  speaker: {got!r} != {expected!r} for {quote.text[:50]!r}")
            if _surname(expected) == _surname(got):
                self.speaker_surname += 1
                if expected and len(expected.split()) > 1:
                    self.multiword_surname += 1
                    self.full_name += _norm(expected) == _norm(got)
        mistakes += [f"  missed: {l['opening']!r} ({l['speaker']})" for l in unmatched]
        self.top += len(top)
        self.top_matched += sum(q.text in matched_texts for q in top)
        return mistakes


def _words(text: str) -> list[str]:
    return re.findall(r"\w+", text.lower().replace("’", "'"))


def _same_opening(text: str, opening: str) -> bool:
    a, b = _words(text), _words(opening)
    n = min(OPENING_WORDS, len(b))
    return a[:n] == b[:n]


def _norm(name: str | None) -> str | None:
    return " ".join(name.lower().split()) if name else None


def _surname(name: str | None) -> str | None:
    return _norm(name).split()[-1] if name else None


def _ratio(part: int, whole: int) -> str:
    return f"{part / whole:.3f} ({part}/{whole})" if whole else "n/a"


def _story(item: dict, referenced: dict[str, tuple[str, ...]], pages: Pages) -> Article | None:
    """The story's text, or None when the data share or the clone lacks it."""
    if "page" in item:
        return pages.article(*item["page"].split(":", 1))
    if "file" not in item:
        paragraphs = referenced.get(item["id"])
        return Article(title="", paragraphs=paragraphs, language=item["language"]) if paragraphs else None
    title, _, body = (STORIES / item["file"]).read_text(encoding="utf-8").partition("\n\n")
    paragraphs = tuple(p.strip() for p in body.split("\n\n") if p.strip())
    return Article(title=title.strip(), paragraphs=paragraphs, language=item["language"])


def _print(name: str, tally: Tally, stories: int) -> None:
    print(f"{name}: {stories} stories, {tally.labelled} labelled, {tally.found} found, {tally.matched} matched")
    print(f"  detection precision  {_ratio(tally.matched, tally.found)}")
    print(f"  detection recall     {_ratio(tally.matched, tally.labelled)}")
    print(f"  speaker exact        {_ratio(tally.speaker_exact, tally.with_speaker_label)}")
    print(f"  speaker surname      {_ratio(tally.speaker_surname, tally.with_speaker_label)}")
    print(f"  full-name rate       {_ratio(tally.full_name, tally.multiword_surname)}")
    print(f"  top-{TOP} precision      {_ratio(tally.top_matched, tally.top)}")


def _referenced(data: Path) -> dict[str, tuple[str, ...]]:
    """The paragraphs of the stories labelled by id, read from the data share: a CNN/DM story is one
    paragraph; an extraction page's reference text has its paragraphs separated by blank lines."""
    stories: dict[str, tuple[str, ...]] = {}
    if cnndm := data_set(data, CNNDM):
        stories |= {row["id"]: (row["text"],) for row in read_jsonl(cnndm)}
    if extraction := data_set(data, EXTRACTION):
        stories |= {row["id"]: tuple(p.strip() for p in row["text"].split("\n\n") if p.strip())
                    for row in read_jsonl(extraction)}
    return stories


def main() -> None:
    parser = argument_parser(__doc__)
    parser.add_argument("--verbose", action="store_true", help="print every mistake")
    parser.add_argument("--split", choices=("dev", "heldout"), help="measure this split only")
    args = parser.parse_args()
    referenced = _referenced(args.data)
    labels = list(read_jsonl(LABELS))
    labels = [item for item in labels if args.split in (None, item["split"])]
    pages = Pages(DEFAULT_FUNDUS, DEFAULT_NEWSPAPER, DEFAULT_TRAFILATURA)
    held = [(item, article) for item in labels if (article := _story(item, referenced, pages))]
    if len(held) < len(labels):
        print(f"note: {len(labels) - len(held)} of the {len(labels)} labelled stories are not in {args.data} "
              "or the page clones")
    tallies: dict[str, Tally] = {}
    stories: dict[str, int] = {}
    for item, article in held:
        document = build_document(article)
        found, top = all_quotes(document), find_quotes(document, TOP)
        for key in ("all", item["language"], item["split"], f'{item["language"]}/{item["split"]}'):
            tallies.setdefault(key, Tally()).add_article(found, top, item["quotes"])
            stories[key] = stories.get(key, 0) + 1
        mistakes = Tally().add_article(found, top, item["quotes"])
        if args.verbose and mistakes:
            print(item["id"], *mistakes, sep="\n")
    for key in sorted(tallies, key=lambda k: (k != "all", "/" in k, k)):
        _print(key, tallies[key], stories[key])


if __name__ == "__main__":
    main()
