"""Issue 15 on untuned long pages (features25, 2026-12-01): a wire dateline glued to the lede
("London (CNN)It was the interview …") opened the TL;DR. Pages written here."""

from __future__ import annotations

from bot.reader.extract.clutter import without_dateline
from bot.reader.extract.page import extract_article
from tests.support.ferry_story import LINES, STORY, URL, ferry_page


def test_a_wire_dateline_glued_to_the_lede_is_not_text():
    article = extract_article(ferry_page(f"<p>Harbourtown (CNN){LINES[0]}</p>{STORY[len(f'<p>{LINES[0]}</p>'):]}"), URL)
    assert article.paragraphs == LINES


def test_wire_datelines_go_and_an_agency_named_inside_a_sentence_stays():
    assert without_dateline("PARIS (AFP) - The minister resigned on Monday.") == "The minister resigned on Monday."
    assert without_dateline("New York (Reuters) — Stocks fell.") == "Stocks fell."
    assert without_dateline("The mayor told Reuters (AP) reporters nothing.") == "The mayor told Reuters (AP) reporters nothing."
    assert without_dateline("London (CNN)") == "London (CNN)", "a dateline alone is left to the clutter rules"
