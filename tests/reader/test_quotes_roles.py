"""Who said a key quote, as the reader sees it under the quote: the full name, then a short role when
the article gives one (an apposition, or a title right before the name), and no role rather than a
wrong one."""

from __future__ import annotations

from bot.conversation.render import PlainMarkup, quote_line
from bot.reader.article import Article
from bot.reader.quotes.quotations import find_quotes
from bot.reader.text.document import build_document


def shown(*paragraphs: str, language: str = "en") -> list[str]:
    """The attribution of each key quote as the bot shows it (what follows the quote's dash), in
    article order."""
    quotes = find_quotes(build_document(Article("Story", paragraphs, language=language)), None)
    in_order = sorted(quotes, key=lambda quote: quote.sentence.index)
    return [quote_line(quote, PlainMarkup()).rpartition("” — ")[2] for quote in in_order]


def test_a_possessive_apposition_ending_the_sentence_is_the_role() -> None:
    assert shown(
        "PG&E began another round of power shutoffs on Wednesday as dry winds returned.",
        "“This lack of rain is keeping the threat of fire very real, this late in the season,” said "
        "Scott Strenfel, PG&E's principal meteorologist.",
    ) == ["Scott Strenfel, PG&E's principal meteorologist"]


def test_a_title_before_the_name_with_the_body_it_belongs_to_is_the_role() -> None:
    assert shown(
        "In a letter calling for the meeting, CPUC President Marybel Batjer said that “lack of service is "
        "not a mere inconvenience, it endangers lives.”",
        "PG&E is taking steps, but at the moment, “we won’t roll the dice on public safety,” company "
        "CEO Andy Vesey said.",
    ) == ["Marybel Batjer, CPUC President", "Andy Vesey, company CEO"]


def test_the_words_qualifying_a_title_come_with_it_but_not_the_clause_before() -> None:
    assert shown(
        "The club confirmed on Monday that the stadium will be rebuilt over the next three years.",
        "“We have no plans to leave the city before the end of the decade,” said former chief executive "
        "John Smith.",
        "While White House press secretary Stephanie Grisham said “the trip was simply a jump on the "
        "annual physical,” he did not have that physical done.",
        "“I know we’re happy to get rid of Fortress, they brought this on themselves,” said New Media "
        "investor Leon Cooperman.",
    ) == ["John Smith, former chief executive", "Stephanie Grisham, White House press secretary",
          "Leon Cooperman, New Media investor"]


def test_a_club_before_a_post_is_not_who_speaks() -> None:
    assert shown(
        "“We will fight for the title until the very last game of the season,” said Arsenal boss "
        "Arsene Wenger.",
        "“The company will keep investing in its stores this year and next,” said PG&E's CEO Bill Johnson.",
    ) == ["Arsene Wenger, Arsenal boss", "Bill Johnson, PG&E's CEO"]


def test_a_role_opening_the_sentence_is_not_part_of_the_name() -> None:
    assert shown(
        "England lost to France by ten points at Twickenham on Saturday.",
        "Fly-half Charlie Hodgson admitted: “We made too many mistakes in the first half and paid for them.”",
        "Foreign Secretary Dominic Raab said: “We make no apology for having an instant rebuttal to all "
        "the claims.”",
    ) == ["Charlie Hodgson, fly-half", "Dominic Raab, Foreign Secretary"]


def test_a_title_before_the_name_in_german_french_and_spanish() -> None:
    assert shown(
        "„Wir brauchen mehr Windräder in Bayern, und zwar schnell“, sagte Bayerns Wirtschaftsminister "
        "Hubert Aiwanger.",
        language="de",
    ) == ["Hubert Aiwanger, Bayerns Wirtschaftsminister"]
    assert shown(
        "« La sécurité des Français est notre priorité absolue », a déclaré le ministre de l'Intérieur "
        "Gérald Darmanin.",
        language="fr",
    ) == ["Gérald Darmanin, ministre de l'Intérieur"]
    assert shown(
        "«La economía crecerá un dos por ciento este año», dijo el presidente del Gobierno Pedro Sánchez.",
        language="es",
    ) == ["Pedro Sánchez, presidente del Gobierno"]


def test_an_honorific_or_a_verb_before_the_name_is_no_role() -> None:
    assert shown(
        "The show will host John Smith next week, when the new season of the programme opens.",
        "“I did nothing wrong and I will prove it in court,” said John Smith.",
        "“We are not going to change the plan for the new bridge,” said fertility specialist Dr. Ann Wu.",
    ) == ["John Smith", "Ann Wu, specialist"]


def test_what_follows_a_name_is_no_role_when_it_is_a_clause_or_the_next_person() -> None:
    assert shown(
        "Singer-guitarists Tom Johnston and Patrick Simmons, singer-keyboardist McDonald, and John McFee "
        "will tour together.",
        "“You might remember him from his own band these days,” Simmons joked.",
        "As a postdoc in the lab of Wendy Garrett in 2011, Michael Howitt became fascinated with tuft cells.",
        "“They were these really intriguing, weird cells that didn’t respond,” Howitt said.",
        "The minister met Ann Wu, President Obama, and the mayor on Monday.",
        "“We will not change the plan for the bridge this year,” Wu said.",
    ) == ["Patrick Simmons", "Michael Howitt", "Ann Wu"]


def test_a_name_in_the_words_before_a_title_is_shown_whole_or_not_at_all() -> None:
    assert shown(
        "New York Senator Charles Schumer said: “We were told nothing about the loss by the committee.”",
        "“Overall I see a low risk of the economy falling into serious recession,” said Bank of Japan chief "
        "Toshihiko Fukui.",
        "The deal was signed by Oil and Natural Gas Corporation chairman Subir Raha.",
        "“We will invest in Russia for the next decade at least,” Raha said.",
        "Menatep Group's managing director Tim Osborne told Reuters: “If they default, we will fight them "
        "everywhere.”",
    ) == ["Charles Schumer, New York Senator", "Toshihiko Fukui, Bank of Japan chief", "Subir Raha, chairman",
          "Tim Osborne, managing director"]


def test_a_phrase_setting_the_scene_before_a_name_is_no_role_but_a_role_opening_the_sentence_is() -> None:
    assert shown(
        "Speaking at a BMW event ahead of the Geneva motor show, Helmut Panke predicted that “demand for "
        "crossover vehicles will soar in Europe.”",
        "Speaking at the trial of his former boss Bernard Ebbers, Scott Sullivan said “I lied to the board "
        "to cover up the hole.”",
        "A lawyer for the victims, Eduardo Contreras, told Reuters: “This demonstrates that the horrors of "
        "the dictatorship are no mystery.”",
    ) == ["Helmut Panke", "Scott Sullivan", "Eduardo Contreras, lawyer for the victims"]


def test_a_participle_opening_a_sentence_is_no_first_name_so_the_surname_keeps_its_person() -> None:
    assert shown(
        "“We were pulled into the enterprise,” Apple CEO Tim Cook said on Tuesday at the Dreamforce conference.",
        "Hosting Cook at Dreamforce “is our dream,” Benioff said.",
        "“I can feel his presence when I come here,” Cook said.",
    )[-1] == "Tim Cook, Apple CEO"


def test_a_post_missing_from_the_title_list_before_a_full_name_is_the_role_not_part_of_the_name() -> None:
    assert shown("“We were pulled into the enterprise,” said Apple CEO Tim Cook on Tuesday.") == ["Tim Cook, Apple CEO"]


def test_a_predicate_after_a_name_set_off_by_commas_is_no_role_the_role_before_it_is() -> None:
    assert shown(
        "El capitán verdiblanco, Joaquín Ferrer, tampoco buscó excusas. «Tenemos que pedir perdón a la afición "
        "que ha viajado hasta aquí», dijo tras el partido.",
        "El presidente de la Junta, Francisco Ledesma, y el líder de la oposición socialista, Manuel Prieto, "
        "protagonizaron un duro cara a cara. \"Usted ha convertido la sanidad pública en un negocio\", le espetó "
        "Prieto desde la tribuna.",
        language="es",
    ) == ["Joaquín Ferrer, capitán verdiblanco", "Manuel Prieto, líder de la oposición socialista"]


def test_a_verb_or_a_relative_clause_after_the_name_is_no_role() -> None:
    french = shown(
        "Le ministre des Transports, Philippe Garnier, a appelé au « sens des responsabilités » des syndicats. Sur "
        "franceinfo, il a estimé que « bloquer le pays au moment des vacances n'est pas la bonne méthode ».",
        language="fr",
    )
    german = shown(
        "Anlass war der Gesetzentwurf von Arbeitsminister Stefan Albers, der strengere Regeln für Jobverweigerer "
        "vorsieht. „Wer zumutbare Arbeit ablehnt, muss mit spürbaren Kürzungen rechnen“, sagte Albers.",
        language="de",
    )
    assert french == ["Philippe Garnier, ministre des Transports"]
    assert german == ["Stefan Albers"]


def test_the_person_a_sentence_opens_with_para_is_the_described_speaker_and_its_predicate_no_role() -> None:
    assert shown(
        "Los empresarios defienden su papel. \"Nadie quiere que los turistas dejen de venir\", subrayó Jorge Marichal.",
        "Para el geógrafo de la Universidad de La Laguna Víctor Martín, el problema es de fondo. \"No se trata de "
        "cuántos turistas vienen, sino de quién se queda con los beneficios\", explica el investigador.",
        language="es",
    ) == ["Jorge Marichal", "Víctor Martín"]


def test_a_post_between_an_inverted_verb_and_the_name_is_the_role_and_a_when_phrase_is_none() -> None:
    assert shown(
        "Le trafic ferroviaire était fortement perturbé mardi.",
        "« Nous n'avons pas d'autre choix face au mépris de la direction », a déclaré le secrétaire général de la "
        "CGT-Cheminots, Laurent Brunet, lors d'un rassemblement à la gare de Lyon.",
        language="fr",
    ) == ["Laurent Brunet, secrétaire général de la CGT-Cheminots"]


def test_a_royal_or_papal_title_before_one_name_is_shown_with_it_not_after_it() -> None:
    assert shown(
        "Britain's Prince Andrew opened the new hall in York on Tuesday.",
        "“This building will serve the town for a century,” the prince said.",
        "Pope Francis sent a message to the crowd. “Nobody should be forced to leave their home,” Francis said.",
        "“It is a great honour to be here among you today,” said Queen Elizabeth II.",
    ) == ["Prince Andrew", "Pope Francis", "Queen Elizabeth II"]


def test_the_role_after_whom_the_words_were_said_to_leaves_the_recipient_out() -> None:
    assert shown(
        "La patronal pidió más tiempo. «La reforma llega tarde y mal para las empresas», dijo a Efe el presidente "
        "de la CEOE, Antonio Garamendi.",
        language="es",
    ) == ["Antonio Garamendi, presidente de la CEOE"]
