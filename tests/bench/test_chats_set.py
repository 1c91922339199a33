"""bench/chats/questions.tsv holds conversations: every turn after a conversation's first names the
turn before it on the same page, which comes earlier in the file, so `bench.fresh_pages` asks it
with that turn's reply; only unanswerable questions go without a gold."""

from __future__ import annotations

from pathlib import Path

from bench.fresh_pages import CLASSES, NONE, read_questions
from bench.reworded import Reply

CHATS = Path(__file__).resolve().parents[2] / "bench" / "chats" / "questions.tsv"


def test_every_turn_leans_on_an_earlier_turn_of_its_own_page() -> None:
    seen: dict[str, str] = {}
    for question in read_questions(CHATS):
        assert question.id not in seen, question.id
        assert question.kind in CLASSES, question.id
        if question.after != NONE:
            assert seen.get(question.after) == question.page, question.id
        seen[question.id] = question.page


def test_follow_ups_have_a_turn_before_and_only_unanswerable_questions_lack_a_gold() -> None:
    for question in read_questions(CHATS):
        assert question.kind != "followup" or question.after != NONE, question.id
        assert (question.gold == NONE) == (question.kind == "unanswerable"), question.id


def test_a_follow_up_after_a_declined_turn_leans_on_no_answer_as_the_bot_keeps_it() -> None:
    declined = Reply(("The closest sentence, never shown.",), True, "Who paid for it?")
    shown = Reply(("The sentence shown.", "A runner-up."), False, "Who paid for it?")
    assert declined.turn() == ("Who paid for it?", "")
    assert shown.turn() == ("Who paid for it?", "The sentence shown.")
