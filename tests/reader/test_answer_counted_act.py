"""A "how many people" question whose verb names an act is answered by the count of that act
("How many people have died?" by "7,793 deaths") where the article counts no people, and still
declined where it counts neither."""

from __future__ import annotations

from bot.reader.article import Article
from bot.reader.pipeline import ask

OUTBREAK = Article(
    title="Nurse with Ebola named",
    paragraphs=(
        "A nurse who contracted Ebola after returning to Glasgow from Sierra Leone has been named.",
        "She has been a nurse for 16 years and was volunteering for a charity when she caught the virus.",
        "The World Health Organisation has reported a total of 19,980 suspected cases and 7,793 deaths.",
        "The outbreak began in Guinea in December 2013 and spread to Liberia and Sierra Leone.",
        "A tent has been set up around her bed so the infection can be contained while she is treated.",
    ),
)


def test_the_count_of_the_act_answers_how_many_people() -> None:
    answer = ask(OUTBREAK, "How many people have died in the outbreak?")
    assert answer.found, f"declined (score {answer.score:.2f})"
    assert answer.sentences[0].text.startswith("The World Health Organisation")


def test_a_count_of_people_the_article_never_gives_is_declined() -> None:
    answer = ask(OUTBREAK, "How many people were on the flight?")
    assert not answer.found, f"answered with {answer.sentences[0].text!r}"
