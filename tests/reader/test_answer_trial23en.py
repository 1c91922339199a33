"""Questions in the reader's own words about untuned news pages (trial 23en: fundus's test pages of
Nine News, TimesLive, Daily Maverick, TechCrunch, Metro, the Ottawa Citizen, the Taipei Times and
Reuters). The articles here are written for the tests, in the pages' forms."""

from __future__ import annotations

from bot.reader.answer.followup import Turn, question_to_match
from bot.reader.answer.index import Answer
from bot.reader.article import Article
from bot.reader.pipeline import ask, ask_in_turn
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
    assert bold_in(AGENCY, "How many employees did the agency let go?") == "seven"
    assert bold_in(AGENCY, "How long is the island's frontier with its neighbour?") == "120-mile"


DRILLS = Article(
    title="Coastal drills begin",
    paragraphs=(
        "Navy Commandant Rear Admiral Lina Ortez said the drills had been planned for a year.",
        "The drills are about defending the coast, exercise director Colonel Pavel Ruiz told reporters.",
    ),
    language="en",
)


def test_a_commandant_heads_a_force() -> None:
    """"Who heads the Philippine Marine Corps?" got the exercise's director: a commandant or a
    commander is a leader's title too."""
    assert ask(DRILLS, "Who heads the navy?").sentences[0].index == 0


DRAFT = Article(
    title="Norland's army",
    paragraphs=(
        "In 2010, Norland replaced compulsory military service with a professional army.",
        "But eight years later, it changed course and brought back the draft for men and women.",
        "The defence ministry says 4,000 recruits are called up each year.",
    ),
    language="en",
)


def _followed(article: Article, first: str, then: str) -> Answer:
    """The answer to `then` asked right after `first`, with the turn the bot keeps."""
    answer = ask_in_turn(article, first, None)
    turn = Turn(question_to_match(first, None, "en"), tuple(s.text for s in answer.sentences))
    return ask_in_turn(article, then, turn)


def test_a_follow_up_goes_on_into_the_next_one_sentence_paragraph() -> None:
    """"When was it brought back?" after Sweden's dropped military service was declined: the answer
    opens the next paragraph, as news writes one sentence to a paragraph, and goes on from the one
    shown though it does not name Sweden again."""
    answer = _followed(DRAFT, "When did Norland drop compulsory military service?", "When was it brought back?")
    assert answer.found and answer.sentences[0].index == 1


SINGER = Article(
    title="The singer's last days",
    paragraphs=(
        "The singer died at a clinic in Lisbon in March 2011.",
        "Doctors later said the illness had been found too late.",
        "Fans said what happened on stage that year would never be forgotten.",
    ),
    language="en",
)


def test_a_light_verb_of_a_follow_up_does_not_pick_its_answer() -> None:
    """"When did it happen?" after where Epstein died was declined: "those things hadn't happened"
    shared its "happen" and went first; a light verb says nothing of what is asked."""
    answer = _followed(SINGER, "Where did the singer die?", "When did it happen?")
    assert answer.found and answer.sentences[0].index == 0


RAND = Article(
    title="Budget trims the ports authority",
    paragraphs=(
        "The finance minister cut the ports authority's allocation by R1.2bn this year.",
        "The authority's chief said the cut would delay two harbour projects.",
    ),
    language="en",
)


def test_a_sum_in_rand_is_money() -> None:
    """"By how much was the defence budget cut?" was declined on a page whose every sum was written
    in rand ("R2bn"): a currency's letters glued to a sum with its scale make it money."""
    assert bold_in(RAND, "By how much was the ports authority's budget reduced?") == "R1.2bn"
