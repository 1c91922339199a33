"""What a reader notices about a page with an embedded tweet: the post's words are part of the
story, credited to whoever posted them; its signature line ("— Name (@handle) date") and Twitter's
short links are not."""

from __future__ import annotations

from bot.reader.extract.clutter import article_from_text
from bot.reader.pipeline import ask, read_html
from bot.reader.quotes.quotations import all_quotes
from bot.reader.text.document import build_document
from tests.support.reading import bold_in

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


def test_an_embedded_tweet_keeps_its_words_credited_to_its_poster_without_signature_or_short_link() -> None:
    article = read_html(PAGE, "https://courier.example/ferry")
    text = "\n".join(article.paragraphs)
    assert "Maria Lopes: “Finally! The night ferry means I can get home from the hospital before my kids wake up.”" in text
    assert "pic.twitter.com" not in text
    assert "(@marialopes_rn)" not in text
    assert "Follow the council (@portaldwin) for the timetable." in text


def test_a_question_about_the_picture_is_not_answered_with_a_short_link() -> None:
    article = read_html(PAGE, "https://courier.example/ferry")
    answer = ask(article, "Which picture was posted?")
    shown = [sentence.text for sentence in answer.sentences] + [answer.closest.text if answer.closest else ""]
    assert not any("twitter" in text for text in shown)


def test_a_pasted_article_loses_the_signature_lines_of_its_tweets() -> None:
    pasted = (
        "The harbour council of Port Aldwin approved a night ferry on Wednesday after a long debate about noise.\n"
        "Finally! The night ferry means I can get home before my kids wake up. https://t.co/Ab12Cd34Ef\n"
        "— Maria Lopes (@marialopes_rn) 14. März 2019\n"
        "Supporters said the ferry would cut a two-hour drive around the bay to twenty minutes, and the council "
        "expects the first boats to sail in the spring once crews are hired and the piers are repaired.\n"
    )
    paragraphs = article_from_text(pasted).paragraphs
    assert "Maria Lopes: “Finally! The night ferry means I can get home before my kids wake up.”" in paragraphs
    assert not any("@marialopes_rn" in paragraph or "t.co" in paragraph for paragraph in paragraphs)


def test_a_tweets_words_are_a_key_quote_of_its_poster_and_who_posted_them_is_answered() -> None:
    article = read_html(PAGE, "https://courier.example/ferry")
    said = {quote.text[:30]: quote.speaker for quote in all_quotes(build_document(article))}
    assert said.get("Finally! The night ferry means") == "Maria Lopes"
    assert bold_in(article, "Who said the new boats let her get home before her children are up?") == "Maria Lopes"


def test_a_post_that_quotes_someone_is_credited_to_its_poster_and_the_quote_keeps_its_speaker() -> None:
    pasted = (
        "The league suspended the Harbour City coach for two games on Monday after he walked off the pitch.\n"
        "Unbelievable. The coach said \"we will not play this game under these conditions\" and left. "
        "pic.twitter.com/abc123 — Jane Doe (@janedoe) March 12, 2019\n"
        "\"This is the worst decision the league has made in twenty years\"\n"
        "— John Smith (@jsmith) March 12, 2019\n"
        "The club said it would appeal the suspension and asked the league to publish the referee's report.\n"
    )
    article = article_from_text(pasted)
    said = {quote.text[:25]: quote.speaker for quote in all_quotes(build_document(article))}
    assert said.get("This is the worst decisio") == "John Smith"
    assert said.get("we will not play this gam") is None  # the coach, whom the post does not name
