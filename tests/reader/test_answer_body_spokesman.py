""""What did the police say?" is answered with the words of the one who speaks for the police.

A body's spokesperson is introduced by a post holding the body's adjective or a compound it leads
("el portavoz policial Oliver Peiler", "Polizeisprecher Jan Hoff"), not the body's noun itself, and
a follow-up naming whom it asks about ("¿Y qué dijo la policía?") is answered as the question alone
is, with their words, not with the sentence the previous turn's words find. The articles are
invented.
"""

from __future__ import annotations

from bot.reader import pipeline
from bot.reader.answer.followup import Turn
from bot.reader.article import Article

PARTIDO = Article(
    title="Se reanuda el fútbol sin público",
    paragraphs=(
        "El Dortmund venció al Schalke por 4-0 en un estadio vacío.",
        "La policía se mantuvo relajada durante toda la tarde frente al estadio.",
        "“Todo está realmente muy calmado en la ciudad”, dijo el portavoz policial Oliver Peiler.",
        "El recinto tiene una capacidad de 81.000 espectadores.",
    ),
    language="es",
)
SPIEL = Article(
    title="Geisterspiel in Dortmund",
    paragraphs=(
        "Dortmund gewann das Derby gegen Schalke mit 4:0 vor leeren Rängen.",
        "Die Polizei blieb den ganzen Nachmittag über ruhig vor dem Stadion.",
        "„Es ist alles sehr ruhig in der Stadt“, sagte Polizeisprecher Jan Hoff.",
        "Das Stadion bietet 81.000 Zuschauern Platz.",
    ),
    language="de",
)


def test_what_a_body_said_is_what_its_spokesperson_said() -> None:
    assert "calmado" in pipeline.ask(PARTIDO, "¿Qué dijo la policía?").sentences[0].text
    assert "ruhig in der Stadt" in pipeline.ask(SPIEL, "Was sagte die Polizei?").sentences[0].text


def test_a_follow_up_naming_whom_it_asks_about_gets_their_words() -> None:
    first = pipeline.ask(PARTIDO, "¿Quién ganó el partido?")
    previous = Turn("¿Quién ganó el partido?", tuple(s.text for s in first.sentences))
    answer = pipeline.ask_in_turn(PARTIDO, "¿Y qué dijo la policía?", previous)
    assert answer.found and "calmado" in answer.sentences[0].text
