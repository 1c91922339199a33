"""The process runner gives the child only the test's settings and stops, kills and restarts it.

A stand-in child (a few lines of Python) plays the bot, so these tests guard the runner without
depending on the bot itself.
"""

from __future__ import annotations

import sys
import time
from pathlib import Path

from tests.support.bot_process import BotProcess, bot_environment, child_environment
from tests.support.fake_telegram import FakeTelegram

# Prints the settings it received, says goodbye on SIGTERM, otherwise runs until told.
CHILD = """
import os, signal, sys, time
signal.signal(signal.SIGTERM, lambda *_: (print("bye", flush=True), sys.exit(0)))
print("token", os.environ.get("TELEGRAM_BOT_TOKEN"), "db", os.environ.get("DATABASE_URL"),
      "owner", os.environ.get("BOT_OWNER_ID"), "home", "HOME" in os.environ, flush=True)
while True:
    time.sleep(0.05)
"""


def child(settings: dict[str, str], tmp_path: Path) -> BotProcess:
    return BotProcess(settings, tmp_path / "bot.log", command=(sys.executable, "-c", CHILD))


def wait_for_log(process: BotProcess, text: str, count: int = 1) -> str:
    deadline = time.monotonic() + 10
    while process.log_text().count(text) < count:
        assert time.monotonic() < deadline, process.log_text()
        time.sleep(0.05)
    return process.log_text()


def test_outer_bot_settings_never_reach_the_child() -> None:
    outer = {"TELEGRAM_BOT_TOKEN": "real-token", "TELEGRAM_PROXY": "p", "DATABASE_URL": "sqlite:///prod",
             "BOT_OWNER_ID": "7", "HOME": "/home/me"}
    environment = child_environment({"TELEGRAM_BOT_TOKEN": "test-token"}, outer)
    assert environment["TELEGRAM_BOT_TOKEN"] == "test-token"
    assert "TELEGRAM_PROXY" not in environment and "DATABASE_URL" not in environment
    assert "BOT_OWNER_ID" not in environment and environment["HOME"] == "/home/me"


def test_bot_environment_points_at_the_stand_in_and_a_private_database(
    fake_telegram: FakeTelegram, tmp_path: Path
) -> None:
    environment = bot_environment(fake_telegram, tmp_path / "bot.sqlite3", LOG_LEVEL="DEBUG")
    assert environment["TELEGRAM_API_URL"] == fake_telegram.url
    assert environment["TELEGRAM_BOT_TOKEN"] == fake_telegram.token
    assert environment["DATABASE_URL"] == f"sqlite:///{tmp_path}/bot.sqlite3"
    assert environment["BOT_ALLOW_PRIVATE_URLS"] == "1" and environment["LOG_LEVEL"] == "DEBUG"


def test_stop_sends_sigterm_and_restart_keeps_the_settings(tmp_path: Path, monkeypatch) -> None:
    monkeypatch.setenv("BOT_OWNER_ID", "99")
    process = child({"TELEGRAM_BOT_TOKEN": "t", "DATABASE_URL": "sqlite:////tmp/x"}, tmp_path).start()
    wait_for_log(process, "token t db sqlite:////tmp/x owner None home True")
    assert process.stop() == 0 and not process.running
    assert "bye" in process.log_text()

    process.start()
    wait_for_log(process, "token t db", count=2)
    process.restart()
    assert wait_for_log(process, "--- start #3").count("bye") == 2
    process.stop()


def test_kill_gives_no_chance_to_clean_up(tmp_path: Path) -> None:
    process = child({}, tmp_path).start()
    wait_for_log(process, "token")
    assert process.kill() == -9
    assert "bye" not in process.log_text()
