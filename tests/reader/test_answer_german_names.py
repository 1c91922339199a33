"""A German question asking for a name ("Wie heißt ...?") is answered only by a sentence naming
someone: German capitalises every noun, so the article's common nouns (`common_nouns`) name no one,
and a sentence holding the question's words but no name was shown as the answer (issue 14's trial
on a court ruling)."""

from __future__ import annotations

import pytest

from bot.reader.article import Article
from tests.reader.test_answer import ask, best_text

RULING = Article(
    title="Gericht stoppt Samenspender",
    language="de",
    paragraphs=(
        "Ein niederländisches Gericht hat einen übereifrigen Samenspender gestoppt.",
        "Das Gericht untersagte dem Mann am Freitag jede weitere Samenspende.",
        "Bei einem Verstoß muss er 100.000 Euro Strafe zahlen.",
        "Im Jahr 2020 kam heraus, dass ein inzwischen gestorbener Gynäkologe mindestens 17 Kinder gezeugt hatte.",
    ),
)


@pytest.mark.parametrize("question", ["Wie heißt der Samenspender?", "Wie hieß der Gynäkologe?"])
def test_a_name_the_article_never_gives_is_declined(question: str) -> None:
    assert not ask(RULING, question).found


@pytest.mark.parametrize(
    ("sentence", "question"),
    [
        ("Nach dem Spiel lobte Trainer Nicolej Krickau die Abwehr.", "Wie heißt der Trainer?"),
        # Both words are in the tables as words ("Müller", a miller): the run of two names him.
        ("Nach dem Spiel lobte der Trainer Peter Müller die Abwehr.", "Wie heißt der Trainer?"),
        ("Der 41-jährige Samenspender Jonathan bot sein Sperma vielen Kliniken an.", "Wie heißt der Samenspender?"),
    ],
)
def test_a_name_given_is_still_the_answer(sentence: str, question: str) -> None:
    article = Article(title="Bericht", language="de", paragraphs=("Die Mannschaft gewann klar.", sentence))
    assert best_text(article, question) == sentence


TICKET = Article(
    title="Das Deutschlandticket kommt",
    language="de",
    paragraphs=(
        "Das Deutschlandticket gilt vom 1. Mai an bundesweit im Nahverkehr.",
        "Die Verkehrsminister der Länder haben sich darauf geeinigt, dass Studenten nur die Differenz zahlen.",
        "Das wären im Durchschnitt etwa 25 Euro im Monat.",
    ),
)


def test_who_holds_a_post_is_declined_when_no_one_is_named() -> None:
    assert not ask(TICKET, "Wer ist der Verkehrsminister?").found


def test_who_holds_a_post_is_answered_by_a_name_anywhere_in_the_sentence() -> None:
    sentence = "Da Tanaghrisson den Briten Unterstützung zugesagt hatte, traf sich Washington mit dem Mingo-Führer."
    article = Article(title="Der Krieg", language="de", paragraphs=("Die Truppen zogen weiter nach Norden.", sentence))
    assert best_text(article, "Wer war der Anführer der Mingo?") == sentence
