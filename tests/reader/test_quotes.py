"""Key quotes as a reader sees them: the right words, the right person, the most telling first."""

from __future__ import annotations

from bot.reader.article import Article
from bot.reader.pipeline import digest, read_text
from bot.reader.text.document import build_document
from bot.reader.quotes.quotations import Quote, all_quotes, find_quotes


def quotes_of(*paragraphs: str, language: str = "en", limit: int = 10) -> tuple[Quote, ...]:
    return find_quotes(build_document(Article("Story", paragraphs, language=language)), limit)


def by_text(quotes: tuple[Quote, ...] | list[Quote]) -> dict[str, str | None]:
    return {quote.text: quote.speaker for quote in quotes}


def test_curly_quote_with_speaker_after_it() -> None:
    quotes = quotes_of(
        "Talks between the two countries resumed on Tuesday.",
        "“We are ready to talk about the nuclear programme at any time,” Kim told reporters.",
    )
    assert by_text(quotes) == {"We are ready to talk about the nuclear programme at any time": "Kim"}


def test_inverted_attribution_gives_the_name_not_the_job() -> None:
    quotes = quotes_of(
        '"The sanctions will stay until the programme is dismantled," said Sung Kim, the US envoy.'
    )
    assert by_text(quotes) == {"The sanctions will stay until the programme is dismantled": "Sung Kim"}


def test_surname_is_expanded_to_the_full_name_and_titles_are_dropped() -> None:
    quotes = quotes_of(
        "US envoy Sung Kim arrived in Seoul on Monday for a week of meetings.",
        "“Nobody expects a breakthrough this week, but we keep trying,” Mr. Kim said.",
    )
    assert by_text(quotes) == {"Nobody expects a breakthrough this week, but we keep trying": "Sung Kim"}


def test_two_people_with_one_surname_keep_the_surname() -> None:
    quotes = quotes_of(
        "Sung Kim met Yuna Kim, the skating champion, in Seoul on Monday.",
        "“It was a pleasure to meet such a great athlete,” Kim said.",
    )
    assert by_text(quotes) == {"It was a pleasure to meet such a great athlete": "Kim"}


def test_speaker_before_the_quote() -> None:
    quotes = quotes_of(
        "Prime Minister Jane Doe said on Friday: “The budget will be balanced by the end of next year.”"
    )
    assert by_text(quotes) == {"The budget will be balanced by the end of next year.": "Jane Doe"}


def test_according_to() -> None:
    quotes = quotes_of(
        'According to Maria Lopez, "the harbour will reopen to fishing boats next spring."'
    )
    assert by_text(quotes) == {"the harbour will reopen to fishing boats next spring.": "Maria Lopez"}


def test_pronoun_goes_to_the_person_named_before() -> None:
    quotes = quotes_of(
        "Ellen Stofan, the agency's chief scientist, spoke at a panel on water in the universe. "
        "“We know where to look and we know how to look,” she said."
    )
    assert by_text(quotes) == {"We know where to look and we know how to look": "Ellen Stofan"}


def test_pronoun_with_two_candidates_is_left_unresolved() -> None:
    quotes = quotes_of(
        "Anna Berg and Maria Lopez met at the harbour on Sunday. "
        "“The boats will not come back this year,” she said."
    )
    assert by_text(quotes) == {"The boats will not come back this year": None}


def test_unnamed_source_has_no_speaker() -> None:
    quotes = quotes_of(
        "Police closed the road for six hours. "
        "“The driver was taken to hospital with minor injuries,” a spokesman said."
    )
    assert by_text(quotes) == {"The driver was taken to hospital with minor injuries": None}


def test_quote_over_several_sentences_is_one_quote() -> None:
    quotes = quotes_of(
        "Judith Enck runs the regional office. "
        "“We trust the producers. You should still wash the fruit. It is only sensible,” Enck said."
    )
    assert by_text(quotes) == {
        "We trust the producers. You should still wash the fruit. It is only sensible": "Judith Enck"
    }


def test_a_quote_resumed_after_its_attribution_is_one_quote() -> None:
    (quote,) = quotes_of(
        "“We are not talking about little green men,” Stofan said at the panel. "
        "“We are talking about very small microbes in the oceans.”"
    )
    assert quote.speaker == "Stofan"
    assert quote.parts == ("We are not talking about little green men",
                           "We are talking about very small microbes in the oceans.")
    assert quote.text == "We are not talking about little green men. We are talking about very small microbes in the oceans."


def test_british_single_quotes_and_apostrophes() -> None:
    quotes = quotes_of(
        "Gary Locke will be named manager of the club on Friday. "
        "‘I’d be over the moon to get it, it’s what I’ve worked for,’ said Locke. "
        "The players’ union welcomed the news, and the club’s board didn’t comment."
    )
    assert by_text(quotes) == {"I’d be over the moon to get it, it’s what I’ve worked for": "Gary Locke"}


def test_straight_single_quotes_with_a_possessive_inside() -> None:
    quotes = quotes_of(
        "Michael Scudamore trained the horse. "
        "'The owners' joy says it all, I am so proud of him,' said Scudamore. "
        "It's the horse's best result, and he's in the '90s club now."
    )
    assert by_text(quotes) == {"The owners' joy says it all, I am so proud of him": "Michael Scudamore"}


def test_scare_quotes_and_titles_are_not_key_quotes() -> None:
    quotes = quotes_of(
        'They may not be "Star Trek" aliens, but this "giga-coaster" is real. '
        'He starred in "The Lord of the Rings and the Return of the King" in 2003.'
    )
    assert quotes == ()


def test_article_without_quotes_has_none() -> None:
    assert quotes_of("The council met on Monday.", "It approved the new budget for schools.") == ()


def test_guillemets_in_french() -> None:
    quotes = quotes_of(
        "« Nous allons reconstruire la cathédrale en cinq ans », a déclaré Emmanuel Macron mardi.",
        language="fr",
    )
    assert by_text(quotes) == {"Nous allons reconstruire la cathédrale en cinq ans": "Emmanuel Macron"}


def test_spanish_attributions() -> None:
    quotes = quotes_of(
        '"La economía crecerá un dos por ciento este año", dijo Pedro Sánchez el lunes. '
        'Según María López, "el puerto abrirá la próxima primavera sin problemas".',
        language="es",
    )
    assert by_text(quotes) == {
        "La economía crecerá un dos por ciento este año": "Pedro Sánchez",
        "el puerto abrirá la próxima primavera sin problemas": "María López",
    }


def test_quoted_words_ending_in_s_close_before_a_conjunction() -> None:
    quotes = quotes_of(
        "Kristina Karo says the move has 'brought back all the bad memories' and she needs help."
    )
    assert by_text(quotes) == {"brought back all the bad memories": "Kristina Karo"}


def test_german_low_high_quotes_with_inverted_verb() -> None:
    quotes = quotes_of(
        "Bundeskanzlerin Angela Merkel besuchte am Montag das Flüchtlingsheim.",
        "„Wir schaffen das, auch wenn es schwer wird“, sagte Merkel am Abend.",
        language="de",
    )
    assert by_text(quotes) == {"Wir schaffen das, auch wenn es schwer wird": "Angela Merkel"}


def test_quote_remembers_its_sentence() -> None:
    document = build_document(Article("Story", (
        "The storm hit the coast at night.",
        "“The water came up to the first floor within an hour,” said Ana Silva, a fisherman's wife.",
    )))
    (quote,) = all_quotes(document)
    assert quote.sentence.paragraph == 1
    assert quote.sentence.text.startswith("“The water came up")


def test_ranking_puts_the_quote_about_the_story_first() -> None:
    quotes = quotes_of(
        "The city council voted to close the old bridge over the river after engineers found cracks "
        "in the bridge's supports. The bridge carried 20,000 cars a day across the river.",
        "“I love the autumn colours in the park, they are lovely this year,” said Tom Reed, a resident.",
        "“The bridge is no longer safe, and the cracks in the supports will only grow,” said "
        "engineer Ann Wu. “We had no choice but to close the bridge to cars.”",
    )
    assert [q.speaker for q in quotes] == ["Ann Wu", "Tom Reed"]
    assert quotes[0].text.endswith("We had no choice but to close the bridge to cars.")


def test_limit_keeps_the_best() -> None:
    quotes = quotes_of(
        "The council closed the old bridge over the river. The bridge had cracks.",
        "“I love the autumn colours in the park, they are lovely this year,” said Tom Reed.",
        "“The bridge is no longer safe and the cracks will only grow,” said engineer Ann Wu.",
        limit=1,
    )
    assert by_text(quotes) == {"The bridge is no longer safe and the cracks will only grow": "Ann Wu"}


def test_the_same_statement_quoted_twice_is_shown_once() -> None:
    quotes = quotes_of(
        "Bader described the plan as 'the most brilliant escape conception of this war'. "
        "Historians agree. Douglas Bader called it 'the most brilliant escape conception of this war'."
    )
    assert len(quotes) == 1


# Multi-part quotations: one quote, one speaker, every piece.

def test_english_quote_resumed_after_a_pronoun_attribution() -> None:
    (quote,) = quotes_of(
        "Mayor Ruth Adams opened the new bridge on Monday.",
        "“It took us nine years to get the money together,” she said. “Now the town finally has its bridge.”",
    )
    assert quote.speaker == "Ruth Adams"
    assert quote.parts == ("It took us nine years to get the money together",
                           "Now the town finally has its bridge.")


def test_german_quote_in_two_pieces_with_the_attribution_between() -> None:
    (quote,) = quotes_of(
        "Die Ministerin Anna Schäfer besuchte am Montag die neue Schule in Kassel.",
        "„Wir haben lange auf diesen Tag gewartet“, sagte sie. „Jetzt können die Kinder endlich lernen.“",
        language="de",
    )
    assert quote.speaker == "Anna Schäfer"
    assert len(quote.parts) == 2 and quote.text.endswith("Jetzt können die Kinder endlich lernen.")


def test_french_quote_in_two_pieces_with_an_inverted_pronoun() -> None:
    (quote,) = quotes_of(
        "Le maire de Lyon, Pierre Martin, a inauguré le pont lundi.",
        "« Nous avons attendu ce jour pendant neuf ans », a-t-il déclaré. « La ville a enfin son pont. »",
        language="fr",
    )
    assert quote.speaker == "Pierre Martin"
    assert quote.parts == ("Nous avons attendu ce jour pendant neuf ans", "La ville a enfin son pont.")


def test_spanish_quote_split_by_a_role_and_a_name() -> None:
    (quote,) = quotes_of(
        "El ayuntamiento cerró el puente viejo el lunes.",
        "«El puente ya no era seguro para los coches», explicó la portavoz, Ana Ruiz. "
        "«Vamos a construir uno nuevo el año que viene.»",
        language="es",
    )
    assert (quote.speaker, quote.role) == ("Ana Ruiz", "portavoz")
    assert len(quote.parts) == 2


def test_quote_running_on_into_the_next_paragraph_is_one_quote() -> None:
    (quote,) = quotes_of(
        "“We lost everything in the flood last spring.",
        "“But the neighbours helped us rebuild the house,” said Maria Lopez, a farmer.",
    )
    assert quote.speaker == "Maria Lopez"
    assert len(quote.parts) == 2


def test_a_quotation_nested_in_guillemets_stays_inside_them() -> None:
    quotes = quotes_of(
        "Le syndicat SUD estime que « ce collègue avait des difficultés dans “sa vie au travail” depuis "
        "des mois » et demande une enquête.",
        language="fr",
    )
    assert [q.text for q in quotes] == ["ce collègue avait des difficultés dans “sa vie au travail” depuis des mois"]


# Who, not what: the person named, an organisation only when no person is.

def test_spokesperson_for_an_organisation_is_the_named_person() -> None:
    (quote,) = quotes_of(
        "A spokesperson for Acme, John Doe, said: “The factory will stay open for another ten years.”"
    )
    assert quote.speaker == "John Doe"
    assert "Acme" in quote.role


def test_french_name_before_its_post() -> None:
    (quote,) = quotes_of(
        "Gérald Karsenti, PDG de HP France, a indiqué « vouloir procéder uniquement à des départs volontaires ».",
        language="fr",
    )
    assert quote.speaker == "Gérald Karsenti"


def test_french_person_with_a_prepositional_apposition_and_a_stressed_pronoun() -> None:
    (quote,) = quotes_of(
        "Myriam Martinet, de la CGT, a elle relevé qu'il « n'y a que 210 embauches sur trois ans ».",
        language="fr",
    )
    assert quote.speaker == "Myriam Martinet"


def test_german_spokesman_of_a_company_is_the_named_person() -> None:
    (quote,) = quotes_of(
        "„Das Werk bleibt noch mindestens zehn Jahre offen“, sagte ein Sprecher von Acme, Hans Müller.",
        language="de",
    )
    assert quote.speaker == "Hans Müller"


def test_organisation_speaks_when_no_person_is_named() -> None:
    (quote,) = quotes_of(
        "The embassy was closed on Friday.",
        "“British nationals should leave the country while flights are running,” the Foreign Office said.",
    )
    assert quote.speaker == "Foreign Office"


# Pronouns: the person in focus, gender-aware where the language shows it.

def test_pronoun_goes_to_the_subject_not_the_last_name_in_the_sentence() -> None:
    (quote,) = quotes_of(
        "Jean-Marie Le Pen met his daughter, Marine Le Pen, in Paris on Sunday.",
        "“I am a man of the people, I come from a family of farmers,” he said.",
    )
    assert quote.speaker == "Jean-Marie Le Pen"


def test_french_inverted_pronoun_goes_to_the_subject() -> None:
    (quote,) = quotes_of(
        "Dans le Times, Jean-Marie Le Pen décrit sa fille, Marine Le Pen, comme une bourgeoise.",
        "« Je suis un homme du peuple, je viens d'une famille de paysans », explique-t-il.",
        language="fr",
    )
    assert quote.speaker == "Jean-Marie Le Pen"


def test_spanish_feminine_pronoun_goes_to_the_woman_the_article_marks() -> None:
    (quote,) = quotes_of(
        "Pedro Gómez recibió el lunes a la ministra, Ana Ruiz, en el puerto.",
        "«El puerto abrirá la próxima primavera sin problemas», dijo ella.",
        language="es",
    )
    assert quote.speaker == "Ana Ruiz"


def test_german_feminine_title_decides_the_pronoun() -> None:
    (quote,) = quotes_of(
        "Olaf Brandt traf am Montag Bundeskanzlerin Angela Merkel in Berlin.",
        "„Wir schaffen das, auch wenn es schwer wird“, sagte sie.",
        language="de",
    )
    assert quote.speaker == "Angela Merkel"


# Full names and roles: the name as first introduced, a short role from the apposition.

def test_surname_shared_with_a_later_name_goes_to_the_person_it_ends() -> None:
    (quote,) = quotes_of(
        "Sung Kim, the US special representative on North Korea, met his counterpart on Monday.",
        "“We harbor no hostile intent toward the DPRK and we are hopeful,” Kim told reporters.",
        "North Korean leader Kim Jong Un last week blamed the US for sanctions.",
    )
    assert (quote.speaker, quote.role) == ("Sung Kim", "US special representative on North Korea")


def test_french_initial_and_surname_expand_to_the_full_name() -> None:
    (quote,) = quotes_of(
        "Barack Obama s'adresse à la foule dans l'Ohio.",
        "Pour B. Obama, les Américains « ne gagneront pas la saison avec ce coach ».",
        language="fr",
    )
    assert quote.speaker == "Barack Obama"


def test_french_role_from_the_apposition() -> None:
    (quote,) = quotes_of(
        "Le ministre de l'Intérieur, Manuel Valls, était à Lyon mardi.",
        "« Le nucléaire est une filière d'avenir pour la France », a déclaré Valls.",
        language="fr",
    )
    assert (quote.speaker, quote.role) == ("Manuel Valls", "ministre de l'Intérieur")


def test_spanish_role_from_the_apposition() -> None:
    (quote,) = quotes_of(
        "Pedro Sánchez, el presidente del Gobierno, visitó Valencia el lunes.",
        "«La economía crecerá un dos por ciento este año», dijo Sánchez.",
        language="es",
    )
    assert (quote.speaker, quote.role) == ("Pedro Sánchez", "presidente del Gobierno")


def test_german_role_from_the_apposition() -> None:
    (quote,) = quotes_of(
        "Anna Schäfer, die neue Bürgermeisterin von Kassel, eröffnete am Montag die Brücke.",
        "„Die Stadt hat endlich ihre Brücke, nach neun langen Jahren“, sagte Schäfer.",
        language="de",
    )
    assert (quote.speaker, quote.role) == ("Anna Schäfer", "neue Bürgermeisterin von Kassel")


# Which quotes are key.

def test_every_speaker_gets_a_quote_before_anyone_gets_a_second() -> None:
    quotes = quotes_of(
        "The council closed the old bridge over the river after engineers found cracks in the bridge.",
        "“The bridge is not safe, and the cracks in the bridge will only grow,” said engineer Ann Wu.",
        "“We had no choice but to close the bridge over the river,” said the mayor, Tom Reed.",
        "Engineers will inspect it again in May.",
        "“The cracks in the bridge supports are deep and the river is rising,” Wu said later that day.",
        limit=2,
    )
    assert [q.speaker for q in quotes] == ["Ann Wu", "Tom Reed"]


def test_main_actor_and_substance_beat_a_fragment() -> None:
    quotes = quotes_of(
        "Ann Wu, the city engineer, closed the old bridge over the river on Monday. Wu found cracks in "
        "the bridge. Wu will inspect the bridge again in May, Wu said.",
        "A resident, Tom Reed, called it “a bridge with cracks in it”.",
        "“We checked every support with our divers during the last three weeks, and the damage is "
        "serious,” said Wu.",
        limit=1,
    )
    assert [q.speaker for q in quotes] == ["Ann Wu"]


def test_a_few_quoted_words_no_one_says_are_no_key_quote() -> None:
    quotes = quotes_of(
        "Marsh batted for four hours before the declaration ended his innings on 99.",
        "He should perhaps be listed in the scorebook as ‘run out (Kohli) 99.94’.",
        limit=3,
    )
    assert quotes == ()


def test_the_quotes_button_gets_every_quote_and_the_summary_the_first_three() -> None:
    article = Article("Bridge", (
        "“The bridge is not safe for cars any more,” said Ann Wu.",
        "“We will build a new bridge next year,” said Tom Reed.",
        "“The river has never been this high in spring,” said Lea Park.",
        "“Nobody was hurt when the old bridge was closed,” said Ian Cole.",
    ))
    assert len(digest(article, quotes=None).quotes) == 4
    assert len(digest(article).quotes) == 3


SEED_PAGE = """Theme
  • Light
  • Dark

US renews calls for talks with North Korea

This picture released by the official news agency shows North Korean leader Kim Jong Un giving a speech in Pyongyang. (AFP)

A US envoy made a new appeal Monday for talks with North Korea, insisting the US has no hostile intent.

Sung Kim, the US special representative on North Korea, met in Washington with his South Korean counterpart, Noh Kyu-duk, ahead of a three-way meeting Tuesday.

For the latest headlines, follow our Google News channel online or via the app.

“We will seek diplomacy with the DPRK to make tangible progress that increases the security of the United States and our allies,” Kim said, referring to the North by its official name.

“We harbor no hostile intent toward the DPRK and we are hopeful to meeting with them without conditions,” Kim told reporters.

But he added that the allies had “a responsibility to implement UN Security Council resolutions,” referring to sanctions.

North Korean leader Kim Jong Un last week blamed the US for sanctions, dismissing Washington's assertions.

Kim met three times with former president Donald Trump, who failed to reach an agreement on the nuclear program.

Read more:
"""


def test_seed_page_envoy_quotes_go_to_sung_kim_with_his_role() -> None:
    quotes = digest(read_text(SEED_PAGE), quotes=None).quotes
    assert len(quotes) == 3
    assert {(q.speaker, q.role) for q in quotes} == {("Sung Kim", "US special representative on North Korea")}


def test_french_inverted_pronoun_without_the_euphonic_t() -> None:
    quotes = quotes_of(
        "Dans l'interview, Jean-Marie Le Pen revient sur le parti et sur l'islam.",
        "« Le maître sera l'islam, et personne ne pourra l'empêcher », prévient-il.",
        language="fr",
    )
    assert by_text(quotes) == {"Le maître sera l'islam, et personne ne pourra l'empêcher": "Jean-Marie Le Pen"}


def test_guillemet_left_on_the_sentence_before_still_opens_the_quote() -> None:
    quotes = quotes_of(
        "Dans l'interview, Jean-Marie Le Pen revient sur le parti, la démographie européenne, ainsi que "
        "l'islam. « Le maître sera l'islam. Si les islamistes deviennent majoritaires, ce sera la charia », "
        "prévient-il.",
        language="fr",
    )
    assert [q.speaker for q in quotes] == ["Jean-Marie Le Pen"]


def test_adverb_between_the_pronoun_and_the_verb() -> None:
    quotes = quotes_of(
        "Le commentateur Thierry Roland a couvert le match de Sofia en 1976. "
        "Après le penalty, il avait alors lâché : « Monsieur l'arbitre, vous êtes un salaud ! »",
        language="fr",
    )
    assert [q.speaker for q in quotes] == ["Thierry Roland"]


def test_role_ends_without_the_full_stop_of_its_sentence() -> None:
    (quote,) = quotes_of(
        "« Nous réagissons sans attacher plus d'importance que cela à ces propos » déclare à l'AFP "
        "Jean-Philippe Magnen, le porte-parole du parti.",
        language="fr",
    )
    assert (quote.speaker, quote.role) == ("Jean-Philippe Magnen", "porte-parole du parti")


def test_a_quote_takes_the_attribution_at_the_end_of_its_sentence() -> None:
    quotes = quotes_of(
        "Arnaud Montebourg était l'invité de BFM TV dimanche.",
        "« Avec une augmentation continue de la consommation des ménages », la question est de savoir "
        "« si nous allons continuer à investir dans nos centrales » affirme-t-il.",
        language="fr",
    )
    assert [q.speaker for q in quotes] == ["Arnaud Montebourg", "Arnaud Montebourg"]


def test_a_description_of_someone_named_goes_to_the_speaker_in_focus() -> None:
    quotes = quotes_of(
        "Selon la fédération des banques, Febelfin, le montant volé est plus bas.",
        "Febelfin a rappelé sur la RTBF que les banques électroniques restent un moyen de paiement sûr. "
        "« Non, il ne faut pas être inquiet, les comptes sont protégés », a répondu la porte-parole de la "
        "fédération à une question de la RTBF.",
        language="fr",
    )
    assert [q.speaker for q in quotes] == ["Febelfin"]


def test_an_unnamed_source_is_still_nobody() -> None:
    quotes = quotes_of(
        "Febelfin a rappelé sur la RTBF que les banques électroniques restent un moyen de paiement sûr. "
        "« Non, il ne faut pas être inquiet, les comptes sont protégés », a répondu un porte-parole.",
        language="fr",
    )
    assert [q.speaker for q in quotes] == [None]


def test_french_elided_object_pronoun_before_the_verb() -> None:
    quotes = quotes_of(
        "La journaliste Ana Pastor García a été remerciée vendredi. "
        "Pastor l'avait annoncé sur le réseau social : « J'ai été virée parce que je faisais un vrai "
        "journalisme indépendant. »",
        language="fr",
    )
    assert [q.speaker for q in quotes] == ["Ana Pastor García"]


def test_english_title_is_a_surname_in_another_language() -> None:
    quotes = quotes_of(
        "Ana Pastor García presentaba el programa Los desayunos de TVE.",
        "«Me han echado por hacer periodismo independiente y no me han dado ninguna razón», "
        "escribió Ana Pastor en Twitter.",
        language="es",
    )
    assert [q.speaker for q in quotes] == ["Ana Pastor García"]


def test_french_gerund_of_a_reporting_verb() -> None:
    quotes = quotes_of(
        "Le ministre de l'Intérieur, Manuel Valls, apportait son soutien à Arnaud Montebourg ce matin sur "
        "Europe 1, en affirmant que « le nucléaire est incontestablement une filière d'avenir ».",
        language="fr",
    )
    assert [q.speaker for q in quotes] == ["Manuel Valls"]


def test_spanish_verb_without_its_dropped_subject_goes_to_the_person_in_focus() -> None:
    quotes = quotes_of(
        "La alcaldesa de Valencia, María Gómez, visitó el puerto el lunes.",
        "«Vamos a construir un nuevo muelle para los pescadores el año que viene», dijo en rueda de prensa.",
        language="es",
    )
    assert [q.speaker for q in quotes] == ["María Gómez"]


def test_spanish_verb_with_an_unnamed_subject_is_nobody() -> None:
    quotes = quotes_of(
        "La alcaldesa de Valencia, María Gómez, visitó el puerto el lunes.",
        "«Vamos a construir un nuevo muelle para los pescadores el año que viene», dijo un portavoz.",
        language="es",
    )
    assert [q.speaker for q in quotes] == [None]


def test_quote_inside_a_sentence_without_a_reporting_verb_goes_to_its_subject() -> None:
    quotes = quotes_of(
        "Barack Obama s'adresse à la foule dans l'Ohio. "
        "Mitt Romney se présentait comme « l'entraîneur qui ferait triompher les Etats-Unis ».",
        "À la reprise, Denis Baupin a ensuite défendu sa décision : « On peut faire une suspension "
        "lorsqu'un vote a été annoncé ».",
        language="fr",
    )
    assert {q.text[:16]: q.speaker for q in quotes} == {
        "l'entraîneur qui": "Mitt Romney", "On peut faire un": "Denis Baupin"}


def test_french_pour_after_a_conjunction_names_the_speaker() -> None:
    quotes = quotes_of(
        "Barack Obama s'adresse à la foule dans l'Ohio. "
        "Mais pour Obama, « le problème est que tout le monde connaît déjà sa stratégie ».",
        language="fr",
    )
    assert [q.speaker for q in quotes] == ["Barack Obama"]


def test_impersonal_il_is_nobody() -> None:
    quotes = quotes_of(
        "Nadim Houry, de Human Rights Watch, a présenté le rapport mardi.",
        "Il apparaît que les prisonniers sont maintenus dans « des positions de stress douloureuses "
        "sur de longues périodes ».",
        language="fr",
    )
    assert [q.speaker for q in quotes] == [None]


def test_relative_clause_speaks_for_the_name_it_hangs_on() -> None:
    quotes = quotes_of(
        "Antonio Inoki has appeared in the U.S.-based WWE -- which describes him as "
        "\"among the most respected men in sports-entertainment\" -- and founded a wrestling league."
    )
    assert [q.speaker for q in quotes] == ["WWE"]


def test_pronoun_is_not_a_name_that_comes_after_the_quote() -> None:
    quotes = quotes_of(
        "Stan Freberg disdained the hard sell. He created such classic ad capers as "
        "\"Nine out of 10 doctors recommend Chun King Chow Mein,\" and his Jeno's Frozen Pizza campaign "
        "featured the Lone Ranger."
    )
    assert [q.speaker for q in quotes] == ["Stan Freberg"]


def test_pronoun_goes_to_the_person_opening_the_sentence_before() -> None:
    quotes = quotes_of(
        "« La bourgeoisie s'exprime quand je vous vois », lui avait dit Christian Jacob.",
        "Dans l'interview, Jean-Marie Le Pen revient sur le parti et sur l'islam. « Le maître sera "
        "l'islam, et personne ne pourra l'empêcher », prévient-il.",
        language="fr",
    )
    assert {q.text[:16]: q.speaker for q in quotes} == {
        "La bourgeoisie s": "Christian Jacob", "Le maître sera l": "Jean-Marie Le Pen"}


def test_unnamed_spokesman_for_an_organisation_gives_the_organisation() -> None:
    quotes = quotes_of(
        "The resort said it licensed an outside company, Terminix, for the pest control services. "
        "In an email to CNN, a spokesman for Terminix wrote that the company is \"looking into this "
        "matter internally, and cooperating with authorities.\""
    )
    assert [q.speaker for q in quotes] == ["Terminix"]


def test_a_descriptor_before_the_name_is_not_part_of_it() -> None:
    quotes = quotes_of(
        "Buzz has surrounded the new documentary, but Scientologist John Travolta is not a fan.",
        "\"I've been so happy with my experience over the last 40 years,\" Travolta said.",
    )
    assert [q.speaker for q in quotes] == ["John Travolta"]


def test_abbreviation_after_a_title_is_a_first_name() -> None:
    quotes = quotes_of(
        "Defense Minister Gen Nakatani told the Diet that his jets had never met a UFO.",
        "\"They sometimes find birds or flying objects other than aircraft,\" Nakatani said.",
    )
    assert [q.speaker for q in quotes] == ["Gen Nakatani"]


def test_german_statement_of_capitalised_nouns_is_not_a_title() -> None:
    quotes = quotes_of(
        "Luther lehnte die Beichte ab, da „ein jeder Christ ein Beichtvater ist“.",
        language="de",
    )
    assert [q.text for q in quotes] == ["ein jeder Christ ein Beichtvater ist"]


def test_mixed_quotation_marks_still_pair() -> None:
    quotes = quotes_of(
        "Die Zeitung berichtete von einer Prüfung der „Rechnungen einer Antragstellerin, um festzustellen, "
        "ob sie allein lebe\". Das Amt prüfte weiter.",
        language="de",
    )
    assert [q.text for q in quotes] == ["Rechnungen einer Antragstellerin, um festzustellen, ob sie allein lebe"]


def test_a_quotation_announced_as_a_title_is_not_a_quote() -> None:
    quotes = quotes_of(
        "El informe destacó un gráfico titulado «Reconstrucción de la temperatura del hemisferio norte», "
        "y el IPCC dijo que «la conclusión del resumen final sigue siendo sólida».",
        language="es",
    )
    assert [q.text for q in quotes] == ["la conclusión del resumen final sigue siendo sólida"]


def test_spanish_body_named_by_its_head_noun_speaks() -> None:
    quotes = quotes_of(
        "El tribunal tendría la obligación de considerar su reclamación.",
        "El Tribunal de Justicia, reiterando su opinión, dijo que los Estados miembros \"han restringido sus "
        "derechos soberanos y han creado un corpus jurídico\" propio.",
        language="es",
    )
    assert [q.speaker for q in quotes] == ["Tribunal de Justicia"]


def test_german_nouns_before_a_name_are_not_part_of_it() -> None:
    quotes = quotes_of(
        "Eine Studie von Perotti erschien 1996.",
        "Wirtschaftswissenschaftler Branko Milanovic schrieb 2001, dass „die Ansicht, dass Ungleichheit "
        "Wachstum beeinträchtigt, stärker vertreten wird“.",
        "Perotti kam zu dem Schluss, dass „gleichere Gesellschaften niedrigere Fertilitätsraten haben“. "
        "So schrieb Perotti.",
        language="de",
    )
    assert {q.text[:12]: q.speaker for q in quotes} == {"die Ansicht,": "Branko Milanovic", "gleichere Ge": "Perotti"}


def test_sentence_adverb_and_article_do_not_join_a_body_name() -> None:
    quotes = quotes_of(
        "En 2011, la Junta General de Iglesia y Sociedad de la Iglesia Metodista Unida pidió la abstinencia. "
        "La iglesia tiene muchos miembros.",
        "Hoy la Iglesia Metodista Unida manifiesta que \"afirma nuestro apoyo de larga data a la abstinencia "
        "del alcohol\".",
        language="es",
    )
    assert [q.speaker for q in quotes] == ["Iglesia Metodista Unida"]


def test_a_description_with_a_name_in_it_is_that_person() -> None:
    quotes = quotes_of(
        "Perotti concluyó que \"las sociedades más igualitarias tienen menores tasas de fecundidad\".",
        "El economista Thomas Piketty desafía esta noción, afirmando que desde 1914 las guerras y los "
        "\"choques económicos y políticos violentos\" redujeron la desigualdad.",
        language="es",
    )
    assert {q.text[:10]: q.speaker for q in quotes} == {"las socied": "Perotti", "choques ec": "Thomas Piketty"}


def test_a_post_alone_is_not_a_name() -> None:
    quotes = quotes_of(
        "En palabras del Secretario General de las Naciones Unidas Ban Ki-Moon: \"Si bien el crecimiento "
        "económico es necesario, no es suficiente\".",
        language="es",
    )
    assert [q.speaker for q in quotes] != ["Secretario General"]


def test_after_an_article_one_capitalised_word_is_a_thing() -> None:
    quotes = quotes_of(
        "Die Zulassung zum Bachelorstudium in Harvard wird von der Carnegie Foundation als "
        "„selektiver und mit geringerer Aufnahme“ charakterisiert.",
        language="de",
    )
    assert [q.speaker for q in quotes] != ["Zulassung"]


def test_a_surname_alone_before_a_reporting_verb() -> None:
    quotes = quotes_of(
        "Las sentadas hacen más difícil que un sistema funcione. Brownlee señala que \"aunque los "
        "desobedientes civiles están limitados en su uso de la coerción\", pueden necesitarla.",
        language="es",
    )
    assert [q.speaker for q in quotes] == ["Brownlee"]


def test_a_plural_before_a_reporting_verb_is_nobody() -> None:
    quotes = quotes_of("Officials said \"the bridge will stay closed until the end of the month.\"")
    assert [q.speaker for q in quotes] == [None]


def test_french_ministry_named_in_lower_case() -> None:
    quotes = quotes_of(
        "D'après le communiqué du ministère de l'Intérieur, « les identités des deux agresseurs sont "
        "connues grâce à la police ».",
        language="fr",
    )
    assert [q.speaker for q in quotes] == ["ministère de l'Intérieur"]


def test_a_title_as_description_goes_to_the_speaker_of_the_sentence() -> None:
    quotes = quotes_of(
        "Barack Obama s'adresse à la foule dans l'Ohio. Mitt Romney se présentait comme « l'entraîneur qui "
        "ferait triompher les Etats-Unis ». Mais pour Obama, « le problème est que tout le monde connaît sa "
        "stratégie » : « il augmente les impôts de près de 2 000 dollars sur les foyers » dénonce le "
        "Président-candidat.",
        language="fr",
    )
    assert {q.text[:12]: q.speaker for q in quotes} == {
        "l'entraîneur": "Mitt Romney", "le problème ": "Barack Obama", "il augmente ": "Barack Obama"}


def test_a_dash_ends_a_name() -> None:
    quotes = quotes_of(
        "Le commentateur Thierry Roland s'est éteint samedi.",
        "Dès 1976, il fit parler de lui lors du match éliminatoire Bulgarie – France. Il avait alors "
        "lâché : « Monsieur l'arbitre, vous êtes un salaud ! »",
        language="fr",
    )
    assert [q.speaker for q in quotes] == ["Thierry Roland"]


def test_it_and_a_statement_speak_for_the_body_in_focus() -> None:
    quotes = quotes_of(
        "Flight controllers were unable to confirm the health of the spacecraft, NASA said. "
        "\"The spacecraft made another pass over Russian ground stations and kept losing telemetry,\" the "
        "American space agency said in an update. \"Docking has been called off for the Progress 59 "
        "spacecraft,\" it said. \"The spacecraft was not carrying any supplies critical for the station,\" a "
        "statement said."
    )
    assert [q.speaker for q in quotes] == ["NASA", "NASA", "NASA"]


def test_it_is_not_a_person() -> None:
    quotes = quotes_of(
        "Governor Sam Brownback said he was proud to sign the law. "
        "\"Kansas is now the only state with this law, and we will fight it in court,\" it said."
    )
    assert [q.speaker for q in quotes] == [None]


def test_french_participle_speaks_for_the_clause_subject() -> None:
    quotes = quotes_of(
        "Pour se justifier, TVE a émis le lendemain un communiqué de presse affirmant qu'ils lui avaient "
        "offert « un espace d'interviews à minuit chaque semaine ».",
        language="fr",
    )
    assert [q.speaker for q in quotes] == ["TVE"]


def test_a_description_in_the_sentence_before_hands_on_the_speaker() -> None:
    quotes = quotes_of(
        "Selon la fédération des banques, Febelfin, « le montant volé est plutôt de 700 000 euros ».",
        "Pour terminer, la porte-parole de la fédération a nuancé les chiffres du parquet. « On a constaté, "
        "depuis le début de l’année, 261 cas de fraude. »",
        language="fr",
    )
    assert {q.text[:8]: q.speaker for q in quotes} == {"le monta": "Febelfin", "On a con": "Febelfin"}


def test_a_lone_surname_with_an_apposition_opens_the_sentence() -> None:
    quotes = quotes_of(
        "Barroso, le président de la commission européenne, pense que « cela envoie un signal clair de la "
        "détermination de la Grèce ».",
        language="fr",
    )
    assert [q.speaker for q in quotes] == ["Barroso"]


def test_according_to_a_source_is_not_the_next_clause_subject() -> None:
    quotes = quotes_of(
        "Según los artículos 9 y 10 del Tratado de la Unión Europea, la UE respeta \"el principio de "
        "igualdad de sus ciudadanos\".",
        language="es",
    )
    assert [q.speaker for q in quotes] != ["UE"]


def test_german_words_of_a_post_then_the_name() -> None:
    quotes = quotes_of(
        "Mit den Worten des Generalsekretärs der Vereinten Nationen, Ban Ki-moon: „Wirtschaftliches "
        "Wachstum ist zwar notwendig, reicht aber nicht aus.“",
        language="de",
    )
    assert [q.speaker for q in quotes] == ["Ban Ki-moon"]


def test_an_acronym_is_shown_as_the_name_the_article_spelt_out() -> None:
    quotes = quotes_of(
        "L'ONG Human Rights Watch vient de publier un rapport sur les prisons syriennes.",
        "HRW précise que « le nombre de centres de détention est probablement beaucoup plus élevé ».",
        language="fr",
    )
    assert [q.speaker for q in quotes] == ["Human Rights Watch"]


def test_german_speaker_after_the_verb_before_a_colon() -> None:
    quotes = quotes_of(
        "In „Das leere Kind“ (2005) sagt Dr. Constantine: „Bevor der Krieg überhaupt begann, war ich ein "
        "Vater und ein Großvater.“",
        language="de",
    )
    assert [q.speaker for q in quotes] == ["Constantine"]


def test_german_es_speaks_for_the_body_in_focus() -> None:
    quotes = quotes_of(
        "Das IPCC hat inzwischen eingeräumt, dass die Zeitangabe unrichtig ist. Es drückte sein Bedauern "
        "über „die mangelhafte Anwendung gängiger IPCC-Verfahren in diesem Fall“ aus.",
        language="de",
    )
    assert [q.speaker for q in quotes] == ["IPCC"]


def test_according_to_a_post_then_the_name_in_apposition() -> None:
    quotes = quotes_of(
        "Selon le président du conseil du CERN, Michel Spiro, le boson va permettre de poursuivre les "
        "recherches : « Nous avons de quoi nous occuper avec le LHC jusqu'en 2030 ».",
        language="fr",
    )
    assert [q.speaker for q in quotes] == ["Michel Spiro"]


def test_newspaper_with_a_capitalised_article_in_its_name() -> None:
    quotes = quotes_of(
        "Le quotidien français Le Figaro annonce mardi que le journaliste aurait été tué par « un tir d'obus "
        "lancé par les rebelles de Homs ».",
        "« Les analyses balistiques indiquent que le tir venait d'un quartier rebelle » indique le quotidien.",
        language="fr",
    )
    assert [q.speaker for q in quotes] == ["Le Figaro", "Le Figaro"]


def test_shared_surname_goes_to_the_person_last_written_out_in_full() -> None:
    quotes = quotes_of(
        "Donald Sterling's remarks cost him a team. His wife, Shelly Sterling, sued his companion. "
        "Donald Sterling's downfall came after a recording surfaced. In the tape, Sterling chastises her.",
        "\"In your lousy Instagrams, you don't have to have yourself walking with them,\" Sterling said.",
    )
    assert [q.speaker for q in quotes] == ["Donald Sterling"]


def test_passive_with_its_agent_gives_the_agent() -> None:
    quotes = quotes_of(
        "Die Zulassung zum Studium in Harvard wird von der Carnegie Foundation als „selektiver und mit "
        "geringerer Aufnahme als anderswo“ charakterisiert.",
        language="de",
    )
    assert [q.speaker for q in quotes] == ["Carnegie Foundation"]
    quotes = quotes_of(
        "The plan was described by Senator Jane Doe as \"a betrayal of every worker in this state.\""
    )
    assert [q.speaker for q in quotes] == ["Jane Doe"]


def test_a_body_described_by_its_kind_is_the_body_in_focus_not_the_last_person() -> None:
    quotes = quotes_of(
        "L'ONG Human Rights Watch a publié mardi un rapport sur les prisons syriennes.",
        "Son directeur, Ole Solvang, a déclaré : « Nous avons trouvé des preuves dans chaque prison visitée. »",
        "L'organisation précise que « le nombre de centres de détention est probablement beaucoup plus élevé ».",
        language="fr",
    )
    assert by_text(quotes) == {
        "Nous avons trouvé des preuves dans chaque prison visitée.": "Ole Solvang",
        "le nombre de centres de détention est probablement beaucoup plus élevé": "Human Rights Watch",
    }


def test_a_name_with_initials_is_shown_in_full() -> None:
    quotes = quotes_of(
        "The writer J.K. Rowling was taken to hospital in Edinburgh on Tuesday.",
        "\"I'm feeling much better and am leaving the hospital today,\" Rowling said.",
    )
    assert [q.speaker for q in quotes] == ["J.K. Rowling"]


def test_a_quotation_standing_alone_belongs_to_the_subject_of_the_sentence_before() -> None:
    quotes = quotes_of(
        "Le président de séance, François Brottes, a déclaré : « La séance est suspendue pour cinq minutes. »",
        "À la reprise, les députés ont fait part de leur indignation par Christian Jacob, président du "
        "groupe UMP. Il a souhaité faire un rappel au règlement de l'Assemblée. « On ne peut pas accepter "
        "un tel mépris de notre règlement. »",
        language="fr",
    )
    assert by_text(quotes) == {
        "La séance est suspendue pour cinq minutes.": "François Brottes",
        "On ne peut pas accepter un tel mépris de notre règlement.": "Christian Jacob",
    }
    assert next(q.role for q in quotes if q.speaker == "Christian Jacob") == "président du groupe UMP"


def test_a_nickname_in_quotation_marks_is_part_of_the_name() -> None:
    quotes = quotes_of(
        "Years later, \"Weird Al\" Yankovic called him a major influence on his career. "
        "\"Very sad to say that one of my heroes has just passed away,\" Yankovic wrote on Twitter."
    )
    assert [q.speaker for q in quotes] == ["Weird Al Yankovic"]


def test_a_quotation_after_a_feminine_naming_word_is_a_title_not_a_statement() -> None:
    quotes = quotes_of(
        "Elles furent lancées par une comédie musicale nommée « Les bâtisseurs de la gloire » présentée au "
        "Théâtre de verdure.",
        language="fr",
    )
    assert quotes == ()


def test_a_reporting_verb_after_and_shares_the_clause_subject() -> None:
    quotes = quotes_of(
        "Kristina Karo says she lost her hen when she was six. She alleges that when the hen disappeared, "
        "Ms Kunis confessed to the crime and told her 'Kristina, you can have any other chicken as a pet.'"
    )
    assert [q.speaker for q in quotes] == ["Kunis"]


def test_an_english_description_ending_in_a_kind_of_body_is_the_body() -> None:
    quotes = quotes_of(
        "The Kansas Advocacy Group sharply criticized the law on Tuesday. Governor Sam Brownback said he was "
        "proud to sign it. \"Kansas now has more restrictions on abortion than any state,\" the advocacy "
        "group said."
    )
    assert [q.speaker for q in quotes] == ["Kansas Advocacy Group"]


def test_a_relative_clause_between_the_name_and_the_verb_is_skipped() -> None:
    quotes = quotes_of(
        "Kristina Karo is suing Mila Kunis. Mila Kunis said: 'I never took a chicken from anyone in my "
        "life.' Karo, who has moved to "
        "Los Angeles in the hopes of launching a career as a singer, says the theft traumatised her. She "
        "claims that seeing the actress has 'brought back all the bad memories of her childhood'."
    )
    assert by_text(quotes) == {
        "I never took a chicken from anyone in my life.": "Mila Kunis",
        "brought back all the bad memories of her childhood": "Kristina Karo",
    }


def test_a_hyphenated_acronym_is_the_short_form_of_itself() -> None:
    quotes = quotes_of(
        "C'est le syndicat SUD-PTT qui a révélé ce décès à la presse.",
        "Le syndicat SUD estime que « ce collègue avait des difficultés dans sa vie au travail ».",
        language="fr",
    )
    assert [q.speaker for q in quotes] == ["SUD-PTT"]


def test_a_report_of_a_body_speaks_for_the_body() -> None:
    quotes = quotes_of(
        "Un rapport de la Ligue arabe apporte la même conclusion : « Il faudrait noter que le journaliste "
        "a été tué par un tir de mortier ».",
        language="fr",
    )
    assert [q.speaker for q in quotes] == ["Ligue arabe"]


def test_according_to_a_body_described_by_its_kind() -> None:
    quotes = quotes_of(
        "L'ONG Human Rights Watch a publié un rapport. Son directeur, Ole Solvang, a déclaré : « Nous avons "
        "trouvé des preuves dans chaque prison visitée. » Pour l'organisation, il existe en Syrie « une "
        "politique d'Etat de mauvais traitement et de torture ».",
        language="fr",
    )
    assert by_text(quotes)["une politique d'Etat de mauvais traitement et de torture"] == "Human Rights Watch"


def test_a_list_of_quoted_titles_is_not_a_statement() -> None:
    quotes = quotes_of(
        "Entre sus obras destacan «La casa de los espíritus del norte», «El amor en los tiempos del "
        "cólera» y «Cien años de soledad en Macondo».",
        language="es",
    )
    assert quotes == ()
    quotes = quotes_of(
        "Among the highlights, caught on tape: \"I'm on television and you're in a trailer, honey,\" and "
        "\"I wouldn't work at a scumbag place like this.\""
    )
    assert len(quotes) == 2


def test_more_french_reporting_verbs() -> None:
    quotes = quotes_of(
        "« Nous ne reculerons devant aucune pression extérieure », a déploré Jean Dupont.",
        "« Cette décision est une victoire pour tous les habitants », s'est félicitée Marie Curie.",
        "« Personne ne pourra dire que nous n'avons pas prévenu », a rétorqué Paul Martin.",
        language="fr",
    )
    assert sorted(q.speaker for q in quotes) == ["Jean Dupont", "Marie Curie", "Paul Martin"]


def test_a_description_goes_to_the_one_person_introduced_as_such() -> None:
    quotes = quotes_of(
        "Le ministre Jean Dupont était à Paris mardi. L'écrivaine Marie Curie, elle, a déclaré : « Cette "
        "réforme est une erreur historique pour tout le pays. »",
        "« Nous ne reculerons devant aucune pression extérieure », a ajouté le ministre.",
        language="fr",
    )
    assert by_text(quotes)["Nous ne reculerons devant aucune pression extérieure"] == "Jean Dupont"


def test_more_spanish_attributions() -> None:
    quotes = quotes_of(
        "«No vamos a retroceder ante ninguna presión exterior», ha lamentado Juan Pérez.",
        "De acuerdo con Ana Ruiz, «la reforma llegará al parlamento antes del verano».",
        "«Nadie podrá decir que no avisamos a tiempo», sentenció Luis Gómez.",
        language="es",
    )
    assert sorted(q.speaker for q in quotes) == ["Ana Ruiz", "Juan Pérez", "Luis Gómez"]


def test_german_article_and_noun_after_a_surname_end_the_name() -> None:
    quotes = quotes_of(
        "Der Minister Hans Müller war am Dienstag in Berlin.",
        "„Wir werden vor keinem Druck von außen zurückweichen“, sagte Müller der Zeitung.",
        "„Das wird noch lange dauern, fürchte ich“, mahnte Ursula von der Leyen.",
        language="de",
    )
    assert sorted(q.speaker for q in quotes) == ["Hans Müller", "Ursula von der Leyen"]


def test_french_according_to_a_pronoun_or_a_known_description() -> None:
    quotes = quotes_of(
        "Le ministre Jean Dupont est revenu sur la crise mardi. Selon lui, « nous ne reculerons devant "
        "aucune pression extérieure ».",
        "Pour le ministre, « la réforme sera votée avant la fin de l'été ».",
        language="fr",
    )
    assert [q.speaker for q in quotes] == ["Jean Dupont", "Jean Dupont"]


def test_a_description_with_another_complement_is_not_the_person() -> None:
    quotes = quotes_of(
        "Jean Dupont, ministre de l'Intérieur, était à Paris mardi.",
        "Le ministre du Budget a déclaré que « la réforme sera votée avant la fin de l'été ».",
        language="fr",
    )
    assert [q.speaker for q in quotes] != ["Jean Dupont"]


def test_french_auxiliary_a_is_not_an_indefinite_article() -> None:
    quotes = quotes_of(
        "Dans un communiqué, le ministère de l'Intérieur a indiqué que « la situation est sous contrôle "
        "depuis mardi soir ».",
        language="fr",
    )
    assert [q.speaker for q in quotes] == ["ministère de l'Intérieur"]


def test_more_english_reporting_verbs() -> None:
    quotes = quotes_of(
        "\"We will not back down in the face of any outside pressure,\" John Smith testified.",
        "\"It was the longest night of my whole life,\" Mary Jones recounted.",
        "\"Nobody listened to us when it still mattered,\" Paul Brown lamented.",
    )
    assert sorted(q.speaker for q in quotes) == ["John Smith", "Mary Jones", "Paul Brown"]


def test_a_possessive_before_a_post_is_no_person() -> None:
    quotes = quotes_of(
        "India was in full crisis mode on Monday. On the ground: Devastation in Nepal India's Prime Minister "
        "Narendra Modi has made a special effort. And on Sunday he said Indians needed to \"wipe the tears of "
        "every Nepali and stand with them.\""
    )
    assert [q.speaker for q in quotes] == ["Narendra Modi"]


def test_a_name_inside_an_apposition_is_not_the_subject() -> None:
    quotes = quotes_of(
        "Executive producer Mark Wolper, son of the original's producer David L. Wolper, added, \"Kunta Kinte "
        "began telling his story over 200 years ago.\""
    )
    assert [q.speaker for q in quotes] == ["Mark Wolper"]


def test_german_noun_before_a_body_name_is_not_part_of_it() -> None:
    quotes = quotes_of(
        "Die Zeitung Daily Mail berichtete im Jahr 2012 von einer Prüfung der „Rechnungen einer "
        "Antragstellerin, um festzustellen, ob die Frau allein lebe“.",
        language="de",
    )
    assert [q.speaker for q in quotes] == ["Daily Mail"]


def test_a_pronoun_goes_to_the_person_of_its_gender_who_opens_the_sentence_before() -> None:
    quotes = quotes_of(
        "Jean Dupont a déclaré : « Nous ne reculerons devant aucune pression extérieure. » Mme Curie "
        "conteste cette version. Elle estime que « le gouvernement a menti depuis le début de cette affaire ».",
        language="fr",
    )
    assert by_text(quotes)["le gouvernement a menti depuis le début de cette affaire"] == "Curie"


def test_il_after_a_sentence_about_a_body_is_the_body_not_the_last_person() -> None:
    quotes = quotes_of(
        "Le portefeuille de la Justice revient à Antonis Manitakis. Le nouveau gouvernement s'est donné pour "
        "objectif de réviser le mémorandum. Il a cependant déclaré que « cette révision ne doit pas mettre en "
        "danger la voie européenne du pays ».",
        language="fr",
    )
    assert [q.speaker for q in quotes] == [None]


def test_double_marks_nested_in_a_single_mark_quotation_stay_inside_it() -> None:
    quotes = quotes_of(
        "'I'm totally not as ready for the claycourt season as I thought I was. Now I'm in the mindset of, "
        "\"You know what, I'm not on hard court.\" I'm playing like I'm on hard court,' Serena Williams said."
    )
    assert len(quotes) == 1
    assert quotes[0].speaker == "Serena Williams"
    assert quotes[0].text.startswith("I'm totally not as ready")


def test_german_noun_after_an_article_is_no_speaker_and_a_colon_is_no_title() -> None:
    quotes = quotes_of(
        "Der Minister Hans Müller war am Dienstag in Berlin. Gegenüber der Zeitung sagte Müller: „Wir werden "
        "vor keinem Druck von außen zurückweichen.“",
        "Müller schreibt in seinem Buch: „Wer nicht kämpft, hat schon verloren, das gilt für uns alle.“",
        language="de",
    )
    assert [q.speaker for q in quotes] == ["Hans Müller", "Hans Müller"]


def test_an_adverb_opening_the_sentence_is_no_surname() -> None:
    quotes = quotes_of(
        "El ministro Juan Pérez visitó Madrid el martes. Allí, aseguró que «no vamos a retroceder ante "
        "ninguna presión exterior».",
        language="es",
    )
    assert [q.speaker for q in quotes] == ["Juan Pérez"]


def test_a_spokesman_of_a_named_body_after_a_semicolon() -> None:
    quotes = quotes_of(
        "A Sandown spokesman said; 'Tony wanted to do it but his side are playing on Friday night.'"
    )
    assert [q.speaker for q in quotes] == ["Sandown"]


def test_a_quotation_after_known_as_or_a_motto_is_a_name() -> None:
    quotes = quotes_of(
        "Fue conocido como «el padre de la patria moderna» durante décadas, y su lema «trabajo, orden y "
        "progreso para todos» sigue vivo, como el término «economía social de mercado en Europa».",
        language="es",
    )
    assert quotes == ()


def test_a_party_acronym_before_a_name_is_not_part_of_it() -> None:
    quotes = quotes_of(
        "Le député UMP Jean Dupont a déclaré que « nous ne reculerons devant aucune pression extérieure ».",
        language="fr",
    )
    assert [q.speaker for q in quotes] == ["Jean Dupont"]


def test_german_nach_angaben_von() -> None:
    quotes = quotes_of(
        "Nach Angaben von Hans Müller „werden wir vor keinem Druck von außen zurückweichen“.",
        language="de",
    )
    assert [q.speaker for q in quotes] == ["Hans Müller"]


def test_arabic_names_keep_their_lower_case_article() -> None:
    french = all_quotes(build_document(Article("Story", (
        "Le chef du conseil local, Karim Abd al-Aziz, a reçu les journalistes jeudi.",
        "« Nous ne quitterons pas la ville avant la fin des combats », a-t-il déclaré.",
    ), language="fr")))
    english = quotes_of('"We will hold the bridge until help arrives," said Omar Abu al-Haddad, a local commander.')
    assert by_text(french) == {"Nous ne quitterons pas la ville avant la fin des combats": "Karim Abd al-Aziz"}
    assert by_text(english) == {"We will hold the bridge until help arrives": "Omar Abu al-Haddad"}


def test_a_clause_after_a_semicolon_attributes_the_next_quote_not_this_one() -> None:
    french = all_quotes(build_document(Article("Story", (
        "D'après la ministre de la Santé, Claire Vautrin, « les hôpitaux manquent de lits cet hiver » ; "
        "le ministre du Travail, Paul Girard, a pour sa part ajouté : « Nous embaucherons mille infirmiers de plus ».",
    ), language="fr")))
    spanish = all_quotes(build_document(Article("Story", (
        "Según la alcaldesa, Marta Gil, «la obra terminará en marzo sin ningún retraso»; "
        "el concejal Luis Prado añadió: «Hemos pagado todo lo que estaba previsto».",
    ), language="es")))
    assert by_text(french) == {"les hôpitaux manquent de lits cet hiver": "Claire Vautrin",
                               "Nous embaucherons mille infirmiers de plus": "Paul Girard"}
    assert by_text(spanish) == {"la obra terminará en marzo sin ningún retraso": "Marta Gil",
                                "Hemos pagado todo lo que estaba previsto": "Luis Prado"}


def test_speaker_after_the_verb_when_a_phrase_is_set_off_before_it() -> None:
    french = all_quotes(build_document(Article("Story", (
        "« La baisse des ventes est bien plus forte que prévu », au vu des chiffres du trimestre, "
        "commente Lee Min-ho, analyste chez Kiwoom.",
    ), language="fr")))
    german = all_quotes(build_document(Article("Story", (
        "„Die Umsätze sind viel stärker gefallen als erwartet“, angesichts der Zahlen des Quartals, "
        "kommentierte Jan Berger, Analyst bei Baader.",
    ), language="de")))
    assert by_text(french) == {"La baisse des ventes est bien plus forte que prévu": "Lee Min-ho"}
    assert by_text(german) == {"Die Umsätze sind viel stärker gefallen als erwartet": "Jan Berger"}


def test_a_pronoun_skips_the_friend_named_in_a_possessive_apposition() -> None:
    english = quotes_of(
        "The folk singer Paul Marsh died on Saturday at the age of 81.",
        "Touring with his lifelong friend, Tom Weiss, he once told a crowd: “Music is the only home I ever needed.”",
    )
    french = all_quotes(build_document(Article("Story", (
        "Le chanteur Paul Marchand est mort samedi à l'âge de 81 ans. Avec son complice de toujours, Luc Perrin, "
        "il a enregistré vingt albums. Il avait alors lâché : « La musique est la seule maison dont j'ai eu besoin ».",
    ), language="fr")))
    assert by_text(english) == {"Music is the only home I ever needed.": "Paul Marsh"}
    assert by_text(french) == {"La musique est la seule maison dont j'ai eu besoin": "Paul Marchand"}


def test_a_pronoun_that_goes_on_from_a_pronoun_keeps_the_same_person() -> None:
    english = quotes_of(
        "Paul Marsh arrived in Brussels on Monday. He met the trade minister, Tom Weiss, for an hour. "
        "He said later: “Nothing was agreed and nothing will be before June.”",
    )
    assert by_text(english) == {"Nothing was agreed and nothing will be before June.": "Paul Marsh"}


def test_german_pronoun_after_the_verb_when_an_adverb_opens_the_sentence() -> None:
    german = all_quotes(build_document(Article("Story", (
        "Paul Berger kam am Montag nach Brüssel und traf dort die Handelsministerin. "
        "Danach sagte er: „Nichts wurde vereinbart, und vor Juni wird sich daran nichts ändern.“",
    ), language="de")))
    assert by_text(german) == {"Nichts wurde vereinbart, und vor Juni wird sich daran nichts ändern.": "Paul Berger"}


def test_a_german_spokesperson_compound_speaks_for_the_body_it_names() -> None:
    quotes = all_quotes(build_document(Article("Story", (
        "Die Bundesregierung hat am Freitag neue Regeln für Betriebe beschlossen.",
        "„Die Maßnahmen gelten ab dem ersten März für alle Betriebe“, sagte ein Regierungssprecher in Berlin.",
        "Auch die Europäische Kommission äußerte sich. „Wir prüfen die neuen Regeln sehr genau“, "
        "erklärte eine Kommissionssprecherin.",
        "„Die Straße bleibt bis zum Abend für alle Autos gesperrt“, sagte ein Polizeisprecher.",
    ), language="de")))
    assert by_text(quotes) == {
        "Die Maßnahmen gelten ab dem ersten März für alle Betriebe": "Bundesregierung",
        "Wir prüfen die neuen Regeln sehr genau": "Europäische Kommission",
        "Die Straße bleibt bis zum Abend für alle Autos gesperrt": None,
    }


def test_a_surname_that_is_also_a_title_is_a_surname_after_a_first_name() -> None:
    quotes = quotes_of(
        "Blues singer Ruby King was taken to hospital on Monday after a fall at home.",
        "“I am feeling much better and will be home by the weekend,” King said in a message.",
        "Prime Minister Tom Hale sent flowers.",
    )
    assert by_text(quotes) == {"I am feeling much better and will be home by the weekend": "Ruby King"}


def test_according_to_a_statement_on_someones_website_is_that_person() -> None:
    quotes = quotes_of(
        "Governor Ann Miller signed the water bill on Monday.",
        "The bill sets aside money for wells \"wherever a town runs short of clean water,\" according to a "
        "statement on Miller's website.",
    )
    assert by_text(quotes) == {"wherever a town runs short of clean water": "Ann Miller"}


def test_it_in_the_quotes_own_sentence_is_the_body_that_opens_it() -> None:
    quotes = quotes_of(
        "Mayor Tom Hale approved the new parking fees on Friday.",
        "Friends of Dover and District Traders attacked the fees, which it described as \"a tax on every family "
        "that still shops in the town centre.\" \"Half our members will lose customers,\" the traders' group said.",
    )
    assert [q.speaker for q in quotes] == ["Friends of Dover and District Traders"] * 2


def test_a_clause_joined_by_and_after_a_quoted_term_keeps_its_subject() -> None:
    quotes = quotes_of(
        "The rule, signed by Texas Gov. Ann Miller on Monday, bans what it calls \"cheap loans\" and defines as "
        "\"any loan that costs more than twice the bank rate.\""
    )
    assert by_text(quotes) == {"any loan that costs more than twice the bank rate.": None}



def test_a_pronoun_after_an_unnamed_woman_spoke_is_that_woman() -> None:
    quotes = quotes_of(
        "A woman who was attacked by builder Tom Hale has told a court of her fear. "
        "\"I am scared to leave my house at night,\" the woman said. "
        "Hale sat in the dock and did not look at her as she spoke. "
        "The woman, who can not be named, said she had trusted him. "
        "\"I never thought he would hurt anyone,\" she said."
    )
    assert [q.speaker for q in quotes] == [None, None]



def test_a_quote_a_colon_introduces_with_no_speaker_is_the_previous_sentences_subject() -> None:
    quotes = quotes_of(
        "(CNN)KTV's Jane Doe found herself in the news this week after a video of a row at a car park. "
        "Among the lines caught on camera: \"I earn more in a day than you earn in a year, honey.\" "
        "And, finally, \"Go and find a real job somewhere.\""
    )
    assert [q.speaker for q in quotes] == ["Jane Doe", "Jane Doe"]


def test_a_french_body_name_runs_from_its_kind_to_the_last_name_word() -> None:
    quotes = quotes_of(
        "Le maire Paul Martin a présenté lundi le nouveau plan de circulation.",
        "L'Union des commerçants de Lyon a pour sa part critiqué la mesure et estimé que « les petits "
        "magasins du centre vont fermer les uns après les autres ».",
        language="fr",
    )
    assert [q.speaker for q in quotes] == ["Union des commerçants de Lyon"]


def test_a_french_description_opening_the_sentence_is_the_person_it_introduced() -> None:
    quotes = quotes_of(
        "Le nouveau logo a été dessiné par le graphiste belge Marc Lenoir après deux ans de travail.",
        "Pour le dessiner, le graphiste s'est basé sur une idée simple : « Chaque enfant doit pouvoir "
        "le reconnaître du premier coup d'œil ».",
        language="fr",
    )
    assert [q.speaker for q in quotes] == ["Marc Lenoir"]


def test_a_capital_before_an_auxiliary_speaks_for_its_government() -> None:
    quotes = quotes_of(
        "Le nouveau gouvernement grec a prêté serment mercredi.",
        "Bruxelles a salué sa formation, y voyant la volonté du pays de « rester dans la zone euro "
        "quoi qu'il arrive ».",
        language="fr",
    )
    assert [q.speaker for q in quotes] == ["Bruxelles"]


def test_his_essay_quotes_the_person_he_stands_for() -> None:
    quotes = all_quotes(build_document(Article("Story", (
        "Karl Weber lebte ab 1850 als Lehrer in Bonn. "
        "Sein Aufsatz über die Schule lehnte den Zwang ab und forderte freie Wahl, da „jedes Kind seinen "
        "eigenen Weg gehen muss”.",
    ), language="de")))
    assert by_text(quotes) == {"jedes Kind seinen eigenen Weg gehen muss": "Karl Weber"}


def test_a_post_no_one_held_before_is_the_person_named_next() -> None:
    quotes = quotes_of(
        "Le ministre de l'Agriculture a déclaré dimanche sur France Inter que « les éleveurs seront aidés "
        "dès le mois prochain ». Paul Mercier reconnaît toutefois que l'aide restera modeste.",
        language="fr",
    )
    assert [q.speaker for q in quotes] == ["Paul Mercier"]


def test_an_attribution_cut_off_after_a_question_names_the_speaker() -> None:
    quotes = quotes_of(
        "Anna Berg and her brother Tom Berg drove to the lake on Sunday. Their mother Maria Berg stayed home. "
        "'I am tired. Can we stop for lunch soon?' Anna wrote to her mother, the police said."
    )
    assert [q.speaker for q in quotes] == ["Anna Berg"]


def test_a_short_quoted_name_inside_the_clause_does_not_cut_off_its_subject() -> None:
    quotes = quotes_of(
        "Anna Berg lost her dog two years ago. She says the loss of 'Rex' that winter has 'ruined every "
        "holiday for me since then', according to TMZ."
    )
    assert by_text(quotes) == {"ruined every holiday for me since then": "Anna Berg"}


def test_a_name_the_text_writes_after_a_capital_the_is_no_person() -> None:
    quotes = quotes_of(
        "Tom Hale ran the bakery on Main Street for forty years, The Daily Planet reported. "
        "Daily Planet: Hale dies at 90. He once called his bread \"the only honest thing left in this whole town.\""
    )
    assert [q.speaker for q in quotes] == ["Tom Hale"]


def test_the_teenager_is_the_one_person_the_text_gives_a_teenage_age() -> None:
    quotes = quotes_of(
        "Ruth Cole, 48, drove her son Sam Cole, 15, to school on Monday. 'You are late for school again,' Ruth Cole "
        "told him. The teenager later told a friend: 'She is always so angry with me in the mornings.'"
    )
    assert by_text(quotes) == {"You are late for school again": "Ruth Cole",
                               "She is always so angry with me in the mornings.": "Sam Cole"}


def test_a_document_saying_a_quote_leaves_the_speaker_to_the_words_before() -> None:
    quotes = quotes_of(
        "Ruth Cole drove her son Sam Cole to school on Monday. 'You are late for school again,' Ruth Cole told him. "
        "Sam Cole then texted a friend: 'She is always so angry with me in the mornings,' the police report said."
    )
    assert by_text(quotes) == {"You are late for school again": "Ruth Cole",
                               "She is always so angry with me in the mornings": "Sam Cole"}


def test_a_colon_after_a_subject_of_its_own_does_not_hand_the_quote_to_the_sentence_before() -> None:
    quotes = quotes_of(
        "Mayor Tom Hale opened the new park on Sunday. The sign at its gate read: \"No dogs, no bikes and "
        "no ball games after dark.\""
    )
    assert [q.speaker for q in quotes] == [None]


def test_a_post_is_not_handed_to_a_next_person_with_another_role() -> None:
    quotes = quotes_of(
        "The minister said on Sunday that \"every farm will get help before the winter comes.\" "
        "Paul Mercier, a farmer from Kent, doubts it."
    )
    assert [q.speaker for q in quotes] == [None]


def test_a_sentence_after_a_question_that_says_more_is_no_attribution() -> None:
    quotes = quotes_of(
        "Tom Hale found the dog in his garden. \"Who could do such a thing to a poor old dog?\" "
        "Police said the owner, 45, was arrested on Monday."
    )
    assert [q.speaker for q in quotes] != ["Police"]


def test_a_post_is_not_handed_to_a_next_person_who_does_not_speak() -> None:
    quotes = quotes_of(
        "The minister said on Sunday that \"every farm will get help before the winter comes.\" "
        "Paul Mercier welcomed the news."
    )
    assert [q.speaker for q in quotes] == [None]


def test_a_long_description_between_the_speaker_and_told_keeps_the_speaker() -> None:
    """Whoever was told (NBC News) is not who spoke."""
    quotes = by_text(quotes_of(
        '"This is how epidemics begin," Dr. Luz Contreras Arroyo, a member of the group and signatory '
        'to the letter, told NBC News. "It is not just migrants, it could get out of control."',
    ))
    assert set(quotes.values()) == {"Luz Contreras Arroyo"}


def test_the_spokesperson_the_story_never_named_is_not_someone_else_in_focus() -> None:
    quotes = by_text(all_quotes(build_document(Article("Story", (
        "A group of nurses is urging the Department of Transport to accept its offer of free checks.",
        "The nurses, members of a new group Nurses for Safe Roads, NSR, have offered to staff a mobile "
        "clinic at no cost to the government at the Dover, Kent, Border Force depot.",
        "“We ask you to let our volunteers run the clinic,” the nurses stated in the letter.",
        "Border Force, part of the Home Office, did not accept the offer. A spokesperson who did not wish "
        "to be named said in a statement that the agency has never run clinics.",
        '"As a law enforcement agency and due to the short stays at our depots, running a clinic is not '
        'feasible," the spokesperson said.',
    )))))
    statement = "As a law enforcement agency and due to the short stays at our depots, running a clinic is not feasible"
    assert quotes[statement] is None


def test_a_subject_after_a_fronted_phrase_without_a_comma_speaks() -> None:
    """"But in a note on his memo Mrs Dale said: “…”" showed no speaker: the phrase of where she wrote
    runs into her name with no comma, and its "a note" read as an unnamed person's."""
    quotes = quotes_of(
        "Harriet Dale doubted the new timetable from the start. Her deputy Tom Price sent her a memo defending it. "
        "But in a note on his memo Mrs Dale said: “This timetable will leave the morning trains half empty.”"
    )
    assert [q.speaker for q in quotes] == ["Harriet Dale"]


def test_a_name_after_a_phrase_set_off_by_a_comma_is_not_the_speaker() -> None:
    """The name closing a phrase that a comma sets off is where the words went, not who spoke them."""
    quotes = quotes_of(
        "The ferry company said the crossing would resume on Friday. "
        "In a message to Harbour Radio, a spokeswoman for the company wrote that the boats \"will run to the old "
        "timetable from the weekend.\""
    )
    assert [q.speaker for q in quotes] != ["Harbour Radio"]


def test_a_post_someone_became_is_no_one_a_he_points_to() -> None:
    """"… to become Chief Whip he set up a review which he said would end “…”" gave the quote to "Whip":
    the post after "become" is what he took, not a person the pronoun could stand for."""
    quotes = quotes_of(
        "Peter Lamb ran the transport department for six years. "
        "Before leaving to become Chief Whip he set up a review which he said would end “years of drift and "
        "short-term fixes on the buses”."
    )
    assert [q.speaker for q in quotes] == ["Peter Lamb"]


def test_a_plural_abbreviation_opening_the_sentence_is_no_speaker() -> None:
    """"GCSEs were intended to ensure a focus on “…”" showed "GCSEs" as the speaker: with no verb of
    saying, the sentence's subject spoke, and a plural abbreviation names things, never one person."""
    quotes = quotes_of(
        "The new GCSEs replaced two older exams. Teachers liked GCSEs because coursework counted. "
        "GCSEs were meant to reward “what pupils can actually do rather than what they can memorise”."
    )
    assert [q.speaker for q in quotes] == [None]
