"""bench.extraction --source scrapinghub: the whole benchmark read from a clone, scored per half.

The clone is invented by the test in the benchmark's layout (`html/<id>.html.gz` and the
`articleBody` of each page in `ground-truth.json` beside them), so nothing of the real pages is read.
"""

from __future__ import annotations

import gzip
import json
import re
from pathlib import Path

import pytest

from bench.extraction import lines
from tests.bench.test_any_share import STORIES, run_benchmark, write_jsonl
from tests.e2e import articles

EXTRA = "The council also voted to paint every ferry in the colours of the old harbour flag."
"""A true paragraph no page holds: the extraction must count it dropped."""
STUB = "<html><body><p>Subscribe to continue reading this story.</p></body></html>"


def make_clone(root: Path) -> Path:
    """Four pages by sorted name: a0 and a2 the dev half, a1 and a3 the check half."""
    (root / "html").mkdir(parents=True)
    ferry, garden, rail = STORIES
    pages = {"a0": (articles.page(ferry[0], ferry[1]), ferry[1] + [EXTRA]),
             "a1": (articles.page(rail[0], rail[1]), rail[1] + [EXTRA.replace("council", "railway")]),
             "a2": (articles.page(garden[0], garden[1]), garden[1][1:]),
             "a3": (STUB, rail[1])}
    truth = {}
    for name, (page, body) in pages.items():
        (root / "html" / f"{name}.html.gz").write_bytes(gzip.compress(page.encode()))
        truth[name] = {"url": f"https://news.example/{name}", "articleBody": "\n\n".join(body)}
    (root / "ground-truth.json").write_text(json.dumps(truth), encoding="utf-8")
    return root


@pytest.fixture(scope="module")
def clone(tmp_path_factory: pytest.TempPathFactory) -> Path:
    return make_clone(tmp_path_factory.mktemp("scrapinghub"))


def test_each_half_is_scored_by_words_and_by_paragraph(clone: Path, tmp_path: Path) -> None:
    write_jsonl(tmp_path / "extraction" / "dev.ground_truth.jsonl", [{"id": "a0"}])
    result = run_benchmark("extraction", tmp_path, "--source", "scrapinghub", "--scrapinghub", str(clone),
                           "--pages", "--misses")
    assert result.returncode == 0, result.stderr[-3000:]
    out = result.stdout
    assert re.search(r"^dev \(2\)\s+\(c\) bot extract_article\s+\d\.\d{3}", out, re.M), out
    assert re.search(r"^  dev, not in share \(1\)\s+\(c\)", out, re.M), out
    assert re.search(r"^check \(2\)\s+\(c\)", out, re.M), out
    # dev: a0 drops the invented last paragraph, a2 keeps the lead its truth leaves out
    assert re.search(r"^dev\s+2\s+1/1p\s+1/1p\s+1\s+0\s+0\s+1\s+0$", out, re.M), out
    assert "refused: 1, wrongly (the truth has a body): 1" in out, out
    assert "- the council also voted to paint every ferry" in out, out
    assert "railway also voted" not in out, out  # the check half's misses stay unread


def test_a_short_line_is_article_only_with_its_words_in_a_row() -> None:
    found = lines("Anna Berg said the ferry would run.\n\nIt costs three euros.",
                  "By Mara Lind\n\nAnna Berg said the ferry would run.\n\nThree euros")
    assert found.kept == ["by mara lind"] and found.first_kept and not found.last_kept
    assert found.dropped == ["it costs three euros"] and found.last_dropped and not found.lead_dropped
