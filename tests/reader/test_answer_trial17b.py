"""Questions in the reader's own words about news pages nobody tuned on (trial 17b: a convertible at
a motor show, a tennis podcast, a royal's interview, a hospital alarm deal, emissions figures)."""

from __future__ import annotations

from bot.reader.article import Article
from bot.reader.pipeline import ask
from tests.support.reading import bold_in as _bold


ROADSTER = Article(
    title="Carmaker shows its new roadster",
    paragraphs=(
        "Earlier this year, the carmaker built a concept version of the roadster.",
        "Now, at the 2019 Geneva Motor Show, the brand has finally pulled the covers off the production roadster.",
        "Under the bonnet sits the same 4.0-litre engine, which produces 510 horsepower.",
        "Power is sent to the rear wheels through an eight-speed gearbox.",
        "The roadster will go on sale in spring.",
    ),
    language="en",
)


def test_how_powerful_asks_for_the_power_not_the_word() -> None:
    """"How powerful is the engine?" showed "Power is sent to the rear wheels ..." and bolded nothing:
    "powerful" met "power" there, and the question asked no measure."""
    answer = ask(ROADSTER, "How powerful is the engine?")
    assert answer.found and "510 horsepower" in answer.sentences[0].text
    assert _bold(ROADSTER, "How powerful is the engine?") == "510 horsepower"
    assert _bold(ROADSTER, "How much power does the engine make?") == "510 horsepower"


def test_where_names_an_event_after_its_year() -> None:
    """"Where was the car unveiled?" was declined: "at the 2019 Los Angeles Auto Show" was no place,
    the year standing between "at the" and the name."""
    answer = ask(ROADSTER, "Where was the roadster unveiled?")
    assert answer.found and "Geneva Motor Show" in answer.sentences[0].text
    assert _bold(ROADSTER, "Where was the roadster unveiled?") == "Geneva Motor Show"


PODCAST = Article(
    title="Tennis podcast reviews the opening day",
    paragraphs=(
        "The Cup finals began on Monday in Madrid, and the podcast's three hosts gave their first impressions.",
        "There was also talk about Russia's straightforward victory against defending champions Croatia, "
        "and Canada's exciting win over Italy.",
        "The Tennis Podcast is produced weekly throughout the year, and daily during the Grand Slam tournaments.",
        "This week's episode is sponsored by the finals' organisers.",
    ),
    language="en",
)


def test_how_often_bolds_the_frequency() -> None:
    """"How often does the show come out?" found no number to answer with and was declined; a
    frequency ("weekly") is what it asks."""
    answer = ask(PODCAST, "How often is the podcast produced?")
    assert answer.found and "produced weekly" in answer.sentences[0].text
    assert _bold(PODCAST, "How often is the podcast produced?") == "weekly"


def test_a_win_over_someone_answers_whom_they_defeated() -> None:
    """"Which country did Canada defeat?" was declined: the decline model took the article's
    "victory" for the opposite of the question's "defeat" (WordNet's nouns are antonyms)."""
    answer = ask(PODCAST, "Which country did Canada defeat?")
    assert answer.found and "win over Italy" in answer.sentences[0].text


INTERVIEW = Article(
    title="In Prince Andrew's interview, the truth comes out",
    paragraphs=(
        "While viewers watched the new season of the drama, the real Prince Andrew was busy distancing "
        "himself from a scandal.",
        "In an interview about his friendship with the financier, the BBC's Emily Maitlis pressed Andrew hard.",
        "Andrew said he remembered going to a pizza restaurant that night.",
        "Andrew also said he could not sweat at the time.",
        "Andrew has no memory of the photograph either.",
        "The interview should be a nail in the coffin for Andrew.",
        "Andrew's interview only happened because his publicist quit.",
    ),
    language="en",
)


def test_a_title_the_article_leaves_off_a_name_pulls_no_sentence() -> None:
    """"Who interviewed Prince Andrew?" showed the opening sentence, the only one saying "Prince":
    the piece calls him "Andrew" everywhere else, so the title was a rare word of the question."""
    answer = ask(INTERVIEW, "Who interviewed Prince Andrew?")
    assert answer.found and "Emily Maitlis" in answer.sentences[0].text


ALARMS = Article(
    title="Two firms join up on hospital alarms",
    paragraphs=(
        "The two companies announced a joint alarm system for hospitals in North America.",
        "Steve Menet, Senior Vice President of Sales for Medtech, Inc., says: \"Alarm fatigue is a real "
        "problem.\" As the use of mobile technologies expands in healthcare, so does the chance to reach "
        "nurses wherever they are.",
    ),
    language="en",
)


def test_what_is_someones_job_is_who_is_someone() -> None:
    """"What is Steve Menet's job?" showed "As the use of mobile technologies expands ..." ("job" met
    "use" through WordNet) and bolded "technologies"."""
    answer = ask(ALARMS, "What is Steve Menet's job?")
    assert answer.found and answer.sentences[0].text.startswith("Steve Menet")
    assert _bold(ALARMS, "What is Steve Menet's job?") == "Senior Vice President of Sales for Medtech"


EMISSIONS = Article(
    title="Emissions dipped last year",
    paragraphs=(
        "Total emissions fell 2 percent compared with the year before, according to a research firm. "
        "The reason for that decline? The country is burning less coal. That has been driving down "
        "emissions from power plants.",
        "But emissions from cars and homes remain stubbornly flat, the firm said.",
    ),
    language="en",
)


def test_a_writers_short_question_is_answered_by_the_sentence_after_it() -> None:
    """"Why did emissions go down?" showed the article's own "The reason for that decline?": a
    question opening with no question word was not read as one."""
    answer = ask(EMISSIONS, "Why did emissions go down?")
    assert answer.found and answer.sentences[0].text == "The country is burning less coal."


CELLS = Article(
    title="Cells that taste danger",
    paragraphs=(
        "When the immunologist Ann Herbert at the University of Pennsylvania looked inside the lungs of mice "
        "infected with flu, she found a strange-looking cell.",
        "It looked just like a cell type found in the gut.",
    ),
    language="en",
)


def test_which_university_bolds_the_name_the_noun_heads() -> None:
    """"Which university does the scientist ... work at?" bolded "De'Broski Herbert": the asked
    noun heading "University of Pennsylvania" only joined a name written before it."""
    assert _bold(CELLS, "Which university does the scientist who found the odd cell work at?") == (
        "University of Pennsylvania"
    )


DIABETES = Article(
    title="A trial of a new diabetes drug",
    paragraphs=(
        "The drug was tested on patients with type 2 diabetes at the city hospital.",
        "Doctors followed 240 patients for a year.",
        "Most of them lost weight.",
    ),
    language="en",
)


def test_a_number_labelling_a_type_is_no_count() -> None:
    """"How many mice did Herbert infect with the flu?" bolded "2 immune" of "type 2 immune
    responses", which labels a kind of response and counts nothing."""
    answer = ask(DIABETES, "How many patients were in the trial?")
    assert answer.found and "240 patients" in answer.sentences[0].text
    assert _bold(DIABETES, "How many patients were in the trial?") == "240"
