"""Every benchmark runs unchanged on any folder laid out like the shared data, and copes without a set.

The share here is invented by the test (a few items of each set, in the shared layout), so the
benchmarks run in seconds and never read /work/shared. What is checked is what whoever runs a
benchmark sees: its numbers and exit status 0, or a note naming the missing set and still 0.
"""

from __future__ import annotations

import gzip
import re
import json
import subprocess
import sys
from pathlib import Path

import pytest

from tests.e2e import articles
from tests.support.bot_process import REPO_ROOT, child_environment

QUOTES_LABELS = REPO_ROOT / "bench" / "quotes_labels.jsonl"

STORIES = [
    ("Harbour council approves night ferry service", [
        "The harbour council approved a night ferry service on Thursday, the first time in twenty "
        "years that boats will cross the bay after midnight.",
        "“We have waited for this for a very long time,” said Anna Berg, a nurse at the city hospital.",
        "The ferries will run every forty minutes between one and five in the morning, from June to "
        "September, council members said after a vote of nine to two.",
        "Ticket prices will stay at three euros, and the service will be paid for by a small increase "
        "in the tourist tax charged by hotels along the waterfront.",
        "“It is a fair price for a safe trip home,” the mayor, Tomas Lind, told reporters on Friday.",
        "The council will review the service in October and decide whether to run it all year.",
    ]),
    ("City opens a rooftop garden on the old fire station", [
        "The city opened a rooftop garden on the old fire station on Saturday, turning 1,200 square "
        "metres of bare concrete into beds of vegetables, herbs and wild flowers.",
        "The garden was designed by the architect Lena Ortiz, who said the roof had been strong enough "
        "to carry soil because the station was built to hold heavy engines.",
        "“Children who live in flats have never seen a carrot grow,” said Lena Ortiz at the opening.",
        "Residents can rent one of 80 small plots for 25 euros a season, with priority for families "
        "living in flats without a balcony.",
        "The project cost 2.4 million euros, most of it paid by a regional climate fund that supports "
        "green roofs in dense neighbourhoods.",
        "The city plans to open two more rooftop gardens, on a library and a school, by next year.",
    ]),
    ("Rail line to the coast reopens after the floods", [
        "The rail line to the coast reopened on Monday, three months after floods washed away a bridge "
        "and two kilometres of track near the river mouth.",
        "Engineers rebuilt the bridge on deeper foundations, raising the track by a metre so that "
        "future floods pass underneath it.",
        "“The new bridge will stand a flood twice as high as this one,” said the chief engineer, "
        "Maria Holm, as the first train crossed it.",
        "Trains will run every half hour on weekdays and every hour at weekends until the summer "
        "timetable starts in June.",
        "The repairs cost nine million euros, shared between the national rail company and the region.",
        "Commuters who bought monthly passes during the closure will get two weeks of free travel.",
    ]),
]
IDS = [f"item-{n}" for n in range(8)]
"""Enough items that each set's training and held-out halves (split by a hash of the id) hold some."""


def write_jsonl(path: Path, rows: list[dict]) -> None:
    path.parent.mkdir(parents=True, exist_ok=True)
    path.write_text("".join(json.dumps(row) + "\n" for row in rows), encoding="utf-8")


def make_share(root: Path) -> Path:
    """A small share in the shared layout: extraction, summarization, summarization-cnndm, qa."""
    truth = []
    for n, (title, paragraphs) in enumerate(STORIES):
        html_path = f"html/page{n}.html.gz"
        (root / "extraction" / "html").mkdir(parents=True, exist_ok=True)
        (root / "extraction" / html_path).write_bytes(gzip.compress(articles.page(title, paragraphs).encode()))
        truth.append({"id": f"page{n}", "url": f"https://news.example/{n}", "html_path": html_path,
                      "text": "\n\n".join(paragraphs)})
    write_jsonl(root / "extraction" / "dev.ground_truth.jsonl", truth)

    labels = [json.loads(line) for line in QUOTES_LABELS.read_text(encoding="utf-8").splitlines()]
    labelled = [label["id"] for label in labels if "file" not in label][:2]  # CNN/DM stories, read from the share
    stories = [STORIES[n % len(STORIES)] for n in range(len(IDS))]
    write_jsonl(root / "summarization-cnndm" / "dev.cnndm.jsonl", [
        {"id": story_id, "text": " ".join(paragraphs), "summary_sentences": paragraphs[:2],
         "summary_boilerplate": []}
        for story_id, (_, paragraphs) in zip([*labelled, *IDS[2:]], stories)])
    write_jsonl(root / "summarization" / "dev.bbc_news_summary.jsonl", [
        {"id": story_id, "title": title, "text": "\n\n".join(paragraphs),
         "summary_sentences": [paragraphs[0], paragraphs[3]], "duplicate_of": None}
        for story_id, (title, paragraphs) in zip(IDS, stories)])
    write_jsonl(root / "qa" / "dev.squad_v1.1_dev_articles.jsonl", [
        {"title": title, "text": "\n\n".join(paragraphs), "n_paragraphs": len(paragraphs),
         "qas": [{"id": f"q{n}", "question": "How much did it cost?", "answers": ["euros"],
                  "answer_starts": [0], "paragraph_index": 0}]}
        for n, (title, paragraphs) in enumerate(STORIES)])
    return root


BENCHMARKS = {
    "extraction": ([], r"\(c\) bot extract_article\s+\d\.\d{3}"),
    "summaries": (["--workers", "1"], r"BBC: 8 articles"),
    "quotes": ([], r"detection recall\s+\d\.\d{3}"),
    "speed": ([], r"answer per question \(3 questions\), ms\s+\d"),
    "train_summary": ([], r"BBC\s+held out\s+\d+ articles\s+bot R1 \d"),
    "feeds": (["--feeds", "3", "--chats", "2", "--new", "1"], r"full polling round, 3 feeds"),
    "retention": (["--days", "40", "--items-per-day", "40", "--feeds", "2"],
                  r"with pruning: [\d.]+ MB, [\d.]+ MB .* each posted once: True"),
    "pdfs": (["--articles", "2"], r"pypdf\s+\d\.\d{3}"),
    "features": ([], r"Table-layout pages: 6 pages, 16 facts\s+fact recall\s+TL;DR \d\.\d{3}"),
}
NEEDS = {"extraction": "extraction/", "summaries": "summarization", "quotes": "summarization-cnndm/",
         "speed": "qa/", "train_summary": "summarization", "pdfs": "extraction/", "features": "extraction/html"}


def run_benchmark(name: str, data: Path, *args: str) -> subprocess.CompletedProcess:
    return subprocess.run([sys.executable, "-m", f"bench.{name}", "--data", str(data), *args], cwd=REPO_ROOT,
                          env=child_environment({}), capture_output=True, text=True, timeout=300)


@pytest.fixture(scope="module")
def share(tmp_path_factory: pytest.TempPathFactory) -> Path:
    return make_share(tmp_path_factory.mktemp("share"))


@pytest.mark.parametrize("name", BENCHMARKS)
def test_each_benchmark_runs_on_any_share(name: str, share: Path) -> None:
    args, numbers = BENCHMARKS[name]
    result = run_benchmark(name, share, *args)
    assert result.returncode == 0, result.stderr[-3000:]
    assert "has no" not in result.stdout, result.stdout
    assert re.search(numbers, result.stdout), result.stdout


@pytest.mark.parametrize("name", NEEDS)
def test_a_share_without_the_set_gets_a_note_and_exit_0(name: str, tmp_path: Path) -> None:
    result = run_benchmark(name, tmp_path / "empty-share")
    assert result.returncode == 0, result.stderr[-3000:]
    assert "note:" in result.stdout and NEEDS[name] in result.stdout, result.stdout
    assert "Traceback" not in result.stderr


@pytest.mark.parametrize("name", ["bot_load", "instances", *BENCHMARKS])
def test_every_benchmark_takes_the_same_data_option(name: str, tmp_path: Path) -> None:
    """Those that read no data (load and instance benchmarks) still accept --data, like the rest."""
    result = run_benchmark(name, tmp_path, "--help")
    assert result.returncode == 0, result.stderr[-3000:]
    assert "--data DIR" in result.stdout
