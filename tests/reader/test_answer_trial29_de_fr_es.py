"""What a German, French and Spanish new reader's trial met (issue 14), on invented club and town
pages: a count asked with "zählt" (read "zahlt", pays, with its accent dropped), a length of time
as one adjective ("ihr zehnjähriges Engagement"), "seit wann", a post asked with an adjective
("der neue Präsident"), and what someone said asked of a page that never mentions them. Each
asserts what the reader sees."""

from __future__ import annotations

import pytest

from bot.reader import pipeline
from bot.reader.article import Article
from bot.reader.answer.dates import asks_ahead, tells_ahead
from bot.reader.answer.kinds import stuff_amount_asked
from bot.reader.answer.measures import asked_measures
from bot.reader.answer.speech import asked_speaker, speaker_asked
from tests.reader.test_answer import ask, bold

CLUB = Article(
    title="Schachverein Oberdorf wählt neuen Vorstand",
    language="de",
    paragraphs=(
        "Bei der Jahresversammlung des Schachvereins Oberdorf wurde Jonas Berger zum neuen Präsidenten gewählt.",
        "Er folgt auf Petra Kunz, die den Verein sechs Jahre lang geführt hat.",
        "Zudem wurde Maria Holzer für ihr zwölfjähriges Engagement als Kassiererin geehrt.",
        "Der Schachverein Oberdorf wurde 1975 gegründet und zählt heute 120 Mitglieder.",
        "„Ich freue mich darauf, mit allen Mitgliedern neue Turniere zu planen“, so der neue Präsident Jonas Berger.",
    ),
)
TOWN = Article(
    title="Obras en la plaza mayor",
    language="es",
    paragraphs=(
        "Las obras de la plaza mayor comenzarán en marzo y durarán seis meses.",
        "Los vecinos temen que el ruido afecte a los comercios de la zona.",
        "La empresa constructora prometió trabajar solo por las mañanas.",
    ),
)


def test_a_count_asked_with_zaehlt_is_no_sum_of_money() -> None:
    """"Wie viele Mitglieder zählt der Verein?" was read as asking money ("zahlt") and declined."""
    assert asked_measures("Wie viele Mitglieder zählt der Verein?") == frozenset()
    assert asked_measures("Wie viele Euro zahlt man?") == frozenset({"money"})
    assert bold(CLUB, "Wie viele Mitglieder zählt der Verein?") == "120"


def test_a_length_of_time_as_one_adjective_answers_how_long() -> None:
    assert bold(CLUB, "Wie lange war Maria Holzer Kassiererin?") == "zwölfjähriges"


def test_seit_wann_is_answered_by_the_date() -> None:
    """"seit" is part of the question's "since when", a word the answer seldom holds."""
    assert bold(CLUB, "Seit wann gibt es den Schachverein?") == "1975"


def test_a_post_asked_with_an_adjective_is_no_name() -> None:
    """"der neue Präsident" names a post, so the quotation's sentence answers: read as a person
    called "Präsident" whom the article never quotes, the answer was declined."""
    assert asked_speaker("Was sagte der neue Präsident nach der Wahl?", "de") == frozenset()
    assert asked_speaker("Was sagte die Kanzlerin Merkel?", "de") == frozenset({"merkel"})
    answer = pipeline.ask(CLUB, "Was sagte der neue Präsident nach der Wahl?")
    assert answer.found and "Turniere" in answer.sentences[0].text


@pytest.mark.parametrize(("question", "language", "who"), [
    ("¿Qué dijo el alcalde sobre las obras?", "es", "el alcalde"),
    ("Qu'a dit le ministre de la Santé ?", "fr", "le ministre"),
    ("What did she say about it?", "en", ""),
])
def test_whom_a_question_asks_what_they_said(question: str, language: str, who: str) -> None:
    assert speaker_asked(question, language) == who


def test_what_someone_the_page_never_mentions_said_is_declined() -> None:
    """The sentence on the works is nobody's words: the mayor appears nowhere on the page."""
    assert not ask(TOWN, "¿Qué dijo el alcalde sobre las obras?").found
    assert ask(TOWN, "¿Qué prometió la empresa constructora?").found


PLAN = Article(
    title="Neuer Handytarif für 7,99 Euro",
    language="de",
    paragraphs=(
        "Der Anbieter bietet den neuen Tarif mit 20 GB für 7,99 Euro pro Monat an.",
        "Nach zwei Jahren steigt die Grundgebühr auf 12,99 Euro im Monat.",
        "Der Tarif läuft im Netz der Telekom.",
    ),
)
SCAM = Article(
    title="Alertan por estafas telefónicas",
    language="es",
    paragraphs=(
        "Las bandas llaman a las víctimas y les piden pagar impuestos por paquetes falsos.",
        "Algunas personas ya han sido estafadas con sumas de hasta 200 mil lempiras.",
    ),
)


def test_wie_viel_before_a_verb_asks_a_price_not_an_amount_of_stuff() -> None:
    """"Wie viel kostet der Tarif?" read "kostet" as the stuff measured, which the article never
    names, and declined; "Wie viel Regen fiel?" still names its stuff."""
    assert stuff_amount_asked("Wie viel kostet der Tarif pro Monat?", "de") == ""
    assert stuff_amount_asked("Wie viel Regen fiel?", "de") == "regen"
    assert bold(PLAN, "Wie viel kostet der Tarif pro Monat?") == "7,99 Euro"


def test_a_sum_in_lempiras_is_money() -> None:
    assert bold(SCAM, "¿Cuánto dinero les han quitado a las personas estafadas?") == "200 mil lempiras"


@pytest.mark.parametrize(("question", "ahead"), [
    ("¿Cuándo es el partido contra Guatemala?", True),
    ("Wann ist die Schafskälte?", False),
    ("Wann findet das Konzert statt?", True),
    ("Quand a lieu le match ?", True),
    ("Wann ist er gestorben?", False),
])
def test_a_present_when_question_asks_about_a_date_fixed_ahead(question: str, ahead: bool) -> None:
    assert asks_ahead(question) is ahead


def test_a_german_present_of_taking_place_tells_of_a_time_ahead() -> None:
    assert tells_ahead("de", "Somit findet am 5. Juli eine Stichwahl statt.")


def test_a_count_of_the_thing_a_unit_word_also_names_counts() -> None:
    """"livres" are books and pounds: "Combien de livres … ?" counts the books the sentence counts,
    which was read as a sum of money, so no sentence held the count and the question was declined."""
    fair = Article(title="Le salon du livre de Brive", language="fr", paragraphs=(
        "Le salon du livre de Brive attire chaque année des lecteurs de toute la région.",
        "Les livres vendus au salon sont surtout des livres de poche.",
        "Selon les organisateurs, 840 livres ont été vendus.",
    ))
    assert bold(fair, "Combien de livres ont été vendus au salon ?") == "840 livres"


def test_wie_schnell_asks_a_speed_as_well_as_a_time() -> None:
    """"Wie schnell ist …?" was read as "how long" only, and put a duration in bold."""
    train = Article(title="Neuer Zug für die Strecke", language="de", paragraphs=(
        "Die Bahn setzt ab Dezember einen neuen Zug auf der Strecke ein.",
        "Der Vertrag mit dem Hersteller läuft über zehn Jahre.",
        "Der Zug erreicht auf der Strecke bis zu 300 km/h.",
    ))
    assert asked_measures("Wie schnell ist der Zug?") == frozenset({"speed", "duration"})
    assert bold(train, "Wie schnell ist der Zug?") == "300 km/h"
