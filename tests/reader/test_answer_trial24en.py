"""Questions in the reader's own words about untuned news pages (trial 24en: fundus's test pages of
the Free Beacon, the Gateway Pundit, the Intercept, the Nation and Rest of World, and classes the
lead saw on a Daily News (Tanzania) page). The articles here are written for the tests, in the
pages' forms."""

from __future__ import annotations

from bot.reader.article import Article
from bot.reader.pipeline import ask
from tests.support.reading import bold_in

STREETLIGHTS = Article(
    title="Solar streetlights light up the town",
    paragraphs=(
        "The council agreed to install 155 poles of solar lights.",
        "\u201cEach pole cost 4m/-,\u201d says the council's economist. The first phase of the project cost 620m/-.",
        "A food seller says she now makes a profit of 10,000/- to 15,000/- a day.",
        "The contractor was paid Sh 2bn and the council set aside Sh4m for repairs.",
    ),
    language="en",
)


def test_shillings_are_money() -> None:
    """"Each pole cost 4m/-" was no money to the bot: East African papers write shillings with a
    slash and a dash after the figure, or "Sh" before it, and "How much did each pole cost?" was
    declined on a page whose every sum was written so."""
    assert bold_in(STREETLIGHTS, "How much did each pole cost?") == "4m/-"
    assert bold_in(STREETLIGHTS, "How much was the contractor paid?") == "Sh 2bn"
    assert bold_in(STREETLIGHTS, "How much money was set aside for repairs?") == "Sh4m"
    assert bold_in(STREETLIGHTS, "How many poles were installed?") == "155 poles"


def test_a_sum_of_shillings_counts_nothing() -> None:
    """A sum in shillings is no count: "How many lights does the town have?" is not "4m/-"."""
    assert not ask(STREETLIGHTS, "How many customers does the food seller have?").found


DONORS = Article(
    title="Donors back the senator",
    paragraphs=(
        "The senator is running for a fourth term next year.",
        "The elder donor has given to only two candidates aside from the senator.",
        "His son contributed $2,800 to the senator's campaign last month.",
    ),
    language="en",
)


def test_money_handed_over_is_asked_as_money() -> None:
    """"How much did Hakeem Jeffries receive from Soros?" was answered with "has given to only two
    candidates": money given, donated or received is asked with no word of money, and a count of
    candidates is no sum."""
    assert bold_in(DONORS, "How much did the son give to the senator?") == "$2,800"
    assert not ask(DONORS, "How much did the elder donor give to the other candidates?").found
