"""Follow-ups as a reader types them on a blog post or a survey report, through the real reading
pipeline: "she" after "Who is X?" stands for X, whose words on what is asked are found even when
they come with "according to"."""

from __future__ import annotations

from bot.reader.article import Article
from tests.support.reading import chat_turn


def _article(*paragraphs: str) -> Article:
    return Article(title="Test", paragraphs=paragraphs, language="en", url=None)


REPORT = _article(
    "Our yearly poll of 3,000 farmers across Europe found that most of them plan to buy fewer machines next year.",
    "Maria Olsen, chief economist at the farm bank Agricor, shared her view on these results: "
    "“Farmers worry about the weather more than about prices. They have seen three dry summers in a row.”",
    "Tractor sales fell by a fifth in 2023, after two years of growth.",
    "According to Agricor’s Olsen, “Many farms will put off new purchases and spend their savings "
    "on irrigation instead, since the loans cost twice what they did.”",
)


def test_she_after_who_is_x_stands_for_x_and_her_words_on_the_topic_come_first() -> None:
    first, turn = chat_turn(REPORT, "Who is Maria Olsen?")
    assert "chief economist" in first
    said, _ = chat_turn(REPORT, "What did she say about loans?", turn)
    assert "loans cost twice" in said


def test_her_attributed_quotation_answers_when_it_is_on_the_topic() -> None:
    _, turn = chat_turn(REPORT, "Who is Maria Olsen?")
    said, _ = chat_turn(REPORT, "What did she say about the weather?", turn)
    assert "worry about the weather" in said


TOOLS = _article(
    "Brickwork is a small build tool for C projects. Brickwork reads one file, written in Toml, and "
    "compiles only the files that changed.",
    "In plugin mode we have to create the Registry in the Toml file by hand.",
    "Brickwork also ships a test runner that runs each test in its own process.",
)


def test_it_for_the_thing_asked_about_before_declines_a_sentence_about_something_else() -> None:
    first, turn = chat_turn(TOOLS, "What does Brickwork read?")
    assert "written in Toml" in first
    made, _ = chat_turn(TOOLS, "who created it?", turn)
    assert made == ""


def test_it_for_the_thing_asked_about_before_finds_the_sentence_naming_it() -> None:
    _, turn = chat_turn(TOOLS, "What does Brickwork read?")
    runner, _ = chat_turn(TOOLS, "what does it ship?", turn)
    assert "test runner" in runner


POLL = _article(
    "We asked 800 teachers how they mark homework.",
    "Two thirds of the teachers who mark on tablets said they wanted fewer apps, against a third of "
    "those who mark on paper. Both groups used about the same number of apps.",
    "Why would tablets make teachers want fewer apps? One explanation is that every app keeps its "
    "own list of pupils, and keeping them in step takes an hour a week.",
)


def test_a_bare_why_finds_the_writers_reply_to_the_why_they_ask_in_the_next_paragraph() -> None:
    first, turn = chat_turn(POLL, "How many of the teachers marking on tablets wanted fewer apps?")
    assert "Two thirds" in first
    reason, _ = chat_turn(POLL, "why?", turn)
    assert "One explanation" in reason
