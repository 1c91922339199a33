"""Follow-up questions in English, German, French and Spanish: told apart from fresh questions, and
expanded with the previous question and the names in its answer."""

from __future__ import annotations

import pytest

from bot.reader.answer.followup import Turn, expand, is_followup, own_words_first, question_to_match


@pytest.mark.parametrize(("language", "question"), [
    ("en", "And how much will it cost?"),
    ("en", "what did she say about it?"),
    ("en", "Why?"),
    ("de", "Und die Nationalisten?"),
    ("de", "Wer unterstützt sie?"),
    ("fr", "Et à quoi servira cet argent ?"),
    ("fr", "Pourquoi a-t-il demandé son rejet ?"),
    ("es", "¿Y quién le dio ese nombre?"),
    ("es", "¿Dónde lo encontraron?"),
])
def test_follow_ups_are_recognised(language: str, question: str) -> None:
    assert is_followup(question, language)


@pytest.mark.parametrize(("language", "question"), [
    ("en", "Who is Sung Kim?"),
    ("en", "What did the Pope say about it?"),
    ("en", "How much does a plot in the rooftop garden cost?"),
    ("de", "Wie viele Stimmen bekam die Kandidatin der Sozialdemokraten?"),
    ("de", "Wie viele Tore gibt es?"),
    ("fr", "Pourquoi le pilote a-t-il fait monter le nez de l'avion ?"),
    ("fr", "Que visait l'accord ?"),
    ("fr", "PSA va-t-il demander une aide financière de l'État ?"),
    ("fr", "Combien de temps faudra-t-il pour pomper l'eau des tunnels ?"),
    ("fr", "Y a-t-il des blessés ?"),
    ("es", "¿Qué marcas de lujo crearon los fabricantes japoneses?"),
])
def test_fresh_questions_are_left_alone(language: str, question: str) -> None:
    assert not is_followup(question, language)
    assert question_to_match(question, Turn("Who designed it?", ("Lena Ortiz designed it.",)), language) == question


def test_expansion_borrows_the_previous_question_and_the_names_of_its_answer() -> None:
    previous = Turn("Who designed the bridge?", ("The bridge was designed by the engineer Clara Weiss.",))
    matched = question_to_match("and what did she say about it?", previous, "en")
    assert matched.startswith("and what did she say about it?")
    borrowed = matched.removeprefix("and what did she say about it?").split()
    assert borrowed == ["designed", "bridge", "Clara", "Weiss"]


@pytest.mark.parametrize(("language", "question", "previous", "wanted"), [
    ("fr", "Et pourquoi l'a-t-elle quitté ?", Turn("Où travaillait Marie Curie ?", ("Elle travaillait à Paris.",)),
     {"travaillait", "Marie", "Curie", "Paris"}),
    ("es", "¿Y cuándo alcanzó Inglaterra?", Turn("¿Por dónde llegó la peste a Europa?",
                                                 ("La peste llegó por Sicilia en 1347.",)),
     {"llegó", "peste", "Europa", "Sicilia"}),
])
def test_expansion_in_other_languages(language: str, question: str, previous: Turn, wanted: set[str]) -> None:
    matched = question_to_match(question, previous, language)
    assert matched.startswith(question)
    assert wanted <= set(matched.removeprefix(question).split())


@pytest.mark.parametrize(("language", "question", "previous", "wanted"), [
    ("en", "And the US?", "When did the EU ban it?", "When did the ban it the US"),
    ("de", "Und die Grünen?", "Wie viel Prozent holte die SPD?", "Wie viel Prozent holte die SPD die Grünen"),
    ("es", "¿Y la mínima?", "¿Cuál es la edad máxima?", "Cuál es la edad máxima la mínima"),
])
def test_and_x_asks_the_previous_question_about_x(language: str, question: str, previous: str, wanted: str) -> None:
    """The question word stays first, so the kind asked ("when", "how many") is read from it; X's
    name replaces the previous question's names (not in German, where every noun has a capital)."""
    assert question_to_match(question, Turn(previous, ("Some answer.",)), language) == wanted


@pytest.mark.parametrize(("language", "question"), [
    ("en", "What else?"), ("en", "and anything else?"), ("de", "Und was noch?"), ("fr", "Quoi d'autre ?"),
    ("es", "¿Y qué más?"),
])
def test_what_else_asks_the_previous_question_again(language: str, question: str) -> None:
    assert question_to_match(question, Turn("Who won the race?", ("Ana won.",)), language) == "Who won the race?"


def test_no_previous_turn_means_the_question_as_asked() -> None:
    assert question_to_match("and what did she say?", None, "en") == "and what did she say?"
    assert expand("Why?", Turn("Who won?"), "en") == "Why? won"


def test_sentences_with_the_questions_own_words_go_first() -> None:
    candidates = ["The bridge was designed by Clara Weiss.", "Weiss said the deck would have solar lamps."]
    assert own_words_first("and what did she say about it?", candidates, "en") == [1, 0]
    assert own_words_first("and who paid?", candidates, "en") == [0, 1]
