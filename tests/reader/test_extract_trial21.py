"""A new-user trial of the reading pipeline on 208 untuned pages (newspaper's and goose3's test
pages, kept outside the repository): what a reader noticed there, on small pages written here."""

from __future__ import annotations

import pytest

from bot.errors import Paywalled
from bot.reader.extract.authors import author_names
from bot.reader.extract.page import extract_article
from bot.reader.pipeline import read_html

STORY = "".join(
    f"<p>{line}</p>" for line in (
        "The harbour board approved a new ferry line to the northern islands on Tuesday evening.",
        "Boats will leave the old pier every two hours from May, and tickets will cost four euros.",
        "Fishermen had asked for the line for years, since the road around the bay closes each winter.",
        "The board expects about 900 passengers a day in the first summer of the service.",
    )
)
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
    ("Par MARIE DUVAL; PAUL ROY Envoyés spéciaux à Brest", "MARIE DUVAL, PAUL ROY"),
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
    teaser = JAPANESE_STORY.split("</p>")[0] + "</p><p>この記事は会員限定です。電子版に登録すると続きをお読みいただけます。</p>"
    with pytest.raises(Paywalled):
        read_html(_page("<title>新しいフェリー航路</title>", teaser), None)
