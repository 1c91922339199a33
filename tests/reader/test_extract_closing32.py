"""Issue 15, the site's own lines closing a story (extract32, 2026-12-02): a labelled sample of 119
untuned pages (newspaper, htmldate, trafilatura; English, German, Spanish) still ended on "Subscribe
now to our eNATION edition for the full story.", "… download the Nationnews apps for iOS and
Android.", "Update July 3rd, 8:05AM ET: Added ARKit explanation and tweet.", "Are you surprised …?
Tell us below.", "Find out more … here.", a video's cookie box and a lone "News" or "More
Information"; an author's bio ("Jane Doe is a reporter covering …") reached answers to "who is …?".
Pages written here in those forms; the story's own sentences of the same shapes stay."""

from __future__ import annotations

import pytest

from bot.reader.extract.clutter import is_clutter
from bot.reader.extract.page import extract_article
from tests.support.ferry_story import LINES, STORY, URL, ferry_page


def _paragraphs(body: str) -> tuple[str, ...]:
    return extract_article(ferry_page(body), URL).paragraphs


@pytest.mark.parametrize(
    "line",
    [
        "Subscribe now to our Harbour Courier edition for the full story.",
        "For the latest stories and breaking news updates download the Courier apps for iOS and Android.",
        "For the full story and more photos, subscribe now and get the digital edition immediately.",
        "¿Ya sabías que tenemos canal de Telegram? Únete desde tu celular en este enlace.",
        "Get a daily dose of island news through our daily email.",
        "Publish news of your club or business by submitting a news release to the Courier.",
        "Update May 3rd, 8:05AM ET: Added the board's timetable.",
        "This story has been updated with the ticket price.",
        "Dieser Artikel erschien zuerst in der Inselzeitung.",
        "Are you taking the new ferry? Tell us below.",
        "Find out more about the islands' hotels here.",
        "Alles über die Inseln findest du hier.",
        "Please accept YouTube cookies to play this video.",
        "Have a tip? Send it to the newsroom.",
        "Follow us on Instagram and Threads.",
        "More Information",
        "News",
    ],
)
def test_a_line_the_site_closes_the_story_with_is_not_the_story(line: str) -> None:
    assert is_clutter(line)
    assert line not in _paragraphs(f"{STORY}<p>{line}</p>")


@pytest.mark.parametrize(
    "line",
    [
        "More than 100 islanders gathered here on Tuesday to see the first boat.",
        "Officials urged passengers to download the port's app for timetable changes.",
        "The mayor said the board had updated the timetable twice since March.",
        "Tell us how we can do better, the board's chair asked the fishermen at the meeting.",
        "Residents will find the new pier busier than the old one, the board said.",
    ],
)
def test_the_storys_sentences_of_those_shapes_stay(line: str) -> None:
    assert not is_clutter(line)
    assert line in _paragraphs(f"{STORY}<p>{line}</p>")


def test_an_author_bio_closing_the_story_goes_and_a_reporter_in_the_story_stays() -> None:
    bio = "Jane Doe is a reporter covering the islands for the Harbour Courier."
    paragraphs = _paragraphs(f"{STORY}<p>{bio}</p>")
    assert bio not in paragraphs and LINES[-1] in paragraphs
    inside = "Tom Reed is a reporter who has taken the ferry every week since 1990."
    assert inside in _paragraphs(f"<p>{LINES[0]}</p><p>{inside}</p>{STORY}")


def test_a_reporter_in_the_past_tense_at_the_end_is_the_storys() -> None:
    obituary = "Tom Reed was a reporter for the Harbour Courier for forty years."
    assert obituary in _paragraphs(f"{STORY}<p>{obituary}</p>")


def test_a_blogs_month_calendar_after_the_post_goes_and_a_table_of_figures_stays() -> None:
    calendar = ("<table><tr><th>Su</th><th>Mo</th><th>Tu</th><th>We</th><th>Th</th><th>Fr</th><th>Sa</th></tr>"
                + "".join("<tr>" + "".join(f"<td>{day}</td>" for day in range(start, start + 7)) + "</tr>"
                          for start in (2, 9, 16))
                + "</table>")
    text = "\n".join(_paragraphs(f"{STORY}{calendar}"))
    assert "| 9 | 10 | 11 |" not in text and "| Su | Mo |" not in text and LINES[-1] in text
    assert not is_clutter("| 2019 | 45 | 3 | 4 | 5 | 6 | 7 |")


def test_a_press_contacts_label_and_phone_line_go() -> None:
    contact = "<p>Pressekontakt:</p><p>Telefon +49 (0)40 / 49 07 11 06</p>"
    paragraphs = _paragraphs(f"{STORY}{contact}")
    assert paragraphs[-1] == LINES[-1]
    assert not is_clutter("Phone sales rose by 12 per cent in 2019.")
