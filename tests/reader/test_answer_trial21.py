"""What a reader met on untuned English news pages (trial 21: a bank robbery, a search team, grants
to charities, the year's food searches): numbers that count nothing ("3:15 p.m.", "once they are
found", "one-to-one") taken as the count a "how many" or "how much" question asks, so the bot
presented a loosely related sentence as the answer instead of saying the article does not say; and
a "what" question read as asking the measure it names at its end ("... for losing weight?")."""

from __future__ import annotations

import pytest

from bot.reader.article import Article
from bot.reader.pipeline import ask

BANK = Article(
    title="Police look for bank robber",
    paragraphs=(
        "The robbery took place at about 3:15 p.m. Tuesday when a man entered First Bank on Main Street "
        "and handed a note to a teller.",
        "Four customers were inside the bank at the time, police said.",
        "The man then fled on foot.",
    ),
    language="en",
)

TEAM = Article(
    title="Search team keeps watch over wandering residents",
    paragraphs=(
        "The Lifesaver Team is made up of volunteers from the rescue squad along with deputies who are "
        "trained to calm clients once they are found.",
        "Searches usually last under 10 minutes.",
    ),
    language="en",
)

GRANTS = Article(
    title="Foundation awards grants",
    paragraphs=(
        "The Foundation has awarded $355,760 in grants to 31 nonprofit groups.",
        "The mission of Big Friends is to give children strong one-to-one relationships with mentors.",
    ),
    language="en",
)

@pytest.mark.parametrize(
    ("article", "question"),
    [
        (BANK, "How many tellers were in the bank?"),  # the hour of "3:15 p.m." counts no one
        (TEAM, "How many volunteers are on the Lifesaver Team?"),  # "once they are found" counts nothing
        (GRANTS, "How much did the Foundation give to Big Friends?"),  # "one-to-one" is no amount
    ],
)
def test_a_number_that_counts_nothing_does_not_answer(article: Article, question: str) -> None:
    answer = ask(article, question)
    assert not answer.found, answer.sentences[0].text


@pytest.mark.parametrize(
    ("article", "question", "expected"),
    [
        (BANK, "How many customers were in the bank?", "Four customers"),
        (BANK, "What time did the robbery happen?", "3:15 p.m."),
        (TEAM, "How long do the searches last?", "10 minutes"),
        (GRANTS, "How much did the Foundation award in grants?", "$355,760"),
    ],
)
def test_a_count_beside_them_still_answers(article: Article, question: str, expected: str) -> None:
    answer = ask(article, question)
    assert answer.found and expected in answer.sentences[0].text


SEARCHES = Article(
    title="The year's most popular food searches",
    paragraphs=(
        "Pizza was searched more than the World Cup.",
        "Our top slimming questions were 'how to lose weight,' and the Paleo diet was the top searched way "
        "to trim down.",
    ),
    language="en",
)


def test_a_measure_named_late_in_a_what_question_is_not_the_thing_asked() -> None:
    # The question asks a diet; read as asking a weight, it was declined, no sentence giving one.
    answer = ask(SEARCHES, "What diet did people look up most for losing weight?")
    assert answer.found and "Paleo diet" in answer.sentences[0].text


def test_a_measure_named_right_after_what_is_still_asked() -> None:
    assert not ask(SEARCHES, "What is the weight of the pizza?").found
