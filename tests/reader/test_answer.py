"""Questions a reader would ask about an article, and the sentence they should get back."""

from __future__ import annotations

from dataclasses import replace

import pytest

from bot.reader.answer.followup import Turn
from bot.reader.answer.index import Answer, AnswerIndex
from bot.reader.answer.kinds import offers
from bot.reader.answer.terms import question_terms
from bot.reader.article import Article
from bot.reader.extract.clutter import article_from_text
from bot.reader.pipeline import ask_in_turn
from bot.reader.text.document import build_document
from bot.reader.text.language import language_for

ENVOY = Article(
    title="US envoy meets South Korean counterpart as tensions rise",
    paragraphs=(
        "Sung Kim, the US special representative for North Korea, arrived in Seoul on Monday for "
        "three days of talks. He met his South Korean counterpart, Noh Kyu-duk, at the foreign ministry.",
        "The visit comes a week after North Korea tested two short-range ballistic missiles off its "
        "east coast. The launches were condemned by Japan and the United Nations.",
        "Kim Jong Un met Donald Trump three times between 2018 and 2019, but the talks collapsed over "
        "sanctions relief. Since then Pyongyang has ignored offers of dialogue.",
        "The envoy said Washington harbours no hostile intent and is ready to meet anywhere, at any "
        "time, without preconditions. Analysts in Seoul doubt that the North will respond soon.",
        "Officials did not say when the two diplomats would meet again.",
    ),
)

GERMAN = Article(
    title="Neue Brücke über den Rhein eröffnet",
    language="de",
    paragraphs=(
        "In Köln ist am Samstag eine neue Fußgängerbrücke über den Rhein eröffnet worden. Die Brücke "
        "ist 420 Meter lang und hat rund 80 Millionen Euro gekostet.",
        "Entworfen wurde sie von dem Architekten Jan Vogel aus Hamburg. Der Bau dauerte vier Jahre.",
        "Die Stadt erwartet täglich bis zu 20.000 Radfahrer und Fußgänger auf der Brücke.",
    ),
)

FRENCH = Article(
    title="Un nouveau musée ouvre ses portes à Lyon",
    language="fr",
    paragraphs=(
        "Le musée des Confluences a accueilli ses premiers visiteurs samedi à Lyon. Le bâtiment a été "
        "conçu par l'agence autrichienne Coop Himmelb(l)au.",
        "Les travaux ont coûté 330 millions d'euros, soit trois fois le budget prévu au départ.",
        "La directrice du musée, Hélène Lafont, espère attirer un demi-million de visiteurs par an.",
    ),
)


def ask(article: Article, question: str) -> Answer:
    return AnswerIndex(build_document(article)).answer(question)


def best_text(article: Article, question: str) -> str:
    answer = ask(article, question)
    assert answer.found, f"declined {question!r} (score {answer.score:.2f})"
    return answer.sentences[0].text


def test_who_question_finds_the_sentence_describing_the_person() -> None:
    assert best_text(ENVOY, "Who is Sung Kim?").startswith("Sung Kim, the US special representative")


def test_what_question_finds_the_missile_test() -> None:
    assert "ballistic missiles" in best_text(ENVOY, "What did North Korea test?")


def test_how_many_question_finds_the_number() -> None:
    assert "three times" in best_text(ENVOY, "How many times did Kim meet Trump?")


def test_when_question_prefers_the_sentence_with_a_date() -> None:
    assert "Monday" in best_text(ENVOY, "When did the envoy arrive in Seoul?")


def test_question_about_something_absent_is_declined_with_the_closest_sentence() -> None:
    answer = ask(ENVOY, "What did the Pope say about football?")
    assert not answer.found
    assert answer.sentences == ()
    assert answer.closest is not None and answer.closest.text in " ".join(ENVOY.paragraphs)


def test_answer_tells_where_in_the_article_it_is() -> None:
    answer = ask(ENVOY, "What did Japan and the United Nations do?")
    best = answer.sentences[0]
    assert best.paragraph == 1
    assert "condemned" in best.text


def test_gives_at_most_the_requested_number_of_sentences_best_first() -> None:
    index = AnswerIndex(build_document(ENVOY))
    two = index.answer("What did North Korea test?")
    one = index.answer("What did North Korea test?", top=1)
    assert len(two.sentences) == 2
    assert one.sentences == two.sentences[:1]


def test_score_is_a_share_between_zero_and_one() -> None:
    for question in ("Who is Sung Kim?", "What did the Pope say about football?", "Why?"):
        assert 0.0 <= ask(ENVOY, question).score <= 1.0


def test_a_question_of_only_stop_words_is_declined() -> None:
    assert not ask(ENVOY, "What is it?").found


def test_empty_article_declines_without_a_closest_sentence() -> None:
    answer = ask(Article(title="", paragraphs=()), "Who is Sung Kim?")
    assert answer == Answer((), False, None, 0.0)


@pytest.mark.parametrize(
    ("question", "expected"),
    [
        ("Wer hat die Brücke entworfen?", "Jan Vogel"),
        ("Wie viel hat die Brücke gekostet?", "80 Millionen Euro"),
        ("Wie lange dauerte der Bau?", "vier Jahre"),
    ],
)
def test_german_questions_against_a_german_article(question: str, expected: str) -> None:
    assert expected in best_text(GERMAN, question)


@pytest.mark.parametrize(
    ("question", "expected"),
    [
        ("Qui a conçu le bâtiment du musée ?", "Coop Himmelb(l)au"),
        ("Combien ont coûté les travaux ?", "330 millions"),
        ("Combien de visiteurs la directrice espère-t-elle ?", "demi-million"),
    ],
)
def test_french_questions_against_a_french_article(question: str, expected: str) -> None:
    assert expected in best_text(FRENCH, question)


def test_question_typed_without_accents_still_matches() -> None:
    assert "Hélène Lafont" in best_text(FRENCH, "Qui est la directrice Helene Lafont ?")


def test_german_question_about_something_absent_is_declined() -> None:
    assert not ask(GERMAN, "Was sagte der Papst über Fußball?").found


SPANISH = Article(
    title="Madrid inaugura una nueva biblioteca pública",
    language="es",
    paragraphs=(
        "La ciudad de Madrid inauguró el sábado una nueva biblioteca en el barrio de Usera. El "
        "edificio de la biblioteca fue diseñado por la arquitecta Carmen Ruiz.",
        "Las obras de la biblioteca costaron 40 millones de euros. La biblioteca de Usera abrió en "
        "marzo de 2024 tras tres años de obras.",
        "La biblioteca tendrá 200.000 libros y salas de estudio para los vecinos del barrio.",
    ),
)

BRIDGE = Article(
    title="The old harbour bridge",
    paragraphs=(
        "The harbour bridge links the old town with the port. Engineers from Glasgow built it in 1932 "
        "after a ferry disaster.",
        "The bridge carries a railway line and two roads. The city repainted the bridge in 1998.",
    ),
)


@pytest.mark.parametrize(
    ("question", "expected"),
    [
        ("¿Quién diseñó el edificio?", "Carmen Ruiz"),
        ("¿Cuánto costaron las obras?", "40 millones"),
        ("¿Cuándo abrió la biblioteca de Usera?", "marzo de 2024"),
        ("¿Cuantos libros tendra la biblioteca?", "200.000 libros"),
    ],
)
def test_spanish_questions_against_a_spanish_article(question: str, expected: str) -> None:
    assert expected in best_text(SPANISH, question)


def test_question_in_the_present_finds_a_sentence_in_the_past() -> None:
    assert "built it in 1932" in best_text(BRIDGE, "Who builds the bridge?")


def test_a_year_the_article_never_mentions_is_declined() -> None:
    assert ask(BRIDGE, "When did the city repaint the bridge?").found
    assert not ask(BRIDGE, "Who repainted the bridge in 2015?").found


def test_the_second_sentence_adds_what_the_first_did_not_match() -> None:
    article = Article(
        title="Town news",
        paragraphs=(
            "The mayor opened the new library on Monday. The mayor praised the library staff. "
            "The mayor thanked the library volunteers.",
            "Funding for the library came from a lottery grant of two million pounds.",
        ),
    )
    answer = AnswerIndex(build_document(article)).answer("How was the library the mayor opened funded?")
    assert answer.sentences[0].text.startswith("The mayor opened the new library")
    assert answer.sentences[1].text.startswith("Funding for the library")


HARBOUR = Article(
    title="Harbour news",
    paragraphs=(
        "The council finally approved the plan for a new harbour bridge. The vote took place on "
        "12 May 2019, after two years of debate.",
        "The city repainted the old ferry terminal in 1998. Engineers from Glasgow built the pier.",
        "Local shops sell maps of the harbour and postcards of the old pier.",
    ),
)


def test_a_question_in_other_words_is_answered_through_a_synonym() -> None:
    assert "Engineers from Glasgow" in best_text(HARBOUR, "Who constructed the pier?")


def test_a_when_question_is_answered_by_the_neighbouring_sentence_with_the_date() -> None:
    assert "12 May 2019" in best_text(HARBOUR, "When did the council approve the harbour bridge?")


def test_a_when_question_about_an_article_without_any_date_is_declined() -> None:
    bakery = Article(
        title="The village bakery",
        paragraphs=(
            "The bakery on Mill Lane sells rye bread and pastries. Its owner, Anna Berg, learned "
            "baking from her grandmother.",
        ),
    )
    answer = ask(bakery, "When did Anna Berg learn baking?")
    assert not answer.found
    assert answer.closest is not None and "Anna Berg" in answer.closest.text


@pytest.mark.parametrize(
    ("article", "question", "expected"),
    [
        (
            Article(
                title="Brücke gesperrt",
                language="de",
                paragraphs=(
                    "Die Brücke über den Main wurde am Montag gesperrt. Grund sind Risse im Beton, "
                    "die Ingenieure bei einer Prüfung gefunden haben. Die Brücke ist alt und wurde "
                    "oft repariert.",
                ),
            ),
            "Warum wurde die Brücke gesperrt?",
            "Risse im Beton",
        ),
        (
            Article(
                title="La piscine fermée",
                language="fr",
                paragraphs=(
                    "La piscine municipale a fermé ses portes lundi. La piscine municipale accueille "
                    "les écoles depuis 1970. Elle ferme parce que le toit menace de s'effondrer.",
                ),
            ),
            "Pourquoi la piscine municipale a-t-elle fermé ?",
            "le toit menace",
        ),
        (
            Article(
                title="El museo cierra",
                language="es",
                paragraphs=(
                    "El museo de la ciudad cerró sus puertas el lunes. El museo de la ciudad abrió "
                    "en 1950. Cerró porque el edificio necesita obras urgentes.",
                ),
            ),
            "¿Por qué cerró el museo de la ciudad?",
            "necesita obras urgentes",
        ),
    ],
)
def test_why_questions_get_the_sentence_giving_the_reason(article: Article, question: str, expected: str) -> None:
    assert expected in best_text(article, question)


def test_a_question_with_the_articles_names_but_a_word_it_never_uses_is_declined() -> None:
    answer = ask(ENVOY, "When did Sung Kim get divorced?")
    assert not answer.found
    assert answer.closest is not None and "Sung Kim" in answer.closest.text


@pytest.mark.parametrize(
    ("article", "question", "phrase"),
    [
        (ENVOY, "When did the envoy arrive in Seoul?", "Monday"),
        (ENVOY, "How many times did Kim meet Trump?", "three times"),
        (HARBOUR, "When did the council approve the harbour bridge?", "12 May 2019"),
        (GERMAN, "Wie lang ist die Brücke?", "420 Meter"),
    ],
)
def test_the_answer_marks_the_words_that_answer(article: Article, question: str, phrase: str) -> None:
    answer = ask(article, question)
    assert answer.found and answer.phrase is not None
    start, end = answer.phrase
    assert answer.sentences[0].text[start:end] == phrase


def test_a_question_of_no_known_kind_marks_no_phrase() -> None:
    answer = ask(ENVOY, "What did North Korea test?")
    assert answer.found and answer.phrase is None


OXYGEN_BAR = Article(
    title="Delhi mall opens an oxygen bar as the smog returns",
    paragraphs=(
        "A mall in south Delhi has opened a bar where shoppers breathe purified air through a tube. "
        "The air quality index in the city right now is 218, in the poor category.",
        "The bar charges Rs 299 for fifteen minutes of pure air. Most visitors stay for one session.",
        "Its owner, Patrick Carlineo Jr., 55, saw a similar bar in Las Vegas and opened this one in May.",
        "Doctors say the benefit lasts only as long as the session does.",
    ),
)


def test_a_how_much_question_about_money_gets_the_price_not_another_number() -> None:
    assert "Rs 299" in best_text(OXYGEN_BAR, "How much does a visit cost?")


def test_a_how_old_question_finds_the_age_given_after_the_name() -> None:
    answer = ask(OXYGEN_BAR, "How old is the owner?")
    assert answer.found and "Carlineo Jr., 55" in answer.sentences[0].text


def test_a_how_many_question_about_something_the_article_never_names_is_declined() -> None:
    answer = ask(OXYGEN_BAR, "How many astronauts were on board?")
    assert not answer.found


def test_a_question_naming_someone_the_article_never_mentions_is_declined() -> None:
    assert not ask(OXYGEN_BAR, "What did Taylor Swift think of the bar?").found


def test_a_misspelt_name_is_still_answered() -> None:
    assert "Las Vegas" in best_text(OXYGEN_BAR, "Where did Carlinneo see a similar bar?")


def test_a_money_question_about_an_article_without_any_amount_is_declined() -> None:
    assert not ask(ENVOY, "How much did the talks cost?").found
    assert not ask(FACTORY, "What did Acme pay for the site?").found


def test_what_a_company_paid_is_answered_with_the_amount() -> None:
    deal = replace(FACTORY, paragraphs=(*FACTORY.paragraphs, "Acme paid $80 million for the land, the county said."))
    assert "$80 million" in best_text(deal, "What did Acme pay for the site?")


def test_a_german_compound_in_the_question_finds_its_head_in_the_article() -> None:
    assert "420 Meter" in best_text(GERMAN, "Wie lang ist die Rheinbrücke?")


def test_a_french_question_in_other_words_is_answered_through_the_french_wordnet() -> None:
    assert "330 millions" in best_text(FRENCH, "Quel a été le prix du chantier ?")


def test_a_month_in_the_question_is_not_taken_for_a_name_the_article_lacks() -> None:
    assert "Rs 299" in best_text(OXYGEN_BAR, "How much has a session cost since January?")


def test_the_bold_amount_is_one_number_with_its_own_unit() -> None:
    titan = Article(title="A map of Titan", paragraphs=(
        "Titan, with a diameter of 3,200 miles (5,150 km), is the second-biggest moon.",
        "Its lakes are full of methane.",
    ))
    answer = ask(titan, "How wide is the moon?")
    text = answer.sentences[0].text
    assert text[answer.phrase[0]:answer.phrase[1]] in ("3,200 miles", "5,150 km")


@pytest.mark.parametrize(
    ("article", "question"),
    [
        (OXYGEN_BAR, "Which airline does the mall use?"),
        (ENVOY, "Which newspaper interviewed the envoy?"),
        (FRENCH, "Quel est le salaire de la directrice ?"),
        (FRENCH, "Quelle entreprise a construit le musée ?"),
    ],
)
def test_a_which_question_about_a_thing_the_article_never_names_is_declined(article: Article, question: str) -> None:
    assert not ask(article, question).found


@pytest.mark.parametrize(
    ("article", "question", "expected"),
    [
        (OXYGEN_BAR, "Which city did the owner visit before opening the bar?", "Las Vegas"),
        (FRENCH, "Quel est le budget des travaux ?", "330 millions"),
    ],
)
def test_a_which_question_about_a_thing_the_article_names_is_answered(article: Article, question: str, expected: str) -> None:
    assert expected in best_text(article, question)


FACTORY = Article(
    title="Acme opens a new plant in Ohio",
    paragraphs=(
        "Acme Corp opened a factory in Ohio on Monday, the company's third plant in the state.",
        "The site will employ 400 people, CEO Maria Lopez said at the opening.",
        "Shares of the company rose 2 percent after the news.",
    ),
)
USINE = Article(
    title="Acme ouvre une usine en Bretagne",
    language="fr",
    paragraphs=(
        "L'entreprise Acme a inauguré lundi une usine à Rennes, sa troisième en France.",
        "Le site emploiera 400 personnes, a précisé Marie Leroy, PDG du groupe.",
        "L'action de l'entreprise a gagné 2 % après l'annonce.",
    ),
)


@pytest.mark.parametrize(
    ("article", "question", "expected"),
    [(FACTORY, "Who runs the company?", "Maria Lopez"), (USINE, "Qui dirige l'entreprise ?", "Marie Leroy")],
)
def test_who_runs_it_finds_the_person_named_by_their_title(article: Article, question: str, expected: str) -> None:
    assert expected in best_text(article, question)


def test_how_old_is_a_named_person_is_answered_though_the_article_never_says_old() -> None:
    answer = ask(OXYGEN_BAR, "How old is Carlineo?")
    assert answer.found and "Carlineo Jr., 55" in answer.sentences[0].text


def test_a_bail_question_gets_the_bond_amount_not_the_age() -> None:
    arrests = Article(
        title="Four arrested in drug investigation",
        paragraphs=(
            "Officers arrested John Smith, 33, who resides at 12 Oak Street, police said.",
            "Jane Doe: possession of heroin, held in jail in lieu of $20,000 bond.",
            "Mark Roe: possession of marijuana, held in jail in lieu of $10,000 bond.",
            "Anna Poe: dealing in heroin, held in jail in lieu of $30,000 bond.",
            "John Smith: dealing in cocaine, possession of methamphetamine, possession of heroin, possession "
            "of marijuana, maintaining a common nuisance, held in jail in lieu of $50,000 bond.",
        ),
    )
    assert "$50,000" in best_text(arrests, "How much is Smith's bail?")


def bold(article: Article, question: str) -> str:
    answer = ask(article, question)
    assert answer.found and answer.phrase is not None
    return answer.sentences[0].text[answer.phrase[0]:answer.phrase[1]]


def test_the_bold_name_leaves_out_the_title() -> None:
    assert bold(FACTORY, "Who runs the company?") == "Maria Lopez"


def test_the_first_word_of_a_quotation_is_no_name() -> None:
    study = Article(
        title="Study finds rise in cannabis use",
        paragraphs=(
            "The expert Ian Hamilton, who did not work on the study, told reporters: "
            '"Although the rise is small, it could mean many more cases."',
        ),
    )
    assert bold(study, "Who commented on the study?") == "Ian Hamilton"


def test_who_spoke_for_a_body_marks_its_spokesman_not_the_body() -> None:
    raid = Article(
        title="Police arrest six in drug raid",
        paragraphs=(
            "Officers arrested six people on Monday after locating drugs in a car, said Lt. Matt Harris, "
            "Columbus Police Department spokesman.",
            "The six were taken to the county jail.",
        ),
    )
    assert "Matt Harris" in bold(raid, "Who spoke for the police?")


def test_a_when_question_prefers_the_sentence_with_a_date_over_one_repeating_its_words() -> None:
    awards = Article(
        title="Singer's row with her label seems to be over",
        paragraphs=(
            "The label says she will be allowed to play her old songs at the Music Awards on Sunday.",
            "The label agreed to let the show be streamed after the live show and re-broadcast on other platforms.",
        ),
    )
    assert "Sunday" in best_text(awards, "When is the awards show?")


def test_a_count_of_times_is_marked_without_the_verb_after_it() -> None:
    label = Article(title="Label denies claims", paragraphs=("Big Machine have twice denied doing anything wrong.",))
    assert bold(label, "How many times has the label denied it?") == "twice"


def test_a_hyphenated_duration_answers_how_long() -> None:
    festival = Article(
        title="Light festival returns",
        paragraphs=("Thirty artworks will light up the city centre during the 53-day-long festival.",),
    )
    assert bold(festival, "How long does the festival last?") == "53-day-long"


def test_a_german_question_in_other_words_is_answered_through_openthesaurus() -> None:
    wahl = Article(
        title="Regierungspartei verliert die Mehrheit",
        language="de",
        paragraphs=(
            "Die Regierungspartei gewann bei der Wahl 256 Mandate, 20 weniger als beim letzten Mal.",
            "Die Opposition sprach von einem historischen Abend und feierte bis in die Nacht.",
        ),
    )
    assert "256 Mandate" in best_text(wahl, "Wie viele Sitze bekam die Partei?")


def test_a_spanish_verb_in_another_form_is_answered_through_the_thesaurus() -> None:
    tesla = Article(
        title="Nikola Tesla",
        language="es",
        paragraphs=("Nikola Tesla nació en 1856 en Smiljan. Pereció en Nueva York el 7 de enero de 1943.",),
    )
    assert "1943" in best_text(tesla, "¿Cuándo falleció el inventor?")


def test_a_french_question_about_savings_asks_for_money() -> None:
    plan = Article(
        title="HP supprime des postes",
        language="fr",
        paragraphs=(
            "Ce plan devrait permettre d'économiser 3,5 milliards de dollars chaque année.",
            "La CGT a relevé qu'il n'y a que 210 embauches sur trois ans, selon le plan.",
        ),
    )
    assert "3,5 milliards" in best_text(plan, "Quelle économie le plan doit-il rapporter par an ?")


def test_the_name_of_someone_the_article_never_mentions_is_declined() -> None:
    assert not ask(ENVOY, "What is the name of the ship's captain?").found


def test_how_much_did_it_take_in_asks_for_money_and_ignores_take() -> None:
    results = Article(
        title="Retailer misses estimates",
        paragraphs=(
            "Shares of the home-improvement retailer fell ahead of the opening bell on Tuesday.",
            "In the third quarter the retailer earned $2.8 billion as revenue rose 3.5 percent to $27.2 billion.",
            "Comparable sales rose 3.6 percent in the quarter, missing the 4.8 percent gain that was expected.",
            "Some of the benefits will take longer to realize than the company assumed, its chief said.",
            "The company also cut its forecast for the fiscal year.",
        ),
    )
    assert "$27.2 billion" in best_text(results, "How much did the chain take in over the quarter?")


def test_a_day_of_the_week_is_not_marked_as_the_one_who_did_it() -> None:
    air = Article(
        title="Smog returns",
        paragraphs=(
            "Officials reported Wednesday that the air quality index reached 408, a hazardous level.",
            "Schools in the city of Delhi stayed closed.",
        ),
    )
    answer = ask(air, "Who reported the air quality index?")
    assert answer.found
    assert answer.phrase is None or "Wednesday" not in answer.sentences[0].text[answer.phrase[0]:answer.phrase[1]]


def test_a_count_in_lakh_is_not_a_price() -> None:
    masks = Article(
        title="Delhi hands out masks",
        paragraphs=(
            "Through schools, the city has started distributing 50 lakh masks today.",
            "Air purifiers are selling out across the city as the smog returns.",
        ),
    )
    assert not ask(masks, "How much do the masks cost?").found


CAMP = Article(
    title="Refugees stay in desert camp",
    paragraphs=(
        "Sean Robertson, a spokesperson for the coalition, said the claim was false.",
        "United Nations spokesman Farhan Haq said aid convoys were waiting at the border.",
        "Some 200 U.S. military personnel remain at the nearby base.",
    ),
)


@pytest.mark.parametrize("question", ["Who speaks for the UN?", "Who speaks for the U.N.?"])
def test_an_abbreviation_finds_the_name_it_shortens(question: str) -> None:
    assert "Farhan Haq" in best_text(CAMP, question)


def test_a_day_of_the_month_or_a_year_is_no_answer_to_how_many() -> None:
    offered = offers(language_for("en"), "In a statement published Oct. 25, officials said 40,000 people lived there in 2014.")
    assert offered["number"] == {"40,000"}
    assert "2014" in offered["date"]


def test_wont_is_not_the_past_of_win_and_doesnt_is_no_content_word() -> None:
    assert question_terms(language_for("en"), "Why won't they go, and why doesn't he?") == ["go"]


def test_a_scare_quoted_term_gives_no_reason_but_a_quoted_statement_does() -> None:
    english = language_for("en")
    assert not offers(english, "They accused the forces of controlling “bandit formations” near the camp.")["cause"]
    assert offers(english, "“We will win this,” she said.")["cause"]


TRIBUNE = Article(
    title="Tribune talks stall",
    paragraphs=(
        "The offer fell short of the $20 reportedly demanded by Ferro, who was then the largest shareholder.",
        "Reporters at the paper said their jobs were at risk after the merger.",
        "Reed expects to wring as much as $300 million in savings from the merger.",
    ),
)


def test_a_bold_amount_keeps_its_scale_word_and_leaves_out_the_next_word() -> None:
    assert bold(TRIBUNE, "How much money does Reed hope to save?") == "$300 million"
    assert bold(TRIBUNE, "How much did Ferro want per share?") == "$20"


def test_a_follow_up_whose_own_words_put_another_sentence_first_marks_that_sentence() -> None:
    article = replace(TRIBUNE, paragraphs=(TRIBUNE.paragraphs[0].replace(" reportedly", ""), *TRIBUNE.paragraphs[1:]))
    previous = Turn("What did Ferro demand?", (article.paragraphs[0],))
    answer = ask_in_turn(article, "Who will lose their jobs?", previous)
    assert answer.sentences[0].text.startswith("Reporters")
    assert answer.phrase is None


def test_a_bold_amount_ending_the_sentence_leaves_out_the_full_stop() -> None:
    sale = Article(title="Times sold", paragraphs=("Soon-Shiong bought The Times for $500 million.",))
    assert bold(sale, "How much did Soon-Shiong pay for the Times?") == "$500 million"


MOTOR_SHOW = article_from_text("\n\n".join((
    "New electric cars star at the Harbour Motor Show",
    "Three new electric cars and a redesigned family saloon are on display this week at the Harbour "
    "Motor Show, which opens to the public on Saturday. Here are the highlights:",
    "KESTREL VOLTA",
    "Kestrel's first battery hatchback will travel 280 miles on one charge. It will start at $31,000 "
    "when it reaches dealers in March.",
    "ORBIS TRAILMASTER",
    "Orbis is showing a plug-in version of its best-selling pickup. The truck can tow a small boat and "
    "goes 40 miles on electricity alone. It will start at $52,000.",
    "MERIDIAN LUMEN CONCEPT",
    "Meridian calls the low wagon a preview of a car it will build in 2027. It will travel 310 miles on "
    "one charge and reach 60 mph in four seconds, the company says.",
)))


@pytest.mark.parametrize(
    ("question", "sentence"),
    [
        ("What does the Kestrel Volta cost?", "It will start at $31,000"),
        ("How much is the Trailmaster?", "It will start at $52,000"),
        ("How far can the Lumen go on one charge?", "It will travel 310 miles"),
        ("How far does the Kestrel go on a charge?", "Kestrel's first battery hatchback"),
    ],
)
def test_a_section_in_capitals_answers_for_the_car_its_heading_names(question, sentence):
    """The section's sentences say "it" and "the truck"; the heading in capitals says which car,
    and it is never itself the answer."""
    answer = AnswerIndex(build_document(MOTOR_SHOW)).answer(question)
    assert answer.found
    assert answer.sentences[0].text.startswith(sentence)



def test_a_year_naming_a_model_is_not_the_bold_time() -> None:
    sentra = Article(title="Nissan's new Sentra", paragraphs=(
        "The 2020 Sentra, which goes on sale in late January, loses the old version's upright look.",
    ))
    assert bold(sentra, "When will the new Sentra be available to buy?") == "late January"


def test_a_name_opening_the_sentence_is_the_bold_answer_when_the_article_uses_it_as_a_name() -> None:
    department = Article(title="Doctors write to the department", paragraphs=(
        "The doctors sent their letter to Kevin McAleenan, then acting head of the department.",
        "McAleenan resigned last week and Chad Wolf was named acting secretary.",
    ))
    assert bold(department, "Who resigned?") == "McAleenan"


@pytest.mark.parametrize(
    ("sentence", "question", "phrase"),
    [
        ("League and Harbour Rovers field director Ed Mangan said the pitch was in great shape.",
         "Who is the field director?", "Ed Mangan"),
        ("The Rovers built their attack around quarterback Peyton Manning's passing.",
         "Who was the Rovers' quarterback?", "Peyton Manning"),
        ("Like the Lombardi Trophy, the new cup will be designed by Tiffany & Co.",
         "Who designed the cup?", "Tiffany & Co"),
        ("Later on, Brad Nortman's short punt was caught by receiver Jordan Norwood.",
         "Who caught the punt?", "Jordan Norwood"),
        ("Miller was named most valuable player, recording five solo tackles, 2½ sacks and two forced fumbles.",
         "How many tackles did Miller make?", "five"),
    ],
)
def test_the_bold_name_or_count_is_the_one_the_question_points_at(sentence: str, question: str, phrase: str) -> None:
    """A title comes before the name it belongs to, a doer after "by", a count before what it counts;
    a name in the possessive is rarely the one asked for, and its "'s" is not part of it."""
    article = Article(title="Match report", paragraphs=(sentence,))
    assert bold(article, question) == phrase


def test_how_quickly_asks_for_a_length_of_time() -> None:
    ferry = Article(title="New boat for the islands", paragraphs=(
        "A new ferry travels between Ashby and Corran every day from Monday.",
        "It makes the crossing in 40 minutes, half the time of the old boat, the operator said.",
        "The vessel was built in Norway and carries 300 passengers and 40 cars.",
        "Islanders had campaigned for a faster link for a decade.",
        "Tickets cost the same as before.",
    ))
    assert "40 minutes" in best_text(ferry, "How quickly does it go?")


def test_who_holds_a_title_is_answered_by_a_persons_title_not_a_verb_or_a_plural() -> None:
    """"Boeing managed to attract bids" and "executives of both companies" name no one holding a post."""
    order = Article(title="Airline orders 30 jets at the air show", paragraphs=(
        "The chief executives of Boeing and Emirates announced the order for 30 jets at the air show.",
        "Boeing also managed to attract bids for some 60 of its smaller jets from three airlines.",
        "Demand was strong, said Ray Conner, the company's president and chief executive.",
        "The order is valued at $8.8 billion at list prices.",
    ))
    assert "Ray Conner" in best_text(order, "Who is Boeing's chief executive?")


@pytest.mark.parametrize(
    ("sentence", "question", "phrase"),
    [
        ("Comb jellies are a phylum of animals that live in marine waters worldwide.",
         "Where do comb jellies live?", "in marine waters worldwide"),
        ("The first boats of the club were built in a sail loft on Dock Street.",
         "Where were the club's first boats built?", "in a sail loft on Dock Street"),
        ("Its starch is stored in granules in the host's cytoplasm instead.",
         "Where is the starch stored?", "in granules in the host's cytoplasm"),
        ("Herbivorous fishes were seen feeding on jellyfish during blooms in the Red Sea.",
         "Where were the fishes seen feeding on jellyfish?", "Red Sea"),
        ("The nucleomorph genes have been transferred to the dinophyte nucleus.",
         "Where were the nucleomorph genes transferred?", "to the dinophyte nucleus"),
        ("Die Weine lagern im kühlen Keller des Klosters.", "Wo lagern die Weine?",
         "im kühlen Keller des Klosters"),
    ],
)
def test_a_where_question_marks_the_place_though_it_is_no_name(sentence: str, question: str, phrase: str) -> None:
    """Most places an answer gives are no proper name: "where do they live?" is answered by the
    phrase after "live", and a name after "in the" is a place as much as one right after "in"."""
    if question.startswith("Wo "):
        article = Article(title="Notizen", language="de", paragraphs=(sentence, "Die Notizen entstanden in Trier."))
    else:
        article = Article(title="Notes", paragraphs=(sentence, "These notes were written in Plymouth."))
    assert bold(article, question) == phrase


@pytest.mark.parametrize(
    ("sentence", "question"),
    [
        ("The council met in 1998 to discuss the harbour.", "Where did the council meet?"),
        ("In the old town the council met to discuss the harbour.", "Where did the council meet?"),
        ("The council met in terms of the old charter.", "Where did the council meet?"),
    ],
)
def test_a_where_question_marks_no_time_and_no_phrase_away_from_its_words(sentence: str, question: str) -> None:
    """A time is no place, and a phrase that does not follow the asked words is as often the setting
    of something else as the answer: no bold rather than a wrong one."""
    answer = ask(Article(title="Notes", paragraphs=(sentence, "These notes were written in Plymouth.")), question)
    assert answer.found and answer.phrase is None


def test_a_day_after_a_month_is_no_age() -> None:
    plague = Article(title="Hunter catches plague", paragraphs=(
        "The patient from Xilingol hunted and ate a wild rabbit on Nov. 5, according to the news agency.",
        "A total of 28 people who were in close contact with the patient were put under quarantine.",
    ))
    assert not ask(plague, "How old is the hunter?").found


SETTLEMENT = Article(
    title="Fund investors win compensation",
    paragraphs=(
        "Savers who lost money in the fund scandal are to receive £194m from the firms, the regulator said on Tuesday.",
        "Investigators went through 27,000 taped conversations with the firms' salesmen.",
        "Regulators sent the fund managers 780 files of evidence detailing 900 recorded calls and 70 interviews.",
    ),
)


@pytest.mark.parametrize(
    "question",
    ["How many recorded conversations did the savers receive?", "How many conversations did the savers receive from the firms?"],
)
def test_a_sum_of_money_does_not_answer_how_many_things(question: str) -> None:
    answer = ask(SETTLEMENT, question)
    assert answer.found and "27,000 taped conversations" in answer.sentences[0].text
    assert bold(SETTLEMENT, question) == "27,000"


def test_how_many_bolds_the_number_beside_the_counted_noun_not_its_adjective() -> None:
    assert bold(SETTLEMENT, "How many taped calls did the fund managers get?") == "900"


def test_how_much_something_cost_is_answered_by_its_price_without_the_word_cost() -> None:
    transfer = Article(
        title="Wenger glad to have Sanchez",
        paragraphs=(
            "Arsenal manager Arsene Wenger is glad Alexis Sanchez chose his club over Liverpool. "
            "\u201cWe are happy that he made that decision,\u201d said Wenger of the £32million forward, who has scored 19 goals.",
            "Liverpool host Arsenal on Saturday.",
        ),
    )
    assert bold(transfer, "How much did Sanchez cost?") == "£32million"


def test_the_verb_may_is_no_month_and_a_month_is_no_name() -> None:
    english = language_for("en")
    assert not offers(english, "The owners may reopen the store after all.")["date"]
    opening = offers(english, "The bookshop opens again in September.")
    assert opening["date"] and not opening["name"] and not opening["place"]
    store = Article(
        title="Bookshop to reopen",
        paragraphs=("The owners of the old bookshop on Main Street may reopen the store after all, their lawyer said.",),
    )
    answer = ask(store, "When does the bookshop reopen?")
    assert answer.phrase is None


def test_a_share_written_as_a_ratio_answers_a_share_question() -> None:
    apps = Article(
        title="Apple pulled into the enterprise",
        paragraphs=(
            "Apple is now in every Fortune 500 company, and eight out of ten companies are writing custom iOS apps, "
            "Cook told Benioff.",
        ),
    )
    assert bold(apps, "What share of companies build their own iOS apps?") == "eight out of ten"


KELLMOUTH = Article(
    title="The town that rebuilt its harbour",
    paragraphs=(
        "Fishing boats have used the harbour at Kellmouth for three hundred years. The old harbour wall "
        "was damaged by storms in 2019, and the fishing fleet moved to a port further north for two winters.",
        "The harbour wall was rebuilt with granite blocks from a quarry in Cornwall. The council paid "
        "for the work with a loan, and the wall was finished last spring. Most of the fleet has now "
        "come back to the old harbour.",
    ),
)


def test_the_sentence_saying_what_the_question_says_in_its_order_comes_first() -> None:
    # Both sentences of the paragraph name the fishing and a place; only one says the fleet moved.
    assert "the fishing fleet moved to a port further north" in best_text(KELLMOUTH, "Where did the fishing fleet move?")


BROADCAST = Article(
    title="Radio line-up for the cup final",
    paragraphs=(
        "The cup final kicks off at 8pm on Saturday in Lisbon.",
        "Radio Cinco will carry the match, with Sara Holm on commentary and Tom Reyes on analysis.",
    ),
)


def test_who_bolds_the_name_of_the_asked_role_not_the_next_one_in_the_list() -> None:
    assert bold(BROADCAST, "Who does the commentary for Radio Cinco?") == "Sara Holm"


CONVERTIBLE = Article(
    title="Carmaker shows its open-top coupe",
    paragraphs=(
        "The carmaker showed the production model of its open-top coupe at the motor show on Wednesday.",
        "It is possible the LC500 Convertible could arrive in more countries in the future.",
    ),
)


def test_a_model_code_is_no_count() -> None:
    """"How many coupes will arrive?" is not told "LC500" in bold: a code with a capital counts
    nothing, and with no other number in reach the question is declined (trial 19b: "MBH99")."""
    answer = ask(CONVERTIBLE, "How many coupes will arrive in other countries?")
    assert not answer.found
    assert answer.closest is not None and answer.closest.text.startswith("It is possible the LC500")


def test_who_did_something_to_a_title_holder_is_not_the_holder() -> None:
    debate = Article(
        title="Budget debate turns bitter",
        paragraphs=(
            "Opposition leader Keir Starmer mocked Prime Minister Rishi Sunak over the budget on Wednesday.",
            "The chamber was full for the first time since the summer.",
        ),
    )
    assert bold(debate, "Who mocked the prime minister?") == "Keir Starmer"
    assert bold(debate, "Who is the prime minister?") == "Rishi Sunak"

