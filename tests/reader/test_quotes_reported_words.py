"""Quotations met on real news pages whose speaker is easy to get wrong: words someone said, passed
on by whoever reports them (prosecutors, an office), and bodies named in full."""

from __future__ import annotations

from tests.support.reading import speakers_by_text as speakers


def test_a_threat_quoted_by_prosecutors_is_the_defendants_words() -> None:
    found = speakers(
        "A New York man pleaded guilty Monday to threatening to kill U.S. Rep. Ilhan Omar, prosecutors said.",
        "Patrick W. Carlineo Jr., 55, pleaded guilty to threatening a United States official, the U.S. "
        "Attorney's Office for the Western District of New York said in a statement.",
        "He was arrested in April for the March 21 call to the offices of Omar.",
        "During the call, he asked about the Muslim Brotherhood, called Omar a “terrorist” and said, "
        "“somebody ought to put a bullet in her skull,” the prosecutor’s office said. Omar is one of the first "
        "two Muslim women elected to Congress.",
        "The staff member who reported the call recalled that he said, \"I'll put a bullet in her (expletive) "
        "skull,\" the U.S. attorney's office said.",
    )
    assert found == {
        "somebody ought to put a bullet in her skull": "Patrick W. Carlineo Jr.",
        "I'll put a bullet in her (expletive) skull": "Patrick W. Carlineo Jr.",
    }


def test_the_person_a_pronoun_names_as_its_object_is_not_who_it_stands_for() -> None:
    found = speakers(
        "Tom Reyes was arrested on Friday.",
        "He called Anna Berg a “liar” and said, “this will not be the last time you hear from me,” "
        "police said.",
    )
    assert found == {"this will not be the last time you hear from me": "Tom Reyes"}


def test_a_group_named_with_for_is_shown_by_its_whole_name_never_its_tail() -> None:
    found = speakers(
        "The doctors, members of a recently formed group Doctors for Camp Closure, D4CC, have offered to "
        "stage a mobile flu vaccine clinic at no cost to the government.",
        "“In our professional medical opinion, this alarming mortality rate constitutes an emergency,” says "
        "the letter signed by seven physicians.",
        "“We are ready to start the clinic this week,” Doctors for Camp Closure said in a statement.",
        "The doctors said they would work with the agency to “create a system to ensure that the majority of "
        "migrant families” are vaccinated.",
    )
    assert found == {
        "In our professional medical opinion, this alarming mortality rate constitutes an emergency": None,
        "We are ready to start the clinic this week": "Doctors for Camp Closure",
        "create a system to ensure that the majority of migrant families": None,
    }


def test_french_bodies_named_the_french_way_speak_by_their_whole_name() -> None:
    found = speakers(
        "Les pluies ont continué toute la nuit dans le sud du pays.",
        "L'Organisation mondiale de la santé juge la situation sanitaire « préoccupante mais encore sous "
        "contrôle dans la région ».",
        "La Ligue des droits de l'homme a publié un communiqué mercredi. L'association dénonce « une dérive "
        "inquiétante des contrôles d'identité dans les quartiers populaires ».",
        "D'après l'Observatoire français des drogues et des tendances addictives, « la consommation régulière "
        "a reculé de trois points en cinq ans ».",
        "Le Conseil constitutionnel, saisi par les députés, estime que la loi « ne porte pas une atteinte "
        "disproportionnée à la liberté d'entreprendre ».",
        "Selon Marie Lefèvre, directrice de l'enquête, « les chiffres montrent un changement durable des habitudes ».",
        language="fr",
    )
    assert found == {
        "préoccupante mais encore sous contrôle dans la région": "Organisation mondiale de la santé",
        "une dérive inquiétante des contrôles d'identité dans les quartiers populaires": "Ligue des droits de l'homme",
        "la consommation régulière a reculé de trois points en cinq ans":
            "Observatoire français des drogues et des tendances addictives",
        "ne porte pas une atteinte disproportionnée à la liberté d'entreprendre": "Conseil constitutionnel",
        "les chiffres montrent un changement durable des habitudes": "Marie Lefèvre",
    }


def test_a_french_body_described_with_no_reporting_verb_is_the_body_named_before() -> None:
    found = speakers(
        "L'association Familles de France a obtenu gain de cause devant le tribunal mardi.",
        "L'association y voit « une victoire pour toutes les familles du département ».",
        "La préfecture de la Gironde a interdit la manifestation prévue samedi. La préfecture évoque « un "
        "risque sérieux de troubles à l'ordre public ».",
        language="fr",
    )
    assert found == {
        "une victoire pour toutes les familles du département": "Familles de France",
        "un risque sérieux de troubles à l'ordre public": "préfecture de la Gironde",
    }


def test_a_quotation_run_on_into_the_next_paragraph_mid_sentence_is_one_quote() -> None:
    found = speakers(
        "Le festival a annulé trois concerts après les orages de mardi.",
        "« Nous espérons rouvrir dès le 28 juillet avec le concert de clôture,",
        "« et nous étudions la possibilité de reporter les trois soirées annulées à la fin du mois d'août », "
        "a ajouté le directeur du festival, Laurent Mercier.",
        language="fr",
    )
    assert found == {
        "Nous espérons rouvrir dès le 28 juillet avec le concert de clôture, et nous étudions la possibilité "
        "de reporter les trois soirées annulées à la fin du mois d'août": "Laurent Mercier",
    }


def test_the_body_a_generic_noun_stands_for_is_the_one_named_just_before() -> None:
    found = speakers(
        "Un sismo de magnitud 6,1 sacudió este miércoles el estado de Oaxaca.",
        "El gobernador de Oaxaca, Gabino Ortiz, dijo que \"las brigadas ya recorren las comunidades más alejadas\".",
        "El Servicio Sismológico Nacional precisó en un comunicado que el epicentro se localizó al sur de "
        "Pinotepa Nacional. \"No se descarta que se presenten réplicas en las próximas horas\", advirtió el organismo.",
        language="es",
    )
    assert found["No se descarta que se presenten réplicas en las próximas horas"] == "Servicio Sismológico Nacional"


def test_a_german_description_then_the_medium_told_is_the_person_brought_in_just_before() -> None:
    found = speakers(
        "Intendant Markus Leitner verteidigte die gestiegenen Ticketpreise. Die Festspiele müssten sich „zu mehr "
        "als drei Vierteln selbst finanzieren“, erklärte er.",
        "Kritik kam vom Salzburger Landtagsabgeordneten Christian Stöckl von den Grünen. „Die Festspiele werden "
        "immer mehr zu einem Fest für wenige“, sagte der Kulturpolitiker der Nachrichtenagentur APA.",
        "Der Tourismusverband Salzburg zeigte sich dagegen zufrieden. Die Hotels seien im August „zu 95 Prozent "
        "ausgelastet gewesen“, teilte der Verband mit.",
        language="de",
    )
    assert found == {
        "zu mehr als drei Vierteln selbst finanzieren": "Markus Leitner",
        "Die Festspiele werden immer mehr zu einem Fest für wenige": "Christian Stöckl",
        "zu 95 Prozent ausgelastet gewesen": "Tourismusverband Salzburg",
    }


def test_someone_unnamed_at_a_school_named_after_a_person_speaks_as_no_one_named() -> None:
    found = speakers(
        "El ministro de Educación provincial, Walter Grahovac, calificó la medida de «injusta con los chicos y "
        "con las familias».",
        "Una docente de la escuela Manuel Belgrano, que prefirió no dar su nombre, explicó que trabaja en dos "
        "turnos. «Salgo de casa a las siete y vuelvo a las nueve de la noche», dijo.",
        language="es",
    )
    assert found == {
        "injusta con los chicos y con las familias": "Walter Grahovac",
        "Salgo de casa a las siete y vuelvo a las nueve de la noche": None,
    }


def test_a_pronoun_after_an_unnamed_post_holder_or_someone_unnamed_names_no_one_else() -> None:
    french = speakers(
        "Pour Karim Benali, délégué CGT du site, « la direction a organisé la baisse des commandes ».",
        "Le ministre du Redressement productif a annoncé l'ouverture d'une mission de médiation. « L'État ne "
        "restera pas les bras croisés », a-t-il déclaré jeudi à l'Assemblée nationale.",
        language="fr",
    )
    german = speakers(
        "Der sächsische Umweltminister Jürgen Hofmann kündigte Soforthilfen an. „Niemand wird vom Freistaat "
        "allein gelassen“, sagte der CDU-Politiker.",
        "Ein Anwohner aus Laubegast, der seit 40 Jahren an der Elbe wohnt, zeigte sich gelassen. „Das Wasser "
        "kommt, und das Wasser geht“, sagte der 68-Jährige.",
        language="de",
    )
    assert french == {
        "la direction a organisé la baisse des commandes": "Karim Benali",
        "L'État ne restera pas les bras croisés": None,
    }
    assert german == {
        "Niemand wird vom Freistaat allein gelassen": "Jürgen Hofmann",
        "Das Wasser kommt, und das Wasser geht": None,
    }


def test_a_person_of_a_body_and_a_body_for_a_cause_are_shown_whole() -> None:
    found = speakers(
        "Pompeo said that Washington had concluded the settlements were legal.",
        "The United Nations High Commissioner for Human Rights said the US decision did \"not modify existing "
        "international law, nor its interpretation by the court\".",
        "\"We will look at the decision with our partners in the next weeks,\" John Smith of Acme said.",
    )
    assert found == {
        "not modify existing international law, nor its interpretation by the court":
            "United Nations High Commissioner for Human Rights",
        "We will look at the decision with our partners in the next weeks": "John Smith",
    }


def test_he_in_a_sentence_opening_with_a_man_is_him_not_the_woman_who_spoke_before() -> None:
    found = speakers(
        "Patrick Carlineo Jr., 55, pleaded guilty to threatening to assault and murder a U.S. official.",
        "Sonya A. Zoghlin, Carlineo’s attorney, told The Hill that her client did not intend to cause harm.",
        "“Pat Carlineo is passionate about his political beliefs,” she said in an email.",
        "Carlineo was arrested in April for a March 21 phone call he reportedly made to Omar’s office, in which "
        "he said he’d put a “bullet in her f---ing skull.”",
    )
    assert found == {
        "Pat Carlineo is passionate about his political beliefs": "Sonya A. Zoghlin",
        "bullet in her f---ing skull.": "Patrick Carlineo Jr.",
    }


def test_a_commanders_abbreviated_rank_is_not_part_of_his_name() -> None:
    found = speakers(
        "Cmdr. Sean Robertson, a spokesperson for Inherent Resolve, told reporters on Monday that the claim "
        "“is patently false and designed to deflect blame.”",
    )
    assert found == {"is patently false and designed to deflect blame.": "Sean Robertson"}


def test_he_and_she_keep_apart_a_mother_and_her_son_quoted_in_turn() -> None:
    found = speakers(
        "“I felt strange as soon as the anesthesia started to wear off,” Mary Steenburgen said. “Everything "
        "anybody said to me became musical.”",
        "Steenburgen wasn’t thrilled about the change. “I couldn’t focus, I couldn’t have acted,” she said.",
        "Steenburgen’s son, filmmaker Charlie McDowell, also remembers it as a trying time. “If your mom says that "
        "her head is now full of music, you think she has gone crazy,” he said. “All of a sudden she was "
        "playing the accordion,” McDowell laughed. “When I say all this out loud it sounds insane. It was "
        "definitely a change. We did not know what to expect. None of us did.”",
        "Despite the paucity of roles for women in their fifties, the actress wasn’t itching to do something else. "
        "“I had been somebody who really liked music,” she said.",
    )
    assert found["If your mom says that her head is now full of music, you think she has gone crazy. All of a sudden "
                 "she was playing the accordion"] == "Charlie McDowell"
    assert found["I had been somebody who really liked music"] == "Mary Steenburgen"
