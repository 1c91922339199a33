"""Issue 15, a section's name shown as the story's title (extract28, 2026-12-02): newspaper's
bostonherald.com2 prints its section, "Sports Items", in its <title> and a first <h1>, and the
story's headline in a second <h1> marked `itemprop="headline"`; the header showed "Sports Items".
Pages written here in that form."""

from __future__ import annotations

from bot.reader.extract.page import extract_article
from tests.support.ferry_story import STORY, URL

_HEADLINE = "Harbour board approves a ferry line to the islands"


def _page(headlines: str) -> str:
    return ("<html><head><title>Island Items | Bay Herald</title></head><body>"
            f"<h1 class='title'>Island Items</h1><article>{headlines}{STORY}</article></body></html>")


def test_the_headline_the_page_marks_as_its_storys_is_the_title() -> None:
    article = extract_article(_page(f"<h1 itemprop='headline'>{_HEADLINE}</h1>"), URL)
    assert article.title == _HEADLINE

