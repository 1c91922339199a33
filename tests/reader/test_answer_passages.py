"""A passage names its subject once and goes on about it: the sentence that answers may hold only
the question's last words, while the sentence before it holds the rest."""

from __future__ import annotations

from bot.reader.article import Article
from tests.reader.test_answer import ask, best_text

HARBOUR_REVIEW = Article(
    title="Port town weighs a new ferry terminal",
    paragraphs=(
        "Ferries have docked at the old quay in Kellmouth since the 1950s, and the town has long argued "
        "about what to do with it.",
        "In 2019 the council asked the engineer Mara Quist to lead a review of the harbour. "
        "Its main aim was to find a new site for the ferry terminal, away from the silted docks.",
        "Quist's harbour report is due in the spring, and the council will vote on it in June.",
        "Fishing boats still land their catch at the quay every morning, as they have for generations.",
        "Local shops say the summer crowds from the ferries keep many of them open through the winter.",
        "A group of residents has asked for the old customs house to become a museum.",
    ),
)


def test_the_sentence_going_on_about_the_subject_answers() -> None:
    """"What was the main aim of Mara Quist's review?" names the review by its author, whom the
    sentence before the answer names; the answer, going on with "Its", holds only "main aim"."""
    assert best_text(HARBOUR_REVIEW, "What was the main aim of Mara Quist's review?").startswith(
        "Its main aim was to find a new site"
    )


ACADEMY = Article(
    title="Brightwater Academy plans a new science wing",
    paragraphs=(
        "Brightwater Academy will open a science wing next autumn, its board said on Tuesday.",
        "The academy was founded in 1902 by a group of teachers from the mill town of Ashby.",
        "For the 2023-24 school year, fees at the school rose to $12,000, and the board expects more "
        "pupils next year.",
    ),
)


def test_in_what_year_asks_for_a_year_not_the_word() -> None:
    """"In what year was the school founded?" is answered by "founded in 1902", not by a sentence
    that uses the word "year" ("the 2023-24 school year")."""
    assert best_text(ACADEMY, "In what year was the school founded?").startswith("The academy was founded in 1902")


HARBOUR_STUDY = Article(
    title="A harbour town weighs its future",
    paragraphs=(
        "Ferries have docked at the old quay in Kellmouth since the 1950s, and the town has long argued "
        "about what to do with it.",
        "In 2019 the council hired the engineer Mara Quist to study the harbour. She concluded that the "
        "quay could not be saved and that a new terminal should be built further north.",
        "Fishing boats still land their catch at the quay every morning, as they have for generations.",
        "Local shops say the summer crowds from the ferries keep many of them open through the winter.",
    ),
)


def test_a_sentence_opening_with_she_is_sure_of_whom_it_means() -> None:
    """"What did Quist conclude?" is answered by "She concluded that ...", and the decline score
    counts the name the sentence before it gives for "She": the article plainly says it (0.35 before,
    close to the 0.25 under which the bot says the article doesn't say)."""
    answer = ask(HARBOUR_STUDY, "What did Quist conclude?")
    assert answer.found and answer.sentences[0].text.startswith("She concluded that the quay could not be saved")
    assert answer.score > 0.6
