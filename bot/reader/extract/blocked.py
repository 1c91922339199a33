"""Pages that stand in for the article: robot checks, paywall stubs and JavaScript shells.

Such a page must never be summarized as if it were the story, and the person is better served by
being told what happened (and pointed at a web archive, see `bot.errors.PageBlocked`) than by a
vague "no article here". Each kind of stand-in is recognised by a signature in `SIGNATURES`: a
phrase in the page's title, its visible text, the text trafilatura kept, its raw markup or its
JSON-LD. A new variant is one more table entry.

A signature only counts on a page whose article text is short (`TEASER_WORDS`): a full story that
mentions "just a moment" or carries a bot-protection script is still a story. Pure functions of the
page's text, so the fetcher (error statuses) and the extractor (status 200) share them.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from lxml.html import HtmlElement
from trafilatura.utils import load_html

from bot.errors import BotChallenge, PageBlocked, Paywalled, ScriptOnly
from bot.reader.text.counting import word_count

TEASER_WORDS = 300
"""A page whose article has this many words or more is read as an article, whatever else it says."""
CHALLENGE_WORDS = 120
"""A robot check says little: its signatures count only on a page of at most this many words (the
longest here, Cloudflare's "you have been blocked" page, has 112), so a short story quoting one is
read, and the markup of real pages is never searched."""
SHELL_WORDS = 50
"""A JavaScript shell shows next to no text: at most this many words on the whole page."""
MARKUP_CHARS = 200_000
"""Raw markup searched for a service's fingerprints; challenge pages are a few kilobytes."""

_HIDDEN = "parent::script or parent::style or parent::template"


@dataclass(frozen=True)
class PageText:
    """The parts of a page the signatures look at."""

    title: str
    text: str
    """Everything a reader could see, `<noscript>` included (that is where shells say "enable JavaScript")."""
    words: int
    markup: str
    json_ld: str
    article: str = ""
    """The text the extractor kept as the article, when it got that far."""
    marked_part_words: int = 0
    """Words in the part of the page its JSON-LD marks as for subscribers (`hasPart.cssSelector`)."""


@dataclass(frozen=True)
class Signature:
    error: type[PageBlocked]
    variant: str
    """Who serves it; it becomes the error's detail, for logs and the benchmark."""
    where: str
    """The `PageText` field searched: title, text, article, markup or json_ld."""
    pattern: re.Pattern[str]
    max_page_words: int | None = None
    """Count the signature only on a page showing at most this many words in all."""


def _challenge(variant: str, where: str, pattern: str) -> Signature:
    return Signature(BotChallenge, variant, where, re.compile(pattern, re.IGNORECASE), CHALLENGE_WORDS)


def _paywall(variant: str, where: str, pattern: str) -> Signature:
    return Signature(Paywalled, variant, where, re.compile(pattern, re.IGNORECASE))


def _shell(variant: str, where: str, pattern: str) -> Signature:
    return Signature(ScriptOnly, variant, where, re.compile(pattern, re.IGNORECASE), SHELL_WORDS)


SIGNATURES: tuple[Signature, ...] = (
    # Robot checks. Cloudflare's script on ordinary pages (/cdn-cgi/challenge-platform/scripts/jsd)
    # is deliberately not a fingerprint: only the challenge page's own markers are.
    _challenge("Cloudflare", "title",
               r"^\s*(just a moment|einen moment|un instant|un momento|один момент)\W*$"
               r"|^\s*attention required! \| cloudflare"),
    _challenge("Cloudflare", "markup", r"_cf_chl_opt|cf-browser-verification|cf-challenge-running"),
    _challenge("Cloudflare", "text",
               r"checking if the site connection is secure|needs to review the security of your connection"
               r"|enable javascript and cookies to continue|sorry, you have been blocked.{0,400}cloudflare"),
    _challenge("DDoS-Guard", "markup", r"ddos-guard"),
    _challenge("Sucuri", "markup", r"sucuri_cloudproxy_js|sucuri website firewall"),
    _challenge("Akamai", "text", r"reference\s*#\s*\d+(\.[0-9a-f]+){2,}|errors\.edgesuite\.net"),
    _challenge("Imperva", "markup", r"_incapsula_resource|incapsula incident id"),
    _challenge("PerimeterX", "markup", r"px-captcha|_pxappid|captcha\.px-cdn\.net"),
    _challenge("DataDome", "markup", r"captcha-delivery\.com"),
    _challenge("AWS WAF", "markup", r"token\.awswaf\.com|\bgokuprops\b"),
    _challenge("Vercel", "title", r"vercel security checkpoint"),
    _challenge("robot check", "text",
               r"(please )?verify (that )?you(( a|')re| are) (a )?human|press (&|and) hold to confirm"
               r"|checking your browser before accessing|are you a robot\?|prove (that )?you('re| are) not a robot"
               r"|complete the security check to access"),
    # Paywalls: the gate's own words, in the page, on a page whose article is no longer than a teaser.
    _paywall("paywall (en)", "text",
               r"subscribe (now )?to (continue reading|keep reading|read (the|this) (full )?(article|story))"
               r"|to (continue|keep) reading,? (please )?(subscribe|log ?in|sign ?in|register)"
               r"|this (article|story|content) is (only )?(available )?(exclusively )?(for|to) (paying )?subscribers"
               r"|exclusive(ly)? (for|to) subscribers|subscriber[- ]only (content|article|story)"
               r"|you('ve| have) reached your (free |monthly )?(article |story )?limit"),
    _paywall("paywall (de)", "text",
               r"weiterlesen mit \w|(dieser|der) (artikel|beitrag|inhalt) ist (nur |exklusiv )?für abonnent"
               r"|exklusiv für abonnent|jetzt abonnieren und weiterlesen|um (den|diesen) (ganzen )?artikel zu lesen"),
    _paywall("paywall (fr)", "text",
               r"(cet|l') ?article est réservé (aux|à nos) abonnés|la suite (de cet article )?est réservée aux abonnés"
               r"|abonnez-vous pour (lire|continuer)|réservé aux abonnés"),
    _paywall("paywall (es)", "text",
               r"(este )?contenido (es )?exclusivo para (suscriptores|abonados)"
               r"|suscríbete para (seguir|continuar) leyendo|para (seguir|continuar) leyendo,? suscríbete"),
    _paywall("paywall (ja)", "text",
               r"この記事は(有料)?会員限定です|(有料)?会員限定記事です|続きをお読みいただけます"
               r"|続きを読むには.{0,20}(会員登録|ログイン|購読)"),
    _paywall("login box", "article",
               r"already (a )?(subscriber|member)\??\s*(log|sign) ?in|(log|sign) in to (continue|keep) reading"),
    _paywall("schema.org isAccessibleForFree", "json_ld",
               r"[\"']isAccessibleForFree[\"']\s*:\s*[\"']?false"),
    # JavaScript shells: nothing on the page but a script's mount point and a plea to run it.
    _shell("enable JavaScript", "text",
               r"you need to enable javascript to run this app|(please )?(enable|turn on|activate) javascript"
               r"|javascript is (required|disabled|not enabled)|requires javascript"),
    _shell("empty app root", "markup",
               r"<div\s+id=[\"']?(root|app|__next|__nuxt|___gatsby|q-app)[\"']?\s*>\s*</div>"
               r"|<app-root[^>]*>\s*</app-root>"),
    # A page that shows no word at all, only scripts: the story travels in a framework's data
    # (Next.js's `self.__next_f.push(...)` on a Korean newspaper of fundus's test pages).
    Signature(ScriptOnly, "no text, only scripts", "markup", re.compile(r"<script\b", re.IGNORECASE), 0),
    # A template the browser fills in, sent unfilled: what would be the article is its placeholders
    # ("{{content.lastUpdateUser.fullName}} - {{content.lastUpdateTime | date}}"), around menus that
    # make the page too wordy for the signatures above. Two paragraphs opening with one, not one
    # mentioned in a sentence (an article about templates).
    Signature(ScriptOnly, "unfilled template", "article", re.compile(r"(?ms)^\s*\{\{.*?\}\}.*?^\s*\{\{.*?\}\}")),
)


def page_text(tree: HtmlElement, html: str, article: str = "") -> PageText:
    """What the signatures need from a parsed page, and from the text extracted as its article."""
    title = " ".join((tree.findtext(".//title") or "").split())
    text = " ".join(" ".join(tree.xpath(f"//body//text()[not({_HIDDEN})]")).split())
    json_ld = "\n".join(tree.xpath("//script[contains(@type, 'ld+json')]/text()"))
    return PageText(title, text, len(text.split()), html[:MARKUP_CHARS], json_ld, article,
                    _marked_part_words(tree, json_ld))


SERVED_WORDS = 100
"""Words the part marked for subscribers must hold for the page to serve it whole: the stub of a
real paywall leaves that part out or empty."""
_MARKED_PARTS = re.compile(r"[\"']cssSelector[\"']\s*:\s*(\[[^\]]*\]|[\"'][^\"']*[\"'])")
_SIMPLE_SELECTOR = re.compile(r"^([.#])([\w-]+)$")


def _marked_part_words(tree: HtmlElement, json_ld: str) -> int:
    """Words in the elements a page's JSON-LD names as its subscribers' part (a class or an id).

    A publisher marks its paid part with schema.org's `isAccessibleForFree: false` and a CSS
    selector, for search engines, and some serve that part in the page all the same: fundus's test
    pages from Reuters and Euronews carry their whole 270- and 290-word stories inside
    `.paywall-article` and `.poool-content`, and were refused as paywalled, being under
    TEASER_WORDS."""
    total = 0
    for listed in _MARKED_PARTS.findall(json_ld):
        for selector in re.findall(r"[\"']([^\"']+)[\"']", listed):
            simple = _SIMPLE_SELECTOR.match(selector.strip())
            if simple is None:
                continue
            kind, name = simple.groups()
            path = (f"//*[contains(concat(' ', normalize-space(@class), ' '), ' {name} ')]" if kind == "."
                    else f"//*[@id='{name}']")
            total += sum(word_count(element.text_content()) for element in tree.xpath(path))
    return total


def challenge_in(html: str) -> BotChallenge | None:
    """The robot check an error page is, if it is one (the fetcher's question for a 403 or 503)."""
    tree = load_html(html)
    if tree is None:
        return None
    return find_blocker(page_text(tree, html), only=BotChallenge)


def find_blocker(page: PageText, article_words: int = 0,
                 only: type[PageBlocked] = PageBlocked) -> PageBlocked | None:
    """The stand-in this page is, as the error to raise, or None when it may be an article.

    `only` narrows the search to one kind: a page sent with an error status is never the article,
    so there the fetcher asks only whether it is a robot check.
    """
    if article_words >= TEASER_WORDS:
        return None
    for signature in SIGNATURES:
        if not issubclass(signature.error, only):
            continue
        if signature.max_page_words is not None and page.words > signature.max_page_words:
            continue
        if signature.where == "json_ld" and page.marked_part_words >= SERVED_WORDS:
            continue
        if signature.pattern.search(getattr(page, signature.where)):
            return signature.error(signature.variant)
    return None
