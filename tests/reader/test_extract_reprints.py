"""A paragraph printed again further down the page: a pull quote set in a box repeats the story's
own words (MIT Technology Review's CRISPR feature, one of newspaper's test pages, read "No CRISPR
drug yet exists. But if CRISPR turns out …" twice, and the summary and answers could show both)."""

from __future__ import annotations

from bot.reader.extract.page import extract_article
from tests.support.ferry_story import LINES, ferry_page


def _body(*paragraphs: str) -> str:
    return "".join(f"<p>{paragraph}</p>" for paragraph in paragraphs)


def test_a_pull_quote_repeating_a_paragraph_is_read_once_where_it_first_stands():
    pull_quote = f'<blockquote class="pullquote"><p>{LINES[1]}</p></blockquote>'
    page = ferry_page(_body(*LINES[:3]) + pull_quote + _body(*LINES[3:]))
    assert extract_article(page, "https://harbour.example/ferry").paragraphs == LINES


def test_a_short_line_may_stand_twice():
    """"Advertisement" or a refrain is no reprint of the story: only long paragraphs are."""
    page = ferry_page(_body(LINES[0], "Watch the video.", *LINES[1:3], "Watch the video.", *LINES[3:]))
    paragraphs = extract_article(page, "https://harbour.example/ferry").paragraphs
    assert paragraphs.count("Watch the video.") == 2
