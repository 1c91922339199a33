"""Where the benchmarks find their data: one `--data DIR` for all, and one note when a set is missing.

A share is any folder laid out like `shared/bench/data` (its README lists the sets): the benchmarks
read each set by its place in the folder, so a new share, a held-back share or a small test folder
works unchanged. A benchmark whose set a share lacks prints one note and carries on with the rest;
with none of its sets it prints the notes and exits 0, having measured nothing.
"""

from __future__ import annotations

import argparse
import gzip
import json
from collections.abc import Iterator
from pathlib import Path

REPO = Path(__file__).resolve().parent.parent
DEFAULT_DATA = REPO.parent / "shared" / "bench" / "data"

EXTRACTION = "extraction/dev.ground_truth.jsonl"
CNNDM = "summarization-cnndm/dev.cnndm.jsonl"
BBC = "summarization/dev.bbc_news_summary.jsonl"
SQUAD = "qa/dev.squad_v1.1_dev_articles.jsonl"


def argument_parser(doc: str | None) -> argparse.ArgumentParser:
    """A benchmark's command line, described by its module docstring, with `--data DIR` on it."""
    parser = argparse.ArgumentParser(description=(doc or "").splitlines()[0])
    parser.add_argument("--data", type=Path, default=DEFAULT_DATA, metavar="DIR",
                        help=f"the evaluation data folder (default: {DEFAULT_DATA})")
    return parser


def data_set(data: Path, name: str) -> Path | None:
    """The file of one set in this share, or None after a note saying what is skipped."""
    path = data / name
    if path.is_file():
        return path
    print(f"note: {data} has no {name}; skipping what needs it")
    return None


def read_jsonl(path: Path) -> Iterator[dict]:
    """The rows of a JSON Lines file, gzip-compressed or not."""
    with (gzip.open(path, "rt", encoding="utf-8") if path.suffix == ".gz" else path.open(encoding="utf-8")) as lines:
        for line in lines:
            if line.strip():
                yield json.loads(line)
