"""bench.fundus reads a fundus clone (a work tree or a bare repository) and prints its numbers.

The clone here is invented by the test in fundus's layout (one country, two publishers, one of them
with two parser versions), so the benchmark runs in seconds and never reads the real pages.
"""

from __future__ import annotations

import gzip
import json
import re
import subprocess
from pathlib import Path

import pytest

from bench.fundus import TEST_DATA
from tests.bench.test_any_share import STORIES, run_benchmark
from tests.e2e import articles

PAGES = [  # file, url, crawl date, version, story
    ("HarbourTimes_2024_03_14.html.gz", "https://harbour.example/ferry", "2024-03-14 10:00:00", "V1", 0),
    ("HarbourTimes_2025_06_01.html.gz", "https://harbour.example/garden", "2025-06-01 10:00:00", "V2", 1),
    ("CoastPost_2024_05_02.html.gz", "https://coast.example/rail", "2024-05-02 10:00:00", "V1", 2),
]


def make_clone(root: Path) -> Path:
    folder = root / TEST_DATA / "xx"
    folder.mkdir(parents=True)
    meta, truths = {}, {}
    for file, url, crawled, version, story in PAGES:
        title, paragraphs = STORIES[story]
        (folder / file).write_bytes(gzip.compress(articles.page(title, paragraphs).encode()))
        meta[file] = {"url": url, "crawl_date": crawled}
        truths.setdefault(file.split("_")[0], {})[version] = {
            "title": title, "authors": ["Mara Lind"], "publishing_date": "2024-03-14 09:00:00+00:00",
            "body": {"summary": paragraphs[:1], "sections": [{"headline": [], "paragraphs": paragraphs[1:]}]}}
    (folder / "meta.info").write_text(json.dumps(meta), encoding="utf-8")
    for publisher, versions in truths.items():
        (folder / f"{publisher}.json").write_text(json.dumps(versions), encoding="utf-8")
    return root


@pytest.fixture(scope="module")
def clone(tmp_path_factory: pytest.TempPathFactory) -> Path:
    return make_clone(tmp_path_factory.mktemp("fundus"))


def test_a_work_tree_is_read_and_scored_per_country(clone: Path, tmp_path: Path) -> None:
    result = run_benchmark("fundus", tmp_path, "--fundus", str(clone), "--pages")
    assert result.returncode == 0, result.stderr[-3000:]
    assert "3 pages of 2 publishers in 1 countries" in result.stdout
    total = re.search(r"^all\s+3\s+0\s+0\s+(\d\.\d{3})\s+(\d\.\d{3})\s+3\s+3/3\s+0/3\s+3/3", result.stdout, re.M)
    assert total, result.stdout
    assert float(total[1]) > 0.9 and float(total[2]) > 0.9
    assert result.stdout.count("title ok") == 3


def test_a_bare_repository_is_read_through_git(clone: Path, tmp_path: Path) -> None:
    bare = tmp_path / "bare"
    git = ["git", "-c", "user.name=t", "-c", "user.email=t@example.org", "-C", str(clone)]
    subprocess.run([*git, "init", "-q"], check=True)
    subprocess.run([*git, "add", "-A"], check=True)
    subprocess.run([*git, "commit", "-qm", "pages"], check=True)
    subprocess.run(["git", "clone", "-q", "--bare", str(clone), str(bare)], check=True)
    result = run_benchmark("fundus", tmp_path, "--fundus", str(bare))
    assert result.returncode == 0, result.stderr[-3000:]
    assert re.search(r"^all\s+3\s+0\s+0\s", result.stdout, re.M), result.stdout


def test_a_folder_without_fundus_pages_gets_a_note_and_exit_0(tmp_path: Path) -> None:
    result = run_benchmark("fundus", tmp_path, "--fundus", str(tmp_path / "nowhere"))
    assert result.returncode == 0, result.stderr[-3000:]
    assert "note:" in result.stdout
