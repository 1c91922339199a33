"""Issue 15, lines that point elsewhere on untuned pages (extract28, 2026-12-02): a Thai news page's
foot (newspaper's thai_article) put its PayPal line in the summary and the name on its PromptPay
account among the key quotes, kept its social links and its "related stories" headlines, and showed
its headline as the site's name; a "cite this page" line closed a German legal news story
(fundus's LTO), "[via Buzzfeed]" an entertainment blog's post, a prize draw a gift guide, the newsroom and
its writers in brackets a regional broadcaster's story (fundus's MDR). Lines
and pages written here, in the shapes those pages had."""

from __future__ import annotations

import pytest

from bot.reader.extract.clutter import is_clutter, is_title_like
from bot.reader.extract.page import extract_article
from tests.support.ferry_story import LINES, STORY, URL, ferry_page


@pytest.mark.parametrize(
    "line",
    [
        "โอนเงิน PayPal คลิกที่นี่ https://paypal.me/harbourpaper (รายงานยอดบริจาค)",
        'โอนเงิน พร้อมเพย์ PromptPay "มูลนิธิท่าเรือ" 0993000012345',
        "เฟซบุ๊ก https://fb.me/harbourpaper",
        "LINE ไอดี = @harbourpaper",
        "Unterstützen Sie uns: paypal.me/hafenblatt und IBAN auf Anfrage",
        "Fähre zu den Inseln. In: Hafenblatt, 20.10.2025, https://hafen.example/a/58420 (abgerufen am: 20.10.2025 )",
        "[via Buzzfeed]",
        "(h/t Gawker)",
        "Hafenblatt (Anna Berger, Jonas Klein)",
        "Treat yourself after all this shopping! Enter for a chance to win $1500 to spend on furniture.",
    ],
)
def test_links_donations_citations_and_credits_are_clutter(line: str) -> None:
    assert is_clutter(line)


@pytest.mark.parametrize(
    "line",
    [
        "The board published the timetable at https://harbour.example/timetable on its new website for visitors.",
        "PayPal said on Tuesday that 12345678 accounts had been closed since the start of the year.",
        "Via Appia was the road the Romans took south.",
        "The harbour board (Anna Berger, chair)",
        "| Harbour board | https://harbour.example |",
    ],
)
def test_sentences_with_links_or_numbers_stay(line: str) -> None:
    assert not is_clutter(line)


def test_a_line_in_a_script_without_capitals_can_be_a_headline() -> None:
    assert is_title_like("ลืออุ้ม อ.สุรชัย ผู้ลี้ภัยหายจากที่พัก 12 วันแล้ว")
    assert not is_title_like("the ferry line")
    assert not is_title_like("船は毎日二時間ごとに出ます。")


def test_a_site_name_that_is_the_headline_gives_way_to_the_host() -> None:
    page = ferry_page(STORY, head="<title>Ferry line approved</title><meta property='og:site_name' content='Ferry line approved'>")
    article = extract_article(page, URL)
    assert article.site_name == "harbour.example"
    assert article.paragraphs == LINES
