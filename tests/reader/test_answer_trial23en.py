"""Questions in the reader's own words about untuned news pages (trial 23en: fundus's test pages of
Nine News, TimesLive, Daily Maverick, TechCrunch, Metro, the Ottawa Citizen, the Taipei Times and
Reuters). The articles here are written for the tests, in the pages' forms."""

from __future__ import annotations

from bot.reader.article import Article
from bot.reader.pipeline import ask
from tests.support.reading import bold_in

FERRY = Article(
    title="Ferry reaches port after engine alarm",
    paragraphs=(
        "A ferry carrying 212 passengers from Portmere to Vell reported an engine alarm on Friday evening.",
        "The crew checked the engine and the ship went on, reaching Vell just after midnight.",
        "The operator said it would review the alarm with the maker.",
    ),
    language="en",
)


def test_a_time_of_day_answers_when() -> None:
    """"When did the plane land?" was declined though the sentence said "landed ... just after
    midnight": a time of day said by its name is a when."""
    assert bold_in(FERRY, "When did the ship arrive in Vell?") == "midnight"


LAWSUIT = Article(
    title="Former coach sued",
    paragraphs=(
        "In 2015, one of the coach's former players, Mara Lind, filed a lawsuit against the club.",
        "The club said it would defend itself in court.",
    ),
    language="en",
)


def test_one_of_a_group_counts_none_of_it() -> None:
    """"How many victims did he have?" got "one of Epstein's victims, Virginia Giuffre, filed a
    lawsuit": "one of" picks someone out of a group the article never counts."""
    assert not ask(LAWSUIT, "How many players did the coach train?").found


RETIREMENT = Article(
    title="Early retirement offer trimmed",
    paragraphs=(
        "The ministry has cut its early retirement offer again.",
        "The offer lets public servants aged 60 and above leave early without losing their pension.",
    ),
    language="en",
)


def test_an_age_bounding_a_group_counts_no_one() -> None:
    """"How many people work at Sars?" got "employees aged 55 and above": an age after "aged" counts
    nobody."""
    assert not ask(RETIREMENT, "How many public servants work for the ministry?").found
    assert bold_in(RETIREMENT, "How old must public servants be to leave early?") == "aged 60"


AGENCY = Article(
    title="Relief agency dismisses workers",
    paragraphs=(
        "The relief agency dismissed seven staff members after an inquiry into missing supplies.",
        "The island nation shares a 120-mile border with its larger neighbour.",
    ),
    language="en",
)


def test_words_news_uses_for_one_thing_meet() -> None:
    """"How many UNRWA employees were sacked?" was declined over "fired nine UNRWA staff members",
    and "How long is Finland's frontier with Russia?" over "shares a 833-mile border": no table
    joined staff and employees, frontier and border (`synonyms.tsv`)."""
    assert bold_in(AGENCY, "How many employees did the agency let go?") == "seven staff"
    assert bold_in(AGENCY, "How long is the island's frontier with its neighbour?") == "120-mile"
