"""Small PDFs built byte by byte for tests: pages of text lines, with no PDF library involved.

Each line is drawn where a typesetter would put it (top to bottom, Helvetica 10 pt), so what the
bot reads back goes through the same text layer as a real document's. `declared_pages` writes a
page count into the page tree that the file does not have, as a page-count bomb does.
"""

from __future__ import annotations

import io
import textwrap


def _escape(text: str) -> str:
    return text.replace("\\", "\\\\").replace("(", "\\(").replace(")", "\\)")


def make_pdf(pages: list[list[str]], *, title: str | None = None, declared_pages: int | None = None) -> bytes:
    """A PDF whose page i shows the lines pages[i]; a page with no lines has no text at all."""
    objects: list[bytes] = [b"", b""]  # 1: catalog, 2: page tree, filled in below
    font = len(objects) + 1
    objects.append(b"<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica >>")
    kids = []
    for lines in pages:
        drawn = "".join(f"BT /F1 10 Tf 50 {800 - 14 * row} Td ({_escape(line)}) Tj ET\n"
                        for row, line in enumerate(lines)).encode("latin-1")
        objects.append(b"<< /Length %d >>\nstream\n%s\nendstream" % (len(drawn), drawn))
        content = len(objects)
        objects.append(b"<< /Type /Page /Parent 2 0 R /MediaBox [0 0 595 842] /Contents %d 0 R "
                       b"/Resources << /Font << /F1 %d 0 R >> >> >>" % (content, font))
        kids.append(len(objects))
    objects[0] = b"<< /Type /Catalog /Pages 2 0 R >>"
    count = declared_pages if declared_pages is not None else len(kids)
    objects[1] = b"<< /Type /Pages /Kids [%s] /Count %d >>" % (b" ".join(b"%d 0 R" % k for k in kids), count)
    info = b""
    if title is not None:
        objects.append(b"<< /Title (%s) >>" % _escape(title).encode("latin-1"))
        info = b" /Info %d 0 R" % len(objects)
    out = io.BytesIO()
    out.write(b"%PDF-1.4\n")
    offsets = []
    for number, body in enumerate(objects, start=1):
        offsets.append(out.tell())
        out.write(b"%d 0 obj\n%s\nendobj\n" % (number, body))
    xref = out.tell()
    out.write(b"xref\n0 %d\n0000000000 65535 f \n" % (len(objects) + 1))
    out.write(b"".join(b"%010d 00000 n \n" % offset for offset in offsets))
    out.write(b"trailer\n<< /Size %d /Root 1 0 R%s >>\nstartxref\n%d\n%%%%EOF\n" % (len(objects) + 1, info, xref))
    return out.getvalue()


def typeset(paragraphs: list[str], *, width: int = 70, lines_per_page: int = 40,
            header: str | None = None, numbered: bool = False) -> list[list[str]]:
    """Paragraphs wrapped at `width` characters and cut into pages, a blank-free layout like a
    PDF's text layer, with a running header and page numbers when asked."""
    lines = [line for paragraph in paragraphs for line in textwrap.wrap(paragraph, width)]
    pages = [lines[start:start + lines_per_page] for start in range(0, len(lines), lines_per_page)]
    for number, page in enumerate(pages, start=1):
        if header:
            page.insert(0, header)
        if numbered:
            page.append(str(number))
    return pages


def encrypted(data: bytes, password: str = "secret") -> bytes:
    """The PDF locked with a user password."""
    from pypdf import PdfReader, PdfWriter

    writer = PdfWriter(clone_from=PdfReader(io.BytesIO(data)))
    writer.encrypt(password, algorithm="RC4-128")
    out = io.BytesIO()
    writer.write(out)
    return out.getvalue()
