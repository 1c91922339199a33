"""What a reader notices about a page with an embedded tweet: the post's words are part of the
story, its signature ("— Name (@handle) date") and Twitter's short links are not."""

from __future__ import annotations

from bot.reader.extract.clutter import article_from_text
from bot.reader.pipeline import ask, read_html

STORY = (
    "<p>The harbour council of Port Aldwin approved a night ferry on Wednesday after a long debate about "
    "noise, money and the needs of shift workers who cross the bay before dawn.</p>"
    "<p>Supporters said the ferry would cut a two-hour drive around the bay to twenty minutes, and the "
    "council expects the first boats to sail in the spring once crews are hired.</p>"
    '<blockquote class="twitter-tweet"><p lang="en" dir="ltr">Finally! The night ferry means I can get home '
    'from the hospital before my kids wake up. <a href="https://t.co/Ab12Cd34Ef">pic.twitter.com/Ab12Cd34Ef</a>'
    '</p>&mdash; Maria Lopes (@marialopes_rn) <a href="https://twitter.com/marialopes_rn/status/1">March 14, '
    '2019</a></blockquote><script async src="https://platform.twitter.com/widgets.js"></script>'
    "<p>The ferry operator, Bayline, will run three crossings a night, the council said, and fares will match "
    "the daytime boats so that nobody pays more for working late. Follow the council (@portaldwin) for the "
    "timetable.</p>"
    "<p>Opponents on the waterfront warned about engine noise and asked the council to review the timetable "
    "after the first summer of service.</p>"
)
PAGE = f"<html><head><title>Night ferry approved</title></head><body><article>{STORY}</article></body></html>"


def test_an_embedded_tweet_keeps_its_words_without_its_signature_or_short_link() -> None:
    article = read_html(PAGE, "https://courier.example/ferry")
    text = "\n".join(article.paragraphs)
    assert "The night ferry means I can get home from the hospital before my kids wake up." in text
    assert "pic.twitter.com" not in text
    assert "(@marialopes_rn)" not in text
    assert "Follow the council (@portaldwin) for the timetable." in text


def test_a_question_about_the_picture_is_not_answered_with_a_short_link() -> None:
    article = read_html(PAGE, "https://courier.example/ferry")
    answer = ask(article, "Which picture was posted?")
    shown = [sentence.text for sentence in answer.sentences] + [answer.closest.text if answer.closest else ""]
    assert not any("twitter" in text or "Maria Lopes" in text for text in shown)


def test_a_pasted_article_loses_the_signature_lines_of_its_tweets() -> None:
    pasted = (
        "The harbour council of Port Aldwin approved a night ferry on Wednesday after a long debate about noise.\n"
        "Finally! The night ferry means I can get home before my kids wake up. https://t.co/Ab12Cd34Ef\n"
        "— Maria Lopes (@marialopes_rn) 14. März 2019\n"
        "Supporters said the ferry would cut a two-hour drive around the bay to twenty minutes, and the council "
        "expects the first boats to sail in the spring once crews are hired and the piers are repaired.\n"
    )
    paragraphs = article_from_text(pasted).paragraphs
    assert "Finally! The night ferry means I can get home before my kids wake up." in paragraphs
    assert not any("@marialopes_rn" in paragraph or "t.co" in paragraph for paragraph in paragraphs)
