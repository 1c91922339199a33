"""`python -m bot check`: what would stop the bot from going live, one line per check.

An operator runs it before starting the bot (or in a deploy pipeline). Each check says OK, WARN
(the bot runs, but probably not as meant) or FAIL (the bot would not run, or not on Telegram).
Nothing is changed: the database is only read (a fresh one is not created or migrated) and ports
are only tried. No line ever carries the token or the webhook secret.
"""

from __future__ import annotations

import asyncio
import enum
import os
import re
import socket
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path
from urllib.parse import urlsplit

import httpx
from sqlalchemy.engine import make_url
from sqlalchemy.exc import SQLAlchemyError
from sqlalchemy.ext.asyncio import create_async_engine

from bot.settings import Settings

TELEGRAM_TIMEOUT_SECONDS = 10.0
WEBHOOK_PUBLIC_PORTS = frozenset({443, 80, 88, 8443})
"""The only ports Telegram posts webhooks to."""
SECRET_PATTERN = re.compile(r"[A-Za-z0-9_-]{1,256}")
"""What Telegram accepts as a webhook secret_token."""


class Level(enum.Enum):
    OK = "OK"
    WARN = "WARN"
    FAIL = "FAIL"


@dataclass(frozen=True)
class Finding:
    level: Level
    text: str

    def line(self) -> str:
        return f"{self.level.value:<4}  {self.text}"


def ok(text: str) -> Finding:
    return Finding(Level.OK, text)


def warn(text: str) -> Finding:
    return Finding(Level.WARN, text)


def fail(text: str) -> Finding:
    return Finding(Level.FAIL, text)


async def check_token(settings: Settings) -> Finding:
    """Ask Telegram who the token belongs to (getMe)."""
    if not settings.TELEGRAM_BOT_TOKEN:
        return fail("Telegram: no TELEGRAM_BOT_TOKEN is set (get one from @BotFather)")
    api = settings.TELEGRAM_API_URL.rstrip("/")
    try:
        async with httpx.AsyncClient(timeout=TELEGRAM_TIMEOUT_SECONDS) as client:
            response = await client.get(f"{api}/bot{settings.TELEGRAM_BOT_TOKEN}/getMe")
    except httpx.HTTPError as error:
        # The error's own text may quote the request URL, which holds the token: name its kind only.
        return fail(f"Telegram: could not reach {api} ({type(error).__name__})")
    if response.status_code in (401, 404):
        return fail(f"Telegram: {api} refused the token ({response.status_code}); check TELEGRAM_BOT_TOKEN")
    try:
        me = response.json()["result"]
        return ok(f"Telegram: the token belongs to @{me['username']}")
    except (ValueError, KeyError, TypeError):
        return fail(f"Telegram: {api} answered getMe with HTTP {response.status_code}, not a bot")


async def check_database(settings: Settings) -> Finding:
    """Reachable, and at this code's schema revision (a fresh or older one is migrated at start)."""
    from bot.store.database import async_url
    from bot.store.migrate import schema_state

    url = make_url(settings.DATABASE_URL)
    shown = url.render_as_string(hide_password=True)
    if url.get_backend_name() == "sqlite" and url.database not in (None, "", ":memory:"):
        path = Path(url.database).expanduser()
        if not path.exists():
            return _fresh_sqlite(path)
    engine = create_async_engine(async_url(settings.DATABASE_URL))
    try:
        state = await schema_state(engine)
    except (SQLAlchemyError, OSError) as error:
        return fail(f"Database: cannot open {shown} ({_first_line(error)})")
    finally:
        await engine.dispose()
    at = ", ".join(state.current)
    if state.current == (state.head,):
        return ok(f"Database: {shown} is reachable and migrated (revision {state.head})")
    if state.unknown:
        return fail(f"Database: {shown} is at revision {at}, written by a newer version of the bot; "
                    "run that version")
    if not state.current:
        return warn(f"Database: {shown} is reachable but empty; it is migrated at start "
                    "(or run `python -m bot migrate`)")
    return warn(f"Database: {shown} is at revision {at}, behind {state.head}; it is migrated at start "
                "(or run `python -m bot migrate`)")


def _fresh_sqlite(path: Path) -> Finding:
    folder = next((parent for parent in path.parents if parent.exists()), Path("."))
    if not folder.is_dir() or not _writable(folder):
        return fail(f"Database: {path} does not exist and cannot be created in {folder}")
    return warn(f"Database: {path} does not exist yet; it is created and migrated at start")


def _writable(folder: Path) -> bool:
    return os.access(folder, os.W_OK | os.X_OK)


def check_webhook(settings: Settings) -> Iterator[Finding]:
    """Webhook settings that agree with each other and with what Telegram accepts."""
    if not settings.WEBHOOK_URL and not settings.WEBHOOK_SECRET:
        yield ok("Webhook: not set; `python -m bot run` uses long polling")
        return
    problems = []
    url = urlsplit(settings.WEBHOOK_URL)
    if not settings.WEBHOOK_URL:
        problems.append("WEBHOOK_URL is not set")
    elif url.scheme != "https" or not url.hostname:
        problems.append("WEBHOOK_URL must be an https:// address (Telegram posts only to HTTPS)")
    else:
        try:
            public_port = url.port or 443
        except ValueError:
            public_port = -1
        if public_port not in WEBHOOK_PUBLIC_PORTS:
            problems.append("WEBHOOK_URL's port must be 443, 80, 88 or 8443 (the ports Telegram posts to)")
    if not settings.WEBHOOK_SECRET:
        problems.append("WEBHOOK_SECRET is not set")
    elif not SECRET_PATTERN.fullmatch(settings.WEBHOOK_SECRET):
        problems.append("WEBHOOK_SECRET must be 1-256 characters of A-Z, a-z, 0-9, _ and -")
    listen = f"{settings.WEBHOOK_LISTEN}:{settings.WEBHOOK_PORT}"
    port_problem = _port_problem(settings.WEBHOOK_LISTEN, settings.WEBHOOK_PORT)
    if port_problem:
        problems.append(f"cannot listen on {listen} ({port_problem}); change WEBHOOK_PORT")
    for problem in problems:
        yield fail(f"Webhook: {problem}")
    if not problems:
        yield ok(f"Webhook: Telegram will post to {url.scheme}://{url.netloc}{url.path}, served on {listen}")


def check_metrics(settings: Settings) -> Finding:
    """The metrics port is free (or shared with the webhook server, which serves /metrics)."""
    port = settings.METRICS_PORT
    if port == 0:
        return ok("Metrics: off (set METRICS_PORT to serve Prometheus metrics)")
    if settings.WEBHOOK_URL and port == settings.WEBHOOK_PORT:
        return ok(f"Metrics: served by the webhook server at :{port}/metrics")
    problem = _port_problem("0.0.0.0", port)
    if problem:
        return fail(f"Metrics: cannot listen on port {port} ({problem})")
    return ok(f"Metrics: port {port} is free")


def check_private_urls(settings: Settings) -> Finding:
    if settings.BOT_ALLOW_PRIVATE_URLS:
        return warn("Fetching: BOT_ALLOW_PRIVATE_URLS is on, so users can make the bot fetch "
                    "private and internal addresses; turn it off unless this is a test or an intranet")
    return ok("Fetching: private and internal addresses are refused")


def _port_problem(host: str, port: int) -> str | None:
    """Why nothing could listen on host:port now, or None."""
    if not 0 < port < 65536:
        return "not a port number"
    with socket.socket(socket.AF_INET6 if ":" in host else socket.AF_INET) as probe:
        try:
            probe.bind((host, port))
        except OSError as error:
            return error.strerror or str(error)
    return None


def _first_line(error: BaseException) -> str:
    cause = error.__cause__ or error.__context__ or error
    return (str(getattr(error, "orig", None) or cause) or type(cause).__name__).splitlines()[0]


async def findings(settings: Settings) -> list[Finding]:
    """Every check, in the order an operator fixes things."""
    token, database = await asyncio.gather(check_token(settings), check_database(settings))
    return [token, database, *check_webhook(settings), check_metrics(settings), check_private_urls(settings)]


def run(settings: Settings) -> bool:
    """Print one line per check; True when nothing blocks running."""
    results = asyncio.run(findings(settings))
    for finding in results:
        print(finding.line())
    return all(finding.level is not Level.FAIL for finding in results)
