"""Every setting of the bot: defaults live in `config/defaults.toml`, environment variables win.

The package reads the defaults as `bot/defaults.toml`, a link to that one file, so an installed
wheel (which has no `config/` folder) carries them too.

One frozen object built once at start-up, so no module reads the environment on its own and tests
can build a `Settings` with exactly the values they need.
"""

from __future__ import annotations

import os
import tomllib
from importlib import resources
from dataclasses import dataclass, fields
from typing import Mapping

DEFAULTS_FILE = resources.files("bot") / "defaults.toml"
_TRUE = {"1", "true", "yes", "on"}
_FALSE = {"0", "false", "no", "off", ""}


@dataclass(frozen=True)
class Settings:
    TELEGRAM_BOT_TOKEN: str
    TELEGRAM_API_URL: str
    BOT_OWNER_ID: int
    BOT_LANGUAGE: str
    DATABASE_URL: str
    BOT_ALLOW_PRIVATE_URLS: bool
    FETCH_CONNECT_TIMEOUT_SECONDS: float
    FETCH_TOTAL_TIMEOUT_SECONDS: float
    FETCH_MAX_BYTES: int
    FETCH_MAX_REDIRECTS: int
    FETCH_USER_AGENT: str
    MAX_CONCURRENT_ARTICLES: int
    READER_PROCESSES: int
    READER_DEADLINE_SECONDS: float
    USER_LINKS_PER_MINUTE: int
    INLINE_WAIT_SECONDS: float
    ARTICLE_FRESH_HOURS: float
    PASTED_TEXT_MIN_CHARS: int
    FEED_POLL_INTERVAL_SECONDS: float
    MAX_FEEDS_PER_CHAT: int
    MAX_FEED_POSTS_PER_CHAT_PER_HOUR: int
    WEBHOOK_URL: str
    WEBHOOK_LISTEN: str
    WEBHOOK_PORT: int
    WEBHOOK_SECRET: str
    LEASE_SECONDS: float
    COUNT_DB_STATEMENTS: bool
    LOG_LEVEL: str
    SUMMARY_METHOD: str
    LOOP_MONITOR_SECONDS: float
    METRICS_PORT: int
    KEEP_FEED_ITEMS_DAYS: float
    KEEP_SENT_POSTS_DAYS: float
    KEEP_PROCESSED_UPDATES_DAYS: float
    KEEP_UNASKED_ARTICLES_DAYS: float
    PRUNE_INTERVAL_SECONDS: float


def _coerce(name: str, raw: str, default: object) -> object:
    """Read an environment string as the type of its default, naming the setting when it is wrong."""
    try:
        if isinstance(default, bool):
            lowered = raw.strip().lower()
            if lowered in _TRUE | _FALSE:
                return lowered in _TRUE
            raise ValueError(raw)
        if isinstance(default, int):
            return int(raw)
        if isinstance(default, float):
            return float(raw)
    except ValueError:
        raise SystemExit(f"Setting {name}={raw!r} is not a valid {type(default).__name__}.") from None
    return raw


def load_settings(environ: Mapping[str, str] | None = None) -> Settings:
    """Defaults from config/defaults.toml, overridden by the environment."""
    environ = os.environ if environ is None else environ
    with DEFAULTS_FILE.open("rb") as handle:
        defaults = tomllib.load(handle)
    values = {}
    for field in fields(Settings):
        default = defaults[field.name]
        raw = environ.get(field.name)
        values[field.name] = default if raw is None else _coerce(field.name, raw, default)
    _check_summary_method(values["SUMMARY_METHOD"])
    return Settings(**values)


def _check_summary_method(name: str) -> None:
    from bot.reader.summary.methods import METHODS

    if name not in METHODS:
        raise SystemExit(f"Setting SUMMARY_METHOD={name!r} is not one of: {', '.join(METHODS)}.")
