"""Robot checks, paywall stubs and JavaScript shells: each is told apart from an article and said
plainly, with links to web archives, whether the site sends it with 200, 403 or 503."""

from __future__ import annotations

import gzip
from pathlib import Path

import pytest

from bot.errors import (
    BotChallenge, DeadLink, PageBlocked, Paywalled, ScriptOnly, message_for, plain_message,
)
from bot.reader.extract.blocked import challenge_in
from bot.reader.extract.page import extract_article
from bot.reader.fetch import fetch_page
from bot.reader.pipeline import fetch_article
from tests.reader.test_fetch import LOCAL
from tests.support.pages import PageServer, page

FIXTURES = Path(__file__).resolve().parent.parent / "fixtures" / "blocked"
EXPECTED = {"challenge": BotChallenge, "paywall": Paywalled, "shell": ScriptOnly}
VARIANTS = sorted(path.stem for path in FIXTURES.glob("*.html"))
CHALLENGES = [name for name in VARIANTS if name.startswith("challenge_")]
URL = "https://news.example/politics/story?id=7"


def fixture(name: str) -> str:
    return (FIXTURES / f"{name}.html").read_text(encoding="utf-8")


def story(paragraphs: int, extra: str = "", head: str = "", root: str = "") -> str:
    """A real article of `paragraphs` paragraphs (about 45 words each), with `extra` after it."""
    body = "".join(
        f"<p>In the {number}th week of the survey, volunteers counted the sea birds nesting on the cliffs "
        f"north of the harbour, and found {number * 12} pairs of puffins where the old records showed far fewer. "
        f"The counters said the mild spring and the ban on sand eel fishing both seemed to have helped.</p>"
        for number in range(1, paragraphs + 1)
    )
    article = f"<article><h1>Puffins return to the northern cliffs</h1>{body}{extra}</article>"
    if root:
        article = f'<div id="{root}">{article}</div>'
    return (f'<html lang="en"><head><title>Puffins return to the northern cliffs</title>{head}</head>'
            f"<body>{article}</body></html>")


def test_there_is_a_fixture_for_every_kind() -> None:
    assert {name.split("_")[0] for name in VARIANTS} == set(EXPECTED)
    assert len(VARIANTS) >= 20


@pytest.mark.parametrize("name", VARIANTS)
def test_each_variant_is_recognised_and_never_read_as_an_article(name: str) -> None:
    with pytest.raises(PageBlocked) as caught:
        extract_article(fixture(name), URL)
    assert type(caught.value) is EXPECTED[name.split("_")[0]]
    assert caught.value.detail, "the variant is named, for logs and the benchmark"


@pytest.mark.parametrize(
    ("name", "variant"),
    [
        ("challenge_cloudflare_managed", "Cloudflare"),
        ("challenge_cloudflare_connection_check", "Cloudflare"),
        ("challenge_akamai", "Akamai"),
        ("challenge_datadome", "DataDome"),
        ("challenge_perimeterx", "PerimeterX"),
        ("challenge_ddos_guard", "DDoS-Guard"),
        ("challenge_sucuri", "Sucuri"),
        ("paywall_de", "paywall (de)"),
        ("paywall_fr", "paywall (fr)"),
        ("paywall_es", "paywall (es)"),
        ("paywall_json_ld", "schema.org isAccessibleForFree"),
        ("paywall_login_box", "login box"),
        ("shell_react", "enable JavaScript"),
        ("shell_next", "empty app root"),
        ("shell_template", "unfilled template"),
        ("shell_framework_data", "no text, only scripts"),
    ],
)
def test_the_variant_is_named_by_its_own_signature(name: str, variant: str) -> None:
    with pytest.raises(PageBlocked) as caught:
        extract_article(fixture(name), URL)
    assert caught.value.detail == variant


# No false alarms -------------------------------------------------------------------------------

def test_a_full_article_marked_not_free_is_read() -> None:
    """Sites that let readers (and us) see the whole story still mark it as paid in JSON-LD."""
    head = '<script type="application/ld+json">{"@type": "NewsArticle", "isAccessibleForFree": false}</script>'
    article = extract_article(story(8, head=head), URL)
    assert len(article.paragraphs) == 8


def test_a_short_story_served_inside_its_part_marked_for_subscribers_is_read() -> None:
    """A 5-paragraph story under the teaser length, marked paid for search engines but sent whole
    inside the marked part, is the article; the same mark with that part left empty is a paywall."""
    head = ('<script type="application/ld+json">{"@type": "NewsArticle", "isAccessibleForFree": false, '
            '"hasPart": {"@type": "WebPageElement", "isAccessibleForFree": false, '
            '"cssSelector": ".paywall-article"}}</script>')
    served = extract_article(story(5, head=head).replace("<article>", '<article class="story paywall-article">'),
                             URL)
    assert len(served.paragraphs) == 5
    with pytest.raises(Paywalled):
        extract_article(story(5, head=head, extra='<div class="paywall-article"></div>'), URL)


def test_a_full_article_with_a_subscription_promo_is_read() -> None:
    promo = "<aside><p>Subscribe to continue reading our award-winning journalism for 1 euro.</p></aside>"
    article = extract_article(story(8, extra=promo), URL)
    assert article.paragraphs[0].startswith("In the 1th week")


def test_a_short_article_in_a_script_app_that_was_rendered_on_the_server_is_read() -> None:
    noscript = "<noscript>Please enable JavaScript for the best experience.</noscript>"
    article = extract_article(story(3, extra=noscript, root="__next"), URL)
    assert len(article.paragraphs) == 3


def test_a_short_article_about_templates_is_read() -> None:
    extra = ("<p>The bird trust's new site shows {{count}} in place of the number of pairs until its "
             "script runs, which the volunteers noticed on their phones.</p>")
    article = extract_article(story(2, extra=extra), URL)
    assert len(article.paragraphs) == 3


def test_a_short_article_quoting_a_challenge_phrase_is_read() -> None:
    extra = ("<p>Visitors to the bird trust's site saw a page saying 'Checking your browser before accessing' "
             "for an hour on Monday, after a surge of traffic.</p>")
    article = extract_article(story(2, extra=extra), URL)
    assert len(article.paragraphs) == 3


def test_a_plain_error_page_is_not_called_a_robot_check() -> None:
    forbidden = ("<html><head><title>403 Forbidden</title></head><body><h1>Forbidden</h1>"
                 "<p>You don't have permission to access this resource.</p><hr><address>Apache/2.4.57 "
                 "Server at news.example Port 443</address></body></html>")
    assert challenge_in(forbidden) is None


@pytest.mark.parametrize("name", ["paywall_subscribe", "paywall_json_ld", "shell_react"])
def test_an_error_status_is_only_ever_read_as_a_robot_check(name: str) -> None:
    assert challenge_in(fixture(name)) is None


@pytest.mark.parametrize("name", CHALLENGES)
def test_every_robot_check_is_recognised_on_an_error_page(name: str) -> None:
    assert isinstance(challenge_in(fixture(name)), BotChallenge)


# Messages and archive links --------------------------------------------------------------------

def test_each_kind_says_what_happened() -> None:
    assert message_for(BotChallenge()).startswith("That site asked me to prove I'm not a robot")
    assert message_for(Paywalled()).startswith("That article is behind a paywall: I could only see the teaser")
    assert "JavaScript" in message_for(ScriptOnly())


def test_archive_links_point_at_the_page_asked_for() -> None:
    error = Paywalled("paywall (en)")
    assert error.archive_links == []
    assert "web archive" not in str(error), "no archive is mentioned when there is no link to offer"
    error.url = URL
    assert str(error).endswith("A web archive may have the full text.")
    assert error.archive_links == [("Wayback Machine", f"https://web.archive.org/web/{URL}"),
                                   ("archive.today", f"https://archive.ph/newest/{URL}")]
    line = plain_message(error)
    assert "\n" not in line
    assert line.startswith(message_for(error))
    assert f"https://web.archive.org/web/{URL}" in line and f"https://archive.ph/newest/{URL}" in line


# Over HTTP -------------------------------------------------------------------------------------

@pytest.mark.parametrize(("status", "name"), [(503, "challenge_cloudflare_managed"), (403, "challenge_akamai"),
                                              (403, "challenge_datadome"), (429, "challenge_perimeterx"),
                                              (401, "challenge_hcaptcha")])
async def test_a_robot_check_sent_with_an_error_status_is_reported_as_one(
    pages_server: PageServer, status: int, name: str
) -> None:
    url = pages_server.add("/story", fixture(name), status=status)
    with pytest.raises(BotChallenge):
        await fetch_page(url, LOCAL)


async def test_a_gzipped_robot_check_is_read(pages_server: PageServer) -> None:
    body = gzip.compress(fixture("challenge_cloudflare_managed").encode())
    url = pages_server.route("/story", page(body, status=403, headers={"Content-Encoding": "gzip"}))
    with pytest.raises(BotChallenge):
        await fetch_page(url, LOCAL)


async def test_a_plain_refusal_stays_a_dead_link(pages_server: PageServer) -> None:
    url = pages_server.add("/story", "<html><body><h1>Forbidden</h1></body></html>", status=403)
    with pytest.raises(DeadLink) as caught:
        await fetch_page(url, LOCAL)
    assert caught.value.status == 403


async def test_other_error_statuses_are_not_read(pages_server: PageServer) -> None:
    url = pages_server.add("/story", fixture("challenge_cloudflare_managed"), status=404)
    with pytest.raises(DeadLink):
        await fetch_page(url, LOCAL)


async def test_a_huge_error_page_is_read_only_at_its_head(pages_server: PageServer) -> None:
    """The markers sit past what we read, so this is a dead link; and the 5 MB were never taken."""
    body = "<html><body>" + "<p>filler</p>" * 400_000 + "<title>Just a moment...</title></body></html>"
    url = pages_server.add("/story", body, status=503)
    with pytest.raises(DeadLink):
        await fetch_page(url, LOCAL)


@pytest.mark.parametrize(("status", "name", "error"), [(503, "challenge_cloudflare_connection_check", BotChallenge),
                                                       (200, "challenge_sucuri", BotChallenge),
                                                       (200, "paywall_fr", Paywalled),
                                                       (200, "shell_angular", ScriptOnly)])
async def test_the_error_carries_the_link_that_was_asked_for(
    pages_server: PageServer, status: int, name: str, error: type[PageBlocked]
) -> None:
    pages_server.add("/paywalled", fixture(name), status=status)
    asked = pages_server.route("/story", page(b"", None, 302, {"Location": "/paywalled"}))
    with pytest.raises(error) as caught:
        await fetch_article(asked, LOCAL)
    assert caught.value.archive_links[0][1] == f"https://web.archive.org/web/{asked}"
