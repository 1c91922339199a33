"""PDF -> Article: paragraphs rebuilt across lines and pages, page furniture dropped, bad PDFs refused."""

from __future__ import annotations

import time

import pytest

from bot.errors import DamagedPdf, EncryptedPdf, PdfTooLong, ScannedPdf, message_for
from bot.reader.extract.pdf import MAX_PAGES, drop_furniture, read_pdf, rebuild_paragraphs
from bot.reader.pipeline import read_document
from tests.e2e.articles import PASTED
from tests.support.pdfs import encrypted, make_pdf, typeset

TITLE, *PARAGRAPHS = [p for p in PASTED.split("\n\n") if "Facebook" not in p]


def test_paragraphs_come_back_whole_across_lines_and_pages_without_headers_or_page_numbers() -> None:
    pages = typeset(PARAGRAPHS, lines_per_page=4, header="Harbour Gazette · Spring 2024", numbered=True)
    assert len(pages) > 3
    article = read_pdf(make_pdf(pages, title=TITLE))
    assert article.title == TITLE
    assert list(article.paragraphs) == PARAGRAPHS


def test_the_first_line_is_the_title_when_the_metadata_has_none() -> None:
    article = read_pdf(make_pdf(typeset([TITLE, *PARAGRAPHS])))
    assert article.title == TITLE
    assert article.paragraphs[0] == PARAGRAPHS[0]


@pytest.mark.parametrize("placeholder", ["(anonymous)", "Untitled", "Microsoft Word - notes.docx", "report.pdf"])
def test_a_placeholder_title_a_tool_wrote_gives_way_to_the_first_line(placeholder: str) -> None:
    article = read_pdf(make_pdf(typeset([TITLE, *PARAGRAPHS]), title=placeholder))
    assert article.title == TITLE


def test_words_hyphenated_at_line_ends_are_joined_but_real_compounds_keep_their_hyphen() -> None:
    lines = ["The council voted on a new inter-", "national ferry link for the ninety-",
             "minute crossing, a ninety-minute trip", "across the bay.", "Next paragraph."]
    assert rebuild_paragraphs(lines) == [
        "The council voted on a new international ferry link for the ninety-minute crossing, "
        "a ninety-minute trip across the bay.",
        "Next paragraph."]


def test_running_headers_footers_and_page_numbers_are_dropped_and_body_lines_kept() -> None:
    pages = [["Annual report 2024 · page 1", "Body text one.", "1"],
             ["Annual report 2024 · page 2", "Body text two.", "- 2 -"],
             ["Annual report 2024 · page 3", "Body text three.", "Page 3 of 3"]]
    assert drop_furniture(pages) == [["Body text one."], ["Body text two."], ["Body text three."]]


def test_a_pdf_without_text_says_it_may_be_a_scan() -> None:
    with pytest.raises(ScannedPdf) as refused:
        read_pdf(make_pdf([[], []]))
    assert "no text I can read" in message_for(refused.value)


def test_a_password_protected_pdf_is_refused_as_locked() -> None:
    with pytest.raises(EncryptedPdf) as refused:
        read_pdf(encrypted(make_pdf(typeset(PARAGRAPHS))))
    assert "password" in message_for(refused.value)


def test_a_page_count_bomb_is_refused_from_its_page_tree_without_reading_pages() -> None:
    with pytest.raises(PdfTooLong) as refused:
        read_pdf(make_pdf(typeset(PARAGRAPHS), declared_pages=10_000_000))
    assert f"up to {MAX_PAGES}" in message_for(refused.value)


def test_a_real_long_document_is_refused_too() -> None:
    with pytest.raises(PdfTooLong):
        read_pdf(make_pdf([["Page text."]] * (MAX_PAGES + 1)))


def test_a_broken_pdf_is_refused_as_damaged() -> None:
    with pytest.raises(DamagedPdf):
        read_pdf(b"%PDF-1.4\n1 0 obj << /Type /Catalog /Pages 9 0 R >> endobj\ntrailer << /Root 1 0 R >>\n%%EOF")


def test_documents_are_read_by_kind_pdf_html_or_text() -> None:
    assert read_document(make_pdf(typeset(PARAGRAPHS), title=TITLE), "f.pdf").paragraphs == tuple(PARAGRAPHS)
    assert read_document(PASTED.encode(), "notes.txt").title == TITLE
    html = f"<html><head><title>{TITLE}</title></head><body>{''.join(f'<p>{p}</p>' for p in PARAGRAPHS)}</body></html>"
    assert read_document(html.encode(), "page.html").paragraphs[0] == PARAGRAPHS[0]


def test_a_page_of_sixty_thousand_full_lines_is_rebuilt_in_seconds() -> None:
    """One paragraph of 3.7 MB: adding each line to the text so far copied all of it, and searched
    all of it for a hyphen at its end, and a 6 MB one-page PDF took four minutes of a reader process."""
    lines = [f"Line {n} of the council report says the ferry runs at night." for n in range(60_000)]
    started = time.process_time()

    paragraphs = rebuild_paragraphs(lines)

    assert time.process_time() - started < 10
    assert paragraphs == [" ".join(lines)]


def test_a_six_megabyte_page_is_read_from_its_top_in_seconds_and_says_so() -> None:
    """One page of 60,000 lines drawn one by one (6 MB of drawing instructions): pypdf took 24 s
    of a reader process for it, past the deadline, and the sender got "took too long"."""
    lines = [f"Line {n} of the council report says the ferry runs at night." for n in range(60_000)]
    started = time.process_time()

    article = read_pdf(make_pdf([lines]))

    assert time.process_time() - started < 10
    assert article.paragraphs[0].startswith("Line 0 of the council report")
    assert article.cut
