"""`python -m bot check`: an operator learns, one line each, what would stop the bot going live."""

from __future__ import annotations

import socket
import sqlite3
import subprocess
from collections.abc import Iterator
from pathlib import Path

import pytest

from tests.cli.test_command_line import run_bot
from tests.support.fake_telegram import FakeTelegram
from tests.support.telegram_objects import BOT_USERNAME
from tests.support.ports import free_port as unused_port

GOOD_SECRET = "s3cret_for-tests"


def check(tmp_path: Path, **settings: str) -> subprocess.CompletedProcess:
    result = run_bot("check", tmp_path=tmp_path, **settings)
    assert "Traceback" not in result.stderr + result.stdout
    return result


def line(result: subprocess.CompletedProcess, topic: str) -> str:
    """The one output line about `topic` (e.g. "Telegram")."""
    found = [text for text in result.stdout.splitlines() if text.split()[1:2] == [f"{topic}:"]]
    assert len(found) == 1, result.stdout
    return found[0]


def lines(result: subprocess.CompletedProcess, topic: str) -> list[str]:
    return [text for text in result.stdout.splitlines() if text.split()[1:2] == [f"{topic}:"]]


@pytest.fixture
def telegram(fake_telegram: FakeTelegram) -> dict[str, str]:
    return {"TELEGRAM_BOT_TOKEN": fake_telegram.token, "TELEGRAM_API_URL": fake_telegram.url}


@pytest.fixture
def free_port() -> int:
    return unused_port("0.0.0.0")


@pytest.fixture
def busy_port() -> Iterator[int]:
    """A port something else is listening on."""
    with socket.socket() as holder:
        holder.bind(("0.0.0.0", 0))
        holder.listen()
        yield holder.getsockname()[1]


def migrated(tmp_path: Path) -> None:
    result = run_bot("migrate", tmp_path=tmp_path)
    assert result.returncode == 0, result.stderr


def test_a_ready_bot_passes_every_check(tmp_path: Path, telegram: dict[str, str]) -> None:
    migrated(tmp_path)
    result = check(tmp_path, **telegram)
    assert result.returncode == 0, result.stdout
    assert line(result, "Telegram").startswith("OK") and f"@{BOT_USERNAME}" in line(result, "Telegram")
    assert line(result, "Database").startswith("OK") and "migrated" in line(result, "Database")
    assert line(result, "Webhook").startswith("OK") and "long polling" in line(result, "Webhook")
    assert line(result, "Metrics").startswith("OK") and "off" in line(result, "Metrics")
    assert line(result, "Fetching").startswith("OK")
    assert telegram["TELEGRAM_BOT_TOKEN"] not in result.stdout + result.stderr


def test_a_refused_token_fails_without_showing_it(tmp_path: Path, fake_telegram: FakeTelegram) -> None:
    migrated(tmp_path)
    wrong = "123456:WrongTokenWrongTokenWrongToken000"
    result = check(tmp_path, TELEGRAM_BOT_TOKEN=wrong, TELEGRAM_API_URL=fake_telegram.url)
    assert result.returncode == 1
    assert line(result, "Telegram").startswith("FAIL") and "refused the token (401)" in line(result, "Telegram")
    assert wrong not in result.stdout + result.stderr and "WrongToken" not in result.stdout
    assert fake_telegram.calls("getMe") == []  # refused at the token, never reached the method


def test_no_token_fails(tmp_path: Path) -> None:
    migrated(tmp_path)
    result = check(tmp_path, TELEGRAM_BOT_TOKEN="")
    assert result.returncode == 1
    assert line(result, "Telegram").startswith("FAIL") and "TELEGRAM_BOT_TOKEN" in line(result, "Telegram")


def test_an_unreachable_api_fails(tmp_path: Path, telegram: dict[str, str]) -> None:
    with socket.socket() as closed:
        closed.bind(("127.0.0.1", 0))
        port = closed.getsockname()[1]
    migrated(tmp_path)
    result = check(tmp_path, TELEGRAM_BOT_TOKEN=telegram["TELEGRAM_BOT_TOKEN"],
                   TELEGRAM_API_URL=f"http://127.0.0.1:{port}")
    assert result.returncode == 1
    assert line(result, "Telegram").startswith("FAIL") and "could not reach" in line(result, "Telegram")
    assert telegram["TELEGRAM_BOT_TOKEN"] not in result.stdout + result.stderr


def test_a_fresh_database_is_a_warning_and_is_left_untouched(tmp_path: Path, telegram: dict[str, str]) -> None:
    result = check(tmp_path, **telegram)
    assert result.returncode == 0, result.stdout
    assert line(result, "Database").startswith("WARN") and "migrated at start" in line(result, "Database")
    assert not (tmp_path / "cli.sqlite3").exists()
    sqlite3.connect(tmp_path / "cli.sqlite3").close()  # an empty file: reachable, nothing migrated
    result = check(tmp_path, **telegram)
    assert result.returncode == 0
    assert line(result, "Database").startswith("WARN") and "empty" in line(result, "Database")
    with sqlite3.connect(tmp_path / "cli.sqlite3") as database:
        assert database.execute("SELECT name FROM sqlite_master").fetchall() == []


def test_a_database_from_a_newer_bot_fails(tmp_path: Path, telegram: dict[str, str]) -> None:
    migrated(tmp_path)
    with sqlite3.connect(tmp_path / "cli.sqlite3") as database:
        database.execute("UPDATE alembic_version SET version_num = '9999'")
    result = check(tmp_path, **telegram)
    assert result.returncode == 1
    assert line(result, "Database").startswith("FAIL") and "newer version" in line(result, "Database")


def test_an_unreachable_database_fails(tmp_path: Path, telegram: dict[str, str]) -> None:
    with socket.socket() as closed:
        closed.bind(("127.0.0.1", 0))
        port = closed.getsockname()[1]
    result = check(tmp_path, **telegram, DATABASE_URL=f"postgresql://bot:pw@127.0.0.1:{port}/bot")
    assert result.returncode == 1
    assert line(result, "Database").startswith("FAIL") and "cannot open" in line(result, "Database")
    assert ":pw@" not in result.stdout


@pytest.mark.parametrize(("settings", "expected"), [
    ({"WEBHOOK_URL": "http://bot.example.com", "WEBHOOK_SECRET": GOOD_SECRET}, "https://"),
    ({"WEBHOOK_URL": "https://bot.example.com:9000", "WEBHOOK_SECRET": GOOD_SECRET}, "443, 80, 88 or 8443"),
    ({"WEBHOOK_URL": "https://bot.example.com", "WEBHOOK_SECRET": "has spaces!"}, "1-256 characters"),
    ({"WEBHOOK_URL": "https://bot.example.com"}, "WEBHOOK_SECRET is not set"),
    ({"WEBHOOK_SECRET": GOOD_SECRET}, "WEBHOOK_URL is not set"),
])
def test_inconsistent_webhook_settings_fail(tmp_path: Path, telegram: dict[str, str], settings: dict[str, str],
                                            expected: str, free_port: int) -> None:
    migrated(tmp_path)
    result = check(tmp_path, **telegram, **settings, WEBHOOK_PORT=str(free_port))
    assert result.returncode == 1
    webhook = lines(result, "Webhook")
    assert all(text.startswith("FAIL") for text in webhook) and any(expected in text for text in webhook), webhook
    assert GOOD_SECRET not in result.stdout


def test_webhook_and_metrics_ports_in_use_fail(tmp_path: Path, telegram: dict[str, str], busy_port: int) -> None:
    migrated(tmp_path)
    result = check(tmp_path, **telegram, WEBHOOK_URL="https://bot.example.com/hook", WEBHOOK_SECRET=GOOD_SECRET,
                   WEBHOOK_PORT=str(busy_port))
    assert line(result, "Webhook").startswith("FAIL") and f":{busy_port}" in line(result, "Webhook")
    result = check(tmp_path, **telegram, METRICS_PORT=str(busy_port))
    assert result.returncode == 1
    assert line(result, "Metrics").startswith("FAIL") and str(busy_port) in line(result, "Metrics")


def test_good_webhook_settings_share_the_metrics_port(tmp_path: Path, telegram: dict[str, str],
                                                      free_port: int) -> None:
    port = str(free_port)
    migrated(tmp_path)
    result = check(tmp_path, **telegram, WEBHOOK_URL="https://bot.example.com/hook", WEBHOOK_SECRET=GOOD_SECRET,
                   WEBHOOK_PORT=port, METRICS_PORT=port)
    assert result.returncode == 0, result.stdout
    assert line(result, "Webhook").startswith("OK") and "https://bot.example.com/hook" in line(result, "Webhook")
    assert line(result, "Metrics").startswith("OK") and "/metrics" in line(result, "Metrics")


def test_private_urls_allowed_is_a_warning(tmp_path: Path, telegram: dict[str, str]) -> None:
    migrated(tmp_path)
    result = check(tmp_path, **telegram, BOT_ALLOW_PRIVATE_URLS="1")
    assert result.returncode == 0
    assert line(result, "Fetching").startswith("WARN") and "BOT_ALLOW_PRIVATE_URLS" in line(result, "Fetching")


def test_a_webhook_whose_port_is_taken_says_the_bot_could_not_start(
    tmp_path: Path, telegram: dict[str, str], busy_port: int
) -> None:
    migrated(tmp_path)
    result = run_bot("webhook", tmp_path=tmp_path, **telegram, WEBHOOK_URL="https://bot.example.com/hook",
                     WEBHOOK_SECRET=GOOD_SECRET, WEBHOOK_LISTEN="0.0.0.0", WEBHOOK_PORT=str(busy_port))
    assert result.returncode == 1
    assert "Could not start the bot" in result.stderr and "address already in use" in result.stderr, result.stderr
    assert "Traceback" not in result.stderr
