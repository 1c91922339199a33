"""Declining a question whose best sentence gives a number, a date or a name of something else.

A reader asking "How many officers were injured?" is not helped by "Officers detained Paul Green,
41, of 18 Mill Road": the numbers are an age and an address. Nor is "When will they
go on trial?" answered by the day they pleaded not guilty, nor "Comment s'appelle le conducteur ?"
by a sentence naming the town. The bot says the article doesn't say and shows the sentence as a
hint.
"""

from __future__ import annotations

from bot.reader.article import Article
from tests.reader.test_answer import ask

PRISON = Article(
    title="Two guards deny charges over inmate's death",
    paragraphs=(
        "Two prison guards, Ann Noel and Mark Thomas, pleaded not guilty in federal court on Tuesday afternoon.",
        "Officers detained Paul Green, 41, of 18 Mill Road, the sheriff said.",
        "Seven years before, inspectors visited the prison and found it unsafe.",
        "Forty inmates were moved to another prison after the death. Sentencing for a fourth guard is scheduled "
        "for Feb. 14.",
        "The commission that oversees prisons criticised the warden in a statement.",
        "The union paid a fee of $4,000 to the lawyers.",
    ),
    language="en",
)

BRIDGE = Article(
    title="Incendie sur le pont de Rouen",
    paragraphs=(
        "Vers 10h45, le pont subit un incendie après l'accident d'un camion.",
        "L'incendie a fait deux blessés légers, un pompier et le conducteur du camion, selon la préfecture de Rouen.",
        "Le pont a été fermé, a annoncé le maire, Yvon Robert.",
    ),
    language="fr",
)


def declined_with(article: Article, question: str, hint: str) -> None:
    answer = ask(article, question)
    assert not answer.found, f"answered with {answer.sentences[0].text!r} (score {answer.score:.2f})"
    assert answer.closest is not None and answer.closest.text.startswith(hint), answer.closest


def answered_with(article: Article, question: str, start: str) -> None:
    answer = ask(article, question)
    assert answer.found, f"declined {question!r} (score {answer.score:.2f})"
    assert answer.sentences[0].text.startswith(start), answer.sentences[0].text


def test_a_how_many_question_is_not_answered_by_an_age_or_an_address() -> None:
    """The sentence with the counted word holds no number beside it and none of the question's
    other words: its numbers count something of another event."""
    declined_with(PRISON, "How many officers were injured?", "Officers detained Paul Green")
    answered_with(PRISON, "How many inmates were moved?", "Forty inmates were moved")


def test_a_how_many_question_is_not_answered_by_a_time_span() -> None:
    """"Seven years before" measures a time; it counts no inspectors."""
    declined_with(PRISON, "How many inspectors visited the prison?", "Seven years before")


def test_a_when_will_question_is_not_answered_by_a_day_that_has_passed() -> None:
    """A sentence telling only what happened ("pleaded not guilty ... on Tuesday") does not date
    what is to come; one telling of a plan ("is scheduled for Feb. 14") does."""
    declined_with(PRISON, "When will Noel and Thomas go on trial?", "Two prison guards")
    answered_with(PRISON, "When will the fourth guard be sentenced?", "Sentencing for a fourth guard")
    declined_with(BRIDGE, "Quand le pont rouvrira-t-il ?", "Vers 10h45")


def test_a_question_naming_the_amount_it_asks_needs_a_figure() -> None:
    """"What fine ...?" asks a sum as "how much" does: a sentence about the commission with no
    figure does not answer it; one with the fee does."""
    declined_with(PRISON, "What fine did the commission impose on the warden?", "The commission")
    answered_with(PRISON, "What fee did the union pay?", "The union paid a fee of $4,000")
    answered_with(PRISON, "What was the union's fee?", "The union paid a fee of $4,000")
    declined_with(ENGINEER, "What is her salary at Northwind?", "Dana Whitlock is a Site Reliability Engineer")


ENGINEER = Article(
    title="Spotlight: Dana Whitlock",
    paragraphs=(
        "Dana Whitlock is a Site Reliability Engineer for Northwind Aerospace.",
        "Born and raised on a farm near Tulsa, she now lives in Denver with her two sons.",
        "Last year she took a pay cut to move from a safe job to a team whose systems were new to her.",
    ),
    language="en",
)


def test_a_french_question_asking_a_cost_in_the_future_tense_or_a_payment_needs_a_sum() -> None:
    """"Combien coûteront ...?" and "Combien ... a-t-elle versé ?" ask money, as "combien coûte"
    does, and the article gives none: "deux blessés" counts people, and answers the count."""
    declined_with(BRIDGE, "Combien coûteront les réparations du pont ?", "Le pont a été fermé")
    declined_with(BRIDGE, "Combien la ville a-t-elle versé aux blessés ?", "L'incendie a fait deux blessés")
    answered_with(BRIDGE, "Combien de personnes ont été blessées ?", "L'incendie a fait deux blessés")


def test_a_french_name_question_needs_a_name_beside_the_person_asked() -> None:
    """The driver is mentioned but not named, and "Rouen" beside "préfecture" names the town: the
    question's own words "s'appelle" do not find "appelle" elsewhere, and the mayor is named."""
    declined_with(BRIDGE, "Comment s'appelle le conducteur du camion ?", "L'incendie a fait deux blessés")
    answered_with(BRIDGE, "Comment s'appelle le maire ?", "Le pont a été fermé")



GAME = Article(
    title="A new season pass for Rocket Racers",
    paragraphs=(
        "The new pass brings a rally car. Glad to see the studio listening to the players on this one.",
        "The pass costs 10 keys.",
    ),
    language="en",
)


def test_the_pronoun_one_counts_nothing() -> None:
    """"On this one" is no count of players: the article never says how many play."""
    declined_with(GAME, "How many players does Rocket Racers have?", "Glad to see the studio")
