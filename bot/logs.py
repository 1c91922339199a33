"""Logging set-up that never writes a secret.

httpx logs every request URL at INFO, and Bot API URLs contain the token (`/bot<token>/getUpdates`),
so the token is scrubbed from every record by a filter on the handler, whatever library logged it.
The extraction libraries warn about every odd page ("discarding data: None"); that is our input,
not a fault, and on the command line it would print ahead of the one line a user should see, so
they speak only at DEBUG.
"""

from __future__ import annotations

import logging
import re

_BOT_PATH = re.compile(r"/bot\d+:[A-Za-z0-9_-]+")
CHATTY_LIBRARIES = ("trafilatura", "htmldate", "courlan", "justext", "charset_normalizer")
"""Libraries of the reading stage: they log a page they cannot parse ("Document is empty") as an
error, and the reader already answers that page with its own message, so only their critical
records are shown (the terminal chat would print the rest between the user's lines)."""


class RedactSecrets(logging.Filter):
    def __init__(self, secrets: list[str]) -> None:
        super().__init__()
        self._secrets = [s for s in secrets if s]

    def redact(self, text: str) -> str:
        for secret in self._secrets:
            text = text.replace(secret, "<redacted>")
        return _BOT_PATH.sub("/bot<redacted>", text)

    def filter(self, record: logging.LogRecord) -> bool:
        record.msg = self.redact(record.getMessage())
        record.args = None
        if record.exc_info and record.exc_info[1] is not None:
            record.exc_text = self.redact(logging.Formatter().formatException(record.exc_info))
            record.exc_info = None
        return True


def configure_logging(level: str, secrets: list[str]) -> None:
    handler = logging.StreamHandler()
    handler.setFormatter(logging.Formatter("%(asctime)s %(levelname)s %(name)s: %(message)s"))
    handler.addFilter(RedactSecrets(secrets))
    logging.basicConfig(level=level.upper(), handlers=[handler], force=True)
    logging.getLogger("httpx").setLevel(logging.WARNING)
    if logging.getLogger().level > logging.DEBUG:
        for name in CHATTY_LIBRARIES:
            logging.getLogger(name).setLevel(logging.CRITICAL)
