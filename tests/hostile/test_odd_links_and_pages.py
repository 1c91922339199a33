"""Links and pages a user may send that are odd rather than malicious, met through the real bot.

Each gets the message for what is wrong with it (bot/errors.py), never the apology or another
kind's message, and the bot still answers the next message.
"""

from __future__ import annotations

from bot.conversation import texts
from bot.errors import (
    APOLOGY, BadRedirect, BlockedAddress, BrokenLink, BrokenResponse, DeadLink, FeedLink, InsecureSite, InvalidUrl,
    LinkWithLogin, MediaOnly, MistypedLink, NoAnswersInLanguage, NoSentences, NotAnArticle, QuestionInAnotherScript, Unreachable,
)
from tests.e2e import articles
from tests.e2e.conftest import World
from tests.hostile.conftest import exchange, still_answers
from tests.support.pages import PageServer, raw, redirect, untrusted_tls

FEED = ('<?xml version="1.0"?>\n<rss version="2.0"><channel><title>Harbour news</title>'
        + "".join(f"<item><title>Story {n}</title><link>http://example.com/{n}</link></item>" for n in range(5))
        + "</channel></rss>")
FRENCH_TITLE = "Un jardin sur le toit de la caserne"
FRENCH = [
    "La mairie a ouvert samedi un jardin sur le toit de l’ancienne caserne des pompiers, où poussent "
    "désormais des légumes, des herbes et des fleurs sauvages.",
    "Le jardin a été dessiné par l’architecte Léna Ortiz, qui a expliqué que le toit était assez solide "
    "pour porter la terre.",
    "Des bénévoles ont planté trois cent quarante arbres fruitiers dans de grands bacs, et la première "
    "récolte de pommes est prévue dans deux ans.",
    "Les habitants peuvent louer l’une des quatre-vingts petites parcelles pour vingt-cinq euros par "
    "saison, en priorité les familles vivant en appartement sans balcon.",
    "Le projet a coûté deux millions d’euros, payés en grande partie par un fonds régional pour le "
    "climat qui soutient les toits végétalisés.",
]


def summarized(world: World, chat: int, title: str) -> None:
    world.telegram.wait_for(lambda: any(title in m.text for m in world.telegram.bot_messages(chat)), 10,
                            f"a summary of {title!r} in chat {chat}")


def test_a_link_too_broken_to_read_is_refused_and_the_others_are_read(world: World) -> None:
    chat = 9801
    text = f"http://[::1/story and {world.pages.url('/garden')}"
    answer = exchange(world, chat, text, BrokenLink.message, APOLOGY, case="an unclosed IPv6 bracket")
    assert answer.text == BrokenLink.message
    summarized(world, chat, articles.GARDEN_TITLE)
    still_answers(world, chat)


def test_a_link_with_a_password_is_refused_unfetched_and_unlogged(world: World) -> None:
    chat = 9802
    url = world.pages.url("/garden").replace("http://", "http://reader:hunter2secret@")
    answer = exchange(world, chat, url, LinkWithLogin.message, APOLOGY, case="a link with a password")
    assert answer.text == LinkWithLogin.message
    assert "hunter2secret" not in world.bot.log_text()
    assert not any("hunter2secret" in str(request.headers) for request in world.pages.requests)
    still_answers(world, chat)


def test_a_script_or_data_address_is_no_web_link_not_a_broken_one(world: World) -> None:
    """Sent alone, "javascript:…" and "data:…" were given https:// in front and refused as broken web
    links ("check it and send it again"), where the command line says they are no web links."""
    chat = 9824
    for text in ("javascript:alert(document.cookie)", "data:text/html,<script>alert(1)</script>", "file:///etc/passwd"):
        answer = exchange(world, chat, text, InvalidUrl.message, BrokenLink.message, APOLOGY, case=f"a message {text}")
        assert answer.text == InvalidUrl.message, text
    still_answers(world, chat)


def test_a_redirect_off_the_web_says_the_site_sent_me_there(world: World) -> None:
    chat = 9803
    url = world.pages.route("/odd/to-file", redirect("file:///etc/passwd"))
    answer = exchange(world, chat, url, BadRedirect.message, APOLOGY, case="a redirect to file://")
    assert answer.text == BadRedirect.message
    still_answers(world, chat)


def test_a_redirect_to_the_cloud_metadata_address_is_refused_even_with_private_links_allowed(world: World) -> None:
    chat = 9809
    url = world.pages.route("/odd/to-metadata", redirect("http://169.254.169.254/latest/meta-data/"))
    answer = exchange(world, chat, url, BlockedAddress.message, "refused to show", "couldn't reach", APOLOGY,
                      case="a redirect to the metadata address")
    assert answer.text == BlockedAddress.message
    still_answers(world, chat)


def test_a_news_feed_sent_as_a_link_points_to_feed_add(world: World) -> None:
    chat = 9804
    for number, content_type in enumerate(["application/rss+xml", "text/xml", "text/html; charset=utf-8"]):
        url = world.pages.add(f"/odd/feed/{number}", FEED, content_type=content_type)
        answer = exchange(world, chat, url, FeedLink.message, "isn't a web page", NotAnArticle.message,
                          case=f"a feed served as {content_type}")
        assert answer.text == FeedLink.message, content_type
    still_answers(world, chat)


def test_a_page_in_windows_1252_labelled_utf_8_reads_right(world: World) -> None:
    html = articles.page(FRENCH_TITLE, FRENCH, lang="fr").replace('<meta charset="utf-8">', "")
    url = world.pages.add("/odd/mislabelled", html.encode("cp1252"), content_type="text/html; charset=utf-8")
    answer = exchange(world, 9805, url, "TL;DR", case="windows-1252 labelled UTF-8")
    assert FRENCH_TITLE in answer.text and "légumes" in answer.text and "\ufffd" not in answer.text


def test_a_page_of_only_a_table_is_not_summarized_as_rows(world: World) -> None:
    rows = "".join(f"<tr><td>{n}</td><td>Team {n}</td><td>{n * 3}</td></tr>" for n in range(200))
    url = world.pages.add("/odd/table", f"<html><head><title>League table</title></head><body><table>"
                                        f"<tr><th>#</th><th>Team</th><th>Points</th></tr>{rows}</table></body></html>")
    answer = exchange(world, 9806, url, NotAnArticle.message, "TL;DR", case="a page of only a table")
    assert answer.text == NotAnArticle.message


def test_a_page_of_text_without_full_stops_says_so(world: World) -> None:
    run_on = " ".join(f"and then the volunteers planted row {n} of beans on the roof" for n in range(5_000))
    url = world.pages.add("/odd/run-on", articles.page("One long breath", [run_on]))
    answer = exchange(world, 9807, url, NoSentences.message, NotAnArticle.message, "TL;DR",
                      case="300 kB without a full stop")
    assert answer.text == NoSentences.message
    still_answers(world, 9807)


def test_a_question_longer_than_a_paste_is_answered_as_a_question(world: World) -> None:
    chat = 9808
    exchange(world, chat, world.pages.url("/garden"), "TL;DR", case="the garden")
    question = "How much does it cost to rent a plot " + "and for how long " * 60 + "?"
    answer = exchange(world, chat, question, "25 euros", "too short", "doesn't seem to say",
                      case="a 1,000-character question")
    assert "25 euros" in answer.text


def test_questions_about_a_page_holding_a_number_of_thousands_of_digits_are_answered(world: World) -> None:
    """Python reads at most 4,300 digits as a number: a page printing a long one (a record prime)
    made every question about it fail with the apology, and so did a superscript "²" as a word."""
    chat = 9825
    record = "<p>The club's banner shows a prime of 5,000 digits: " + "7" * 5_000 + ".</p><p>It rose by ² points.</p>"
    url = world.pages.add("/odd/long-number", articles.GARDEN.replace("</article>", record + "</article>"))
    exchange(world, chat, url, "TL;DR", case="a page with a 5,000-digit number")
    answer = exchange(world, chat, "How many square metres is the garden?", "1,200", APOLOGY, "doesn't seem to say",
                      case="a question about a page with a 5,000-digit number")
    assert "1,200" in answer.text
    still_answers(world, chat)


def test_an_article_served_as_plain_text_or_markdown_is_summarized(world: World) -> None:
    chat = 9810
    for number, content_type in enumerate(["text/plain; charset=utf-8", "text/markdown"]):
        url = world.pages.add(f"/odd/plain/{number}", articles.PASTED, content_type=content_type)
        answer = exchange(world, chat, url, "TL;DR", NotAnArticle.message, "isn't a web page",
                          case=f"an article served as {content_type}")
        assert "Harbour council approves night ferry service" in answer.text, content_type


def test_a_garbled_reply_and_an_untrusted_certificate_each_get_their_own_message(world: World) -> None:
    chat = 9811
    url = world.pages.route("/odd/garbled", raw(b"HTTP/1.1 200 OK\r\nContent-Length: -5\r\n\r\n" + articles.GARDEN.encode()))
    answer = exchange(world, chat, url, BrokenResponse.message, Unreachable.message, case="a garbled reply")
    assert answer.text == BrokenResponse.message
    with PageServer(tls=untrusted_tls()) as secure:
        url = secure.add("/story", articles.GARDEN)
        answer = exchange(world, chat, url, InsecureSite.message, Unreachable.message, case="a self-signed certificate")
    assert answer.text == InsecureSite.message
    still_answers(world, chat)


def test_a_page_too_long_to_read_whole_says_so_in_the_summary_and_a_declined_answer(world: World) -> None:
    """Past the reading limits only the page's first part is read; "the article doesn't say" about
    its end would be untrue unless the person hears that part went unread."""
    chat = 9812
    rows = [f"The volunteers planted row {n} of beans near the harbour on a windy morning. " * 9 for n in range(300)]
    url = world.pages.add("/odd/very-long", articles.page("Three hundred rows of beans", rows))
    summary = exchange(world, chat, url, "TL;DR", NotAnArticle.message, case="240 kB of paragraphs")
    assert texts.PAGE_CUT in summary.text
    answer = exchange(world, chat, "Who planted row 299?", "doesn't seem to say", "row 299", case="past the part read")
    assert texts.PAGE_CUT_ANSWER in answer.text
    short = exchange(world, chat, world.pages.url("/garden"), "TL;DR", case="the garden after a long page")
    assert texts.PAGE_CUT not in short.text


def forwarding(target: str, *, seconds: int = 0, script: bool = False) -> str:
    """A page with no article that sends browsers on: a static site's "Redirecting…" page, or a
    link shortener's answer to a browser (a script, the same instruction in <noscript>)."""
    refresh = f'<meta http-equiv="refresh" content="{seconds}; url={target}">'
    if script:
        return (f'<html><head><noscript>{refresh}</noscript><title>{target}</title>'
                f'<script>location.replace("{target}")</script></head><body></body></html>')
    return f'<html><head>{refresh}<title>Redirecting…</title></head><body><p>Redirecting…</p></body></html>'


def test_a_page_that_forwards_its_reader_is_followed_to_the_article(world: World) -> None:
    chat = 9813
    for number, script in enumerate([False, True]):
        url = world.pages.add(f"/odd/forward/{number}", forwarding("/garden", script=script))
        answer = exchange(world, chat, url, "TL;DR", NotAnArticle.message, "JavaScript", APOLOGY,
                          case="a page that forwards")
        assert articles.GARDEN_TITLE in answer.text, answer.text
    to_metadata = world.pages.add("/odd/forward/inside", forwarding("http://169.254.169.254/latest/meta-data/"))
    answer = exchange(world, chat, to_metadata, BlockedAddress.message, NotAnArticle.message, "TL;DR", APOLOGY,
                      case="a page that forwards inside")
    assert answer.text == BlockedAddress.message
    onwards = world.pages.add("/odd/forward/twice", forwarding(world.pages.url("/odd/forward/0")))
    hops = len(world.pages.requests)
    exchange(world, chat, onwards, NotAnArticle.message, "TL;DR", APOLOGY, case="a forward to a forward")
    assert len(world.pages.requests) - hops == 2, "one forward is followed, not a chain"
    still_answers(world, chat)


def test_a_page_with_an_article_is_read_whatever_its_refresh_says(world: World) -> None:
    """A live page asks browsers to reload it, or to move on after a while: its article is read."""
    chat = 9814
    for number, refresh in enumerate(['content="300"', 'content="600; url=/envoy"', 'content="0; url=/envoy"']):
        html = articles.GARDEN.replace("<head>", f'<head><meta http-equiv="refresh" {refresh}>', 1)
        url = world.pages.add(f"/odd/live/{number}", html)
        answer = exchange(world, chat, url, "TL;DR", NotAnArticle.message, APOLOGY, case="a page with a refresh")
        assert articles.GARDEN_TITLE in answer.text, refresh
    still_answers(world, chat)


def test_a_page_withheld_by_region_is_not_called_dead(world: World) -> None:
    """451 (many American local papers answer readers in Europe so): the page is there, not dead;
    a German reader hears it in German."""
    chat = 9815
    withheld = world.pages.add("/odd/withheld", "<h1>Unavailable for legal reasons</h1>", status=451)
    answer = exchange(world, chat, withheld, "451", APOLOGY, case="a page withheld by region")
    assert answer.text == DeadLink.withheld
    gone = world.pages.add("/odd/gone-for-good", "<h1>Gone</h1>", status=410)
    answer = exchange(world, chat, gone, "410", APOLOGY, case="a page gone for good")
    assert answer.text == DeadLink.message.format(status=410)
    world.telegram.set_language(chat, "de")
    answer = exchange(world, chat, withheld.replace("withheld", "withheld?again"), "451", APOLOGY,
                      case="a page withheld by region, in German")
    assert answer.text.startswith("Diese Website zeigt die Seite")
    world.telegram.set_language(chat, "en")
    still_answers(world, chat)


def test_a_word_typed_as_a_link_but_none_is_said_back_as_a_broken_link(world: World) -> None:
    """Before and after an article: a mistyped link is shown as it was read, never answered as a
    question or met with "send me a link"; a link whose site name lacks a part is broken too, and a
    question that names a site is still a question."""
    chat = 9820
    for typed in ("htp:/broken-link", "www.example", "https//harbour-news", "http:\\\\harbour"):
        answer = exchange(world, chat, typed, "broken", "Send me a link", "I don't have an article", APOLOGY,
                          case=f"mistyped link {typed}")
        assert answer.text == str(MistypedLink(typed)) and f"“{typed}”" in answer.text
    answer = exchange(world, chat, "https://.com/story", BrokenLink.message, Unreachable.message, APOLOGY,
                      case="a site name with a part missing")
    assert answer.text == BrokenLink.message
    exchange(world, chat, world.pages.url("/garden"), "TL;DR", case="the garden")
    answer = exchange(world, chat, "www.example", "broken", "doesn't seem to say", "Ask me about", APOLOGY,
                      case="mistyped link after an article")
    assert answer.text == str(MistypedLink("www.example"))
    answer = exchange(world, chat, "How much does a plot cost at www.example?", "25 euros", "broken",
                      "doesn't seem to say", case="a question naming a site")
    assert "broken" not in answer.text


def test_a_page_that_is_only_a_video_or_an_embed_says_what_it_holds(world: World) -> None:
    chat = 9821
    shell = ("<html><head><title>{title}</title>{head}</head><body><nav><a href='/'>Home</a></nav><article>"
             "<h1>{title}</h1>{body}</article></body></html>")
    pages = {
        "video": ("Watch: storm hits the harbour", "<meta property='og:type' content='video.other'>",
                  "<video controls src='/v/storm.mp4'>Your browser does not support video.</video>", MediaOnly.video),
        "player": ("Full interview with the mayor", "",
                   "<iframe src='https://www.youtube-nocookie.com/embed/abc123' width='560' height='315'></iframe>",
                   MediaOnly.video),
        "podcast": ("Episode 12: the harbour ferry", "",
                    "<audio controls src='/a/episode12.mp3'></audio>", MediaOnly.audio),
        "chart": ("Election results by county", "",
                  "<iframe src='https://datawrapper.dwcdn.net/Xy12/1/' height='600'></iframe><p>Source: county offices</p>",
                  MediaOnly.message),
        "notice": ("Page not found", "",
                   "<p>Sorry, this page is gone.</p><iframe src='https://ads.example.net/slot?id=4' width='300'></iframe>",
                   NotAnArticle.message),
    }
    for name, (title, head, body, expected) in pages.items():
        url = world.pages.add(f"/odd/media/{name}", shell.format(title=title, head=head, body=body))
        answer = exchange(world, chat, url, MediaOnly.video, MediaOnly.audio, MediaOnly.message, NotAnArticle.message,
                          "TL;DR", APOLOGY, case=f"a page of only {name}")
        assert answer.text == expected, name
    still_answers(world, chat)


def test_a_question_about_a_japanese_article_is_told_the_truth(world: World) -> None:
    """A Japanese story is summarized; a question about it, in Japanese or in English, hears that
    questions about Japanese articles are not answered yet, not "the article doesn't say" (it does)
    or "send me a link"; small talk and the byline question are still answered."""
    sentences = ["東京都は土曜日、古い消防署の屋上に菜園を開いた。",
                 "菜園には四十の花壇があり、近くに住む人が年間二十五ユーロで借りることができる。",
                 "設計したのは建築家の山田花子さんで、屋根は土の重さに耐えられると説明した。",
                 "初日には一時間の行列ができ、多くの家族が申し込んだ。",
                 "市は来年、さらに三つの屋上菜園を作る計画だ。"]
    url = world.pages.add("/odd/japanese", articles.page("消防署の屋上に菜園", [s + s for s in sentences], lang="ja"))
    chat = 9822
    summary = exchange(world, chat, url, "TL;DR", NotAnArticle.message, APOLOGY, case="a Japanese article")
    assert "菜園" in summary.text
    japanese = str(NoAnswersInLanguage("ja"))
    for question in ("設計したのは誰ですか", "山田花子さんは誰？", "How much does a bed cost?"):
        answer = exchange(world, chat, question, japanese, "doesn't seem to say", "Send me a link", APOLOGY,
                          case=f"a question about a Japanese article: {question}")
        assert answer.text == japanese
    exchange(world, chat, "Who wrote this?", "writer", "byline", case="the byline of a Japanese article")
    still_answers(world, chat)


def test_a_question_in_another_alphabet_than_the_article_is_told_so(world: World) -> None:
    """An Arabic story: a question in Arabic is answered from it; one in English can match none of
    its words and hears so, not "the article doesn't say" (it says). A Russian question about an
    English story likewise; an English one naming a word of another alphabet is still answered."""
    sentences = ["افتتحت البلدية يوم السبت حديقة على سطح محطة الإطفاء القديمة في وسط المدينة.",
                 "تضم الحديقة أربعين حوضا يمكن للسكان استئجارها مقابل خمسة وعشرين يورو في السنة.",
                 "وقالت المهندسة ليلى حسن إن السطح قوي بما يكفي لحمل التربة والماء.",
                 "وقف الناس في طابور لمدة ساعة في يوم الافتتاح للتسجيل.",
                 "وتخطط البلدية لإنشاء ثلاث حدائق أخرى على الأسطح في العام المقبل."]
    url = world.pages.add("/odd/arabic", articles.page("حديقة على سطح محطة الإطفاء", [s + " " + s for s in sentences],
                                                       lang="ar"))
    chat = 9823
    exchange(world, chat, url, "TL;DR", NotAnArticle.message, APOLOGY, case="an Arabic article")
    answer = exchange(world, chat, "من هي المهندسة ليلى حسن؟", "paragraph", "doesn't seem to say", APOLOGY,
                      case="an Arabic question about an Arabic article")
    assert "ليلى حسن" in answer.text
    answer = exchange(world, chat, "How much does a bed cost?", QuestionInAnotherScript.message, "doesn't seem to say",
                      APOLOGY, case="an English question about an Arabic article")
    assert answer.text == QuestionInAnotherScript.message
    exchange(world, chat, world.pages.url("/garden"), "TL;DR", case="the garden")
    answer = exchange(world, chat, "Сколько стоит участок?", QuestionInAnotherScript.message, "doesn't seem to say",
                      APOLOGY, case="a Russian question about an English article")
    assert answer.text == QuestionInAnotherScript.message
    answer = exchange(world, chat, "How much does a plot cost, in €?", "25 euros", QuestionInAnotherScript.message,
                      "doesn't seem to say", case="an English question about an English article")
    assert "25 euros" in answer.text
