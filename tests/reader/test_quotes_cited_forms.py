"""Quotation forms of encyclopedia and reference text (French Wikipedia style): quoted words nested
in a quotation, citation markers glued to the closing mark, and the attributions such text uses."""

from __future__ import annotations

from tests.support.reading import speakers_by_text as speakers


def test_a_word_quoted_inside_a_french_quotation_does_not_end_it() -> None:
    found = speakers(
        "La chanteuse Lucie Marchal refuse les étiquettes. Elle explique qu'elle « n'aime pas le mot "
        "« vedette » parce qu'il met les artistes à part du public qui les écoute ». Elle ajoute : "
        "« Je chante pour les gens de mon quartier, pas pour la gloire. » Son prochain disque sort en mai.",
        language="fr",
    )
    assert found == {
        "n'aime pas le mot « vedette » parce qu'il met les artistes à part du public qui les écoute":
            "Lucie Marchal",
        "Je chante pour les gens de mon quartier, pas pour la gloire.": "Lucie Marchal",
    }


def test_a_citation_marker_after_the_closing_mark_ends_the_quotation() -> None:
    found = speakers(
        "La liste commune est critiquée par l'opposition. Cette alliance est justifiée ainsi par Paul Vasseur : "
        "« nous ne voulons pas que notre liste favorise la droite aux élections »[réf. nécessaire] qui ajoute : "
        "« le contexte politique a changé depuis la dernière élection ».[2] Le conseil vote en juin.",
        language="fr",
    )
    assert found == {
        "nous ne voulons pas que notre liste favorise la droite aux élections": "Paul Vasseur",
        "le contexte politique a changé depuis la dernière élection": "Paul Vasseur",
    }


def test_a_person_singled_out_right_before_the_colon_speaks() -> None:
    found = speakers(
        "Le nouveau moteur consomme encore trop. Mais sa fiabilité semble satisfaire l'écurie et notamment "
        "Jean-Marc Aubry : « Nous sommes revenus à des réglages que nous connaissions. C'est bon signe. »",
        language="fr",
    )
    assert found == {"Nous sommes revenus à des réglages que nous connaissions. C'est bon signe.": "Jean-Marc Aubry"}


def test_a_concessive_phrase_opening_the_sentence_is_not_its_subject() -> None:
    assert speakers(
        "Pierre Lenoir domine la séance, puis Marc Petit réalise le meilleur tour. Malgré cette performance, "
        "Luc Moreau, son coéquipier, reste prudent : « On ne sait pas vraiment dans quelles conditions roulent "
        "les autres voitures. »",
        language="fr",
    ) == {"On ne sait pas vraiment dans quelles conditions roulent les autres voitures.": "Luc Moreau"}
    assert speakers(
        "El equipo ganó el sábado y Pablo Ruiz marcó dos goles. Pese a la victoria, el entrenador Luis Mora "
        "se mostró prudente: «Nos queda mucho trabajo, la defensa estuvo muy abierta».",
        language="es",
    ) == {"Nos queda mucho trabajo, la defensa estuvo muy abierta": "Luis Mora"}


def test_a_sentence_after_the_closing_mark_and_a_marker_is_no_attribution_of_it() -> None:
    found = speakers(
        "Cette alliance est défendue par Paul Vasseur : « nous ne cherchons pas de postes. Nous ne voulons pas "
        "que notre liste favorise la droite »[réf. nécessaire] qui ajoute : « le contexte a changé. La gauche au "
        "pouvoir a déçu les électeurs ».[réf. nécessaire] LO note qu'elle s'est déjà alliée avec le PCF en 1995.",
        language="fr",
    )
    assert found == {
        "nous ne cherchons pas de postes. Nous ne voulons pas que notre liste favorise la droite": "Paul Vasseur",
        "le contexte a changé. La gauche au pouvoir a déçu les électeurs": "Paul Vasseur",
    }


def test_a_passive_description_with_no_agent_is_nobodys_words() -> None:
    assert speakers(
        "Edward Pickering engage Henrietta Leavitt en 1895. Comme Leavitt était indépendante, Pickering "
        "n'avait pas à la payer. Elle a été décrite comme « travailleuse, sérieuse, peu encline à la frivolité "
        "et très dévouée à sa famille. »",
        language="fr",
    ) == {"travailleuse, sérieuse, peu encline à la frivolité et très dévouée à sa famille.": None}


def test_the_latter_opening_a_participle_clause_is_the_person_named_last() -> None:
    assert speakers(
        "Ces études sont financées par l'association Ceres, qui regroupe des entreprises de l'agroalimentaire, "
        "ainsi que par le sénateur Paul Grandier, ce dernier précisant à ce propos que « la seule vraie question "
        "à se poser, c'est pourquoi l'État ne les finance pas ».",
        language="fr",
    ) == {"la seule vraie question à se poser, c'est pourquoi l'État ne les finance pas": "Paul Grandier"}


def test_the_title_of_a_thesis_is_no_quotation() -> None:
    assert speakers(
        "Ernest Morel soutint sa thèse en 1843 avec pour sujet « De Stahl et de sa doctrine médicale ». "
        "Un an plus tard, il soutint une thèse « Des altérations du sang dans les maladies inflammatoires ».",
        language="fr",
    ) == {}


def test_a_posts_party_and_seat_between_it_and_the_name_are_not_part_of_the_name() -> None:
    assert speakers(
        "« La seule vraie question à se poser, c'est pourquoi l'État ne finance pas ces études », a déclaré "
        "le sénateur UMP de la Moselle Paul Grandier. Le ministère n'a pas répondu.",
        language="fr",
    ) == {"La seule vraie question à se poser, c'est pourquoi l'État ne finance pas ces études": "Paul Grandier"}


def test_a_view_given_by_a_possessive_is_the_view_of_the_person_in_focus() -> None:
    assert speakers(
        "La alcaldesa Marta Giner se mostró satisfecha. A su juicio, la resolución \"pone fin a una etapa "
        "negra para nuestro pueblo\".",
        language="es",
    ) == {"pone fin a una etapa negra para nuestro pueblo": "Marta Giner"}
    assert speakers(
        "La maire Claire Morin s'est dite satisfaite. À son avis, la décision « met fin à une période noire "
        "pour notre village ».",
        language="fr",
    ) == {"met fin à une période noire pour notre village": "Claire Morin"}
    assert speakers(
        "Bürgermeisterin Anna Vogt zeigte sich zufrieden. Ihrer Ansicht nach „beendet das Urteil eine dunkle "
        "Zeit für unser Dorf“.",
        language="de",
    ) == {"beendet das Urteil eine dunkle Zeit für unser Dorf": "Anna Vogt"}
    assert speakers(
        "Mayor Jane Hart was pleased with the ruling. In her view, the verdict \"ends a dark period for our "
        "town\".",
        language="en",
    ) == {"ends a dark period for our town": "Jane Hart"}


def test_the_one_person_a_sentence_names_before_its_colon_speaks_after_it() -> None:
    assert speakers(
        "Le reportage a suffi à convaincre la veuve de l'ancien président, Nadia Haddad, de demander une "
        "autopsie : « Je veux que le corps de mon mari soit examiné sans attendre. »",
        language="fr",
    ) == {"Je veux que le corps de mon mari soit examiné sans attendre.": "Nadia Haddad"}


def test_whose_turn_it_is_opens_the_sentence_and_an_unnamed_post_holder_speaks() -> None:
    found = speakers(
        "La veuve Nadia Haddad demande une autopsie : « Je veux que le corps de mon mari soit examiné. » "
        "De son côté, le négociateur palestinien a appelé à une enquête : « Nous appelons à la formation d'une "
        "commission internationale. » Par ailleurs, l'hôpital se tait.",
        language="fr",
    )
    assert found["Nous appelons à la formation d'une commission internationale."] is None
    assert speakers(
        "La viuda Nadia Haddad pidió una autopsia. Por su parte, el negociador Saeb Erekat pidió una comisión: "
        "«Pedimos la formación de una comisión de investigación internacional».",
        language="es",
    ) == {"Pedimos la formación de una comisión de investigación internacional": "Saeb Erekat"}


def test_a_verb_joined_after_the_quotation_keeps_the_subject_before_it() -> None:
    found = speakers(
        "L'historien Marc Lebrun estime qu'il s'agit de deux « partis à ranger dans la catégorie des réformismes "
        "de droite » mais souligne que leur comparaison a des limites : si le premier « est toujours censé évoluer "
        "à gauche » et « s'en prend souvent aux chômeurs du pays », le second reste à droite.",
        language="fr",
    )
    assert found == {
        "partis à ranger dans la catégorie des réformismes de droite": "Marc Lebrun",
        "est toujours censé évoluer à gauche": "Marc Lebrun",
        "s'en prend souvent aux chômeurs du pays": "Marc Lebrun",
    }


def test_the_agent_after_a_quotation_in_a_passive_is_its_author() -> None:
    assert speakers(
        "Les deux premiers livres sont adressés « à mon seigneur et patron illustrissime et excellentissime » "
        "par Scipione Stella, un jeune prêtre, en mai 1594.",
        language="fr",
    ) == {"à mon seigneur et patron illustrissime et excellentissime": "Scipione Stella"}


def test_a_demonstrative_pronoun_opening_the_sentence_is_no_name() -> None:
    assert speakers(
        "Les lettres de dédicace parlent de sa musique. Celle du Cinquième livre précise que « certains "
        "compositeurs ont voulu suppléer à la pauvreté de leur génie ».",
        language="fr",
    ) == {"certains compositeurs ont voulu suppléer à la pauvreté de leur génie": None}


def test_a_letter_of_one_person_to_another_quotes_its_author() -> None:
    assert speakers(
        "Le mot apparaît en mars 1917 dans une lettre de Guillaume Apollinaire à Paul Dermée : « Tout bien "
        "examiné, je crois en effet qu'il vaut mieux adopter surréalisme. »",
        language="fr",
    ) == {"Tout bien examiné, je crois en effet qu'il vaut mieux adopter surréalisme.": "Guillaume Apollinaire"}


def test_a_name_before_disant_is_who_says_it() -> None:
    assert speakers(
        "Sa sœur Geneviève se souvient de cette époque. Ils menaient une vie décousue, Roger disant un jour à ses "
        "parents : « Nous sortons la nuit et dormons le jour. »",
        language="fr",
    ) == {"Nous sortons la nuit et dormons le jour.": "Roger"}


def test_history_writes_the_simple_past_and_a_doctor_by_title() -> None:
    assert speakers(
        "Les explorateurs portent un casque colonial. « Notre grand ennemi, en Afrique, c'est le soleil » "
        "écrivit le docteur Schweitzer en 1923.",
        language="fr",
    ) == {"Notre grand ennemi, en Afrique, c'est le soleil": "Schweitzer"}
    assert speakers(
        "Officiellement Porfirio Díaz est réélu à chaque élection. Díaz affirma alors : « Pauvre Mexique "
        "si loin de Dieu et si proche des États-Unis. »",
        language="fr",
    ) == {"Pauvre Mexique si loin de Dieu et si proche des États-Unis.": "Porfirio Díaz"}


def test_a_slogan_with_its_owner_named_is_a_title() -> None:
    assert speakers(
        "Madero reprendra habilement le vieux slogan de Díaz, « Suffrage effectif, pas de réélection », pour sa "
        "campagne politique.",
        language="fr",
    ) == {}


def test_an_unnamed_plural_agent_after_a_quotation_is_nobody_known() -> None:
    assert speakers(
        "Depuis quelques années, l'Espagne accorde sa nationalité aux descendants de séfarades. En juin 2014, le "
        "gouvernement de Mariano Rajoy lève l'une des clauses les plus décriées et reconnaît la double nationalité. "
        "Cette décision relève de la reconnaissance d'une « erreur historique il y a cinq siècles » par les "
        "autorités espagnoles.",
        language="fr",
    ) == {"erreur historique il y a cinq siècles": None}


def test_a_lower_case_role_before_the_name_that_opens_the_clause() -> None:
    assert speakers(
        "The team won on Saturday and Paul Rees scored twice. Despite the win, coach Luke Morgan remained "
        "cautious: \"We still have a lot of work to do, the defence was far too open.\"",
        language="en",
    ) == {"We still have a lot of work to do, the defence was far too open.": "Luke Morgan"}


def test_a_german_subject_after_the_verb_before_a_colon_speaks() -> None:
    assert speakers(
        "Der FC gewann am Samstag gegen Jena, Tim Brandt traf zweimal. Trotz des Sieges blieb Trainer Jens Keller "
        "vorsichtig: „Wir haben noch viel Arbeit vor uns, die Abwehr war zu offen.“",
        language="de",
    ) == {"Wir haben noch viel Arbeit vor uns, die Abwehr war zu offen.": "Jens Keller"}


def test_a_channel_speaks_as_the_body_in_focus() -> None:
    assert speakers(
        "Les journalistes de la chaîne Arte sont rentrés mardi. La chaîne met « tout en œuvre pour assurer la "
        "sécurité de ses équipes ».",
        language="fr",
    ) == {"tout en œuvre pour assurer la sécurité de ses équipes": "Arte"}


def test_a_complaint_against_x_names_no_body() -> None:
    assert speakers(
        "Les journalistes de France 24 sont rentrés, a indiqué leur direction. Ils vont déposer une plainte contre X. "
        "La chaîne met « tout en œuvre pour assurer la sécurité de ses équipes au Caire ».",
        language="fr",
    ) == {"tout en œuvre pour assurer la sécurité de ses équipes au Caire": None}
