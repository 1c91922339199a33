"""The answer sits in the sentence next to the one that matches the question's words (the reworded
class `neighbour`): a length of time told without a number, and the article's own bare "Why?"
before its reason. The articles here are written for the tests."""

from __future__ import annotations

from bot.reader.article import Article
from bot.reader.pipeline import ask
from tests.support.reading import bold_in

REPAIR = Article(
    title="Village bridge reopens",
    paragraphs=(
        "The council closed the old stone bridge over the Arle after a lorry struck its railing in March.",
        "Engineers from the county replaced the damaged railing and checked the arches. "
        "Within weeks, the bridge was open to traffic again.",
        "Residents said the detour through Holm had added twenty minutes to the school run.",
    ),
    language="en",
)


def test_a_duration_without_a_number_answers_how_soon() -> None:
    """"Within weeks, the bridge was open again" answers "how soon" though it counts nothing; it
    was answered by the sentence before it, which holds the question's words and no length of time."""
    answer = ask(REPAIR, "How soon did the bridge reopen after the engineers replaced the railing?")
    assert answer.found
    assert answer.sentences[0].text.startswith("Within weeks")
    assert bold_in(REPAIR, "How soon did the bridge reopen after the engineers replaced the railing?") == "Within weeks"


SPRING = Article(
    title="Quelle wieder sauber",
    paragraphs=(
        "Nach dem Ölunfall ließ die Gemeinde die verschmutzte Erde rund um die Quelle am Hagberg abtragen. "
        "Binnen Tagen war das Wasser wieder trinkbar.",
        "Die Gemeinde will den Schaden dem Spediteur in Rechnung stellen.",
    ),
    language="de",
)


def test_a_german_duration_without_a_number_answers_how_fast() -> None:
    """"Binnen Tagen" is a length of time as "within days" is."""
    answer = ask(SPRING, "Wie schnell war das Wasser nach dem Abtragen der Erde wieder sauber?")
    assert answer.found
    assert answer.sentences[0].text.startswith("Binnen Tagen")


HARBOUR = Article(
    title="Harbour expansion stalls",
    paragraphs=(
        "The new ferry terminal at Kestrin opened in May. "
        "Finishing the harbour wall, however, has not happened. Why? "
        "Because the seabed turned out to be far softer than the surveys had shown.",
        "The port authority has asked for a new survey of the bay.",
    ),
    language="en",
)


def test_the_articles_own_why_points_to_the_reason_after_it() -> None:
    """"Finishing the harbour wall, however, has not happened. Why? Because ...": the bare "Why?"
    asks about the sentence before it, so the sentence after it answers; it was declined, because the
    sentence holding the question's words gives no reason."""
    answer = ask(HARBOUR, "Why has finishing the harbour wall not happened?")
    assert answer.found
    assert answer.sentences[0].text.startswith("Because the seabed")
