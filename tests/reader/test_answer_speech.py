""""What did X say?": the reader gets X's own quotations, or hears that the article doesn't say."""

from __future__ import annotations

from bot.reader.article import Article
from bot.reader.answer.followup import Turn
from bot.reader.pipeline import ask, ask_in_turn

MANAGER = Article(
    title="Harbour Rovers name Lena Vogt manager",
    paragraphs=(
        "Harbour Rovers appointed Lena Vogt as their new manager on Tuesday, a day after sacking Tom Reid.",
        "Chairman Ray Holt said Vogt had been the board's first choice and said Vogt would start at once.",
        '"I am proud to lead a club with such loyal supporters," Vogt said after signing a three-year contract.',
        'The club said in a statement: "Lena is one of the most accomplished coaches in the country."',
        "Reid had been in charge for five years. Captain Sam Ortiz was not available for comment.",
        '"We will talk about the transfer budget with the board next week," Vogt added.',
    ),
)


def test_what_someone_said_is_answered_with_their_own_quote() -> None:
    answer = ask(MANAGER, "What did Vogt say?")
    assert answer.found
    assert "I am proud to lead a club" in answer.sentences[0].text


def test_what_someone_said_about_a_topic_puts_that_quote_first() -> None:
    answer = ask(MANAGER, "What did Lena Vogt say about the budget?")
    assert answer.found
    assert "transfer budget" in answer.sentences[0].text


def test_what_someone_the_article_never_quotes_said_is_declined() -> None:
    assert not ask(MANAGER, "What did Tom Reid say?").found
    assert not ask(MANAGER, "What did Sam Ortiz say?").found


def test_what_did_she_say_after_an_answer_naming_her_gets_her_quote() -> None:
    previous = ask(MANAGER, "Who is the new manager?")
    turn = Turn("Who is the new manager?", tuple(s.text for s in previous.sentences))
    answer = ask_in_turn(MANAGER, "What did she say?", turn)
    assert answer.found
    assert "I am proud to lead a club" in answer.sentences[0].text


def test_what_someone_said_about_a_topic_finds_it_inside_a_longer_quote() -> None:
    study = Article(
        title="Later school start gives teenagers more sleep",
        paragraphs=(
            "Lead author Nora Lind presented the results in Stockholm.",
            '"Teenagers need about nine hours of sleep. Parents should keep phones out of bedrooms at night. '
            'Schools that start at nine give pupils most of that sleep," Lind said.',
        ),
    )
    assert ask(study, "What did Lind say?").sentences[0].text.startswith('"Teenagers need')
    assert ask(study, "What did Nora Lind say about phones?").sentences[0].text.startswith("Parents should keep phones")


def test_a_royal_shown_with_his_title_does_not_answer_for_another_royal() -> None:
    visit = Article(
        title="Prince opens new hall",
        paragraphs=(
            "Prince Andrew opened the new hall in York on Tuesday, while his nephew Prince Harry stayed in London.",
            "“This building will serve the town for a century,” Prince Andrew said.",
        ),
    )
    assert "This building will serve" in ask(visit, "What did Prince Andrew say?").sentences[0].text
    assert not ask(visit, "What did Prince Harry say?").found


def test_what_someone_pledged_answers_what_they_said() -> None:
    """Reported speech with "pledged" tells what the person said, though the article quotes them nowhere."""
    article = Article(title="Summit ends", paragraphs=(
        "Delegates from forty countries met in Geneva for the climate summit.",
        "At the summit, Prime Minister Anil Varma pledged that his country would double its solar power by 2030.",
        "Environmental groups welcomed the plan but asked for details.",
    ))
    answer = ask(article, "What did the Prime Minister say?")
    assert answer.found
    assert "pledged that his country would double" in answer.sentences[0].text


PATIENT = Article(
    title="Man's cough traced to his feather duvet",
    paragraphs=(
        "A 43-year-old man went to his doctor with a cough that would not go away.",
        "At first, his doctor assumed he had a chest infection, and his symptoms improved for a while.",
        'Months later a specialist found the cause. "It was the bedding," said Dr. Owen Dempsey.',
    ),
)


def test_what_his_gp_thought_asks_about_a_role_not_a_person_named_gp() -> None:
    # "GP" after "his" abbreviates a role: read as a person so named, the question was declined
    # with the right sentence as the hint, since no "GP" is quoted or said anything.
    answer = ask(PATIENT, "What did his GP first think he had?")
    assert answer.found
    assert "chest infection" in answer.sentences[0].text


def test_what_the_gp_thought_asks_about_a_role_too() -> None:
    # A role's abbreviation after "the" is no name either (trial 19a: "What did the GP think at
    # first that he had?" was declined with the right sentence as the hint).
    answer = ask(PATIENT, "What did the GP think at first that he had?")
    assert answer.found
    assert "chest infection" in answer.sentences[0].text
