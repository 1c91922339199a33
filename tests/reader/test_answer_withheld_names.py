"""A question asking for someone's name, about an article that does not give it, is declined."""

from __future__ import annotations

import pytest

from bot.reader.article import Article
from tests.reader.test_answer import ask

HUNTER = Article(
    title="Hunter killed by grizzly bear in southwest Montana",
    paragraphs=(
        "BOZEMAN, Mont. (AP) — A hunter was killed Friday by a grizzly bear in the mountains south of "
        "Big Sky, Montana Fish, Wildlife and Parks said.",
        "The person, who was not identified, had been hunting elk alone in the Gallatin National Forest "
        "and did not return to camp on Thursday night.",
        "A search party found the body on Friday morning near a creek about two miles from the trailhead.",
        "Game warden Tom Baker said the bear appeared to have been feeding on a carcass nearby.",
        "Wildlife officials said they would try to trap the bear, which has not been seen since.",
    ),
)

STABBING = Article(
    title="Man stabbed to death on commuter train",
    paragraphs=(
        "A man has been stabbed to death on a commuter train during a fight, the transit police chief said.",
        "He says officers boarded the train at the next stop and found a man bleeding. He says the man died.",
        "Police Chief Ed Alvarez said officers arrested a suspect a block away from the station.",
    ),
)

JAEGER = Article(
    title="Jäger bei Treibjagd tödlich verletzt",
    paragraphs=(
        "Bei einer Treibjagd im Landkreis Cham ist am Samstag ein Jäger tödlich verletzt worden.",
        "Der 58-Jährige, der von der Polizei nicht namentlich genannt wurde, wurde von einem Schuss "
        "aus dem Gewehr eines anderen Jägers getroffen.",
        "Die Kriminalpolizei Regensburg ermittelt wegen fahrlässiger Tötung.",
    ),
    language="de",
)

CHASSEUR = Article(
    title="Un chasseur tué lors d'une battue dans le Var",
    paragraphs=(
        "Un chasseur a été mortellement blessé samedi matin lors d'une battue au sanglier à Brignoles.",
        "La victime, un homme de 62 ans dont l'identité n'a pas été révélée, a été touchée par une balle "
        "tirée par un autre participant.",
        "Le procureur de Draguignan, Pierre Couttenier, a ouvert une enquête pour homicide involontaire.",
    ),
    language="fr",
)

CONDUCTOR = Article(
    title="Muere un conductor en un accidente en la A-7",
    paragraphs=(
        "Un conductor murió la madrugada de este domingo tras chocar su turismo contra un camión en la "
        "autovía A-7, a la altura de Motril.",
        "El fallecido, un hombre de 45 años cuya identidad no ha trascendido, viajaba solo en el vehículo.",
        "El conductor del camión, Antonio García, resultó ileso, según informó la Guardia Civil.",
    ),
    language="es",
)


@pytest.mark.parametrize(
    ("article", "question"),
    [
        (HUNTER, "What is the hunter's name?"),
        (HUNTER, "What was the name of the person killed by the bear?"),
        (STABBING, "What was the name of the man who died?"),
        (JAEGER, "Wie heißt der getötete Jäger?"),
        (CHASSEUR, "Comment s'appelle la victime ?"),
        (CONDUCTOR, "¿Cómo se llama el conductor fallecido?"),
    ],
)
def test_a_name_the_article_does_not_give_is_declined(article: Article, question: str) -> None:
    answer = ask(article, question)
    assert not answer.found, f"answered {question!r} with {answer.sentences[0].text!r} (score {answer.score:.2f})"
    assert answer.closest is not None


@pytest.mark.parametrize(
    ("article", "question", "named"),
    [
        (HUNTER, "What is the name of the game warden?", "Tom Baker"),
        (CHASSEUR, "Comment s'appelle le procureur de Draguignan ?", "Pierre Couttenier"),
        (CONDUCTOR, "¿Cómo se llama el conductor del camión?", "Antonio García"),
    ],
)
def test_a_name_the_article_gives_is_answered(article: Article, question: str, named: str) -> None:
    answer = ask(article, question)
    assert answer.found, f"declined {question!r} (score {answer.score:.2f})"
    assert named in answer.sentences[0].text


@pytest.mark.parametrize(
    ("article", "question", "start"),
    [
        (HUNTER, "When was the hunter killed?", "A hunter was killed Friday"),
        (JAEGER, "Wer ermittelt?", "Die Kriminalpolizei"),
        (CONDUCTOR, "¿Cuántos años tenía el fallecido?", "El fallecido"),
    ],
)
def test_other_questions_about_the_unnamed_person_are_still_answered(article: Article, question: str, start: str) -> None:
    answer = ask(article, question)
    assert answer.found, f"declined {question!r} (score {answer.score:.2f})"
    assert answer.sentences[0].text.startswith(start)


def test_a_name_given_in_another_paragraph_than_the_best_match_is_not_declined() -> None:
    """The best match only mentions the chief ("the transit police chief said"); a later paragraph
    names him, so the article does say."""
    answer = ask(STABBING, "What is the name of the police chief?")
    assert answer.found, f"declined (score {answer.score:.2f})"
