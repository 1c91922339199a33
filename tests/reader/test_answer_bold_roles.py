"""A "who" question about a sentence that names no one by name sets the person's role in bold.

"Who carried the trophy?" about "... a silver trophy lifted by her coach" has no person's name; the
one capitalised word is a nationality qualifying a noun ("a Brazilian banner"), which no one is
called, so the bold answer is "her coach". German capitalises every noun, so a capitalised word
("Vertragsbruch") is no sign of a name: "Wer hilft, wenn ...?" is answered by the role named,
"eine Beraterin für Arbeitsrecht und Sozialrecht".
"""

from __future__ import annotations

from bot.reader.article import Article
from tests.reader.test_answer import ask

PARADE = Article(
    title="The team comes home",
    paragraphs=(
        "Thousands lined the streets on Sunday as the team returned from the final.",
        "A video posted online showed a silver trophy wrapped in a Brazilian banner lifted by her coach, "
        "who was still in his tracksuit.",
        "The parade lasted for three hours.",
    ),
    language="en",
)

ADVICE = Article(
    title="Hilfe im Arbeitsrecht",
    paragraphs=(
        "Arbeitsverträge sind oft lang und schwer zu lesen.",
        "Kommt es trotzdem zu einem Vertragsbruch oder droht gar die Kündigung, steht Ihnen eine Beraterin "
        "für Arbeitsrecht und Sozialrecht zur Seite.",
        "Das Büro ist seit vielen Jahren in der Stadt.",
    ),
    language="de",
)


def bold(article: Article, question: str) -> str | None:
    answer = ask(article, question)
    assert answer.found, f"declined {question!r}"
    return answer.sentences[0].text[slice(*answer.phrase)] if answer.phrase else None


def test_a_role_answers_who_when_the_only_capital_is_a_nationality() -> None:
    assert bold(PARADE, "Who was lifting the trophy?") == "her coach"


def test_a_german_role_answers_who_over_capitalised_common_nouns() -> None:
    assert bold(ADVICE, "Wer hilft, wenn die Kündigung droht?") == "eine Beraterin für Arbeitsrecht und Sozialrecht"


INQUIRY = Article(
    title="Contractors under scrutiny",
    paragraphs=(
        "Many local firms grew rich on military contracts during the war.",
        "The office of the special inspector general is investigating several cases, following the money "
        "to see if American funds were misappropriated.",
        "At the talks, the French said the inquiry should be widened to every province.",
    ),
    language="en",
)


def test_a_nationality_qualifying_a_thing_is_no_one_named_but_a_people_that_spoke_is() -> None:
    assert bold(INQUIRY, "Who is the special inspector general?") != "American"
    assert bold(INQUIRY, "Who wanted the inquiry widened?") == "French"
