"""Quotes of French news as fr.wikinews wrote it in 2005 (trial 19, real stories labelled before the bot ran
on them), rebuilt as invented stories of the same construction: a group speaking through its leader, a
middle initial after a first name, an acronym that leaves out some words of its name, and a clause opening
with `il` whose verb is followed by the person it speaks about."""

from __future__ import annotations

from tests.support.reading import speakers


def test_a_group_speaking_through_someone_is_quoted_as_that_person() -> None:
    found = speakers(
        "Les boulangers de la région, par la voix de Claire Morel, présidente de leur syndicat, expriment leur "
        "colère : « nous ne vendrons plus de pain à perte dès le mois prochain ».",
        "L'association a de son côté annoncé, par la voix de son président, Paul Girard, que « les procédures "
        "contre la mairie seront engagées sans attendre ».",
        language="fr",
    )
    assert found["nous ne vendrons plus de"] == "Claire Morel"
    assert found["les procédures contre la mairie"] == "Paul Girard"


def test_a_middle_initial_is_part_of_the_name_not_monsieur() -> None:
    found = speakers(
        "Toutefois, Ann M. Dupuis, directrice de l'agence, souligne que « la sécheresse reste la première cause "
        "des pertes de récoltes dans la région ».",
        "Ensuite M. Durand a ajouté : « nous ne reculerons pas devant cette menace ».",
        language="fr",
    )
    assert found["la sécheresse reste la première"] == "Ann M. Dupuis"
    assert found["nous ne reculerons pas devant"] == "Durand"


def test_an_acronym_leaving_out_words_stands_for_its_whole_name() -> None:
    found = speakers(
        "Le Conseil national des associations familiales de Bretagne (CNAB) a fait connaître sa position. Le "
        "CNAB souligne que « les familles rurales paient le prix le plus lourd de cette réforme ».",
        language="fr",
    )
    assert found["les familles rurales paient le"] == "Conseil national des associations familiales de Bretagne"


def test_the_name_after_the_verb_of_a_clause_opened_by_il_is_its_object() -> None:
    found = speakers(
        "Marc Lenoir a été élu président du parti dimanche. Il a ainsi qualifié M. Vidal de « fossoyeur d'un "
        "mouvement qui ne se reconnaît plus en lui ».",
        language="fr",
    )
    assert found["fossoyeur d'un mouvement qui ne"] == "Marc Lenoir"


def test_a_statement_called_back_keeps_its_body_and_the_d_inside_its_name() -> None:
    found = speakers(
        "L'Armée d'Al-Nour Al-Jadid a revendiqué l'attaque sur son site internet. Le communiqué précise qu'il "
        "s'agirait d'une riposte pour « nos camarades détenus dans vos prisons », et la justifie comme une réponse "
        "aux « soldats étrangers qui occupent encore nos villages ».",
        language="fr",
    )
    assert found["nos camarades détenus dans vos"] == "Armée d'Al-Nour Al-Jadid"
    assert found["soldats étrangers qui occupent encore"] == "Armée d'Al-Nour Al-Jadid"


def test_slogans_placards_glosses_and_report_titles_are_no_ones_words() -> None:
    found = speakers(
        "Ses panneaux géants portent des slogans tels « Votons Martin pour une ville propre et sûre ». Son rival "
        "se contente de petites affiches : « Ni promesses, ni cadeaux aux amis du maire » et fait campagne à pied.",
        "Le nouveau parti Union Rurale Démocratique (URD, « Union pour la terre et pour les villages ») a tenu son "
        "congrès. L'agence a publié le premier « Rapport mondial sur la sécheresse des sols ».",
        "Son président, Marc Lenoir, a déclaré : « nous ne laisserons pas mourir les campagnes françaises ».",
        language="fr",
    )
    assert found == {"nous ne laisserons pas mourir": "Marc Lenoir"}


def test_a_firms_management_speaks_as_the_firm_whose_name_keeps_its_plus() -> None:
    found = speakers(
        "Canal+ a déclaré : « nous exprimons nos regrets à tous les téléspectateurs ».",
        "La direction de Renault a déclaré : « nous maintiendrons l'usine ouverte jusqu'à la fin de l'année ».",
        language="fr",
    )
    assert found["nous exprimons nos regrets à"] == "Canal+"
    assert found["nous maintiendrons l'usine ouverte jusqu'à"] == "Renault"


def test_a_gerund_after_a_quotation_goes_on_with_its_speaker_not_a_later_clause() -> None:
    found = speakers(
        "Bertrand Lefort et son compagnon ont annoncé leur pourvoi en cassation dès mardi.",
        "Ils iront ensuite devant la Cour européenne des droits de l'homme, M. Lefort argüant de sa volonté de "
        "voir « chacun avoir droit à la même loi », affirmant en outre que, selon lui, « la justice a choisi de "
        "laisser les couples comme nous au bord du chemin », tandis que son compagnon affirmait sa patience "
        "afin d'obtenir, selon ses dires, « le droit de vivre comme tout le monde ».",
        language="fr",
    )
    assert found["chacun avoir droit à la"] == "Bertrand Lefort"
    assert found["la justice a choisi de"] == "Bertrand Lefort"


def test_a_post_named_earlier_stands_for_its_holder_and_not_for_someone_of_another_post() -> None:
    french = speakers(
        "Le Premier ministre Jean Castel a présenté son plan lundi. Marie Lenoir estime que « le gouvernement a "
        "perdu toute crédibilité sur ce dossier ». Le Premier ministre a ensuite rappelé que « la France tiendra "
        "ses engagements climatiques sans faiblir ».",
        language="fr",
    )
    german = speakers(
        "Laut Polizeisprecher Jan Ott „gab es keine Verletzten bei dem Einsatz“.",
        "Die Ministerin erklärte: Man werde die Schulen nicht schließen, „solange die Zahlen so niedrig bleiben "
        "wie jetzt“.",
        language="de",
    )
    assert french["la France tiendra ses engagements"] == "Jean Castel"
    assert german["solange die Zahlen so niedrig"] is None


def test_selon_les_termes_de_a_body_gives_its_words_under_its_spelt_out_name() -> None:
    found = speakers(
        "Le Conseil supérieur de l'audiovisuel (CSA) a ordonné l'arrêt de la diffusion. Une série diffusée sur la "
        "chaîne, selon les termes du CSA, « présente systématiquement les voisins de manière avilissante ».",
        language="fr",
    )
    assert found["présente systématiquement les voisins de"] == "Conseil supérieur de l'audiovisuel"


def test_a_relative_clause_after_appositions_hangs_on_the_person_they_describe() -> None:
    found = speakers(
        "Sur ce point, il a d'ailleurs reçu le soutien de Jaime Navarro, maire de Cuenca, ville la plus ancienne "
        "du pays, qui a notamment déclaré que les habitants devaient « apprendre à respecter la Constitution, que "
        "la situation leur plaise ou non ».",
        language="fr",
    )
    assert found["apprendre à respecter la Constitution,"] == "Jaime Navarro"


def test_a_quotation_left_open_at_the_storys_end_is_found_past_an_elision() -> None:
    found = speakers(
        "Le bébé a été rendu à ses parents, Jenita et Murugan Selvaraj. Lors de la décision, M. Selvaraj dit "
        "« Je suis tellement heureux, et je n'ai que Dieu à remercier. Nous avons les résultats pour nos épreuves.",
        language="fr",
    )
    assert found["Je suis tellement heureux, et"] == "Murugan Selvaraj"
