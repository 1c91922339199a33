"""Questions in the reader's own words about news pages nobody tuned on (trial 18b: a high-school
results round-up, Black Friday gadget deals, an opinion column on an impeachment inquiry). The
articles here are written for the tests, in the pages' forms."""

from __future__ import annotations

from bot.reader.article import Article
from bot.reader.pipeline import ask
from tests.support.reading import bold, bold_in

ROUNDUP = Article(
    title="Prep roundup: Eastside stays unbeaten",
    paragraphs=(
        "GIRLS BASKETBALL",
        "Eastside d. Northfield 61-38",
        "Eastside (2-0): Jordan Pike 21 points. Maya Ross 9 points and 4 steals. Lena Brandt 7 steals.",
        "Northfield (0-2): Ava Cole 12 points.",
    ),
    language="en",
)


def test_how_many_times_counts_what_was_done() -> None:
    """"How many times did Kelli Howard steal the ball?" was declined beside "Kelli Howard 6 steals.":
    "times" was read as the thing counted, and a results table never says it."""
    answer = ask(ROUNDUP, "How many times did Lena Brandt steal the ball?")
    assert answer.found and answer.sentences[0].text.endswith("Lena Brandt 7 steals.")
    assert bold(answer) == "7"


def test_a_results_line_says_who_beat_whom() -> None:
    """"Which team lost to Heritage?" was declined: a round-up writes "Heritage d. Titusville 53-9",
    "d." for "defeated", and holds neither "team" nor "lost"."""
    assert bold_in(ROUNDUP, "Which team lost to Eastside?") == "Northfield"
    assert bold_in(ROUNDUP, "Who did Eastside beat?") == "Northfield"


def test_how_many_times_still_declines_a_deed_the_article_never_tells() -> None:
    """Read as counting the deed, "how many times" declines when the article never says it."""
    assert not ask(ROUNDUP, "How many times has Northfield been fined?").found


DEALS = Article(
    title="Early holiday deals on gadgets",
    paragraphs=(
        "The holiday sales have started early this year, and gadget prices are already falling.",
        "Wireless earbuds dropped to $139 at one big online store, smartwatches start at $169.99, and you can "
        "even get $300 headphones for just $164.99.",
        "Tablets have been discounted too, though not by much.",
    ),
    language="en",
)


def test_a_price_asked_with_an_adjective() -> None:
    """"What is the cheapest an Apple Watch gets?" was declined: "cheapest" is not in the article,
    which gives the price ("start at $169.99"); and the bold then fell on the amount after "you can
    even get", the light verb the question shares, not beside the watches."""
    assert bold_in(DEALS, "What is the cheapest a smartwatch gets?") == "$169.99"
    assert bold_in(DEALS, "How expensive are the smartwatches?") == "$169.99"
    assert bold_in(DEALS, "How cheap are the earbuds?") == "$139"


COLUMN = Article(
    title="The inquiry is running out of time",
    paragraphs=(
        "Time is not on the chairman's side.",
        "Each day closer to the election is one day nearer to letting the voters decide.",
        "Mary Collins wants to wrap up the inquiry as soon as possible before the debates resume in earnest "
        "and the primaries start, before the two reports, and before the polls turn.",
        "But mostly she just wants to get the chairman off the national stage.",
    ),
    language="en",
)


def test_a_word_said_in_other_words_is_no_opposite() -> None:
    """"What does Nancy Pelosi want to finish as soon as possible?" was declined: "finish" is the
    antonym of the "start" in "before ... the primaries start", though the sentence says "finish" as
    "wrap up"."""
    answer = ask(COLUMN, "What does Collins want to finish quickly?")
    assert answer.found and "wrap up the inquiry" in answer.sentences[0].text


HEARINGS = Article(
    title="The chairman's hearings",
    paragraphs=(
        "The chairman opened the inquiry in September, and his witnesses have said nothing new since.",
        "In other words, the more one sees and hears the chairman, the more one is likely to dislike him.",
        "His party wants the hearings over before the primaries.",
    ),
    language="en",
)


def test_one_standing_for_anyone_counts_nothing() -> None:
    """"How many witnesses has Schiff called?" was answered with "the more one sees and hears Adam
    Schiff", bolding "one sees"; the article never counts them."""
    assert not ask(HEARINGS, "How many witnesses did the chairman hear?").found
