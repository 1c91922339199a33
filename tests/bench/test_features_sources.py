"""bench.features reads a case's page from where its "page" says: the repository's saved copies,
the data share, or a clone of fundus, newspaper or trafilatura (never copied here); a page it
cannot reach is named and left out, not a crash."""

from __future__ import annotations

import gzip
from pathlib import Path

from bench.features import Sources
from bench.fresh_pages import TRAFILATURA_DATA
from bench.fundus import TEST_DATA, Clone


def _sources(tmp_path: Path) -> Sources:
    fundus = tmp_path / "fundus"
    (fundus / TEST_DATA / "xx").mkdir(parents=True)
    (fundus / TEST_DATA / "xx" / "Harbour_2024.html.gz").write_bytes(gzip.compress(b"<html>fundus</html>"))
    trafilatura = tmp_path / "trafilatura"
    (trafilatura / TRAFILATURA_DATA / "eval").mkdir(parents=True)
    (trafilatura / TRAFILATURA_DATA / "eval" / "old.html").write_bytes("<html>caf\xe9</html>".encode("latin-1"))
    return Sources(tmp_path / "data", {"fundus": Clone(fundus, TEST_DATA),
                                       "trafilatura": Clone(trafilatura, TRAFILATURA_DATA),
                                       "newspaper": Clone(tmp_path / "absent", "tests/data")})


def test_pages_are_read_from_the_clones_byte_for_byte(tmp_path: Path) -> None:
    sources = _sources(tmp_path)
    assert sources.page_bytes({"page": "fundus:xx/Harbour_2024.html.gz"}) == b"<html>fundus</html>"
    assert sources.page_bytes({"page": "trafilatura:eval/old.html"}) == "<html>caf\xe9</html>".encode("latin-1"), \
        "a legacy encoding reaches the bot undecoded, as on a download"


def test_a_page_out_of_reach_is_named_not_read(tmp_path: Path) -> None:
    sources = _sources(tmp_path)
    assert sources.missing({"page": "fundus:xx/Harbour_2024.html.gz"}) == ""
    assert sources.missing({"page": "trafilatura:eval/gone.html"}) == "not in the trafilatura clone"
    assert sources.missing({"page": "newspaper:html/cnn1.html"}).startswith("no newspaper clone at")
    assert sources.missing({"page": "share:abc"}).startswith("not in ")
