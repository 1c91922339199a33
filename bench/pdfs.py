"""PDF text: pypdf against pdfminer.six, text quality and milliseconds per page.

Two sets:

- known text: the first `--articles` articles of the extraction set (`extraction/dev.ground_truth.jsonl`)
  typeset with reportlab as justified pages with a running header and a page number, so the text
  each library should find is known. Quality is word precision / recall / F1 (multisets of
  lower-cased words) of the raw page text, and of the Article that `bot.reader.extract.pdf`
  rebuilds from it (paragraphs joined, header and page numbers dropped).
- real PDFs: every PDF in `--pdfs DIR` (e.g. py-pdf/sample-files: LaTeX, LibreOffice, Google Docs,
  multi-column). Their text is not known, so quality is the share of words that are plain words
  (letters only, 2-20 long: glued words, broken ligatures and (cid:12) junk fail) and the word F1
  of the two libraries against each other.

    python -m bench.pdfs [--data DIR] [--pdfs DIR] [--articles N]

reportlab is needed only here (`pip install reportlab`), never by the bot.
"""

from __future__ import annotations

import io
import re
import sys
import time
from collections import Counter
from collections.abc import Callable
from pathlib import Path

from bench.data import EXTRACTION, argument_parser, data_set, read_jsonl

_WORD = re.compile(r"\w+")
_PLAIN_WORD = re.compile(r"[^\W\d_]{2,20}")
PageTexts = Callable[[bytes], list[str]]


def pypdf_pages(data: bytes) -> list[str]:
    from pypdf import PdfReader

    return [page.extract_text() or "" for page in PdfReader(io.BytesIO(data)).pages]


def pdfminer_pages(data: bytes) -> list[str]:
    from pdfminer.high_level import extract_pages
    from pdfminer.layout import LTTextContainer

    return ["".join(element.get_text() for element in page if isinstance(element, LTTextContainer))
            for page in extract_pages(io.BytesIO(data))]


LIBRARIES: dict[str, PageTexts] = {"pypdf": pypdf_pages, "pdfminer.six": pdfminer_pages}


def words(text: str) -> Counter[str]:
    return Counter(word.lower() for word in _WORD.findall(text))


def f_scores(found: Counter[str], truth: Counter[str]) -> tuple[float, float, float]:
    """Word precision, recall and F1 of `found` against `truth`."""
    overlap = sum((found & truth).values())
    precision = overlap / max(1, sum(found.values()))
    recall = overlap / max(1, sum(truth.values()))
    return precision, recall, 2 * precision * recall / max(1e-9, precision + recall)


def plain_share(text: str) -> float:
    tokens = _WORD.findall(text)
    return sum(bool(_PLAIN_WORD.fullmatch(token)) for token in tokens) / max(1, len(tokens))


def typeset(title: str, text: str) -> bytes:
    """The article as a PDF: title, justified paragraphs, running header and page numbers."""
    from reportlab.lib.enums import TA_JUSTIFY
    from reportlab.lib.pagesizes import A4
    from reportlab.lib.styles import getSampleStyleSheet
    from reportlab.platypus import Paragraph, SimpleDocTemplate
    from xml.sax.saxutils import escape

    styles = getSampleStyleSheet()
    body = styles["BodyText"].clone("justified", alignment=TA_JUSTIFY)

    def furniture(canvas, document) -> None:
        canvas.setFont("Helvetica", 8)
        canvas.drawString(72, A4[1] - 40, "The Bench Review · Reprinted for study")
        canvas.drawCentredString(A4[0] / 2, 30, str(document.page))

    buffer = io.BytesIO()
    document = SimpleDocTemplate(buffer, pagesize=A4, title=title)
    story = [Paragraph(escape(title), styles["Title"])]
    story += [Paragraph(escape(p), body) for p in text.split("\n") if p.strip()]
    document.build(story, onFirstPage=furniture, onLaterPages=furniture)
    return buffer.getvalue()


def timed(function: PageTexts, data: bytes) -> tuple[list[str], float]:
    """Page texts and milliseconds per page."""
    start = time.perf_counter()
    pages = function(data)
    return pages, (time.perf_counter() - start) * 1000 / max(1, len(pages))


def known_text(path: Path, articles: int) -> None:
    from bot.reader.extract.pdf import read_pdf

    print(f"\nknown text: {articles} articles typeset with reportlab (header + page numbers)")
    print(f"{'library':14} {'P raw':>6} {'R raw':>6} {'F1 raw':>6}   {'P art':>6} {'R art':>6} {'F1 art':>6}  ms/page")
    rows = [row for _, row in zip(range(articles), read_jsonl(path))]
    pdfs = [(row["text"], typeset(row.get("title") or "Untitled", row["text"])) for row in rows]
    for name, function in LIBRARIES.items():
        raw, rebuilt, speeds = [], [], []
        for text, data in pdfs:
            truth = words(text)
            pages, ms = timed(function, data)
            speeds.append(ms)
            raw.append(f_scores(words("\n".join(pages)), truth))
            if name == "pypdf":
                article = read_pdf(data)
                rebuilt.append(f_scores(words("\n".join(article.paragraphs)), truth))
        mean = [sum(s[i] for s in raw) / len(raw) for i in range(3)]
        art = [sum(s[i] for s in rebuilt) / len(rebuilt) for i in range(3)] if rebuilt else None
        art_text = " ".join(f"{v:6.3f}" for v in art) if art else f"{'-':>6} {'-':>6} {'-':>6}"
        print(f"{name:14} {mean[0]:6.3f} {mean[1]:6.3f} {mean[2]:6.3f}   {art_text}  {sum(speeds) / len(speeds):7.1f}")


def real_pdfs(folder: Path) -> None:
    print(f"\nreal PDFs in {folder}: plain-word share per library, F1 between them, ms/page")
    print(f"{'file':36} {'pages':>5}  {'pypdf':>6} {'ms':>6}  {'miner':>6} {'ms':>6}  {'agree':>6}")
    for path in sorted(folder.glob("*.pdf")):
        data = path.read_bytes()
        results = {}
        for name, function in LIBRARIES.items():
            try:
                pages, ms = timed(function, data)
                results[name] = ("\n".join(pages), len(pages), ms)
            except Exception as error:  # a sample a library cannot open is a result, not a crash
                results[name] = (f"{type(error).__name__}", 0, 0.0)
        (a, pages, a_ms), (b, _, b_ms) = results["pypdf"], results["pdfminer.six"]
        agree = f_scores(words(a), words(b))[2]
        print(f"{path.name[:36]:36} {pages:5}  {plain_share(a):6.3f} {a_ms:6.1f}  {plain_share(b):6.3f} {b_ms:6.1f}  {agree:6.3f}")


def main(argv: list[str] | None = None) -> int:
    parser = argument_parser(__doc__)
    parser.add_argument("--pdfs", type=Path, help="a folder of real PDFs")
    parser.add_argument("--articles", type=int, default=10)
    options = parser.parse_args(argv)
    path = data_set(options.data, EXTRACTION)
    if path is not None:
        known_text(path, options.articles)
    if options.pdfs is not None:
        real_pdfs(options.pdfs)
    return 0


if __name__ == "__main__":
    sys.exit(main())
