"""Quotes of the fifteenth round: attribution rules that should hold on any text, found on a batch
of news pages labelled before the bot ran on them."""

from __future__ import annotations

from bot.reader.article import Article
from bot.reader.text.document import build_document
from bot.reader.quotes.quotations import all_quotes
from tests.support.reading import speakers


def test_an_unnamed_character_called_the_patient_is_not_the_doctor_quoted_before() -> None:
    found = speakers(
        "The patient went to his doctor after three months of fatigue.",
        "“I'm sure it happens much more than we realize,” said Dr. Owen Dempsey, a pulmonologist.",
        "After a year, his symptoms cleared, Dempsey said.",
        "“It doesn't affect me at all now and my life is as it was before,” the patient wrote in the case study.",
    )
    assert found["I'm sure it happens much"] == "Owen Dempsey"
    assert found["It doesn't affect me at"] is None


def test_a_quotation_after_a_sentence_ending_in_report_is_no_title() -> None:
    paragraph = (
        "The man went back to the doctor. “Going upstairs to bed was a 30 minute activity,” the patient "
        "described in the case report. “I was signed off work and spent most of the time asleep.”"
    )
    document = build_document(Article("Story", (paragraph,), language="en"))
    pieces = [part for quote in all_quotes(document) for part in quote.parts]
    assert pieces[-1].startswith("I was signed off work")


def test_a_reporting_verb_no_hand_list_held_comes_from_wordnet() -> None:
    found = speakers(
        "Prince Andrew said he could not have been there. “Oh, actually? Yes,” he assures himself. "
        "“I didn’t sweat at the time.”",
    )
    assert found["I didn’t sweat at the"] == "Prince Andrew"


def test_the_state_is_no_reporting_verb() -> None:
    found = speakers(
        "Gov. Kristi Noem launched the campaign on Monday.",
        "South Dakota's meth crisis is “growing at an alarming rate” and affects every community in the state, "
        "Noem said in the announcement.",
    )
    assert found["growing at an alarming rate"] == "Kristi Noem"


def test_german_description_by_a_weak_noun_is_the_person_in_focus() -> None:
    found = speakers(
        "Das Museum in Köln will zwei Bronzeplatten an Nigeria zurückgeben.",
        "„Die Platten wurden 1897 bei einer Strafexpedition geraubt“, sagte Museumsdirektor Klaus Hollenbach. "
        "Man habe die Herkunft der Objekte „drei Jahre lang sorgfältig erforscht“, fügte der Biologe hinzu.",
        language="de",
    )
    assert found["drei Jahre lang sorgfältig erforscht"] == "Klaus Hollenbach"


def test_an_english_quotation_with_lower_case_words_is_no_title() -> None:
    found = speakers("Voters are tired. They will scream, “Make Trump just go away.” But the opposite is likely.")
    assert "Make Trump just go away." in found


def test_a_sentence_opening_compound_is_not_part_of_a_name() -> None:
    found = speakers(
        "Adam Schiff leads the inquiry.",
        "Day-by-day Schiff's hearings crowd out the campaign. “We have a duty to the country,” Schiff said.",
    )
    assert found["We have a duty to"] == "Adam Schiff"


def test_a_two_part_german_compound_still_opens_a_body_name() -> None:
    found = speakers(
        "Die Synode tagte in Stuttgart.",
        "„Wir stehen für eine offene Kirche ohne Ausgrenzung“, erklärte die Evangelisch-methodistische Kirche.",
        language="de",
    )
    assert found["Wir stehen für eine offene"] == "Evangelisch-methodistische Kirche"


def test_french_passive_agent_right_before_the_colon_speaks() -> None:
    found = speakers(
        "Cette nouvelle orientation, vivement critiquée par la fraction l'Étincelle, est expliquée ainsi par "
        "Georges Kaldy : « nous n'offrons pas nos services au PS, mais là où la gauche peut perdre, nous discutons. »",
        language="fr",
    )
    assert found["nous n'offrons pas nos services"] == "Georges Kaldy"


def test_spanish_segun_with_a_verb_and_no_subject_is_the_body_in_focus() -> None:
    found = speakers(
        "El periódico Daily Mail informó en 2012 de que la agencia estaba comprobando «las facturas de Sky TV» de "
        "los reclamantes «para establecer si una mujer que recibiera prestaciones vivía sola», ya que, según dijo, "
        "la suscripción delataría la presencia de un hombre.",
        language="es",
    )
    assert found["para establecer si una mujer"] == "Daily Mail"


def test_french_kind_of_body_then_its_name_is_that_body() -> None:
    found = speakers(
        "Le quotidien Le Monde a jugé que le gouvernement « manque encore de cap sur les questions sociales ».",
        "Selon le syndicat Force ouvrière, le plan « risque d'aggraver la précarité des plus jeunes ».",
        language="fr",
    )
    assert found["risque d'aggraver la précarité des"] == "Force ouvrière"


def test_two_surnames_joined_by_y_or_i_are_one_name() -> None:
    spanish = speakers(
        "El paleógrafo Manuel Díaz y Ferreiro la definió como \"el mayor taller de libros de la España cristiana\".",
        language="es",
    )
    english = speakers(
        "Manuel Díaz y Ferreiro, a historian at the University of Seville, said the comparison was "
        "\"entirely misleading for anyone who knows the period.\"",
    )
    two_people = speakers(
        "Pedro Sánchez y Pablo Iglesias firmaron el acuerdo. \"Es un gobierno para los próximos cuatro años\", "
        "dijo Pedro Sánchez.",
        language="es",
    )
    assert spanish["el mayor taller de libros"] == "Manuel Díaz y Ferreiro"
    assert english["entirely misleading for anyone who"] == "Manuel Díaz y Ferreiro"
    assert two_people["Es un gobierno para los"] == "Pedro Sánchez"


def test_according_to_a_body_named_with_its_article() -> None:
    found = speakers(
        "Cases rose again in the region last week. According to the World Health Organization, "
        "\"the number of new infections doubled in seven days.\"",
    )
    assert found["the number of new infections"] == "World Health Organization"


def test_a_paper_called_by_one_word_and_its_article_then_the_newspaper() -> None:
    found = speakers(
        "Union leader Mark Serwotka met ministers on Monday. The Guardian said in an editorial that the strike "
        "\"was a failure of leadership on both sides of the table.\"",
        "The newspaper warned that \"more walkouts are now all but certain this winter.\"",
    )
    assert found["was a failure of leadership"] == "Guardian"
    assert found["more walkouts are now all"] == "Guardian"


def test_common_news_verbs_of_criticism_and_denial_attribute() -> None:
    french = speakers(
        "Le projet de loi a été adopté mardi.",
        "« C'est une réforme injuste pour les plus modestes », a critiqué le député Paul Girard.",
        language="fr",
    )
    german = speakers(
        "Der Stadtrat beschloss die Schließung des Bades.",
        "„Das ist ein schwarzer Tag für alle Familien in der Stadt“, verurteilte Anna Keller die Entscheidung.",
        language="de",
    )
    spanish = speakers(
        "El ministerio publicó el informe el lunes.",
        "«No hemos recibido ninguna propuesta por escrito», desmintió la ministra Ana Torres.",
        language="es",
    )
    assert french["C'est une réforme injuste pour"] == "Paul Girard"
    assert german["Das ist ein schwarzer Tag"] == "Anna Keller"
    assert spanish["No hemos recibido ninguna propuesta"] == "Ana Torres"
