"""A home or section page that is a list of other stories' teasers is no article, canonical or not;
a story whose paragraphs carry links of their own is still read."""

from __future__ import annotations

import pytest

from bot.errors import NotAnArticle
from bot.reader.extract.page import extract_article

STORIES = [
    ("Harbour council approves night ferry service", "The harbour council approved a night ferry service on "
     "Thursday, the first time in twenty years that boats will cross the bay after midnight."),
    ("City opens a rooftop garden on the old fire station", "The city opened a rooftop garden on the old fire "
     "station on Saturday, turning bare concrete into beds of vegetables and herbs."),
    ("Rail line to the coast reopens after the floods", "The rail line to the coast reopened on Monday, three "
     "months after floods washed away a bridge near the river mouth."),
    ("School board delays vote on new term dates", "The school board put off its vote on new term dates after "
     "parents asked for more time to comment on the plan."),
    ("Museum returns carved mask to its home island", "A carved mask taken from the island in 1891 was handed "
     "back on Friday at a ceremony attended by the island's elders."),
    ("Fishermen protest against new quota rules", "Dozens of boats blocked the harbour entrance on Tuesday in "
     "protest at quota rules they say will end small family fleets."),
]


def home_page(card: str) -> str:
    cards = "".join(card.format(n=n, title=title, blurb=blurb) for n, (title, blurb) in enumerate(STORIES))
    return (f'<html lang="en"><head><title>The Bay Courier - News from the bay</title></head><body>'
            f'<nav><a href="/">Home</a> <a href="/news">News</a></nav><main>{cards}</main>'
            f"<footer>Copyright 2024 The Bay Courier</footer></body></html>")


@pytest.mark.parametrize("card", [
    '<article><h2><a href="/news/{n}/story">{title}</a></h2><p>{blurb}</p></article>',
    '<div class="teaser"><a href="/news/{n}/story"><img src="/{n}.jpg" alt=""></a>'
    '<div class="text"><h3><a href="/news/{n}/story">{title}</a></h3><div class="blurb">{blurb}</div></div></div>',
    '<li><a href="/news/{n}/story"><span>{title}</span></a><p>{blurb} <a href="/news/{n}/story">More</a></p></li>',
])
def test_a_home_page_of_teaser_cards_without_a_canonical_address_is_no_article(card: str) -> None:
    for url in ("https://baycourier.example/", "https://baycourier.example/news/local", None):
        with pytest.raises(NotAnArticle):
            extract_article(home_page(card), url)


def test_a_story_whose_paragraphs_link_elsewhere_is_read() -> None:
    paragraphs = "".join(f'<p>{blurb} Read the <a href="/news/{n}/story">council minutes of the meeting</a> online.</p>'
                         for n, (_, blurb) in enumerate(STORIES))
    html = (f'<html lang="en"><head><title>A week on the bay</title></head><body><article><h1>A week on the bay</h1>'
            f'{paragraphs}</article><aside><h3><a href="/other">Other stories from the bay</a></h3></aside></body></html>')
    article = extract_article(html, "https://baycourier.example/news/week-on-the-bay")
    assert len(article.paragraphs) == len(STORIES)


def test_a_story_beside_a_box_of_three_teasers_is_read() -> None:
    body = "".join(f"<p>{blurb} Officials said more details would follow next week.</p>" for _, blurb in STORIES)
    box = "".join(f'<div class="related"><h4><a href="/news/{n}/story">{title}</a></h4><p>{blurb}</p></div>'
                  for n, (title, blurb) in enumerate(STORIES[:3]))
    html = (f'<html lang="en"><head><title>A week on the bay</title></head><body><article><h1>A week on the bay</h1>'
            f'{body}</article><aside>{box}</aside></body></html>')
    article = extract_article(html, "https://baycourier.example/news/week-on-the-bay")
    assert article.paragraphs[0].startswith("The harbour council approved")


def test_a_box_of_teasers_inside_their_links_after_the_story_is_left_out() -> None:
    body = "".join(f"<p>{blurb} Officials said more details would follow next week.</p>" for _, blurb in STORIES[:4])
    box = "".join(f'<li><a href="/news/{n}/story">\n<div>\n<h4>{title}</h4>\n<p>{blurb}</p>\n</div>\n</a></li>'
                  for n, (title, blurb) in enumerate(STORIES[4:]))
    html = (f'<html lang="en"><head><title>A week on the bay</title></head><body><article><h1>A week on the bay</h1>'
            f'{body}<div class="box"><ul>{box}</ul></div></article></body></html>')
    article = extract_article(html, "https://baycourier.example/news/week-on-the-bay")
    assert [p.split(" Officials")[0] for p in article.paragraphs] == [blurb for _, blurb in STORIES[:4]]


def test_a_related_story_card_cut_short_between_the_paragraphs_is_left_out() -> None:
    body = [f"<p>{blurb} Officials said more details would follow next week.</p>" for _, blurb in STORIES[:4]]
    card = ('<div class="flex-1"><div class="pl-responsive"><a href="/news/9/story">Council orders review of harbour '
            'safety rules</a><div class="lead"><p>The council ordered a review of safety rules at the harbour on '
            "Monday after two boats collided near the entrance in thick fo...</p></div></div></div>")
    html = (f'<html lang="en"><head><title>A week on the bay</title></head><body><article><h1>A week on the bay</h1>'
            f'{"".join(body[:2])}{card}{"".join(body[2:])}</article></body></html>')
    article = extract_article(html, "https://baycourier.example/news/week-on-the-bay")
    assert not any("thick fo" in paragraph for paragraph in article.paragraphs)
    assert len(article.paragraphs) == 4
