"""Issue 15, the wire's dateline kept as the story's place (extract26, 2026-12-02): dropping
"LONDON (Reuters) -" from the lede lost the only words saying where a story happened, and "where
did this happen?" got any sentence naming a place ("Ohio State had a chance" on a story datelined
New Orleans, newspaper's al.com1). Stories written here."""

from __future__ import annotations

import asyncio

import pytest

from bot.conversation.about import About, Replied, asks_where, place_asked
from bot.conversation.assistant import Answered, Assistant
from bot.conversation.render import PlainMarkup, render_reply
from bot.reader.answer.index import Answer
from bot.reader.article import Article
from bot.reader.extract.clutter import Block, article_from_text, dateline_place
from bot.reader.extract.page import extract_article
from bot.store import ChatSettings, StoredArticle
from tests.support.ferry_story import LINES, STORY, URL, ferry_page


@pytest.mark.parametrize(
    ("lede", "place"),
    [
        ("LONDON (Reuters) - The minister resigned on Monday.", "London"),
        ("SURABAYA, Indonesia/JAKARTA (Reuters) - Rescuers searched the sea.", "Surabaya, Indonesia/Jakarta"),
        ("Berlin (dpa) - Die Ministerin trat zurück.", "Berlin"),
        ("NEW ORLEANS - Both analysts are paid to disagree.", "New Orleans"),
        ("WASHINGTON, D.C. — The vote was close.", "Washington, D.C."),
        ("LINDI: It's around 8pm and the market is busy.", "Lindi"),
        ("Nendeln, 27.6.2025 – Der Club wählte einen neuen Präsidenten.", "Nendeln"),
        ("UPDATE: The road has reopened.", None),
        ("The mayor told Reuters (AP) reporters nothing.", None),
        ("Riad. Die Boxwelt fiebert.", None),
    ],
)
def test_the_datelines_place(lede: str, place: str | None) -> None:
    assert dateline_place([Block(lede)]) == place


def test_a_dateline_is_read_from_the_lede_only() -> None:
    assert dateline_place([Block(LINES[0]), Block("BEAVERTON -- The foundation gave $355,760.")]) is None


def test_a_wire_datelines_place_is_kept_while_it_leaves_the_text() -> None:
    lede = f"<p>HARBOURTOWN (Reuters) - {LINES[0]}</p>"
    article = extract_article(ferry_page(lede + STORY[len(f"<p>{LINES[0]}</p>"):]), URL)
    assert article.paragraphs == LINES and article.dateline == "Harbourtown"
    assert extract_article(ferry_page(STORY), URL).dateline is None
    pasted = article_from_text("\n".join([f"PARIS (AFP) - {LINES[0]}", *LINES[1:]]))
    assert pasted.dateline == "Paris" and pasted.paragraphs[0] == LINES[0]


@pytest.mark.parametrize("question", [
    "Where did this happen?", "where did it take place", "Where is this happening?", "Where did the story happen?",
    "Wo ist das passiert?", "Wo hat sich das ereignet?", "Où cela s'est-il passé ?", "¿Dónde ocurrió esto?",
])
def test_where_the_story_happened(question: str) -> None:
    assert asks_where(question)


@pytest.mark.parametrize("question", [
    "Where did the fire start?", "Where is the mine?", "where is it?", "Where is this from?", "Wo wohnt sie?",
])
def test_a_where_question_about_something_named_is_the_answer_stages(question: str) -> None:
    assert not asks_where(question)


class _Store:
    def __init__(self, article: Article) -> None:
        self.stored = StoredArticle(1, article, 0.0)

    async def chat(self, chat_id: int) -> ChatSettings:
        return ChatSettings(chat_id, current_article_id=1)

    async def article(self, article_id: int) -> StoredArticle:
        return self.stored

    async def last_turn(self, chat_id: int, thread_id: int) -> None:
        return None

    async def save_turn(self, *args: object) -> None:
        return None


_STAGES_ANSWER = Answer((), False, None, 0.0)


class _Library:
    async def ask(self, stored: StoredArticle, question: str, previous: object = None) -> Answer:
        return _STAGES_ANSWER


def _asked(article: Article, question: str) -> Answered | Replied | None:
    assistant = Assistant(_Library(), _Store(article), 2_000)  # type: ignore[arg-type]
    return asyncio.run(assistant.answer(7, question))


def test_where_it_happened_is_answered_from_the_dateline_and_else_by_the_answer_stage() -> None:
    datelined = Article("Ferry line approved", LINES, dateline="Harbourtown")
    replied = _asked(datelined, "Where did this happen?")
    assert isinstance(replied, Replied) and replied.asks is About.PLACE
    assert render_reply(replied, PlainMarkup()) == ["The article's dateline places it in Harbourtown."]
    answered = _asked(Article("Ferry line approved", LINES), "Where did this happen?")
    assert isinstance(answered, Answered) and answered.answer is _STAGES_ANSWER
    asked = _asked(datelined, "Where does the ferry leave from?")
    assert isinstance(asked, Answered)


def test_the_place_is_asked_only_of_a_story_with_a_dateline() -> None:
    assert place_asked("Where did this happen?", Article("Ferry", LINES, dateline="Harbourtown")) is About.PLACE
    assert place_asked("Where did this happen?", Article("Ferry", LINES)) is None
