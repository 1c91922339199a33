"""What a reader met on news pages nobody had tuned on (trial 15b: a science page, a markets report,
an earnings story, a debate preview, a film feature, a health scare): site lines read as paragraphs,
the wrong number or a year set in bold, a clock time cut off its sentence, a negation missed."""

from __future__ import annotations

from bot.reader.article import Article
from bot.reader.pipeline import ask, read_text
from tests.support.reading import bold


PASTED_STORY = """Scientists map a frozen moon

Scientists on Monday unveiled the first global geological map of the moon, including vast plains and dunes of frozen organic material.

___

The map was based on radar, infrared and other data collected by a spacecraft that studied the planet and its moons for thirteen years.

An error has occurred, please try again later.

Thank you

This article has been sent to

Plains cover 65 percent of the surface and dunes cover 17 percent of it, the researchers said in the journal.

(Reporting by Will Dunham; Editing by Tom Brown)
"""


def test_site_lines_and_wire_credits_are_no_paragraphs_of_the_story() -> None:
    """A separator line, a share box's messages and a wire service's credit line were counted as
    paragraphs ("paragraph 11 of 25") and could be quoted as answers."""
    article = read_text(PASTED_STORY)
    text = "\n".join(article.paragraphs)
    assert len(article.paragraphs) == 3
    for clutter in ("___", "error has occurred", "Thank you", "has been sent to", "Reporting by"):
        assert clutter not in text


MARKETS = Article(
    title="Asian markets are mixed as trade talks stall",
    paragraphs=(
        "The major Asian market indexes were mixed in early trading Tuesday.",
        "Japan's Nikkei 225 (N225) declined 0.3%, while South Korea's Kospi Index (KOSPI) fell 0.5%. China's "
        "Shanghai Composite slumped 0.2%, but recovered those losses.",
    ),
    language="en",
)


def test_the_number_in_an_index_name_is_not_the_amount_it_fell() -> None:
    answer = ask(MARKETS, "How much did the Nikkei lose?")
    assert bold(answer) == "0.3%"


EARNINGS = Article(
    title="Home Depot stock is falling after its earnings release",
    paragraphs=(
        "Home Depot reported $2.53 in per-share earnings for the third quarter. Company management said "
        "comparable-store sales growth in 2019 will be 3.5%, compared with prior guidance of 4.0%.",
        "Home Depot management hosts a conference call at 9 a.m. ET to discuss results with analysts and "
        "investors. In a research report early Tuesday, an analyst said the market is misreading the results.",
    ),
    language="en",
)


def test_a_year_is_not_bold_as_a_count() -> None:
    """"How many stores" counts stores: "in 2019" is when, not how many."""
    answer = ask(EARNINGS, "How many stores does Home Depot have in comparable-store sales?")
    assert bold(answer) != "2019"


ANALYSTS = Article(
    title="Home Depot Stock Is Falling After Its Earnings Release. Why You Shouldn’t Worry.",
    paragraphs=(
        "In a research report early Tuesday, Jefferies analyst Jonathan Matuszewski said the market is "
        "misinterpreting the results. That creates a buying opportunity, according to the analyst. “Comp sales "
        "were light, though operating margins in-line with expectations,” wrote Matuszewski. “We interpret "
        "lighter [second-half] results to be more tied to timing of returns on strategic investments versus a "
        "softer macro picture.”",
        "He’s not the only one who isn’t all that worried. Wells Fargo analyst Zachary Fadem points out a "
        "couple of additional reasons investors shouldn’t fret. “While certainly a disappointing result, we "
        "note that [the company] faced a [0.6% to 0.7%] hurricane headwind in Q3, lumber remains deeply "
        "deflationary and Canada a net headwind,” wrote Fadem in a Tuesday research report. “Excluding these "
        "items, we believe Q3 comps would have been closer to 5%.”",
    ),
    language="en",
)


def test_a_negation_written_with_a_typographic_apostrophe_is_read_as_one() -> None:
    """The sentence says "shouldn’t fret" (a curly apostrophe, as news pages print it); read as no
    negation, the question's "not" made the bot decline a question the sentence answers."""
    answer = ask(ANALYSTS, "Which analyst at Wells Fargo is also not worried?")
    assert answer.found
    assert "Zachary Fadem" in answer.sentences[0].text


def test_what_time_is_answered_by_the_time_of_day_with_its_time_zone() -> None:
    """"9 a.m. ET" no longer ends a sentence at "a.m.", and "what time" wants the hour, not
    "early Tuesday"."""
    answer = ask(EARNINGS, "What time is the call with analysts?")
    assert answer.found
    assert answer.sentences[0].text.startswith("Home Depot management hosts a conference call at 9 a.m. ET to discuss")
    assert bold(answer) == "9 a.m. ET"


MAP = Article(
    title="The First Map of Saturn's Moon Titan Just Revealed Some Tantalising Features",
    paragraphs=(
        "The map was created seven years before the US space agency is set to launch its Dragonfly mission to "
        "dispatch a multi-rotor drone to study Titan's chemistry and suitability for life. Dragonfly is "
        "scheduled to reach Titan in 2034.",
    ),
    language="en",
)


def test_a_duration_is_no_count_of_people() -> None:
    """"How many scientists worked on the map?": "seven years" counts years, not scientists, and
    nothing else in the article counts them, so the bot says the article doesn't say (it had
    answered, at first with "seven years" in bold)."""
    answer = ask(MAP, "How many scientists worked on the map?")
    assert not answer.found, f"answered with {answer.sentences[0].text!r}"
    assert answer.closest is not None and answer.closest.text.startswith("The map was created seven years")
