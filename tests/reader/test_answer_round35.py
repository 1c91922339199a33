"""Questions a new user asked of real stories in round 35 (invented articles here): an age told
only where the story calls the person by it ("The 84-year-old filmmaker", the next paragraph), a
book's length in pages, the doer of a passive act set in bold, not the owner before it, a sum
someone receives, a loudness in decibels, and workers who are the article's employees."""

from __future__ import annotations

from bot.reader.article import Article
from bot.reader.pipeline import ask

MEMOIR = Article(
    title="Memoir finds a new publisher",
    paragraphs=(
        "Woody Allen's memoir will be published next month by Arcade Publishing, a small New York house.",
        "The 84-year-old filmmaker had seen the book dropped by Hachette after a staff walkout.",
        "The 400-page book covers his childhood in Brooklyn and his films.",
        "Shops in the city reported a busy weekend ahead of the holidays.",
    ),
    language="en",
)

TRAINER = Article(
    title="Neuer Trainer",
    paragraphs=(
        "Der FC Nordstadt hat am Montag Thomas Berger als neuen Trainer vorgestellt.",
        "Der 52-Jährige unterschrieb einen Vertrag bis zum Sommer 2026.",
        "Das erste Training leitet er schon am Mittwoch.",
    ),
    language="de",
)


def _bold(answer) -> str:
    assert answer.found and answer.phrase is not None
    return answer.sentences[0].text[answer.phrase[0]:answer.phrase[1]]


def test_an_age_told_by_calling_the_person_by_it_answers_how_old() -> None:
    answer = ask(MEMOIR, "How old is Woody Allen?")
    assert answer.sentences[0].text.startswith("The 84-year-old filmmaker")
    assert _bold(answer) == "84-year-old"


def test_a_german_age_told_by_der_n_jaehrige_answers_wie_alt() -> None:
    answer = ask(TRAINER, "Wie alt ist Thomas Berger?")
    assert answer.found and answer.sentences[0].text.startswith("Der 52-Jährige")


def test_a_books_length_in_pages_answers_how_long() -> None:
    answer = ask(MEMOIR, "How long is the book?")
    assert _bold(answer) == "400-page"


def test_the_doer_after_by_is_who_did_the_asked_act() -> None:
    assert _bold(ask(MEMOIR, "Who is publishing the memoir?")) == "Arcade Publishing"


def test_whom_an_act_was_done_to_is_not_the_doer_after_by() -> None:
    article = Article(
        title="Arrest",
        paragraphs=("A man from Leeds, Peter Hall, was arrested by Officer Dan Reyes on Friday night.",),
        language="en",
    )
    assert _bold(ask(article, "Who was arrested?")) == "Peter Hall"


def test_how_many_pages_long_counts_the_pages() -> None:
    article = Article(
        title="Be prepared",
        paragraphs=(
            "Households across the country will receive a new booklet on preparing for a crisis this week.",
            "It explains how to store water, food and medicine across 32 pages, twice the size of the last one.",
        ),
        language="en",
    )
    assert _bold(ask(article, "How many pages long is the new booklet?")) == "32 pages"


def test_how_much_someone_receives_asks_a_sum_and_a_count_of_votes_is_none() -> None:
    article = Article(
        title="Pension vote",
        paragraphs=(
            "Texas voters approved an amendment on Tuesday that gives retired teachers a cost-of-living raise.",
            "The proposition received approximately 24,000 more yes votes than the property tax measure.",
        ),
        language="en",
    )
    assert not ask(article, "How much will each retiree receive?").found


FINES = Article(
    title="New fines",
    paragraphs=(
        "Pubs and bars that break the new rules on music will face penalties.",
        "The regulations state that venues must not play recorded music above 85 decibels.",
        "Employees could face a £50 fine if they fail to tell their bosses that they have been told to stay home.",
    ),
    language="en",
)


def test_how_loud_is_answered_in_decibels() -> None:
    assert _bold(ask(FINES, "How loud can music be in pubs?")) == "85 decibels"


def test_workers_are_the_articles_employees() -> None:
    answer = ask(FINES, "What happens to workers who fail to tell their bosses?")
    assert answer.found and answer.sentences[0].text.startswith("Employees could face")


def test_a_name_written_in_the_possessive_elsewhere_is_a_name_opening_a_sentence() -> None:
    article = Article(
        title="Strike deal",
        paragraphs=(
            "The union reached a tentative deal with Stellantis on Saturday after 44 days of strikes.",
            "Workers at GM's plant in Tennessee said they were walking out.",
            "GM now remains the only automaker without a tentative deal.",
        ),
        language="en",
    )
    assert _bold(ask(article, "Which carmaker still has no tentative deal?")) == "GM"
