"""Issue 15's clutter on a page a new user read in round 35 (an English newspaper's story, written
here anew): a photo gallery's label and button left between paragraphs, and the call to subscribe
for bookmarks that closes the story."""

from __future__ import annotations

from bot.reader.extract.page import extract_article
from tests.support.ferry_story import LINES, STORY, ferry_page as _page


def test_a_gallery_label_and_its_show_all_button_are_not_paragraphs() -> None:
    gallery = "<p>UK news in pictures</p><p>Show all 50</p>"
    article = extract_article(_page(gallery + STORY), "https://harbour.example/ferry")
    assert article.paragraphs == LINES


def test_a_call_to_subscribe_for_bookmarks_is_not_a_paragraph() -> None:
    promo = (
        "<p>Subscribe to Harbour Premium to bookmark this article</p>"
        "<p>Want to bookmark your favourite articles and stories to read or reference later? "
        "Start your Harbour Premium subscription today.</p>"
    )
    article = extract_article(_page(STORY + promo), "https://harbour.example/ferry")
    assert article.paragraphs == LINES
