"""A new-user trial of the reading pipeline on 130 untuned pages (Mozilla Readability's test
pages, kept outside the repository): what a reader noticed there, on small pages written here."""

from __future__ import annotations

import htmldate.extractors
import pytest

from bot.reader.extract.authors import author_names
from bot.reader import pipeline
from bot.reader.extract.page import extract_article
from tests.support.ferry_story import LINES

STORY = "".join(f"<p>{line}</p>" for line in LINES[:4])


def test_a_byline_with_a_spanish_date_is_read_without_the_slow_date_parser(monkeypatch):
    """A byline holding a date with a month name in Spanish, where the story is English (a
    syndicated or translated page) or Spanish, was handed to dateparser, which tried all its
    locales: 5 to 27 s in a fresh reader process, past the reading deadline."""
    def slow_parser(string):
        raise AssertionError(f"dateparser asked about {string!r}")

    monkeypatch.setattr(htmldate.extractors, "_external_date", slow_parser)
    html = ("<html><head><title>Ferry line to the islands</title>"
            "</head><body><article><h1>Ferry line to the islands</h1>"
            '<div class="byline">por Ana Ruiz 1 de diciembre de 2017 3:00</div>'
            f"{STORY}</article></body></html>")
    article = extract_article(html, "https://harbour.example/news/ferry")
    assert article.paragraphs[0].startswith("The harbour board approved")


def _essay_paragraph(number: int) -> str:
    return (f"<p>Part {number} of the essay follows the night buses of the city from the depot to the\n"
            f"                 harbour, and what the drivers see on the way, stop by stop.</p>")


def _folded_page(hiding: str) -> str:
    opening = "\n".join(_essay_paragraph(i) for i in range(1, 5))
    rest = "\n".join(_essay_paragraph(i) for i in range(5, 15))
    return (f"<html><head><title>Night buses</title></head><body><article><h1>Night buses</h1>"
            f'<div class="body">{opening}<div class="recirc"></div><hr/><div class="ad-slot"></div><hr/>'
            f"<div {hiding} data-toggle-group=\"story-1\">{rest}</div></div></article></body></html>")


def test_the_rest_of_a_story_folded_behind_read_more_is_read():
    """A magazine folds all but its first paragraphs into a block whose class hides it until the
    reader clicks: the summary and answers came from the opening alone."""
    article = extract_article(_folded_page('class="toggle-group target hideOnInit"'), None)
    assert len(article.paragraphs) == 14
    assert article.paragraphs[-1].startswith("Part 14 of the essay")


@pytest.mark.parametrize("hiding", ['class="hideOnInit" style="display: none"',
                                    'class="toggle hideOnInit" aria-hidden="true"'])
def test_text_the_page_hides_for_good_stays_out(hiding):
    article = extract_article(_folded_page(hiding), None)
    assert len(article.paragraphs) == 4


def test_a_hidden_block_of_a_few_words_stays_out():
    """A hidden menu or dialog is no story's continuation, whatever its class."""
    menu = '<div class="toggle hideOnInit"><p>Sign in</p><p>Newsletters</p><p>Podcasts</p></div>'
    html = _folded_page('class="body-end"').replace('<div class="recirc"></div>', menu)
    article = extract_article(html, None)
    assert not any("Newsletters" in paragraph for paragraph in article.paragraphs)


@pytest.mark.parametrize(("read", "date", "shown"), [
    ("Joshua Sokol May", "2019-05-20", "Joshua Sokol"),             # the date's month, digits lost
    ("Nathan Willis March", "2015-03-25", "Nathan Willis"),
    ("Joe Wee Monday; February", "2016-02-29", "Joe Wee"),           # weekday and month split off
    ("Aleš Vávra před", "2021-11-01", "Aleš Vávra"),                 # "před 3 hodinami" without its digits
    ("Bradley M Kuhn http; Ebb Org; Bkuhn", None, "Bradley M Kuhn"),  # his address, split in names
    ("Jeffrey Gettleman; JEFFREY GETTLEMAN", None, "Jeffrey Gettleman"),
    ("Last Updated January 7", "2025-01-07", None),
    ("Username", None, None),
    ("Follow Author", None, None),
    ("Aktuálně.cz; Aleš Vávra", None, "Aleš Vávra"),
    ("Ann May", "2019-05-01", "Ann May"),                            # two words: a name
    ("Mary Ann May", "2019-06-01", "Mary Ann May"),                  # May, but the page is of June
    ("Jong; Michiel de", None, "Jong, Michiel de"),
])
def test_the_byline_shows_people_not_what_was_printed_beside_them(read, date, shown):
    assert author_names(read, date) == shown


def test_a_byline_printed_with_its_date_names_only_the_writer():
    html = ("<html><head><title>Ferry line to the islands</title>"
            '<meta name="author" content="Joshua Sokol May">'
            '<meta property="article:published_time" content="2019-05-20T10:00:00">'
            f"</head><body><article><h1>Ferry line to the islands</h1>{STORY}</article></body></html>")
    assert extract_article(html, "https://harbour.example/news/ferry").author == "Joshua Sokol"


def test_a_collage_caption_printed_as_a_paragraph_is_no_part_of_the_story():
    """A feature printed its photo collage's caption as a list item in the story ("Clockwise from
    top: …"), and the summary took it as a sentence of the article."""
    caption = ("<ul><li><p>Clockwise from top: the old pier at dawn; a ferry ticket from 1962; the harbour "
               "master, Ann Lee, in front of the boat shed.</p></li></ul>")
    html = (f"<html><head><title>Ferry line to the islands</title></head><body><article>"
            f"<h1>Ferry line to the islands</h1>{STORY}{caption}{STORY.replace(' the ', ' a ')}"
            "</article></body></html>")
    article = extract_article(html, None)
    assert not any("Clockwise" in paragraph for paragraph in article.paragraphs)
    assert len(article.paragraphs) == 8


def test_reference_marks_of_an_encyclopedia_page_are_not_read_out():
    """"[4] The project was named …" opened the TL;DR of a Wikipedia page."""
    story = STORY.replace("on Tuesday evening.", "on Tuesday evening.[4]").replace(
        "four euros.", "four euros,[12] the board said.[citation needed]")
    html = (f"<html><head><title>Ferry line</title></head><body><article><h1>Ferry line</h1>{story}"
            "<p>Tickets are sold at the pier; the array tickets[1] of the booking code stay as written.</p>"
            '<p>As the report states: "[T]he ferry matters more to the islands than the bridge ever did."</p>'
            "</article></body></html>")
    article = extract_article(html, None)
    assert article.paragraphs[0].endswith("on Tuesday evening.")
    assert article.paragraphs[1] == ("Boats will leave the old pier every two hours from May, and tickets "
                                     "will cost four euros, the board said.")
    assert "tickets[1]" in article.paragraphs[-2]
    assert '"[T]he ferry matters' in article.paragraphs[-1]


def test_a_developer_posts_summary_is_its_prose_not_its_code_samples():
    """A developer blog's summary was four of its code samples ("fetch(...).then(function(res) { …")."""
    code = ("<pre><code>fetch(\"/data.json\").then(function(res) { if (res.ok) { res.json().then(function(data) "
            "{ console.log(data.entries); }); } else { console.log(\"Looks like the response wasn't perfect, "
            "got status\", res.status); } }, function(e) { console.log(\"Fetch failed!\", e); });</code></pre>")
    prose = "".join(
        f"<p>{line}</p>" for line in (
            "The fetch function gives scripts a cleaner way to load resources than the old request object.",
            "It returns a promise that resolves to a response once the server has sent its headers back.",
            "Errors in the network reject the promise, while a server error still resolves it with a status.",
            "Headers can be read and changed through their own object, which guards what may be changed.",
            "Browsers that ship it today are Firefox and Chrome, and others are expected to follow next year.",
        )
    )
    html = (f"<html><head><title>This API is fetching</title></head><body><article><h1>This API is fetching</h1>"
            f"{prose[:len(prose) // 2]}{code}{prose[len(prose) // 2:]}{code.replace('data.json', 'more.json')}"
            "</article></body></html>")
    digest = pipeline.digest(extract_article(html, None))
    shown = [digest.summary.tldr.text, *(s.text for s in digest.summary.sentences)]
    assert shown and not any("{" in text or "console.log" in text for text in shown)


def _titled_page(page_title: str, h1: str) -> str:
    return (f"<html><head><title>{page_title}</title></head><body><header><h1>{h1}</h1></header>"
            f"<article>{STORY}</article></body></html>")


def test_a_section_name_in_the_h1_does_not_replace_the_storys_title():
    """A health site's pages carry the section's name as their only <h1> ("Allergies Health
    Center"); the story's own title is the page's <title>."""
    article = extract_article(_titled_page("Ferry Line Opens To The Northern Islands", "Transport Center"), None)
    assert article.title == "Ferry Line Opens To The Northern Islands"


def test_an_h1_sharing_words_with_the_page_title_stays_the_title():
    article = extract_article(_titled_page("Ferry Line Opens To The Northern Islands", "Ferry News"), None)
    assert article.title == "Ferry News"


def test_a_pictures_stand_in_in_square_brackets_is_no_part_of_the_story():
    """A manual's figures stand in the text as "[figure SG07: review includes …]", and the summary
    took one as a sentence."""
    html = ("<html><head><title>Ferry line</title></head><body><article><h1>Ferry line</h1>"
            f"{STORY}<p>[figure 3: the new timetable, with the morning boats in blue and the evening "
            "boats in red]</p><p>[Figure 4 shows the route], as the board's report puts it, past both lighthouses.</p>"
            "</article></body></html>")
    paragraphs = extract_article(html, None).paragraphs
    assert not any(p.startswith("[figure 3") for p in paragraphs)
    assert paragraphs[-1].startswith("[Figure 4 shows the route]")
