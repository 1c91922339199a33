"""Quotes of the thirteenth round: a body or paper referred back to by a general noun, a person
re-mentioned by a role, a speaker only in a possessive, German word order and names."""

from __future__ import annotations

from tests.support.reading import speakers


def test_german_report_named_by_its_body_then_called_the_report() -> None:
    found = speakers(
        "Die Wälder im Süden leiden seit Jahren unter Trockenheit.",
        "In einem Bericht der Bayerischen Forstverwaltung von 2019 heißt es, die Fichte habe "
        "„in tiefen Lagen keine Zukunft mehr“. Der Bericht fügt hinzu, der Umbau sei „nur mit "
        "großer Geduld und viel Geld zu schaffen“.",
        language="de",
    )
    assert found["nur mit großer Geduld und"] == "Bayerische Forstverwaltung"


def test_german_court_called_the_court_after_its_compound_name() -> None:
    found = speakers(
        "Der Streit um die Windräder ging bis vor das Oberverwaltungsgericht.",
        "„Der Schutz der Anwohner hat Vorrang vor dem Ausbau“, so das Oberverwaltungsgericht. Das Gericht "
        "betonte weiter, die Gemeinde habe „ihre Pflicht zur Abwägung gröblich verletzt“.",
        language="de",
    )
    assert found["ihre Pflicht zur Abwägung gröblich"] == "Oberverwaltungsgericht"


def test_spanish_report_of_a_body_whose_name_runs_past_y() -> None:
    found = speakers(
        "La pobreza rural bajó durante la década.",
        'Un informe del Instituto Nacional de Estadística y Censos publicado en 2015 concluyó que los hogares '
        '"gastan más de la mitad de sus ingresos en comida". Según el informe, sin embargo, las ciudades '
        '"concentran la mayor parte de la desigualdad del país".',
        language="es",
    )
    assert found["gastan más de la mitad"] == "Instituto Nacional de Estadística y Censos"
    assert found["concentran la mayor parte de"] == "Instituto Nacional de Estadística y Censos"


def test_french_report_whose_author_opens_the_sentence_before() -> None:
    found = speakers(
        "Dans un rapport publié lundi, la cour régionale des comptes de Bretagne critique la gestion du port de Brest.",
        "Le rapport relève que « les travaux engagés depuis 2009 n'ont jamais été évalués sérieusement ».",
        language="fr",
    )
    assert found["les travaux engagés depuis 2009"] == "cour régionale des comptes de Bretagne"


def test_german_word_before_the_verb_is_no_speaker_when_the_subject_follows_it() -> None:
    found = speakers(
        "Das Urteil wurde in der Fachwelt unterschiedlich aufgenommen.",
        "Skeptischer äußerte sich die Verwaltungsrechtlerin Petra Holzner: „Die Richter haben "
        "eine Tür geöffnet, die sie nicht mehr schließen können.“",
        language="de",
    )
    assert found["Die Richter haben eine Tür"] == "Petra Holzner"


def test_german_relative_clause_speaker_is_the_name_before_the_verb_final_clause() -> None:
    found = speakers(
        "Die Kapelle am See ist ein Bau des 12. Jahrhunderts.",
        "Sie wurde 1188 von Gräfin Mechthild von Arnsberg gestiftet, die in ihrem Testament schrieb, "
        "die Kapelle solle „allen Fischern des Sees eine Zuflucht in Sturm und Not sein“.",
        language="de",
    )
    assert found["allen Fischern des Sees eine"] == "Mechthild von Arnsberg"


def test_german_politician_called_by_the_role_his_apposition_gave() -> None:
    found = speakers(
        "Klaus Berger, Politiker der Grünen, hat den Plan scharf kritisiert.",
        "Die Stadt will die Bäume fällen. Bürgermeisterin Anna Roth verteidigte das Vorhaben: „Die Bäume "
        "sind krank und gefährden die Fußgänger.“ „Das ist ein Vorwand, um Parkplätze zu bauen“, sagte der Politiker.",
        language="de",
    )
    assert found["Die Bäume sind krank und"] == "Anna Roth"
    assert found["Das ist ein Vorwand, um"] == "Klaus Berger"


def test_speaker_named_only_as_the_owner_of_the_words() -> None:
    german = speakers(
        "Woodrow Wilson wollte Europa nach dem Krieg neu ordnen.",
        "Wilsons Worte „Die Welt muss sicher gemacht werden für die Demokratie“ wurden berühmt.",
        language="de",
    )
    spanish = speakers(
        "La guerra cambió la política exterior de Estados Unidos.",
        'La misión de Woodrow Wilson de "hacer el mundo seguro para la democracia" guió a su gobierno.',
        language="es",
    )
    assert german == {"Die Welt muss sicher gemacht": "Woodrow Wilson"}
    assert spanish == {"hacer el mundo seguro para": "Woodrow Wilson"}


def test_german_words_in_a_paper_of_a_body_named_before() -> None:
    found = speakers(
        "Der Kirchentag von Lindau tagte im Herbst 1871 drei Tage lang.",
        "„Kein Gläubiger darf wegen seiner Herkunft von der Gemeinde ausgeschlossen werden“, heißt es in "
        "der Schlusserklärung des Kirchentags, die am letzten Tag verlesen wurde.",
        language="de",
    )
    assert found["Kein Gläubiger darf wegen seiner"] == "Kirchentag von Lindau"


def test_german_subject_after_the_modal_of_a_clause_opening_with_a_phrase() -> None:
    found = speakers(
        "Der Bischof Anton Reisinger leitete die Verhandlungen.",
        "Nach dem Bericht eines Wiener Gesandten soll Reisinger mehrfach gedroht haben, „die Verhandlungen "
        "ohne jedes Ergebnis abzubrechen“.",
        language="de",
    )
    assert found["die Verhandlungen ohne jedes Ergebnis"] == "Anton Reisinger"


def test_german_body_in_apposition_to_its_role_and_a_spokeswoman_of_a_district() -> None:
    found = speakers(
        "In einer Lagerhalle im Hafen von Duisburg brach am Morgen ein Feuer aus.",
        "Laut einer Sprecherin des Kreises Wesel wurden „vorsorglich drei Schulen in der Nähe geschlossen“.",
        "Der Betreiber, die Hafenlager GmbH, teilte mit, man arbeite „eng mit der Feuerwehr und den Behörden zusammen“.",
        language="de",
    )
    assert found["vorsorglich drei Schulen in der"] == "Kreis Wesel"
    assert found["eng mit der Feuerwehr und"] == "Hafenlager GmbH"


def test_spanish_relative_clause_with_an_object_pronoun_or_a_possessive_relative() -> None:
    found = speakers(
        "El caso llegó al Tribunal Supremo en 1998.",
        "La sentencia fue citada en 2005 por la Corte Interamericana de Derechos Humanos, que la describió "
        'como "un modelo de protección de la libertad de prensa".',
        "La teoría fue rechazada por la Real Academia de Ciencias Exactas, cuyo anuario la calificó de "
        '"hipótesis sin ningún apoyo en las mediciones".',
        language="es",
    )
    assert found["un modelo de protección de"] == "Corte Interamericana de Derechos Humanos"
    assert found["hipótesis sin ningún apoyo en"] == "Real Academia de Ciencias Exactas"


def test_german_passive_describing_in_a_bodys_report_and_a_council_that_ruled() -> None:
    found = speakers(
        "Das Moor gilt heute als wichtiger Speicher für Kohlenstoff.",
        "In einem Gutachten des Bundesamts für Naturschutz von 2018 wird es als „eines der wertvollsten "
        "Feuchtgebiete Norddeutschlands“ bezeichnet.",
        "Der Stadtrat entschied 1996 gegen den Torfabbau. In dem Beschluss heißt es, das Moor müsse "
        "„für kommende Generationen ungestört erhalten bleiben“.",
        language="de",
    )
    assert found["eines der wertvollsten Feuchtgebiete Norddeutschlands"] == "Bundesamt für Naturschutz"
    assert found["für kommende Generationen ungestört erhalten"] == "Stadtrat"


def test_german_roles_and_relations_before_a_name_are_not_part_of_it() -> None:
    found = speakers(
        "Die Sternwarte am Brocken wurde 1902 von dem Amateurastronomen Heinrich Paul Lenz gegründet. "
        "Lenz wollte nach eigenen Worten „den Sternenhimmel auch den Bauern und Arbeitern zeigen“.",
        "Berühmt wurde sie durch Lenz' Sohn Karl Lenz. Die Deutsche Meteorologische Gesellschaft würdigte ihn als "
        "„einen Beobachter von seltener Geduld und Sorgfalt“. Lenz' Enkelin Anna Lenz schrieb später: „Mein Großvater "
        "hat nie an Ruhm gedacht, nur an den Himmel.“",
        language="de",
    )
    assert found["den Sternenhimmel auch den Bauern"] == "Heinrich Paul Lenz"
    assert found["einen Beobachter von seltener Geduld"] == "Deutsche Meteorologische Gesellschaft"


def test_german_official_called_by_the_end_of_her_compound_title_and_not_whom_she_told() -> None:
    found = speakers(
        "Die Umweltsenatorin Petra Wiegand (Grüne) verteidigte den Plan.",
        "„Wir können die Innenstadt nicht länger den Autos überlassen“, erklärte die Senatorin gegenüber Radio Hamburg.",
        "„Ohne diese Reform wären die Straßen bald völlig verstopft“, urteilt der Verkehrsforscher Uwe Brandt.",
        language="de",
    )
    assert found["Wir können die Innenstadt nicht"] == "Petra Wiegand"
    assert found["Ohne diese Reform wären die"] == "Uwe Brandt"


def test_spanish_writer_in_the_present_and_en_opinion_de() -> None:
    found = speakers(
        "El puerto vivió su mejor época en el siglo XVIII.",
        '"Cádiz fue durante un siglo la puerta de América", escribe el historiador Julián Robles en su libro. '
        'En opinión de Robles, la crisis de 1820 puso fin a "una prosperidad que parecía no tener límites".',
        language="es",
    )
    assert found == {"Cádiz fue durante un siglo": "Julián Robles", "una prosperidad que parecía no": "Julián Robles"}


def test_prize_winner_called_the_laureate() -> None:
    found = speakers(
        "Le prix Goncourt des lycéens a été décerné jeudi à la romancière Claire Vautrin pour son premier roman.",
        "Le président du jury, Paul Oster, a salué « un livre juste, drôle et d'une grande liberté ».",
        "Interrogée par France Inter, la lauréate a confié : « Je n'aurais jamais cru que des lycéens liraient ce livre. »",
        language="fr",
    )
    assert found["un livre juste, drôle et"] == "Paul Oster"
    assert found["Je n'aurais jamais cru que"] == "Claire Vautrin"


def test_spanish_noble_title_and_a_historian_who_sums_up() -> None:
    found = speakers(
        "El puerto de Ferrol se amplió entre 1750 y 1790.",
        'La obra fue impulsada por el conde de Aranda, quien la consideraba "la llave de todo el comercio del norte". '
        '"Sin Ferrol, la Armada no habría sobrevivido al siglo", resume la historiadora Elena Caamaño.',
        language="es",
    )
    assert found == {"la llave de todo el": "conde de Aranda", "Sin Ferrol, la Armada no": "Elena Caamaño"}


def test_german_text_of_the_body_in_focus_and_a_body_named_with_von() -> None:
    found = speakers(
        "Die Schiffergilde von Emden war eine Vereinigung der Schiffer in der Stadt Emden.",
        "In ihrer Satzung von 1520 heißt es, kein Schiffer dürfe „an einem Sonntag oder Feiertag den Hafen verlassen“.",
        language="de",
    )
    assert found == {"an einem Sonntag oder Feiertag": "Schiffergilde von Emden"}


def test_german_first_name_that_is_a_month_and_a_spokesman_of_an_association() -> None:
    found = speakers(
        "Die Brücke wurde 1870 nach Plänen des Ingenieurs August Brenneke gebaut.",
        "Brenneke erklärte, seine Berechnungen seien „vielfach geprüft und ohne jeden Fehler“. Ein Sprecher "
        "des Bauernverbands sagte, die Brücke werde „den Höfen im Tal endlich Zugang zum Markt verschaffen“.",
        language="de",
    )
    assert found["vielfach geprüft und ohne jeden"] == "August Brenneke"
    assert found["den Höfen im Tal endlich"] == "Bauernverband"


def test_german_body_named_by_a_compound_and_its_city() -> None:
    found = speakers(
        "Nach dem Sturm von 1899 musste der Damm erneuert werden.",
        "Die Königliche Wasserbaudirektion Hannover räumte in einem Bericht ein, man habe „die Kraft der Sturmflut unterschätzt“.",
        language="de",
    )
    assert found == {"die Kraft der Sturmflut unterschätzt": "Königliche Wasserbaudirektion Hannover"}


def test_german_speaker_before_a_colon_that_opens_reported_speech() -> None:
    found = speakers(
        "Der Agrarhistoriker Jens Petersen nennt die Reform „einen Sieg der kleinen Bauern“.",
        "„Ohne diese Reform wären die Dörfer leer geworden“, urteilt die Historikerin Maren Lüth. Ihr Kollege "
        "Petersen hält dagegen: Die Reform habe „vor allem den reichen Höfen genützt“.",
        language="de",
    )
    assert found["Ohne diese Reform wären die"] == "Maren Lüth"
    assert found["vor allem den reichen Höfen"] == "Jens Petersen"


def test_ministry_called_back_by_its_head_noun_and_a_german_pronoun_after_a_fronted_phrase() -> None:
    spanish = speakers(
        "En una carta al Ministerio de Fomento, el director pidió más fondos.",
        'El Ministerio respondió que no podía "atender todas las peticiones de los centros de investigación".',
        language="es",
    )
    german = speakers(
        "Der Prediger Martin Vogt wirkte ab 1528 in Memmingen.",
        "In einer Predigt von 1533 warnte er, die Täufer würden „die Gemeinde in tausend kleine Gruppen zerreißen“.",
        language="de",
    )
    assert spanish == {"atender todas las peticiones de": "Ministerio de Fomento"}
    assert german == {"die Gemeinde in tausend kleine": "Martin Vogt"}


def test_article_of_a_law_speaks_for_the_law() -> None:
    found = speakers(
        "La Ley de Montes de 1863 fue la primera ley forestal de España.",
        "La norma protegió los bosques públicos. El artículo primero establece que son del Estado "
        '"los montes que no pertenezcan a particulares ni a los pueblos".',
        language="es",
    )
    assert found == {"los montes que no pertenezcan": "Ley de Montes de 1863"}


def test_spokesman_of_the_authority_just_named() -> None:
    found = speakers(
        "In einer Lagerhalle in Gelsenkirchen ist ein Feuer ausgebrochen.",
        "Die Staatsanwaltschaft Bochum hat Ermittlungen aufgenommen. Ein Sprecher der Behörde sagte: "
        "„Wir schließen derzeit nichts aus.“",
        language="de",
    )
    assert found == {"Wir schließen derzeit nichts aus.": "Staatsanwaltschaft Bochum"}


def test_french_management_speaks_for_the_group_named_before() -> None:
    found = speakers(
        "Le groupe Verallia a annoncé jeudi la fermeture de sa verrerie de Cognac. Quatre-vingts salariés sont concernés.",
        "« Le site n'est plus rentable depuis des années », a expliqué le directeur, Paul Roux. Selon la direction, "
        "les pertes ont atteint « près de deux millions d'euros par an ».",
        language="fr",
    )
    assert found["près de deux millions d'euros"] == "Verallia"


def test_spanish_academy_named_with_de_la_and_called_back_as_la_academia() -> None:
    found = speakers(
        "En 1835 los monjes fueron expulsados.",
        'Un informe de la Real Academia de Bellas Artes de 1850 denunció que muchos cuadros habían sido "vendidos '
        'a bajo precio en las ferias". La Academia pidió al gobierno que recuperara "cuanto aún pudiera salvarse '
        'de la colección".',
        language="es",
    )
    assert found["vendidos a bajo precio en"] == "Real Academia de Bellas Artes"
    assert found["cuanto aún pudiera salvarse de"] == "Real Academia de Bellas Artes"


def test_spanish_year_between_the_verb_and_its_subject() -> None:
    found = speakers(
        "Hoy la mayor parte de los mapas se conserva en Sevilla.",
        '"Cada uno de estos mapas es una pieza única de nuestra historia", afirmó en 2009 la directora del '
        "Archivo de Indias, Carmen Vidal Roca.",
        language="es",
    )
    assert found == {"Cada uno de estos mapas": "Carmen Vidal Roca"}
