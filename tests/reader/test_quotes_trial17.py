"""Quotes of pages tried as a new user would (trial 17, German and English pages never tuned on),
rebuilt as invented stories of the same construction: a role noun after a title before the name, a
reporting verb the lists missed, and German nouns after a preposition fused with its article."""

from __future__ import annotations

from bot.reader.article import Article
from bot.reader.quotes.quotations import all_quotes
from bot.reader.text.document import build_document
from tests.support.reading import speakers


def test_a_role_noun_after_a_title_is_no_part_of_the_name() -> None:
    found = speakers(
        "Acme Corp said on Monday it would build a plant.",
        "Speaking in Denver, Chief Executive Laura Menton said firms must act.",
        "“We cannot wait for the next decade to solve this,” she said.",
    )
    assert found["We cannot wait for the"] == "Laura Menton"


def test_remembers_after_a_quotation_reports_it() -> None:
    found = speakers(
        "The island has recovered.",
        "“Those rats were so clever,” remembers Ana Pérez, coordinator for the programme, with a laugh. "
        "“They would dodge every trap we set.”",
    )
    assert found == {"Those rats were so clever.": "Ana Pérez"}  # one quotation, in two pieces


def test_german_nouns_after_zum_name_nobody() -> None:
    """`zum Geburtstag Blumen` are two nouns, not a person the florist's words could go to."""
    found = speakers(
        "Eine Floristin aus Birkenwerder hat eine Marktlücke entdeckt. Sie hat Ehemänner davon überzeugt, "
        "ihrer Frau zum Geburtstag Blumen zu schenken.",
        "»Wollen Sie Ihre Frau denn in diesem Jahr nicht mal überraschen«, sagt die Floristin dann.",
        language="de",
    )
    assert found["Wollen Sie Ihre Frau denn"] is None


def test_he_right_after_a_spokesperson_for_a_body_is_that_spokesperson() -> None:
    """The body speaks through its unnamed spokesperson, spelt out as the text defines its acronym;
    the union leader quoted before is not the `he`."""
    found = speakers(
        "A report by the Teachers Union says staff are badly paid.",
        "Mary Stone, the union's general secretary, said students would be shocked.",
        "“We need an honest conversation about pay and contracts,” Stone said.",
        "But a spokesperson for the Schools and Colleges Employers Board (SCEB) said its members had cut such contracts.",
        "“SCEB has worked for years with the unions to understand the sector,” he said.",
    )
    assert found["We need an honest conversation"] == "Mary Stone"
    assert found["SCEB has worked for years"] == "Schools and Colleges Employers Board"


def test_a_source_in_parentheses_after_a_quotation_is_cited() -> None:
    found = speakers(
        "Die Zeitung stritt über Sprache.",
        "„Im Allgemeinen bezeichnet künstliche Intelligenz den Versuch, Denken nachzubilden“ (Wikipedia). "
        "Das ist ein Anfang.",
        language="de",
    )
    assert found["Im Allgemeinen bezeichnet künstliche Intelligenz"] == "Wikipedia"


def test_a_french_pronominal_verb_after_a_quotation_reports_it() -> None:
    found = speakers(
        "Le maire de Brest, Thomas Le Goff, a réagi dans la soirée.",
        "« C'est une victoire pour tous les habitants du quartier », se félicite Nadia Belkacem, présidente du comité.",
        "« C'est un drame pour toute notre ville et pour les familles », s'indigne le maire.",
        language="fr",
    )
    assert found["C'est une victoire pour tous"] == "Nadia Belkacem"
    assert found["C'est un drame pour toute"] == "Thomas Le Goff"


def test_german_titled_name_ends_before_the_paper_it_was_told_to() -> None:
    found = speakers(
        "Die Stadt plant ein neues Bad.",
        "„Wir wollen das Projekt bis 2026 abschließen“, sagte Bürgermeisterin Karin Abt der Zeitung.",
        language="de",
    )
    assert found["Wir wollen das Projekt bis"] == "Karin Abt"


def test_german_reflexive_reporting_verb_before_the_speaker() -> None:
    found = speakers(
        "Die Stadt plant ein neues Bad.",
        "„Es ist ein wichtiger Tag für den Sport in unserer Region“, freut sich Vereinschef Ralf Horn.",
        language="de",
    )
    assert found["Es ist ein wichtiger Tag"] == "Ralf Horn"


def test_a_french_body_defined_by_its_acronym_is_shown_by_name() -> None:
    found = speakers(
        "L'Organisation mondiale de la santé (OMS) a publié son rapport.",
        "L'OMS a averti mardi que « la pandémie est loin d'être terminée dans le monde ».",
        language="fr",
    )
    assert found["la pandémie est loin d'être"] == "Organisation mondiale de la santé"


def test_maitre_before_a_lawyer_is_a_title() -> None:
    found = speakers(
        "L'avocat de la victime, Maître Paul Girard, a annoncé faire appel.",
        "« Ce jugement est une insulte à la mémoire de ma cliente », a réagi l'avocat.",
        language="fr",
    )
    assert found["Ce jugement est une insulte"] == "Paul Girard"


def test_a_body_whose_president_speaks_is_no_he_even_when_it_speaks_too() -> None:
    """`Acme President Paul Hardy` makes Acme a body: the `he` after a sentence about Acme is Hardy,
    though Acme is quoted by its one-word name further on."""
    found = speakers(
        "Acme Corp said on Monday it would build a plant.",
        "The plan “will need machines that do not exist yet,” Acme President Paul Hardy said.",
        "He added that Acme would also charge its units a fee.",
        "Since 2012, Acme charged the fee on travel, but will widen it.",
        "“That money goes back into our work on emissions,” he said.",
        "Rivals have set similar goals.",
        "In a blog post, Acme on Thursday repeated its plans.",
        "“It is vital that we help energy firms change,” Acme said.",
    )
    assert found["That money goes back into"] == "Paul Hardy"
    assert found["It is vital that we"] == "Acme"


def test_a_first_name_is_the_full_name_its_sub_heading_gives() -> None:
    """A list of people, each under a sub-heading with the full name; the body calls her by her first
    name, and writes the full name only after the quotation (a post's signature)."""
    paragraphs = (
        "Wir haben zehn Leute nach ihrem Erfolg gefragt.",
        "7. Mara Lindholm, Gründerin Digital Women (9.506 Follower): Gute Texte empfehlen",
        "Wer Mara folgt, merkt schnell, dass sie viel liest.",
        "Mara kommentiert: „Das Ganze bekam eine erstaunliche Eigendynamik, die sich über Tage zog.“",
        "— Mara Lindholm (@MaraL) 28. August 2018",
    )
    document = build_document(Article("Story", paragraphs, language="de", headings=frozenset({1})))
    assert [quote.speaker for quote in all_quotes(document)] == ["Mara Lindholm"]


def test_german_lassen_with_an_infinitive_of_telling_reports_the_quotation() -> None:
    found = speakers(
        "Die Stadt plant ein neues Bad.",
        "»Wir werden das Projekt nicht weiter unterstützen können«, ließ Landrat Michael Egger mitteilen.",
        "»Das Bad kommt trotzdem, dafür sorgen wir schon«, ließ die Bürgermeisterin Karin Abt ihren Gegner wissen.",
        language="de",
    )
    assert found["Wir werden das Projekt nicht"] == "Michael Egger"
    assert found["Das Bad kommt trotzdem, dafür"] == "Karin Abt"


def test_a_quotation_goes_on_after_a_long_introduction_of_its_speaker() -> None:
    """The reader sees one whole quotation, not two pieces of it as two key quotes."""
    found = speakers(
        "The island has recovered.",
        "“By and large, conservation here is seen as an elitist thing,” says Mara Quinn, a coordinator with "
        "the non-profit Island Trust Group, which oversees the restoration project. “If you have money, "
        "you can care about trees and lizards.”",
    )
    assert found == {"By and large, conservation here": "Mara Quinn"}


def test_a_reply_between_two_pieces_keeps_them_apart() -> None:
    """`– »Und die Eltern?« fragte Vreni, …` between two of Sali's pieces is her turn, not his attribution."""
    found = speakers(
        "Sie sah ihn an.",
        "»Nur dich sehen!« erwiderte er, »wollen wir nicht wieder gute Freunde sein?« – »Und die Eltern?« "
        "fragte Vreni, das Gesicht zur Seite neigend, da sie die Hände nicht frei hatte. »Sind wir schuld an "
        "dem, was sie getan haben?« sagte Sali.",
        language="de",
    )
    assert "Sind wir schuld an dem," in found


def test_a_foundations_long_name_in_quotation_marks_is_no_key_quote() -> None:
    found = speakers(
        "Die Debatte um Sprache geht weiter.",
        "Heike Brandt ist Vorstandsmitglied der „Arnold-Weber-Stiftung zur Pflege der deutschen Sprache“, "
        "die ihren Preis an Josef Kraus verliehen hat.",
        "„Wir lassen uns die Sprache nicht nehmen“, sagte Brandt.",
        language="de",
    )
    assert found == {"Wir lassen uns die Sprache": "Heike Brandt"}


def test_an_adverbial_phrase_between_auxiliary_and_participle() -> None:
    found = speakers(
        "Le ministre de l'Éducation, Luc Moreau, a rencontré les syndicats. La secrétaire générale du "
        "syndicat, Claire Rolland, a jugé la rencontre décevante.",
        "« Le ministre n'a fait aucune proposition concrète aux enseignants », a-t-elle regretté.",
        "« Nous avons eu un dialogue franc et constructif avec les syndicats », a pour sa part affirmé le ministre.",
        language="fr",
    )
    assert found["Le ministre n'a fait aucune"] == "Claire Rolland"
    assert found["Nous avons eu un dialogue"] == "Luc Moreau"


def test_peut_on_lire_dans_a_bodys_paper_gives_the_body() -> None:
    found = speakers(
        "La Cour des comptes a publié son rapport mardi. Le ministre Luc Moreau l'a commenté.",
        "« Les dépenses ont dérapé de manière préoccupante depuis trois ans », peut-on lire dans le rapport.",
        "« Le syndicat ne signera pas cet accord en l'état actuel », lit-on dans le communiqué de la Cour "
        "des comptes.",
        language="fr",
    )
    assert found["Les dépenses ont dérapé de"] == "Cour des comptes"
    assert found["Le syndicat ne signera pas"] == "Cour des comptes"


def test_a_verb_of_wanting_and_an_infinitive_of_saying_before_the_speaker() -> None:
    spanish = speakers(
        "El alcalde de Sevilla, Juan Ortega, habló con la prensa.",
        "«No vamos a permitir más retrasos en esta obra», ha querido dejar claro Ana Ruiz, la concejala.",
        "«Lo terminaremos antes del verano que viene», quiso subrayar el alcalde.",
        language="es",
    )
    assert spanish["No vamos a permitir más"] == "Ana Ruiz"
    assert spanish["Lo terminaremos antes del verano"] == "Juan Ortega"
    french = speakers(
        "« Il n'est pas question de fermer cette école l'an prochain », a tenu à préciser Jean Morel.",
        language="fr",
    )
    assert french["Il n'est pas question de"] == "Jean Morel"


def test_a_notice_of_a_body_speaks_for_it() -> None:
    found = speakers(
        "Die Polizei Essen sucht Zeugen.",
        "„Der Täter ist etwa 1,80 Meter groß und trug eine blaue Jacke“, heißt es in einer Meldung der Polizei.",
        language="de",
    )
    assert found["Der Täter ist etwa 1,80"] == "Polizei Essen"


def test_the_article_before_a_french_title_gives_the_gender_of_elle() -> None:
    found = speakers(
        "Le président Paul Dorval a reçu la chancelière Greta Lindner à l'Élysée.",
        "« Nous devons avancer ensemble sur la question de la dette », a-t-elle déclaré.",
        language="fr",
    )
    assert found["Nous devons avancer ensemble sur"] == "Greta Lindner"
