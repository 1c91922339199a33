"""Follow-ups a reader types to go on with a story, through the real reading pipeline: "What
happened next?" shows the sentence after the one just shown, "Is that all?" shows more, "How old was he then?" finds the age reached, and "Who ... with her?" bolds the
other person, not the one named before."""

from __future__ import annotations

import pytest

from bot.reader.answer.followup import Turn, question_to_match
from bot.reader.answer.index import Answer
from bot.reader.article import Article
from bot.reader.pipeline import ask_in_turn


def _article(language: str, *paragraphs: str) -> Article:
    return Article(title="Test", paragraphs=paragraphs, language=language, url=None)


def _ask(article: Article, question: str, previous: Turn | None = None) -> tuple[Answer, Turn]:
    """The answer to the question, and the turn the next question leans on (as the bot keeps it)."""
    answer = ask_in_turn(article, question, previous)
    matched = question_to_match(question, previous, article.language or "en")
    return answer, Turn(matched, tuple(s.text for s in answer.sentences))


def _bold(answer: Answer) -> str | None:
    return answer.sentences[0].text[answer.phrase[0]:answer.phrase[1]] if answer.found and answer.phrase else None


DAM = _article(
    "en",
    "Heavy rain hit the valley of Ostrava on Sunday. "
    "A farmer noticed water leaking from the old Lysa dam on Monday morning and called the police.",
    "The police closed the road below the dam within an hour. "
    "Engineers then lowered the lake by three metres to take pressure off the wall.",
    "Nobody was hurt, and the road opened again on Thursday.",
)


def test_what_happened_next_shows_the_sentence_after_the_answer_even_past_a_paragraph_break() -> None:
    first, turn = _ask(DAM, "Who noticed the leak in the Lysa dam?")
    assert "A farmer noticed" in first.sentences[0].text
    following, turn = _ask(DAM, "What happened next?", turn)
    assert following.found and following.sentences[0].text.startswith("The police closed the road")
    again, _ = _ask(DAM, "And then?", turn)
    assert again.found and again.sentences[0].text.startswith("Engineers then lowered the lake")


def test_what_happened_next_after_the_last_sentence_says_the_article_does_not_go_on() -> None:
    first, turn = _ask(DAM, "When did the road open again?")
    assert "Thursday" in first.sentences[0].text
    following, _ = _ask(DAM, "What happened next?", turn)
    assert not following.found


@pytest.mark.parametrize(("language", "paragraphs", "question", "next_question", "wanted"), [
    ("de", ("Am Sonntag regnete es im Tal stark. Ein Bauer bemerkte am Montag Wasser an der alten Staumauer "
            "und rief die Polizei.", "Die Polizei sperrte die Straße unter der Mauer innerhalb einer Stunde."),
     "Wann bemerkte der Bauer das Wasser an der Staumauer?", "Und was passierte dann?", "Die Polizei sperrte"),
    ("fr", ("Dimanche, de fortes pluies ont frappé la vallée. Un agriculteur a remarqué une fuite au vieux "
            "barrage lundi matin et a appelé la police.", "La police a fermé la route sous le barrage en une heure."),
     "Quand l'agriculteur a-t-il remarqué la fuite au barrage ?", "Et ensuite ?", "La police a fermé"),
    ("es", ("El domingo cayeron fuertes lluvias en el valle. Un agricultor vio una fuga en la vieja presa el "
            "lunes por la mañana y llamó a la policía.", "La policía cerró la carretera bajo la presa en una hora."),
     "¿Cuándo vio el agricultor la fuga en la presa?", "¿Y qué pasó después?", "La policía cerró"),
])
def test_what_happened_next_in_german_french_and_spanish(language: str, paragraphs: tuple[str, ...], question: str,
                                                          next_question: str, wanted: str) -> None:
    article = _article(language, *paragraphs)
    first, turn = _ask(article, question)
    assert first.found
    following, _ = _ask(article, next_question, turn)
    assert following.found and following.sentences[0].text.startswith(wanted)


def test_is_that_all_shows_more_of_the_same_or_says_there_is_none() -> None:
    storm = _article(
        "en",
        "After the storm the county closed Mill Lane to traffic on Tuesday. Fallen trees blocked it in three places.",
        "The county also closed the ferry to Hale Island until the wind drops.",
        "Schools stayed open.",
    )
    first, turn = _ask(storm, "What did the county close after the storm?")
    assert "Mill Lane" in first.sentences[0].text
    more, turn = _ask(storm, "Is that all?", turn)
    assert more.found and "ferry to Hale Island" in more.sentences[0].text
    rest, _ = _ask(storm, "And is that all?", turn)
    assert not rest.found


def test_an_age_reached_answers_how_old_after_a_question_on_the_date() -> None:
    interview = _article(
        "en",
        "The magazine found a short interview with the founder, Dana Whitlow, filmed at the company's first office "
        "in March 2006. The clip was part of a longer film about young founders.",
        "Whitlow looks nervous in it. She had just turned 23, and the company had four employees.",
    )
    first, turn = _ask(interview, "When was the interview with Dana Whitlow filmed?")
    assert "March 2006" in first.sentences[0].text
    age, _ = _ask(interview, "How old was she then?", turn)
    assert age.found and "turned 23" in age.sentences[0].text
    assert _bold(age) and "23" in _bold(age)


def test_who_with_her_bolds_the_other_people_of_the_sentence_not_a_description() -> None:
    actor = _article(
        "en",
        "Mara Lind is an actor first and a singer second, and with a film directed by Ken Ito in the pipeline and "
        "another, Driftwood, in which she stars alongside Paula Grey and Sam Oduya, she wants to leave comedy behind.",
        "She grew up in Duluth and studied music in Chicago.",
    )
    first, turn = _ask(actor, "Which films is Mara Lind working on?")
    assert "Driftwood" in first.sentences[0].text
    costars, _ = _ask(actor, "Who stars in it with her?", turn)
    assert costars.found and "Driftwood" in costars.sentences[0].text
    assert _bold(costars) in {"Paula Grey", "Paula Grey and Sam Oduya"}


def test_a_when_follow_up_is_declined_when_the_sentence_its_words_find_holds_no_time() -> None:
    plant = _article(
        "fr",
        "Le groupe Varennes va supprimer 300 postes dans son usine de Lyon d'ici à 2015, a indiqué la direction.",
        "Paul Marchand, PDG de Varennes France, a indiqué vouloir procéder uniquement à des départs volontaires. "
        "Anne Roux, de la CGT, a relevé qu'il n'y a que 40 embauches prévues.",
        "La directrice générale du groupe veut économiser 80 millions d'euros par an.",
    )
    first, turn = _ask(plant, "Combien d'embauches sont prévues selon la CGT ?")
    assert first.found and "Anne Roux" in first.sentences[0].text
    when, _ = _ask(plant, "Et quand le PDG a-t-il été nommé ?", turn)
    assert not when.found
