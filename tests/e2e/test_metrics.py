"""An operator's Prometheus scrapes the real bot: the counters move, and no label gives a user away."""

from __future__ import annotations

import urllib.request
from collections.abc import Iterator
from pathlib import Path

import pytest
from prometheus_client.parser import text_string_to_metric_families

from tests.e2e.conftest import World, serve_articles, start_world
from tests.support.bot_process import START_TIMEOUT_SECONDS, WEBHOOK_COMMAND, BotProcess, bot_environment
from tests.support.fake_telegram import FakeTelegram
from tests.support.pages import PageServer
from tests.support.ports import free_port

CHAT = 987_654_321
TIMEOUT = 30



@pytest.fixture(scope="module")
def metered(tmp_path_factory: pytest.TempPathFactory) -> Iterator[tuple[World, int]]:
    port = free_port()
    for world in start_world(tmp_path_factory.mktemp("metered"), METRICS_PORT=str(port)):
        yield world, port


def scrape(port: int) -> tuple[str, dict[tuple[str, tuple[tuple[str, str], ...]], float]]:
    """The exposition text, and every sample by (name, sorted labels)."""
    with urllib.request.urlopen(f"http://127.0.0.1:{port}/metrics", timeout=10) as response:
        text = response.read().decode()
    samples = {
        (sample.name, tuple(sorted(sample.labels.items()))): sample.value
        for family in text_string_to_metric_families(text) for sample in family.samples
    }
    return text, samples


def value(samples: dict, name: str, **labels: str) -> float:
    return samples.get((name, tuple(sorted(labels.items()))), 0.0)


def test_a_link_and_questions_move_the_counters(metered: tuple[World, int]) -> None:
    world, port = metered
    _, before = scrape(port)
    link = world.pages.url("/envoy")
    asked = world.telegram.push_text(CHAT, f"have a look {link}")
    world.telegram.wait_for_bot_message(CHAT, after=asked, contains="TL;DR", timeout=TIMEOUT)
    question = world.telegram.push_text(CHAT, "What did Northland test?")
    answer = world.telegram.wait_for_bot_message(CHAT, after=question, timeout=TIMEOUT)
    assert "cruise missile" in answer.text
    question = world.telegram.push_text(CHAT, "What did the Pope say about football?")
    answer = world.telegram.wait_for_bot_message(CHAT, after=question, timeout=TIMEOUT)
    assert "doesn't seem to say" in answer.text
    gone = world.telegram.push_text(CHAT, f"and this {world.pages.url('/gone')}")
    world.telegram.wait_for_bot_message(CHAT, after=gone, contains="exist", timeout=TIMEOUT)

    text, after = scrape(port)
    assert value(after, "bot_updates_total", kind="message") - value(before, "bot_updates_total", kind="message") >= 4
    for stage in ("fetch", "extract", "summary", "answers"):
        moved = (value(after, "bot_reading_seconds_count", stage=stage)
                 - value(before, "bot_reading_seconds_count", stage=stage))
        assert moved >= 1, stage
        assert value(after, "bot_reading_seconds_sum", stage=stage) > 0, stage
    assert value(after, "bot_answers_total", outcome="found") >= 1
    assert value(after, "bot_answers_total", outcome="declined") >= 1
    assert value(after, "bot_reading_failures_total", reason="DeadLink") >= 1

    token = world.telegram.token
    for secret in (str(CHAT), link, world.pages.url("/gone"), token, token.split(":")[1], "127.0.0.1"):
        assert secret not in text, secret



def test_the_webhook_server_serves_metrics_on_its_own_port(tmp_path: Path) -> None:
    port = free_port()
    with FakeTelegram() as telegram, PageServer() as pages:
        serve_articles(pages)
        telegram.deliver_to([f"http://127.0.0.1:{port}/telegram"])
        environment = bot_environment(telegram, tmp_path / "bot.sqlite3", WEBHOOK_URL="https://bot.example",
                                      WEBHOOK_SECRET="metrics-secret", WEBHOOK_LISTEN="127.0.0.1",
                                      WEBHOOK_PORT=str(port), METRICS_PORT=str(port))
        with BotProcess(environment, tmp_path / "bot.log", WEBHOOK_COMMAND):
            telegram.wait_for(lambda: telegram.calls("setWebhook"), timeout=START_TIMEOUT_SECONDS,
                              what="the webhook to be set")
            question = telegram.push_text(CHAT, f"read {pages.url('/garden')}")
            telegram.wait_for_bot_message(CHAT, after=question, contains="TL;DR", timeout=TIMEOUT)
            text, samples = scrape(port)
    assert value(samples, "bot_updates_total", kind="message") >= 1
    assert value(samples, "bot_reading_seconds_count", stage="summary") >= 1
    assert "metrics-secret" not in text and str(CHAT) not in text
