"""A "how many", "how much", "when" or "where" question answered by a value of the asked kind.

A reader asking "How many farms are there in the valley?" is not helped by a sentence that names
farms but counts the workers and the sheep living on them; the bot says the article doesn't say
and shows the sentence as a hint. A count naming the thing in other words ("crates" for boxes) is
still the answer.
"""

from __future__ import annotations

from bot.reader.article import Article
from tests.reader.test_answer import ask

VALLEY = Article(
    title="A dry summer in the Arden valley",
    paragraphs=(
        "More than 4,000 workers live on farms in the Arden valley, alongside some 90,000 sheep.",
        "The council says the river fell to its lowest level since records began.",
        "Rescuers pulled three hikers from the gorge on Sunday, the council said.",
        "The cooperative shipped 1,200 crates of apples to the coast last week.",
    ),
    language="en",
)


def test_a_count_of_other_things_beside_the_asked_one_does_not_answer_how_many() -> None:
    """The sentence writes "farms" but counts workers and sheep."""
    answer = ask(VALLEY, "How many farms are there in the Arden valley?")
    assert not answer.found, answer.sentences[0].text
    assert answer.closest is not None and answer.closest.text.startswith("More than 4,000 workers")


def test_a_count_of_the_asked_thing_or_of_it_in_other_words_still_answers() -> None:
    answer = ask(VALLEY, "How many workers live on farms in the valley?")
    assert answer.found and answer.sentences[0].text.startswith("More than 4,000 workers")
    answer = ask(VALLEY, "How many hikers did rescuers pull from the gorge?")
    assert answer.found and answer.sentences[0].text.startswith("Rescuers pulled three hikers")
    answer = ask(VALLEY, "How many boxes of apples did the cooperative ship?")
    assert answer.found and answer.sentences[0].text.startswith("The cooperative shipped")


VALLÉE = Article(
    title="Un été sec dans la vallée de l'Arden",
    paragraphs=(
        "Plus de 4 000 ouvriers vivent dans les fermes de la vallée, avec quelque 90 000 moutons.",
        "Le conseil affirme que la rivière est tombée à son plus bas niveau.",
        "La coopérative a expédié 1 200 caisses de pommes vers la côte la semaine dernière.",
    ),
    language="fr",
)


def test_a_french_count_of_other_things_does_not_answer_combien() -> None:
    answer = ask(VALLÉE, "Combien de fermes y a-t-il dans la vallée ?")
    assert not answer.found, answer.sentences[0].text
    answer = ask(VALLÉE, "Combien d'ouvriers vivent dans la vallée ?")
    assert answer.found and answer.sentences[0].text.startswith("Plus de 4 000 ouvriers")
