"""A new-user trial of the reading pipeline on 208 untuned pages (newspaper's and goose3's test
pages, kept outside the repository): what a reader noticed there, on small pages written here."""

from __future__ import annotations

import pytest

from bot.errors import Paywalled
from bot.reader.extract.authors import author_names
from bot.reader.extract.page import extract_article
from bot.reader.pipeline import read_html
from tests.reader.test_extract_trial20 import STORY

JAPANESE_STORY = "".join(
    f"<p>{line}</p>" for line in (
        "北の港町で、新しいフェリー航路が火曜日の夜に承認された。",
        "船は五月から古い桟橋を二時間ごとに出発し、運賃は四百円になる。",
        "漁師たちは、冬になると湾沿いの道路が閉鎖されるため、何年も前からこの航路を求めていた。",
        "港の委員会は、最初の夏に一日あたり約九百人の乗客を見込んでいる。",
        "町長は記者会見で、観光客の増加にも期待していると述べた。",
    )
)


def _page(head: str, body: str) -> str:
    return f"<html><head>{head}</head><body><article><h1>Ferry line</h1>{body}</article></body></html>"


def test_a_title_the_page_escaped_twice_shows_its_quotation_marks():
    """og:title written already escaped ("&amp;#039;") showed "&#039;" in the headline."""
    head = ("<title>Ferry line to the islands | Harbour News</title>"
            '<meta property="og:title" content="Board &amp;amp;#039;approves&amp;amp;#039; ferry line">')
    article = extract_article(_page(head, STORY), "https://harbour.example/ferry")
    assert "&#039;" not in article.title and "&" not in article.title


@pytest.mark.parametrize(("read", "shown"), [
    ("Nora Lind Senior Harbour Correspondent", "Nora Lind"),         # her role printed after the name
    ("Par MARIE DUVAL; PAUL ROY Envoyés spéciaux à Brest", "Marie Duval, Paul Roy"),
    ("Tom Berg; Tberg Com", "Tom Berg"),                            # his mail address, read as words
    ("Tom Berg harbournews com Follow", "Tom Berg"),
    ("Harbour Times; Tom Berg", "Harbour Times, Tom Berg"),
    ("Account You're logged", None),                                # the login widget beside the byline
    ("Photo by The Harbour Agency", None),                          # a photo credit
    ("Googletag Cmd Push Dfp Ad Pg Author Sec 1", None),            # a line of the ad script
    ("Harbourside Magazine", None),                                 # the publisher, not a writer
    ("National Desk", None),
    ("Nora Lind; Apr", "Nora Lind"),                                # the date's month, cut short
    ("Juan Carlos de la Fuente", "Juan Carlos de la Fuente"),
])
def test_the_byline_names_the_writers_only(read, shown):
    assert author_names(read, "2014-04-19") == shown


def test_a_byline_with_the_writers_address_shows_the_writer():
    head = '<title>Ferry line</title><meta name="author" content="Tom Berg; Tberg Com">'
    assert extract_article(_page(head, STORY), "https://harbour.example/ferry").author == "Tom Berg"


def test_a_japanese_story_is_read_not_refused_as_too_short():
    """Japanese puts no spaces between words: a story of five sentences counted as a dozen words
    and was refused as no article."""
    article = read_html(_page("<title>新しいフェリー航路</title>", JAPANESE_STORY), None)
    assert len(article.paragraphs) == 5
    assert article.word_count > 50


def test_a_japanese_members_only_teaser_is_a_paywall():
    gate = "<p>この記事は会員限定です。電子版に登録すると続きをお読みいただけます。</p>"
    teaser = JAPANESE_STORY.split("</p>")[0] + "</p>" + gate
    with pytest.raises(Paywalled):
        read_html(_page("<title>新しいフェリー航路</title>", teaser), None)


def test_a_header_glued_to_the_first_paragraph_is_left_out_of_the_story():
    """Breadcrumbs, section, date and headline set inline in one block came out as the story's
    first sentence, and so as the TL;DR."""
    glued = ("<div>Home News Harbour Board Approves Ferry Line To The Islands The harbour board approved "
             "a new ferry line to the northern islands on Tuesday evening, after years of requests.</div>")
    html = ("<html><head><title>Harbour Board Approves Ferry Line To The Islands | Harbour News</title></head>"
            f"<body><article>{glued}{STORY}</article></body></html>")
    article = extract_article(html, "https://harbour.example/ferry")
    assert article.title == "Harbour Board Approves Ferry Line To The Islands"
    assert article.paragraphs[0].startswith("The harbour board approved a new ferry line")


def test_a_story_whose_first_sentence_is_its_headline_keeps_it():
    first = "<p>Harbour board approves ferry line to the islands. The vote was unanimous, the chair said on Tuesday.</p>"
    html = ("<html><head><title>Harbour board approves ferry line to the islands</title></head>"
            f"<body><article>{first}{STORY}</article></body></html>")
    article = extract_article(html, None)
    assert article.paragraphs[0].startswith("Harbour board approves ferry line to the islands.")


def test_the_title_drops_the_section_and_site_names_when_the_page_prints_its_headline():
    """The headline printed as an <h1> of the page, not as a line of the story's text."""
    html = ("<html><head><title>Ferry line to the islands approved - Local News - Harbour Life - Harbour Daily"
            "</title></head><body><div class='masthead'><h1>Ferry line to the islands approved</h1>"
            "<a href='/local'>Local News</a> <a href='/life'>Harbour Life</a></div>"
            "<aside><h1><a href='/bridge'>Bridge to close for repairs in May</a></h1></aside>"
            f"<article>{STORY}</article></body></html>")
    assert extract_article(html, None).title == "Ferry line to the islands approved"


def test_a_video_embed_code_shown_as_text_stays_out_of_the_story():
    code = ("&lt;iframe width='670' height='437' src='https://harbour.example/video/embed/17/'&gt;Your browser "
            "does not support frames. &lt;a href='https://harbour.example/video/17'&gt;Click here&lt;/a&gt;."
            "&lt;/iframe&gt;")
    html = _page("<title>Ferry line</title>", STORY + f"<p>The board filmed the vote. {code}</p>")
    article = extract_article(html, None)
    assert not any("iframe" in p or "browser" in p for p in article.paragraphs)
    assert "The board filmed the vote." in article.paragraphs


def test_a_paragraph_wrapped_with_line_breaks_reads_as_whole_sentences():
    """A blog converted from plain text ends each source line with a <br>: the half sentences
    after them were summary sentences of their own."""
    wrapped = ("<p>The harbour board approved a new ferry line to the northern islands<br />on Tuesday "
               "evening, after years of requests from fishermen, farmers,<br />Shopkeepers and teachers.</p>")
    lines = ("<p>Ferry times:<br />Monday to Friday, every two hours<br />Weekends, three boats a day</p>"
             "<p>Passengers may bring:<br />• bicycles,<br />• dogs on a lead,<br />• one bag each.</p>"
             "<p>The board will check:<br />a) the pier,<br />b) the timetable.</p>")
    article = extract_article(_page("<title>Ferry line</title>", wrapped + STORY + lines), None)
    assert article.paragraphs[0] == ("The harbour board approved a new ferry line to the northern islands on "
                                     "Tuesday evening, after years of requests from fishermen, farmers, "
                                     "Shopkeepers and teachers.")
    assert "Weekends, three boats a day" in article.paragraphs
    assert "dogs on a lead," in article.paragraphs  # its own line, the bullet dropped
    assert "b) the timetable." in article.paragraphs


def test_an_editors_note_to_check_back_is_not_part_of_the_story():
    """"Check back every week for a new wonder of the modern world." was a series' TL;DR."""
    note = "<p><em>Check back every week for the next stop on the new ferry line.</em></p>"
    article = extract_article(_page("<title>Ferry line</title>", note + STORY), None)
    assert not any("Check back" in p for p in article.paragraphs)
