"""The real bot under attack: shared bot processes, a watch on their memory, and answer timing.

Every hostile test talks to the real bot process through the strict Telegram stand-in, so what is
checked is what a user would live through: a clear answer within a time limit, a bot that is
still there for the next message, and memory that stays bounded. Fetch limits are small (3 s,
1 MB) so attacks that run into them finish quickly.

A background thread samples the resident memory of every process the tests started (the bot and
its worker pool) a few times a second, so a short spike between two assertions is still seen.
At the end of the run the peak and the longest wait for an answer are printed. Each test carries
its numbers in its report (user_properties), so the line is right when xdist runs the tests in
worker processes and the summary is printed by the controller.
"""

from __future__ import annotations

import os
import resource
import threading
import time
from collections.abc import Iterator
from dataclasses import dataclass, field
from pathlib import Path

import pytest

from tests.e2e.conftest import World, serve_articles, start_world
from tests.support.bot_process import START_TIMEOUT_SECONDS, BotProcess, bot_environment
from tests.support.fake_telegram import BotMessage, FakeTelegram
from tests.support.pages import PageServer

LIMITS = {
    "FETCH_CONNECT_TIMEOUT_SECONDS": "2",
    "FETCH_TOTAL_TIMEOUT_SECONDS": "3",
    "FETCH_MAX_BYTES": "1000000",
    "FETCH_MAX_REDIRECTS": "5",
    "USER_LINKS_PER_MINUTE": "1000",
}
ANSWER_SECONDS = 20.0
"""The longest a user may wait for any answer: the 3 s fetch limit plus reading and Telegram retries."""
MEMORY_LIMIT_MB = 800.0
"""The bot and its reader processes together. Each reader process holds about 160 MB once it has
used the language identifier (py3langid's model is 77 MB) and the answer bridges; a gzip bomb or an
unbounded cache shows up as hundreds of MB more."""
_PAGE_SIZE = os.sysconf("SC_PAGE_SIZE")


def tree_rss_mb(root: int) -> float:
    """Resident memory of every descendant of process `root`, in MB, read from /proc."""
    parents: dict[int, int] = {}
    for entry in os.listdir("/proc"):
        if not entry.isdigit():
            continue
        try:
            stat = Path(f"/proc/{entry}/stat").read_text()
        except OSError:
            continue
        # The command name in parentheses may contain spaces; the fields after it do not.
        parents[int(entry)] = int(stat.rsplit(")", 1)[1].split()[1])
    family, frontier = set(), {root}
    while frontier:
        frontier = {pid for pid, parent in parents.items() if parent in frontier} - family
        family |= frontier
    return sum(_rss_pages(pid) for pid in family) * _PAGE_SIZE / 1e6


def _rss_pages(pid: int) -> int:
    try:
        return int(Path(f"/proc/{pid}/statm").read_text().split()[1])
    except (OSError, IndexError, ValueError):
        return 0


@dataclass
class Watch:
    """Peak memory of the bots started by the tests, and the longest a user waited for an answer."""

    peak_mb: float = 0.0
    stalls: dict[str, float] = field(default_factory=dict)
    _stop: threading.Event = field(default_factory=threading.Event)

    def sample(self) -> float:
        current = tree_rss_mb(os.getpid())
        self.peak_mb = max(self.peak_mb, current)
        return current

    def run(self, interval: float = 0.2) -> None:
        while not self._stop.wait(interval):
            self.sample()

    def stop(self) -> None:
        self._stop.set()

    def record(self, case: str, seconds: float) -> None:
        self.stalls[case] = max(seconds, self.stalls.get(case, 0.0))


WATCH = Watch()


@pytest.fixture(scope="session", autouse=True)
def memory_sampler() -> Iterator[Watch]:
    thread = threading.Thread(target=WATCH.run, name="memory-sampler", daemon=True)
    thread.start()
    yield WATCH
    WATCH.stop()
    thread.join()


WAIT = "hostile_wait"
PEAK_MB = "hostile_peak_mb"
OWN_MB = "hostile_own_mb"
"""Names of the numbers each hostile test reports (`report.user_properties`) for the summary line."""


@pytest.fixture(autouse=True)
def bounded_memory(request: pytest.FixtureRequest, memory_sampler: Watch) -> Iterator[None]:
    """After every test, the bot and its workers together stay under the memory limit.

    The test's report carries the waits it timed, the bots' peak memory so far and this test
    process's own, for `pytest_terminal_summary`."""
    before = dict(memory_sampler.stalls)
    yield
    memory_sampler.sample()
    properties = request.node.user_properties
    properties.extend((WAIT, (case, seconds)) for case, seconds in memory_sampler.stalls.items()
                      if before.get(case) != seconds)
    properties.append((PEAK_MB, memory_sampler.peak_mb))
    properties.append((OWN_MB, resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024))
    assert memory_sampler.peak_mb < MEMORY_LIMIT_MB, f"the bot reached {memory_sampler.peak_mb:.0f} MB"


def pytest_terminal_summary(terminalreporter: pytest.TerminalReporter) -> None:
    """One line for the whole hostile run: how many cases, the worst time, the peak memory.

    Printed whenever a hostile test ran, timed exchanges or not: the worst time is the longest
    wait for an answer when there were exchanges, else the slowest case; memory is the bots' peak
    and this test process's own (tests that run the pipeline in-process have no bot to watch).
    """
    everything = [report for reports in terminalreporter.stats.values() for report in reports
                  if "tests/hostile/" in getattr(report, "nodeid", "")]
    reports = [report for kind in ("passed", "failed", "error")
               for report in terminalreporter.stats.get(kind, []) if "tests/hostile/" in report.nodeid]
    if not reports:
        return
    cases = {report.nodeid for report in reports}
    failed = len({report.nodeid for report in reports if report.failed})
    slowest_case = max(reports, key=lambda report: report.duration)
    stalls: dict[str, float] = {}
    peak_mb = own_mb = 0.0
    for report in everything:
        for name, value in getattr(report, "user_properties", ()):
            if name == WAIT:
                case, seconds = value
                stalls[case] = max(seconds, stalls.get(case, 0.0))
            elif name == PEAK_MB:
                peak_mb = max(peak_mb, value)
            elif name == OWN_MB:
                own_mb = max(own_mb, value)
    waits = sorted(stalls.items(), key=lambda item: -item[1])
    worst = (f"longest wait for an answer {waits[0][1]:.1f} s ({waits[0][0]})" if waits
             else f"slowest case {slowest_case.duration:.1f} s ({slowest_case.nodeid.rsplit('::', 1)[-1]})")
    terminalreporter.write_line(
        f"hostile: {len(cases)} cases, {len(cases) - failed} passed, {failed} failed; {worst}; "
        f"peak memory {peak_mb:.0f} MB in the bots, {own_mb:.0f} MB in a test process; "
        f"{len(stalls)} timed exchanges"
    )
    for case, seconds in waits[:8]:
        terminalreporter.write_line(f"  {seconds:5.1f} s  {case}")


def exchange(world: World, chat: int, text: str, *expected: str, case: str | None = None,
             timeout: float = ANSWER_SECONDS, **push: object) -> BotMessage:
    """The user sends `text`; the bot's first answer containing one of `expected`, timed."""
    started = time.monotonic()
    asked = world.telegram.push_text(chat, text, **push)

    def answered() -> BotMessage | None:
        return next((message for message in world.telegram.bot_messages(chat)
                     if message.message_id > asked and any(e in message.text for e in expected)), None)

    answer = world.telegram.wait_for(answered, timeout, f"an answer in chat {chat} containing one of {expected}")
    WATCH.record(case or text[:60], time.monotonic() - started)
    return answer


def still_answers(world: World, chat: int) -> None:
    """The bot process is up and answers an ordinary message promptly."""
    assert world.bot.running, f"the bot died\n{world.bot.log_text()[-3000:]}"
    exchange(world, chat, "/help", "How to use me", case="/help after an attack", timeout=10)


@pytest.fixture(scope="module")
def world(tmp_path_factory: pytest.TempPathFactory) -> Iterator[World]:
    """A bot with private addresses allowed (the page server is on 127.0.0.1) and small limits."""
    yield from start_world(tmp_path_factory.mktemp("hostile"), **LIMITS)


def start_default_world(tmp: Path) -> Iterator[World]:
    """A bot exactly as an operator runs it: BOT_ALLOW_PRIVATE_URLS not set at all."""
    with FakeTelegram() as telegram, PageServer() as pages:
        serve_articles(pages)
        environment = bot_environment(telegram, tmp / "bot.sqlite3", **LIMITS)
        del environment["BOT_ALLOW_PRIVATE_URLS"]
        with BotProcess(environment, tmp / "bot.log") as bot:
            telegram.wait_for(lambda: telegram.calls("setMyCommands"), timeout=START_TIMEOUT_SECONDS,
                              what="the bot to start and register its commands")
            yield World(telegram, pages, bot)
