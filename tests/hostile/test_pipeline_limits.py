"""Pages built to stall the reading pipeline stay within a few seconds and a bounded memory.

Through the bot, tests/hostile/test_servers.py sends such a page as a user would; here the two
caps are checked where they live, with pages too big for the 1 MB limit the e2e bot runs with.
"""

from __future__ import annotations

import time

from bot.reader import pipeline
from bot.reader.article import Article
from bot.reader.text.document import MAX_SENTENCES, build_document
from bot.reader.extract.page import MAX_BLOCKS
from tests.e2e import articles

SECONDS = 10.0
"""CPU seconds of this process, generous; before the caps these pages took over a minute. CPU
time, not wall time: other test workers share the cores, and the caps are what is checked."""


def test_a_page_of_a_hundred_thousand_paragraphs_is_read_from_its_top() -> None:
    filler = "".join(f"<p>Line {n} of the endless list is here.</p>\n" for n in range(100_000))
    html = articles.GARDEN.replace("</article>", filler + "</article>")
    started = time.process_time()
    digest = pipeline.digest(pipeline.read_html(html, "https://example.com/garden"))
    assert time.process_time() - started < SECONDS
    assert "rooftop garden" in digest.summary.tldr.text
    assert len(digest.article.paragraphs) <= MAX_BLOCKS


def test_one_paragraph_of_endless_sentences_is_summarized_from_its_first_ones() -> None:
    sentences = " ".join(f"Volunteer number {n} planted a row of beans on the roof today." for n in range(30_000))
    article = Article(title="Beans", paragraphs=(sentences,), language="en")
    started = time.process_time()
    document = build_document(article)
    digest = pipeline.digest(article)
    assert time.process_time() - started < SECONDS
    assert len(document.sentences) == MAX_SENTENCES
    assert document.sentences[-1].text.startswith(f"Volunteer number {MAX_SENTENCES - 1} ")
    assert digest.summary.tldr.text.startswith("Volunteer number")
