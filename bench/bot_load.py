"""The real bot under load: many chats send links at once, through the Bot API stand-in.

Run `python -m bench.bot_load [--links 200] [--chats 50] [--asyncio-debug]`. It starts
`python -m bot run` against `FakeTelegram` and a loopback `PageServer` serving invented articles
(all different, so nothing is answered from the store), pushes every link as fast as it can, and
prints:

- how many links got their summary (it fails loudly if any is missing after `--timeout`);
- latency from pushing the update to the user seeing the summary (the placeholder edited into a
  message with "TL;DR"), as min, median, p95 and max;
- the event loop's longest stall inside the bot (LOOP_MONITOR_SECONDS), where 100 ms is the target:
  a stall holds up every chat at once. On a machine whose cores are busy with other work the OS
  also pauses the bot, and that counts too, so the machine's load is printed alongside;
- peak memory of the bot and the worker processes it spawns (VmHWM of each, and the peak of their
  summed RSS, sampled), and the CPU time each used: CPU spent in the bot process itself is spent
  on the event loop's thread;
- the Bot API calls made, any refused, and the errors and warnings in the bot's log.

`--asyncio-debug` runs the bot with PYTHONASYNCIODEBUG=1 and lists the callbacks asyncio flags as
slow: it names what stalls the loop, but debug mode slows everything, so latencies from such a run
are not the bot's. No data set is needed (`--data` is accepted like everywhere but not read): the
pages are invented (`bench/invented_articles.py`).
"""

from __future__ import annotations

import os
import re
import statistics
import sys
import tempfile
import threading
import time
from collections import Counter
from collections.abc import Callable
from dataclasses import dataclass, field
from pathlib import Path

from bench.data import argument_parser
from bench.invented_articles import invent
from bot.settings import load_settings
from tests.support.bot_process import BotProcess, bot_environment
from tests.support.fake_telegram import FakeTelegram
from tests.support.pages import PageServer

STARTUP_TIMEOUT_SECONDS = 60.0
LOOP_REPORT_SECONDS = 2.0
LOOP_STALL_TARGET_MS = 100
MEMORY_SAMPLE_SECONDS = 0.1
CLOCK_TICKS = os.sysconf("SC_CLK_TCK")
NO_RATE_LIMIT = "100000"
LOOP_STALL = re.compile(r"Event loop: longest stall (\d+) ms (in the last|since start)")
SLOW_CALLBACK = re.compile(r"Executing (.*) took (\d+\.\d+) seconds")
LOG_PROBLEM = re.compile(r" (ERROR|WARNING|CRITICAL) ")


@dataclass
class Link:
    chat_id: int
    title: str
    url: str
    pushed: float = 0.0
    answered: float | None = None


@dataclass
class Usage:
    """What the bot's process tree used: peak memory of each process and of their sum, and CPU time."""

    summed_rss_kb: int = 0
    high_water_kb: list[tuple[str, int]] = field(default_factory=list)
    cpu_seconds: Counter[str] = field(default_factory=Counter)


def children(pid: int) -> list[int]:
    found = []
    for task in Path(f"/proc/{pid}/task").glob("*"):
        try:
            found += [int(child) for child in (task / "children").read_text().split()]
        except OSError:
            continue
    return found


def descendants(pid: int) -> list[int]:
    """Every process below `pid`: for this benchmark, the bot, its pool workers and their helpers."""
    found, queue = [], [pid]
    while queue:
        below = children(queue.pop())
        found += below
        queue += below
    return found


def status_kb(pid: int, key: str) -> int:
    """A `kB` line of /proc/<pid>/status (VmRSS, VmHWM), 0 if the process is gone."""
    try:
        for line in Path(f"/proc/{pid}/status").read_text().splitlines():
            if line.startswith(key + ":"):
                return int(line.split()[1])
    except OSError:
        pass
    return 0


def cpu_seconds(pid: int) -> float:
    """User plus system CPU time a process has used so far, 0 if it is gone."""
    try:
        fields = Path(f"/proc/{pid}/stat").read_text().rsplit(")", 1)[1].split()
    except OSError:
        return 0.0
    return (int(fields[11]) + int(fields[12])) / CLOCK_TICKS


def role_of(pid: int, bot_pid: int) -> str:
    if pid == bot_pid:
        return "bot"
    try:
        command = Path(f"/proc/{pid}/cmdline").read_bytes().replace(b"\0", b" ").decode()
    except OSError:
        return "gone"
    return "resource tracker" if "resource_tracker" in command else "worker"


class UsageWatch:
    """Samples the summed RSS of this process's descendants (the bot tree) in a background thread.

    The CPU time of the bot process is counted from `__enter__`, so its start-up is left out; the
    workers start on demand during the run, so theirs includes their imports.
    """

    def __init__(self) -> None:
        self.usage = Usage()
        self._bot_pid = next(iter(children(os.getpid())), 0)
        self._bot_cpu_before = 0.0
        self._stop = threading.Event()
        self._thread = threading.Thread(target=self._run, name="usage-watch", daemon=True)

    def __enter__(self) -> UsageWatch:
        self._bot_cpu_before = cpu_seconds(self._bot_pid)
        self._thread.start()
        return self

    def __exit__(self, *exc_info: object) -> None:
        self.finish()

    def finish(self) -> Usage:
        """Stop sampling; read peaks and CPU times while the processes are still alive."""
        if not self._stop.is_set():
            self._stop.set()
            self._thread.join()
            for pid in descendants(os.getpid()):
                role = role_of(pid, self._bot_pid)
                self.usage.high_water_kb.append((role, status_kb(pid, "VmHWM")))
                self.usage.cpu_seconds[role] += cpu_seconds(pid)
            self.usage.cpu_seconds["bot"] -= self._bot_cpu_before
        return self.usage

    def _run(self) -> None:
        while not self._stop.wait(MEMORY_SAMPLE_SECONDS):
            total = sum(status_kb(pid, "VmRSS") for pid in descendants(os.getpid()))
            self.usage.summed_rss_kb = max(self.usage.summed_rss_kb, total)


def wait_quietly(telegram: FakeTelegram, predicate: Callable[[], object], timeout: float) -> bool:
    """Whether `predicate` came true in time, without the stand-in's full dump of every chat."""
    try:
        telegram.wait_for(predicate, timeout=timeout)
    except AssertionError:
        return False
    return True


class SummaryWatch:
    """Notes the moment each link's summary becomes visible, woken by every change in the stand-in."""

    def __init__(self, telegram: FakeTelegram, links: list[Link]) -> None:
        self._telegram = telegram
        self._pending: dict[int, list[Link]] = {}
        for link in links:
            self._pending.setdefault(link.chat_id, []).append(link)

    def wait(self, timeout: float) -> bool:
        """True once every link has its summary; False at the timeout."""
        return wait_quietly(self._telegram, self._all_answered, timeout)

    def _all_answered(self) -> bool:
        now = time.monotonic()
        for chat_id in list(self._pending):
            summaries = [m.text for m in self._telegram.bot_messages(chat_id) if "TL;DR" in m.text]
            waiting = []
            for link in self._pending[chat_id]:
                if any(link.title in text for text in summaries):
                    link.answered = now
                else:
                    waiting.append(link)
            if waiting:
                self._pending[chat_id] = waiting
            else:
                del self._pending[chat_id]
        return not self._pending


def percentile(values: list[float], share: float) -> float:
    """Nearest-rank percentile: the value at least `share` of the values do not exceed."""
    ordered = sorted(values)
    return ordered[max(0, min(len(ordered) - 1, round(share * len(ordered) + 0.5) - 1))]


def push_links(telegram: FakeTelegram, links: list[Link]) -> None:
    for link in links:
        link.pushed = time.monotonic()
        telegram.push_text(link.chat_id, f"please read {link.url}")


def loop_stalls(log: str) -> tuple[list[int], int | None]:
    """(longest stall of each period, in order; longest of the whole run) from the loop monitor's lines."""
    periods, whole = [], None
    for match in LOOP_STALL.finditer(log):
        if match.group(2) == "since start":
            whole = int(match.group(1))
        else:
            periods.append(int(match.group(1)))
    return periods, whole


def slow_callbacks(log: str) -> list[tuple[float, str]]:
    found = [(float(match.group(2)), match.group(1)) for match in SLOW_CALLBACK.finditer(log)]
    return sorted(found, reverse=True)


def describe_missing(telegram: FakeTelegram, links: list[Link], limit: int = 10) -> str:
    missing = [link for link in links if link.answered is None]
    lines = [f"{len(missing)} of {len(links)} links got no summary; the first of them:"]
    for link in missing[:limit]:
        last = [m.text[:120] for m in telegram.bot_messages(link.chat_id)][-1:] or ["(nothing)"]
        lines.append(f"  chat {link.chat_id}: {link.title!r}; the bot's last message there: {last[0]!r}")
    return "\n".join(lines)


def megabytes(kb: int) -> str:
    return f"{kb / 1024:.0f} MB"


def report(links: list[Link], elapsed: float, usage: Usage, telegram: FakeTelegram, log: str,
           chats: int) -> None:
    latencies = [link.answered - link.pushed for link in links if link.answered is not None]
    periods, whole_run = loop_stalls(log)
    stall = whole_run if whole_run is not None else max(periods, default=None)
    # Long polls are left out: the one cut short at shutdown is answered 409 by the stand-in.
    sent = [call for call in telegram.calls() if call.method != "getUpdates"]
    calls = Counter(call.method for call in sent)
    refused = Counter(f"{call.method} {call.status}" for call in sent if call.status != 200)
    problems = [line for line in log.splitlines() if LOG_PROBLEM.search(line)]
    settings = load_settings({})
    rows = [
        ("links / chats", f"{len(links)} / {chats}  (MAX_CONCURRENT_ARTICLES={settings.MAX_CONCURRENT_ARTICLES})"),
        ("summaries", f"{len(latencies)}/{len(links)}"),
        ("wall time", f"{elapsed:.1f} s  ({len(latencies) / elapsed:.1f} summaries/s)"),
        ("latency min", f"{min(latencies):.2f} s"),
        ("latency median", f"{statistics.median(latencies):.2f} s"),
        ("latency p95", f"{percentile(latencies, 0.95):.2f} s"),
        ("latency max", f"{max(latencies):.2f} s"),
        ("longest loop stall", "not reported" if stall is None else
         f"{stall} ms  (target <= {LOOP_STALL_TARGET_MS} ms: {'ok' if stall <= LOOP_STALL_TARGET_MS else 'MISSED'})"),
        (f"stall per {LOOP_REPORT_SECONDS:.0f} s", " ".join(map(str, periods)) + " ms"),
        ("peak RSS, summed", megabytes(usage.summed_rss_kb)),
        ("peak RSS, each", ", ".join(f"{role} {megabytes(kb)}" for role, kb in sorted(usage.high_water_kb))),
        ("CPU during the run", f"bot {usage.cpu_seconds['bot']:.1f} s "
                               f"({usage.cpu_seconds['bot'] * 1000 / len(links):.0f} ms per link), "
                               f"workers {usage.cpu_seconds['worker']:.1f} s (their start-up included)"),
        ("machine load", "{:.1f} {:.1f} {:.1f} (1, 5, 15 min; stalls grow when other work shares the cores)"
         .format(*os.getloadavg())),
        ("Bot API calls", ", ".join(f"{method} {count}" for method, count in calls.most_common())),
        ("refused calls", ", ".join(f"{key} x{count}" for key, count in refused.items()) or "none"),
        ("log problems", f"{len(problems)} error/warning lines"),
    ]
    width = max(len(name) for name, _ in rows)
    print("\n".join(f"{name:<{width}}  {value}" for name, value in rows))
    for line in problems[:10]:
        print("  " + line[:300])
    for seconds, callback in slow_callbacks(log)[:10]:
        print(f"  slow callback {seconds * 1000:.0f} ms: {callback[:200]}")


def run(link_count: int, chat_count: int, timeout: float, asyncio_debug: bool) -> int:
    articles = invent(link_count)
    with tempfile.TemporaryDirectory(prefix="bot-load-") as folder, FakeTelegram() as telegram, \
            PageServer() as pages:
        links = [Link(1_000 + index % chat_count, article.title, pages.add(article.path, article.html))
                 for index, article in enumerate(articles)]
        environment = bot_environment(
            telegram, Path(folder) / "bot.sqlite3", USER_LINKS_PER_MINUTE=NO_RATE_LIMIT,
            LOOP_MONITOR_SECONDS=str(LOOP_REPORT_SECONDS),
            **({"PYTHONASYNCIODEBUG": "1"} if asyncio_debug else {}),
        )
        bot = BotProcess(environment, Path(folder) / "bot.log")
        with bot:
            if not wait_quietly(telegram, lambda: telegram.calls("setMyCommands"), STARTUP_TIMEOUT_SECONDS):
                print("The bot did not start; its log:\n" + bot.log_text()[-3000:], file=sys.stderr)
                return 1
            watch = SummaryWatch(telegram, links)
            with UsageWatch() as usage_watch:
                started = time.monotonic()
                push_links(telegram, links)
                answered = watch.wait(timeout)
                elapsed = time.monotonic() - started
                usage = usage_watch.finish()
            # A bot still busy with links drains them all before it stops, so on failure it is killed.
            bot.stop() if answered else bot.kill()
            log = bot.log_text()
        if not answered:
            print(describe_missing(telegram, links), file=sys.stderr)
            print("--- end of the bot's log\n" + log[-3000:], file=sys.stderr)
            return 1
        report(links, elapsed, usage, telegram, log, chat_count)
    return 0


def main(argv: list[str] | None = None) -> None:
    parser = argument_parser(__doc__)
    parser.add_argument("--links", type=int, default=200, help="different article links to send")
    parser.add_argument("--chats", type=int, default=50, help="private chats sending them")
    parser.add_argument("--timeout", type=float, default=600.0, help="seconds to wait for every summary")
    parser.add_argument("--asyncio-debug", action="store_true",
                        help="run the bot in asyncio debug mode and list slow callbacks")
    args = parser.parse_args(argv)
    sys.exit(run(args.links, args.chats, args.timeout, args.asyncio_debug))


if __name__ == "__main__":
    main()
