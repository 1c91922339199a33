"""French and Spanish "who leads X" asked by a verb (`heads.head_asked_of`): the answer names someone
at the head of X, or none of X's.

In a new-user trial "Qui dirige l'Office fédéral de l'agriculture ?" about a page that never names
the office's director got the sentence saying what the office withdrew, and "¿Quién preside la
Cámara de Diputados?" the sentence naming a commission of the Chamber, while "al presidente de la
Cámara de Diputados, Sergio Massa" went second: the English rule was not read for them."""

from __future__ import annotations

from bot.reader.answer.heads import head_asked_of, names_a_head
from bot.reader.article import Article
from bot.reader.pipeline import ask

PESTICIDE = Article(
    title="Berne interdit le chlorothalonil",
    paragraphs=(
        "L'Office fédéral de l'agriculture retire immédiatement de la circulation ce fongicide.",
        "Près de 45 tonnes de chlorothalonil ont été utilisées en 2017 en Suisse.",
    ),
    language="fr",
)
CHAMBER = Article(
    title="Jugada del oficialismo en Diputados",
    paragraphs=(
        "La comisión de Legislación General de la Cámara de Diputados se reunirá nuevamente el miércoles 11 de mayo.",
        "Negri, junto a los jefes de bloque, elevó una nota al presidente de la Cámara de Diputados, Sergio Massa.",
    ),
    language="es",
)


def test_the_body_asked_is_read() -> None:
    assert head_asked_of("Qui dirige l'Office fédéral de l'agriculture ?", "fr") == {"office", "federal", "agriculture"}
    assert head_asked_of("¿Quién está al frente del ministerio?", "es") == {"ministerio"}
    assert head_asked_of("¿Quién dirigió el ataque?", "es") is None


def test_a_head_of_another_body_names_none() -> None:
    body = head_asked_of("¿Quién preside la Cámara de Diputados?", "es")
    assert names_a_head("Una nota al presidente de la Cámara de Diputados, Sergio Massa.", body, "es")
    assert not names_a_head("El presidente de Boca, Juan Román Riquelme, habló.", body, "es")


def test_a_page_naming_no_head_declines() -> None:
    assert not ask(PESTICIDE, "Qui dirige l'Office fédéral de l'agriculture ?").found


def test_the_sentence_naming_the_head_goes_first() -> None:
    answer = ask(CHAMBER, "¿Quién preside la Cámara de Diputados?")
    assert answer.found and "Sergio Massa" in answer.sentences[0].text
