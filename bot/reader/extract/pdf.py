"""PDF bytes -> Article: the text layer read with pypdf, then paragraphs rebuilt from its lines.

A PDF has no paragraphs, only positioned lines, so the text a library gives back is wrapped at
the column width, hyphenated at line ends, broken at every page, and mixed with the running
header, footer and page number of each page (in content-stream order, not necessarily first or
last). The pure functions here undo that:

- `drop_furniture`: a line (its digits ignored) on most pages is a running header or footer, and a
  line that is only a page number ("12", "- 12 -", "Page 3 of 10") is dropped wherever it sits;
- `rebuild_paragraphs`: a line as long as the column goes on in the next line, across a page break
  too; a short line ends its paragraph (or is a heading); "inter-" + "national" is joined back
  into one word unless the document writes that word with its hyphen elsewhere.

pypdf was chosen over pdfminer.six with `python -m bench.pdfs` (README, Benchmarks): the same
text quality on the samples, at a third of the time per page. Its own limits (75 MB per
decompressed stream, 100,000 elements per array or dictionary) stop stream bombs; we add a page
cap read from the page tree before any page is parsed, a cap on the drawing instructions read
(`MAX_CONTENT_BYTES`: pypdf's time grows with them, and one page can hold millions) and a cap on
the text collected. A document cut by either is read from its top and says so. Anything
pypdf raises on a damaged file is mapped to `DamagedPdf` here, at the boundary.

CPU-bound and synchronous on purpose: the bot runs `read_pdf` in its reader processes.
"""

from __future__ import annotations

import io
import logging
import math
import re
from collections import Counter
from collections.abc import Iterable, Sequence

from bot.errors import DamagedPdf, EncryptedPdf, PdfTooLong, ScannedPdf, UserError
from bot.reader.article import Article
from bot.reader.extract.clutter import MAX_TEXT_CHARS, article_from_text

MAX_PAGES = 300
"""Longer documents (books, data dumps, page-count bombs) are refused before any page is read."""
MAX_PAGE_CONTENT_BYTES = 1_000_000
"""A page's drawing instructions read, cut at the end of the last text object that fits. pypdf's
time grows faster than their size (text instructions: 0.6 s for 0.5 MB, 1.4 s for 1 MB, 3.6 s for
2 MB; a 6 MB page of 60,000 lines took 24 s, past the reader's deadline, for text far beyond
`MAX_TEXT_CHARS`); a page of text has 5-50 KB, so what is cut is a chart's or a map's."""
MAX_CONTENT_BYTES = 4_000_000
"""Drawing instructions read from one document, all pages together: about six seconds at most."""
FURNITURE_SHARE = 0.6
"""A line (digits ignored) on at least this share of the pages, and on two or more, is a running header or footer."""
FULL_LINE_SHARE = 0.8
"""A line at least this share of the column's width was wrapped, so its paragraph goes on."""
SIGNATURE = b"%PDF-"
_PAGE_NUMBER = re.compile(r"(?i)^[-–—\s]*(page\s*)?\d{1,5}(\s*(/|of)\s*\d{1,5})?[-–—\s]*$")
_DIGITS = re.compile(r"\d+")
_SPACES = re.compile(r"\s+")
_HYPHENATED_END = re.compile(r"(\w+)-$")
_LOWER_START = re.compile(r"^[a-zà-ÿ]")
_ENDS_SENTENCE = re.compile(r"[.!?:;…\"”’»)]$")
_HYPHENATED_WORD = re.compile(r"\b\w+-\w+\b")
_TEXT_OBJECT_END = re.compile(rb"\sET(?=\s)")
_TEXT_OBJECT_SEARCH = 65_536
"""How far back from the cut a page's last whole text object is looked for; else it is cut at a space."""
_JUNK_TITLES = re.compile(r"(?i)^(\(?untitled|microsoft word|document\d*$|\(?(anonymous|no title|title|unknown)\)?$"
                          r"|.*\.(pdf|docx?|odt|tex|indd)$)")
"""Titles that tools write when the author gave none: reportlab's "(anonymous)", Word's file name."""
TITLE_MAX_WORDS = 20

logging.getLogger("pypdf").setLevel(logging.ERROR)  # every odd font is a warning: not ours to report


def is_pdf(data: bytes) -> bool:
    """True when the bytes begin like a PDF (some files carry a few junk bytes before the marker)."""
    return SIGNATURE in data[:1024]


def read_pdf(data: bytes, url: str | None = None) -> Article:
    """A PDF's text as an Article, or the `ReaderError` saying why it cannot be read (CPU work)."""
    title, pages, cut = _page_lines(data)
    lines = [line for page in drop_furniture(pages) for line in page]
    if not lines:
        raise ScannedPdf()
    paragraphs = rebuild_paragraphs(lines)
    if title is None and paragraphs and len(paragraphs[0].split()) <= TITLE_MAX_WORDS:
        title, paragraphs = paragraphs[0], paragraphs[1:]
    article = article_from_text("\n".join(paragraphs), title)
    return Article(article.title, article.paragraphs, article.language, url=url, cut=cut or article.cut)


def _page_lines(data: bytes) -> tuple[str | None, list[list[str]], bool]:
    """The metadata title, each page's lines, read through pypdf within our limits, and whether
    a limit cut the reading short."""
    from pypdf import PdfReader

    try:
        reader = PdfReader(io.BytesIO(data), strict=False)
        if reader.is_encrypted and not reader.decrypt(""):
            raise EncryptedPdf()
        count = _declared_pages(reader)
        if count > MAX_PAGES:
            raise PdfTooLong(count, MAX_PAGES)
        title = _metadata_title(reader)
        pages, budget, content_budget, cut = [], MAX_TEXT_CHARS, MAX_CONTENT_BYTES, False
        for page in reader.pages[:MAX_PAGES]:
            if budget <= 0 or content_budget <= 0:
                return title, pages, True
            read, page_cut = _cut_contents(page, min(MAX_PAGE_CONTENT_BYTES, content_budget))
            content_budget -= read
            cut = cut or page_cut
            text = page.extract_text() or ""
            pages.append(_tidy_lines(text[:budget]))
            cut = cut or len(text) > budget
            budget -= len(text)
        return title, pages, cut
    except UserError:
        raise
    except Exception as error:  # pypdf raises anything (KeyError, RecursionError...) on broken files
        raise DamagedPdf(type(error).__name__) from None


def _cut_contents(page: object, budget: int) -> tuple[int, bool]:
    """Cut, in place, a page's drawing instructions to `budget` bytes, at the end of its last
    whole text object (or space) before that; the bytes it has now, and whether it was cut. Its
    instructions are read once here, decompressed and joined (a page may split them over several
    streams)."""
    from pypdf.generic import DecodedStreamObject, NameObject

    contents = page.get_contents()  # type: ignore[attr-defined]
    if contents is None:
        return 0, False
    data = contents.get_data()
    if len(data) <= budget:
        return len(data), False
    window = max(0, budget - _TEXT_OBJECT_SEARCH)
    ends = [match.end() for match in _TEXT_OBJECT_END.finditer(data, window, budget)]
    end = ends[-1] if ends else max(0, data.rfind(b" ", 0, budget))
    cut = DecodedStreamObject()
    cut.set_data(data[:end])
    page[NameObject("/Contents")] = cut  # type: ignore[index]
    return max(end, 1), True


def _declared_pages(reader: object) -> int:
    """The page count the page tree declares, read without walking (and parsing) the tree."""
    try:
        return int(reader.trailer["/Root"]["/Pages"]["/Count"])  # type: ignore[attr-defined]
    except (KeyError, TypeError, ValueError):
        return len(reader.pages)  # type: ignore[attr-defined]


def _metadata_title(reader: object) -> str | None:
    try:
        title = (reader.metadata or {}).get("/Title")  # type: ignore[attr-defined]
    except Exception:  # a damaged info dictionary costs us the title, not the document
        return None
    title = _SPACES.sub(" ", str(title or "")).strip()
    return title if title and not _JUNK_TITLES.match(title) else None


def _tidy_lines(text: str) -> list[str]:
    return [line for line in (_SPACES.sub(" ", raw).strip() for raw in text.splitlines()) if line]


def drop_furniture(pages: Sequence[Sequence[str]]) -> list[list[str]]:
    """The pages without running headers, footers and page numbers."""
    seen_on = Counter(key for page in pages for key in {_furniture_key(line) for line in page})
    repeated = max(2, math.ceil(len(pages) * FURNITURE_SHARE))
    return [
        [line for line in page if not _PAGE_NUMBER.match(line) and seen_on[_furniture_key(line)] < repeated]
        for page in pages
    ]


def _furniture_key(line: str) -> str:
    """A line with its numbers blanked, so "Chapter 2 · page 14" matches on every page."""
    return _DIGITS.sub("#", line.lower())


def rebuild_paragraphs(lines: Sequence[str]) -> list[str]:
    """Wrapped lines joined back into paragraphs; hyphens at line ends removed where they split a word.

    A paragraph is gathered as a list of pieces and joined once it ends: adding each line to the
    text so far copied all of it every time, and one page of 60,000 full lines (a single paragraph
    of 3 MB) took minutes."""
    width = _column_width(lines)
    kept_hyphens = {word.lower() for line in lines for word in _HYPHENATED_WORD.findall(line)}
    paragraphs: list[str] = []
    pieces: list[str] = []
    for line, following in zip(lines, [*lines[1:], ""]):
        _join(pieces, line, kept_hyphens)
        if not _goes_on(line, following, width):
            paragraphs.append("".join(pieces))
            pieces = []
    return paragraphs


def _column_width(lines: Iterable[str]) -> int:
    """The length of a full line: the 90th percentile, so a few overlong lines do not set it."""
    lengths = sorted(len(line) for line in lines)
    return lengths[int(len(lengths) * 0.9)] if lengths else 0


def _goes_on(line: str, following: str, width: int) -> bool:
    """True when the paragraph carries on past `line` into `following`."""
    if not following:
        return False
    if _HYPHENATED_END.search(line) and _LOWER_START.match(following):
        return True
    if len(line) < width * FULL_LINE_SHARE:
        return bool(_LOWER_START.match(following)) and not _ENDS_SENTENCE.search(line)
    return True


def _join(pieces: list[str], line: str, kept_hyphens: set[str]) -> None:
    """`line` added to the paragraph's pieces, across a hyphen when the line before ended in one.
    Only the last piece is read: the paragraph's last word is in it."""
    if not pieces:
        pieces.append(line)
        return
    last = pieces[-1]
    end = _HYPHENATED_END.search(last[last.rfind(" ") + 1:]) if last.endswith("-") else None
    if end and _LOWER_START.match(line):
        first = line.split(" ", 1)[0]
        compound = f"{end.group(1)}-{first}".lower().rstrip(".,;:!?")
        if compound not in kept_hyphens:
            pieces[-1] = last[:-1]
        pieces.append(line)
        return
    pieces.append(" " + line)
