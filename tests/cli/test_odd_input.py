"""Input as people really hand it over: text pasted without line breaks, files that are not text,
pages with absurd metadata. Each must read as a clean article or fail with one clear line."""

from __future__ import annotations

import json
import os
import re
from pathlib import Path

from tests.cli.test_command_line import run_bot
from tests.e2e import articles

STORY = [
    "The harbour council approved a night ferry service on Thursday, the first time in twenty years "
    "that boats will cross the bay after midnight.",
    "The ferries will run every forty minutes between one and five in the morning, from June to "
    "September, council members said after a vote of nine to two.",
    "Ticket prices will stay at three euros, and the service will be paid for by a small increase "
    "in the tourist tax charged by hotels along the waterfront.",
    "Night workers at the hospital and the port had asked for the service for years, saying the "
    "last evening boat left them with a ninety-minute walk around the bay.",
    "The council will review the service in October and decide whether to run it all year.",
]
TITLE = "Harbour council approves night ferry service"
FURNITURE = ["Skip to main content", ". . .", "Menu", "Search", "Theme", "Light", "Dark", "Font size",
             "Sign up for our newsletter", "Share this article", "Follow us on Facebook", "Mayor opens"]
ONE_LINE = " ".join([
    "Skip to main content", ". . . .", "Menu • Search • Theme • Light • Dark • Font size", TITLE,
    "Sign up for our newsletter to get the latest local news in your inbox.", *STORY[:3],
    "Follow us on Facebook for the latest local news.", *STORY[3:], "Share this article",
    "Read more:", "Mayor opens new library in the old town", "Bus lanes extended to the airport",
])
"""A page copied by an app that drops every line break: menus, switches and promos glued to the story."""


def test_text_pasted_without_line_breaks_reads_as_the_story(tmp_path: Path) -> None:
    pasted = tmp_path / "pasted.txt"
    pasted.write_text(ONE_LINE, encoding="utf-8")
    result = run_bot("summarize", str(pasted), "--json", tmp_path=tmp_path)
    assert result.returncode == 0, result.stderr
    digest = json.loads(result.stdout)
    assert digest["title"] == TITLE
    shown = " ".join([digest["tldr"], *digest["summary"]])
    assert not [f for f in FURNITURE if f in shown], shown
    assert digest["tldr"] == STORY[0]

    answer = run_bot("ask", str(pasted), "How much will tickets cost?", tmp_path=tmp_path)
    assert answer.returncode == 0, answer.stderr
    assert "three euros" in answer.stdout
    where = re.search(r"paragraph (\d+) of (\d+)", answer.stdout)
    assert where and int(where.group(2)) == len(STORY), answer.stdout

    missing = run_bot("ask", str(pasted), "What colour are the ferries painted?", tmp_path=tmp_path)
    closest = [line for line in missing.stdout.splitlines() if line.startswith("│")]
    assert closest and re.search(r"[a-z]{3}", closest[0]), missing.stdout


def test_the_chat_summarizes_and_answers_a_one_line_paste_from_the_same_text(tmp_path: Path) -> None:
    conversation = f"{ONE_LINE}\nHow much will tickets cost?\nWhat colour are the ferries painted?\n/quit\n"
    result = run_bot("chat", tmp_path=tmp_path, stdin=conversation)
    assert result.returncode == 0, result.stderr
    assert TITLE in result.stdout and "Skip to" not in result.stdout and "Theme" not in result.stdout
    assert "three euros" in result.stdout
    assert f"of {len(STORY)})" in result.stdout
    assert ". . ." not in result.stdout


def test_the_chat_summarizes_a_paste_whose_link_cannot_be_read(tmp_path: Path) -> None:
    """The story pasted with its link, which is dead: the paste is read, the link's failure not shown."""
    conversation = f"{ONE_LINE} Read it at http://127.0.0.1:9/harbour-story\nHow much will tickets cost?\n/quit\n"
    result = run_bot("chat", tmp_path=tmp_path, stdin=conversation)
    assert result.returncode == 0, result.stderr
    assert TITLE in result.stdout and "three euros" in result.stdout
    assert "couldn't reach" not in result.stdout and "private" not in result.stdout


PDF = (b"%PDF-1.4\n1 0 obj << /Type /Catalog /Pages 2 0 R >> endobj\n"
       b"4 0 obj << /Length 300 >> stream\nBT /F1 12 Tf 72 712 Td (" + " ".join(STORY).encode() +
       b") Tj ET\nendstream endobj\nxref\n0 5\ntrailer << /Root 1 0 R >>\n%%EOF\n")


def test_a_file_that_is_not_text_is_refused_with_one_clear_line(tmp_path: Path) -> None:
    damaged, not_text = "couldn't open that PDF", "That file isn't text I can read"
    for name, content, expected in [("story.pdf", PDF, damaged), ("story.txt", PDF, damaged),
                                    ("photo.html", os.urandom(4000), not_text),
                                    ("notes.txt", b"\x89PNG\r\n\x1a\n" + os.urandom(3000), not_text)]:
        (tmp_path / name).write_bytes(content)
        result = run_bot("summarize", str(tmp_path / name), tmp_path=tmp_path)
        assert result.returncode == 1, (name, result.stdout)
        assert result.stdout == "", name
        assert result.stderr.strip().splitlines() == [result.stderr.strip()], result.stderr
        assert expected in result.stderr, result.stderr


def test_a_pasted_binary_blob_gets_the_same_message_in_the_chat(tmp_path: Path) -> None:
    blob = PDF.decode("latin-1").replace("\n", " ")
    result = run_bot("chat", tmp_path=tmp_path, stdin=f"{blob}\n/quit\n")
    assert result.returncode == 0, result.stderr
    assert "isn't a web page (it's application/pdf)" in result.stdout
    assert "TL;DR" not in result.stdout


def test_a_failure_is_one_line_with_no_library_chatter(tmp_path: Path) -> None:
    empty = tmp_path / "empty.html"
    empty.write_text("<html><head><title>x</title></head><body><div></div></body></html>")
    result = run_bot("summarize", str(empty), tmp_path=tmp_path)
    assert result.returncode == 1
    assert result.stderr.strip().splitlines() == [
        "I couldn't find an article on that page (it may be a paywall, a cookie wall, an index page or "
        "an error page)."]


def test_absurdly_long_metadata_is_shortened_everywhere(tmp_path: Path) -> None:
    huge = "Endless " * 60_000
    page = articles.page(huge + "title", STORY * 2, site="Site " * 5_000, author="Author " * 5_000)
    page = page.replace("</head>", f'<link rel="canonical" href="https://news.example/{"a" * 100_000}"></head>')
    (tmp_path / "huge.html").write_text(page, encoding="utf-8")
    result = run_bot("summarize", str(tmp_path / "huge.html"), "--json", tmp_path=tmp_path)
    assert result.returncode == 0, result.stderr
    digest = json.loads(result.stdout)
    assert digest["title"].startswith("Endless Endless") and digest["title"].endswith("…")
    assert len(digest["title"]) <= 250
    assert len(digest["site_name"]) <= 100 and len(digest["author"] or "") <= 100, "a byline of one word repeated may go"
    assert digest["canonical_url"] is None, "an address cut short names another page, so it goes"
    text = run_bot("summarize", str(tmp_path / "huge.html"), tmp_path=tmp_path)
    assert text.returncode == 0, text.stderr
    assert max(len(line) for line in text.stdout.splitlines()) <= 1000
    assert len(text.stdout) < 5_000


def test_a_file_larger_than_a_page_may_be_is_refused_before_reading(tmp_path: Path) -> None:
    (tmp_path / "big.txt").write_text(" ".join(STORY) * 400, encoding="utf-8")
    result = run_bot("summarize", str(tmp_path / "big.txt"), tmp_path=tmp_path, FETCH_MAX_BYTES="100000")
    assert result.returncode == 1
    assert result.stderr.strip() == "That file is too large: I can read documents of up to 0.1 MB."


def test_a_path_typed_into_the_terminal_chat_is_read_like_a_file_sent_there(tmp_path: Path) -> None:
    """A saved page keeps its own title; a missing file, a device that never ends and a folder
    each get the file message, and the chat goes on to answer about the page."""
    page = tmp_path / "garden.html"
    page.write_text(articles.GARDEN, encoding="utf-8")
    conversation = (f"{page}\n{tmp_path / 'gone.html'}\n/dev/zero\n{tmp_path}/\n"
                    "Who designed the garden?\n/quit\n")
    result = run_bot("chat", tmp_path=tmp_path, stdin=conversation)
    assert result.returncode == 0, result.stderr
    out = result.stdout
    assert "Reading garden.html" in out and articles.GARDEN_TITLE in out and "TL;DR" in out
    assert out.count("I couldn't open that file.") == 3, out
    assert "Lena Ortiz" in out.split("I couldn't open that file.")[-1], "the question after them is answered"


def test_chat_opens_with_the_file_it_was_given(tmp_path: Path) -> None:
    pasted = tmp_path / "story.txt"
    pasted.write_text(ONE_LINE, encoding="utf-8")
    page = tmp_path / "garden.html"
    page.write_text(articles.GARDEN, encoding="utf-8")
    for source, title, question, answer in [
            (pasted, TITLE, "How much will tickets cost?", "three euros"),
            (page, articles.GARDEN_TITLE, "Who designed the garden?", "Lena Ortiz")]:
        result = run_bot("chat", str(source), tmp_path=tmp_path, stdin=f"{question}\n/quit\n")
        assert result.returncode == 0, result.stderr
        assert title in result.stdout and "TL;DR" in result.stdout, result.stdout
        assert answer in result.stdout.split("TL;DR", 1)[1].split(question, 1)[-1], result.stdout
    (tmp_path / "story.pdf").write_bytes(PDF)
    refused = run_bot("chat", str(tmp_path / "story.pdf"), tmp_path=tmp_path, stdin="/quit\n")
    assert refused.returncode == 0, "the chat says what is wrong with the file and goes on"
    assert "I couldn't open that PDF: the file seems damaged or isn't a real PDF." in refused.stdout
