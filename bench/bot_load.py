"""The real bot under load: many chats send links at once, through the Bot API stand-in.

Run `python -m bench.bot_load [--links 200] [--chats 50] [--questions 0] [--hostile 0]
[--readers 1] [--postgres SERVER_URL] [--instances N] [--asyncio-debug]`, or `--soak` for 2,000 links and 5,000 questions from 200 chats, 2% of the pages
hostile. It starts `python -m bot run` against `FakeTelegram` and a loopback `PageServer` serving
invented articles (all different, so nothing is answered from the store), pushes every link, each
followed by its share of the questions, as fast as it can, and prints what follows. With
`--instances N` it starts N webhook instances on the one database instead (as `bench.instances`
does; give them PostgreSQL with `--postgres`), the stand-in delivering updates round robin over
16 connections, one update of a chat at a time as Telegram does (a chat's next update once the
bot accepted the one before, so each chat's updates hold one connection in turn), and
the bot's figures are summed over them (CPU, memory) or the worst of them (loop stall):

- how many links got their summary and questions their answer; a hostile page (a
  3-million-character word, "Mr. A. B. C. " 60,000 times, one enormous paragraph, thousands of
  quotation marks, a server slower than the fetch timeout) counts as answered when its placeholder turns into the summary or the clear failure message, or
  when that comes as a reply of its own (a busy bot sends no placeholder, see `bot.chat.budget`).
  If some are not answered by `--timeout`, the report is printed all the same, then how many were
  not and, for the first few, what the bot sent their chat that was counted as no answer: nothing
  (a lost update) or, say, "send me a link first" quoting nothing (a question answered before its
  link); the exit status is then 1;
- latency from pushing the update to the user seeing the summary (the placeholder edited into a
  message with "TL;DR", or a reply quoting the link) or the answer (a reply quoting the question),
  as min, median, p95 and max;
- the event loop's longest stall inside the bot (LOOP_MONITOR_SECONDS), where 100 ms is the target:
  a stall holds up every chat at once. On a machine whose cores are busy with other work the OS
  also pauses the bot, and that counts too, so the machine's load is printed alongside;
- peak memory of the bot and the worker processes it spawns (VmHWM of each, and the peak of their
  summed RSS, sampled), and the CPU time each used: CPU spent in the bot process itself is spent
  on the event loop's thread;
- the Bot API calls made, any refused, and the errors and warnings in the bot's log;
- the floor that Telegram's flood limit puts under the wall time: calls to chats go out at most
  30 a second (python-telegram-bot's AIORateLimiter, after a first 30 at once); a summary costs
  two of them when a placeholder went first (then edited), one when it did not, so 200 links with
  a placeholder each would take at least 12.3 s whatever the CPU: about 16 links a second;
- memory (RSS) of the bot and of its workers before the first link and at the end; with
  `--rounds N` (the soak sends 10) the links and their questions go in N waves, each once the last
  is answered, and memory is read after the first, middle and last wave: thousands of updates
  queued at once are memory too, so flatness is judged between waves of the same size;
- how many workers the bot replaced (past the deadline or dead), from its log at shutdown.

`--asyncio-debug` runs the bot with PYTHONASYNCIODEBUG=1 and lists the callbacks asyncio flags as
slow: it names what stalls the loop, but debug mode slows everything, so latencies from such a run
are not the bot's. No data set is needed (`--data` is accepted like everywhere but not read): the
pages are invented (`bench/invented_articles.py`).
"""

from __future__ import annotations

import os
import re
import resource
import statistics
import sys
import tempfile
import threading
import time
from collections import Counter
from collections.abc import Callable, Collection
from dataclasses import dataclass, field
from pathlib import Path

from bench.data import argument_parser
from bench.instances import STATEMENTS, fresh, start_fleet
from bench.invented_articles import invent
from bot.chat.flood import UNTHROTTLED
from bot.settings import load_settings
from telegram.constants import FloodLimit
from tests.support.bot_process import BotProcess, bot_environment
from tests.support.fake_telegram import BotMessage, Call, FakeTelegram
from tests.e2e import articles as articles_page
from tests.hostile.test_slow_inputs import endless_paragraph, giant_word, initials, inside_garden, quotation_marks
from tests.support.pages import PageServer, slow

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
    title: str | None
    """The invented article's title, None for a hostile page (whose answer may be a failure)."""
    url: str
    message_id: int = 0
    pushed: float = 0.0
    answered: float | None = None
    outcome: str = ""
    answer_id: int | None = None
    """The bot's message counted as its answer."""


@dataclass
class Question:
    chat_id: int
    text: str
    after: Link
    """The link it follows in its chat (it is about that link's article)."""
    message_id: int = 0
    pushed: float = 0.0
    answered: float | None = None
    answer_id: int | None = None
    """The bot's reply quoting it, counted as its answer."""


QUESTIONS = ("Who said that?", "How much will it cost?", "When will it open?", "What did the mayor say?",
             "Why was it delayed?", "How many people will use it?", "Where is it?", "Who objected?")
HOSTILE_PAGES = {
    "a 3-million-character word": lambda: inside_garden(giant_word(3_000_000)),
    "Mr. A. B. C. 60,000 times": lambda: inside_garden(initials(60_000)),
    "one enormous paragraph": lambda: inside_garden(endless_paragraph(2_000_000)),
    "thousands of quotation marks": lambda: inside_garden(quotation_marks(1_000_000)),
}
SLOW_SERVER_SECONDS = 30.0
"""Longer than the bot's fetch timeout: the slow server is the fifth hostile page."""
SOAK = {"links": 2_000, "questions": 5_000, "chats": 200, "hostile": 0.02, "timeout": 3_600.0, "rounds": 10}


@dataclass
class Usage:
    """What the bot's process tree used: peak memory of each process and of their sum, and CPU time."""

    summed_rss_kb: int = 0
    high_water_kb: list[tuple[str, int]] = field(default_factory=list)
    cpu_seconds: Counter[str] = field(default_factory=Counter)
    harness_cpu_seconds: float = 0.0
    """This process's: the Bot API stand-in, the page server and the watches, sharing one GIL."""


def children(pid: int) -> list[int]:
    """The processes `pid` started, none if it is gone (a worker may exit between two looks)."""
    try:
        tasks = list(Path(f"/proc/{pid}/task").iterdir())
    except OSError:
        return []
    found = []
    for task in tasks:
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


def cpu_seconds(pid: int, reaped: bool = False) -> float:
    """User plus system CPU time a process has used so far, 0 if it is gone; with `reaped`, that
    of its children that exited and were waited for instead (reader processes retire and are
    replaced during a long run, taking their CPU time with them)."""
    try:
        fields = Path(f"/proc/{pid}/stat").read_text().rsplit(")", 1)[1].split()
    except OSError:
        return 0.0
    first = 13 if reaped else 11
    return (int(fields[first]) + int(fields[first + 1])) / CLOCK_TICKS


def harness_cpu() -> float:
    """User plus system CPU time of this process (all its threads) so far."""
    used = resource.getrusage(resource.RUSAGE_SELF)
    return used.ru_utime + used.ru_stime


def role_of(pid: int, bot_pids: Collection[int]) -> str:
    if pid in bot_pids:
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
        self._bot_pids = set(children(os.getpid()))
        self._bot_cpu_before = 0.0
        self._reaped_cpu_before = 0.0
        self._harness_cpu_before = 0.0
        self._stop = threading.Event()
        self._thread = threading.Thread(target=self._run, name="usage-watch", daemon=True)

    def __enter__(self) -> UsageWatch:
        self._bot_cpu_before = sum(map(cpu_seconds, self._bot_pids))
        self._reaped_cpu_before = sum(cpu_seconds(pid, reaped=True) for pid in self._bot_pids)
        self._harness_cpu_before = harness_cpu()
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
                role = role_of(pid, self._bot_pids)
                self.usage.high_water_kb.append((role, status_kb(pid, "VmHWM")))
                self.usage.cpu_seconds[role] += cpu_seconds(pid)
            self.usage.cpu_seconds["bot"] -= self._bot_cpu_before
            self.usage.cpu_seconds["worker"] += (sum(cpu_seconds(pid, reaped=True) for pid in self._bot_pids)
                                                 - self._reaped_cpu_before)
            self.usage.harness_cpu_seconds = harness_cpu() - self._harness_cpu_before
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


class AnswerWatch:
    """Notes the moment each link and question is answered, checking the stand-in every `POLL_SECONDS`.

    A chat's updates are handled in order, so its n-th answer to a link (a placeholder edited into
    the summary or a failure, or a reply quoting the link) answers its n-th link; a question's
    answer is the reply that quotes it.
    """

    POLL_SECONDS = 0.05
    IDLE_PER_CHECK = 19
    """At least this many times a check's own time passes before the next: with 300 chats
    a check costs several milliseconds of this process, and checks back to back every 50 ms took
    a sixth of a core from the bot on a 2-core machine. The watch stays under 5 % of a core."""

    def __init__(self, telegram: FakeTelegram, links: list[Link], questions: list[Question]) -> None:
        self._telegram = telegram
        self._links: dict[int, list[Link]] = {}
        self._questions: dict[int, list[Question]] = {}
        for link in links:
            self._links.setdefault(link.chat_id, []).append(link)
        for question in questions:
            self._questions.setdefault(question.chat_id, []).append(question)

    def wait(self, items: list[Link | Question], timeout: float) -> bool:
        """True once every one of `items` is answered; False at the timeout."""
        deadline = time.monotonic() + timeout
        while (began := time.monotonic()) < deadline:
            self._check()
            if all(item.answered is not None for item in items):
                return True
            time.sleep(max(self.POLL_SECONDS, (time.monotonic() - began) * self.IDLE_PER_CHECK))
        return False

    def settle(self) -> None:
        """Count what the bot sent after the last check (once it has stopped), so that only what
        it never sent is reported missing."""
        self._check()

    def _check(self) -> None:
        now = time.monotonic()
        for chat_id in list(self._links.keys() | self._questions.keys()):
            messages = self._telegram.bot_messages(chat_id)
            links = self._links.get(chat_id, [])
            asked = {link.message_id for link in links}
            answers = [m for m in messages if m.edits or m.reply_to in asked]
            for link, message in zip(links, answers):
                if link.answered is None:
                    link.answered, link.outcome, link.answer_id = now, outcome_of(message.text), message.message_id
            replies = {m.reply_to: m.message_id for m in messages}
            questions = self._questions.get(chat_id, [])
            for question in questions:
                if question.answered is None and question.message_id in replies:
                    question.answered, question.answer_id = now, replies[question.message_id]
            if all(link.answered for link in links):
                self._links.pop(chat_id, None)
            if all(question.answered for question in questions):
                self._questions.pop(chat_id, None)


def outcome_of(text: str) -> str:
    return "summary" if "TL;DR" in text else text.split("\n", 1)[0][:60]


def percentile(values: list[float], share: float) -> float:
    """Nearest-rank percentile: the value at least `share` of the values do not exceed."""
    ordered = sorted(values)
    return ordered[max(0, min(len(ordered) - 1, round(share * len(ordered) + 0.5) - 1))]


def push(telegram: FakeTelegram, links: list[Link], questions: list[Question]) -> None:
    """Each link, then the questions that follow it."""
    following: dict[int, list[Question]] = {}
    for question in questions:
        following.setdefault(id(question.after), []).append(question)
    for link in links:
        link.pushed = time.monotonic()
        link.message_id = telegram.push_text(link.chat_id, f"please read {link.url}")
        for question in following.get(id(link), []):
            question.pushed = time.monotonic()
            question.message_id = telegram.push_text(question.chat_id, question.text)


def loop_stalls(log: str) -> tuple[list[int], int | None]:
    """(longest stall of each period, in order; longest of the whole run) from the loop monitor's
    lines (of one instance after another: the whole run's is the longest of theirs)."""
    periods, whole = [], None
    for match in LOOP_STALL.finditer(log):
        if match.group(2) == "since start":
            whole = max(whole or 0, int(match.group(1)))
        else:
            periods.append(int(match.group(1)))
    return periods, whole


def slow_callbacks(log: str) -> list[tuple[float, str]]:
    found = [(float(match.group(2)), match.group(1)) for match in SLOW_CALLBACK.finditer(log)]
    return sorted(found, reverse=True)


def uncounted(telegram: FakeTelegram, chat_id: int, links: list[Link], questions: list[Question]) -> list[BotMessage]:
    """The bot's messages in a chat that the bench counted as no link's or question's answer."""
    counted = {item.answer_id for item in [*links, *questions] if item.chat_id == chat_id}
    return [message for message in telegram.bot_messages(chat_id) if message.message_id not in counted]


def describe_missing(telegram: FakeTelegram, links: list[Link], questions: list[Question], shown: int = 5) -> str:
    """How many links and questions got no answer the bench counts, and for the first few, what
    the bot sent their chat that it did not count: nothing at all is a lost update; a reply that
    quotes nothing (say, "send me a link first") is an update answered out of order or mis-counted."""
    lost_links = [link for link in links if link.answered is None]
    lost_questions = [question for question in questions if question.answered is None]
    lines = [f"not answered: {len(lost_links)} of {len(links)} links, {len(lost_questions)} of {len(questions)} "
             f"questions (a question counts when a reply quotes it)"]
    chats = sorted({item.chat_id for item in [*lost_links, *lost_questions]})
    others = Counter(outcome_of(message.text) for chat in chats for message in uncounted(telegram, chat, links, questions))
    if others:
        lines.append("  the bot's uncounted messages in those chats: "
                     + "; ".join(f"{count} x {text!r}" for text, count in others.most_common(5)))
    for item in [*lost_links, *lost_questions][:shown]:
        what = f"link {item.url}" if isinstance(item, Link) else f"question {item.message_id} {item.text!r}"
        sent = [f"{m.message_id}{f' (reply to {m.reply_to})' if m.reply_to else ''}: {m.text[:80]!r}"
                for m in uncounted(telegram, item.chat_id, links, questions)] or ["nothing"]
        lines.append(f"  chat {item.chat_id}, {what}: the bot sent there instead " + "; ".join(sent))
    return "\n".join(lines)


def memory_now(bot_pids: list[int]) -> tuple[int, int]:
    """(RSS of the bot processes, summed RSS of their workers) in kB."""
    workers = [pid for bot in bot_pids for pid in descendants(bot) if role_of(pid, bot_pids) == "worker"]
    return sum(status_kb(pid, "VmRSS") for pid in bot_pids), sum(status_kb(pid, "VmRSS") for pid in workers)


WORKER_RESTARTS = re.compile(r"Reader processes replaced: (\d+)")


def latency_rows(name: str, latencies: list[float]) -> list[tuple[str, str]]:
    if not latencies:
        return []
    return [(f"{name} latency", f"min {min(latencies):.2f} s, median {statistics.median(latencies):.2f} s, "
                                f"p95 {percentile(latencies, 0.95):.2f} s, max {max(latencies):.2f} s")]


def flood_limit_floor(sent: list[Call]) -> float:
    """The least time the calls to chats can take at Telegram's overall limit, as the bot's rate
    limiter spaces them: a first bucketful at once, then MESSAGES_PER_SECOND a second."""
    rate = FloodLimit.MESSAGES_PER_SECOND
    throttled = sum(1 for call in sent if "chat_id" in call.params and call.method not in UNTHROTTLED)
    return max(0, throttled - rate) / rate


def megabytes(kb: int) -> str:
    return f"{kb / 1024:.0f} MB"


def report(links: list[Link], questions: list[Question], elapsed: float, usage: Usage, telegram: FakeTelegram,
           log: str, chats: int, memory: list[tuple[str, tuple[int, int]]], readers: int, instances: int,
           timed_out: bool) -> None:
    link_latencies = [link.answered - link.pushed for link in links if link.answered is not None]
    question_latencies = [q.answered - q.pushed for q in questions if q.answered is not None]
    periods, whole_run = loop_stalls(log)
    stall = whole_run if whole_run is not None else max(periods, default=None)
    # Long polls are left out: the one cut short at shutdown is answered 409 by the stand-in.
    sent = [call for call in telegram.calls() if call.method != "getUpdates"]
    calls = Counter(call.method for call in sent)
    refused = Counter(f"{call.method} {call.status}" for call in sent if call.status != 200)
    floor = flood_limit_floor(sent)
    problems = [line for line in log.splitlines() if LOG_PROBLEM.search(line)]
    outcomes = Counter(link.outcome for link in links if link.answered is not None)
    restarts = WORKER_RESTARTS.findall(log)
    statements = [int(count) for count in STATEMENTS.findall(log)]
    settings = load_settings({})
    updates = len(links) + len(questions)
    rows = [
        ("links / questions / chats", f"{len(links)} / {len(questions)} / {chats}  "
                                      f"(MAX_CONCURRENT_ARTICLES={settings.MAX_CONCURRENT_ARTICLES}, "
                                      f"READER_PROCESSES={readers}"
                                      + (f", {instances} webhook instances)" if instances else ")")),
        ("answered", f"{len(link_latencies) + len(question_latencies)}/{updates}; links: "
                     + ", ".join(f"{what} {count}" for what, count in outcomes.most_common())),
        ("wall time", f"{elapsed:.1f} s  ({len(link_latencies) / elapsed:.1f} links/s, "
                      f"{(len(link_latencies) + len(question_latencies)) / elapsed:.1f} updates/s"
                      + (", up to the last answer; the rest never came)" if timed_out else ")")),
        ("flood-limit floor", f"{floor:.1f} s of the wall time at least (calls to chats at "
                              f"{FloodLimit.MESSAGES_PER_SECOND}/s" + (f": at most {len(links) / floor:.1f} links/s)"
                                                                      if floor else ")")),
        *latency_rows("link", link_latencies),
        *latency_rows("question", question_latencies),
        ("longest loop stall", "not reported" if stall is None else
         f"{stall} ms  (target <= {LOOP_STALL_TARGET_MS} ms: {'ok' if stall <= LOOP_STALL_TARGET_MS else 'MISSED'})"),
        (f"stall per {LOOP_REPORT_SECONDS:.0f} s", " ".join(map(str, periods)) + " ms" if periods else "none reported"),
        ("peak RSS, summed", megabytes(usage.summed_rss_kb)),
        ("peak RSS, each", ", ".join(f"{role} {megabytes(kb)}" for role, kb in sorted(usage.high_water_kb))),
        ("RSS bot / workers", "; ".join(f"{when} {megabytes(bot)} / {megabytes(workers)}"
                                        for when, (bot, workers) in memory)),
        ("CPU during the run", f"bot {usage.cpu_seconds['bot']:.1f} s "
                               f"({usage.cpu_seconds['bot'] * 1000 / updates:.0f} ms per update, "
                               f"{usage.cpu_seconds['bot'] * 1000 / len(links):.0f} ms per link), "
                               f"workers {usage.cpu_seconds['worker']:.1f} s (their start-up included, retired ones too); "
                               f"stand-in and watch {usage.harness_cpu_seconds:.1f} s"),
        ("workers replaced", str(sum(map(int, restarts))) if restarts else "not reported"),
        *([("SQL statements", f"{sum(statements) / updates:.1f} per update")] if statements else []),
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


def serve(pages: PageServer, link_count: int, chat_count: int, hostile_share: float) -> list[Link]:
    """The links, every `1 / hostile_share`-th one a hostile page (the kinds in turn)."""
    every = round(1 / hostile_share) if hostile_share > 0 else 0
    kinds = [*HOSTILE_PAGES, "a slow server"]
    articles = iter(invent(link_count))
    links = []
    for index in range(link_count):
        chat = 1_000 + index % chat_count
        if every and index % every == every - 1:
            kind = kinds[(index // every) % len(kinds)]
            path = f"/hostile/{index}"
            if kind == "a slow server":
                url = pages.route(path, slow(SLOW_SERVER_SECONDS, articles_page.GARDEN))
            else:
                url = pages.add(path, HOSTILE_PAGES[kind]())
            links.append(Link(chat, None, url))
        else:
            article = next(articles)
            links.append(Link(chat, article.title, pages.add(article.path, article.html)))
    return links


def start_bots(telegram: FakeTelegram, folder: Path, database: str, instances: int,
               settings: dict[str, str]) -> list[BotProcess] | None:
    """The bot polling for updates, or `instances` webhook instances; None (its log printed) if
    the bot did not start."""
    if instances:
        return start_fleet(telegram, database, folder, instances, **settings)
    bot = BotProcess(bot_environment(telegram, folder / "bot.sqlite3", DATABASE_URL=database, **settings),
                     folder / "bot.log").start()
    if not wait_quietly(telegram, lambda: telegram.calls("setMyCommands"), STARTUP_TIMEOUT_SECONDS):
        print("The bot did not start; its log:\n" + bot.log_text()[-3000:], file=sys.stderr)
        bot.kill()
        return None
    return [bot]


def run(link_count: int, question_count: int, chat_count: int, hostile_share: float, timeout: float,
        asyncio_debug: bool, postgres: str | None = None, rounds: int = 1, readers: int = 1,
        instances: int = 0) -> int:
    with tempfile.TemporaryDirectory(prefix="bot-load-") as folder, FakeTelegram() as telegram, \
            PageServer() as pages, fresh(postgres, Path(folder), "bot") as database:
        links = serve(pages, link_count, chat_count, hostile_share)
        answerable = [link for link in links if link.title]
        questions = [Question(after.chat_id, QUESTIONS[index % len(QUESTIONS)], after)
                     for index, after in enumerate(answerable[index % len(answerable)]
                                                   for index in range(question_count))] if answerable else []
        settings = dict(
            USER_LINKS_PER_MINUTE=NO_RATE_LIMIT, LOOP_MONITOR_SECONDS=str(LOOP_REPORT_SECONDS),
            READER_PROCESSES=str(readers), **({"PYTHONASYNCIODEBUG": "1"} if asyncio_debug else {}),
        )
        bots = start_bots(telegram, Path(folder), database, instances, settings)
        if bots is None:
            return 1
        answered = False
        watch = AnswerWatch(telegram, links, questions)
        try:
            pids = [bot.pid for bot in bots]
            memory = [("start", memory_now(pids))]
            size = -(-len(links) // rounds)
            deadline = time.monotonic() + timeout
            with UsageWatch() as usage_watch:
                started = time.monotonic()
                for number in range(1, rounds + 1):
                    chunk = links[(number - 1) * size:number * size]
                    asked = [question for question in questions if question.after in chunk]
                    push(telegram, chunk, asked)
                    answered = watch.wait([*chunk, *asked], deadline - time.monotonic())
                    if not answered:
                        break
                    if rounds > 1 and number in (1, (rounds + 1) // 2, rounds):
                        memory.append((f"after round {number}/{rounds}", memory_now(pids)))
                elapsed = time.monotonic() - started
                if rounds == 1:
                    memory.append(("end", memory_now(pids)))
                usage = usage_watch.finish()
        finally:
            # A bot still busy with links drains them all before it stops, so on failure it is killed.
            for bot in bots:
                bot.stop() if answered else bot.kill()
        watch.settle()
        log = "".join(bot.log_text() for bot in bots)
        print(f"database: {'PostgreSQL' if postgres else 'SQLite'}")
        if not answered:
            elapsed = max((item.answered for item in [*links, *questions] if item.answered), default=started) - started
        report(links, questions, elapsed, usage, telegram, log, chat_count, memory, readers, instances,
               timed_out=not answered)
        if not answered:
            print(describe_missing(telegram, links, questions))
            print("--- end of the bot's log\n" + log[-3000:], file=sys.stderr)
            return 1
    return 0


def main(argv: list[str] | None = None) -> None:
    parser = argument_parser(__doc__)
    parser.add_argument("--links", type=int, default=200, help="different article links to send")
    parser.add_argument("--questions", type=int, default=0, help="questions, each after a link of its chat")
    parser.add_argument("--chats", type=int, default=50, help="private chats sending them")
    parser.add_argument("--hostile", type=float, default=0.0, help="share of the pages that are hostile")
    parser.add_argument("--timeout", type=float, default=600.0, help="seconds to wait for every answer")
    parser.add_argument("--rounds", type=int, default=1,
                        help="send the links (and their questions) in this many waves, each once the last is answered")
    parser.add_argument("--readers", type=int, default=1,
                        help="reader processes (the bot's own default is one per core; tests start one)")
    parser.add_argument("--postgres", help="a PostgreSQL server URL to create a fresh database on (default: SQLite)")
    parser.add_argument("--instances", type=int, default=0,
                        help="run this many webhook instances on the one database instead of one polling bot")
    parser.add_argument("--soak", action="store_true",
                        help="2,000 links and 5,000 questions from 200 chats, 2%% of the pages hostile")
    parser.add_argument("--asyncio-debug", action="store_true",
                        help="run the bot in asyncio debug mode and list slow callbacks")
    args = parser.parse_args(argv)
    if args.soak:
        for name, value in SOAK.items():
            setattr(args, name, value)
    sys.exit(run(args.links, args.questions, args.chats, args.hostile, args.timeout, args.asyncio_debug,
                 args.postgres, args.rounds, args.readers, args.instances))


if __name__ == "__main__":
    main()
