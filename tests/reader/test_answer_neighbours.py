"""The answer sits in the sentence next to the one that matches the question's words (the reworded
class `neighbour`): a length of time told without a number, the article's own bare "Why?"
before its reason, and a company the sentence calls by a general noun ("the German automaker", "der
Konzern") after naming it. The articles here are written for the tests."""

from __future__ import annotations

from dataclasses import replace

from bot.reader.answer.antecedents import with_antecedents
from bot.reader.answer.common_nouns import common_nouns
from bot.reader.answer.phrase import names_in
from bot.reader.answer.terms import question_terms
from bot.reader.article import Article
from bot.reader.pipeline import answer_index_of, ask
from tests.support.reading import bold_in

REPAIR = Article(
    title="Village bridge reopens",
    paragraphs=(
        "The council closed the old stone bridge over the Arle after a lorry struck its railing in March.",
        "Engineers from the county replaced the damaged railing and checked the arches. "
        "Within weeks, the bridge was open to traffic again.",
        "Residents said the detour through Holm had added twenty minutes to the school run.",
    ),
    language="en",
)


def test_a_duration_without_a_number_answers_how_soon() -> None:
    """"Within weeks, the bridge was open again" answers "how soon" though it counts nothing; it
    was answered by the sentence before it, which holds the question's words and no length of time."""
    answer = ask(REPAIR, "How soon did the bridge reopen after the engineers replaced the railing?")
    assert answer.found
    assert answer.sentences[0].text.startswith("Within weeks")
    assert bold_in(REPAIR, "How soon did the bridge reopen after the engineers replaced the railing?") == "Within weeks"


SPRING = Article(
    title="Quelle wieder sauber",
    paragraphs=(
        "Nach dem Ölunfall ließ die Gemeinde die verschmutzte Erde rund um die Quelle am Hagberg abtragen. "
        "Binnen Tagen war das Wasser wieder trinkbar.",
        "Die Gemeinde will den Schaden dem Spediteur in Rechnung stellen.",
    ),
    language="de",
)


def test_a_german_duration_without_a_number_answers_how_fast() -> None:
    """"Binnen Tagen" is a length of time as "within days" is."""
    answer = ask(SPRING, "Wie schnell war das Wasser nach dem Abtragen der Erde wieder sauber?")
    assert answer.found
    assert answer.sentences[0].text.startswith("Binnen Tagen")


HARBOUR = Article(
    title="Harbour expansion stalls",
    paragraphs=(
        "The new ferry terminal at Kestrin opened in May. "
        "Finishing the harbour wall, however, has not happened. Why? "
        "Because the seabed turned out to be far softer than the surveys had shown.",
        "The port authority has asked for a new survey of the bay.",
    ),
    language="en",
)


def test_the_articles_own_why_points_to_the_reason_after_it() -> None:
    """"Finishing the harbour wall, however, has not happened. Why? Because ...": the bare "Why?"
    asks about the sentence before it, so the sentence after it answers; it was declined, because the
    sentence holding the question's words gives no reason."""
    answer = ask(HARBOUR, "Why has finishing the harbour wall not happened?")
    assert answer.found
    assert answer.sentences[0].text.startswith("Because the seabed")


MOTOR_SHOW = Article(
    title="Carmakers at the Geneva show",
    paragraphs=(
        "Hundreds of visitors queued on Tuesday to see the new models at the Geneva motor show.",
        "Volkswagen unveiled a low-slung electric estate car called the Aero.",
        "The German automaker, which turned to batteries after its diesel emissions scandal, says the car will "
        "go 500 kilometres on a charge.",
        "Toyota showed a plug-in version of its best-selling compact.",
    ),
    language="en",
)


def test_a_company_called_by_a_general_noun_is_the_one_named_before() -> None:
    """"The German automaker, which turned to batteries after its diesel emissions scandal" is
    Volkswagen, named the paragraph before: the question was declined, the sentence naming
    Volkswagen and its electric car shown as the closest."""
    answer = ask(MOTOR_SHOW, "Why did Volkswagen switch to electric cars?")
    assert answer.found
    assert answer.sentences[0].text.startswith("The German automaker")


STEEL = Article(
    title="Stahlkocher unter Druck",
    paragraphs=(
        "Die Stahlbranche leidet unter den hohen Energiepreisen.",
        "Thyssenkrupp hat am Dienstag seine Zahlen für das erste Quartal vorgelegt.",
        "Der Konzern will wegen der hohen Strompreise bis zum Sommer 2000 Stellen abbauen.",
        "Ein Sprecher des Betriebsrats, Jan Peters, sagte, der Konzern habe niemanden gefragt.",
    ),
    language="de",
)


def test_der_konzern_stands_for_the_company_named_before_not_for_a_capitalised_noun() -> None:
    """"Der Konzern" is Thyssenkrupp, the first name of the sentence before it; "Dienstag" and
    "Zahlen" are capitalised as every German noun is, and name nothing. A sentence naming someone
    before its "der Konzern" ("Ein Sprecher des Betriebsrats, Jan Peters, ...") is left as it is."""
    index = answer_index_of(STEEL)
    language, sentences, knows = index.document.language, index.document.sentences, index.bridges.knows
    texts = [s.text for s in sentences]
    names = replace(names_in(language, texts), common=common_nouns(language, texts, knows))
    own = [question_terms(language, text) for text in texts]
    led = with_antecedents(language, sentences, own, names, knows)
    assert led[2][:1] == ["thyssenkrupp"] and led[2][1:] == own[2]
    assert led[3] == own[3]
    assert led[1] == own[1]


COUNCIL = Article(
    title="Council news",
    paragraphs=(
        "The council met on Tuesday evening.",
        "Mayor Linda Okafor presented the budget for the new library.",
        "She said the building would cost 12 million pounds.",
        "Residents asked about parking.",
    ),
    language="en",
)


def test_a_paragraph_opening_with_she_goes_on_about_the_person_named_before_it() -> None:
    """News give each sentence a paragraph: "She said the building would cost 12 million pounds"
    goes on about the mayor of the paragraph before, so it takes the question's words that sentence
    holds (`Tuning.carry_pointing`) and does not lack the name asked about. The sentence naming
    the mayor and the library, with no sum, was shown first."""
    answer = ask(COUNCIL, "How much will Linda Okafor's library cost?")
    assert answer.found
    assert answer.sentences[0].text.startswith("She said")
