"""The real bot as a child process (`python -m bot run`), for end-to-end tests.

End-to-end tests start the bot the way an operator does, so start-up, shutdown on SIGTERM, a crash
(SIGKILL) and a restart onto the same database are all exercised for real. The child gets only
the settings a test gives it: every bot setting in the outer environment (a developer's real
token, their database) is removed first, so a test can never talk to api.telegram.org or write
into someone's data.
"""

from __future__ import annotations

import os
import signal
import subprocess
import sys
from collections.abc import Mapping, Sequence
from dataclasses import fields
from pathlib import Path
from types import TracebackType
from typing import IO

from bot.settings import Settings
from tests.support.fake_telegram import FakeTelegram

REPO_ROOT = Path(__file__).resolve().parents[2]
BOT_COMMAND = (sys.executable, "-m", "bot", "run")
WEBHOOK_COMMAND = (sys.executable, "-m", "bot", "webhook")
STOP_TIMEOUT_SECONDS = 30.0
"""How long `stop` waits after SIGTERM before failing the test: a bot that ignores SIGTERM never
stops, one that finishes its updates in flight does within seconds; a service manager waits 90 s."""
START_TIMEOUT_SECONDS = 90.0
"""How long a test waits for a bot to come up (commands or webhook registered). It bounds "starts
at all", not how fast: several test workers start bots at once, on machines shared with other
work. Start-up speed is measured in bench/."""
_SETTING_NAMES = frozenset(field.name for field in fields(Settings))


def bot_environment(fake: FakeTelegram, database: Path, **overrides: str) -> dict[str, str]:
    """Settings that point the bot at `fake` and at its own SQLite file, plus any overrides."""
    return {
        "TELEGRAM_BOT_TOKEN": fake.token,
        "TELEGRAM_API_URL": fake.url,
        "DATABASE_URL": f"sqlite:///{database}",
        "BOT_ALLOW_PRIVATE_URLS": "1",
        "READER_PROCESSES": "1",  # one reader process per test bot: dozens of bots start in a run
        **overrides,
    }


def child_environment(settings: Mapping[str, str], outer: Mapping[str, str] | None = None) -> dict[str, str]:
    """The outer environment without any bot setting or TELEGRAM_* variable, then `settings`.
    The bot speaks English unless a test says otherwise, whatever the locale of the machine running
    the tests (BOT_LANGUAGE wins over LANG in the terminal)."""
    outer = os.environ if outer is None else outer
    kept = {
        name: value for name, value in outer.items()
        if name not in _SETTING_NAMES and not name.startswith("TELEGRAM_")
    }
    return {**kept, "PYTHONUNBUFFERED": "1", "BOT_LANGUAGE": "en", **settings}


class BotProcess:
    """One bot process at a time, with stdout and stderr of every run appended to `log_path`."""

    def __init__(self, settings: Mapping[str, str], log_path: Path, command: Sequence[str] = BOT_COMMAND) -> None:
        self.settings = dict(settings)
        self.log_path = log_path
        self.command = tuple(command)
        self._process: subprocess.Popen[bytes] | None = None
        self._log: IO[bytes] | None = None
        self._runs = 0

    @property
    def running(self) -> bool:
        return self._process is not None and self._process.poll() is None

    @property
    def pid(self) -> int:
        """The running bot's process id, to find its worker processes."""
        return self._require_process().pid

    def start(self) -> BotProcess:
        if self.running:
            raise RuntimeError("the bot is already running")
        self._runs += 1
        self._log = self.log_path.open("ab")
        self._log.write(f"--- start #{self._runs}\n".encode())
        self._log.flush()
        self._process = subprocess.Popen(
            self.command, cwd=REPO_ROOT, env=child_environment(self.settings),
            stdin=subprocess.DEVNULL, stdout=self._log, stderr=subprocess.STDOUT,
        )
        return self

    def stop(self, timeout: float = STOP_TIMEOUT_SECONDS) -> int:
        """SIGTERM, as a service manager sends it, and wait; a bot that ignores it fails the test."""
        process = self._require_process()
        if process.poll() is None:
            process.send_signal(signal.SIGTERM)
            try:
                process.wait(timeout)
            except subprocess.TimeoutExpired:
                self.kill()
                raise AssertionError(
                    f"the bot did not stop within {timeout}s of SIGTERM\n{self.log_text()}"
                ) from None
        return self._finish()

    def kill(self) -> int:
        """SIGKILL: a crash, with no chance to clean up."""
        process = self._require_process()
        if process.poll() is None:
            process.kill()
            process.wait()
        return self._finish()

    def restart(self) -> BotProcess:
        """Stop gracefully and start again with the same settings (so the same database)."""
        self.stop()
        return self.start()

    def log_text(self) -> str:
        """Everything every run has printed so far."""
        if self._log is not None:
            self._log.flush()
        return self.log_path.read_text(encoding="utf-8", errors="replace") if self.log_path.exists() else ""

    def _require_process(self) -> subprocess.Popen[bytes]:
        if self._process is None:
            raise RuntimeError("the bot was never started")
        return self._process

    def _finish(self) -> int:
        if self._log is not None:
            self._log.close()
            self._log = None
        return self._require_process().returncode

    def __enter__(self) -> BotProcess:
        return self.start()

    def __exit__(
        self, exc_type: type[BaseException] | None, exc: BaseException | None, tb: TracebackType | None
    ) -> None:
        if self.running:
            self.kill()
