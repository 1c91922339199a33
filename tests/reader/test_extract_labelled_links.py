"""A "read also" line pointing to another story is left out in any language; a sentence with a link is kept."""

from __future__ import annotations

from bot.reader.extract.page import extract_article

BODY = [
    "Tone Damli and David Eriksen have worked together for ten years, and their friendship has only grown on the road.",
    "They became such good friends that Eriksen was invited into the delivery room when Damli gave birth to her first child.",
    "The story of that unusual visit is told by Damli this week when she is a guest on the podcast about births.",
    "She says the visit was about work, and that the two of them planned the next season of their show that very day.",
]


def page(extra: str) -> str:
    paragraphs = "".join(f"<p>{text}</p>" for text in BODY[:2]) + extra + "".join(f"<p>{text}</p>" for text in BODY[2:])
    return (f'<html lang="no"><head><title>Damli and Eriksen on the delivery room visit</title></head><body><article>'
            f"<h1>Damli and Eriksen on the delivery room visit</h1>{paragraphs}</article></body></html>")


def test_a_labelled_link_to_another_story_is_left_out_whatever_the_language() -> None:
    for label in ("Les også", "Læs også", "Czytaj także", "Read also"):
        extra = (f'<p><b>{label}: <a href="https://news.example/other-story">Tone Damli gave up her music career '
                 f"for the children: – It was the right choice</a></b></p>")
        article = extract_article(page(extra), "https://news.example/story")
        assert list(article.paragraphs) == BODY, label


def test_a_bold_must_read_line_with_a_bar_is_left_out_linked_or_not() -> None:
    # Big News Network sites set "MUST READ | <headline>" and "READ | <headline>" in bold between
    # paragraphs, the headline not always a link.
    for extra in ("<p><strong>MUST READ | </strong><strong>Thousands of fans are calling for the show's return</strong></p>",
                  '<p><strong>READ | <a href="https://news.example/other">Insurer hit by the storms</a></strong></p>'):
        article = extract_article(page(extra), "https://news.example/story")
        assert list(article.paragraphs) == BODY, extra


def test_a_sentence_about_reading_is_kept() -> None:
    extra = "<p>Read the two of them on stage and you see a friendship, Damli's manager said.</p>"
    article = extract_article(page(extra), "https://news.example/story")
    assert len(article.paragraphs) == len(BODY) + 1

def test_a_sentence_that_goes_on_after_its_link_is_kept() -> None:
    extra = ('<p>Update: <a href="https://news.example/other-story">the podcast episode about the birth</a> '
             "was the most downloaded of the year, the producers said on Monday.</p>")
    article = extract_article(page(extra), "https://news.example/story")
    assert len(article.paragraphs) == len(BODY) + 1
