"""Kinds of answer found in untuned trials by readers: a duration said in words, a size, where
findings appear, which company, who made something when no person is named, and a rhetorical
question in a quotation. Each asserts what the reader sees: the sentence and the words in bold."""

from __future__ import annotations

import pytest

from bot.reader.article import Article
from tests.reader.test_answer import ask, best_text, bold

UNIVERSE = Article(
    title="Most detailed model of the universe yet shows how galaxies formed",
    paragraphs=(
        "In search of answers, an international team of scientists has created the most detailed large-scale "
        "model of the universe to date, a simulation they call TNG50. Their virtual universe, some 230 million "
        "light-years wide, contains tens of thousands of evolving galaxies with levels of detail previously seen "
        "only in single-galaxy models. The simulation tracked more than 20 billion particles representing dark "
        "matter, gases, stars and supermassive black holes, over a 13.8-billion-year period.",
        "Their results are published in two articles to be featured in the December 2019 issue of the journal "
        "Monthly Notices of the Royal Astronomical Society.",
        "TNG50 is the latest simulation created by the IllustrisTNG Project, which aims to build a complete "
        "picture of how our universe evolved since the Big Bang.",
        "The model's attention to detail comes at some cost. The simulation ran on 16,000 processor cores of "
        "the Hazel Hen supercomputer in Stuttgart, Germany, for more than a year. A single processor would have "
        "needed 15,000 years.",
        "These outflows morphed into fountains of gas rising thousands of light-years above a galaxy.",
    ),
)


def test_a_duration_said_without_digits_answers_how_long() -> None:
    """"More than a year" is a length of time as much as "15,000 years" is."""
    assert bold(UNIVERSE, "How long did the computer run?") == "more than a year"


@pytest.mark.parametrize(
    ("language", "sentences", "question", "phrase"),
    [
        ("de", ("Die Simulation lief auf dem Rechner Hazel Hen mehr als ein Jahr.",
                "Ein einzelner Prozessor hätte dafür 15.000 Jahre gebraucht."),
         "Wie lange lief die Simulation?", "mehr als ein Jahr"),
        ("fr", ("La simulation a tourné sur le calculateur Hazel Hen pendant plus d'un an.",
                "Un seul processeur aurait eu besoin de 15 000 ans."),
         "Combien de temps la simulation a-t-elle tourné ?", "plus d'un an"),
        ("es", ("La simulación funcionó en el ordenador Hazel Hen durante más de un año.",
                "Un solo procesador habría necesitado 15.000 años."),
         "¿Cuánto tiempo funcionó la simulación?", "más de un año"),
    ],
)
def test_a_duration_in_words_counts_in_german_french_and_spanish(
    language: str, sentences: tuple[str, ...], question: str, phrase: str
) -> None:
    article = Article(title="Hazel Hen", language=language, paragraphs=sentences)
    assert bold(article, question) == phrase


def test_a_rate_or_a_point_in_time_is_no_duration() -> None:
    """"Twice a year" is how often, "a year ago" when: neither answers how long."""
    article = Article(title="Ferry", paragraphs=(
        "The ferry is serviced twice a year and was repainted a year ago.",
        "The crossing takes 40 minutes in good weather.",
    ))
    assert bold(article, "How long does the ferry take?") == "40 minutes"


def test_how_big_asks_for_a_size() -> None:
    assert bold(UNIVERSE, "How big is the simulated universe?") == "230 million light-years wide"


@pytest.mark.parametrize(
    ("language", "sentence", "question", "phrase"),
    [
        ("de", "Der Park ist 300 Hektar groß und liegt am Stadtrand.", "Wie groß ist der Park?", "300 Hektar"),
        ("fr", "Le parc couvre 300 hectares à la sortie de la ville.", "Quelle est la taille du parc ?", "300 hectares"),
        ("es", "El parque tiene 300 hectáreas a las afueras.", "¿Qué tamaño tiene el parque?", "300 hectáreas"),
        ("en", "The park covers 300 acres on the edge of town.", "How large is the park?", "300 acres"),
    ],
)
def test_a_size_question_is_answered_by_an_area(language: str, sentence: str, question: str, phrase: str) -> None:
    article = Article(title="Park", language=language, paragraphs=(
        "Founded in 1920, the park had 12 gardeners." if language == "en" else "1920: 12.",
        sentence,
    ))
    assert bold(article, question) == phrase


def test_how_long_is_a_length_or_a_time_as_the_sentence_says() -> None:
    bridge = Article(title="The new bridge", paragraphs=(
        "The bridge is 420 metres long and crosses the river near the old harbour.",
        "It opened on Saturday after four years of work.",
    ))
    assert bold(bridge, "How long is the bridge?") == "420 metres"


def test_where_findings_appear_is_answered_by_the_journal() -> None:
    answer = ask(UNIVERSE, "Where will the findings appear?")
    assert answer.found
    assert bold(UNIVERSE, "Where will the findings appear?") == "Monthly Notices of the Royal Astronomical Society"


METH = Article(
    title="‘Meth. We’re on it.’: Spokane ad agencies divided on South Dakota’s viral campaign",
    paragraphs=(
        "South Dakota’s viral “Meth. We’re on it.” awareness campaign has been facing backlash and mockery since "
        "introduced on Monday, but Michelle Hege’s response was concern.",
        "Hege is the CEO of DH, the Spokane advertising, public relations and branding firm behind the Washington "
        "Healthcare Authority’s Opioid Prevention campaign “Starts with one.”",
        "Jeff Sanborn, president of Chapter & Verse, a Spokane and Seattle advertising and design agency, said he "
        "thought South Dakota’s campaign – run by a Minneapolis-based firm with a budget of $449,000 – was meant "
        "to raise eyebrows.",
        "“OK, great, let’s be provocative, let’s get people to notice it and talk about it, but I don’t think people "
        "are talking about it in the way that you want them talking about it, right?” Sanborn said. “What’s America "
        "talking about? South Dakota’s got a meth problem, so that’s not the best thing for the South Dakota brand.”",
        "Sanborn said the campaign made the mistake of burying the message.",
    ),
)


def test_which_firm_asks_for_an_organisation_and_bolds_it() -> None:
    assert bold(METH, "What firm does Sanborn lead?") == "Chapter & Verse"


def test_who_made_it_bolds_the_group_not_the_product_name() -> None:
    answer = ask(UNIVERSE, "Who made the model?")
    assert answer.found and answer.sentences[0].text.startswith("In search of answers")
    assert bold(UNIVERSE, "Who made the model?") == "an international team of scientists"


def test_a_rhetorical_question_in_a_quotation_is_not_the_answer() -> None:
    """The quoted question shares the reader's words; the sentence after it answers."""
    assert best_text(METH, "What are Americans talking about?").startswith("South Dakota’s got a meth problem")


def test_a_statement_ending_in_right_is_no_question() -> None:
    assert "people are talking about it" in best_text(METH, "What do people in America talk about?")


def test_how_big_asks_a_count_where_the_article_gives_no_size() -> None:
    """"How big is the fleet?" about an article with no length or area anywhere asks how many."""
    airline = Article(title="Emirates orders more jets", paragraphs=(
        "Emirates has ordered 30 more Boeing 787 jets, the airline said on Monday.",
        "The airline's fleet of 270 aircraft is the largest of any Middle East carrier.",
    ))
    assert "270 aircraft" in best_text(airline, "How big is the Emirates fleet?")


SURVEY = Article(
    title="Vapour seen above the moon on one night in seventeen",
    paragraphs=(
        "Such vapour would be noted on more than one night out of 17, the team wrote in the new paper, which was "
        "published online today (Nov. 18) in the journal Icarus.",
    ),
)


def test_a_day_after_its_month_is_no_count() -> None:
    assert bold(SURVEY, "How many journals published it online?") != "18"


TOUR = Article(
    title="The band reunites with its former singer for an anniversary tour",
    paragraphs=(
        "The band will reunite with former frontman Michael Reed for a North American tour celebrating its "
        "50th anniversary.",
        "Tickets for the 50th anniversary tour go on sale on Friday at 10 a.m. local time.",
        "Reed joined the band in 1975 and stayed until 1982, appearing on four albums.",
        "The band announced the tour at the end of its show in Nashville.",
    ),
)


def test_a_rank_or_an_hour_is_no_count() -> None:
    """"50th anniversary" ranks and "10 a.m." tells the time: neither says how many shows there are, and
    the article says it nowhere, so the bot says so instead of bolding "50th anniversary tour"."""
    answer = ask(TOUR, "How many shows are on the anniversary tour?")
    assert not answer.found, f"answered with {answer.sentences[0].text!r}"
    assert bold(TOUR, "How many albums did Reed appear on?") == "four"


LAB = Article(
    title="Cells that taste danger",
    paragraphs=(
        "When the immunologist Anna Berg at the University of Bristol looked inside the lungs of infected mice, "
        "she found a strange cell.",
        "Berg's work on the cells began in 2015. The mice carried a common single-celled parasite called "
        "Tritrichomonas muris.",
        "The cells sense the parasites through a small molecule called succinate. Signals from the kidney direct "
        "the secretion of the hormone renin, which regulates blood pressure.",
        "Her colleague Tom Reed later found the Olfr78 receptor in kidney cells, and the discovery brought him a "
        "Nobel Prize in 2004.",
    ),
)


def test_a_university_or_a_country_after_the_is_a_place() -> None:
    """English "the" opens no place on its own ("in the Senate"), but "at the University of Bristol"
    and "in the United States" are places: "Where is Berg based?" is answered, not declined."""
    assert bold(LAB, "Where is Berg based?") == "University of Bristol"


@pytest.mark.parametrize(
    ("question", "phrase"),
    [
        ("What parasite did the mice carry?", "Tritrichomonas muris"),
        ("What molecule do the cells use to sense parasites?", "succinate"),
        ("Which receptor did Reed find?", "Olfr78"),
        ("What prize did Reed win?", "Nobel Prize"),
    ],
)
def test_a_what_x_question_bolds_the_name_the_sentence_gives_x(question: str, phrase: str) -> None:
    """Things too specific for the category table are named beside their noun: "a parasite called
    Tritrichomonas muris", "the Olfr78 receptor"."""
    assert bold(LAB, question) == phrase


def test_a_day_written_as_an_ordinal_stays_in_the_date() -> None:
    trek = Article(title="The band goes on tour", paragraphs=(
        "The band will tour together for the first time in 25 years during the trek, which kicks off June 9th "
        "in West Palm Beach, Florida.",
    ))
    assert bold(trek, "When does the tour start?") == "June 9th"


@pytest.mark.parametrize(
    ("question", "phrase"),
    [("When does Tsai face an election?", "next year’s"), ("When was the man set on fire?", "last week")],
)
def test_a_time_counted_from_the_day_of_writing_is_the_bold_date(question: str, phrase: str) -> None:
    city = Article(title="A city on the brink", paragraphs=(
        "Many were repelled when a man was set on fire last week, apparently by a protester.",
        "The crisis has boosted the prospects of Taiwan’s president, Tsai Ing-wen, as she faces next year’s election.",
    ))
    assert bold(city, question) == phrase


def test_money_or_a_share_is_no_count() -> None:
    """"How many stores...?" about an article giving earnings per share and a growth rate bolds no
    "$2.53" as a number of stores."""
    results = Article(title="Home Depot cuts its forecast", paragraphs=(
        "Home Depot reported $2.53 in per-share earnings for the third quarter, and the stock was down 5%.",
        "Company management said comparable-store sales growth will be 3.5% this year.",
    ))
    answer = ask(results, "How many stores does Home Depot have?")
    shown = answer.sentences[0].text[answer.phrase[0]:answer.phrase[1]] if answer.found and answer.phrase else None
    assert shown is None or not shown.startswith("$") and not shown.endswith("%")
