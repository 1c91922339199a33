"""The retention job in the real bot: it runs on its schedule, and what a chat reads is kept."""

from __future__ import annotations

import sqlite3
import time
from pathlib import Path

from tests.e2e.conftest import start_world

CHAT = 4242
TIMEOUT = 30


def test_pruning_keeps_what_a_chat_read_and_drops_what_nobody_asked_about(tmp_path: Path) -> None:
    for world in start_world(tmp_path, PRUNE_INTERVAL_SECONDS="1", KEEP_UNASKED_ARTICLES_DAYS="0.00001"):
        asked = world.telegram.push_text(CHAT, f"read {world.pages.url('/envoy')}")
        world.telegram.wait_for_bot_message(CHAT, after=asked, contains="TL;DR", timeout=TIMEOUT)
        with sqlite3.connect(tmp_path / "bot.sqlite3") as database:
            database.execute("INSERT INTO articles (key, data, fetched_at) VALUES ('nobody', '{}', 0)")
        world.telegram.wait_for(lambda: "Pruned 1 articles" in world.bot.log_text(), timeout=TIMEOUT,
                                what="the retention job to drop the article nobody asked about")
        time.sleep(2)  # a few more runs of the job, after the chat's article is older than the setting
        question = world.telegram.push_text(CHAT, "What did Northland test?")
        answer = world.telegram.wait_for_bot_message(CHAT, after=question, timeout=TIMEOUT)
        assert "cruise missile" in answer.text
        with sqlite3.connect(tmp_path / "bot.sqlite3") as database:
            keys = [row[0] for row in database.execute("SELECT key FROM articles")]
        assert keys and "nobody" not in keys
        assert "Traceback" not in world.bot.log_text()
