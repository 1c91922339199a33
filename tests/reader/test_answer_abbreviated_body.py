"""A question may name a body by the abbreviation the article gives once ("der RMV") while the
sentence answering it spells the name out ("Allein der Rhein-Main-Verkehrsverbund hat ...
verkauft"): "Wie viele Deutschlandtickets hat der RMV verkauft?" was declined on an untuned FAZ
page as asking about a body that sentence does not name."""

from __future__ import annotations

from bot.reader.answer.terms import name_initials
from bot.reader.article import Article
from bot.reader.pipeline import ask
from bot.reader.text.language import language_for

TICKETS = Article(
    title="Das Deutschlandticket verkauft sich gut",
    paragraphs=(
        "Allein der Rhein-Main-Verkehrsverbund hat mehr als 120.000 Deutschlandtickets verkauft.",
        "Die Bahn rechnet mit sechs Millionen neuen Abonnenten.",
        "Eine Umfrage des RMV zeigt, dass viele Kunden bisher nie Bus fuhren.",
    ),
    language="de",
)


def test_a_run_s_tail_of_three_words_gives_initials_too() -> None:
    found = name_initials(language_for("de"), "Allein der Rhein-Main-Verkehrsverbund hat Tickets verkauft.")
    assert found["rmv"] == ("rhein", "main", "verkehrsverbund")


def test_a_two_word_tail_gives_none() -> None:
    assert "us" not in name_initials(language_for("en"), "Yesterday President Ursula Smith spoke.")


def test_a_count_asked_of_the_abbreviation_is_answered_by_the_spelt_out_name() -> None:
    answer = ask(TICKETS, "Wie viele Deutschlandtickets hat der RMV verkauft?")
    assert answer.found and "120.000" in answer.sentences[0].text


def test_a_count_asked_of_another_body_is_still_declined() -> None:
    assert not ask(TICKETS, "Wie viele Deutschlandtickets hat der VRR verkauft?").found
