"""What a reader met on news pages nobody had tuned on (trial 17a: a concept car, a new CEO's
interview, a goalkeeper's transfer): "the chief executive" for the article's "CEO", "the vehicle"
for the car the article is about, an interview's answer under its question, and a car's name with
a full stop inside it cut into two sentences."""

from __future__ import annotations

from bot.reader.article import Article
from bot.reader.pipeline import ask, document_of
from bot.reader.text.language import language_for
from tests.support.reading import bold

INTERVIEW = Article(
    title="Meet our new CEO",
    paragraphs=(
        "Northwind is proud to announce Maria Lopez, a long-time team member, as our new CEO.",
        "We asked her a few questions about the business and about herself.",
        "Q: What is next for the business?",
        "A: We are launching a monthly plan that gives members unlimited rides for a flat price.",
        "Q: Where did you grow up?",
        "A: Valparaíso in Chile, a port city with a lot of hills and colourful houses.",
        "Q: Favorite athlete?",
        "A: Serena Williams",
        "Q: Favorite food?",
        "A: Empanadas from my grandmother's kitchen",
    ),
    language="en",
    headings=frozenset({2, 4, 6, 8}),
)
"""As read from the page, whose bold questions the extraction keeps as sub-headings."""
PASTED = Article(title=INTERVIEW.title, paragraphs=INTERVIEW.paragraphs, language="en")
"""The same interview pasted as plain text: every paragraph, the questions too, is body text."""


def test_the_chief_executive_is_the_ceo_the_article_names() -> None:
    """"Where did the chief executive grow up?" was declined on a page that says "CEO" throughout:
    neither "chief" nor "executive" is in it, and no bridge joins a phrase to its acronym."""
    answer = ask(INTERVIEW, "Who is the chief executive?")
    assert answer.found
    assert "Maria Lopez" in answer.sentences[0].text


def test_an_interview_answer_is_found_through_the_question_it_answers() -> None:
    """"Who is her favourite sportsperson?": the answer paragraph holds a name only, and the words
    that join it to the reader's question are in the interviewer's "Q: Favorite athlete?" above it."""
    answer = ask(INTERVIEW, "Who is her favourite sportswoman?")
    assert answer.found
    assert answer.sentences[0].text == "A: Serena Williams"


def test_an_interview_pasted_as_text_keeps_each_answer_under_its_question() -> None:
    """Pasted as plain paragraphs (no sub-headings from the page), the question paragraph still
    leads to the answer paragraph after it, not to itself."""
    answer = ask(PASTED, "What food does she like most?")
    assert answer.found
    assert "Empanadas" in answer.sentences[0].text


CONCEPT_CAR = Article(
    title="The Nova GT concept is a long electric wagon",
    paragraphs=(
        "The carmaker showed the Nova GT concept at the Tokyo Motor Show this week. The car is the fifth model "
        "on its new electric platform.",
        "At 190 inches, the car is about as long as the brand's biggest SUV, but lower and narrower.",
        "A 270 horsepower motor fed by a 80 kWh battery drives the rear wheels, and the car could reach 60 mph in 5.5 "
        "seconds.",
        "The company hopes to sell a production car in Europe in 2023.",
    ),
    language="en",
)


def test_the_vehicle_is_the_car_the_article_is_about() -> None:
    """"How long is the vehicle?" was declined: the article never says "vehicle", and no bridge reaches
    from it to "car", four steps down WordNet's tree."""
    answer = ask(CONCEPT_CAR, "How long is the vehicle?")
    assert answer.found
    assert "190 inches" in answer.sentences[0].text


def test_a_name_written_with_a_full_stop_inside_stays_one_sentence() -> None:
    """"the VW ID. SPACE VIZZION is 195 inches long" was cut after "ID.", leaving a sentence that
    opens "SPACE VIZZION is" and one ending "the ID.", so the length sat apart from the car's name."""
    sentences = language_for("en").sentences(
        "As shown at the auto show, the ZX ID. NOVA RANGER is about as long as a big SUV. It is lower, though."
    )
    assert sentences == [
        "As shown at the auto show, the ZX ID. NOVA RANGER is about as long as a big SUV.",
        "It is lower, though.",
    ]


def test_an_acronym_ending_a_sentence_still_ends_it() -> None:
    """A sentence ending in a body's short name stays apart from the next one opening with another."""
    assert language_for("en").sentences("The case went to the FBI. NASA said nothing.") == [
        "The case went to the FBI.", "NASA said nothing.",
    ]


def test_a_pasted_interview_question_is_not_shown_as_its_own_answer() -> None:
    """Pasted, the interviewer's question is a sentence of the text, and it words the reader's
    question best; the answer paragraph after it is shown instead."""
    texts = [sentence.text for sentence in document_of(PASTED).sentences]
    assert "Q: Favorite athlete?" in texts
    assert ask(PASTED, "Favorite athlete?").sentences[0].text == "A: Serena Williams"


def test_how_much_power_a_motor_makes_bolds_its_horsepower() -> None:
    """"How much power does the motor make?" bolded "82", the battery's number beside it: an
    engine's output is a measure with units of its own (horsepower, kilowatts), not a plain count."""
    answer = ask(CONCEPT_CAR, "How much power does the car's motor make?")
    assert answer.found
    assert bold(answer) == "270 horsepower"
