"""The stand-in's inline mode refuses what Telegram refuses, seen through python-telegram-bot's Bot.

The inline e2e tests trust it to catch a bot that answers with too many results, repeated or
overlong ids, HTML Telegram cannot parse, texts over 4096 characters, a bad button or an answer
to a query that is gone, so each refusal is shown here to reach the bot as a BadRequest.
"""

from __future__ import annotations

from collections.abc import AsyncIterator

import pytest
from telegram import Bot, InlineQueryResultArticle, InlineQueryResultsButton, InputTextMessageContent
from telegram.error import BadRequest

from tests.support.fake_telegram import FakeTelegram

USER = 77


@pytest.fixture
async def bot(fake_telegram: FakeTelegram) -> AsyncIterator[Bot]:
    async with Bot(fake_telegram.token, base_url=f"{fake_telegram.url}/bot") as bot:
        yield bot


def article(result_id: str, text: str = "<b>Title</b>\nbody", title: str = "Title") -> InlineQueryResultArticle:
    return InlineQueryResultArticle(result_id, title, InputTextMessageContent(text, parse_mode="HTML"),
                                    description="what it says")


async def test_an_inline_query_reaches_the_bot_and_its_answer_is_recorded(
    fake_telegram: FakeTelegram, bot: Bot
) -> None:
    query_id = fake_telegram.push_inline_query(USER, "https://example.org/story")
    update = (await bot.get_updates())[-1]
    assert update.inline_query.id == query_id and update.inline_query.query == "https://example.org/story"
    assert update.inline_query.from_user.id == USER
    button = InlineQueryResultsButton("Open the bot", start_parameter="inline")
    assert await bot.answer_inline_query(query_id, [article("a-1"), article("a-2")], cache_time=0,
                                         is_personal=True, button=button)
    answer = fake_telegram.wait_for_inline_answer(query_id)
    assert [result.id for result in answer.results] == ["a-1", "a-2"]
    assert answer.results[0].text == "Title\nbody"
    assert answer.results[0].entities[0]["type"] == "bold"
    assert answer.cache_time == 0 and answer.is_personal and answer.button["start_parameter"] == "inline"
    assert answer.user_id == USER


@pytest.mark.parametrize(
    ("results", "button", "complaint"),
    [
        ([article(f"a-{n}") for n in range(51)], None, "RESULTS_TOO_MUCH"),
        ([article("same"), article("same")], None, "RESULT_ID_DUPLICATE"),
        ([article("x" * 65)], None, "RESULT_ID_INVALID"),
        ([article("a", "Fish & chips")], None, "can't parse entities"),
        ([article("a", "x" * 4097)], None, "MESSAGE_TOO_LONG"),
        ([article("a", "<b> </b>")], None, "MESSAGE_EMPTY"),
        ([article("a", title="")], None, "RESULT_TITLE_EMPTY"),
        ([], InlineQueryResultsButton("Open", start_parameter="no spaces"), "START_PARAM_INVALID"),
    ],
)
async def test_answers_telegram_refuses_are_bad_requests(
    fake_telegram: FakeTelegram, bot: Bot, results: list, button, complaint: str
) -> None:
    query_id = fake_telegram.push_inline_query(USER, "q")
    with pytest.raises(BadRequest, match=f"(?i){complaint}"):
        await bot.answer_inline_query(query_id, results, button=button)
    assert not fake_telegram.inline_answers()


async def test_a_query_is_answered_once_and_only_if_it_exists(fake_telegram: FakeTelegram, bot: Bot) -> None:
    with pytest.raises(BadRequest, match="(?i)query is too old"):
        await bot.answer_inline_query("123", [article("a")])
    query_id = fake_telegram.push_inline_query(USER, "q")
    await bot.answer_inline_query(query_id, [article("a")])
    with pytest.raises(BadRequest, match="(?i)query is too old"):
        await bot.answer_inline_query(query_id, [article("a")])


async def test_an_answer_after_the_deadline_is_refused(fake_telegram: FakeTelegram, bot: Bot) -> None:
    fake_telegram.inline_deadline = 0.0
    query_id = fake_telegram.push_inline_query(USER, "q")
    with pytest.raises(BadRequest, match="(?i)query is too old"):
        await bot.answer_inline_query(query_id, [article("a")])
