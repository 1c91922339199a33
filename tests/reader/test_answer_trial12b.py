"""Questions from the untuned trial of 2026-11-30 (trial12b): news pages nobody had tuned on, asked in
the reader's own words before the bot was run on them. Each test is one general class of miss."""

from __future__ import annotations

from bot.reader.article import Article
from tests.reader.test_answer import ask

OUTBREAK = Article(
    title="Second death linked to mosquito virus reported in Alder County",
    paragraphs=(
        "State health officials are reporting a second death linked to the Cache Valley virus.",
        "Alder County health officials said Monday the victim was one of three hikers who caught the virus "
        "near Lake Brindle. The death occurred Saturday.",
        "The first cases appeared in the county at the end of July.",
    ),
)


def test_the_day_a_source_spoke_does_not_answer_when_the_event_happened() -> None:
    """"Officials said Monday the victim ..." dates the officials' words: "When did the victim die?"
    is answered by the next sentence's "The death occurred Saturday", in the victim's own words or not."""
    answer = ask(OUTBREAK, "When did the victim die?")
    assert answer.found, f"declined (score {answer.score:.2f})"
    sentence = answer.sentences[0].text
    assert sentence == "The death occurred Saturday."
    assert answer.phrase is not None and sentence[answer.phrase[0]: answer.phrase[1]] == "Saturday"


def test_a_question_about_the_saying_is_still_answered_by_the_day_of_saying() -> None:
    answer = ask(OUTBREAK, "When did the county officials announce the hikers' infection?")
    assert answer.found, f"declined (score {answer.score:.2f})"
    assert answer.sentences[0].text.startswith("Alder County health officials said Monday")


PLEA = Article(
    title="Ohio man pleads guilty to threatening a senator",
    paragraphs=(
        "Daniel Marsh Jr., 48, could face up to five years in prison after pleading guilty to threatening "
        "Senator Ada Quinn. His sentencing is scheduled for March 3, according to the office release.",
        "Quinn asked for mercy at Marsh's sentencing in a letter posted on Facebook Tuesday, saying a long "
        "sentence would not help.",
        "Marsh was arrested in June for a phone call he made to the senator's office.",
    ),
)


def test_a_sentence_opening_with_a_pronoun_answers_for_whoever_the_sentence_before_names() -> None:
    """"His sentencing is scheduled for March 3" is about Marsh, named in the sentence before; a
    sentence naming Marsh's sentencing in passing, dated by a letter posted on Tuesday, answers nothing."""
    answer = ask(PLEA, "When will Marsh be sentenced?")
    assert answer.found, f"declined (score {answer.score:.2f})"
    sentence = answer.sentences[0].text
    assert sentence.startswith("His sentencing is scheduled for March 3")
    assert answer.phrase is not None and sentence[answer.phrase[0]: answer.phrase[1]] == "March 3"


TRANSFER = Article(
    title="Harbour Rovers sign striker Lena Vogt from Kelso United",
    paragraphs=(
        "Harbour Rovers have signed striker Lena Vogt from Kelso United for an undisclosed fee. "
        "The 24-year-old scored 19 goals for Kelso last season.",
        "The club also agreed a new kit deal with a sportswear maker; the terms were not disclosed.",
        "Rovers paid 2 million pounds for defender Ana Ruiz in June.",
    ),
)


def test_an_amount_the_article_says_it_leaves_unsaid_is_declined() -> None:
    """"for an undisclosed fee" and "the terms were not disclosed" are the article saying it doesn't
    say: the sentence matching the question best is no answer to how much."""
    for question in ("How big was the fee Rovers paid Kelso for Vogt?", "How much is the kit deal worth?"):
        answer = ask(TRANSFER, question)
        assert not answer.found, f"answered {question!r} with {answer.sentences[0].text!r}"


def test_an_amount_the_article_gives_is_still_answered() -> None:
    answer = ask(TRANSFER, "How much did Rovers pay for Ruiz?")
    assert answer.found, f"declined (score {answer.score:.2f})"
    assert answer.sentences[0].text.startswith("Rovers paid 2 million pounds")
