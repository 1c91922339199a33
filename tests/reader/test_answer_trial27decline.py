"""Declining honestly on untuned English pages (trial 27: newspaper's test pages of Businessweek,
The Atlantic's CityLab, Live Science and 247wallst): the asked person, body or topic must be the
one the shown sentence is about. The articles here are written for the tests, in the pages' forms."""

from __future__ import annotations

from bot.reader.answer.kinds import is_code
from bot.reader.article import Article
from bot.reader.pipeline import ask

PENGUINS = Article(
    title="Tourists could be making penguins sick",
    paragraphs=(
        "More than 10,000 people travel to Antarctica every year.",
        "Researchers found bacteria such as salmonella in captive penguins dating back to 1947.",
        "Others think migrating animals brought the diseases.",
        "Tom Ratcliffe, an ecologist from the Polar Survey, said the evidence blaming tourists is lacking.",
        "“The tour companies are quite careful to make sure everyone cleans their boots,” he said.",
    ),
    language="en",
)


def test_what_someone_said_about_a_topic_none_of_their_words_touch_is_declined() -> None:
    """"What did Ratcliffe say about salmonella?" was answered with his quotation on boot
    cleaning: salmonella is only in the researchers' findings, and no sentence reports his
    words on it. His words on boots still answer, and a question naming no topic gets them."""
    declined = ask(PENGUINS, "What did Ratcliffe say about salmonella?")
    assert not declined.found
    assert declined.closest is not None and "boots" in declined.closest.text
    assert "boots" in ask(PENGUINS, "What did Ratcliffe say about boots?").sentences[0].text
    assert ask(PENGUINS, "What did Ratcliffe say?").found


SUSPENSIONS = Article(
    title="Two Lions players disciplined after Sunday's game",
    paragraphs=(
        "The league suspended Detroit defensive tackle Ndamukong Suh for one game on Tuesday for a late hit.",
        "His teammate Nick Fairley was fined $10,000 for kicking an opponent.",
    ),
    language="en",
)


def test_an_amount_asked_of_one_person_is_not_answered_by_anothers() -> None:
    """"How long will Suh be suspended?" was answered by a teammate's "one week" (the length of
    time is not read so yet, `kinds._SUBJECT_ASKED_EN`); asked "how much", the sentence naming its
    own subject ("His teammate Nick Fairley was fined $10,000") tells that one's amount, though
    its "His" points back at the sentence naming Suh."""
    assert not ask(SUSPENSIONS, "How much was Suh fined?").found
    assert "$10,000" in ask(SUSPENSIONS, "How much was Fairley fined?").sentences[0].text


PROFILE = Article(
    title="The contractor who got rich on the war",
    paragraphs=(
        "In 2009, Matie, then in his late 20s, rode a donkey up to the Marine compound. "
        "The son of a teacher, he had already tried many jobs. "
        "He had been working as a customer-care representative, making $300 a month, when he quit.",
        "By 2012, Matie's company had more than $2 million in the bank. It had repaired clinics and schools. "
        "He also delivered cash to far-flung districts. He started other businesses as well. "
        "He invested his earnings abroad, including putting $100,000 into a bakery in Dubai.",
    ),
    language="en",
)


def test_a_profile_goes_on_about_its_subject_with_he() -> None:
    """"How much did Matie put into a bakery?" was declined: the sentence with the $100,000 opens
    with "He", and the sentence before it too, back to the one naming Matie at the head of the
    paragraph; a sentence opening with a pronoun is about whom its paragraph named before it."""
    assert "$100,000" in ask(PROFILE, "How much did Matie put into a bakery?").sentences[0].text
    assert "$300" in ask(PROFILE, "How much did Matie earn as a customer-care representative?").sentences[0].text


WATCHDOG = Article(
    title="Afghanistan's new millionaires",
    paragraphs=(
        "The office of the Special Inspector General for Afghanistan Reconstruction (SIGAR) is investigating "
        "several contractors.",
        "Clans place one brother in the administration and another in parliament.",
        "The family of former President Hamid Karzai was the object of much criticism for that reason.",
        "“By 2003 there was probably $1 billion circulating,” says Khan Mohammad Baz, the head of the currency "
        "exchange union.",
    ),
    language="en",
)


def test_who_leads_a_named_body_needs_that_body_named_near_the_title() -> None:
    """"Who leads SIGAR?" was answered by "The family of former President Hamid Karzai": a title
    that claims no body leads the asked one only where that body is named, in its sentence, the
    one before or the title (`heads.names_body`). A body asked in plain words is not judged so."""
    assert not ask(WATCHDOG, "Who leads SIGAR?").found
    assert "Khan Mohammad Baz" in ask(WATCHDOG, "Who leads the currency exchange union?").sentences[0].text


AGENCY = Article(
    title="How to deal with a Scrooge client",
    paragraphs=(
        "Scrooge clients have short memories, so pay them a holiday visit.",
        "Brad Shorr is Director of B2B Marketing for Straight North, an Internet marketing agency in the Chicago area.",
        "He writes about content marketing and small business strategy.",
    ),
    language="en",
)


def test_a_digit_between_letters_counts_nothing() -> None:
    """"How many clients does Straight North have?" was answered by "Director of B2B Marketing for
    Straight North": one digit between two letters names something ("B2B", "P2P"), as "G40" does
    (`kinds.is_code`), and a count of two ("B2") is no answer."""
    assert is_code("B2B") and is_code("W3C")
    assert not is_code("N5m")
    assert not ask(AGENCY, "How many clients does Straight North have?").found


PERMITS = Article(
    title="Those from Mexico will benefit most from the executive action",
    paragraphs=(
        "Unauthorized immigrants from Mexico account for two-thirds of those eligible for deportation relief.",
        "About 4 million unauthorized immigrants will be eligible for deportation protection and a three-year work "
        "permit.",
        "Americans are split on the action, a survey found.",
    ),
    language="en",
)


def test_a_name_the_article_never_writes_is_declined() -> None:
    """"How long is the work permit for immigrants from Central America?" was answered with the
    three-year permit of all of them: neither "Central" nor "America" is written in the article
    (its "Americans" only bridges to the name), so it says nothing of them. One word of the name
    answers, as for the page's own "Mexico"."""
    assert not ask(PERMITS, "How long is the work permit for immigrants from Central America?").found
    assert "three-year" in ask(PERMITS, "How long is the work permit for unauthorized immigrants?").sentences[0].text
