"""German, French and Spanish pasted articles through the whole pipeline, in their own language.

Each article is invented and pasted as text, so the language is detected, not declared. It holds
an abbreviation that only its own language's sentence model knows, so a sentence split by the
English model would show up as a broken summary sentence.
"""

from __future__ import annotations

from dataclasses import dataclass

import pytest

from bot.reader import pipeline
from bot.reader.text.document import build_document


@dataclass(frozen=True)
class Case:
    code: str
    text: str
    unbroken: str
    """A sentence with an abbreviation the English model would split after."""
    question: str
    answer: str
    stop_word: str
    """A function word of the language that must never count as a term."""


GERMAN = Case(
    code="de",
    text=(
        "Köln bekommt eine neue Brücke über den Rhein\n\n"
        "Die Stadt Köln hat am Samstag eine neue Fußgängerbrücke über den Rhein eröffnet. Die Brücke "
        "verbindet die Altstadt mit dem Stadtteil Deutz und ist 420 Meter lang.\n\n"
        "Der Bau hat rund 80 Mio. Euro gekostet und dauerte vier Jahre. Entworfen wurde die Brücke "
        "von dem Hamburger Architekten Jan Vogel, der schon mehrere Brücken in Norddeutschland gebaut hat.\n\n"
        "Die Stadt erwartet täglich bis zu 20.000 Radfahrer und Fußgänger auf der Brücke. Autos dürfen "
        "die neue Verbindung nicht benutzen, nur Rettungswagen haben eine Ausnahme.\n\n"
        "Kritiker hatten die Kosten lange bemängelt, weil die Stadt zuerst mit 50 Mio. Euro gerechnet "
        "hatte. Der Oberbürgermeister sprach bei der Eröffnung trotzdem von einem großen Tag für Köln."
    ),
    unbroken="Der Bau hat rund 80 Mio. Euro gekostet und dauerte vier Jahre.",
    question="Wer hat die Brücke entworfen?",
    answer="Jan Vogel",
    stop_word="und",
)

FRENCH = Case(
    code="fr",
    text=(
        "Un nouveau musée ouvre ses portes à Lyon\n\n"
        "Le musée des Confluences a accueilli ses premiers visiteurs samedi à Lyon. Le bâtiment, en "
        "verre et en acier, a été conçu par l'agence autrichienne Coop Himmelb(l)au.\n\n"
        "Les collections réunissent des fossiles, des météorites, des masques, etc. dans une seule "
        "exposition permanente. Les travaux ont coûté 330 millions d'euros, soit trois fois le budget "
        "prévu au départ.\n\n"
        "La directrice du musée, Hélène Lafont, espère attirer un demi-million de visiteurs par an. "
        "L'entrée sera gratuite pour les moins de dix-huit ans pendant tout le premier mois.\n\n"
        "Les habitants du quartier se plaignent déjà des embouteillages, mais la mairie promet une "
        "nouvelle ligne de tramway avant la fin de l'année."
    ),
    unbroken=(
        "Les collections réunissent des fossiles, des météorites, des masques, etc. dans une seule "
        "exposition permanente."
    ),
    question="Combien ont coûté les travaux ?",
    answer="330 millions",
    stop_word="les",
)

SPANISH = Case(
    code="es",
    text=(
        "Madrid inaugura una nueva biblioteca pública\n\n"
        "La ciudad de Madrid inauguró el sábado una nueva biblioteca pública en el barrio de Usera. "
        "El edificio fue diseñado por la arquitecta Carmen Ruiz y tiene cinco plantas.\n\n"
        "La alcaldesa viajó a EE.UU. para estudiar bibliotecas de Nueva York antes de aprobar el "
        "proyecto. Las obras costaron 40 millones de euros y duraron tres años.\n\n"
        "La biblioteca tendrá 200.000 libros y abrirá todos los días de ocho de la mañana a diez de "
        "la noche. Los vecinos podrán usar también sus salas de estudio y un pequeño cine.\n\n"
        "Los comerciantes del barrio esperan que la biblioteca atraiga a más visitantes, aunque "
        "algunos vecinos se quejan del ruido de las obras durante los últimos meses."
    ),
    unbroken=(
        "La alcaldesa viajó a EE.UU. para estudiar bibliotecas de Nueva York antes de aprobar el proyecto."
    ),
    question="¿Quién diseñó el edificio?",
    answer="Carmen Ruiz",
    stop_word="de",
)

CASES = [pytest.param(case, id=case.code) for case in (GERMAN, FRENCH, SPANISH)]


@pytest.mark.parametrize("case", CASES)
def test_pasted_article_is_read_in_its_own_language(case: Case) -> None:
    article = pipeline.read_text(case.text)
    document = build_document(article)
    assert article.language == case.code
    assert case.unbroken in [s.text for s in document.sentences]
    assert all(case.stop_word not in s.terms for s in document.sentences)


@pytest.mark.parametrize("case", CASES)
def test_summary_is_made_of_the_articles_own_sentences(case: Case) -> None:
    article = pipeline.read_text(case.text)
    digest = pipeline.digest(article)
    body = " ".join(article.paragraphs)
    assert digest.summary.selected
    assert all(s.text in body for s in digest.summary.selected)
    assert not any(s.text != case.unbroken and s.text in case.unbroken for s in digest.summary.selected)


@pytest.mark.parametrize("case", CASES)
def test_question_in_the_articles_language_is_answered(case: Case) -> None:
    answer = pipeline.ask(pipeline.read_text(case.text), case.question)
    assert answer.found, f"declined {case.question!r} (score {answer.score:.2f})"
    assert case.answer in answer.sentences[0].text
