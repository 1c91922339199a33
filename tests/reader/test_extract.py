"""What a reader notices about extraction: the story and only the story, its details right, and
a clear refusal when a page (or a paste) holds no article."""

from __future__ import annotations

import copy
import re
from pathlib import Path

import lxml.html
import pytest
import trafilatura

from bot.reader.extract.clutter import article_from_text
from bot.reader.text.document import build_document
from bot.errors import NotAnArticle, Paywalled, TextTooShort
from bot.reader.extract.page import extract_article
from bot.reader.extract.wrapping import unwrap_source_lines
from bot.reader.quotes.quotations import all_quotes

FIXTURES = Path(__file__).resolve().parent.parent / "fixtures" / "extract"
NEWS_URL = "https://courier.example/news/lighthouse?utm_source=feed"


def page(name: str) -> str:
    return (FIXTURES / f"{name}.html").read_text(encoding="utf-8")


def without_lang(html: str) -> str:
    return re.sub(r'\slang="[^"]*"', "", html)


@pytest.fixture(scope="module")
def news():
    return extract_article(page("news_page"), NEWS_URL)


def test_news_page_keeps_the_story_in_order(news):
    assert news.paragraphs[0].startswith("Councillors in Port Aldwin voted on Wednesday")
    assert news.paragraphs[-1].startswith("The council will publish the tender")
    assert any("Greta Holm" in p for p in news.paragraphs)


@pytest.mark.parametrize("menu", ["Home", "Theme", "Light", "Dark", "Font", "Facebook", "Email", "Comments"])
def test_news_page_menu_lines_are_gone(news, menu):
    assert menu not in news.paragraphs


@pytest.mark.parametrize(
    "clutter",
    [
        "Share this article", "follow us on Twitter", "Sign up for our newsletter",
        "Advertisement", "All rights reserved", "By Maria Lindqvist", "Published:",
        "The old lighthouse of Port Aldwin at dusk", "Related articles", "Ferry timetable changes",
        "waste of money", "Privacy policy",
    ],
)
def test_news_page_clutter_is_gone(news, clutter):
    assert not any(clutter.lower() in p.lower() for p in news.paragraphs)


def test_news_page_metadata(news):
    assert news.title == "Harbour town votes to rebuild its old lighthouse"
    assert news.title not in news.paragraphs
    assert news.site_name == "The Coastal Courier"
    assert news.author == "Maria Lindqvist"
    assert news.date == "2024-03-14"
    assert news.language == "en"
    assert news.url == NEWS_URL
    assert news.canonical_url == "https://courier.example/news/2024/03/14/lighthouse-vote"


def test_sub_heading_is_its_own_paragraph_and_never_glued_to_a_sentence(news):
    index = news.paragraphs.index("A long campaign")
    assert index in news.headings
    assert news.paragraphs[index + 1].startswith("Residents first petitioned")
    sentences = [s.text for s in build_document(news).sentences]
    assert not any("A long campaign" in s for s in sentences)
    assert any(s.startswith("Residents first petitioned") for s in sentences)


@pytest.mark.parametrize(
    ("name", "code", "title", "clutter"),
    [
        ("german", "de", "Neue Fahrradbrücke verbindet die beiden Ufer der Altstadt", ["Lesen Sie auch", "Anzeige", "Newsletter", "Den kompletten Beitrag", "(grh)"]),
        ("french", "fr", "La bibliothèque municipale ouvrira désormais le dimanche", ["À lire aussi", "Publicité", "Abonnez-vous"]),
        ("spanish", "es", "El mercado central reabre tras un año de obras", ["Lee también", "Publicidad", "Suscríbete"]),
    ],
)
@pytest.mark.parametrize("declared", [True, False], ids=["lang-set", "lang-missing"])
def test_foreign_language_pages(name, code, title, clutter, declared):
    html = page(name) if declared else without_lang(page(name))
    article = extract_article(html, f"https://news.example/{name}/1")
    assert article.language == code
    assert article.title == title
    assert len(article.paragraphs) == 5
    assert not any(c.lower() in p.lower() for p in article.paragraphs for c in clutter)


def test_foreign_page_metadata():
    article = extract_article(page("french"), "https://journal.example/culture/bibliotheque")
    assert (article.site_name, article.author, article.date) == ("Le Journal du Val", "Claire Dubois", "2022-11-21")


def test_site_name_falls_back_to_the_host():
    html = page("spanish").replace('<meta property="og:site_name" content="Diario de la Ribera">', "")
    assert extract_article(html, "https://www.ribera.example/local/mercado").site_name == "ribera.example"
    handle = html.replace("<head>", '<head><meta name="twitter:site" content="@ribera_diario">', 1)
    assert extract_article(handle, "https://www.ribera.example/local/mercado").site_name == "ribera.example", \
        "a Twitter handle is no site name"
    saved = html.replace("<head>", '<head><link rel="canonical" href="https://www.ribera.example/local/mercado">', 1)
    assert extract_article(saved, None).site_name == "ribera.example", "a saved page names its own site"
    year = html.replace("<head>", '<head><meta property="og:site_name" content="2015">', 1)
    assert extract_article(year, "https://www.ribera.example/local/mercado").site_name == "ribera.example", \
        "a year is no site name"


@pytest.mark.parametrize("name", ["not_found", "cookie_wall", "link_list"])
def test_pages_without_an_article_are_refused(name):
    with pytest.raises(NotAnArticle) as refusal:
        extract_article(page(name), f"https://site.example/{name}")
    assert "couldn't find an article" in str(refusal.value)


def _site_menu(entries: int) -> str:
    """An old news site's navigation: one- and two-word links by the hundred."""
    return "<nav><ul>" + "".join(f'<li><a href="/ort/{i}">Ort {i}</a></li>' for i in range(entries)) + "</ul></nav>"


STORY = (
    "Für einen Roman über die alte Bundesrepublik hat ein Autor aus Hessen den Buchpreis erhalten. "
    "Das Buch wurde in Frankfurt als beste literarische Neuerscheinung des Jahres ausgezeichnet. "
    "Der Autor schildert darin die Nachkriegszeit aus der Sicht eines Jungen in Biebrich. "
    "Der Preis, 2005 erstmals vergeben, gilt als wichtigste Auszeichnung der Branche."
)


def test_a_story_the_fast_pass_misses_is_not_swapped_for_the_site_menu():
    """The story sits in an `<aside>`, which trafilatura's fast pass throws away; it then read
    the 150 menu links as the article and the bot summarized "Ort 0"."""
    html = (
        f"<html><head><title>Buchpreis für Roman</title></head><body>{_site_menu(150)}<main>"
        f'<aside class="content"><article><div itemprop="articleBody"><p>{STORY}</p></div></article></aside>'
        "</main></body></html>"
    )
    article = extract_article(html, "https://zeitung.example/kultur/buchpreis")
    assert article.paragraphs == (STORY,)


def test_a_page_of_one_word_menu_links_is_refused():
    html = f"<html><head><title>Startseite</title></head><body>{_site_menu(150)}</body></html>"
    with pytest.raises(NotAnArticle):
        extract_article(html, "https://zeitung.example/")


def test_a_paywall_stub_is_refused_as_one():
    """More kinds, and the pages that must not be mistaken for them: tests/reader/test_blocked.py."""
    with pytest.raises(Paywalled):
        extract_article(page("paywall"), "https://site.example/paywall")


@pytest.mark.parametrize("html", ["", "<html><body></body></html>", "<html><body><p>Hello.</p></body></html>"])
def test_empty_pages_are_refused(html):
    with pytest.raises(NotAnArticle):
        extract_article(html, "https://site.example/empty")


def test_an_article_about_cookies_is_not_a_cookie_wall():
    paragraphs = "".join(
        f"<p>{sentence}</p>"
        for sentence in [
            "Bakers in the old town sold more than ten thousand cookies at the winter fair on Sunday, a record for the event.",
            "The fair's organisers said the cookie stalls drew the longest queues, ahead of the mulled wine and the roasted chestnuts.",
            "One bakery ran out of its ginger cookies before noon and had to send two apprentices back to the ovens.",
            "Visitors also voted for the best cookie of the year, a hazelnut biscuit from a family bakery that opened in 1952.",
            "The town council said it would give the fair a larger square next winter, after complaints that the lanes were too crowded.",
            "Most of the money raised from the stalls goes to the local children's hospital, which expects to receive about 40,000 euros.",
        ]
    )
    html = f'<html lang="en"><head><title>Cookie record at the winter fair</title></head><body><article><h1>Cookie record at the winter fair</h1>{paragraphs}</article></body></html>'
    article = extract_article(html, "https://town.example/fair")
    assert len(article.paragraphs) == 6


# Pasted text ---------------------------------------------------------------------------------

PASTED_BODY = [
    "A museum dedicated to the shrinking glaciers of the Alps opened on Saturday in the mountain village of Valmora, drawing hundreds of visitors on its first day.",
    "The museum was built inside a former dairy and shows photographs of the Valmora glacier taken every summer since 1921, when a local teacher started the series.",
    '"People can see with their own eyes how much ice we have lost in a single lifetime," said curator Elena Moretti, who spent six years collecting the pictures.',
    "Scientists say the glacier has lost more than half of its volume since the first photograph was taken, and could disappear entirely before the end of the century.",
    "The village hopes the museum will bring visitors in the summer months, when the ski slopes are closed and many hotels stand empty.",
    "Entry is free for children, and the museum plans guided walks to the edge of the glacier twice a week.",
]


def test_pasted_news_page_comes_out_as_the_story_alone():
    text = (FIXTURES / "pasted_news_page.txt").read_text(encoding="utf-8")
    article = article_from_text(text)
    assert list(article.paragraphs) == PASTED_BODY
    assert article.title == "Glacier museum opens in mountain village"
    assert article.language == "en"
    assert article.url is None


def test_pasted_text_keeps_a_given_title():
    article = article_from_text("\n\n".join(PASTED_BODY), title="  Ice museum  ")
    assert article.title == "Ice museum"
    assert list(article.paragraphs) == PASTED_BODY


def test_pasted_text_without_a_headline_is_titled_by_its_first_sentence():
    article = article_from_text("\n\n".join(PASTED_BODY))
    assert article.title.startswith("A museum dedicated to the shrinking glaciers")
    assert len(article.title.split()) <= 21


SHOUTED_SECTIONS = [*PASTED_BODY[:3], "WHAT THE SCIENTISTS SAY", *PASTED_BODY[3:5], "OPENING HOURS", PASTED_BODY[5]]


@pytest.mark.parametrize("source", ["page", "paste"])
def test_a_line_in_capitals_between_paragraphs_is_a_sub_heading_not_a_sentence(source):
    """Wire stories set "WHAT THE SCIENTISTS SAY" as a plain paragraph: it heads a section, and a
    reader must never get it back as a summary sentence or an answer."""
    title = "Glacier museum opens in the Alps"
    if source == "page":
        paragraphs = "".join(f"<p>{p}</p>" for p in SHOUTED_SECTIONS)
        html = f"<html><head><title>{title}</title></head><body><article><h1>{title}</h1>{paragraphs}</article></body></html>"
        article = extract_article(html, NEWS_URL)
    else:
        article = article_from_text("\n\n".join([title, *SHOUTED_SECTIONS]))
    headings = {article.paragraphs[i] for i in article.headings}
    assert headings == {"WHAT THE SCIENTISTS SAY", "OPENING HOURS"}
    sentences = [s.text for s in build_document(article).sentences]
    assert "OPENING HOURS" not in " ".join(sentences)
    assert sentences[0].startswith("A museum dedicated")


def test_hard_wrapped_paste_is_joined_into_paragraphs():
    wrapped = "\n\n".join("\n".join(re.findall(r"\S.{0,68}(?=\s|$)", p)) for p in PASTED_BODY)
    assert max(len(line) for line in wrapped.splitlines()) <= 70
    assert list(article_from_text(wrapped).paragraphs) == PASTED_BODY


def test_pasted_german_text_is_detected_as_german():
    text = "\n\n".join(
        [
            "Die Stadt hat am Montag die neue Fahrradbrücke über den Fluss eröffnet, nach zwei Jahren Bauzeit und vielen Diskussionen im Rat.",
            "Die Brücke ist 140 Meter lang und hat eine eigene Spur für Fußgänger, die Kosten lagen bei rund 6,8 Millionen Euro.",
            "Lesen Sie auch: Radwege in der Innenstadt werden breiter",
            "Schon am ersten Tag zählte die Stadt mehr als zweitausend Radfahrer auf der neuen Verbindung zwischen den beiden Ufern.",
        ]
    )
    article = article_from_text(text)
    assert article.language == "de"
    assert not any("Lesen Sie auch" in p for p in article.paragraphs)


@pytest.mark.parametrize(
    "text",
    [
        "Just one short line.",
        "Sign up for our newsletter\nAdvertisement\nRead more: Something else entirely\nFollow us on Twitter",
        " ".join(["word"] * 80),
    ],
)
def test_too_little_text_is_refused(text):
    with pytest.raises(TextTooShort):
        article_from_text(text)


def test_story_sentences_that_mention_promo_words_are_kept():
    story = [
        "The court ruled on Tuesday that the copyright on the novel had expired in 2019, ending a long dispute between the two publishers.",
        "Published in 1952, the book sold more than a million copies and was translated into thirty languages.",
        "The author's grandson said he had refused to share it with investigators because the letters were private.",
        "Readers who follow the case closely say the ruling could change how old books are reprinted across Europe.",
        "By the end of the hearing, both sides said they would study the judgment before deciding whether to appeal.",
    ]
    assert list(article_from_text("\n\n".join(story)).paragraphs) == story



def _titled(title: str, site_name: str | None) -> str:
    """The news page titled `title` in its <title> and og:title, the headline printed nowhere."""
    html = re.sub(r"<h1>.*?</h1>", "", page("news_page"))
    html = re.sub(r"<title>.*?</title>", f"<title>{title}</title>", html)
    html = re.sub(r'<meta property="og:title"[^>]*>', f'<meta property="og:title" content="{title}">', html)
    return re.sub(r'<meta property="og:site_name"[^>]*>',
                  f'<meta property="og:site_name" content="{site_name}">' if site_name else "", html)


@pytest.mark.parametrize(("title", "site_name"), [
    ("Harbour town votes to rebuild its old lighthouse | The Coastal Courier", "The Coastal Courier"),
    ("Harbour town votes to rebuild its old lighthouse - Courier", None),
    ("Coastal Courier :: Harbour town votes to rebuild its old lighthouse", "Coastal Courier"),
])
def test_the_site_name_is_cut_from_a_title_whose_headline_is_not_printed(title, site_name):
    assert extract_article(_titled(title, site_name), NEWS_URL).title == "Harbour town votes to rebuild its old lighthouse"


def test_a_title_part_that_is_not_the_site_name_stays():
    title = "Lighthouse - a town votes to rebuild it"
    assert extract_article(_titled(title, "The Coastal Courier"), NEWS_URL).title == title


def test_a_tables_header_row_is_no_sentence_and_keeps_the_heading_above_it():
    article = article_from_text("\n\n".join([
        "Harbour Rovers defence holds firm",
        "Below, we look at how many snaps each Harbour Rovers defender played in Sunday's win over Dover.",
        "DEFENSIVE LINE",
        "| Pos | Player | Plays | % |",
        "| DL | Larry Okafor | 63 | 85% |",
        "| DL | Miles Grant | 57 | 77% |",
        "The line had eleven hits on the quarterback, the most this season, and forced two fumbles.",
        *PASTED_BODY,
    ]))
    headings = [article.paragraphs[i] for i in sorted(article.headings)]
    assert headings == ["DEFENSIVE LINE", "| Pos | Player | Plays | % |"]
    sentences = [s.text for s in build_document(article).sentences]
    assert not any("Player" in s for s in sentences)


YEAR_ONLY_PAGE = """<html><head><title>Heat alert for the whole country</title></head><body><article>
<h1>Heat alert for the whole country</h1>
<p>Forecasters put the whole country on a heat alert on Sunday, the second hottest night ever recorded.</p>
<p>Temperatures will reach between 33 and 38 degrees, and storms are expected in the evening.</p>
<p>The record set in 2003 should not be beaten, the weather service said on its website.</p>
<p>In the capital the thermometer did not drop below 23 degrees during the night, and hospitals asked
older people to stay indoors during the afternoon and to drink water regularly.</p>
<p>Farmers in the south said the dry spell had already cost them part of the harvest, and several towns
limited the use of garden hoses until the end of the month.</p>
<p>Cooler air should reach the north on Tuesday, bringing temperatures back to around 25 degrees by
the end of the week, according to the forecast published on Saturday evening.</p>
</article><footer>© 2012 Weather Desk</footer></body></html>"""


def test_a_lone_year_on_the_page_is_no_date_of_publication():
    assert extract_article(YEAR_ONLY_PAGE, "https://weather.example/heat").date is None


def test_a_first_of_january_the_page_states_in_its_metadata_is_kept():
    page = YEAR_ONLY_PAGE.replace("<head>", '<head><meta property="article:published_time" content="2012-01-01T08:00:00Z">')
    assert extract_article(page, "https://weather.example/heat").date == "2012-01-01"


def test_a_byline_keeps_no_month_from_the_date_beside_it() -> None:
    """A byline link followed by the date in its own line reads "Carrie Arnold November" to the
    extractor (the digits go to the date): the byline shows the name alone."""
    body = " ".join(
        f"<p>Paragraph {i} tells how tuft cells sense parasites in the gut of mice and alert the immune system, "
        "as researchers found in several studies.</p>" for i in range(8)
    )
    html = (
        "<html><head><title>Cells That Taste Danger</title></head><body><article><h1>Cells That Taste Danger</h1>"
        '<div class="post__title__author"><h6><em class="byline__by">By </em><a href="/authors/carrie-arnold/">'
        '<span class="byline__author">Carrie Arnold</span></a></h6><p class="h6"><em>November 15, 2019</em></p>'
        f"</div>{body}</article></body></html>"
    )
    article = extract_article(html, "https://www.example.org/cells/")
    assert (article.author, article.date) == ("Carrie Arnold", "2019-11-15")


HARBOUR_SENTENCES = [
    f"The harbour board heard on its {i}th sitting that pier {i} needs repairs costing {i * 3} thousand pounds, "
    "which the treasurer said the reserve fund can carry without raising the fishing fleet's fees."
    for i in range(4, 20)
]


def test_paragraphs_wrapped_in_the_page_source_read_as_one_paragraph() -> None:
    """A site that wraps its paragraphs at a fixed width in the HTML source (and ends them with a
    `<br>`, which makes trafilatura keep their lines) shows one paragraph in the browser; the
    quotation split over those lines keeps its speaker, and no paragraph is a half sentence."""
    wrapped = "\n".join(f"<p>{sentence.replace(' that ', chr(10) + 'that ')}<br>\n</p>" for sentence in HARBOUR_SENTENCES)
    html = (
        "<html><head><title>Harbour repairs</title></head><body><article><h1>Harbour repairs</h1>"
        f"{wrapped}<p>Since\nthe storm the fleet has waited. \"We cannot fish\nfrom a broken pier\", said the skipper "
        "Tom\nHale.   <br>\n</p></article></body></html>"
    )
    article = extract_article(html, "https://courier.example/harbour")
    assert "Since the storm the fleet has waited." in article.paragraphs[-1]
    assert all(not p.startswith("that ") for p in article.paragraphs)
    quotes = all_quotes(build_document(article))
    assert [(q.text, q.speaker) for q in quotes] == [("We cannot fish from a broken pier", "Tom Hale")]


def test_text_shown_as_written_keeps_its_line_breaks() -> None:
    html = (
        "<html><head><title>Harbour repairs</title></head><body><article><h1>Harbour repairs</h1>"
        + "".join(f"<p>{s}</p>" for s in HARBOUR_SENTENCES)
        + "<pre>pier  cost\n4     12\n5     15</pre></article></body></html>"
    )
    tree = lxml.html.fromstring(html)
    unwrap_source_lines(tree)
    assert tree.findtext(".//pre") == "pier  cost\n4     12\n5     15"


def test_a_fast_reading_that_found_only_a_promo_gives_way_to_the_story(monkeypatch) -> None:
    """When trafilatura's quick pass reads only the promo box beside a long story (a magazine page
    whose paragraphs are bare divisions), the reader gets the story, not the subscription offer."""
    story = "".join(f'<div class="absatz">{s}</div>' for s in HARBOUR_SENTENCES)
    html = (
        '<html><head><title>Harbour repairs</title></head><body><div id="main"><div class="column-wide">'
        f'<div class="dig-artikel"><h2>Harbour repairs</h2>{story}</div></div><div class="column-small">'
        "<p>The digital edition: read every issue before it is printed, with graphics and videos, on any device.</p>"
        "<p>Subscribe now and read the archive since 1947 free of charge, on your phone or your computer.</p>"
        "<p>Order older issues of the magazine from our shop, delivered to your door within three days.</p>"
        "</div></div></body></html>"
    )
    real = trafilatura.bare_extraction

    def quick_pass_misses_the_story(tree, **options):
        if options.get("fast"):
            tree = copy.deepcopy(tree)
            for story_box in tree.xpath('//div[@class="dig-artikel"]'):
                story_box.drop_tree()
        return real(tree, **options)

    monkeypatch.setattr(trafilatura, "bare_extraction", quick_pass_misses_the_story)
    article = extract_article(html, "https://magazine.example/harbour")
    assert article.paragraphs[0].startswith("The harbour board heard on its 4th sitting")
    assert not any("Subscribe" in p for p in article.paragraphs[:len(HARBOUR_SENTENCES)])


def test_what_follows_the_story_s_rights_notice_is_the_site_s() -> None:
    """A magazine page prints its issue, archive offers and app promos after the story's "All
    rights reserved"; none of it is the story, so none of it is summarized or given as an answer."""
    story = "".join(f"<p>{s}</p>" for s in HARBOUR_SENTENCES)
    html = (
        "<html><head><title>Harbour repairs</title></head><body><article><h1>Harbour repairs</h1>"
        f"{story}<p>THE COURIER 52/2018</p><p>All rights reserved</p><p>The digital Courier</p>"
        "<p>You read the new issue before it is printed, every Friday from six in the evening.</p>"
        "<p>Want to order older issues? Here you get issues older than three years.</p></article></body></html>"
    )
    article = extract_article(html, "https://courier.example/harbour")
    assert article.paragraphs[-1] == HARBOUR_SENTENCES[-1]


def test_a_date_line_with_the_sites_label_is_no_paragraph_of_the_story():
    paragraphs = "".join(f"<p>{STORY}</p>" for _ in range(2))
    html = (f"<html><head><title>Buchpreis für Roman</title></head><body><article><p>October 22, 2019 report</p>"
            f"<h1>Buchpreis für Roman</h1>{paragraphs}</article></body></html>")
    article = extract_article(html, "https://science.example/news/2019-10-tool")
    assert not any("2019 report" in p for p in article.paragraphs)
    assert article.paragraphs[0].startswith("Für einen Roman")
