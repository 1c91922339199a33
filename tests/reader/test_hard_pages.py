"""Hard pages a reader meets (issue 15): a long feature that opens with a scene, and an old
table-layout site in a legacy encoding with its menus, breadcrumbs, timestamps and byline in the
text. Both are fetched from a real server on 127.0.0.1, as a link sent to the bot would be."""

from __future__ import annotations

import re
from pathlib import Path

import pytest

from bot.reader.article import Article
from bot.reader.pipeline import ask, digest, fetch_article, read_text
from bot.reader.summary.compose import Length
from tests.reader.test_fetch import LOCAL
from tests.support.pages import PageServer

FIXTURES = Path(__file__).resolve().parent.parent / "fixtures" / "hard_pages"
HEADLINE = "Old paper mill to become 120 flats after council vote"
CLUTTER = re.compile(
    r"\||Home\b|Local News|Sections|Obituaries|Classifieds|Last updated|10:42|>|::|Millbrook Courier"
    r"|Margaret Ellison|Staff Writer|March 14, 2006|Print this story|E-mail|Copyright")
"""The old site's menu, section column, breadcrumb trail, timestamp, byline and footer."""
DECLARED = b'<meta http-equiv="Content-Type" content="text/html; charset=iso-8859-1">\n'


def fixture(name: str) -> bytes:
    return (FIXTURES / name).read_bytes()


def shown_texts(article: Article) -> list[str]:
    """Everything a reader sees of the article: title, every summary length, answers to questions."""
    texts = [article.title]
    for length in Length:
        summary = digest(article, length, quotes=0).summary
        texts += [summary.tldr.text, *(s.text for s in summary.sentences)]
    for question in ("When was this updated?", "Who wrote this?", "How many flats will be built?"):
        texts += [s.text for s in ask(article, question).sentences]
    return texts


async def test_a_long_feature_tldr_carries_the_central_fact_not_the_opening_scene(pages_server: PageServer) -> None:
    url = pages_server.add("/features/kessvik", fixture("long_feature.html"))
    article = await fetch_article(url, LOCAL)
    assert len(article.paragraphs) >= 60
    for length in Length:
        tldr = digest(article, length, quotes=0).summary.tldr.text
        assert "412 to 96" in tldr and "3.4 million euros" in tldr, (length, tldr)
        assert "fog" not in tldr.lower() and "gulls" not in tldr.lower()


@pytest.mark.parametrize("declared", [True, False], ids=["charset declared", "charset undeclared"])
async def test_an_old_table_layout_page_shows_the_story_alone(pages_server: PageServer, declared: bool) -> None:
    page = fixture("cp1252_table_layout.html")
    url = pages_server.add("/news/local/mill.html", page if declared else page.replace(DECLARED, b""),
                           content_type="text/html")
    article = await fetch_article(url, LOCAL)
    assert article.title == HEADLINE
    assert "the town’s roads" in "\n".join(article.paragraphs), "cp1252 quotes read as such"
    assert article.author == "Margaret Ellison"
    assert article.date == "2006-03-14"
    for text in shown_texts(article):
        assert not CLUTTER.search(text), text
    tldr = digest(article, Length.SHORT, quotes=0).summary.tldr.text
    assert tldr.startswith("The Millbrook town council voted 7 to 2")


def test_the_same_page_pasted_gets_the_same_clutter_removal() -> None:
    article = read_text((FIXTURES / "pasted_table_layout.txt").read_text(encoding="utf-8"))
    assert article.title == HEADLINE
    assert article.author == "Margaret Ellison"
    assert article.date == "March 14, 2006"
    for text in shown_texts(article):
        assert not CLUTTER.search(text), text


STORY_IN_A_CELL = """<html><head><title>Council. Ferry service to resume in May</title></head><body>
<table><tr><td class="menu"><a href="/">Home</a></td></tr><tr><td>
<table><tr valign="top"><td class="single_content">
<h1>Council. Ferry service to resume in May</h1>
<div class="article_date">November 20, 2019 - 11:28</div>
<p>Harbourtown - The ferry between Harbourtown and the island of Selm will run again from 4 May, the
town council decided on Tuesday after a debate that lasted most of the evening and drew a full gallery.</p>
<p>At least 340 islanders signed the petition that asked the council to restore the crossing, which
was stopped two years ago when the old boat failed its safety inspection at the yard.</p>
<p>The new boat, built in Norway, carries 120 passengers and twelve cars, and it will make six
crossings a day in summer and four in winter, according to the harbour master of the town.</p>
</td><td class="sidebar"><table><tr><td><a href="/news/1">Mayor opens the new library</a></td></tr>
<tr><td>The library on Mill Street has ten thousand books.</td></tr></table></td></tr></table>
</td></tr></table></body></html>"""


async def test_a_story_laid_out_in_a_table_cell_keeps_its_paragraphs(pages_server: PageServer) -> None:
    url = pages_server.add("/news/ferry.html", STORY_IN_A_CELL.encode(), content_type="text/html")
    article = await fetch_article(url, LOCAL)
    assert article.title == "Council. Ferry service to resume in May"
    assert len(article.paragraphs) == 3, article.paragraphs
    assert article.paragraphs[0].startswith("Harbourtown - The ferry"), "no headline or date glued on"
    answer = ask(article, "How many islanders signed the petition?")
    assert answer.sentences[0].text.startswith("At least 340 islanders")
    assert answer.sentences[0].paragraph == 1
