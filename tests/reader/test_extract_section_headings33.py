"""Issue 15, a section's heading over its first sub-heading (extract33, 2026-12-02): a report sets
"Status quo" as an `<h3>` with its parts under `<h4>`s, and the heading right over another heading
was taken for one whose paragraphs had been removed, so the section lost its name. The page here is
written for the test in that form."""

from __future__ import annotations

from bot.reader.pipeline import read_html

_STORY = """<html><head><title>Harbour records go digital</title></head><body>
<article><h1>Harbour records go digital</h1>
<h2>Harbour office</h2><h3>News from the quay</h3>
<p>The harbour office will move its paper records to a shared digital register next spring, after
years in which every ship's papers were copied by hand at each of the three quays.</p>
<p>Skippers have long complained that the same forms are filled in twice, once for the pilots and
once for the customs officers, and that a lost copy can keep a ship waiting for a day.</p>
<h3>Status quo</h3>
<h4>Paper in every office</h4>
<p>Today each quay keeps its own ledgers, and the pilots, the customs officers and the harbour
master all hold separate copies that nobody compares until something goes wrong.</p>
<h4>Nobody sees the whole voyage</h4>
<p>A ship that calls at two quays is recorded twice, and the office cannot say how long it spent
in the harbour without reading both ledgers side by side.</p>
</article></body></html>"""


def test_a_sections_heading_over_its_first_sub_heading_stays_with_it() -> None:
    article = read_html(_STORY, "https://harbour.example/records")
    headings = [article.paragraphs[i] for i in sorted(article.headings)]
    assert headings[-3:] == ["Status quo", "Paper in every office", "Nobody sees the whole voyage"]


def test_a_label_over_a_kicker_above_the_story_is_no_section() -> None:
    article = read_html(_STORY, "https://harbour.example/records")
    assert "Harbour office" not in article.paragraphs
