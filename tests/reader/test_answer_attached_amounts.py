"""The bold amount (or place) is the one told of what the question asks about, not the nearest one.

A sentence comparing two things gives each its own figure ("the new console costs $500, while
the old one launched at $400"); a reader asking the old one's price must see "$400" in bold, not
the figure beside the verb they happened to use. In a list ("51% white, 3% black and 2% Asian")
the word after an amount labels it.
"""

from __future__ import annotations

from bot.reader.article import Article
from tests.reader.test_answer import ask

CONSOLES = Article(
    title="The new console is the fastest yet",
    paragraphs=(
        "A year after its rival's launch, the Nova X costs $500, while the Zento console launched at $400.",
        "The Nova X weighs 4 kilograms.",
    ),
    language="en",
)

CENSUS = Article(
    title="The town in 1950",
    paragraphs=(
        "In 1950, the census reported the town's population as 51.0% white, 3.4% black and 2.1% Asian.",
        "The town grew quickly after the war.",
    ),
    language="en",
)

POLL = Article(
    title="Parents and football",
    paragraphs=(
        "One bright note in the survey: 58 percent of women (as opposed to 41 percent of men) oppose their sons playing football.",
        "The survey was taken in December.",
    ),
    language="en",
)

FOSSIL = Article(
    title="A skeleton from Kenya",
    paragraphs=(
        "In 1984 the team found the Lake Boy, a 1.5-million-year-old fossil of a young hominin.",
        "It is the most complete skeleton of its kind.",
    ),
    language="en",
)


def bold(article: Article, question: str) -> str | None:
    answer = ask(article, question)
    assert answer.found, f"declined {question!r}"
    return answer.sentences[0].text[slice(*answer.phrase)] if answer.phrase else None


def test_the_amount_in_the_clause_about_the_asked_thing_is_bold() -> None:
    assert bold(CONSOLES, "How much did the Zento console cost at launch?") == "$400"
    assert bold(CONSOLES, "How much does the Nova X cost?") == "$500"


def test_the_amount_a_question_word_labels_is_bold() -> None:
    assert bold(CENSUS, "In 1950, what percentage of the town's population was Asian?") == "2.1%"


def test_the_amount_labelled_after_of_is_bold() -> None:
    """"58 percent of women" is the women's share, though "opposed" stands nearer to the men's."""
    assert bold(POLL, "What share of women oppose their sons playing?") == "58 percent"
    assert bold(POLL, "What share of men oppose their sons playing?") == "41 percent"


def test_an_age_in_millions_of_years_answers_how_old() -> None:
    """"1.5-million-year-old" is an age, not a length of time: "How old" is answered and set in bold."""
    assert bold(FOSSIL, "How old was the Lake Boy?") == "1.5-million-year-old"


SALE = Article(
    title="Händler senkt die Preise",
    paragraphs=(
        "Bei 40 Prozent der Produkte sinkt der Preis um ein Drittel, insgesamt sind knapp 1.000 Artikel reduziert.",
        "Die Aktion läuft bis Ende Mai.",
    ),
    language="de",
)


def test_how_many_is_answered_by_a_count_not_by_a_share() -> None:
    """"40 Prozent der Produkte" is a part of the products; how many there are is "knapp 1.000 Artikel",
    and the bold is the count with its bound, neither the counted noun nor the question's verb ("reduziert")."""
    assert bold(SALE, "Wie viele Produkte sind reduziert?") == "knapp 1.000"


HARBOUR = Article(
    title="The port's long history",
    paragraphs=(
        "The town took control of the harbour in 1820 but began in earnest to expand its fleet after 1870, "
        "building mainly steamships.",
        "The fleet is now the largest on the coast.",
    ),
    language="en",
)


def test_the_date_in_the_clause_of_the_asked_event_is_bold() -> None:
    """"but" opens another event's clause: 1820 is when the town took the harbour, not when it
    began to expand its fleet, though "in 1820" stands nearer the question's first words."""
    assert bold(HARBOUR, "When did the town begin in earnest to expand its fleet?") == "1870"



ADVICE = Article(
    title="Beratung zu Preiserhöhungen",
    paragraphs=(
        "Die Verbraucherzentralen beraten seit dem 1. März in den 16 Bundesländern zu Preiserhöhungen.",
        "Sie stellen auch Musterbriefe zur Verfügung.",
    ),
    language="de",
)


def test_wie_vielen_asks_a_count_and_a_day_counts_nothing() -> None:
    """"In wie vielen ...?" asks how many, as "wie viele" does (it was declined as asking no
    kind); the day before a month ("1. März") is no count of states."""
    assert bold(ADVICE, "In wie vielen Bundesländern beraten die Verbraucherzentralen?") == "16"


STORM = Article(
    title="Storm sweeps the valley",
    paragraphs=(
        "The storm reached the valley on Tuesday night and closed two mountain passes.",
        "Up to a foot of snow fell on the northern slopes, and the ski lifts stayed shut.",
        "Two tonnes of grit were spread on the roads before dawn.",
        "Schools will reopen on Thursday, the council said.",
    ),
    language="en",
)


def test_how_much_of_some_stuff_is_answered_by_an_amount_with_no_figure() -> None:
    """"Up to a foot of snow" is how much snow fell: it is answered, not declined for want of a
    digit, and the amount with its unit is bold, not the bare number word."""
    assert bold(STORM, "How much snow fell on the slopes?") == "Up to a foot"
    assert bold(STORM, "How much grit was spread?") == "Two tonnes"
    assert not ask(STORM, "How much rain fell on the slopes?").found, "rain is named nowhere"


PARADE = Article(
    title="Parade day",
    paragraphs=(
        '"We came all the way from Puerto Rico to see the parade," said Jose Ramirez, who was in New York '
        "with his family.",
        "Maria Lopez moved to Chicago from Lima in 2009 and now runs a bakery in Evanston.",
    ),
    language="en",
)
BAKERY = Article(
    title="Neue Bäckerei",
    paragraphs=(
        "Anna Weber, die aus Köln stammt, führt seit 2019 eine Bäckerei in Berlin.",
        "Die Bäckerei hat zwölf Angestellte und öffnet um sechs Uhr.",
    ),
    language="de",
)


def test_where_from_bolds_the_place_of_origin_not_the_nearest_place() -> None:
    assert bold(PARADE, "Where did Jose Ramirez travel from?") == "Puerto Rico"
    assert bold(PARADE, "Where did Maria Lopez move from?") == "Lima"
    assert bold(PARADE, "Where did Maria Lopez move to?") == "Chicago"
    assert bold(BAKERY, "Woher kommt Anna Weber?") == "Köln"
    assert bold(BAKERY, "Wo führt Anna Weber eine Bäckerei?") == "Berlin"


PENGUINS = Article(
    title="Penguins and tourists",
    paragraphs=(
        "More than 10,000 people travel to the ice every year, and scientists fear they bring diseases with them.",
        "Nora Halvorsen, an ecologist from the Polar Institute in Tromsø, Norway, told reporters that the evidence "
        "blaming tourists for sick penguins is thin.",
        "City mayor Lars Brenna said the harbour would welcome more ships next year.",
    ),
    language="en",
)


def test_who_says_or_doubts_bolds_the_speaker_not_the_place_or_body_nearer_the_words() -> None:
    assert bold(PENGUINS, "Who doubts that tourists are to blame?") == "Nora Halvorsen"
    assert bold(PENGUINS, "Who says the evidence against tourists is thin?") == "Nora Halvorsen"
    assert bold(PENGUINS, "Who said the harbour would welcome more ships?") == "Lars Brenna"
