"""Issue 15, titles and bylines on untuned pages (extract30, 2026-12-02): a sweep of Postlight's
and Readability's test pages (258 read with an expected title, 200 with an expected byline) showed
bylines with the initials' full stops lost ("T C Sottek"), the name printed twice or followed by a
button's words ("Emily Kirkpatrick Updated", "Steven Shepard Link Copied", "Gina Trapani CEO"), and
titles that were a promo's heading ("More From Thought Catalog") or the site's name ("高木浩光＠自宅
の日記") instead of the story's headline. Pages written here in those forms."""

from __future__ import annotations

import pytest

from bot.reader.extract.authors import author_names, with_dotted_initials
from bot.reader.extract.page import extract_article
from tests.support.ferry_story import STORY, URL

_HEADLINE = "Harbour board approves a ferry line to the islands"


@pytest.mark.parametrize(
    ("byline", "name"),
    [
        ("Emily Kirkpatrick Updated", "Emily Kirkpatrick"),
        ("Steven Shepard Link Copied", "Steven Shepard"),
        ("Gina Trapani CEO", "Gina Trapani"),
        ("Confreaks Confreaks", "Confreaks"),
        ("Ellyn Shook Ellyn Shook Creating the most truly human company", "Ellyn Shook"),
        ("Ellyn Shook Creating the most truly human company", "Ellyn Shook"),
        ("See full bio", None),
        ("Lesedauer", None),
        ("Maria de la Cruz", "Maria de la Cruz"),
        ("Aleš Vávra před", "Aleš Vávra"),
        ("Anna Anna", "Anna"),
        ("Last Updated January 7", None),
    ],
)
def test_a_byline_is_the_name_without_what_the_page_prints_beside_it(byline: str, name: str | None) -> None:
    assert author_names(byline, "2016-12-19") == name


def test_initials_keep_the_full_stops_the_page_prints() -> None:
    page = "<p class='byline'>By T.C. Sottek and Laura E. Adkins</p>"
    assert with_dotted_initials("T C Sottek, Laura E Adkins, Jane Roe", page) == "T.C. Sottek, Laura E. Adkins, Jane Roe"
    assert with_dotted_initials("Laura E Adkins", "<p>Laura Adkins</p>") == "Laura E Adkins"


def test_the_dotted_byline_reaches_the_article() -> None:
    page = (f"<html><head><title>{_HEADLINE}</title><meta name='author' content='Nelson D. Schwartz'></head>"
            f"<body><article><h1>{_HEADLINE}</h1>{STORY}</article></body></html>")
    assert extract_article(page, URL).author == "Nelson D. Schwartz"


def test_a_promos_heading_gives_way_to_the_headline_the_title_and_h1_share() -> None:
    page = (f"<html><head><title>{_HEADLINE} | Bay Herald</title></head><body>"
            f"<article><h1>{_HEADLINE}</h1>{STORY}</article>"
            "<aside><h2 class='section-title'>More From Bay Herald</h2>"
            "<h1>Tide tables for the week ahead</h1></aside></body></html>")
    assert extract_article(page, URL).title == _HEADLINE


def test_the_sites_name_as_the_h1_gives_way_to_the_rest_of_the_title() -> None:
    page = (f"<html><head><title>Bay Diary - {_HEADLINE}</title></head><body>"
            f"<h1>Bay Diary</h1><article>{STORY}</article></body></html>")
    assert extract_article(page, URL).title == _HEADLINE


def test_a_headline_beside_a_short_site_name_stays() -> None:
    page = (f"<html><head><title>{_HEADLINE} - Bay</title></head><body>"
            f"<article><h1>{_HEADLINE}</h1>{STORY}</article></body></html>")
    assert extract_article(page, URL).title == _HEADLINE


def _byline_page(head: str, byline: str) -> str:
    return (f"<html><head><title>{_HEADLINE}</title><meta name='author' content='Jane Roe'>{head}</head>"
            f"<body><article><h1>{_HEADLINE}</h1><p class='byline'>{byline}</p>{STORY}</article></body></html>")


def test_every_writer_the_byline_links_is_named() -> None:
    byline = "By <a rel='author' href='/jane'>Jane Roe</a> and <a rel='author' href='/sam'>Sam Levin</a>"
    assert extract_article(_byline_page("", byline), URL).author == "Jane Roe, Sam Levin"


def test_every_writer_of_the_json_ld_author_list_is_named() -> None:
    script = ("<script type='application/ld+json'>{\"@type\": \"NewsArticle\", \"author\": "
              "[{\"@type\": \"Person\", \"name\": \"Jane Roe\"}, {\"@type\": \"Person\", \"name\": \"Sam Levin\"}]}</script>")
    assert extract_article(_byline_page(script, "By Jane Roe"), URL).author == "Jane Roe, Sam Levin"


def test_a_list_of_other_writers_is_no_byline() -> None:
    others = "".join(f"<a rel='author' href='/{n}'>{n} Smith</a>" for n in ("Ann", "Bob", "Cy"))
    assert extract_article(_byline_page("", f"By Jane Roe</p><p>{others}"), URL).author == "Jane Roe"


def test_an_illustrators_credit_under_the_byline_is_no_writer() -> None:
    byline = ("By <a rel='author' href='/jane'>Jane Roe</a></p><p>Illustration by "
              "<a rel='author' href='/sam'>Sam Levin</a>")
    page = (f"<html><head><title>{_HEADLINE}</title><meta name='author' content='Jane Roe'></head><body>"
            f"<header><h1>{_HEADLINE}</h1><p>How the islands won their ferry after a decade of asking.</p>"
            f"<p class='byline'>{byline}</p></header><article>{STORY}</article></body></html>")
    assert extract_article(page, URL).author == "Jane Roe"
