"""Questions in the reader's own words about untuned news pages (trial 22en: fundus's test pages of
AP, Reuters, the BBC, the Guardian, CBC and Global News). The articles here are written for the
tests, in the pages' forms."""

from __future__ import annotations

from bot.reader.answer.followup import Turn
from bot.reader.article import Article
from bot.reader.pipeline import ask, ask_in_turn
from tests.support.reading import bold_in, speakers

BUDGET = Article(
    title="Lawmakers trim the space agency's budget",
    paragraphs=(
        "The space agency will get $24 billion next year, slightly less than it asked for.",
        "In their report, appropriators directed the agency to spend more on weather satellites.",
        "Aeronautics research gets $900 million, the same as this year.",
        "A separate review board called the plan sound, Orbit Gazette editor-in-chief Dana Brook said.",
    ),
    language="en",
)


def test_who_heads_a_body_the_article_names_no_head_of_is_declined() -> None:
    """"Who heads NASA?" on a page naming no head of NASA got "appropriators directed NASA": a sentence
    answers who leads a body only when it names someone by a leader's title or says who leads; a
    head of another body ("editor-in-chief ... of the Orbit Gazette") is no answer either."""
    assert not ask(BUDGET, "Who heads the space agency?").found
    assert not ask(BUDGET, "Who is the head of the review board?").found


COUNCIL = Article(
    title="What does the budget council do?",
    paragraphs=(
        "The budget council checks the state's spending plans twice a year.",
        "It has four members, including the current chair Tom Reed, whose term began in 2021.",
        "Its staff of 40 is led by Ann Kade, who joined from the central bank.",
    ),
    language="en",
)


def test_who_heads_a_body_is_answered_by_its_chair() -> None:
    """The rule keeps a leader named by title without the body's name ("the current chair") and one
    a sentence says leads."""
    assert bold_in(COUNCIL, "Who chairs the budget council?") == "Tom Reed"
    assert ask(COUNCIL, "Who runs the council's staff?").found


RACE = Article(
    title="The race for mayor narrows",
    paragraphs=(
        "The race for mayor has narrowed to two candidates.",
        "The two are level in most surveys taken since Governor Lane ended her own bid in June.",
        "Both will spend the summer knocking on doors in the suburbs.",
    ),
    language="en",
)


def test_a_since_that_tells_from_when_gives_no_reason() -> None:
    """"Why did Biden end his reelection campaign?" was answered by "... polls conducted since Biden
    ended his reelection campaign": inside a clause "since" tells from when, not why."""
    assert not ask(RACE, "Why did Governor Lane end her bid?").found


FIRE = Article(
    title="Warehouse fire on the east side",
    paragraphs=(
        "A fire broke out overnight in the port district.",
        "A warehouse and two shops were damaged by the blaze, Fire Chief Tom Hale said.",
        "“It was the worst night I remember,” said Harbor resident Mina Lowe, 40, who lives across the street.",
    ),
    language="en",
)


def test_what_he_said_is_found_where_the_sentence_ends_on_said() -> None:
    """"What did he say was hit?" after "Who is the mayor of Kyiv?" was declined: the answer shown
    ends "..., Mayor Vitali Klitschko said." and "said." with its full stop was not read as saying."""
    previous = Turn("Who is the fire chief?", ("A warehouse and two shops were damaged by the blaze, Fire Chief Tom Hale said.",))
    answer = ask_in_turn(FIRE, "What did he say was damaged?", previous)
    assert answer.found and answer.sentences[0].text.startswith("A warehouse and two shops")


def test_a_resident_named_by_place_is_the_speaker_not_the_place() -> None:
    """"said Kyiv resident Svitlana Onofryichuk" gave the quotation to "Kyiv"."""
    assert speakers(*FIRE.paragraphs) == {"It was the worst night": "Mina Lowe"}



TALKS = Article(
    title="Trade talks to resume",
    paragraphs=(
        "Negotiators from both sides will meet again in Geneva next month.",
        "Ines Varga, the European Union's trade chief, said the talks would resume on tariffs first.",
    ),
    language="en",
)


def test_an_abbreviation_the_question_writes_is_not_the_answer() -> None:
    """"Who is the EU's top diplomat?" bolded "European Union": the question's own "EU", spelled out."""
    assert bold_in(TALKS, "Who is the EU's trade chief?") == "Ines Varga"
