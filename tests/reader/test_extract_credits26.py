"""Issue 15, credits and pointers left in the text of untuned pages (extract26, 2026-12-02): a
photo's credit glued to the first words ("Wikimedia CommonsFA Insights is …", newspaper's
businessinsider.com2), a caption's credit line ("RIVERSIDE COUNTY SHERIFF'S DEPT./CONTRIBUTED
IMAGE", pe.com1) shown as a sub-heading, a compiler's credit closing the story ("-- Compiled by …",
oregonlive.com1), and another story pointed to behind a label in capitals and a bar (an untuned
Zulu news page). Pages written here."""

from __future__ import annotations

import pytest

from bot.reader.extract.clutter import is_clutter
from bot.reader.extract.page import extract_article
from tests.support.ferry_story import LINES, STORY, URL, ferry_page

_IMAGE = ("<span class='image-container'><img src='/ferry.jpg' alt='The old pier'>"
          "<span class='source'><a href='https://commons.example/pier.jpg'>Wikimedia Commons</a></span></span>")


def test_a_photo_credit_inside_the_first_paragraph_is_not_read_with_it() -> None:
    body = f"<p>{_IMAGE}{LINES[0]}</p>{STORY[len(f'<p>{LINES[0]}</p>'):]}"
    assert extract_article(ferry_page(body), URL).paragraphs == LINES


def test_a_source_inside_a_sentence_stays() -> None:
    sentence = "The figures come from the <span class='source'>harbour board's own count</span> of tickets sold last year."
    page = ferry_page(f"<div><img src='/ferry.jpg' alt='x'>{STORY}<p>{sentence}</p></div>")
    assert extract_article(page, URL).paragraphs[-1] == "The figures come from the harbour board's own count of tickets sold last year."


@pytest.mark.parametrize(
    "line",
    [
        "RIVERSIDE COUNTY SHERIFF'S DEPT./CONTRIBUTED IMAGE",
        "The pier in 1950 (Courtesy of the harbour museum)",
        "-- Compiled by Vickie Kavanagh",
    ],
)
def test_credit_lines_are_clutter(line: str) -> None:
    assert is_clutter(line)


def test_a_contribution_in_a_sentence_is_no_credit() -> None:
    assert not is_clutter("Fishermen contributed to the new pier, the board said.")


def test_a_shouted_label_and_a_bar_before_another_storys_link_is_not_text() -> None:
    pointer = "<p><strong>READ ANOTHER STORY HERE |</strong> <a href='/other'>Island school gets a new roof before winter</a></p>"
    body = STORY.replace("</p>", f"</p>{pointer}", 2)
    assert extract_article(ferry_page(body), URL).paragraphs == LINES


@pytest.mark.parametrize(
    "line",
    [
        "In diesem Artikel sind Affiliate-Links enthalten. Durch einen Klick darauf gelangen Sie direkt zum Anbieter.",
        "This post contains affiliate links: if you buy through them, we may earn a small commission.",
        "Cet article contient des liens affiliés.",
        "Sie wollen online einkaufen? Dann nutzen Sie bitte einen der folgenden Links, um Harbour Times zu unterstützen:",
    ],
)
def test_an_affiliate_disclosure_is_the_sites(line: str) -> None:
    assert is_clutter(line)


def test_a_commission_in_the_story_stays() -> None:
    assert not is_clutter("The harbour board said agents earn a commission on each ticket they sell to tourists.")


def test_a_paragraph_of_the_story_set_as_a_sub_heading_is_printed_once_as_a_paragraph() -> None:
    article = extract_article(ferry_page(f"<h2>{LINES[2]}</h2>{STORY}"), URL)
    assert article.paragraphs == LINES and not article.headings
    quoting = extract_article(ferry_page(f"<h2>Fishermen had asked for the line for years.</h2>{STORY}"), URL)
    assert quoting.paragraphs == ("Fishermen had asked for the line for years.", *LINES), "a heading quoting part of one stays"


@pytest.mark.parametrize("box", ["cutline", "wp-caption-text", "photo-caption small"])
def test_a_caption_in_a_box_named_for_it_is_not_the_lede(box: str) -> None:
    caption = "The old pier, where the new ferries will leave from, was built in 1950 by the town."
    page = ferry_page(f"<div class='{box}'>{caption}</div><img src='/pier.jpg'><p>{caption}</p>{STORY}")
    assert extract_article(page, URL).paragraphs == LINES
