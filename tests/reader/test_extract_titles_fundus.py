"""The headline shown is the page's own: not cut short, without the site's name in any script."""

from __future__ import annotations

from bot.reader.extract.page import extract_article

BODY = "".join(
    f"<p>The marathon's {n}th group of runners crossed the finish line on the harbour promenade before noon, "
    f"cheered by crowds who had lined the course since early morning despite the cold wind.</p>" for n in range(1, 7))


def page(title: str, h1: str, head: str = "", lang: str = "de", before: str = "") -> str:
    return (f'<html lang="{lang}"><head><title>{title}</title>{head}</head><body>{before}<article><h1>{h1}</h1>'
            f"{BODY}</article></body></html>")


def test_a_headline_cut_short_at_its_quotation_marks_is_shown_whole() -> None:
    h1 = 'Hamburg Marathon 2024: Überlegener Sieger und "royaler Besuch"'
    head = '<meta property="og:title" content="Hamburg Marathon 2024: Überlegener Sieger und ">'
    article = extract_article(page(h1, h1, head), "https://news.example/sport/marathon")
    assert article.title == h1


def test_the_part_of_the_title_printed_as_the_headline_is_shown_however_short() -> None:
    title = "„Unermüdlicher Einsatz“ – Die Neue Südtiroler Tageszeitung"
    article = extract_article(page(title, "„Unermüdlicher Einsatz“", f'<meta property="og:title" content="{title}">'),
                              "https://www.suedtirol.example/2025/04/16/einsatz/")
    assert article.title == "„Unermüdlicher Einsatz“"


def test_a_japanese_title_loses_the_site_name_after_its_full_width_colon() -> None:
    headline = "宮崎県で震度5弱、高知と宮崎に1メートルの津波注意報 気象庁"
    article = extract_article(page(f"{headline}：朝日新聞デジタル", headline, lang="ja", before="<h1>津波注意報</h1>"),
                              "https://www.asahi.example/articles/1.html")
    assert article.title == headline


def test_the_host_spelled_in_capitals_after_the_headline_goes() -> None:
    headline = "Ist die Thüringer Bratwurst eine Illusion? Das harte Geschäft mit dem Tod"
    head = f'<meta property="og:title" content="{headline} | MDR.DE"><meta property="og:site_name" content="MDR">'
    article = extract_article(page(f"{headline} | MDR.DE", "Schlachtbetriebe: Warum weniger geschlachtet wird", head),
                              "https://www.mdr.de/nachrichten/bratwurst-100.html")
    assert article.title == headline


def test_a_caption_printed_inside_the_headlines_h1_is_no_part_of_the_title() -> None:
    """The New Republic prints "A letter to a young liberal" in the <h1> after the headline, and the
    bot showed "… Before I Became a Politician A letter to a young liberal" as the title."""
    headline = "I Wish Someone Had Told Me This Before I Became a Politician"
    h1 = f'<span class="headline">{headline}</span> <span class="caption">A letter to a young liberal</span>'
    head = f'<meta property="og:title" content="{headline}">'
    article = extract_article(page("Former Leader Offers Advice | The New Republic", h1, head, lang="en"),
                              "https://newrepublic.example/article/120357/advice")
    assert article.title == headline
