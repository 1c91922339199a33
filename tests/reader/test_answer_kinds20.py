"""Answer types met on pages nobody had tuned on (round 20): a length of time written with a number
word ("five-minute"), a length of time told by when it began ("since the early 1990s", "depuis
2001"), a code with digits taken for a count ("the G40 faction", "F-35 jets", "COVID-19"), and a
reason told as what someone was criticised for ("drew criticism for including ...")."""

from __future__ import annotations

from bot.reader.article import Article
from bot.reader.pipeline import ask
from tests.support.reading import bold

PHONE = Article(
    title="I put my phone away for a week",
    paragraphs=(
        "Last month I tried an experiment with my phone.",
        "For the first test I allowed myself a single five-minute browsing session each evening.",
        "The rest of the day the phone stayed in a drawer in the kitchen.",
        "My sister thought the whole thing was silly.",
    ),
    language="en",
)

BAKERY = Article(
    title="A family bakery",
    paragraphs=(
        "The Miller bakery sits on the corner of Elm Street.",
        "The family has been baking rye bread there since the early 1990s.",
        "Their best seller is a sourdough loaf with caraway seeds.",
        "On weekends the queue reaches the next corner.",
    ),
    language="en",
)

BOULANGERIE = Article(
    title="Une boulangerie familiale",
    paragraphs=(
        "La boulangerie Martin se trouve au coin de la rue des Lilas.",
        "La famille y fabrique du pain de seigle depuis 2001.",
        "Leur meilleur produit est une miche au levain.",
        "Le week-end, la file d'attente atteint le coin suivant.",
    ),
    language="fr",
)

COUP = Article(
    title="Coup attempt fails",
    paragraphs=(
        "A group of officers tried to seize the presidential palace on Tuesday night.",
        "Soldiers loyal to the G40 faction took part in the coup, the army said.",
        "Loyal troops surrounded the palace by dawn and the rebels surrendered.",
    ),
    language="en",
)

JETS = Article(
    title="Jet deal",
    paragraphs=(
        "The air force announced a new purchase on Monday.",
        "The air force bought F-35 jets to replace its old fighters.",
        "The first jets arrive next year.",
    ),
    language="en",
)

WARD = Article(
    title="Hospital wards",
    paragraphs=(
        "The city hospital opened a new wing in March.",
        "Patients with COVID-19 are treated in the new wing.",
        "The wing has its own entrance.",
    ),
    language="en",
)

MUSEUM = Article(
    title="Museum show",
    paragraphs=(
        "The city museum opened a show of early photographs in May.",
        "The curators drew criticism for including pictures taken without consent.",
        "Visitors can see the show until the end of August.",
    ),
    language="en",
)


def test_a_length_of_time_with_a_number_word_and_a_hyphen_answers_how_long() -> None:
    """"five-minute" is as long a time as "5-minute"; the question was declined."""
    answer = ask(PHONE, "How long was the author's browsing session?")
    assert answer.found
    assert bold(answer) == "five-minute"


def test_since_a_year_answers_how_long_something_has_gone_on() -> None:
    """"since the early 1990s" tells how long by when it began; the question was declined."""
    answer = ask(BAKERY, "How long has the family been baking bread?")
    assert answer.found
    assert bold(answer) == "since the early 1990s"


def test_depuis_a_year_answers_depuis_combien_de_temps() -> None:
    answer = ask(BOULANGERIE, "Depuis combien de temps la famille fabrique-t-elle du pain ?")
    assert answer.found
    assert bold(answer) == "depuis 2001"


def test_a_letter_and_digits_name_a_faction_and_count_no_soldiers() -> None:
    """"the G40 faction" was taken for a count of soldiers."""
    assert not ask(COUP, "How many soldiers took part in the coup?").found


def test_a_code_joined_by_a_hyphen_counts_nothing() -> None:
    """"F-35 jets" is a kind of jet and "COVID-19" an illness, not 35 jets nor 19 patients."""
    assert not ask(JETS, "How many jets did the air force buy?").found
    assert not ask(WARD, "How many patients are treated in the new wing?").found


def test_what_someone_was_criticised_for_answers_why() -> None:
    """"drew criticism for including pictures ..." gives the reason; the question was declined."""
    answer = ask(MUSEUM, "Why were the curators criticised?")
    assert answer.found
    assert answer.sentences[0].text.startswith("The curators drew criticism")
