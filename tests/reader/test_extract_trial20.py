"""A new-user trial of the reading pipeline on 130 untuned pages (Mozilla Readability's test
pages, kept outside the repository): what a reader noticed there, on small pages written here."""

from __future__ import annotations

import htmldate.extractors
import pytest

from bot.reader.extract.page import extract_article

STORY = "".join(
    f"<p>{line}</p>" for line in (
        "The harbour board approved a new ferry line to the northern islands on Tuesday evening.",
        "Boats will leave the old pier every two hours from May, and tickets will cost four euros.",
        "Fishermen had asked for the line for years, since the road around the bay closes each winter.",
        "The board expects about 900 passengers a day in the first summer of the service.",
    )
)


def test_a_byline_with_a_spanish_date_is_read_without_the_slow_date_parser(monkeypatch):
    """A byline holding a date with a month name in Spanish, where the story is English (a
    syndicated or translated page) or Spanish, was handed to dateparser, which tried all its
    locales: 5 to 27 s in a fresh reader process, past the reading deadline."""
    def slow_parser(string):
        raise AssertionError(f"dateparser asked about {string!r}")

    monkeypatch.setattr(htmldate.extractors, "_external_date", slow_parser)
    html = ("<html><head><title>Ferry line to the islands</title>"
            "</head><body><article><h1>Ferry line to the islands</h1>"
            '<div class="byline">por Ana Ruiz 1 de diciembre de 2017 3:00</div>'
            f"{STORY}</article></body></html>")
    article = extract_article(html, "https://harbour.example/news/ferry")
    assert article.paragraphs[0].startswith("The harbour board approved")
