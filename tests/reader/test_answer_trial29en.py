"""A new reader's questions on untuned English pages (trial 29: postlight parser's test pages of
the Chicago Tribune, the Observer, Gothamist and others). The articles here are written for the
tests, in the pages' forms."""

from __future__ import annotations

from bot.reader.answer.contractions import written_out
from bot.reader.answer.kinds import is_number, offers
from bot.reader.answer.measures import measures_in
from bot.reader.answer.relative_doer import doer_before_relative
from bot.reader.article import Article
from bot.reader.pipeline import ask
from bot.reader.text.language import language_for

UNION = Article(
    title="Energy workers worried by a request for names",
    paragraphs=(
        "The transition team asked for the names of employees who worked on the climate programme.",
        "\"There is major concern amongst my members,\" said Jeff Eagan, president of the National Treasury "
        "Employees Union chapter at the department's headquarters building.",
        "\"This looks like a scare tactic,\" added Rep. Elijah Cummings, the top Democrat on the House Oversight "
        "and Government Reform Committee.",
        "\"I am sure many career scientists see this as a terrible message of fear.\"",
        "Committee Chairman Jason Chaffetz did not respond to a request for comment.",
    ),
    language="en",
)
DIG = Article(
    title="A lost city found on a Greek hill",
    paragraphs=(
        "Swedish and Greek archaeologists found the remains of a city north of Athens.",
        "\"Nobody has explored the hill before,\" said Robin Rönnlund, PhD student at the University of "
        "Gothenburg and leader of the fieldwork.",
        "The team is using radar so that the site is not disturbed.",
    ),
    language="en",
)


def test_a_leader_is_found_whatever_the_length_of_the_bodys_name() -> None:
    """"Who heads the union chapter at the department's headquarters?" was declined: the body's name
    after "president of the" ran past the few words read, so "Union" was never seen."""
    answer = ask(UNION, "Who heads the union chapter at the department's headquarters?")
    assert answer.found and "Jeff Eagan" in answer.sentences[0].text


def test_a_sentence_opening_with_the_bodys_word_names_its_leader() -> None:
    """"Committee Chairman Jason Chaffetz" opens its sentence, and a first word, capitalised
    anyway, was not read as the body the chairman leads: "Who chairs the Oversight committee?" was
    declined."""
    answer = ask(UNION, "Who chairs the Oversight committee?")
    assert answer.found and "Chaffetz" in answer.sentences[0].text


def test_a_name_before_and_is_not_the_body_of_the_title_after_it() -> None:
    """"Who leads the dig?" was declined: "the University of Gothenburg and leader of the fieldwork"
    read the university as the body "leader" leads, which is not the dig."""
    answer = ask(DIG, "Who leads the dig?")
    assert answer.found and "Rönnlund" in answer.sentences[0].text


def _counts(text: str) -> frozenset[str]:
    return offers(language_for("en"), text)["number"]


def test_a_house_number_counts_nothing() -> None:
    """"How many shelters did New York have?" was answered "80", from "the basement at 80 New York
    Avenue" (a caption wrote "The basement at 80 New York.")."""
    assert not _counts("We got into the basement at 80 New York Avenue in Crown Heights.")
    assert not _counts("The basement at 80 New York.")
    assert not _counts("Shelters stood under the headquarters at 28 Liberty Street.")
    assert _counts("Some 200 U.S. military personnel remain at the base.") == {"200"}
    assert _counts("The school flew 20 Chinese students home.") == {"20"}


def test_a_service_number_before_one_person_counts_nothing() -> None:
    """"The 911 dispatcher was inundated" was read as a count of dispatchers; "25 senior trophies",
    an adjective before its noun, still counts."""
    assert not _counts("People called the town and the 911 dispatcher was inundated.")
    assert _counts("He has won 25 senior trophies.") == {"25"}


def test_a_shelter_count_is_answered_past_an_address() -> None:
    article = Article(
        title="Fallout shelters",
        paragraphs=(
            "We got into the shelter basement at 80 New York Avenue, where tenants are fighting their landlord.",
            "In 1963 New York boasted 17,448 fallout shelters, in post offices, schools and homes.",
        ),
        language="en",
    )
    answer = ask(article, "How many shelters did New York have?")
    assert answer.found and "17,448" in answer.sentences[0].text


def test_a_wage_an_hour_is_no_length_of_time() -> None:
    """"How long will the strike go on?" was answered "$10.50 an" from "Some currently make $10.50 an
    hour": English "an" was read as the French unit "an" (a year), and a rate's unit as the
    number's. "Three days a week" is still three days."""
    def measures(text: str) -> dict[str, set[str]]:
        return measures_in(text, is_number)

    assert measures("Some currently make $10.50 an hour, the minimum wage.") == {"money": {"10.50"}}
    assert measures("They earn $15 per hour.") == {"money": {"15"}}
    assert measures("She works three days a week.") == {"duration": {"three"}}
    article = Article(
        title="Airport workers strike",
        paragraphs=(
            "Cleaners and baggage handlers walked out on Tuesday.",
            "Some currently make $10.50 an hour, which is the minimum wage in Chicago.",
            "They haven't decided how long the strike will last yet, a spokesman said.",
        ),
        language="en",
    )
    answer = ask(article, "How long will the strike go on?")
    assert not answer.found or "$10.50" not in answer.sentences[0].text


def test_an_age_in_months_is_an_age() -> None:
    """"How old is their baby?" was declined on "with a seven-month-old baby and a large dog": an
    age in years was one ("43-year-old"), in months, weeks or days it was a length of time."""
    article = Article(
        title="Buyers wait for prices to fall",
        paragraphs=(
            "The couple rents an apartment in downtown Toronto.",
            "With a seven-month-old baby and a large dog, they feel it's time to make the leap.",
        ),
        language="en",
    )
    answer = ask(article, "How old is the baby?")
    assert answer.found and answer.sentences[0].text[slice(*answer.phrase)] == "seven-month-old"


def test_a_town_with_its_state_abbreviated_is_a_place() -> None:
    """"Where is the trade group based?" was declined on "the Arlington, Va., trade group": a town
    before its state's abbreviation, with no "in" before it, was no place."""
    assert {"arlington", "va"} <= offers(language_for("en"), "Officials of the Arlington, Va., trade group met.")["place"]
    article = Article(
        title="Big-screen TV ban",
        paragraphs=(
            "The Consumer Electronics Association is fighting a ban on energy-hungry televisions.",
            "On Tuesday, executives of the Arlington, Va., trade group asked regulators to let consumers decide.",
        ),
        language="en",
    )
    answer = ask(article, "Where is the trade group based?")
    assert answer.found and answer.sentences[0].text[slice(*answer.phrase)] == "Arlington"


def test_the_doer_before_a_relative_clause_with_the_questions_verb_is_bold() -> None:
    """"Who owns the Waldorf?" marked "Liberty Street" in "... nor could we get the Chinese investors
    who own the Waldorf or the Liberty Street building": the doer is the phrase "who own" hangs on."""
    language = language_for("en")
    sentence = ("We couldn't reach the owners, nor could we get the Chinese investors who own the Waldorf or the "
                "Liberty Street building.")
    span = doer_before_relative(language, sentence, "Who owns the Waldorf?")
    assert span is not None and sentence[slice(*span)] == "the Chinese investors"
    named = "Assistant Director William F. Sweeney, who heads the bureau's New York office, spoke."
    span = doer_before_relative(language, named, "Who heads the New York office?")
    assert span is not None and named[slice(*span)] == "Assistant Director William F. Sweeney"
    assert doer_before_relative(language, sentence, "Who is the owner?") is None


RAID = Article(
    title="Suspect arrested after bombings",
    paragraphs=(
        "The bag was found not far from where the Rahami family ran a restaurant, and before dawn agents were "
        "swarming a neighborhood of low-rise apartment buildings and small businesses.",
        "They searched the restaurant, First American Fried Chicken, and addresses where he had spent time.",
    ),
    language="en",
)


def test_whats_is_read_as_what_is() -> None:
    assert written_out("What's the name of the family’s restaurant? Who’s next?", "en") == (
        "What is the name of the family’s restaurant? Who is next?")
    assert written_out("What's up?", "de") == "What's up?"


def test_the_sentence_naming_the_asked_thing_goes_first() -> None:
    """"What's the name of the family's restaurant?" was answered by the sentence telling that the
    family ran a restaurant, above the one naming it: "what's" asked no name, and a sentence naming
    the thing did not go first."""
    for question in ("What's the name of the family's restaurant?", "What is the family's restaurant called?"):
        answer = ask(RAID, question)
        assert answer.found and "First American Fried Chicken" in answer.sentences[0].text, question
