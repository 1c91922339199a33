"""bench.stalls on small clones of our own making: every page timed per stage, a crash named with its page.

The clones hold invented pages (a fundus clone of three, a newspaper clone of one story and one page
holding a number of 5,000 digits, which the answer index failed on); every other source points at a
folder that does not exist, so the run takes seconds and reads no mirror.
"""

from __future__ import annotations

import json
import re
from pathlib import Path

from tests.bench.test_any_share import run_benchmark
from tests.bench.test_fresh_pages import NEWSPAPER_PAGE, make_newspaper
from tests.bench.test_fundus import make_clone
from tests.e2e import articles

LONG_NUMBER_PAGE = "tests/data/html/coast.example2.html"
STAGES = ("read", "document", "summary", "quotes", "index", "questions", "total")


def test_every_page_is_timed_per_stage_and_none_crashes(tmp_path: Path) -> None:
    fundus = make_clone(tmp_path / "fundus")
    newspaper = make_newspaper(tmp_path / "newspaper")
    long_number = "<p>The club's banner shows a prime of 5,000 digits: " + "7" * 5_000 + ".</p>"
    (newspaper / LONG_NUMBER_PAGE).write_text(articles.GARDEN.replace("</article>", long_number + "</article>"),
                                              encoding="utf-8")
    out = tmp_path / "pages.jsonl"
    absent = str(tmp_path / "none")
    result = run_benchmark("stalls", tmp_path, "--fundus", str(fundus), "--newspaper", str(newspaper),
                           *(argument for source in ("trafilatura", "readability", "postlight", "htmldate", "scrapinghub")
                             for argument in (f"--{source}", absent)),
                           "--slowest", "3", "--out", str(out))
    assert result.returncode == 0, result.stderr[-3000:]
    assert "5 pages: 5 read through, 0 refused, 0 crashed or stalled" in result.stdout, result.stdout
    for stage in STAGES:
        assert re.search(rf"^{stage}\s+5(\s+\d+\.\d{{3}}){{6}}$", result.stdout, re.M), (stage, result.stdout)
    assert len(re.findall(r"^\s+\d+\.\d\d\s+\d+\.\d\d\s+\w+\s+(?:fundus|newspaper):", result.stdout, re.M)) == 3
    assert "0 crashes and stalls" in result.stdout
    rows = [json.loads(line) for line in out.read_text().splitlines()]
    assert {row["page"] for row in rows} >= {NEWSPAPER_PAGE, LONG_NUMBER_PAGE}
    assert all(set(row["seconds"]) == set(STAGES[:-1]) == set(row["cpu"]) for row in rows)
