"""Quotes of Spanish and French news as Global Voices en Español writes it (trial 18, real stories labelled
before the bot ran on them), rebuilt as invented stories of the same construction: the paper a speaker
talked to, a medium named after its kind, `de acuerdo a` and `en las palabras de`, a blog named between the
writer and the verb, where someone spoke between the name and the verb, and Spanish attributions set off by
dashes inside the marks."""

from __future__ import annotations

from tests.support.reading import speakers


def test_the_paper_told_is_no_part_of_the_speakers_name() -> None:
    french = speakers("« C'est une décision historique pour notre région », explique au Monde Marie Lefèvre, "
                      "présidente du conseil départemental.", language="fr")
    spanish = speakers("«Es una decisión histórica para nuestra región», dijo a Efe María López, presidenta "
                       "de la diputación.", language="es")
    assert french["C'est une décision historique pour"] == "Marie Lefèvre"
    assert spanish["Es una decisión histórica para"] == "María López"


def test_a_medium_named_after_its_kind_speaks_by_that_name() -> None:
    found = speakers(
        "Los mineros siguen en huelga.",
        "Según la revista Semana, \"la autoridad explicó que los mineros buscan una decisión política\".",
        "\"El gobierno no cederá ante los bloqueos de las carreteras\", informó el diario Clarín.",
        language="es",
    )
    assert found["la autoridad explicó que los"] == "Semana"
    assert found["El gobierno no cederá ante"] == "Clarín"


def test_de_acuerdo_a_and_en_las_palabras_de_name_the_source() -> None:
    found = speakers(
        "El ministro Luis Arce declaró que \"el gobierno garantiza el pago de las pensiones\". De acuerdo a la "
        "estación de radio Patria Nueva, \"la autoridad explicó que los sindicatos buscan otra cosa\".",
        "El gobierno negocia con las Fuerzas Armadas Revolucionarias de Colombia. En las palabras de María Camila "
        "Moreno, líder de la oficina: \"Las víctimas no son números, son personas\".",
        language="es",
    )
    assert found["el gobierno garantiza el pago"] == "Luis Arce"
    assert found["la autoridad explicó que los"] == "Patria Nueva"
    assert found["Las víctimas no son números,"] == "María Camila Moreno"


def test_the_blog_someone_writes_in_is_not_who_writes() -> None:
    found = speakers(
        "Monjurul Haque en el blog Indigenous Bangla escribe acerca de la situación: \"En la Constitución, todas "
        "las minorías están reconocidas como minorías\".",
        language="es",
    )
    assert found["En la Constitución, todas las"] == "Monjurul Haque"


def test_where_someone_spoke_stands_between_the_name_and_the_verb() -> None:
    found = speakers(
        "El presidente Ollanta Humala en una reciente conferencia de prensa mencionó el Alto Huallaga como una "
        "zona con \"potencial para la agroindustria, para el café y el cacao\".",
        language="es",
    )
    assert found["potencial para la agroindustria, para"] == "Ollanta Humala"


def test_a_spanish_attribution_between_dashes_splits_the_quotation() -> None:
    found = speakers(
        "La ministra visitó la zona afectada.",
        "«No vamos a permitir que esto vuelva a ocurrir nunca más —dijo Ana Pérez, ministra de Sanidad—. Los "
        "responsables pagarán por lo que han hecho».",
        language="es",
    )
    assert found == {"No vamos a permitir que": "Ana Pérez"}


def test_a_regnal_number_ends_a_name_and_a_kind_of_body_opens_none() -> None:
    found = speakers(
        "Le pape Benoît XVI a présidé la messe. « La paix entre tous les peuples reste possible », a-t-il déclaré.",
        "L'ONG Amnesty International a dénoncé « des violations graves et répétées des droits de l'homme ».",
        language="fr",
    )
    assert found["La paix entre tous les"] == "Benoît XVI"
    assert found["des violations graves et répétées"] == "Amnesty International"


def test_a_pages_name_and_a_works_title_after_its_author_are_no_quotes() -> None:
    found = speakers(
        "Imagen por cortesía de la página de Facebook \"We demand justice for Sagar and Runi\". Han pasado ocho "
        "meses desde el asesinato.",
        "En agosto, la autora de \"Los otros ojos de Eva\" hacía alusión a las misiones internacionalistas.",
        "La madre del periodista afirmó: \"Sólo queremos saber la verdad, queremos ver a los culpables\".",
        language="es",
    )
    assert list(found) == ["Sólo queremos saber la verdad,"]


def test_a_german_compound_for_someone_famous_is_no_part_of_the_name() -> None:
    found = speakers(
        "Medienkönig Rupert Murdoch sagte am Montag: „Wir werden die Zeitung nicht verkaufen, egal was passiert.“",
        "„Wir werden das Turnier auf jeden Fall gewinnen“, sagte Tennis-Star Boris Becker der Zeitung.",
        language="de",
    )
    assert found["Wir werden die Zeitung nicht"] == "Rupert Murdoch"
    assert found["Wir werden das Turnier auf"] == "Boris Becker"


def test_this_paper_is_the_paper_just_named() -> None:
    found = speakers(
        "De acuerdo con el diario digital Havana Times, los cubanos ya pueden pedir un pasaporte. Según esta "
        "revista digital, \"la reforma beneficiará a un gran número de cubanos\".",
        language="es",
    )
    assert found["la reforma beneficiará a un"] == "Havana Times"


def test_a_surname_spelt_another_way_is_the_person_given_in_full() -> None:
    found = speakers(
        "El dictador de Libia, Muammar Al Gaddafi, dio un discurso el martes.",
        "Gadaffi justificó la ofensiva contra los manifestantes y dijo cosas como \"la unidad del país es más "
        "importante que las vidas de los que estaban en la plaza\".",
        "Hansen y Karl Hanson no tienen nada que ver. Hansen afirmó: \"Nunca he visto a ese hombre en mi vida\".",
        language="es",
    )
    assert found["la unidad del país es"] == "Muammar Al Gaddafi"
    assert found["Nunca he visto a ese"] == "Hansen"  # too far from Hanson's spelling to be his


def test_a_short_first_piece_before_an_attribution_set_in_opens_the_quotation() -> None:
    french = speakers(
        "Le village a été détruit. « Quand nous sommes arrivés, raconte le maire, Luis Gómez, il ne restait plus "
        "une seule maison debout ».",
        language="fr",
    )
    spanish = speakers(
        "El pueblo quedó destruido. «Cuando llegamos —recuerda el alcalde, Luis Gómez— no quedaba ni una casa en "
        "pie en todo el pueblo».",
        language="es",
    )
    assert french == {"Quand nous sommes arrivés, il": "Luis Gómez"}
    assert spanish == {"Cuando llegamos, no quedaba ni": "Luis Gómez"}


def test_when_between_the_verb_and_a_described_speaker_hides_nobody() -> None:
    found = speakers(
        "« Nous ne laisserons pas faire ces criminels sans réagir », a déclaré lundi soir le ministre de "
        "l'Intérieur, Manuel Valls.",
        language="fr",
    )
    assert found["Nous ne laisserons pas faire"] == "Manuel Valls"


def test_a_german_separable_verb_fused_at_a_clauses_end_reports() -> None:
    found = speakers(
        "Die Regierung hat beraten. Wie Steve Alter mitteilte, „wird die Maßnahme bis Ende des Jahres verlängert“.",
        language="de",
    )
    assert found["wird die Maßnahme bis Ende"] == "Steve Alter"


def test_a_body_or_a_talk_named_in_marks_after_its_noun_is_no_quote() -> None:
    found = speakers(
        "Anna Weber, Vorsitzende der Enquete-Kommission „Aktive Bürgerbeteiligung für eine starke Demokratie“, "
        "spricht über Transparenz. Danach folgt die Keynote „Wer sind die Digitalen Citoyens in diesem Land?“",
        "„Wir brauchen mehr Beteiligung in allen Bereichen der Politik“, sagte Weber.",
        language="de",
    )
    assert found == {"Wir brauchen mehr Beteiligung in": "Anna Weber"}


def test_an_empty_pair_of_marks_in_a_programmers_text_opens_no_quotation() -> None:
    found = speakers(
        "In Python 2, you could write b'' to be explicit that a string literal was bytes or you could write u'' "
        "to indicate a Unicode literal. Python 3 initially removed the u'' syntax, and Python 3.3 restored u'' "
        "support, making it more viable to write code that ran on both versions.",
        "\"We should have kept it from the start,\" said Anna Berg, a core developer.",
    )
    assert list(found) == ["We should have kept it"]
