"""A thing's name given after a word of naming, in German, French and Spanish too.

"Wie heißt das Buch?", "Comment s'appelle la nouvelle série ?" and "¿Cómo se llama el sistema?" ask
what a thing is called; the article names it after its noun and a complement ("un sistema de
administración de procesos en segundo plano llamado Doze"), a copula ("est baptisée « Europe »") or a
title in quotation marks ("mit dem Titel «…»"), the whole quotation being the name. Untuned pages
declined the first and the third (no name beside the noun) and answered the second with another
sentence. The articles are invented.
"""

from __future__ import annotations

from bot.reader.answer.phrase import names_the_asked_thing
from bot.reader.article import Article
from bot.reader.text.language import language_for
from tests.reader.test_answer import ask

BATERIA = Article(
    title="Las marcas que cierran tus aplicaciones",
    paragraphs=(
        "Cerrar las aplicaciones en segundo plano gasta más batería de la que ahorra.",
        "Por esta razón Google desarrolló un sistema de administración de procesos en segundo plano llamado Doze.",
        "Muchos fabricantes usan una tecnología propia para este proceso.",
        "El sitio Don't Kill My App publica la lista de los peores fabricantes.",
    ),
    language="es",
)
BUCHPREIS = Article(
    title="Buchpreis für einen Roman über die Bundesrepublik",
    paragraphs=(
        "Die Autorin Clara Weiß hat den Literaturpreis der Stadt erhalten.",
        "Das Buch mit dem Titel «Die Erfindung der Stadt» wurde in Frankfurt als bester Roman des Jahres ausgezeichnet.",
        "Es erzählt von einer Kindheit in Wiesbaden.",
        "Der Preis wird seit 2005 vergeben.",
    ),
    language="de",
)
BILLETS = Article(
    title="De nouveaux billets",
    paragraphs=(
        "La nouvelle série de billets sera diffusée à partir du mois de mai.",
        "Cette nouvelle série est baptisée « Europe » et présente pour la première fois un visage humain.",
        "La Banque centrale a lancé une campagne d'information sur cette nouvelle série.",
        "Les deux séries coexisteront un moment dans les portefeuilles.",
    ),
    language="fr",
)


def bold(article: Article, question: str) -> str | None:
    answer = ask(article, question)
    assert answer.found, f"declined {question!r}"
    return answer.sentences[0].text[slice(*answer.phrase)] if answer.phrase else None


def test_a_name_after_the_nouns_complement_names_the_thing() -> None:
    assert bold(BATERIA, "¿Cómo se llama el sistema de Google para ahorrar batería?") == "Doze"


def test_a_title_in_quotation_marks_is_the_name_whole() -> None:
    assert bold(BUCHPREIS, "Wie heißt das Buch?") == "Die Erfindung der Stadt"


def test_a_name_after_a_copula_and_a_word_of_naming() -> None:
    assert bold(BILLETS, "Comment s'appelle la nouvelle série ?") == "Europe"


def test_a_german_word_after_the_noun_in_lower_case_is_no_name() -> None:
    german = language_for("de")
    sentence = "Hier soll der vermeintliche Verband residieren, der nur auf Facebook auftritt."
    assert not names_the_asked_thing(german, sentence, "Wie heißt der Verband?")


def test_a_name_after_a_verb_names_another_thing() -> None:
    # The manager is named, not the company: the words before "named" open with a verb.
    english = language_for("en")
    assert not names_the_asked_thing(english, "The company hired a manager named Sam Smith.", "What is the company called?")
    assert names_the_asked_thing(english, "The maker of garden tools named Acme sells saws.", "What is the maker called?")
