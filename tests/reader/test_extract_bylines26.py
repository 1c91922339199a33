"""Issue 15, bylines inside the text and the site as its own author (extract26, 2026-12-02): an
untuned Lesotho Times story printed its reporters over the lede without a "By" ("Mathatisi
Sebusi/Mohalenyane Phakela"), left in the text, while the header read "Lesotho Times · Lesotho
Times" from the site's account set as the page's author. Pages written here."""

from __future__ import annotations

import json

import pytest
from lxml.html import fromstring

from bot.reader.article import Article
from bot.reader.extract.authors import author_names
from bot.reader.extract.clutter import Block, lone_name_byline, names_byline
from bot.reader.extract.page import extract_article
from bot.reader.extract.publisher import organization_names
from tests.support.ferry_story import LINES, STORY, URL, ferry_page

_SITE = ("Harbour Times", "harbour.example")


def _head(author: str, organization: dict | None = None, site: str = "Harbour Times") -> str:
    graph = [{"@type": "Article", "author": {"name": author}}]
    if organization:
        graph.append(organization)
    return (f"<title>Ferry line approved</title><meta property='og:site_name' content='{site}'>"
            f"<meta name='author' content='{author}'>"
            f"<script type='application/ld+json'>{json.dumps({'@graph': graph})}</script>")


@pytest.mark.parametrize(
    ("line", "names"),
    [
        ("Mathatisi Sebusi/Mohalenyane Phakela", "Mathatisi Sebusi, Mohalenyane Phakela"),
        ("Jane Doe and John McRae", "Jane Doe, John McRae"),
        ("Rainer de Meijer, Irene Lingg", "Rainer de Meijer, Irene Lingg"),
        ("Fury und Usyk", None),
        ("Trade and Industry Minister", None),
        ("NEW ORLEANS / BATON ROUGE", None),
        ("Jane Doe", None),
    ],
)
def test_a_line_of_only_names_is_a_byline(line: str, names: str | None) -> None:
    assert names_byline(line) == names


def test_one_name_over_the_lede_is_a_byline_only_when_asked_for_alone() -> None:
    blocks = [Block("Mohloai Mpesi"), *(Block(line) for line in LINES)]
    assert lone_name_byline(blocks) == ("Mohloai Mpesi", blocks[1:])
    newsroom = [Block("Staff Reports"), *(Block(line) for line in LINES)]
    assert lone_name_byline(newsroom) == (None, newsroom), "a newsroom's byline names no person"
    heading_over_list = [Block("Granny Smith"), Block("Apples"), Block(LINES[0])]
    assert lone_name_byline(heading_over_list) == (None, heading_over_list), "a line over a title-like line is a heading"


def test_the_reporters_printed_over_the_story_become_the_byline_and_leave_the_text() -> None:
    organization = {"@type": "Organization", "name": "Harbour Times"}
    page = ferry_page(f"<p>Kari Berg/Ole Hansen</p>{STORY}", _head("Harbour Times", organization))
    article = extract_article(page, URL)
    assert article.paragraphs == LINES
    assert article.author == "Kari Berg, Ole Hansen"


def test_the_site_declared_an_organization_is_no_author() -> None:
    organization = {"@type": "NewsMediaOrganization", "name": "Harbour Times"}
    article = extract_article(ferry_page(STORY, _head("Harbour Times", organization)), URL)
    assert article.author is None


def test_a_person_named_like_the_site_stays_the_author() -> None:
    owner = {"@type": "Person", "name": "Paul Graham"}
    article = extract_article(ferry_page(STORY, _head("Paul Graham", owner, site="Paul Graham")), URL)
    assert article.author == "Paul Graham"


def test_only_the_sites_own_organization_is_dropped() -> None:
    assert author_names("Harbour Times", None, _SITE, {"Harbour Times"}) is None
    assert author_names("Associated Press", None, _SITE, {"Associated Press", "Harbour Times"}) == "Associated Press"
    assert author_names("Kyle Wiggers", None, _SITE, {"Kyle Wiggers"}) == "Kyle Wiggers", "markup that mistypes a reporter"
    assert author_names("Ari Wasserman; Northeast Ohio Media Group") == "Ari Wasserman"


def test_a_byline_in_capitals_is_shown_like_a_name() -> None:
    assert author_names("SARAH BURGE") == "Sarah Burge"
    assert author_names("AFP; Jane Doe") == "AFP, Jane Doe", "an agency's initials stay"
    assert author_names("Engin Haupt; MDR SACHSEN-ANHALT") == "Engin Haupt, MDR Sachsen-Anhalt"


def test_a_news_agency_in_the_byline_is_spelt_its_own_way() -> None:
    assert author_names("Felix Schröder; Jörg Soldwisch; Dpa") == "Felix Schröder, Jörg Soldwisch, dpa"
    assert author_names("Afp") == "AFP"


def test_organization_names_are_read_from_every_json_ld_graph() -> None:
    tree = fromstring("<html><head><script type='application/ld+json'>"
                      + json.dumps({"@graph": [{"@type": ["Corporation"], "name": "Acme"},
                                               {"@type": "Person", "name": "Jane Doe"}]})
                      + "</script><script type='application/ld+json'>{broken</script></head><body></body></html>")
    assert organization_names(tree) == {"Acme"}


def test_the_site_set_as_author_is_shown_once() -> None:
    article = Article("Title", ("Text.",), site_name="Lesotho Times", author="Lesotho Times")
    assert article.writer is None
    assert Article("Title", ("Text.",), site_name="Lesotho Times", author="Jane Doe").writer == "Jane Doe"
