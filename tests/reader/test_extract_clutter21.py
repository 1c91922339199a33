"""Issue 15, "none of that clutter in the summary, the answers or the title", on small pages written
here after untuned pages (newspaper's and goose3's test pages): share and tool buttons, teasers of
other stories, a byline stamp glued to the story, a site's front page, a title trailing its
sections' names."""

from __future__ import annotations

import pytest

from bot.errors import NotAnArticle
from bot.reader.extract.page import extract_article
from tests.support.ferry_story import LINES, STORY, ferry_page as _page


def _text(article) -> str:
    return "\n".join(article.paragraphs)


def test_share_and_tool_buttons_are_not_paragraphs():
    """A wire page's tool row ("Link this", "Digg this", "Reprints") was numbered among the
    paragraphs the bot answers from."""
    tools = "".join(f"<p>{t}</p>" for t in ("Tweet this", "Link this", "Digg this", "Reprints", "Permalink"))
    article = extract_article(_page(tools + STORY + tools), "https://harbour.example/ferry")
    assert article.paragraphs == LINES


def test_a_dateline_printed_above_the_paragraph_it_opens_is_no_paragraph_of_its_own():
    """"PORTO, Portugal/LISBON" on its own line, then again at the start of the story's first
    paragraph: as a paragraph of its own it pushed the story's lead out of the TL;DR's place. The
    wire dateline opening the lead goes too (`clutter.without_dateline`)."""
    lead = f"PORTO, Portugal/LISBON (Reuters) - {LINES[0]}"
    body = "<p>PORTO, Portugal/LISBON</p><p>Link this</p>" + f"<p>{lead}</p>" + "".join(f"<p>{line}</p>" for line in LINES[1:])
    article = extract_article(_page(body), "https://harbour.example/ferry")
    assert article.paragraphs == LINES
    kept = "<p>Harbour news</p>" + STORY
    assert extract_article(_page(kept), "https://harbour.example/ferry").paragraphs[0] == "Harbour news", \
        "a line that opens no paragraph stays"


def test_a_teaser_that_ends_in_a_link_to_the_rest_is_not_the_story():
    """"… Full Article" and "…more" end a sidebar's teaser of another story; one became a summary
    sentence."""
    teasers = ("<p>Weak factory reports from Asia suggest more central bank action Full Article</p>"
               "<p>Casting the pilot of a drama series based on characters from an old opera, run by Me...more</p>")
    article = extract_article(_page(STORY + teasers), "https://harbour.example/ferry")
    assert article.paragraphs == LINES


def test_a_box_of_headlines_cut_short_is_dropped_but_one_trailing_line_stays():
    cut = "".join(f"<p>{h}</p>" for h in ("Storm closes the coast road for th...", "Council votes on new parking fe...",
                                          "Island school gets a new roo...", "Ferry crew rescues two kayake..."))
    article = extract_article(_page(STORY + cut), "https://harbour.example/ferry")
    assert article.paragraphs == LINES
    trailing = f"<p>{LINES[0]}</p><p>And then there was the weather...</p>" + "".join(f"<p>{l}</p>" for l in LINES[1:])
    assert "And then there was the weather..." in extract_article(_page(trailing), "https://harbour.example/ferry").paragraphs


def test_a_byline_stamp_and_photo_credit_glued_to_the_story_are_cut_away():
    """"By: … Posted: Dec. 15 2014 12:56 PM 0 <caption> Name/Getty Images <story>" in one block
    was read as the story's first sentence and shown as the TL;DR."""
    glued = ("<p>The board wants the islands closer to town. By: Nora Lind Posted: Dec. 15 2014 12:56 PM 0 "
             "Passengers wait on the old pier in the rain, Dec. 13, 2014. Tom Berg/Getty Images "
             + " ".join(LINES) + "</p>")
    text = _text(extract_article(_page(glued), "https://harbour.example/ferry"))
    assert LINES[0] in text and "The board wants the islands closer to town." in text
    assert "Posted" not in text and "Getty" not in text and "Passengers wait" not in text


def test_a_poll_credited_inside_a_sentence_is_not_cut():
    sentence = "A new Harbour/Reuters Poll found that most islanders want the line."
    text = _text(extract_article(_page(STORY + f"<p>{sentence}</p>"), "https://harbour.example/ferry"))
    assert sentence in text


FRONT = "".join(f"<div><h2><a href='/s{i}'>Story {i}</a></h2><p>{line}</p></div>" for i, line in enumerate(LINES))


@pytest.mark.parametrize(("url", "head"), [
    ("https://harbour.example/", '<link rel="canonical" href="https://harbour.example/">'),
    ("https://harbour.example/index.html", '<meta property="og:url" content="https://harbour.example/index.html">'),
    ("https://mirror.example/saved/harbour-home", '<link rel="canonical" href="https://www.harbour.example/">'),
    (None, '<meta property="og:type" content="website"><meta property="og:url" content="https://harbour.example/">'),
])
def test_a_sites_front_page_gets_the_list_of_stories_message(url, head):
    """A news site's home page was summarized as one story: a TL;DR about one teaser, summary
    sentences about four others. Refused, it was told it might be a paywall (extract28): it is
    said to be a list of stories, and what to send instead."""
    with pytest.raises(NotAnArticle) as refused:
        extract_article(_page(FRONT, f"<title>Harbour News</title>{head}"), url)
    assert "a list of stories" in str(refused.value) and "send me the link of the story" in str(refused.value)


@pytest.mark.parametrize(("url", "head"), [
    ("https://harbour.example/2014/12/ferry-line", '<link rel="canonical" href="https://harbour.example/">'),
    ("https://harbour.example/", '<meta property="og:type" content="article">'),
    ("https://harbour.example/ferry?id=12", '<link rel="canonical" href="https://harbour.example/ferry?id=12">'),
    ("https://harbour.example/", ""),
])
def test_an_article_whose_page_points_to_the_root_is_still_read(url, head):
    """A site that gives every story its home page as canonical address still has stories, and a
    small site whose home page is its one story, declaring no address, is read."""
    assert extract_article(_page(STORY, f"<title>Ferry line approved</title>{head}"), url).paragraphs == LINES


@pytest.mark.parametrize(("title", "shown"), [
    ("How To Pack for Your Ferry Trip: The Harbour Eye: Harbour on Style: Harbour",
     "How To Pack for Your Ferry Trip"),
    ("Everything to Know Before Buying a Boat: The Deck: Harbour", "Everything to Know Before Buying a Boat"),
    ("Brexit: what the ferry line means: Harbour", "Brexit: what the ferry line means"),
    ("Ferry line approved: what happens next", "Ferry line approved: what happens next"),
])
def test_the_title_drops_a_trail_of_section_names_ending_in_the_site(title, shown):
    head = f'<title>{title}</title><meta property="og:site_name" content="Harbour">'
    body = "<nav><a href='/deck'>The Deck</a><a href='/eye'>The Harbour Eye</a></nav><article>" + STORY + "</article>"
    page = f"<html><head>{head}</head><body>{body}</body></html>"
    assert extract_article(page, "https://harbour.example/ferry").title == shown
