"""Attribution forms met in German, Spanish and French news and reports: the speaker a reader names."""

from __future__ import annotations

from bot.reader.article import Article
from bot.reader.text.document import build_document
from bot.reader.quotes.quotations import all_quotes
from tests.support.reading import speakers_by_text as speakers


def test_german_shouting_and_asking_verbs_attribute() -> None:
    found = speakers(
        "Im Landtag kam es am Dienstag zu einem heftigen Streit zwischen den Abgeordneten.",
        "Abg. Gregorig schrie: „Streitet doch nicht wegen dieser Sache!“ "
        "Dann rief Karl Lueger: „Hier wird nicht gestritten, meine Herren!“",
        language="de",
    )
    assert found == {
        "Streitet doch nicht wegen dieser Sache!": "Gregorig",
        "Hier wird nicht gestritten, meine Herren!": "Karl Lueger",
    }


def test_german_military_and_academic_titles_are_not_part_of_the_name() -> None:
    found = speakers(
        "In der Kammer sprach General Trochu gegen die fünfjährige Dienstzeit.",
        "„Die Zeit der Halbheiten und schüchternen Versuche ist vorüber“, sagte General Trochu.",
        "Professor Albert Schäffle schrieb: „Die Konkurrenz vermindert den Rentenbetrag sehr bald.“",
        language="de",
    )
    assert found == {
        "Die Zeit der Halbheiten und schüchternen Versuche ist vorüber": "Trochu",
        "Die Konkurrenz vermindert den Rentenbetrag sehr bald.": "Albert Schäffle",
    }


def test_a_paragraph_ending_in_a_colon_introduces_the_quotation_paragraph_after_it() -> None:
    found = speakers(
        "Noch entschiedener als Keller erhob sich General Louis Trochu gegen die Vorlage. Er sagt:",
        "„Die Commission macht gegen meinen Antrag geltend, daß es sich nur um Übergangsbestimmungen handle.“",
        language="de",
    )
    assert found == {
        "Die Commission macht gegen meinen Antrag geltend, daß es sich nur um Übergangsbestimmungen handle.":
            "Louis Trochu",
    }


def test_a_league_acronym_before_a_name_is_not_part_of_it() -> None:
    found = speakers(
        'A principios de 2012, el comisionado de la NFL Roger Goodell declaró que la liga haría el partido '
        '"espectacular" y que sería "un juego importante para nosotros como liga".',
        language="es",
    )
    assert found == {"un juego importante para nosotros como liga": "Roger Goodell"}


def test_a_title_in_quotation_marks_does_not_hide_the_author_before_it() -> None:
    found = speakers(
        "So sagt Herr Professor Albert Schäffle in seinem Buch „Kapitalismus und Sozialismus“ über Patente "
        "auch folgendes: „Wer eine bedeutende Erfindung macht, gelangt zum Bezug von Extragewinn.“",
        language="de",
    )
    assert found == {"Wer eine bedeutende Erfindung macht, gelangt zum Bezug von Extragewinn.": "Albert Schäffle"}


def test_a_question_cut_off_from_its_attribution_stays_one_quotation() -> None:
    found = speakers(
        "Sali Manz und Vrenchen Marti trafen sich am Zaun.",
        "»Sind wir schuld an dem, was sie getan haben?« sagte Sali, »vielleicht können wir das Elend gutmachen!«",
        language="de",
    )
    assert found == {
        "Sind wir schuld an dem, was sie getan haben? vielleicht können wir das Elend gutmachen!": "Sali Manz",
    }


def test_a_subject_after_a_scene_setting_phrase_in_a_relative_clause() -> None:
    found = speakers(
        "Ein Redakteur hatte mit dem rumänischen Minister Take Jonescu eine Unterredung, in deren Verlauf "
        "Jonescu sagte: „Die Verhandlungen mit Bulgarien sind nicht aufgehoben, wohl aber unterbrochen.“",
        language="de",
    )
    assert found == {
        "Die Verhandlungen mit Bulgarien sind nicht aufgehoben, wohl aber unterbrochen.": "Take Jonescu",
    }


def test_a_date_opening_the_sentence_is_not_its_subject() -> None:
    found = speakers(
        "Nikola Tesla escribió más de 50 cartas a John Pierpont Morgan pidiendo fondos.",
        'El 14 de octubre de 1904, Morgan finalmente respondió a través de su secretario, diciendo: '
        '"Será imposible para mí hacer algo en el asunto".',
        language="es",
    )
    assert found == {"Será imposible para mí hacer algo en el asunto": "John Pierpont Morgan"}


def test_a_relative_clause_with_an_adverb_names_the_person_it_hangs_on() -> None:
    found = speakers(
        'El programa fue llamado así por el gerente de la NASA Abe Silverstein, quien más tarde dijo que '
        '"estaba nombrando la nave espacial como llamaría a mi bebé".',
        language="es",
    )
    assert found == {"estaba nombrando la nave espacial como llamaría a mi bebé": "Abe Silverstein"}


def test_as_someone_described_it_after_the_quotation() -> None:
    found = speakers(
        'Bento de Moura Portugal introdujo una mejora "para hacerla capaz de funcionar a sí misma", '
        "como lo describió John Smeaton en 1751.",
        language="es",
    )
    assert found == {"para hacerla capaz de funcionar a sí misma": "John Smeaton"}


def test_a_person_the_article_names_by_one_word_is_the_one_a_pronoun_stands_for() -> None:
    found = speakers(
        "Tesla trabajó durante 84 horas sin dormir en su laboratorio de Nueva York.",
        'En una entrevista con el editor Arthur Brisbane, Tesla dijo que no creía en la telepatía, diciendo: '
        '"Supongamos que me decido a asesinarte", dijo, "En un segundo lo sabrías."',
        language="es",
    )
    assert found == {"Supongamos que me decido a asesinarte. En un segundo lo sabrías.": "Tesla"}


def test_a_person_introduced_by_one_word_keeps_it_when_a_stray_initial_comes_later() -> None:
    found = speakers(
        'Tesla dijo que "conquistó su pasión entonces y allí", pero más tarde jugó billar.',
        "Tesla ideó varias configuraciones para producir rayos X. Tesla sostuvo que sus circuitos servían.",
        'Tesla dijo: "Las partículas en el haz de fuerza viajarán mucho más rápido".',
        language="es",
    )
    assert found == {
        "conquistó su pasión entonces y allí": "Tesla",
        "Las partículas en el haz de fuerza viajarán mucho más rápido": "Tesla",
    }


def test_a_spanish_verb_with_an_object_pronoun_speaks_of_the_person_in_focus() -> None:
    found = speakers(
        "Tesla declaró en 1899 que había oído señales de Marte.",
        "El periodista Kenneth Swezey dijo que Tesla rara vez dormía. Tesla nunca se casó. Dijo que su castidad "
        'era útil para su ciencia. Sin embargo, hacia el final de su vida, le dijo a un reportero: "A veces siento '
        'que al no casarme, hice un sacrificio demasiado grande".',
        language="es",
    )
    assert found == {"A veces siento que al no casarme, hice un sacrificio demasiado grande": "Tesla"}


def test_a_german_pronoun_opening_a_clause_after_a_colon_with_a_modal_before_the_participle() -> None:
    found = speakers(
        "Der Angeklagte Josef Stellmacher sagte: „Ich wollte ihnen nur zeigen, daß ich schießen kann.“",
        "Präs. (zum Zeugen): Er soll ja auch gesagt haben: „Dumme Arbeiter, laßt mich gehen, ich bin auch so ein "
        "Arbeiter wie Ihr.“",
        language="de",
    )
    assert found == {
        "Ich wollte ihnen nur zeigen, daß ich schießen kann.": "Josef Stellmacher",
        "Dumme Arbeiter, laßt mich gehen, ich bin auch so ein Arbeiter wie Ihr.": "Josef Stellmacher",
    }


def test_a_quotations_one_word_speaker_is_the_person_a_later_pronoun_stands_for() -> None:
    found = speakers(
        "Der Vertheidiger sprach lebhaft mit Stellmacher.",
        "Stellmacher erhebt sich nun und bemerkt lächelnd: Ich habe gesagt: „Geht weg, ich könnte euch erschießen!“",
        "Präs. (zum Zeugen): Er soll ja auch gesagt haben: „Dumme Arbeiter, laßt mich gehen, ich bin auch so ein "
        "Arbeiter wie Ihr.“",
        language="de",
    )
    assert found["Dumme Arbeiter, laßt mich gehen, ich bin auch so ein Arbeiter wie Ihr."] == "Stellmacher"


def test_a_german_opening_mark_followed_by_a_space_still_opens_a_quotation() -> None:
    found = speakers(
        "Der Korrespondent John Smith schreibt: „ Und nun versichere ich kühn, daß die Lage dieser Leute die Regel ist.“",
        language="de",
    )
    assert found == {"Und nun versichere ich kühn, daß die Lage dieser Leute die Regel ist.": "John Smith"}


def test_the_last_piece_of_a_quotation_may_run_unclosed_to_the_end_of_its_paragraph() -> None:
    found = speakers(
        "Zuerst widerspricht General Auguste Ducrot seinem alten Freunde Trochu.",
        '„Wir haben", sagt er, „in ganz Frankreich nur wenig Leute, die wirklich zu reiten verstehen.',
        "General Chanzy dagegen tritt für die Regierungsvorlage ein.",
        language="de",
    )
    assert found == {"in ganz Frankreich nur wenig Leute, die wirklich zu reiten verstehen.": "Auguste Ducrot"}


def test_the_meaning_of_a_word_in_quotation_marks_is_not_a_statement() -> None:
    found = speakers(
        'Johnson era conocido por los iroqueses como Warraghiggey, que significa "El que hace grandes cosas". '
        'Saint-Pierre dijo: "En cuanto a la convocatoria, no creo que esté obligado a obedecerla".',
        language="es",
    )
    assert list(found) == ["En cuanto a la convocatoria, no creo que esté obligado a obedecerla"]


def test_a_post_of_a_place_then_the_name_of_who_holds_it() -> None:
    found = speakers(
        'El alcalde de San Francisco Ed Lee dijo de las personas sin hogar en esta zona que "van a tener que irse".',
        language="es",
    )
    assert found == {"van a tener que irse": "Ed Lee"}


def test_a_titled_post_of_a_body_then_the_name_of_who_holds_it() -> None:
    found = speakers(
        "En palabras del Secretario General de las Naciones Unidas Ban Ki-Moon: \"Si bien el crecimiento económico "
        'es necesario, no es suficiente para avanzar en la reducción de la pobreza".',
        language="es",
    )
    assert list(found.values()) == ["Ban Ki-Moon"]


def test_a_role_the_story_keeps_calling_someone_by_is_who_speaks() -> None:
    found = speakers(
        "Der Doktor reist selten allein. Weil der Doktor eine Enkeltochter, Susan Foreman, hat, reist sie mit.",
        "In „Das leere Kind“ sagt Dr. Constantine: „Bevor der Krieg begann, war ich ein Vater und ein Großvater.“ "
        "Der Doktor antwortet: „Ja, ich kenne das Gefühl sehr gut.“",
        language="de",
    )
    assert found["Ja, ich kenne das Gefühl sehr gut."] == "Doktor"


def test_a_role_held_by_someone_named_is_not_who_speaks_for_it() -> None:
    found = speakers(
        "Der Doktor Hans Weber kam am Montag. Der Doktor untersuchte den Kranken. Der Doktor blieb lange.",
        "Der Doktor antwortet: „Ja, ich kenne das Gefühl sehr gut.“",
        language="de",
    )
    assert found["Ja, ich kenne das Gefühl sehr gut."] == "Hans Weber"


def test_the_role_the_story_calls_someone_by_after_the_verb() -> None:
    found = speakers(
        "Der Doktor reist selten allein. Der Doktor hat viele Feinde. Der Doktor ist uralt.",
        "Als Victoria zweifelt, dass der Doktor sich an seine Familie erinnern kann, weil er so „so uralt ist“, "
        "sagt der Doktor, dass er es kann, "
        "wenn er es wirklich will – „Die restliche Zeit schlafen sie in meinem Kopf“.",
        language="de",
    )
    assert found == {"Die restliche Zeit schlafen sie in meinem Kopf": "Doktor"}


def test_a_german_title_run_into_a_name_gives_the_name() -> None:
    found = speakers(
        "Martin Luther lehrte in Wittenberg.",
        "Im November schrieb Luther Das Urteil von Martin Luther über das Klostergelübde.",
        "Sein Aufsatz Von der Beicht lehnte die Pflicht zur Beichte ab, da „ein jeder Christ ein Beichtvater ist”.",
        language="de",
    )
    assert found == {"ein jeder Christ ein Beichtvater ist": "Martin Luther"}


def test_more_reporting_verbs_in_german_spanish_and_french() -> None:
    assert speakers("„Das wird die Preise noch weiter steigen lassen“, glaubt Anna Berg.", language="de") == {
        "Das wird die Preise noch weiter steigen lassen": "Anna Berg"}
    assert speakers('"No vamos a aceptar ningún recorte más", zanjó Ana Ruiz.', language="es") == {
        "No vamos a aceptar ningún recorte más": "Ana Ruiz"}
    assert speakers("« Nous ne céderons rien sur les salaires », a réaffirmé Jean Dupont.", language="fr") == {
        "Nous ne céderons rien sur les salaires": "Jean Dupont"}


def test_a_german_spokesperson_of_a_body_in_the_genitive_speaks_for_it() -> None:
    found = speakers("„Die Lage ist unter Kontrolle, niemand ist verletzt“, sagte ein Sprecher der Polizei.", language="de")
    assert found == {"Die Lage ist unter Kontrolle, niemand ist verletzt": "Polizei"}


def test_die_with_a_feminine_role_is_the_woman_the_article_introduced_so() -> None:
    found = speakers(
        "Die Ministerin Anna Berg reiste nach Rom.",
        "„Wir werden die Gespräche fortsetzen müssen“, sagte die Ministerin am Abend.",
        language="de",
    )
    assert found == {"Wir werden die Gespräche fortsetzen müssen": "Anna Berg"}


def test_a_german_age_in_brackets_and_the_description_by_that_age() -> None:
    found = speakers(
        "Anna Berg (45) ist Ärztin in Köln. Ihr Kollege Jan Roth (31) arbeitet in Bonn.",
        "„Wir arbeiten seit Wochen am Limit“, sagt die 45-Jährige.",
        language="de",
    )
    assert found == {"Wir arbeiten seit Wochen am Limit": "Anna Berg"}


def test_an_age_described_speaker_when_the_text_gives_no_age_is_the_person_in_focus() -> None:
    found = speakers(
        "Der Trainer Jürgen Klopp war enttäuscht.",
        "„Wir haben heute einfach nicht gut genug gespielt“, sagte der 52-Jährige nach dem Spiel.",
        language="de",
    )
    assert found == {"Wir haben heute einfach nicht gut genug gespielt": "Jürgen Klopp"}


def test_a_party_post_glued_to_a_name_is_not_part_of_it() -> None:
    found = speakers(
        "SPD-Chef Lars Klingbeil kritisierte die Pläne scharf: „Das ist mit uns nicht zu machen, das sage ich klar.“",
        language="de",
    )
    assert found == {"Das ist mit uns nicht zu machen, das sage ich klar.": "Lars Klingbeil"}


def test_a_german_body_after_a_separable_verb_speaks() -> None:
    found = speakers("„Wir sind erleichtert, dass niemand verletzt wurde“, teilte die Feuerwehr mit.", language="de")
    assert found == {"Wir sind erleichtert, dass niemand verletzt wurde": "Feuerwehr"}


def test_a_spanish_present_tense_verb_alone_speaks_of_the_person_in_focus() -> None:
    found = speakers(
        "Ana López, de 34 años, vive en Madrid.", "«Nunca pensé que esto me pasaría a mí», relata.", language="es")
    assert found == {"Nunca pensé que esto me pasaría a mí": "Ana López"}


def test_according_to_an_agency_with_an_elided_article() -> None:
    found = speakers("D'après l'AFP, « au moins dix personnes ont été blessées dans l'explosion ».", language="fr")
    assert found == {"au moins dix personnes ont été blessées dans l'explosion": "AFP"}


def test_a_quotation_going_on_after_a_french_inverted_attribution_with_an_auxiliary() -> None:
    found = speakers(
        "« C'est un premier pas », a déclaré Marine Le Pen. « Mais il faudra aller beaucoup plus loin que cela ».",
        language="fr",
    )
    assert found == {"Mais il faudra aller beaucoup plus loin que cela": "Marine Le Pen"}


def test_verbs_of_judging_and_describing_attribute() -> None:
    assert speakers("„Die Richtlinie gilt in allen ihren Teilen“, entschied der Europäische Gerichtshof.",
                    language="de") == {"Die Richtlinie gilt in allen ihren Teilen": "Europäische Gerichtshof"}
    assert speakers('"La ley no puede aplicarse con efecto retroactivo", dictaminó el Tribunal Supremo.',
                    language="es") == {"La ley no puede aplicarse con efecto retroactivo": "Tribunal Supremo"}
    assert speakers("« Un travail remarquable et très utile pour tous », a qualifié Marie Curie.",
                    language="fr") == {"Un travail remarquable et très utile pour tous": "Marie Curie"}


def test_a_german_role_noun_before_the_name_is_not_part_of_it() -> None:
    found = speakers(
        "Die Bahn will die Strecke zwischen Hamburg und Berlin ab August sperren.",
        "„Wir wissen, dass das für die Fahrgäste eine große Belastung ist“, sagte Infrastrukturvorstand "
        "Berthold Huber.",
        "„Neun Monate ohne direkte Verbindung sind eine Zumutung“, kritisierte der Ehrenvorsitzende "
        "Karl-Peter Naumann.",
        language="de",
    )
    assert found == {
        "Wir wissen, dass das für die Fahrgäste eine große Belastung ist": "Berthold Huber",
        "Neun Monate ohne direkte Verbindung sind eine Zumutung": "Karl-Peter Naumann",
    }


def test_a_german_spokesperson_of_a_body_gives_the_body_without_its_article() -> None:
    found = speakers(
        "Auch die Feuerwehr spürt die Hitze.",
        "„Wir rücken fast doppelt so oft aus wie sonst im Sommer“, berichtete ein Sprecher der "
        "Berufsfeuerwehr München.",
        language="de",
    )
    assert found == {"Wir rücken fast doppelt so oft aus wie sonst im Sommer": "Berufsfeuerwehr München"}


def test_so_and_a_german_description_stand_for_the_person_in_focus() -> None:
    found = speakers(
        "„Ohne zusätzliches Personal wird das nicht funktionieren“, sagte EVG-Chef Martin Burkert dem Spiegel. "
        "Burkert zufolge fehlen schon heute mehrere tausend Fachkräfte.",
        "„Die Bahn plant am Bedarf vorbei“, so der Gewerkschafter.",
        language="de",
    )
    assert found["Die Bahn plant am Bedarf vorbei"] == "Martin Burkert"


def test_a_description_goes_to_the_one_person_the_sentence_before_opens_with() -> None:
    found = speakers(
        "„Ohne zusätzliches Personal wird das nicht funktionieren“, sagte EVG-Chef Martin Burkert.",
        "Bundesverkehrsminister Volker Wissing verteidigte die Pläne. Man müsse „jetzt die Versäumnisse von "
        "Jahrzehnten aufholen“, erklärte der FDP-Politiker in Berlin.",
        "Verkehrsexperte Andreas Knie von der TU Berlin hält die Linie für sinnvoll. „Eine Straßenbahn ist "
        "hier leistungsfähiger als jeder Bus“, erklärte der Wissenschaftler.",
        language="de",
    )
    assert found["jetzt die Versäumnisse von Jahrzehnten aufholen"] == "Volker Wissing"
    assert found["Eine Straßenbahn ist hier leistungsfähiger als jeder Bus"] == "Andreas Knie"


def test_a_spanish_name_before_an_apposition_set_off_by_commas_speaks() -> None:
    found = speakers(
        "La ministra Ana López visitó el aeropuerto.",
        "Aena, el gestor aeroportuario, dijo que «la operativa se recuperará durante el fin de semana».",
        "Sánchez, presidente del Gobierno, afirmó que «nadie se quedará sin su vuelo de vuelta».",
        language="es",
    )
    assert found == {
        "la operativa se recuperará durante el fin de semana": "Aena",
        "nadie se quedará sin su vuelo de vuelta": "Sánchez",
    }


def test_a_reply_after_a_dash_is_said_by_the_other_person_in_the_dialogue() -> None:
    found = speakers(
        "Im Stadtrat sprach am Montag Bürgermeisterin Anna Berg. „Die Stadt wird die Gebühren nicht erhöhen“, "
        "sagte sie. – „Und was ist mit den Schwimmbädern im Sommer?“, fragte ein Reporter. – „Die bleiben "
        "alle geöffnet, dafür sorge ich.“",
        language="de",
    )
    assert found == {
        "Die Stadt wird die Gebühren nicht erhöhen": "Anna Berg",
        "Und was ist mit den Schwimmbädern im Sommer?": None,
        "Die bleiben alle geöffnet, dafür sorge ich.": "Anna Berg",
    }


def test_an_interviewer_brought_in_unnamed_asks_and_the_interviewee_answers() -> None:
    found = speakers(
        "Ein Redakteur der Zeitung hatte mit dem Minister Take Jonescu eine Unterredung, in deren Verlauf "
        "Jonescu sagte: „Die Verhandlungen mit Bulgarien sind nicht aufgehoben, wohl aber unterbrochen.“ — "
        "Der Redakteur: „Wird die Fortsetzung der Verhandlungen in London erfolgen?“ — „Das weiß man noch "
        "nicht, vielleicht in Sofia.“ — „Ist ein günstiges Resultat zu erwarten?“ — „Darauf könnte Ihnen nur "
        "ein Prophet antworten.“",
        language="de",
    )
    assert found == {
        "Die Verhandlungen mit Bulgarien sind nicht aufgehoben, wohl aber unterbrochen.": "Take Jonescu",
        "Wird die Fortsetzung der Verhandlungen in London erfolgen?": None,
        "Das weiß man noch nicht, vielleicht in Sofia.": "Take Jonescu",
        "Ist ein günstiges Resultat zu erwarten?": None,
        "Darauf könnte Ihnen nur ein Prophet antworten.": "Take Jonescu",
    }


def test_dieser_is_the_person_named_last_not_the_one_in_focus() -> None:
    found = speakers(
        "„Die Lage ist ernst, aber beherrschbar“, sagte Gesundheitsminister Karl Lauterbach. Kanzler Friedrich "
        "Merz traf am Dienstag den Ministerpräsidenten Markus Söder. Dieser sagte danach: „Wir haben eine gute "
        "Lösung für Bayern gefunden.“",
        "Joseph Swoboda war unter den Zeugen, die Stellmacher’s Festnahme sahen. Er will gehört haben, wie dieser "
        "nach dem ersten Schusse rief: „Das macht nichts, das ist blind.“",
        language="de",
    )
    assert found["Wir haben eine gute Lösung für Bayern gefunden."] == "Markus Söder"
    assert found["Das macht nichts, das ist blind."] == "Stellmacher"


def test_laut_and_heisst_es_in_a_report_give_the_body_behind_it() -> None:
    found = speakers(
        "Laut einem Bericht der Vereinten Nationen ist die humanitäre Lage „die schlimmste seit Jahrzehnten in "
        "der Region“.",
        "„Der Verdächtige wurde noch am Abend festgenommen“, hieß es in einer Mitteilung der Polizei.",
        "Die Lage sei „nach wie vor äußerst angespannt und unübersichtlich“, teilte das Auswärtige Amt am "
        "Dienstag mit.",
        language="de",
    )
    assert found == {
        "die schlimmste seit Jahrzehnten in der Region": "Vereinten Nationen",
        "Der Verdächtige wurde noch am Abend festgenommen": "Polizei",
        "nach wie vor äußerst angespannt und unübersichtlich": "Auswärtige Amt",
    }


def test_segun_the_report_of_a_body_gives_the_body() -> None:
    found = speakers(
        '"La situación humanitaria es la peor de las últimas décadas", según el informe de la ONU publicado '
        "el martes.",
        language="es",
    )
    assert found == {"La situación humanitaria es la peor de las últimas décadas": "ONU"}


def test_a_spanish_participle_speaks_for_the_subject_of_its_own_clause() -> None:
    found = speakers(
        "El ministro Juan Pérez defendió la reforma en el Congreso, mientras la portavoz Ana Ruiz criticó el "
        'texto afirmando que era "un ataque directo a los derechos de los trabajadores".',
        "Pedro Sánchez habló primero, hasta que Alberto Núñez Feijóo cerró el debate asegurando que el Gobierno "
        '"ha perdido la confianza de los ciudadanos".',
        language="es",
    )
    assert found == {
        "un ataque directo a los derechos de los trabajadores": "Ana Ruiz",
        "ha perdido la confianza de los ciudadanos": "Alberto Núñez Feijóo",
    }


def test_a_german_compound_title_after_a_genitive_is_not_part_of_the_name() -> None:
    found = speakers(
        "Bayerns Wirtschaftsminister Hubert Aiwanger äußerte sich auf der Plattform X: „Windkraft gehört auch "
        "nach Bayern, aber mit Augenmaß.“",
        language="de",
    )
    assert found == {"Windkraft gehört auch nach Bayern, aber mit Augenmaß.": "Hubert Aiwanger"}


def test_a_spanish_role_with_a_possessive_then_the_name_set_off_by_commas() -> None:
    found = speakers(
        'Joan Caball aseguró a Efe que muchos regantes "no podrán sembrar esta primavera si no llueve pronto".',
        "La Agencia Catalana del Agua prevé nuevas medidas. \"No descartamos cortes nocturnos en algunas "
        'poblaciones", indicó su director, Samuel Reyes, en un comunicado.',
        language="es",
    )
    assert found["No descartamos cortes nocturnos en algunas poblaciones"] == "Samuel Reyes"


def test_a_pronoun_in_a_relative_clause_before_a_colon_is_the_person_its_sentence_names() -> None:
    found = speakers(
        "„Wir brauchen mehr Geld für die Schulen“, sagte Olaf Scholz am Montag. Am Abend hielt Friedrich Merz "
        "eine Rede, in der er die Regierung scharf angriff: „Dieses Land braucht einen echten Neuanfang.“",
        language="de",
    )
    assert found["Dieses Land braucht einen echten Neuanfang."] == "Friedrich Merz"


def test_a_quotation_said_by_two_people_together_has_no_one_speaker() -> None:
    found = speakers(
        "„Wir brauchen mehr Geld für die Schulen“, sagte Anna Berg am Montag. Sie traf danach Maria Huber, und "
        "beide sagten gleichzeitig: „Wir werden das gemeinsam schaffen, ganz sicher.“",
        "„Die Stadt muss endlich handeln“, sagte Paul Weber. Danach sagten sie: „Wir bleiben hier, bis sich "
        "etwas ändert.“",
        language="de",
    )
    assert found["Wir werden das gemeinsam schaffen, ganz sicher."] is None
    assert found["Wir bleiben hier, bis sich etwas ändert."] is None


def test_an_attribution_cut_off_after_an_exclamation_in_german_guillemets() -> None:
    found = speakers(
        "Vrenchen sagte leise: »Ich muss jetzt wirklich nach Hause gehen.« Dann trennten sie sich. »Ich komme "
        "recht bald hinaus, geh nur gleich hin!« rief Vrenchen noch nach.",
        language="de",
    )
    assert found["Ich komme recht bald hinaus, geh nur gleich hin!"] == "Vrenchen"


def test_zufolge_names_the_source_before_it() -> None:
    found = speakers(
        "„Ohne zusätzliches Personal wird das nicht funktionieren“, sagte EVG-Chef Martin Burkert. Burkert zufolge "
        "sei die Lage „noch schlimmer als im vergangenen Jahr, als viele Züge ausfielen“.",
        "Die Stadt habe, einem Bericht der Süddeutschen Zeitung zufolge, die Risiken „grob fahrlässig und über "
        "Jahre hinweg unterschätzt“.",
        "Der Bildungsforscher Klaus Klemm hält die Zahlen für zu optimistisch. Seiner Berechnung zufolge werden "
        "bis 2030 „mindestens 15.000 Lehrkräfte zusätzlich gebraucht“.",
        language="de",
    )
    assert found == {
        "Ohne zusätzliches Personal wird das nicht funktionieren": "Martin Burkert",
        "noch schlimmer als im vergangenen Jahr, als viele Züge ausfielen": "Martin Burkert",
        "grob fahrlässig und über Jahre hinweg unterschätzt": "Süddeutschen Zeitung",
        "mindestens 15.000 Lehrkräfte zusätzlich gebraucht": "Klaus Klemm",
    }


def test_a_quotation_standing_alone_goes_on_quoting_across_reported_speech() -> None:
    found = speakers(
        "Die Vorsitzende der Gewerkschaft GEW, Ayla Çelik, sieht das anders. „Die Ministerin redet die Lage schön“, "
        "sagte Çelik dem WDR. An manchen Grundschulen falle jede fünfte Stunde aus. „Das können wir den Kindern "
        "nicht länger zumuten.“",
        "Auch Eltern schlagen Alarm. Anke Staar von der Landeselternschaft der Grundschulen sagte, viele Familien "
        "seien am Ende ihrer Kräfte. „Wir bekommen jeden Tag Anrufe von verzweifelten Eltern“, so die 52-Jährige.",
        language="de",
    )
    assert found["Das können wir den Kindern nicht länger zumuten."] == "Ayla Çelik"
    assert found["Wir bekommen jeden Tag Anrufe von verzweifelten Eltern"] == "Anke Staar"


def test_whose_role_it_is_is_not_the_person_in_focus() -> None:
    spanish = speakers(
        "La Guardia Civil detuvo al concejal de Urbanismo de Marbella, Javier García, este jueves.",
        "El abogado de García, Luis Romero, negó las acusaciones en declaraciones a Europa Press. \"Mi cliente no "
        'ha cobrado un solo euro de nadie", dijo.',
        language="es",
    )
    english = speakers(
        "Police arrested the city planner, John Smith, on Thursday.",
        "The lawyer for Smith, Mary Jones, denied the charges. \"My client never took a single dollar from "
        'anyone," she said.',
        language="en",
    )
    assert spanish == {"Mi cliente no ha cobrado un solo euro de nadie": "Luis Romero"}
    assert english == {"My client never took a single dollar from anyone": "Mary Jones"}


def test_a_spokesperson_of_a_body_in_the_genitive_gives_the_name_the_article_introduced() -> None:
    found = speakers(
        "Das Statistische Bundesamt meldete am Montag neue Zahlen. „Die Inflation ist im Oktober leicht gesunken“, "
        "sagte eine Sprecherin des Bundesamts.",
        language="de",
    )
    assert found == {"Die Inflation ist im Oktober leicht gesunken": "Statistische Bundesamt"}


def test_a_role_with_a_possessive_opening_the_sentence_puts_its_holder_in_focus() -> None:
    spanish = speakers(
        '"Todavía estamos lejos de una cura", añadió la neurocientífica Marta Sánchez.',
        "Su mentor, el catedrático Javier DeFelipe, no ocultaba su alegría. \"Marta es una de las mejores "
        'científicas de su generación", aseguró.',
        language="es",
    )
    english = speakers(
        '"We will appeal this decision," said the mayor, Tom Hill. His lawyer, Jane Doe, was less sure. "The '
        'court was very clear on every point," she said.',
        language="en",
    )
    assert spanish["Marta es una de las mejores científicas de su generación"] == "Javier DeFelipe"
    assert english["The court was very clear on every point"] == "Jane Doe"


def test_german_telling_and_complaining_verbs_and_a_family_word_before_the_name() -> None:
    found = speakers(
        "Erzieherin Sandra Kühn steht seit sieben Uhr vor ihrer Kita. „Wir machen das nicht gern, aber es geht "
        "nicht mehr so weiter“, erzählt die 41-Jährige.",
        "„Ich habe heute einen Urlaubstag nehmen müssen, den dritten in diesem Monat“, klagt Vater Tim Brandt.",
        language="de",
    )
    assert found == {
        "Wir machen das nicht gern, aber es geht nicht mehr so weiter": "Sandra Kühn",
        "Ich habe heute einen Urlaubstag nehmen müssen, den dritten in diesem Monat": "Tim Brandt",
    }


def test_a_role_opening_the_sentence_then_its_holder_set_off_by_commas() -> None:
    found = speakers(
        "El alcalde, Francisco de la Torre, ha pedido a los vecinos que eviten desplazamientos. \"La prioridad "
        'ahora es la seguridad de las personas", ha asegurado el regidor en una comparecencia.',
        language="es",
    )
    assert found == {"La prioridad ahora es la seguridad de las personas": "Francisco de la Torre"}


def test_a_pronoun_inverted_after_a_comma_is_who_spoke_not_the_noun_before_it() -> None:
    found = speakers(
        "„Wir haben bis zuletzt gekämpft“, sagte Inhaber Markus Hofmann (58) am Montag der Zeitung.",
        "Der vorläufige Insolvenzverwalter, Rechtsanwalt Jan Markus Plathner, sieht noch Chancen. Es gebe mehrere "
        "Interessenten, erklärte er. „Ich bin zuversichtlich, dass wir die Arbeitsplätze erhalten können.“",
        language="de",
    )
    assert found == {
        "Wir haben bis zuletzt gekämpft": "Markus Hofmann",
        "Ich bin zuversichtlich, dass wir die Arbeitsplätze erhalten können.": "Jan Markus Plathner",
    }


def test_someone_left_unnamed_after_a_phrase_saying_who_asked_is_nobody_known() -> None:
    french = speakers(
        "Le ministre des Transports, Philippe Tabarot, a jugé la grève « incompréhensible en pleine période de "
        "vacances ». Interrogée par l'AFP, une voyageuse bloquée en gare de Lyon confiait son exaspération : « C'est "
        "la troisième fois cette année que mon train est supprimé. »",
        language="fr",
    )
    spanish = speakers(
        'El alcalde Pedro Gil pidió calma: "Nadie se quedará sin casa esta noche". Consultada por Efe, una vecina '
        'del barrio contaba su miedo: "Vi las llamas detrás del monte y salí corriendo".',
        language="es",
    )
    assert french["C'est la troisième fois cette année que mon train est supprimé."] is None
    assert spanish["Vi las llamas detrás del monte y salí corriendo"] is None


def test_a_german_feminine_description_goes_to_the_person_the_sentence_before_is_about() -> None:
    found = speakers(
        "Bayerns Wissenschaftsminister Markus Blume entgegnete, der Freistaat investiere so viel wie nie zuvor.",
        "Für Lea Schmid ist das nur ein schwacher Trost. „Wenn ich bis Dezember nichts finde, muss ich das "
        "Studium abbrechen“, sagt die Studentin.",
        language="de",
    )
    assert found == {"Wenn ich bis Dezember nichts finde, muss ich das Studium abbrechen": "Lea Schmid"}


def test_an_attribution_set_off_by_dashes_speaks_for_both_pieces() -> None:
    spanish = speakers(
        "El Gobierno mantiene su postura. «No vamos a ceder en nada de lo acordado» —afirmó el ministro Luis "
        "Planas— «porque tenemos razón en todo lo que defendemos».",
        language="es",
    )
    german = speakers(
        "Die Regierung bleibt hart. „Wir werden in keinem Punkt nachgeben“ – so Finanzminister Christian Lindner – "
        "„denn wir haben in allen Punkten recht.“",
        language="de",
    )
    assert spanish == {
        "No vamos a ceder en nada de lo acordado, porque tenemos razón en todo lo que defendemos": "Luis Planas"}
    assert german == {"Wir werden in keinem Punkt nachgeben, denn wir haben in allen Punkten recht.": "Christian Lindner"}


def test_a_description_after_a_quote_goes_to_the_surname_the_sentence_before_opens_with() -> None:
    found = speakers(
        "Der SV Meppen hat sich von Trainer Ralf Becker getrennt. Nachfolger wird U19-Coach Jonas Krause.",
        "„Die Entscheidung ist uns nicht leichtgefallen“, sagte Sportdirektor Heiner Wessels am Sonntag.",
        "Becker selbst zeigte sich überrascht. „Ich hätte mir gewünscht, die Mannschaft aus dieser Lage "
        "herauszuführen“, sagte der 52-Jährige der Zeitung.",
        "Krause, der erst 34 Jahre alt ist, soll die Mannschaft bis Saisonende betreuen. „Ich kenne viele "
        "Spieler aus der Jugend, das hilft“, so der neue Trainer bei seiner Vorstellung.",
        language="de",
    )
    assert found["Ich hätte mir gewünscht, die Mannschaft aus dieser Lage herauszuführen"] == "Ralf Becker"
    assert found["Ich kenne viele Spieler aus der Jugend, das hilft"] == "Jonas Krause"


def test_reporting_verbs_in_the_imperfect_attribute_like_the_past() -> None:
    french = speakers(
        "Sur les quais, les voyageurs oscillaient entre colère et résignation. « Ça fait deux heures que "
        "j'attends un train pour Dijon », soupirait Karim Benali, 34 ans.",
        language="fr",
    )
    spanish = speakers(
        "«Se nota que no hace ruido y no huele a gasoil», comentaba Antonio Ruiz, jubilado de 71 años. "
        '"Usted ha convertido la sanidad pública en un negocio", le espetó Manuel Prieto desde la tribuna.',
        language="es",
    )
    assert french == {"Ça fait deux heures que j'attends un train pour Dijon": "Karim Benali"}
    assert spanish == {
        "Se nota que no hace ruido y no huele a gasoil": "Antonio Ruiz",
        "Usted ha convertido la sanidad pública en un negocio": "Manuel Prieto",
    }


def test_a_spanish_verb_without_its_subject_before_a_place_keeps_the_person_in_focus() -> None:
    found = speakers(
        "El abogado de Esteban, Luis Miguel Navarro, anunció que recurrirá ante el Tribunal Constitucional. "
        '"Mi cliente es inocente y lo vamos a demostrar", aseguró a las puertas del tribunal.',
        language="es",
    )
    assert found == {"Mi cliente es inocente y lo vamos a demostrar": "Luis Miguel Navarro"}


def test_a_french_attribution_inside_the_marks_splits_one_quotation_into_two_pieces() -> None:
    document = build_document(Article("Story", (
        "Dans les fermes du Haut-Doubs, le manque d'herbe inquiète les producteurs.",
        "« Normalement, mes vaches sont au pré jusqu'en octobre, explique Pascal Vuillemin, éleveur à Mouthe. "
        "Cette année, je les nourris au foin depuis le 15 juillet. » Le foin commence à manquer. « Le prix du "
        "foin a doublé, reconnaît-il, et je n'en trouve presque plus dans la région. »",
    ), language="fr"))
    quotes = all_quotes(document)
    assert [(quote.parts, quote.speaker) for quote in quotes] == [
        (("Normalement, mes vaches sont au pré jusqu'en octobre",
          "Cette année, je les nourris au foin depuis le 15 juillet."), "Pascal Vuillemin"),
        (("Le prix du foin a doublé", "et je n'en trouve presque plus dans la région."), "Pascal Vuillemin"),
    ]


def test_the_company_or_its_board_in_german_is_the_firm_the_story_is_about() -> None:
    found = speakers(
        "Der Autozulieferer Hollmann Automotive will rund 1200 Stellen abbauen. Das teilte das Unternehmen mit.",
        "„Die Nachfrage nach unseren Getriebekomponenten ist dramatisch eingebrochen“, heißt es in einer "
        "Mitteilung des Vorstands.",
        "Bei der Flughafen Zürich AG zeigte man sich erleichtert. «Wir halten uns an eine der strengsten "
        "Nachtregelungen Europas», teilte das Unternehmen mit.",
        language="de",
    )
    assert found == {
        "Die Nachfrage nach unseren Getriebekomponenten ist dramatisch eingebrochen": "Hollmann Automotive",
        "Wir halten uns an eine der strengsten Nachtregelungen Europas": "Flughafen Zürich AG",
    }


def test_a_ruling_quoted_with_no_one_named_is_the_court_that_gave_it() -> None:
    german = speakers(
        "Das Verwaltungsgericht Stuttgart hat die Tempo-30-Zone für rechtswidrig erklärt. Die Stadt habe die "
        "Gefahrenlage nicht begründet, befanden die Richter.",
        "In dem Urteil heißt es: »Eine allgemeine Verbesserung der Lebensqualität reicht als Begründung nicht aus.«",
        language="de",
    )
    spanish = speakers(
        "El Tribunal Supremo ha confirmado la condena al exalcalde Ramón Esteban Cuesta. La sentencia, de la que "
        "ha sido ponente el magistrado Andrés Palomo, considera probado el desvío. \"La actuación del acusado "
        "revela un absoluto desprecio por el interés general\", recoge el fallo.",
        language="es",
    )
    french = speakers(
        "Le tribunal correctionnel de Rennes a condamné jeudi la société Agrivol à 500 000 euros d'amende.",
        "Dans son jugement, le tribunal souligne que l'entreprise « connaissait depuis plusieurs années les "
        "défaillances de sa station d'épuration ».",
        language="fr",
    )
    assert german == {"Eine allgemeine Verbesserung der Lebensqualität reicht als Begründung nicht aus.":
                      "Verwaltungsgericht Stuttgart"}
    assert spanish == {"La actuación del acusado revela un absoluto desprecio por el interés general":
                       "Tribunal Supremo"}
    assert french == {"connaissait depuis plusieurs années les défaillances de sa station d'épuration":
                      "tribunal correctionnel de Rennes"}


def test_a_quote_after_reported_speech_with_a_pronoun_is_that_pronouns_person() -> None:
    found = speakers(
        "Der FDP-Fraktionschef Beat Hürlimann hielt dagegen: «Der Flughafen ist das wirtschaftliche Herz des Kantons.»",
        "Auch Volkswirtschaftsdirektorin Regula Meier-Suter sprach sich gegen die Vorlage aus. Die Regierung nehme "
        "die Sorgen der Anwohner ernst, betonte sie. «Aber eine starre Sperrzeit würde den Flughafen infrage stellen.»",
        language="de",
    )
    assert found["Aber eine starre Sperrzeit würde den Flughafen infrage stellen."] == "Regula Meier-Suter"


def test_a_pronoun_after_the_role_someone_was_introduced_by_is_that_person() -> None:
    found = speakers(
        "La Ville de Montréal interdira les chauffages au mazout, a annoncé mercredi la mairesse, Isabelle Gagnon.",
        "L'opposition juge la mesure précipitée. \"Qui va payer la facture? Ce sont les propriétaires\", a lancé "
        "son chef, Marc-André Tremblay.",
        "Interrogée à ce sujet, la mairesse a assuré que des subventions seraient offertes. \"Personne ne sera "
        "laissé derrière\", a-t-elle répondu.",
        language="fr",
    )
    assert found["Personne ne sera laissé derrière"] == "Isabelle Gagnon"


def test_the_person_in_the_apposition_speaks_not_the_body_their_post_is_at() -> None:
    german = speakers(
        "Die IG Metall reagierte mit scharfer Kritik. „Das ist ein Schlag ins Gesicht aller Beschäftigten“, sagte "
        "die Erste Bevollmächtigte der IG Metall Schweinfurt, Petra Kleinschmidt.",
        language="de",
    )
    assert german == {"Das ist ein Schlag ins Gesicht aller Beschäftigten": "Petra Kleinschmidt"}


def test_a_reporting_participle_after_a_comma_leaves_the_speaker_before_it() -> None:
    found = speakers(
        "Salesforce co-CEO Marc Benioff hosted Apple CEO Tim Cook at Dreamforce.",
        "\"We all miss Steve so much,\" Benioff weighed in, telling Cook, \"since he passed, you have been so true "
        "to him and his values.\"",
        language="en",
    )
    assert found == {
        "We all miss Steve so much, since he passed, you have been so true to him and his values.": "Marc Benioff"}


def test_a_phrase_the_narrative_quotes_after_an_attribution_is_not_joined_to_the_quote_before() -> None:
    document = build_document(Article("Story", (
        "Apple CEO Tim Cook spoke at Dreamforce on Tuesday.",
        "Customers \"began to say we want you to do this and that,\" Cook told Benioff, which ultimately meant "
        "making the \"best mobile operating system for enterprise.\"",
    ), language="en"))
    assert [quote.text for quote in all_quotes(document)] == [
        "began to say we want you to do this and that", "best mobile operating system for enterprise."]


def test_a_long_apposition_with_commas_of_its_own_between_the_name_and_the_verb() -> None:
    found = speakers(
        "\"Numerical experiments of this kind are particularly successful when you get out more than you put "
        "in,\" Dylan Nelson, a postdoctoral fellow at the Max Planck Institute for Astrophysics in Munich, Germany, "
        "and co-author of the study, said in a statement.",
        language="en",
    )
    assert found == {"Numerical experiments of this kind are particularly successful when you get out more than "
                     "you put in": "Dylan Nelson"}


def test_a_place_after_a_post_is_not_part_of_the_holders_name() -> None:
    found = speakers(
        "Another diplomat, former special envoy to Ukraine Kurt Volker, shifted his own account of the meeting.",
        "\"I think all of us thought it was inappropriate and the meeting concluded,\" Volker said.",
        language="en",
    )
    assert found == {"I think all of us thought it was inappropriate and the meeting concluded": "Kurt Volker"}


def test_a_group_described_in_the_plural_is_no_one_speaker() -> None:
    found = speakers(
        "Even the policy manual of the Citizenship and Immigration Services, part of the Homeland Security "
        "Department, notes the requirement.",
        "\"As physicians, we have seen the effects of flu infections in the most vulnerable,\" the physicians stated.",
        language="en",
    )
    assert found == {"As physicians, we have seen the effects of flu infections in the most vulnerable": None}


def test_a_football_club_is_a_body_not_the_person_a_description_stands_for() -> None:
    found = speakers(
        "Jose Mourinho has agreed a deal to replace Mauricio Pochettino as Tottenham's manager.",
        "Pochettino was sacked last night after five-and-a-half years in charge.",
        "Negotiations between the London side and Mourinho's representatives intensified over the last few days.",
        "The Portuguese boss had been out of work since being sacked by Manchester United in December 2018.",
        "The 56-year-old said after his appointment: \"I am excited to be joining a club with such a great "
        "heritage.\"",
        language="en",
    )
    assert found == {"I am excited to be joining a club with such a great heritage.": "Jose Mourinho"}


def test_more_reporting_verbs_of_the_daily_press() -> None:
    german = speakers(
        "Fahrgastverbände raten Reisenden, ihre Fahrten zu verschieben. „Wer kann, sollte am Freitag ins "
        "Homeoffice gehen“, empfahl Detlef Neuß vom Fahrgastverband Pro Bahn.",
        language="de",
    )
    french = speakers(
        "Retraité dans le quartier de Saint-Marc, Yves Le Gall a déjà attendu six heures aux urgences. « Si "
        "maintenant il faut faire 60 kilomètres en pleine nuit, certains n'arriveront jamais à temps », craint-il.",
        language="fr",
    )
    assert german == {"Wer kann, sollte am Freitag ins Homeoffice gehen": "Detlef Neuß"}
    assert french == {"Si maintenant il faut faire 60 kilomètres en pleine nuit, certains n'arriveront jamais à "
                      "temps": "Yves Le Gall"}


def test_a_colon_quote_after_a_scene_phrase_and_a_possessive_description_is_the_named_persons() -> None:
    found = speakers(
        "«He tenido que tirar todo el pescado, son más de mil euros», contaba Jordi Puig, propietario de una "
        "pescadería. A su lado, su vecina Montse Ribas, que regenta una farmacia, se mostraba más resignada: «Lo "
        "importante es que no ha habido ningún herido».",
        language="es",
    )
    assert found["Lo importante es que no ha habido ningún herido"] == "Montse Ribas"


def test_a_french_scene_phrase_with_au_before_the_subject_who_is_then_described() -> None:
    found = speakers(
        "Au château Lamothe, à Saint-Émilion, Bernard Dufour a arraché 12 hectares cet hiver. « Mon grand-père les "
        "avait plantées. Ça fait mal au cœur, mais je n'avais plus d'acheteurs », confie le vigneron de 58 ans.",
        language="fr",
    )
    assert found == {"Mon grand-père les avait plantées. Ça fait mal au cœur, mais je n'avais plus d'acheteurs":
                     "Bernard Dufour"}


def test_a_verb_alone_after_an_unnamed_person_reported_just_before_is_that_unnamed_person() -> None:
    found = speakers(
        "El principal acusado, Daniel Ortiz, negó los hechos. \"Yo solo gestionaba un locutorio, no sabía nada\", "
        "dijo ante el tribunal.",
        "Varias víctimas declararon como testigos. Una mujer de 84 años relató entre lágrimas cómo entregó sus "
        "ahorros a un desconocido. \"Me dijeron que mi nieto había tenido un accidente\", contó.",
        language="es",
    )
    assert found == {"Yo solo gestionaba un locutorio, no sabía nada": "Daniel Ortiz",
                     "Me dijeron que mi nieto había tenido un accidente": None}


def test_an_agency_reporting_what_someone_unnamed_posted_is_not_the_speaker() -> None:
    found = speakers(
        "The plague cases caused alarm online. According to AFP, one user on Weibo, which is essentially China's "
        "version of Twitter, posted: “I just want to know how these two came to Beijing?? By train, airplane, or "
        "did they drive themselves?”",
        language="en",
    )
    assert found == {"I just want to know how these two came to Beijing?? By train, airplane, or did they drive "
                     "themselves?": None}


def test_a_festival_name_with_a_year_and_a_hyphenated_word_is_a_title_not_a_quote() -> None:
    found = speakers(
        "Korea's beauty was revealed at ‘2018 Welcome Daehak-ro Festival’! The show was held at Marronnier Park.",
        language="en",
    )
    assert found == {}


def test_a_german_role_noun_before_a_name_tells_she_from_he() -> None:
    found = speakers(
        "Volkswirtschaftsdirektorin Regula Meier-Suter verteidigte die Vorlage. «Wir nehmen die Sorgen der "
        "Anwohner ernst», sagte Meier-Suter.",
        "Der FDP-Fraktionschef Beat Hürlimann hielt dagegen: «Der Flughafen ist das wirtschaftliche Herz des Kantons.»",
        "«Eine starre Sperrzeit würde die Drehkreuzfunktion infrage stellen», betonte sie.",
        language="de",
    )
    assert found["Eine starre Sperrzeit würde die Drehkreuzfunktion infrage stellen"] == "Regula Meier-Suter"


def test_a_place_after_a_common_noun_is_not_who_speaks_and_a_landrat_is_a_title() -> None:
    spanish = speakers(
        "La jefa de Gobierno capitalina, Clara Bravo, viajó en el primer convoy. \"Hoy cumplimos con una deuda que "
        "teníamos con la gente del oriente de la ciudad\", dijo en la estación Tláhuac.",
        language="es",
    )
    german = speakers(
        "Landrat Marco Prietzel verteidigte die Entscheidung. „Wir können keine Station offen halten, in der wir die "
        "Sicherheit nicht garantieren können“, sagte der CDU-Politiker. „Das sind im Ernstfall 45 Minuten“, rechnet "
        "die werdende Mutter Lena Hoops vor.",
        language="de",
    )
    assert spanish == {"Hoy cumplimos con una deuda que teníamos con la gente del oriente de la ciudad": "Clara Bravo"}
    assert german == {
        "Wir können keine Station offen halten, in der wir die Sicherheit nicht garantieren können": "Marco Prietzel",
        "Das sind im Ernstfall 45 Minuten": "Lena Hoops",
    }


def test_comme_le_precise_puts_the_speaker_after_the_verb() -> None:
    french = speakers(
        "Le syndicat Force ouvrière a appelé à la grève. Le ministère ne reviendra pourtant pas sur la réforme, comme "
        "l'a rappelé la ministre du Travail, Catherine Vautrin : « Nous irons jusqu'au bout de ce texte, quoi qu'il "
        "arrive dans la rue ».",
        language="fr",
    )
    spanish = speakers(
        "La patronal CEOE pidió más tiempo. El Gobierno mantendrá el calendario, como señaló el ministro de Economía, "
        "Carlos Cuerpo: «No vamos a dar marcha atrás con los presupuestos».",
        language="es",
    )
    assert french == {"Nous irons jusqu'au bout de ce texte, quoi qu'il arrive dans la rue": "Catherine Vautrin"}
    assert spanish == {"No vamos a dar marcha atrás con los presupuestos": "Carlos Cuerpo"}


def test_a_phrase_after_an_unnamed_speakers_comma_names_someone_else() -> None:
    french = speakers(
        "Le chanteur Paul Girard est mort samedi à Lyon « des suites d'un arrêt cardiaque brutal », a confirmé son "
        "agent à l'AFP, à la demande de sa veuve Marie Girard.",
        language="fr",
    )
    spanish = speakers(
        "El actor Luis Ortega murió el domingo en Sevilla. «Se fue en paz y rodeado de los suyos», confirmó su "
        "representante a Efe, en nombre de su viuda Carmen López.",
        language="es",
    )
    assert french == {"des suites d'un arrêt cardiaque brutal": None}
    assert spanish == {"Se fue en paz y rodeado de los suyos": None}


def test_a_quotation_glued_to_the_colon_before_it_is_found() -> None:
    found = speakers(
        "Le navigateur Jean Le Cam a regagné le port. Le Cam a expliqué par radio :« Le bateau a heurté un objet "
        "flottant, je ne pouvais plus continuer. »",
        language="fr",
    )
    assert found == {"Le bateau a heurté un objet flottant, je ne pouvais plus continuer.": "Jean Le Cam"}


def test_a_slip_of_a_for_the_auxiliary_before_a_reporting_participle() -> None:
    found = speakers(
        "Le navigateur Hugues de Villiers a dû abandonner la course.",
        "Au pointage de midi, Marc Thiercelin est en tête, alors que Yann Eliès a doublé Louis Burton.",
        "De Villiers à indiqué par téléphone : « La quille s'est brisée dans la nuit, il n'y avait plus rien à faire. »",
        language="fr",
    )
    assert found == {"La quille s'est brisée dans la nuit, il n'y avait plus rien à faire.": "Hugues de Villiers"}


def test_a_possessive_description_is_someone_of_the_person_in_focus_not_that_person() -> None:
    unnamed = speakers(
        "Le chanteur Paul Girard est mort samedi à Lyon. « Il est parti en paix, entouré de sa famille », a déclaré "
        "son agent.",
        language="fr",
    )
    introduced = speakers(
        "L'ancien maire Paul Girard a été relaxé mardi. Son avocat, Jean Durand, s'est dit soulagé. « Mon client "
        "n'a jamais touché un centime de cet argent », a ajouté son avocat.",
        language="fr",
    )
    assert unnamed == {"Il est parti en paix, entouré de sa famille": None}
    assert introduced == {"Mon client n'a jamais touché un centime de cet argent": "Jean Durand"}


def test_whom_the_words_were_said_to_stands_between_the_verb_and_the_speaker() -> None:
    french = speakers(
        "Le syndicat a appelé à la grève. « Nous ne reculerons pas devant le gouvernement », a indiqué à la radio "
        "France Inter le secrétaire général de la CGT, Philippe Martinez.",
        "« Nous ne céderons rien face à la violence de ces groupes », a déclaré à la presse le chef de l'État, "
        "François Hollande.",
        language="fr",
    )
    spanish = speakers(
        "La patronal pidió más tiempo. «La reforma llega tarde y mal para las empresas», dijo a Efe el presidente "
        "de la CEOE, Antonio Garamendi.",
        language="es",
    )
    assert french == {"Nous ne reculerons pas devant le gouvernement": "Philippe Martinez",
                      "Nous ne céderons rien face à la violence de ces groupes": "François Hollande"}
    assert spanish == {"La reforma llega tarde y mal para las empresas": "Antonio Garamendi"}


def test_a_french_body_named_by_a_kind_and_an_adjective_speaks_for_itself() -> None:
    found = speakers(
        "Le président russe Vladimir Poutine a qualifié cette décision de « grave erreur qui pèsera sur nos "
        "relations futures ».",
        "Dans un communiqué, l'Élysée a affirmé que « la France condamne avec la plus grande fermeté cet attentat ».",
        "Dans un communiqué, le Parti socialiste a affirmé que « la France doit condamner sans réserve cet attentat "
        "odieux ».",
        language="fr",
    )
    assert found["la France doit condamner sans réserve cet attentat odieux"] == "Parti socialiste"


def test_a_capitalised_body_after_le_is_no_description_of_the_person_in_focus() -> None:
    found = speakers(
        "Le président russe Vladimir Poutine a qualifié cette décision de « grave erreur qui pèsera sur nos "
        "relations futures ».",
        "Dans un communiqué, le Quai d'Orsay a affirmé que « la France condamne avec la plus grande fermeté cet "
        "attentat ».",
        language="fr",
    )
    assert found["la France condamne avec la plus grande fermeté cet attentat"] != "Vladimir Poutine"


def test_a_surname_opening_with_a_capitalised_article_is_the_person_named_in_full() -> None:
    found = speakers(
        "La présidente du Front national, Marine Le Pen, était à Marseille. Le président François Hollande était à "
        "Paris.",
        "Le Pen a déclaré : « Nous ne laisserons pas faire cette réforme injuste pour les Français ».",
        language="fr",
    )
    assert found == {"Nous ne laisserons pas faire cette réforme injuste pour les Français": "Marine Le Pen"}


def test_a_statement_or_report_speaks_for_whoever_put_it_out_not_the_person_in_focus() -> None:
    french = speakers(
        "Dans un entretien accordé au Parisien, Ségolène Royal déclare que « la gauche doit se rassembler sans "
        "attendre ».",
        "Le communiqué de l'ONU précise que « la situation humanitaire se dégrade de jour en jour dans la région ».",
        language="fr",
    )
    assert french["la situation humanitaire se dégrade de jour en jour dans la région"] == "ONU"


def test_a_clause_opening_with_as_names_the_speaker_before_its_verb() -> None:
    """"As Dan Richter of Demand Media notes, “Sitcoms … are typically 22 minutes long”" came out of
    the Atlantic's sitcom essay with no speaker; German "Als" says when, not whose words."""
    found = speakers(
        "Sitcoms follow a recipe that writers learn quickly, and the Atlantic set out to find it.",
        "As Dan Richter of Demand Media notes, “Sitcoms, minus commercials, are typically 22 minutes long.”",
    )
    assert found == {"Sitcoms, minus commercials, are typically 22 minutes long.": "Dan Richter"}
    french = speakers(
        "Les sitcoms suivent une recette que les scénaristes apprennent vite, selon plusieurs études.",
        "Comme Marie Dupont l'a rappelé, « le format n'a pas changé depuis trente ans ».",
        language="fr",
    )
    assert french == {"le format n'a pas changé depuis trente ans": "Marie Dupont"}


def test_a_german_title_in_the_apposition_is_the_speakers_post_not_the_speaker() -> None:
    """"Booker Omole, Generalsekretär der CPM-K, sagte: »…«" was shown as said by "Generalsekretär"
    (an untuned Junge Welt page, 2026-12-02); "Sprecherin der Stadt" was already read as a post."""
    found = speakers(
        "Der Gipfel in Nairobi ging am Dienstag zu Ende, nachdem die Delegationen drei Tage verhandelt hatten.",
        "Booker Omole, Generalsekretär der CPM-K, sagte: »Wir werden diesen Gipfel nicht hinnehmen.«",
        language="de",
    )
    assert found == {"Wir werden diesen Gipfel nicht hinnehmen.": "Booker Omole"}
