"""Quote forms of encyclopedia and wire text in French and Spanish (trial 12): each test is
article-like text written for it, and checks the speaker a reader would name for every piece."""

from __future__ import annotations

from bot.reader.article import Article
from bot.reader.pipeline import digest, read_text
from bot.reader.quotes.quotations import all_quotes
from bot.reader.text.document import build_document


def speakers(*paragraphs: str, language: str = "fr") -> list[tuple[str, str | None]]:
    """Each quoted piece's first words and its speaker, in article order."""
    quotes = all_quotes(build_document(Article("Story", paragraphs, language=language)))
    return [(" ".join(piece.split()[:3]), quote.speaker) for quote in quotes for piece in quote.parts]


def test_words_in_lower_case_after_a_work_noun_are_said_not_a_title() -> None:
    # A work's title starts with a capital; `le roman « au premier tour… »` quotes how it was chosen.
    assert speakers(
        "Le prix a été attribué jeudi à la romancière Anne-Catherine Deprez pour « Les Veilleurs de la Meuse ».",
        "Le président du jury, Marc Verhaegen, a ajouté que le jury avait choisi le roman « au premier "
        "tour, à l'unanimité moins une voix ».",
    ) == [("au premier tour,", "Marc Verhaegen")]


def test_a_guillemet_left_open_at_the_end_of_the_story_quotes_to_its_end() -> None:
    assert speakers(
        "Le maire de Cherbourg, Jean-Michel Lebrun, a demandé à l'agence régionale de santé « de ne "
        "prendre aucune décision avant l'été », estimant que « la population a droit à un vrai débat.",
    ) == [("de ne prendre", "Jean-Michel Lebrun"), ("la population a", "Jean-Michel Lebrun")]


def test_a_name_with_an_elided_particle_is_given_whole() -> None:
    assert speakers(
        "Le divin, selon Thomas d'Aquin, s'identifie à l'« Être absolu », « c'est-à-dire l'être de ce qui "
        "subsiste par soi et même l'être subsistant par soi ».",
    ) == [("c'est-à-dire l'être de", "Thomas d'Aquin")]


def test_who_interviewed_the_speaker_is_not_the_speaker() -> None:
    assert speakers(
        "Le prix Rossel a été attribué jeudi à la romancière Anne-Catherine Deprez.",
        "Interrogée par la RTBF, la romancière a expliqué que ce livre lui avait pris six ans : « J'ai "
        "réécrit chaque chapitre au moins trois fois. »",
    ) == [("J'ai réécrit chaque", "Anne-Catherine Deprez")]
    assert speakers(
        "El ministro de Economía, Carlos Cuerpo, viajó a Bruselas.",
        "Interrogado por Efe, el ministro dijo que el acuerdo llegaría pronto: «Estamos muy cerca de firmar "
        "el texto final».",
        language="es",
    ) == [("Estamos muy cerca", "Carlos Cuerpo")]


def test_someone_who_speaks_of_a_quoted_phrase_said_it() -> None:
    assert speakers(
        "Le président du jury, Marc Verhaegen, a salué « un livre d'une grande justesse et très fort ».",
        "Le roman devrait être réimprimé avant Noël, selon son éditeur, Olivier Lambotte, qui parle d'« un "
        "succès que personne n'avait vu venir ».",
    ) == [("un livre d'une", "Marc Verhaegen"), ("un succès que", "Olivier Lambotte")]


def test_a_saying_about_someone_is_not_their_words() -> None:
    # `Se dice que X "…"`: the quotation is what people say X did, not what X said.
    assert speakers(
        "El constructor Richard Grainger levantó las calles clásicas del centro entre 1835 y 1842.",
        'Se dice que Richard Grainger "encontró Newcastle de ladrillos y madera y la dejó en piedra".',
        language="es",
    ) == [("encontró Newcastle de", None)]
    assert speakers(
        'It is said that Richard Grainger "found Newcastle of brick and timber and left it in stone".',
        language="en",
    ) == [("found Newcastle of", None)]


def test_straight_marks_nested_in_a_quotation_opened_by_a_colon() -> None:
    # Straight marks open and close alike: one that can only open (a space before, a letter after)
    # inside a quotation the colon opened starts a nested one, and the outer quotation goes on.
    assert speakers(
        'El emperador Yongle, de la dinastía Ming, respondió: "La discriminación fue utilizada por los '
        'mongoles, que empleaban sólo a los "mongoles y tártaros" y descartaban a los chinos, y esta fue '
        'la causa que les trajo el desastre".',
        language="es",
    ) == [("La discriminación fue", "Yongle")]


SETTLEMENTS = """US no longer considers Israeli settlements illegal

The United States said on Monday it no longer considers Israeli settlements in the West Bank illegal under international law, a reversal welcomed by Prime Minister Benjamin Netanyahu and condemned by Palestinian leaders.

Netanyahu thanked Washington. "Here we are on a historic day with another tremendous achievement for our people," he said in Jerusalem.

Avi Bell, a law professor at Bar-Ilan University, said the legal debate was old. "The illegality of settlements under international law has always been stated as a fact rather than argued," Bell said.

Palestinian negotiator Saeb Erekat said the decision would push the region toward chaos. "They wanted us on our knees, and they failed," Erekat said.
"""


def test_the_leader_the_lead_names_is_shown_before_a_scholar() -> None:
    # The scholar's words echo the story's words more, but the story is about Netanyahu's side.
    quotes = digest(read_text(SETTLEMENTS)).quotes
    assert [quote.speaker for quote in quotes] == ["Benjamin Netanyahu", "Avi Bell", "Saeb Erekat"]


def test_the_speaker_quoted_most_comes_first_and_everyone_speaks_once_before_a_second_quote() -> None:
    article = read_text(
        "Town votes on new bridge\n\n"
        "The town council will vote next week on a new bridge over the river, after the old bridge was closed.\n\n"
        '"We cannot wait another winter," said Mayor Lisa Hart. "Every family here has lost time '
        'on the detour," Hart added at the meeting.\n\n'
        '"The new bridge over the river will cost less than repairing the old bridge," said engineer Tom Reed.\n\n'
        '"The council has the money set aside and the vote will pass," Hart said.'
    )
    quotes = digest(article, quotes=None).quotes
    assert [quote.speaker for quote in quotes] == ["Lisa Hart", "Tom Reed", "Lisa Hart", "Lisa Hart"]


def test_a_person_telling_what_their_government_concluded_says_the_words() -> None:
    assert speakers(
        "US Secretary of State Mike Pompeo announced the decision on Monday.",
        'Pompeo said that after legal consultation Washington had concluded the establishment of settlements '
        'was "not, per se, inconsistent with international law", saying he trusted the courts to decide.',
        language="en",
    ) == [("not, per se,", "Mike Pompeo")]


def test_a_quotation_whose_source_the_next_paragraph_names() -> None:
    assert speakers(
        "The merger of the newspaper chains Gannett and GateHouse Media, final on Tuesday, will create a "
        "news enterprise “with deep local roots and national scale.”",
        "That’s the optimistic view mouthed by Michael Reed, the chief executive of GateHouse’s parent, "
        "after the deal was approved by shareholders.",
        language="en",
    ) == [("with deep local", "Michael Reed")]


def test_a_second_verb_after_although_keeps_the_speaker_of_both_quotations() -> None:
    assert speakers(
        "El historiador Luis Ortega Sanz considera que la cooperativa «fue el primer intento serio de organizar "
        "a los ganaderos de la comarca», aunque señala que «su éxito dependió en gran medida de su presidenta».",
        language="es",
    ) == [("fue el primer", "Luis Ortega Sanz"), ("su éxito dependió", "Luis Ortega Sanz")]


def test_a_record_kept_by_no_one_named_is_no_speaker() -> None:
    # The engineer quoted just before did not keep the works diary.
    assert speakers(
        "El faro fue construido según un proyecto del ingeniero Ramón Escribano Lledó. Escribano describió el "
        "lugar como «el punto más expuesto y más necesario de toda la costa». La obra sufrió varios retrasos: según el diario de obras, «las lluvias de marzo impidieron subir los "
        "sillares durante cuarenta días seguidos».",
        language="es",
    ) == [("el punto más", "Ramón Escribano Lledó"), ("las lluvias de", None)]


def test_a_subjectless_reporting_verb_goes_on_from_the_lone_surname_before_it() -> None:
    assert speakers(
        "La retórica de los colonizadores parece haber logrado su propósito en toda América Latina.",
        "Para ilustrar mejor esta idea, Bassett centra su análisis en los mapas del siglo XIX. Afirma que los "
        'mapas "contribuyeron al imperio promoviendo, ayudando y legitimando la extensión del poder".',
        language="es",
    ) == [("contribuyeron al imperio", "Bassett")]


def test_the_report_set_off_by_an_apposition_is_the_report_named_before() -> None:
    # Not the university's president, the last person named: the report speaks, by its name.
    assert speakers(
        "La universidad vivió disturbios en 1962, cuando los estudiantes ocuparon la oficina del presidente "
        "George Beadle. Después, un comité universitario emitió en 1967 lo que se conoció como el Informe "
        'Kalven. El informe, una declaración de dos páginas, declaró que "para cumplir su misión, una '
        'universidad debe sostener un ambiente de libertad de investigación".',
        language="es",
    ) == [("para cumplir su", "Informe Kalven")]


def test_a_passive_with_an_adverb_and_no_agent_names_no_speaker() -> None:
    # What something is known as, by no one named: the church is not speaking.
    assert speakers(
        'La Iglesia Parroquial de San Andrés es tradicionalmente reconocida como "la iglesia más antigua de '
        'esta ciudad".',
        language="es",
    ) == [("la iglesia más", None)]


def test_a_whole_quotation_is_key_before_one_woven_into_the_writers_sentence() -> None:
    """Words quoted from mid-sentence ("if you have too many...") echo the story most but read cut
    off alone: the speaker's whole sentence is shown instead."""
    article = read_text(
        "Cells that taste danger in the lungs\n\n"
        "Tuft cells in the lungs respond to the flu, and too many tuft cells may harm the lungs, researchers say.\n\n"
        "Andrew Vaughan, a lung biologist, worries that the lungs may suffer \u201cif you have too many of these tuft "
        "cells in the lungs and they respond too strongly to the flu.\u201d\n\n"
        "\u201cYou may not always want to have the ability to overreact,\u201d Vaughan said."
    )
    quotes = digest(article).quotes
    assert quotes[0].text.startswith("You may not always want")
