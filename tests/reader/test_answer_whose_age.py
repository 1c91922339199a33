""""How old is X?" is answered by X's age, not by an age the article gives of someone else.

A reader asking "How old is Drosten?" about a piece where Drosten warns about "70-year-old
patients" is misled by that sentence with "70" in bold: the age is the patients'. Nor is "How old
is her mother?" answered by the daughter's age. The bot answers with the sentence giving the asked
person's age when there is one, else says the article doesn't say.
"""

from __future__ import annotations

from bot.reader.answer.ages import age_of_another
from bot.reader.article import Article
from tests.reader.test_answer import ask

VIROLOGIST = Article(
    title="Virologist warns of a hard winter",
    paragraphs=(
        "Christian Drosten warned on Monday that 70-year-old patients face the highest risk this winter.",
        "The virologist said hospitals in Berlin should prepare for a second wave.",
        "Drosten heads the institute of virology at the Charité.",
    ),
    language="en",
)

VIROLOGE = Article(
    title="Virologe warnt vor schwerem Winter",
    paragraphs=(
        "Christian Drosten warnte am Montag, die über 70-Jährigen seien in diesem Winter am stärksten gefährdet.",
        "Der Virologe sagte, die Kliniken in Berlin sollten sich auf eine zweite Welle vorbereiten.",
        "Drosten leitet das Institut für Virologie an der Charité.",
    ),
    language="de",
)

INQUEST = Article(
    title="Student dies after taking diet pills",
    paragraphs=(
        "Maria Lenz, 21, was taken to the city hospital on 12 April after taking the pills. Her mother, Jana, "
        "said in a statement that the staff did all they could.",
        "Police are working to find out where the pills were bought.",
    ),
    language="en",
)

SINGER = Article(
    title="Manager unhappy over the dispute",
    paragraphs=(
        "Rico Vance is unhappy with the way his business partner has handled the dispute with the singer, "
        "a report says.",
        "In the middle of the fight with the label, Vance, 38 – who manages a dozen stars – has tried to "
        "keep out of it.",
    ),
    language="en",
)


def test_a_named_persons_age_is_not_answered_by_a_groups_age() -> None:
    """The only age in reach is the patients' ("70-year-old patients", "die über 70-Jährigen")."""
    for article, question in ((VIROLOGIST, "How old is Drosten?"), (VIROLOGE, "Wie alt ist Drosten?")):
        answer = ask(article, question)
        assert not answer.found, f"answered {question!r} with {answer.sentences[0].text!r}"


def test_the_age_of_the_person_asked_about_still_answers() -> None:
    answer = ask(INQUEST, "How old was Maria Lenz?")
    assert answer.found and answer.sentences[0].text.startswith("Maria Lenz, 21,")
    assert answer.phrase is not None and answer.sentences[0].text[slice(*answer.phrase)] == "21"


def test_another_named_persons_age_does_not_answer() -> None:
    """The mother's sentence gives no age, and the one age in its paragraph is her daughter's."""
    answer = ask(INQUEST, "How old is her mother Jana?")
    assert not answer.found, f"answered with {answer.sentences[0].text!r}"


def test_the_sentence_with_the_persons_age_goes_first() -> None:
    """The sentence naming him in full gives no age; the one after gives it beside his surname,
    set off by a dash."""
    answer = ask(SINGER, "How old is Rico Vance?")
    assert answer.found and answer.sentences[0].text.startswith("In the middle of the fight")
    assert answer.phrase is not None and answer.sentences[0].text[slice(*answer.phrase)] == "38"


def test_whose_age_a_sentence_gives() -> None:
    """A described person ("the man who ...") may be any named person; a group's age answers a
    question about the group; a threshold said of anyone ("über 18 Jahre alt") is no one else's."""
    assert age_of_another("The 39-year-old Manning won.", "How old was Newton?")
    assert not age_of_another("The 39-year-old Manning won.", "How old was Manning?")
    assert not age_of_another("Paul Green, 55, of Addison, pleaded guilty.", "How old is the man who pleaded guilty?")
    assert not age_of_another("Drosten warned that 70-year-old patients are most at risk.", "How old are the patients?")
    assert not age_of_another("Die Mitglieder müssen über 18 Jahre alt sein.", "Wie alt muss ein Abgeordneter sein?")
    assert not age_of_another("He became emperor at age 13.", "How old was Toghun Temur?")
    assert age_of_another("Les personnes âgées de plus de 70 ans sont visées.", "Quel âge a Macron ?")
