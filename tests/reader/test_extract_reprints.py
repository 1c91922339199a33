"""Lines a page prints besides the story: a paragraph printed again further down (a pull quote set
in a box: MIT Technology Review's CRISPR feature, one of newspaper's test pages, read "No CRISPR
drug yet exists. But if CRISPR turns out …" twice), and a row of page links under it."""

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


def test_a_row_of_page_links_under_the_story_is_not_read():
    """The Atlantic's first page of three ended "1", "2", "3", "Single Page", each a paragraph the
    answers and the word count took for the story's."""
    page = ferry_page(_body(*LINES, "1", "2", "3", "Single Page"))
    assert extract_article(page, "https://harbour.example/ferry").paragraphs == LINES
    numbered = ferry_page(_body(LINES[0], "2", *LINES[1:]))
    assert "2" in extract_article(numbered, "https://harbour.example/ferry").paragraphs, "one number may number a part"


def test_a_pull_quote_cut_from_a_longer_paragraph_is_not_read_twice():
    """The New Republic's letter set "It is really something in life to be utterly disabused about
    human motive, and yet still come to work every day." in a box, cut from a longer sentence further
    down; the Los Angeles Times a quotation's first sentence above the paragraph quoting it."""
    longer = ("The mayor said the line would also bring visitors to the islands' small hotels and shops, "
              "which have lost trade every winter since the road closed.")
    pulled = "The line would also bring visitors to the islands' small hotels and shops."
    page = ferry_page(_body(*LINES[:2], pulled, *LINES[2:4], longer))
    paragraphs = extract_article(page, "https://harbour.example/ferry").paragraphs
    assert pulled not in paragraphs and paragraphs == (*LINES[:4], longer)
