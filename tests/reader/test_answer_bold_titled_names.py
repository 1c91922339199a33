""""Which commissioner ...?" bolds the name after the title, not the word before it.

"the Senate failed to reconfirm Democratic Commissioner Jessica Rosenworcel": a person's title comes
before the name, so the bold is "Jessica Rosenworcel", not "Democratic Commissioner"; a thing's
name may stand before its noun ("the Olfr78 receptor") and is still found there.
"""

from __future__ import annotations

from bot.reader.article import Article
from bot.reader.pipeline import ask

BOARD = Article(
    title="Board loses a member",
    paragraphs=(
        "On Friday the Senate failed to confirm Republican Commissioner Dana Whitfield for a second term.",
        "Scientists found that the Olfr78 receptor responds to lactate.",
    ),
    language="en",
)


def bold(question: str) -> str | None:
    answer = ask(BOARD, question)
    assert answer.found, f"declined {question!r}"
    return answer.sentences[0].text[slice(*answer.phrase)] if answer.phrase else None


def test_which_title_bolds_the_name_after_it() -> None:
    assert bold("Which commissioner did the Senate fail to confirm?") == "Dana Whitfield"
    assert bold("Which commissioner did the Senate not confirm?") == "Dana Whitfield"


def test_which_thing_still_bolds_its_name_before_the_noun() -> None:
    assert bold("Which receptor responds to lactate?") == "Olfr78"
