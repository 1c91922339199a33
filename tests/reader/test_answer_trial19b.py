"""What a reader met asking German, French and Spanish texts in their own words, on texts nobody had
tuned on (trial 19b: the IPCC's chairs, the French and Indian War, a lawyer shot in Corsica, a
football commentator's death, radio journalists set on fire in Bolivia, floods in Buenos Aires):
"varias organizaciones" counted people, "MBH99", "Abbildung 2.21" and "des 20. Jahrhunderts" were
counts of the IPCC's member countries, "¿Qué día ...?" matched "ese día",
"Très ému, il confie au Figaro" did not stand for the lawyer named before it, and "relacionado con"
gave no reason."""

from __future__ import annotations

from bot.reader.answer.kinds import offers
from bot.reader.article import Article
from bot.reader.pipeline import ask
from bot.reader.text.language import language_for

CHAIRS = Article(
    title="Der Vorsitz des Klimarats",
    paragraphs=(
        "Der Ökonom Hoesung Lee ist seit seiner Wahl am 8. Oktober 2015 Vorsitzender des Rates. Vor ihm "
        "leitete Ismail El Gizouli den Rat nach dem Rücktritt von Rajendra Pachauri im Februar 2015.",
        "Frühere Vorsitzende waren Rajendra Pachauri, gewählt im Mai 2002, und Bert Bolin 1988.",
        "Der Rat veröffentlichte 2007 seinen vierten Bericht. Die Studie von Mann aus dem Jahr 1999 (MBH99) "
        "erscheint in Abbildung 2.21 des Berichts, neben Daten aus der Mitte des 20. Jahrhunderts.",
    ),
    language="de",
)


def test_when_the_event_is_told_beside_its_date_the_question_is_answered() -> None:
    answer = ask(CHAIRS, "Wann wurde Hoesung Lee gewählt?")
    assert answer.found
    assert "8. Oktober 2015" in answer.sentences[0].text


def test_a_code_a_figure_number_and_a_century_count_nothing() -> None:
    """"Wie viele Länder ...?" took "MBH99", then "Abbildung 2.21", then "des 20. Jahrhunderts" for
    a count of the article's countries."""
    assert not ask(CHAIRS, "Wie viele Länder gehören dem Rat an?").found
    assert not offers(language_for("de"), CHAIRS.paragraphs[2])["number"]
    assert offers(language_for("de"), "Der Rat hat 195 Mitglieder und tagte in drei Jahrhunderten.")["number"]


ATTACK = Article(
    title="Atacan una radio en Yacuiba",
    paragraphs=(
        "El periodista Fernando Vidal fue atacado por cuatro hombres el lunes 29 de octubre de 2012 en su radio. "
        "Vidal sufrió quemaduras graves.",
        "El ataque quiso parar el programa de Vidal, que ese día hablaba del contrabando.",
        "Varias organizaciones de prensa condenaron la agresión. Los vecinos de Yacuiba marcharon para pedir "
        "justicia.",
    ),
    language="es",
)


def test_what_day_asks_a_date_not_the_word_day() -> None:
    """"¿Qué día ...?" matched the "ese día" of another sentence."""
    answer = ask(ATTACK, "¿Qué día atacaron a Vidal?")
    assert answer.found
    assert "29 de octubre" in answer.sentences[0].text


def test_a_vague_count_of_something_else_counts_no_people() -> None:
    """"¿Cuántas personas marcharon en Yacuiba?" was answered by the march beside "Varias
    organizaciones": "persona" and "organización" meet only at half a link."""
    assert not ask(ATTACK, "¿Cuántas personas marcharon en Yacuiba?").found


LAWYERS = Article(
    title="Mort d'un avocat",
    paragraphs=(
        "L'avocat Antoine Sollacaro a été abattu mardi matin à Ajaccio, près d'une station-service. Selon la "
        "chaîne BFM TV, deux hommes à moto ont ouvert le feu sur l'avocat.",
        "Lors du deuxième procès d'Yvan Colonna, en 2009, Sollacaro avait pris à partie le président de la Cour.",
        "Autre avocat d'Yvan Colonna, Gilles Simeoni a appris ce décès au volant de sa voiture. Très ému, il confie au Figaro que « nous "
        "aurions dû plaider cet après-midi ».",
    ),
    language="fr",
)


def test_a_pronoun_after_an_opening_phrase_stands_for_the_person_named_before() -> None:
    """"À quel journal Simeoni s'est-il confié ?" was declined with the right sentence first."""
    answer = ask(LAWYERS, "À quel journal Simeoni s'est-il confié ?")
    assert answer.found
    assert "Figaro" in answer.sentences[0].text


def test_a_likely_link_answers_why() -> None:
    """"¿Por qué habrían atacado a Vidal?" was declined: no sentence of the page held a cause word,
    while one said what the attack may be "relacionado con"."""
    article = Article(
        title="Atacan una radio",
        paragraphs=(
            "El periodista Fernando Vidal y la técnica Karen Arce de Radio Popular en Yacuiba fueron atacados por "
            "cuatro enmascarados el lunes 29 de octubre de 2012. Vidal es el dueño de la estación.",
            "Las teorías señalan que el ataque puede estar relacionado con la crítica de Vidal a la corrupción.",
        ),
        language="es",
    )
    assert ask(article, "¿Por qué habrían atacado a Vidal?").found
