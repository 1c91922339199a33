"""Issue 15, a slideshow's headings glued to their captions (extract28, 2026-12-02): newspaper's
bhg.com1 sets each idea as a list item of a heading and a paragraph, which trafilatura's fallback
read as one paragraph, and the summary's sentences opened with the headings ("Tabletop Pumpkin
Display Repetition of color -- …"). Lines and pages written here in that form."""

from __future__ import annotations

from lxml.html import fromstring

from bot.reader.extract.clutter import Block
from bot.reader.extract.glued_headings import split_glued_headings, subheading_keys

_PAGE = fromstring(
    "<html><body><h1>Ideas for a harbour weekend</h1><ul>"
    "<li><h2>Harbour Lantern Walk</h2><p>Hang paper lanterns along the old pier for an evening walk.</p></li>"
    "<li><h2>Ferry Deck Picnic</h2><p>Pack a basket and take the morning boat.</p></li>"
    "<li><a href='/other'><h3>Other stories from the bay</h3></a></li>"
    "<li><h3>Tides</h3></li></ul></body></html>"
)


def test_the_pages_subheadings_are_read_but_not_linked_headlines_or_single_words() -> None:
    assert subheading_keys(_PAGE) == {"harbour lantern walk", "ferry deck picnic"}


def test_a_heading_glued_to_its_paragraph_is_cut_off_as_a_heading() -> None:
    glued = Block("Harbour Lantern Walk Hang paper lanterns along the old pier for an evening walk that neighbours remember.")
    assert list(split_glued_headings([glued], subheading_keys(_PAGE))) == [
        Block("Harbour Lantern Walk", heading=True),
        Block("Hang paper lanterns along the old pier for an evening walk that neighbours remember."),
    ]


def test_a_sentence_opening_with_a_headings_words_stays_whole() -> None:
    lines = [
        Block("Harbour lantern walk organisers said more than 900 people came to the old pier on Saturday."),
        Block("Ferry Deck Picnic tickets sold out in an hour."),
        Block("Harbour Lantern Walk", heading=True),
    ]
    assert list(split_glued_headings(lines, subheading_keys(_PAGE))) == lines
