"""Issue 15 on untuned hard pages (trafilatura's and fundus's test pages, 2026-12-01): a standfirst
set in a heading element, an icon font's glyph names and a news site's tool row, an old regional
site's weekday stamp, labelled byline and readers' comments, a shopping widget after the story.
Small pages written here in the shape of those pages."""

from __future__ import annotations

from bot.reader.extract.authors import author_names
from bot.reader.extract.clutter import is_clutter
from bot.reader.extract.page import extract_article
from bot.reader.text.document import build_document
from tests.support.ferry_story import LINES, STORY, URL, ferry_page as _page


def test_a_standfirst_set_as_a_heading_is_prose_the_summary_reads():
    """Euronews sets its three-sentence lead in an `<h2>`: as a sub-heading it was left out of the
    sentences, and the TL;DR came from the eighth paragraph."""
    lead = ("The harbour board has approved a ferry line that islanders asked for during twenty years. "
            "Boats will run from May, but the board warns that the old pier needs repairs first, "
            "and nobody has said who will pay for them.")
    article = extract_article(_page(f"<h2>{lead}</h2>{STORY}<h2>Repairs first</h2>{STORY.replace('.<', ', the council said.<')}"), URL)
    document = build_document(article)
    assert document.sentences[0].text.startswith("The harbour board has approved a ferry line")
    assert article.paragraphs.index("Repairs first") in article.headings, "a short sub-heading stays one"


def test_icon_glyph_names_and_tool_labels_are_not_text():
    """`<i class="material-icons">bookmark_border</i>` drew a bookmark; read as text, the news
    site's tool row came out as "bookmark_border Auf die Merkliste", "headset Vorlesen",
    "chat_bubble 0 Kommentare" and "Lesedauer etwa 2 Min" above the story."""
    tools = ('<ul><li><span><i class="material-icons artDetail__material">bookmark_border</i>'
             '<span>Auf die Merkliste</span></span></li>'
             '<li><a href="#"><i class="material-icons">headset</i></a><a href="#"><span>Vorlesen</span></a></li>'
             '<li><a href="#c"><i class="material-symbols-outlined">chat_bubble</i></a>'
             '<a href="#c">0 Kommentare</a></li>'
             '<li>Lesedauer <span>etwa 2 Min</span></li></ul>')
    article = extract_article(_page(tools + STORY), URL)
    assert article.paragraphs == LINES


def test_an_old_news_sites_stamp_byline_label_and_readers_comments_are_not_the_story():
    """A regional site printed "Di, 10:19 Uhr" above the story, "Autor: red" under it, then the
    readers' comments with their nicknames and vote buttons, all kept as the story's paragraphs."""
    comments = ("<p>Kommentare</p><p>Harzer66</p>"
                "<p>es gab dieses Jahr echt Regen. Schön so. Ja. Jetzt gleicht sich die Natur wieder aus.</p>"
                "<p>4 2 Login für Vote</p>")
    article = extract_article(_page("<p>Di, 10:19 Uhr</p>" + STORY + "<p>Autor: red</p>" + comments), URL)
    assert article.paragraphs == LINES
    early = extract_article(_page("<p>Kommentare</p>" + STORY), URL)
    assert early.paragraphs == LINES, "a comments link above the story cuts nothing"


def test_a_shopping_widget_and_a_see_also_list_after_the_story_go():
    """A tech site's "Siehe auch:" list of its other stories, then an Amazon deal ("Original
    Amazon-Preis 30,99 € Blitzangebot-Preis 24,99 € Ersparnis zu Amazon 19%") answered "What
    does it cost?"."""
    tail = ("<p>Siehe auch:</p><ul><li><a href='/n/1'>Hinter der kosmischen Geisterhand</a></li>"
            "<li><a href='/n/2'>Neue Bilder vom Mars</a></li></ul>"
            "<p>Ab 08:10 Uhr Kabellose Bluetooth-Kopfhörer Over Ear, 40 Stunden Wiedergabezeit Original "
            "Amazon-Preis 30,99 € Blitzangebot-Preis 24,99 € Ersparnis zu Amazon 19% oder 6 €</p>")
    article = extract_article(_page(STORY + tail), URL)
    assert article.paragraphs == LINES


def test_site_labels_are_clutter_and_sentences_are_not():
    for label in ("Lesedauer etwa 2 Min", "5 min read", "Reading time: 4 minutes", "Mo, 11:41 Uhr",
                  "Mon 9:30 am", "12:03 pm |", "10:19 Uhr", "Autor: red", "Author: Jane Doe", "12 Comments", "Vorlesen"):
        assert is_clutter(label), label
    for sentence in ("Do you read for 5 min every day?", "Mark said 10:00 was too late for the ferry.",
                     "Marathon 10:30",
                     "The author: a fisherman who sailed the bay for forty years and wrote it all down."):
        assert not is_clutter(sentence), sentence


def test_a_question_headline_glued_before_the_standfirst_is_the_header():
    """An old magazine page set its headline, standfirst and story in one layout cell: "Les
    Français travaillent-ils trop peu ? Pour augmenter la durée du travail, mieux vaudrait …"; the
    question stood in the first sentence's place, before the standfirst."""
    cell = ("<table><tr><td><font><strong>Do ferries still pay their way?</strong><br>"
            f"{LINES[0]} {LINES[1]}</font></td></tr></table>")
    html = ("<html><head><title>Do ferries still pay their way?</title></head><body>"
            f"{cell}{STORY}</body></html>")
    assert extract_article(html, URL).paragraphs[0].startswith(LINES[0])


def test_a_library_style_creator_list_reads_as_people_in_reading_order():
    """Nature's metadata names its writers "Brazil, Rachel"; split at its commas the byline showed
    two people, "Brazil, Rachel"."""
    assert author_names("Brazil; Rachel") == "Rachel Brazil"
    assert author_names("You; Xiaoying; Lenharo; Mariana") == "Xiaoying You, Mariana Lenharo"
    assert author_names("Steve Matthews; Alex Tanzi") == "Steve Matthews, Alex Tanzi"
    assert author_names("Lars") == "Lars"


def test_the_site_named_beside_a_writer_is_the_publisher_not_a_byline():
    """"Oberösterreichische Nachrichten, Claudia Riedler" and "Die Tagespost, Christoph von Ritter"
    were shown as bylines; alone, the site's name stays (a personal site is its author's)."""
    assert author_names("Oberösterreichische Nachrichten; Claudia Riedler", None,
                        ("Oberösterreichische Nachrichten", "www.nachrichten.at")) == "Claudia Riedler"
    assert author_names("Die Tagespost; Christoph von Ritter", None,
                        ("die-tagespost.de", "www.die-tagespost.de")) == "Christoph von Ritter"
    assert author_names("Frankfurter Allgemeine Zeitung GmbH; Ralf Euler", None, ()) == "Ralf Euler"
    assert author_names("Paul Graham", None, ("Paul Graham", "paulgraham.com")) == "Paul Graham"


def test_a_pages_script_state_and_an_embed_consent_box_are_not_the_story():
    """A Tagesspiegel page (fundus, 2024) ended its story with its script state printed as lines
    ("showPaywall:", "false", "isSubscriber:", "false") and held the consent box of an embedded
    post ("Empfohlener redaktioneller Inhalt", "Ich bin damit einverstanden, dass mir der externe
    Inhalt angezeigt wird. ...") between two paragraphs."""
    consent = ("<p>Empfohlener redaktioneller Inhalt</p>"
               "<p>An dieser Stelle finden Sie einen von unseren Redakteuren ausgewählten, externen Inhalt, "
               "der den Artikel für Sie mit zusätzlichen Informationen anreichert.</p>"
               "<p>Ich bin damit einverstanden, dass mir der externe Inhalt angezeigt wird. Damit können "
               "personenbezogene Daten an Drittplattformen übermittelt werden.</p>")
    state = "".join(f"<p>{line}</p>" for line in ("showPaywall:", "false", "isSubscriber:", "false", "iPhone"))
    article = extract_article(_page(f"<p>{LINES[0]}</p><p>{LINES[1]}</p>{consent}" + "".join(
        f"<p>{line}</p>" for line in LINES[2:]) + state), URL)
    assert article.paragraphs == (*LINES, "iPhone")
