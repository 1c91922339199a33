"""Issue 15's clutter on pages a new user read in round 36 (a British tabloid's and an American
magazine's stories, written here anew): the call to send the newsroom a story and the pointer to
more stories that close the piece, and a "More from" box of the site's other headlines."""

from __future__ import annotations

from bot.reader.extract.page import extract_article
from tests.support.ferry_story import LINES, STORY, ferry_page as _page


def test_a_call_to_send_a_story_and_a_pointer_to_more_stories_are_not_paragraphs() -> None:
    promo = (
        "<p>Got a story? Get in touch with our news team by emailing us at news@harbour.example. "
        "Or you can submit your videos and pictures here.</p>"
        "<p>For more stories like this, check our news page.</p>"
    )
    article = extract_article(_page(STORY + promo), "https://harbour.example/ferry")
    assert article.paragraphs == LINES


def test_a_more_from_box_of_the_sites_headlines_is_not_part_of_the_story() -> None:
    box = (
        "<p>More from The Harbour Post</p>"
        "<p>Two candidates clearly despise each other, but neither emerged as the obvious runner-up.</p>"
        "<p>Can the New Ferry Act Inspire Better Coastal Transport?</p>"
    )
    article = extract_article(_page(STORY + box), "https://harbour.example/ferry")
    assert article.paragraphs == LINES


def test_a_partner_brands_note_is_not_a_paragraph() -> None:
    note = (
        "<h3>Hafenblatt</h3>"
        "<p>Hafenblatt ist eine Partnermarke des Boten, beide gehören zu Nord Medien. Sie können diesen Inhalt "
        "sehen, weil wir ausgewählte Stücke auch den Lesern des Boten zur Verfügung stellen.</p>"
    )
    article = extract_article(_page(STORY + note), "https://harbour.example/ferry")
    assert article.paragraphs == LINES


def test_a_date_line_with_its_weekday_is_not_a_paragraph() -> None:
    for line in ("jeudi 13 juin 2019", "Thursday, June 13, 2019", "Donnerstag, 13. Juni 2019"):
        article = extract_article(_page(f"<p>{line}</p>" + STORY), "https://harbour.example/ferry")
        assert article.paragraphs == LINES, line
