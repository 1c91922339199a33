"""Numbers that measure (an area, a multiplier, a length of time) count no one: "How many people
died?" is declined where the article's only numbers say how large the fires were, and "How much
land ...?" asks an area, answered by the hectares rather than by the sentence sharing its verb."""

from __future__ import annotations

from bot.reader.article import Article
from bot.reader.pipeline import ask

FIRES = Article(
    title="Largest bushfire brought under control",
    paragraphs=(
        "Firefighters said on Monday they had brought the country's largest blaze under control as rain arrived.",
        "The crews finally had the upper hand against the fire on the city's outskirts, which has been burning "
        "for almost three months.",
        "The fire seared an area of national park three times the size of the capital and lit several connected "
        "blazes totalling over 800 000 hectares.",
        "Dozens of other fires are yet to be controlled, and forecasters expect more rain next week.",
    ),
)


def test_a_sentence_of_measures_does_not_answer_how_many_people() -> None:
    answer = ask(FIRES, "How many people died in the fires?")
    assert not answer.found, f"answered with {answer.sentences[0].text!r}"


def test_how_much_land_is_answered_by_the_area() -> None:
    answer = ask(FIRES, "How much land did the fires burn?")
    assert answer.found, f"declined (score {answer.score:.2f})"
    first = answer.sentences[0].text
    assert "800 000 hectares" in first
    assert answer.phrase is not None and "800 000 hectares" in first[answer.phrase[0]:answer.phrase[1]]


def test_a_count_of_people_beside_a_measure_still_answers() -> None:
    article = Article(title=FIRES.title, paragraphs=(*FIRES.paragraphs,
                      "At least 29 people have died in the fires since September, officials said."))
    answer = ask(article, "How many people died in the fires?")
    assert answer.found and "29 people" in answer.sentences[0].text
