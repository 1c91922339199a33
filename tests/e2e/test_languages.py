"""People whose Telegram app is set to German, French, Spanish or another language: the bot's own
words come in theirs (German, French, Spanish), or in English; the article's sentences stay as written.
Feed posts, which answer no one, come in the language of whoever set the chat's feeds up."""

from __future__ import annotations

import time
from pathlib import Path

from tests.e2e import articles
from tests.e2e.conftest import World, start_world
from tests.support.feeds import Item, LiveFeed, items

TIMEOUT = 30


def test_a_german_user_is_welcomed_in_german_and_sees_the_command_menu_in_german(world: World) -> None:
    chat = 1201
    world.telegram.set_language(chat, "de")
    asked = world.telegram.push_text(chat, "/start")
    welcome = world.telegram.wait_for_bot_message(chat, after=asked, timeout=TIMEOUT)
    assert welcome.text.startswith("Hallo! Schick mir einen Link zu einem Artikel")
    assert "/help zeigt alles" in welcome.text
    menus = {call.params.get("language_code"): str(call.params["commands"])
             for call in world.telegram.calls("setMyCommands")}
    assert "Alles, was ich kann" in menus["de"] and "Everything I can do" in menus[None]


def test_a_french_user_gets_french_labels_and_a_french_decline(world: World) -> None:
    chat = 1202
    world.telegram.set_language(chat, "fr-CA")
    asked = world.telegram.push_text(chat, f"regarde {world.pages.url('/envoy')}")
    summary = world.telegram.wait_for_bot_message(chat, after=asked, contains="En bref :", timeout=TIMEOUT)
    assert articles.ENVOY_TITLE in summary.text and "min de lecture" in summary.text
    assert "Northland" in summary.text, "the article's own sentences stay in English"
    labels = [button["text"] for button in summary.buttons]
    assert "Plus long »" in labels and "❝ Citations" in labels
    question = world.telegram.push_text(chat, "What did the Pope say about football?")
    answer = world.telegram.wait_for_bot_message(chat, after=question, timeout=TIMEOUT)
    assert "L'article ne semble pas le dire." in answer.text
    assert "doesn't seem to say" not in answer.text


def test_a_spanish_user_hears_of_a_dead_link_in_spanish(world: World) -> None:
    chat = 1203
    world.telegram.set_language(chat, "es")
    asked = world.telegram.push_text(chat, world.pages.url("/gone"))
    reply = world.telegram.wait_for_bot_message(chat, after=asked, contains="404 Not Found", timeout=TIMEOUT)
    assert reply.text == "Esa página no existe (el sitio dice 404 Not Found). ¿Revisas el enlace?"


def test_a_language_the_bot_does_not_speak_gets_english(world: World) -> None:
    chat = 1204
    world.telegram.set_language(chat, "it")
    asked = world.telegram.push_text(chat, world.pages.url("/gone"))
    reply = world.telegram.wait_for_bot_message(chat, after=asked, contains="404 Not Found", timeout=TIMEOUT)
    assert reply.text == "That page doesn't exist (the site says 404 Not Found). Check the link?"


def test_each_person_in_a_group_is_answered_in_their_own_language(world: World) -> None:
    group, german, spanish = -1205, 5001, 5002
    world.telegram.set_language(german, "de")
    world.telegram.set_language(spanish, "es")
    asked = world.telegram.push_text(group, "/help", user_id=german, chat_type="group")
    world.telegram.wait_for_bot_message(group, after=asked, contains="So geht's:", timeout=TIMEOUT)
    asked = world.telegram.push_text(group, "/help", user_id=spanish, chat_type="group")
    world.telegram.wait_for_bot_message(group, after=asked, contains="Cómo usarme:", timeout=TIMEOUT)


def test_feed_posts_come_in_the_language_of_whoever_set_the_feeds_up(tmp_path: Path) -> None:
    chat = 1206
    for world in start_world(tmp_path, FEED_POLL_INTERVAL_SECONDS="1"):
        world.telegram.set_language(chat, "de")
        feed = LiveFeed(items(3))
        asked = world.telegram.push_text(chat, f"/feed add {world.pages.route('/news.rss', feed)}")
        world.telegram.wait_for_bot_message(chat, after=asked, contains="Ich folge Live News", timeout=TIMEOUT)
        world.telegram.wait_for(lambda: feed.requests >= 2, timeout=TIMEOUT, what="a poll after following")
        feed.add(Item("urn:new:1", "New story 1", world.pages.url("/garden"), time.time()))
        post = world.telegram.wait_for_bot_message(chat, after=asked, contains=articles.GARDEN_TITLE, timeout=TIMEOUT)
        assert post.text.startswith("Aus Live News") and "Kurz gesagt:" in post.text
        assert "Länger »" in [button["text"] for button in post.buttons]
