"""Issue 15, sub-headings a page sets in a `<div>` named for one (extract33, 2026-12-02): a
fact-check's "Our ruling" and an explainer's section questions, each a `<div class="…subheadline">`
between paragraphs, never reached the article. The page here is written for the test in that form."""

from __future__ import annotations

from lxml.html import fromstring

from bot.reader.extract.classed_headings import mark_classed_subheadings
from bot.reader.pipeline import read_html

_STORY = """<html><head><title>Who pays for the new quay</title></head><body>
<article><h1>Who pays for the new quay</h1>
<div class="story-subheadline">The harbour board says ferry passengers will not pay more</div>
<p>The harbour board approved a new quay for the island ferries on Tuesday, at a cost of twelve
million euros spread over the next four years of its budget.</p>
<p>Board members said the old quay had been patched so often that divers now inspect it every
month, and that a winter storm could close it for weeks.</p>
<div class="story-subheadline">Where does the money come from?</div>
<p>Most of the money comes from a regional transport fund, and the rest from the fees that cargo
ships pay to unload at the harbour, the board's treasurer said.</p>
<p>Ferry tickets will stay at their present price until the quay opens, and the board will review
them only after its first full year of use.</p>
</article></body></html>"""


def test_a_div_named_a_subheading_between_paragraphs_is_read_as_a_heading() -> None:
    article = read_html(_STORY, "https://harbour.example/quay")
    place = article.paragraphs.index("Where does the money come from?")
    assert place in article.headings
    assert article.paragraphs[place + 1].startswith("Most of the money comes")


def test_the_same_class_over_the_first_paragraph_stays_a_standfirst() -> None:
    tree = fromstring(_STORY)
    mark_classed_subheadings(tree)
    assert [element.text for element in tree.iter("h3")] == ["Where does the money come from?"]
