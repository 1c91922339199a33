"""Speakers of the classes untuned French pages showed (trafilatura's, fundus's, Readability's and Postlight's
test pages, round 27; invented sentences here): an incise's pronoun after a scene-setting phrase, a first name after
`comme nous le raconte`, `pour lui` before a colon, a post after `à cette occasion` or `au quotidien`, `a fait
valoir`, `pour X que … :`, a body that goes on as `il`, `d'après le récit qu'elle livre`, a post written out in full (`le juge en chef`)
and a place that only a name introduced later holds."""

from __future__ import annotations

from tests.support.reading import speakers_by_text


def _speakers(*paragraphs: str) -> list[str | None]:
    return list(speakers_by_text(*paragraphs, language="fr").values())


def test_a_scene_phrase_before_a_name_gives_her_no_gender() -> None:
    assert _speakers(
        "Devant ses élèves dans le gymnase C, Anne-Laure Vidal, professeur de sport, défend sa position.",
        "« Ce projet, c'est la fin des cours de natation pour tous, affirme-t-elle. Nous ne pouvons pas "
        "laisser faire une chose pareille sans réagir. »",
    ) == ["Anne-Laure Vidal"]


def test_a_first_name_after_comme_nous_le_raconte_speaks() -> None:
    assert _speakers(
        "Le problème touche aussi les remplaçants, comme nous le raconte Karim, 29 ans, professeur de musique. "
        "« Je ne sais pas si je serai payé ce mois-ci, confie-t-il. Mon contrat se termine dans deux semaines. »",
    ) == ["Karim"]


def test_pour_lui_before_a_colon_is_his_view() -> None:
    assert _speakers(
        "Paul Arnaud, chargé de cours, a perdu son contrat en janvier.",
        "« Je vais devoir chercher un autre travail très vite », soupire-t-il.",
        "Pourtant, l'enseignement reste pour lui une passion : « J'ai choisi ce métier pour transmettre "
        "ce que j'aime à mes étudiants. »",
    ) == ["Paul Arnaud", "Paul Arnaud"]


def test_a_post_after_when_it_was_said_is_its_holder() -> None:
    assert _speakers(
        "Le ministre de l'Agriculture Paul Verdier a reçu les éleveurs vendredi.",
        "« Je ne compte pas revenir sur cette réforme avant l'été prochain », a déclaré à cette occasion "
        "le ministre de l'Agriculture.",
    ) == ["Paul Verdier"]


def test_a_fait_valoir_and_whom_it_was_said_to() -> None:
    assert _speakers(
        "Anton Weber, le chancelier autrichien, a critiqué les règles budgétaires de l'Union.",
        "Des sanctions plus dures « forceront chaque pays à tenir ses engagements envers ses voisins », a fait "
        "valoir le chancelier au quotidien italien.",
    ) == ["Anton Weber"]


def test_a_thing_named_before_a_name_gives_her_no_gender() -> None:
    assert _speakers(
        "Un soir, il reçoit le message d'une amie, Lise Moreau, qui vivait autrefois dans la même rue que lui.",
        "Lise n'a pas oublié ces années. « Chaque fois que je pense à cette rue, je revois nos jeux d'enfants, "
        "écrit-elle. Ces souvenirs me suivent encore partout où je vais. »",
    ) == ["Lise Moreau"]


def test_a_french_body_goes_on_as_il() -> None:
    assert _speakers(
        "« Les équipes ont contrôlé plus de trois cents fermes au cours du mois dernier », rapporte le ministère "
        "de l'Agriculture dans un communiqué.",
        "Il précise que les éleveurs « devront présenter leurs registres avant la fin de l'année ».",
    ) == ["ministère de l'Agriculture", "ministère de l'Agriculture"]


def test_an_account_it_is_according_to_leaves_the_subject_before() -> None:
    assert _speakers(
        "Le président a reçu mardi Claire Perrin, la secrétaire générale du syndicat.",
        "Pour cette rencontre, Mme Perrin est « arrivée avec ses propres dossiers sous le bras », d'après le récit "
        "qu'elle livre au journal.",
    ) == ["Claire Perrin"]


def test_a_post_written_out_in_full_is_the_one_person_it_introduced() -> None:
    assert _speakers(
        "Le juge Marc Leroy a quitté le dossier la semaine dernière.",
        "C'est le juge en chef de la cour d'appel, Henri Duval, qui nommera son remplaçant.",
        "Avant l'audience, le juge en chef avait déclaré au journal que « le juge Leroy n'a commis aucune faute "
        "en assistant à cette réception ».",
    ) == ["Henri Duval"]


def test_a_place_only_a_later_name_holds_is_no_one_a_pronoun_stands_for() -> None:
    assert _speakers(
        "Nous terminons notre visite avec Léa. Cette étudiante de 20 ans vit à Saint-Denis depuis trois ans.",
        "« Ce qu'on nous annonce, c'est la fin de nos études, soupire-t-elle. Tout devient plus difficile. »",
        "Le collectif Étudiants Unis Saint-Denis appelle à manifester : « Nous serons devant la mairie lundi "
        "matin à neuf heures. »",
    )[0] is None


def test_pour_and_a_name_before_a_colon_is_their_view() -> None:
    assert _speakers(
        "La revue Ondes consacre son dernier numéro aux voix de la radio.",
        "L'essor des podcasts, avec des voix « libres, singulières, inattendues et engagées », confirme pour Julie "
        "Marchand que le son se prête à un autre récit que l'image : « le temps long ne se raconte bien que par la "
        "parole ».",
    )[-1] == "Julie Marchand"
