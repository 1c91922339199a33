"""The bold name fits what the question asks: a body for "which company", a person for "who made it".

"Which company develops the game?" about a sentence naming the developer who found a bug and the
company that makes the game must set the company in bold, not the person; "Who created the
tool?" must set the person in bold, not the name of the language the tool is for, though that
word stands nearer the question's words.
"""

from __future__ import annotations

from bot.reader.article import Article
from tests.reader.test_answer import ask

EXPLOIT = Article(
    title="Game exploit makes it easy to crash servers",
    paragraphs=(
        "A flaw in the game Blockcraft makes it easy to crash any server, says a programmer.",
        "Independent developer Omar Haddad wrote in a post on Thursday that he had reported the bug two years "
        "ago to Blockcraft developer Voxelworks.",
        "Haddad has released code that exploits the flaw.",
        "Voxelworks did not answer a request for comment.",
    ),
    language="en",
)

TOOL = Article(
    title="A tool to switch between versions",
    paragraphs=(
        "Written for Python, pyswitch was created by Yuki Tanaka to switch between installed versions.",
        "Tanaka still maintains it with a few volunteers.",
        "Python ships no such tool.",
    ),
    language="en",
)


def bold(article: Article, question: str) -> str | None:
    answer = ask(article, question)
    assert answer.found, f"declined {question!r}"
    return answer.sentences[0].text[slice(*answer.phrase)] if answer.phrase else None


def test_which_company_is_answered_by_a_body_not_a_person() -> None:
    assert bold(EXPLOIT, "Which company develops Blockcraft?") == "Voxelworks"


def test_who_made_something_is_answered_by_a_person() -> None:
    assert bold(EXPLOIT, "Who found the Blockcraft bug?") == "Omar Haddad"
    assert bold(TOOL, "Who created pyswitch?") == "Yuki Tanaka"
