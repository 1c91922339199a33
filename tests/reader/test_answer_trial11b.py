"""Questions first asked untuned on news pages (trial11b, 2026-11-30): the bold a reader gets when
asking in their own words."""

from __future__ import annotations

from bot.reader.article import Article
from tests.reader.test_answer import best_text, bold

MARKETS = Article(
    title="Asian shares waver as trade hopes fade",
    paragraphs=(
        "Stocks across Asia were mixed on Wednesday as traders weighed fresh doubts about a trade truce.",
        "Taiwan's Taiex 50 slipped 0.7%, while Australia's ASX 200 gained 1.2%. India's Sensex dropped "
        "0.4% by midday.",
        "In Europe, the Euro Stoxx (SX5E) edged up 0.1% in early trade.",
        "Analyst Paula Grant of the brokerage Kestrel said investors were cautious.",
    ),
)


def test_a_number_in_a_name_is_not_the_amount_asked() -> None:
    """"How much did it fall" sets the change in bold ("0.7%"), not the number that is part of the
    index's name ("Taiex 50"), nor that number with the verb after it."""
    assert bold(MARKETS, "How much did Taiwan's benchmark fall?") == "0.7%"
    assert bold(MARKETS, "How much did the Australian index gain?") == "1.2%"


def test_a_ticker_holding_digits_is_no_number() -> None:
    """A code name such as "SX5E" in brackets holds digits but answers no "how much"."""
    assert bold(MARKETS, "How much did Europe's Stoxx index gain?") == "0.1%"


LUNAR_BIDS = Article(
    title="Space agency widens the field of lunar cargo bidders",
    paragraphs=(
        "The national space agency on Monday added four companies to the list of firms allowed to bid "
        "for lunar cargo flights, bringing the total to eleven.",
        "Last spring, the agency's Administrator Dana Whitfield said a return to the Moon was needed "
        "before any crewed trip to Mars.",
        "\"Small players bring speed to the mix,\" said Omar Haddad, CEO of Selene Freight, "
        "one of the newcomers to the agency's list.",
    ),
)


def test_who_runs_an_agency_finds_its_administrator() -> None:
    """An agency's head is often titled administrator: "who runs the agency" names them, not a
    company CEO quoted about the agency."""
    assert bold(LUNAR_BIDS, "Who runs the space agency?") == "Dana Whitfield"



EXPORT_LICENCE = Article(
    title="Regulator extends chipmaker's export licence again",
    paragraphs=(
        "The trade regulator on Friday renewed a temporary licence that lets local firms sell parts to "
        "the chipmaker Veltron.",
        "It is the second 60-day renewal, and the licence is now set to expire in April.",
        "The harbour where the parts are shipped is run by a private operator, Coastline Ports.",
    ),
)


def test_a_phrasal_verb_is_read_as_the_one_word_verb_the_article_uses() -> None:
    """"Run out" is "expire" here: the particle is a stop word, and "run" alone finds the harbour."""
    assert "expire in April" in best_text(EXPORT_LICENCE, "When will the licence run out?")
    assert bold(EXPORT_LICENCE, "When will the licence run out?") == "April"
