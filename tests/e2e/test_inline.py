"""Inline mode: a person types `@bot <link>` (or `@bot` alone) in any chat and picks a result.

The stand-in refuses an answer that comes after Telegram's deadline, so every answer these tests
read came in time, the slow page's placeholder included.
"""

from __future__ import annotations

from collections.abc import Iterator

import pytest

from bot.conversation import texts
from bot.errors import DeadLink, NotAnArticle
from tests.e2e import articles
from tests.e2e.conftest import World, start_world
from tests.support.pages import slow
from tests.support.telegram_inline import InlineAnswer

ANSWER_TIMEOUT = 30
SLOW_PAGE_SECONDS = 3.0
INLINE_WAIT_SECONDS = 1.0
QUERIES_WHILE_READING = 30
"""Each waits up to INLINE_WAIT_SECONDS in the bot while the link is read."""


@pytest.fixture(scope="module")
def world(tmp_path_factory: pytest.TempPathFactory) -> Iterator[World]:
    """A bot that waits one second for a link before answering "try again", and a page slower than that."""
    for world in start_world(tmp_path_factory.mktemp("inline"), INLINE_WAIT_SECONDS=str(INLINE_WAIT_SECONDS)):
        world.pages.route("/slow-bridge", slow(SLOW_PAGE_SECONDS, articles.BRIDGE))
        yield world


def ask_inline(world: World, user_id: int, query: str) -> InlineAnswer:
    query_id = world.telegram.push_inline_query(user_id, query)
    return world.telegram.wait_for_inline_answer(query_id, timeout=ANSWER_TIMEOUT)


def ask_until_read(world: World, user_id: int, query: str) -> InlineAnswer:
    """Ask again while the bot is still reading, as a person typing on would (a cold bot may take
    longer than INLINE_WAIT_SECONDS for its first article)."""
    for _ in range(QUERIES_WHILE_READING):
        answer = ask_inline(world, user_id, query)
        if [result.title for result in answer.results] != [texts.INLINE_READING]:
            return answer
    raise AssertionError(f"still reading {query!r} after {QUERIES_WHILE_READING} queries")


def downloads(world: World, path: str) -> int:
    return sum(1 for request in world.pages.requests if request.path == path)


def test_a_link_offers_the_article_and_a_second_time_comes_from_the_store(world: World) -> None:
    answer = ask_until_read(world, 501, world.pages.url("/envoy"))
    [result] = answer.results
    assert result.title == articles.ENVOY_TITLE
    assert "TL;DR:" in result.text and "•" in result.text, "the message sent is the summary"
    assert articles.ENVOY_TITLE in result.text and "min read" in result.text
    assert result.description and "Sign up for our newsletter" not in result.text
    assert result.parse_mode == "HTML"
    assert answer.is_personal and answer.cache_time > 0, "cached, but for this person alone"
    assert downloads(world, "/envoy") == 1

    again = ask_inline(world, 502, f"see {world.pages.url('/envoy')}")
    assert [r.text for r in again.results] == [result.text]
    assert downloads(world, "/envoy") == 1, "the second query is answered from the store"


def test_the_article_is_offered_in_the_askers_language_and_cached_for_them_alone(world: World) -> None:
    """Telegram would otherwise show the German summary to the next English asker of the same link."""
    german = 510
    world.telegram.set_language(german, "de")
    ask_until_read(world, 509, world.pages.url("/garden"))
    answer = ask_until_read(world, german, world.pages.url("/garden"))
    [result] = answer.results
    assert "Kurz gesagt:" in result.text and "TL;DR:" not in result.text
    assert answer.is_personal and answer.cache_time > 0


def test_an_empty_query_offers_the_persons_recent_articles_to_them_alone(world: World) -> None:
    person = 503
    asked = world.telegram.push_text(person, world.pages.url("/garden"))
    world.telegram.wait_for_bot_message(person, after=asked, contains="TL;DR", timeout=ANSWER_TIMEOUT)
    ask_until_read(world, person, world.pages.url("/envoy"))

    answer = ask_inline(world, person, "")
    assert [r.title for r in answer.results] == [articles.ENVOY_TITLE, articles.GARDEN_TITLE]
    assert answer.is_personal
    assert all("TL;DR:" in r.text for r in answer.results)
    assert len({r.id for r in answer.results}) == 2

    stranger = ask_inline(world, 504, "")
    assert stranger.results == () and stranger.button["start_parameter"], "nothing read yet: a way to start"


def test_a_slow_page_gets_a_placeholder_in_time_and_the_article_on_a_later_query(world: World) -> None:
    link = world.pages.url("/slow-bridge")
    first = ask_inline(world, 505, link)
    [placeholder] = first.results
    assert placeholder.title == texts.INLINE_READING
    assert placeholder.text == link, "choosing the placeholder sends the link itself"
    assert first.cache_time == 0

    later = ask_until_read(world, 505, link)
    assert later.results[0].title == articles.BRIDGE_TITLE
    assert "TL;DR:" in later.results[0].text
    assert downloads(world, "/slow-bridge") == 1, "queries while reading wait for the same download"


@pytest.mark.parametrize(("path", "message"), [("/gone", str(DeadLink(404))), ("/archive", NotAnArticle.message)])
def test_a_link_that_cannot_be_read_gets_one_result_saying_why(world: World, path: str, message: str) -> None:
    answer = ask_until_read(world, 506, world.pages.url(path))
    [result] = answer.results
    assert result.title == message
    assert answer.cache_time == 0 and answer.button is not None
