"""Tasks the reader-pool tests send to real worker processes.

A worker imports the module of a function it is sent before running it, and that import counts
against the task's deadline; these live apart from the test module, whose imports (the store,
the assistant, the page server) would eat a short deadline on a busy machine.
"""

from __future__ import annotations

import os
import signal
import time
from dataclasses import dataclass

from bot.errors import NotAnArticle
from bot.reader import workers
from bot.reader.article import Article


def sleep_for(seconds: float) -> int:
    time.sleep(seconds)
    return os.getpid()


def refuse() -> None:
    raise NotAnArticle("no main text")


def die() -> None:
    os.kill(os.getpid(), signal.SIGKILL)


def article_read_in_worker(number: int) -> Article:
    return Article(f"Garden {number}", (f"The garden opened in week {number}.", "Entry is free."),
                   url=f"https://example.org/garden-{number}")


def first_paragraph_and_pid(article: Article) -> tuple[str, int]:
    return article.paragraphs[0], os.getpid()


def forget_every_article(article: Article) -> None:
    """What a worker that lost its articles behind the pool's back looks like."""
    workers._held = workers.Held()


@dataclass(frozen=True)
class Read:
    """A result carrying the article a task read, as a `Digest` does."""

    article: Article
    pid: int


def read_with_pid(number: int) -> Read:
    return Read(article_read_in_worker(number), os.getpid())
