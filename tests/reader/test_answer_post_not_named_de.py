"""A German "who is the X" question about a post the article names no holder of is declined, as
French and Spanish ones were: "Wer wird neuer Ministerpräsident?" about an election report was
answered with "viele kleine und neue Parteien" (reworded dev), sharing only "neu" with it."""

from __future__ import annotations

from bot.reader.article import Article
from bot.reader.pipeline import ask

WAHL = Article(
    title="Bürgerpartei gewinnt die Wahl in Kellbach",
    paragraphs=(
        "Die Bürgerpartei hat die Landtagswahl in Kellbach am Sonntag klar gewonnen.",
        "Viele kleine und neue Parteien scheiterten an der Sperrklausel von fünf Prozent.",
        "Als Finanzminister soll Peter Brandt in die Regierung gehen, sagte die Parteichefin Anna Vogt.",
        "Der Vorstand der Partei trifft sich am Montag, um über die Koalition zu beraten.",
    ),
    language="de",
)


def test_a_post_no_sentence_holds_is_declined() -> None:
    assert not ask(WAHL, "Wer wird neuer Ministerpräsident?").found
    assert not ask(WAHL, "Wer wird Ministerpräsident von Kellbach?").found


def test_a_post_the_article_names_a_holder_of_is_answered() -> None:
    for question in ("Wer wird neuer Finanzminister?", "Wer ist die Parteichefin?", "Wer ist Anna Vogt?"):
        answer = ask(WAHL, question)
        assert answer.found and "Peter Brandt" in answer.sentences[0].text
