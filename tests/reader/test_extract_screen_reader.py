"""Labels written for screen readers only, a drawing's name and a picture's file name are no part of
the story a reader sees (an untuned Golem page, 2026-12-01: every outside link said "(öffnet im
neuen Fenster)" inside the sentence)."""

from __future__ import annotations

from bot.reader.extract.clutter import is_clutter
from bot.reader.extract.page import extract_article
from tests.support.ferry_story import LINES, URL, ferry_page


def _linked(line: str, label_class: str, label: str) -> str:
    """The line with its first word a link that carries a hidden label, as Golem's links do."""
    first, rest = line.split(" ", 1)
    return f'<p><a href="https://example.org/x">{first}<span class="{label_class}">{label}</span></a> {rest}</p>'


def test_a_screen_reader_label_inside_a_link_is_not_read():
    labels = (("go-vh", "(öffnet im neuen Fenster)"), ("sr-only", "(opens in a new tab)"),
              ("visually-hidden", "(s'ouvre dans un nouvel onglet)"), ("screen-reader-text", "Share on Facebook"))
    body = "".join(_linked(line, *labels[i % len(labels)]) for i, line in enumerate(LINES))
    article = extract_article(ferry_page(body), URL)
    assert article.paragraphs == LINES


def test_a_long_hidden_block_is_kept_since_a_script_may_show_it():
    """A site that hides the whole story until a script runs must not lose it."""
    body = f'<div><span class="visually-hidden">{LINES[0]}</span></div>' + "".join(f"<p>{line}</p>" for line in LINES[1:])
    article = extract_article(ferry_page(body), URL)
    assert article.paragraphs[0] == LINES[0]


def test_a_link_ending_before_the_full_stop_leaves_no_space_before_it():
    """Golem's links end in a hidden label and a line break, so "nicht zu erfahren ." was shown."""
    first, rest = LINES[0].rstrip(".").rsplit(" ", 1)
    body = (f'<p>{first} <a href="https://example.org/x">{rest}<span class="go-vh">(opens in a new tab)</span></a>\n .</p>'
            + "".join(f"<p>{line}</p>" for line in LINES[1:]))
    assert extract_article(ferry_page(body), URL).paragraphs == LINES


def test_a_logo_drawn_in_the_pages_heading_is_not_the_title():
    """Politico's page header is an <h1> holding its logo, an <svg> named "POLITICO" and described
    as "Politico Logo"; the story has no <h1> of its own, and its title came out "POLITICO Politico Logo"."""
    logo = ('<header><h1><a href="https://harbour.example/"><svg viewBox="0 0 9 9"><title>HARBOUR</title>'
            '<desc>Harbour News Logo</desc><path d="M0 0h9v9z"/></svg></a></h1></header>')
    page = (f"<html><head><title>Ferry line approved - Harbour News</title></head><body>{logo}"
            f"<article>{''.join(f'<p>{line}</p>' for line in LINES)}</article></body></html>")
    article = extract_article(page, URL)
    assert (article.title, article.paragraphs) == ("Ferry line approved", LINES)


def test_a_pictures_file_name_printed_as_a_paragraph_is_not_read():
    """al.com's story opened with the paragraph "skimming scheme seized cash and cards.jpg", where
    the content system printed the picture's file name in place of its caption; a sentence that
    ends by naming a file in words stays."""
    body = "<p>old pier at dawn.JPG</p>" + "".join(f"<p>{line}</p>" for line in LINES)
    assert extract_article(ferry_page(body), URL).paragraphs == LINES
    assert not is_clutter("The board posted the timetable as a picture, timetable.jpg, for those without the app.")
