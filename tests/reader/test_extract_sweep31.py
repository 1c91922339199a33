"""Issue 15, clutter on untuned pages (extract31, 2026-12-02): a sweep of 2,305 test pages (Postlight,
Readability, trafilatura, htmldate) found a "read also" box glued to the paragraph's next sentence
("… du pogromC'est ce que …"), text of two inline elements glued ("It was his deathIn a 1985 story"),
a markets wrap's list labels ("Stocks", "Commodities") read as sentences, a pull quote printed again
with its credit line ("A close Trump associate"), sign-up and live-blog lines, bookmark and "Google
News" buttons and a lone "by". Pages written here in those forms."""

from __future__ import annotations

import pytest
from lxml.html import fromstring, tostring

from bot.reader.extract.boundaries import space_glued_boundaries
from bot.reader.extract.clutter import is_clutter, tidy
from bot.reader.extract.page import extract_article
from bot.reader.extract.read_also import cut_read_also
from tests.support.ferry_story import LINES, STORY, URL, ferry_page


def _text(page: str) -> str:
    return "\n".join(extract_article(page, URL).paragraphs)


@pytest.mark.parametrize(
    ("html", "spaced"),
    [
        ("<p>It was <span>his death<span><img src='x.jpg'>In a 1985 story</span></span> that</p>",
         "<img src=\"x.jpg\"> In a 1985"),
        ("<p>since the 1800s.<span>The fact</span></p>", "1800s.<span> The fact"),
        ("<p><span>du Moyen Âge</span>Son domicile</p>", "</span> Son domicile"),
        ("<p>vu<!-- x -->C'est</p>", "<!-- x --> C'est"),
    ],
)
def test_a_word_and_a_capitalised_word_glued_at_a_tag_get_their_space(html: str, spaced: str) -> None:
    tree = fromstring(html)
    space_glued_boundaries(tree)
    assert spaced in tostring(tree, encoding=str)


@pytest.mark.parametrize(
    "html", ["<p><b>T</b>he harbour</p>", "<p><a>Apple</a>'s shares</p>", "<p>the new <a>iPhone</a></p>",
             "<p>HARBOUR<b>NEWS</b></p>"],
)
def test_a_drop_cap_a_possessive_or_a_name_keep_their_spelling(html: str) -> None:
    tree = fromstring(html)
    space_glued_boundaries(tree)
    assert tostring(tree, encoding=str) == tostring(fromstring(html), encoding=str)


def test_a_read_also_box_inside_a_paragraph_leaves_only_the_paragraphs_sentences() -> None:
    box = ("<span class='capsule'><span>À LIRE AUSSI</span> <strong><a href='/x'>Les ferries du Moyen Âge "
           "et leurs passeurs</a></strong></span>")
    page = ferry_page(f"{STORY}<p>{LINES[0]}<br>{box}C'est ce que le maire a confirmé mardi soir devant la "
                      f"presse locale.</p>")
    text = _text(page)
    assert "C'est ce que le maire a confirmé mardi soir devant la presse locale." in text.splitlines()
    assert "LIRE AUSSI" not in text and "Moyen Âge" not in text


def test_a_read_also_label_needs_a_links_whole_text_after_it() -> None:
    links = {"les ferries du moyen âge"}
    assert cut_read_also("Lire aussi Les ferries du Moyen Âge : la suite.", "lire aussi les ferries du moyen âge la suite",
                         links) == "la suite."
    assert cut_read_also("Read more about the ferry at the pier.", "read more about the ferry at the pier",
                         links) == "Read more about the ferry at the pier."


def test_a_lists_label_is_a_heading_not_a_sentence() -> None:
    items = ("<li>Shares of the ferry operator rose 3 percent to a record in Tuesday's trading.</li>"
             "<li>The island hotel group added 1.2 percent after the board's decision.</li>")
    article = extract_article(ferry_page(f"{STORY}<p>Stocks</p><ul>{items}</ul>"), URL)
    labels = [index for index, text in enumerate(article.paragraphs) if text == "Stocks"]
    assert labels and labels[0] in article.headings


def test_a_pull_quote_printed_again_with_its_credit_goes() -> None:
    said = ("<p>“What I always found was you have to suggest something to him,” said the associate. “You are not "
            "going to tell him to do it one way or another.”</p>")
    pulled = ("<blockquote><span>What I always found was you have to suggest something to him. You are not going "
              "to tell him to do it one way or another.</span> <span>A close associate</span></blockquote>")
    text = _text(ferry_page(f"{STORY}{said}{pulled}<p>{LINES[2]}</p>"))
    assert "A close associate" not in text and "said the associate" in text


@pytest.mark.parametrize(
    "line",
    [
        "Sign up to the Harbour Weekly Brief here for news and analysis on island business, ferries and trade in your inbox",
        "Sign up here.",
        "Follow the latest ferry strike updates on our live blog.",
        "Ajouter à mes favoris L'article a été ajouté à vos favoris",
        "Google News",
        "by",
        "Supported by",
        "For all the latest news, visit the Harbour Live homepage here and sign up to our daily newsletter here.",
        "Wenn du keinen Artikel mehr verpassen willst, dann hol dir jetzt meinen gratis Newsletter!",
        "Abonnieren Sie jetzt den Themen-Newsletter «Hafen».",
        "Puede seguir a Puerto en Facebook o suscribirse aquí a nuestra newsletter.",
        "Thanks for following our live blog throughout the day.",
    ],
)
def test_sign_up_lines_buttons_and_a_lone_by_are_clutter(line: str) -> None:
    assert is_clutter(line)


@pytest.mark.parametrize(
    "line",
    [
        "When you sign up for Facebook, it encourages you to upload your list of contacts.",
        "Subscribers to the ferry pass will pay half price, the board said.",
        "The delay was caused by",
        "Das Abbestellen von Newslettern und Katalogen verlief in den meisten Fällen reibungslos.",
    ],
)
def test_sentences_about_signing_up_stay(line: str) -> None:
    assert not is_clutter(line)


def _page(head: str, header: str, body: str = STORY) -> str:
    return f"<html><head>{head}</head><body>{header}<article>{body}</article></body></html>"


@pytest.mark.parametrize(
    "box",
    ["<div>By <span>Meg Wagner</span></div>", "<span class='pb-byline'>By <a href='/p'>Meg Wagner</a></span>",
     "<div><span>By </span><a href='/p'>Meg Wagner</a></div>"],
)
def test_a_byline_box_under_the_headline_names_the_writer(box: str) -> None:
    page = _page("<title>Ferry line approved</title>", f"<h1>Ferry line approved</h1>{box}")
    assert extract_article(page, URL).author == "Meg Wagner"


def test_another_storys_byline_after_the_story_is_not_the_writers() -> None:
    page = _page("<title>Ferry line approved</title>", "<h1>Ferry line approved</h1>",
                 f"{STORY}<p>{' '.join(LINES)}</p><div>By <span>Meg Wagner</span></div>")
    assert extract_article(page, URL).author is None


def test_the_publisher_beside_the_writer_goes_with_its_article() -> None:
    head = "<title>Ferry line approved</title><meta name='author' content='Sam Stein, The Harbour Herald'>"
    page = _page(head, "<h1>Ferry line approved</h1>")
    assert extract_article(page, "https://www.harbourherald.example/ferry").author == "Sam Stein"


@pytest.mark.parametrize(
    ("title", "headline"),
    [
        ("海外留学生看两会：出国前后关注点大不同_教育频道_中国青年网", "海外留学生看两会：出国前后关注点大不同"),
        ("武汉的声音：有英勇的你，才有英雄的城！-新华网", "武汉的声音：有英勇的你，才有英雄的城！"),
        ("Raspberry Pi競合--Ubuntuが動く「UP Core」を見る", "Raspberry Pi競合--Ubuntuが動く「UP Core」を見る"),
    ],
)
def test_a_chinese_titles_section_and_site_after_an_underscore_go(title: str, headline: str) -> None:
    body = "".join(f"<p>{line}</p>" for line in ["港口委员会周二晚上批准了一条通往北部岛屿的新渡轮航线。" * 3,
                                                 "从五月起，船只每两小时从旧码头出发，船票价格为四欧元。" * 3])
    page = _page(f"<title>{title}</title>", "", body)
    assert extract_article(page, "https://news.example.cn/a.html").title == headline


@pytest.mark.parametrize(
    "line",
    [
        "Sign up for a Hulu ad-free account for $11.99 a month",
        "Open your first shop: you will need a home page, a page about you and a contact form, and a page to sell "
        "from, like a Store or a Services page. Win readers by publishing regular content like blog articles, "
        "podcast episodes or videos.",
    ],
)
def test_a_deal_or_an_advice_that_names_signing_up_or_podcasts_stays(line: str) -> None:
    assert not is_clutter(line)


def test_a_list_items_tail_after_an_abbreviation_is_no_pull_quotes_credit() -> None:
    item = ("Asparagus and Eggs [1 cup asparagus, 2 soft-boiled eggs, half a cup of sweet potato or toast, "
            "and a spoon of olive oil for the potatoes (or 1 tsp. grass-fed butter for toast]")
    longer = item.replace("Asparagus and Eggs", "Monday lunch: Asparagus and Eggs with a side of greens")
    text = _text(ferry_page(f"{STORY}<p>{item}</p><p>{longer}</p>"))
    assert item in text.splitlines()


@pytest.mark.parametrize(
    ("glued", "spaced"),
    [("the most since the 1800s.The fact that it unfolded", "the most since the 1800s. The fact that it unfolded"),
     ("il a été jugé.Élise Dupont a témoigné", "il a été jugé. Élise Dupont a témoigné")],
)
def test_a_sentence_glued_to_the_next_after_a_decade_or_an_accented_word_is_split(glued: str, spaced: str) -> None:
    assert tidy(glued) == spaced


@pytest.mark.parametrize("box", ["<div>By <span>Court Reporter</span></div>", "<div>By <span>Editorial Staff</span></div>"])
def test_a_byline_box_naming_a_desk_names_no_writer(box: str) -> None:
    page = _page("<title>Ferry line approved</title>", f"<h1>Ferry line approved</h1>{box}")
    assert extract_article(page, URL).author is None
