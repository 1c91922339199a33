"""What a reader met on untuned English news pages (trial 20: sanctions lifted, a company sold, a
city's pipes in winter, an attack on a museum, whale strandings, a president's interview, a study
of mobility): a decade typed without its century, a reason or an amount asked about someone the
answer never names, and follow-ups that lean on the turn before ("How many were killed?", "And how
old is he now?")."""

from __future__ import annotations

import pytest

from bot.reader.answer.followup import Turn, question_to_match
from bot.reader.article import Article
from bot.reader.pipeline import ask, ask_in_turn
from tests.support.reading import bold

HARBOUR = Article(
    title="A harbour town and its past",
    paragraphs=(
        "In the early 1980s, the painter Maria Lopez lived in Valparaiso, in a room above a bakery.",
        "She later moved to Lisbon, where she opened a small gallery.",
    ),
    language="en",
)

PIPES = Article(
    title="Keeping the water running",
    paragraphs=(
        "Northwind Power looks after about 2,000 miles of cable under the city's streets.",
        "The city's water board checked its older pipes after the cold spell. "
        "For the weakest ones, the board has spent more than $300 million in the past three years on repairs.",
        "Senator Ada Moss voted for the new budget.",
        "Professor Ian Cole said he thought the board had been far too slow, calling its plan \"a patch on a patch.\"",
    ),
    language="en",
)

TOWN = Article(
    title="A quiet town shaken",
    paragraphs=(
        "Hours after the mayor's speech, a gunman opened fire at a bowling alley in the town of Millbrook, "
        "killing three people before he was arrested.",
        "If you count the people killed in storms since 1990, it is fewer than 40, the mayor said.",
        "The mayor also spoke about the town's budget and the new library.",
    ),
    language="en",
)

GALLERY = Article(
    title="Attack on a gallery",
    paragraphs=(
        "Gunmen stormed the national gallery on Tuesday, the worst attack on the country in a decade.",
        "The prime minister condemned the attack on the gallery in a speech that evening.",
        "About 25 other people were wounded, officials said.",
    ),
    language="en",
)

FISHER = Article(
    title="An old fisherman",
    paragraphs=(
        "Fisherman Tom Reid was just nine years old when he first went out to sea with his uncle, off the coast of Cornwall.",
        "Six decades later, Reid, 71, still takes his boat out most mornings and has trained more than 40 young crew members.",
    ),
    language="en",
)


def _follow_up(article: Article, first: str, second: str) -> tuple[str, str | None]:
    """The sentence answering `second` asked right after `first`, as a chat keeps the turn, and its bold words."""
    answer = ask(article, first)
    assert answer.found
    previous = Turn(question_to_match(first, None, "en"), tuple(s.text for s in answer.sentences))
    follow = ask_in_turn(article, second, previous)
    assert follow.found, f"declined {second!r}"
    return follow.sentences[0].text, bold(follow)


def test_a_decade_typed_without_its_century_is_the_articles_decade() -> None:
    answer = ask(HARBOUR, "Where did Maria Lopez live in the 80s?")
    assert answer.found
    assert "Valparaiso" in answer.sentences[0].text


@pytest.mark.parametrize(
    "question",
    ["How much does Northwind Power spend on repairs every year?", "Why did Senator Ada Moss call the plan too slow?"],
)
def test_a_reason_or_an_amount_of_someone_the_answer_never_names_is_declined(question: str) -> None:
    answer = ask(PIPES, question)
    assert not answer.found, f"answered {question!r} with {answer.sentences[0].text!r}"


def test_an_amount_of_someone_the_sentence_before_names_is_answered() -> None:
    answer = ask(PIPES, "How much has the water board spent on repairs?")
    assert answer.found
    assert "$300 million" in answer.sentences[0].text


def test_how_many_without_a_counted_word_counts_what_the_answer_before_told_of() -> None:
    sentence, words = _follow_up(TOWN, "In which town did the gunman open fire?", "How many were killed?")
    assert "bowling alley" in sentence
    assert words == "three"


def test_a_follow_up_asking_a_count_takes_its_own_answer_holding_one() -> None:
    sentence, _ = _follow_up(GALLERY, "What did the prime minister condemn?", "How many were hurt?")
    assert sentence.startswith("About 25 other people were wounded")


def test_asked_again_for_an_age_the_follow_up_goes_on_to_the_next_one() -> None:
    sentence, words = _follow_up(FISHER, "How old was Tom Reid on his first trip to sea?", "And how old is he now?")
    assert sentence.startswith("Six decades later")
    assert words == "71"
