"""The bot's own words in the reader's language: English, German, French or Spanish.

The English texts stay where they are written (`bot.conversation.texts`, the messages in
`bot.errors`); a translation is a gettext catalog, `bot/locale/<language>.po`, whose msgid is the
English text and whose msgstr is the translation, so a translator works in any .po editor and a
text missing from a catalog (or marked fuzzy) is simply said in English.

Which language a message is in is the chat's business, not every function's: the front end sets it
once per update (`speaking`, from Telegram's `language_code` or the terminal's locale) and every text
produced while that update is handled reads it from a context variable, which asyncio keeps per task.
"""

from __future__ import annotations

import os
from collections.abc import Iterator, Mapping
from contextlib import contextmanager
from contextvars import ContextVar
from functools import cache
from importlib import resources

from babel.messages.pofile import read_po
from babel.numbers import format_decimal

ENGLISH = "en"
LANGUAGES = (ENGLISH, "de", "fr", "es")
"""The languages the bot speaks; English is the source every catalog translates."""
LOCALE_VARIABLES = ("LC_ALL", "LC_MESSAGES", "LANG")
"""The terminal's language, in the order POSIX reads them: the first one set wins."""

_language: ContextVar[str] = ContextVar("language", default=ENGLISH)


def language_of(code: str | None) -> str | None:
    """One of `LANGUAGES` for a language tag or locale name ("de", "de-AT", "fr_CA.UTF-8"); None
    for anything else, including "C" and "POSIX"."""
    base = (code or "").split(".")[0].replace("_", "-").split("-")[0].strip().lower()
    return base if base in LANGUAGES else None


def terminal_language(setting: str, environ: Mapping[str, str] | None = None) -> str:
    """The terminal's language: the BOT_LANGUAGE setting when it names one, else the locale
    variables (the first set one, as POSIX reads them), else English."""
    environ = os.environ if environ is None else environ
    if (chosen := language_of(setting)) is not None:
        return chosen
    current = next((environ[name] for name in LOCALE_VARIABLES if environ.get(name)), "")
    return language_of(current) or ENGLISH


def current() -> str:
    """The language of the chat being answered."""
    return _language.get()


def use(language: str) -> None:
    """From here on in this task (an update being handled, the terminal chat), speak `language`."""
    _language.set(language if language in LANGUAGES else ENGLISH)


@contextmanager
def speaking(language: str) -> Iterator[None]:
    """Speak `language` inside the block only (a feed post to one chat among many)."""
    token = _language.set(language if language in LANGUAGES else ENGLISH)
    try:
        yield
    finally:
        _language.reset(token)


@cache
def catalog(language: str) -> dict[str, str]:
    """English text -> translation, read once from the language's .po file; empty for English.
    Fuzzy entries (a translator's unchecked guess) and empty translations are left out."""
    if language == ENGLISH:
        return {}
    with (resources.files("bot") / "locale" / f"{language}.po").open("rb") as po:
        messages = read_po(po)
    return {message.id: message.string for message in messages
            if message.id and isinstance(message.id, str) and message.string and not message.fuzzy}


def number(value: float) -> str:
    """A number as the current language writes it: 12,000 and 0.5; 12.000 and 0,5 in German."""
    return format_decimal(value, locale=current())


def say(english: str, **fields: object) -> str:
    """`english` in the current language (English when the catalog lacks it), its {fields} filled."""
    text = catalog(current()).get(english, english)
    return text.format(**fields) if fields else text
