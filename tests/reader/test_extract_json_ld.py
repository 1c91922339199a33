"""A live blog's JSON-LD, with every post of the blog in it, is cut to its metadata before it is read
(fundus's Mirror live blog: 840 KB of it took trafilatura 1.5-6 s), and what it says of the page stays."""

from __future__ import annotations

import json

from lxml.html import fromstring

from bot.reader.extract.json_ld import MAX_CHARS, cut_json_ld
from bot.reader.extract.page import extract_article

POSTS = [{"@type": "BlogPosting", "articleBody": f"Reporters heard a &quot;loud bang&quot; near the station, post {n}. " * 5}
         for n in range(1500)]
"""Each post quotes as the page does (`&quot;`): trafilatura reads the marks as quotes and the JSON
as broken, and searches the whole script with its regular expressions instead."""
LIVE_BLOG = {"@context": "https://schema.org", "@type": "LiveBlogPosting", "headline": "Protests across the country - updates",
             "datePublished": "2024-08-04T13:23:00Z", "author": [{"@type": "Person", "name": "Lucy Thornton"},
                                                                {"@type": "Person", "name": "Tim Hanlon"}],
             "liveBlogUpdate": POSTS}
PARAGRAPHS = "".join(f"<p>Counter protesters gathered in the city centre for the {n}th time this week, and police kept "
                     f"the two groups apart on either side of the square until the evening, officers said.</p>"
                     for n in range(1, 9))


def page() -> str:
    return (f'<html lang="en"><head><title>Protests across the country - updates</title>'
            f'<script type="application/ld+json">{json.dumps(LIVE_BLOG)}</script></head>'
            f"<body><article><h1>Protests across the country - updates</h1>{PARAGRAPHS}</article></body></html>")


def test_a_live_blog_with_its_posts_in_json_ld_is_read_with_its_date() -> None:
    html = page()
    assert len(html) > 10 * MAX_CHARS
    article = extract_article(html, "https://news.example/live/protests")
    assert article.date == "2024-08-04"
    assert article.title == "Protests across the country - updates"
    assert len(article.paragraphs) == 8


def test_only_the_long_script_is_cut_and_its_metadata_stays() -> None:
    short = {"@type": "NewsArticle", "headline": "Short", "articleBody": "x" * 6000}
    tree = fromstring(f'<html><head><script type="application/ld+json">{json.dumps(LIVE_BLOG)}</script>'
                      f'<script type="application/ld+json">{json.dumps(short)}</script></head><body></body></html>')
    cut_json_ld(tree)
    long_script, short_script = (json.loads(s.text) for s in tree.xpath("//script"))
    assert long_script["author"] == LIVE_BLOG["author"] and long_script["datePublished"] == "2024-08-04T13:23:00Z"
    assert len(long_script["liveBlogUpdate"]) < len(POSTS)
    assert short_script == short
