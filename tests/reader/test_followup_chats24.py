"""Follow-ups in a chat of three or four turns, as a curious reader asks them (follow-up session
24): "where will that take place?" after the sentence it points at names no place, "her book"
after a question naming the author, "it" for the tool the previous question named, and a length
of time told by its unit after "take". The articles here are written for the tests."""

from __future__ import annotations

from bot.reader.answer.followup import Turn, question_to_match, says_it_goes_on
from bot.reader.article import Article
from bot.reader.pipeline import ask
from tests.support.reading import bold_in, chat_turn


def _article(*paragraphs: str) -> Article:
    return Article(title="Test", paragraphs=paragraphs, language="en", url=None)


WITNESS = _article(
    "Lena Vasquez, one of the two witnesses who saw the crash on the ring road, has agreed to an interview with "
    "the driver's lawyers.",
    "The driver, 41, is accused of causing the crash by careless driving.",
    "Lena Vasquez agreed to be questioned by the defence team.",
    "Vasquez's lawyers had asked the court to cancel the summons, but the witness agreed to be interviewed in "
    "Leeds, where she lives.",
)


def test_where_after_the_sentence_shown_again_names_no_place_goes_to_the_one_that_does() -> None:
    _, turn = chat_turn(WITNESS, "Who is Lena Vasquez?")
    agreed, turn = chat_turn(WITNESS, "What has she agreed to do?", turn)
    assert "Leeds" not in agreed
    where, _ = chat_turn(WITNESS, "Where will that take place?", turn)
    assert "Leeds" in where


AUTHORS = _article(
    "Author Mira Dane, from Oakfield, said she started reading crime novels because her father kept them by the bed.",
    "Another writer, Tom Reyes, started reading crime novels as a boy and went through each shelf of the town "
    "library because there were only so many books.",
    "Ms Dane's book entitled The Quiet Ward is on pre-order and will be in shops on May 3.",
    "She said she enjoyed old police stories, which are her favourite.",
)


def test_her_book_after_a_question_naming_the_author_is_that_authors_book() -> None:
    first, turn = chat_turn(AUTHORS, "Why did Mira Dane start reading crime novels?")
    assert "her father kept them" in first
    book, _ = chat_turn(AUTHORS, "What is her book called?", turn)
    assert "The Quiet Ward" in book


def test_her_favourite_is_the_sentence_holding_the_words_asked_though_it_names_no_one() -> None:
    _, turn = chat_turn(AUTHORS, "Why did Mira Dane start reading crime novels?")
    favourite, _ = chat_turn(AUTHORS, "What's her favourite kind?", turn)
    assert "police stories" in favourite


TOOLS = _article(
    "By integrating language models, automation platforms can offer more value to their customers and widen the "
    "use cases they serve.",
    "Snapline lets users copy data from one form to another.",
    "One of the company's newer tools is Snapline, which combines its platform with third-party models from "
    "Mistral, Cohere and others.",
)


def test_it_for_the_tool_asked_about_goes_to_a_sentence_naming_that_tool() -> None:
    first, turn = chat_turn(TOOLS, "What is Snapline?")
    assert "Snapline" in first
    models, _ = chat_turn(TOOLS, "Whose models does it use?", turn)
    assert "Mistral" in models


REPAIRS = _article(
    "A survey of 400 firms found that 69% see their billing software break at least once a week, many of which "
    "take hours to fix.",
    "Several vendors now sell tools that watch for such failures.",
)


def test_a_length_told_by_its_unit_after_take_answers_how_long() -> None:
    question = "How long do the breakdowns take to fix?"
    answer = ask(REPAIRS, question)
    assert answer.found
    assert bold_in(REPAIRS, question) == "take hours"


BILLS = _article(
    "Two batches of $5 notes printed in 2011 and 2013 carry a printing error.",
    "Every note needs a serial number of its own, but the printing office sent the same numbers to two banks.",
    "Collectors have found only twelve matching pairs so far.",
)


def test_which_years_asks_a_date_and_goes_to_the_sentence_holding_the_years() -> None:
    _, turn = chat_turn(BILLS, "How many matching pairs have turned up so far?")
    years, _ = chat_turn(BILLS, "Which years were they printed in?", turn)
    assert "2011 and 2013" in years


STADIUM = _article(
    "The club's owner said on Monday that he would gladly pay for the new stand himself.",
    "“It is the best money I will ever spend,” the owner said.",
    "The council must still approve the plans.",
)


def test_a_pronoun_follow_up_goes_on_to_the_next_paragraph_when_the_one_shown_stands_alone() -> None:
    """News write a story one sentence to a paragraph: "and what was his reasoning?" after the
    owner's promise is the quotation opening the next paragraph, not the promise again."""
    first, turn = chat_turn(STADIUM, "Who will pay for the new stand?")
    assert "gladly pay" in first
    thought, _ = chat_turn(STADIUM, "And what was his reasoning?", turn)
    assert "best money" in thought


MARCH = _article(
    "Senator Dino Adeyemi led a protest march to the election commission on Monday.",
    "Adeyemi has since sued the police chief for 50 million naira over his arrest.",
    "Court papers show that the suit was filed by Musa Bello, a lawyer representing the senator.",
)


def test_a_pronoun_question_with_words_of_its_own_keeps_the_answer_it_finds_alone() -> None:
    """"Who is the lawyer representing him?" right after the senator was named is taken for a
    follow-up about him, but the sentences naming him hold none of its words: the one it finds
    alone does, though it calls him "the senator"."""
    first, turn = chat_turn(MARCH, "Who led the protest march?")
    assert "Dino Adeyemi" in first
    lawyer, _ = chat_turn(MARCH, "Who is the lawyer representing him?", turn)
    assert "Musa Bello" in lawyer


def test_a_question_says_it_goes_on_by_its_and_or_an_earlier_not_by_a_pronoun_alone() -> None:
    assert says_it_goes_on("And in what year did they win it?", "en")
    assert says_it_goes_on("What was the earlier forecast?", "en")
    assert says_it_goes_on("Und welcher Partei gehört er an?", "de")
    assert says_it_goes_on("¿Y qué extras traían?", "es")
    assert not says_it_goes_on("What did his lawyer say about his intentions?", "en")


def test_a_chain_of_follow_ups_carries_the_names_it_borrowed_but_not_every_earlier_word() -> None:
    """The turn before was itself a follow-up, kept with the words it borrowed after its question
    mark: its own words and the names among the borrowed ones go on, the rest stays behind."""
    previous = Turn("Since when have those results been around? writer find opting Google Liz Reid", ())
    matched = question_to_match("Where will those results appear?", previous, "en")
    assert {"Google", "Liz", "Reid", "around"} <= set(matched.split())
    assert not {"writer", "opting"} & set(matched.split())
