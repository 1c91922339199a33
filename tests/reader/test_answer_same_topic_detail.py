"""A "how many" question about another detail of the article's topic (issue 14).

A reader asking "How many soldiers died in the attack?" about a page on that attack finds "They said
42 people had been wounded in the attack": the sentence shares the question's "attack" and gives a
number, but "attack" is what the whole page is about (its title holds it, as do most sentences) and
the number counts the wounded. A word the article repeats throughout (`index.TOPIC_SHARE`) tells what
it is about, not the detail asked, so it no longer ties the count to the question: the support the
decline reads is 0, as for a count of another event, while the question whose detail the sentence
gives is still supported. The page names soldiers elsewhere, so the count is not declined for a
thing the article never mentions.
"""

from __future__ import annotations

from bot.reader.article import Article
from bot.reader.pipeline import answer_index_of

ATTACK = Article(
    title="Rebels attack army base",
    paragraphs=(
        "Rebels attacked an army base in the north of the country on Sunday night, officials said.",
        "They said 42 people had been wounded in the attack on the base.",
        "The attack was the third on the base this year.",
        "The army said the attack had been carried out by drones.",
        "Soldiers at the base said they heard the drones before the attack began.",
    ),
    language="en",
)
COUNT = 1
"""The sentence giving the count: "They said 42 people had been wounded ..."."""


def support_at_count(question: str) -> float:
    index = answer_index_of(ATTACK)
    return index.support(question, index.parts(question), COUNT)


def test_a_count_beside_only_the_topic_word_is_no_answer() -> None:
    assert support_at_count("How many soldiers died in the attack?") == 0.0


def test_a_count_of_the_detail_asked_is_supported() -> None:
    assert support_at_count("How many people were wounded in the attack?") > 0.0
