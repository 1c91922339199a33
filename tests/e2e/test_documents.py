"""PDFs and documents end to end: a PDF link, PDF and text files sent in the chat, one too large,
one that is not text and one that is a feed."""

from __future__ import annotations

import io
import zipfile

from tests.e2e import articles
from tests.e2e.conftest import World
from tests.support.pdfs import make_pdf, typeset

TIMEOUT = 60
TITLE, *PARAGRAPHS = [p for p in articles.PASTED.split("\n\n") if "Facebook" not in p]
REPORT = make_pdf(typeset(PARAGRAPHS, lines_per_page=4, header="Harbour Gazette", numbered=True), title=TITLE)


def test_a_link_to_a_pdf_gets_a_summary(world: World) -> None:
    url = world.pages.add("/report.pdf", REPORT, content_type="application/pdf")
    sent = world.telegram.push_text(901, f"the council's report {url}")
    summary = world.telegram.wait_for_bot_message(901, after=sent, contains="TL;DR", timeout=TIMEOUT)
    assert TITLE in summary.text and "ferry" in summary.text
    assert "Harbour Gazette" not in summary.text


def test_a_pdf_sent_as_a_document_gets_a_summary_and_answers(world: World) -> None:
    sent = world.telegram.push_document(902, "report.pdf", REPORT, mime_type="application/pdf")
    summary = world.telegram.wait_for_bot_message(902, after=sent, contains="TL;DR", timeout=TIMEOUT)
    assert TITLE in summary.text
    question = world.telegram.push_text(902, "How much will tickets cost?")
    answer = world.telegram.wait_for_bot_message(902, after=question, timeout=TIMEOUT)
    assert "three euros" in answer.text


def test_a_text_file_sent_as_a_document_gets_a_summary(world: World) -> None:
    sent = world.telegram.push_document(903, "notes.txt", articles.PASTED.encode(), mime_type="text/plain")
    summary = world.telegram.wait_for_bot_message(903, after=sent, contains="TL;DR", timeout=TIMEOUT)
    assert TITLE in summary.text


def test_a_scanned_pdf_gets_a_clear_message(world: World) -> None:
    sent = world.telegram.push_document(904, "scan.pdf", make_pdf([[], []]), mime_type="application/pdf")
    refused = world.telegram.wait_for_bot_message(904, after=sent, contains="no text I can read", timeout=TIMEOUT)
    assert "scan" in refused.text


def test_a_pdf_page_of_six_megabytes_is_summarized_from_its_top_and_says_so(world: World) -> None:
    lines = [f"Line {n} of the council report says the ferry runs at night." for n in range(60_000)]
    sent = world.telegram.push_document(909, "minutes.pdf", make_pdf([lines]), mime_type="application/pdf")
    summary = world.telegram.wait_for_bot_message(909, after=sent, contains="TL;DR", timeout=TIMEOUT)
    assert "first part" in summary.text


def test_a_document_over_20_mb_is_refused_before_it_is_downloaded(world: World) -> None:
    downloads = len(world.telegram.calls("getFile"))
    sent = world.telegram.push_document(905, "huge.pdf", b"%PDF-1.4\n" + b" " * 25_000_000,
                                        mime_type="application/pdf")
    refused = world.telegram.wait_for_bot_message(905, after=sent, contains="too large", timeout=TIMEOUT)
    assert "20 MB" in refused.text
    assert len(world.telegram.calls("getFile")) == downloads
    asked = world.telegram.push_text(905, f"and this {world.pages.url('/envoy')}")
    world.telegram.wait_for_bot_message(905, after=asked, contains="TL;DR", timeout=TIMEOUT)


def test_other_files_get_the_list_of_files_the_bot_reads(world: World) -> None:
    sent = world.telegram.push_document(906, "photo.png", b"\x89PNG\r\n\x1a\n", mime_type="image/png")
    reply = world.telegram.wait_for_bot_message(906, after=sent, timeout=TIMEOUT)
    assert "PDF, HTML and plain-text" in reply.text


def zipped(name: str, data: bytes) -> bytes:
    packed = io.BytesIO()
    with zipfile.ZipFile(packed, "w") as archive:
        archive.writestr(name, data)
    return packed.getvalue()


def test_a_file_that_is_not_text_or_is_a_feed_is_told_apart_as_a_file(world: World) -> None:
    """A zip renamed .txt was "not a web page", and a feed saved as a file "too short to summarize"."""
    feed = (b'<?xml version="1.0"?><rss version="2.0"><channel><title>Harbour news</title><item>'
            b"<title>Night ferry</title><link>https://example.com/ferry</link></item></channel></rss>")
    for chat, name, data, expected in [
        (907, "notes.txt", zipped("notes.txt", articles.PASTED.encode()), "That file isn't text I can read (it's application/zip)"),
        (908, "news.txt", feed, "/feed add with the feed's link"),
    ]:
        sent = world.telegram.push_document(chat, name, data, mime_type="text/plain")
        refused = world.telegram.wait_for_bot_message(chat, after=sent, contains=expected, timeout=TIMEOUT)
        assert "web page" not in refused.text
        asked = world.telegram.push_text(chat, f"and this {world.pages.url('/envoy')}")
        world.telegram.wait_for_bot_message(chat, after=asked, contains="TL;DR", timeout=TIMEOUT)


def test_a_utf16_text_file_without_a_byte_order_mark_gets_a_summary(world: World) -> None:
    sent = world.telegram.push_document(910, "notes.txt", articles.PASTED.encode("utf-16-le"), mime_type="text/plain")
    summary = world.telegram.wait_for_bot_message(910, after=sent, contains="TL;DR", timeout=TIMEOUT)
    assert TITLE in summary.text
