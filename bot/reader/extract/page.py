"""Page HTML -> Article: trafilatura finds the story, then we clean it and decide if it is one.

trafilatura (options chosen by `python -m bench.extraction`) returns the main text as an XML tree
in which sub-headings are `<head>` elements, so headings come out as their own paragraphs and are
never glued onto the sentence after them. `bot.reader.extract.clutter` then drops the promos, captions and
headline lists trafilatura keeps. Finally measurable signals (words, sentences, share of link
text, known phrases of error pages, paywalls and cookie walls) decide whether what is left is an
article worth summarizing or a page we should refuse with `NotAnArticle`. A short page that is a
robot check, a paywall stub or a JavaScript shell (`bot.reader.extract.blocked`) is refused with
the error that says so.

CPU-bound and synchronous on purpose: callers run it in an executor.
"""

from __future__ import annotations

import html
import re
import warnings
from collections.abc import Callable, Iterator, Mapping
from dataclasses import dataclass
from functools import partial
from itertools import islice
from types import MappingProxyType
from typing import Any
from urllib.parse import urljoin, urlsplit

import htmldate
import trafilatura
from lxml.html import HtmlElement
from trafilatura.settings import set_date_params
from trafilatura.utils import load_html

from bot.reader.article import Article, is_table_row
from bot.reader.extract.byline_box import printed_byline
from bot.reader.extract.boundaries import space_glued_boundaries
from bot.reader.extract.authors import author_names, is_site_name, with_dotted_initials
from bot.reader.extract.cards import drop_hover_cards
from bot.reader.extract.classed_headings import mark_classed_subheadings
from bot.reader.extract.coauthors import with_co_authors
from bot.reader.extract.collapsed import open_collapsed_story
from bot.reader.extract.front import is_front_page
from bot.reader.extract.glued_headings import split_glued_headings, subheading_keys
from bot.reader.extract.photo_credits import drop_photo_credits
from bot.reader.extract.publisher import organization_names
from bot.reader.extract.unseen import drop_unseen_text
from bot.reader.extract.json_ld import cut_json_ld
from bot.reader.extract.blocked import TEASER_WORDS, PageText, find_blocker, page_text
from bot.reader.extract.clutter import (
    CAPTION_MAX_WORDS, Block, dateline_place, key, lone_name_byline, past_reading_limits, peel_byline, remove_clutter, title_from,
    too_few_sentences, within_reading_limits,
)
from bot.reader.extract.stamps import split_glued_stamps
from bot.reader.extract.teaser_list import is_teaser_list, teaser_cards, without_teaser_cards
from bot.reader.extract.masthead import HEADLINE_MIN_WORDS, WITHIN, cut_glued_header
from bot.reader.extract.list_headings import mark_list_labels
from bot.reader.extract.layout import open_layout_tables, unwrap_layout
from bot.reader.extract.wrapping import unwrap_broken_sentences, unwrap_source_lines
from bot.reader.extract.media import media_kind
from bot.errors import ListOfStories, MediaOnly, NotAnArticle
from bot.reader.text.counting import word_count
from bot.reader.text.language import detect_language, language_for, words
from bot.reader.text.marks import QUOTATION_MARKS, SINGLE_QUOTATION_MARKS

TRAFILATURA_OPTIONS = MappingProxyType(
    {
        "include_comments": False,
        "include_tables": True,
        "favor_precision": False,
        "fast": True,
    }
)
"""Chosen with `python -m bench.extraction` (108 pages, full pipeline F1 / precision / recall):
comments are never the article; `fast` skips trafilatura's fallback extractors, which on these
pages only ever swapped a good extraction for a worse one (0.974 vs 0.970 F1, 3 pages changed);
`favor_precision` costs more recall (0.968) than it gains once our clutter rules run; tables stay
because users ask about the numbers in them.
"""

# dateutil, reading a page's date for htmldate, warns on a zone it has no table for ("2014-12-29
# 07:21:15 EST" in a last-modified tag) and still returns the date: the warning says nothing a user
# can act on, yet it was printed into the terminal chat above the summary.
warnings.filterwarnings("ignore", message=r"tzname \w+ identified but not understood")


def _date_search() -> dict[str, Any]:
    """htmldate's fast date search for trafilatura's metadata, not its extensive one: that hands
    a byline-and-date line it cannot read itself (a month named in Spanish: "por César Salza 1 de
    diciembre de 2017 3:00") to dateparser, which then tries every one of its 200 locales,
    compiling each one's patterns on first use: 5 s of CPU in a fresh reader process on a quiet
    machine, 27 s under load, past the reading deadline, after which the worker is replaced by a
    fresh one that stalls again. On the extraction set and Mozilla Readability's 130 test pages
    the extensive search dated 9 of 238 pages more; each of those keeps its text and loses only
    the date line of its metadata."""
    return set_date_params(extensive=False)


MIN_WORDS = 50
MIN_SENTENCES = 2
STUB_WORDS = 200
"""Below this many words a page that speaks of 404s, subscriptions or cookies is that notice itself."""
FALLBACK_GAIN = 10
"""A fast-pass reading under STUB_WORDS gives way to trafilatura's fallback only when that is this
many times as long: the fast pass then read a promo or a caption, not a short story (a magazine
feature: 127 words of promo against the fallback's 2,295; a short reflection page of the
extraction set, read right in 143 words, against a fallback of 685 that adds the site's other posts)."""
MAX_LINK_SHARE = 0.5
"""Above this share of extracted words sitting in whole-link paragraphs, the page is a list of links."""
LINK_MIN_WORDS = 3
"""Shorter link texts ("Reuters", "here") appear inside real sentences, so they prove nothing."""

# Phrases of error pages, paywalls and cookie walls; only a short page that uses them is refused.
_STUB_PHRASES = re.compile(
    r"\b404\b.{0,20}\b(error|not found|page)|error 404|page not found|page (could|can) ?not be found|"
    r"page (you|you're) (were |are )?looking for|seite nicht gefunden|page introuvable|página no encontrada|"
    r"subscribe to (continue|read)|to continue reading|continue reading with|subscribers? only|"
    r"already a subscriber|(sign|log) in to (continue|read)|create a free account|"
    r"(start|get) (your|a) free trial|jetzt abonnieren|abonnez-vous pour|réservé aux abonnés|suscríbete para|"
    r"(we|site|website|partners) uses? cookies|cookie (policy|settings|preferences)|accept (all|cookies)|"
    r"privacy (settings|preferences)",
    re.IGNORECASE,
)
MAX_BLOCKS = 5_000
"""Paragraph-like elements read from one page; the rest of a page with more is dropped unread.
A long feature has a few hundred. trafilatura's time grows with the square of their number (a
page of 100,000 one-line paragraphs takes over a minute), so a page built to stall us is cut
before extraction, keeping the part a reader sees first."""
_BLOCK_TAGS = ("p", "div", "li", "tr", "dd", "dt", "blockquote", "pre", "section", "article",
               "h1", "h2", "h3", "h4", "h5", "h6")
_HEADING_TAGS = ("head", "h1", "h2", "h3", "h4", "h5", "h6")
_LIST_MARKER = re.compile(r"^\s*[-*•]\s+")
CJK_TRAIL_MAX_CHARS = 8
"""Characters of a section's or site's name after a Chinese or Japanese headline ("教育频道", "中国青年网");
a headline is longer."""
_CJK = "\u3040-\u30ff\u3400-\u4dbf\u4e00-\u9fff\uff01-\uff60\u3000-\u303f"
_TITLE_SEPARATOR = re.compile(
    rf"\s+(?:::|\||[-–—»›:*])\s+|\s*[｜：]\s*|(?<=[{_CJK}])[_|-](?![-_])|(?<![-_])[_|-](?=[{_CJK}])"
)
"""Between a headline and the site's or section's name: a spaced bar, dash, colon or star, or a
full-width bar or colon, which Chinese and Japanese titles write without spaces
("…津波注意報 気象庁：朝日新聞デジタル"), or a lone underscore, bar or hyphen beside a Chinese or
Japanese character, which they also write unspaced ("…大不同_教育频道_中国青年网", "…是优长-半月谈";
a doubled "--" is a dash inside the headline)."""


@dataclass(frozen=True)
class _PageFacts:
    """What the raw page says beyond trafilatura's reach: its declared language, its canonical
    address even when relative (trafilatura drops those), and the texts of its links and image
    descriptions, which tell headline lists and captions apart."""

    language: str | None
    canonical_url: str | None
    link_texts: frozenset[str]
    anchors: frozenset[str]
    captions: frozenset[str]
    links_by_first_word: Mapping[str, tuple[str, ...]]
    """`link_texts` by their first word: a line is checked only against the links that start with
    one of its words. Checking every link against every line took 0.1 s per reading of a 1 MB
    Wikipedia page (560 paragraphs, 2,400 links of three words or more), read two or three times
    per page; this way 0.02 s."""

    def links_in(self, text: str) -> Iterator[str]:
        """The link texts (of LINK_MIN_WORDS words or more) found whole in the key `text`."""
        spaced = f" {text} "
        for word in set(text.split(" ")):
            for link in self.links_by_first_word.get(word, ()):
                if f" {link} " in spaced:
                    yield link


def _declared_language(tree: HtmlElement) -> str | None:
    for value in (
        tree.get("lang"),
        tree.get("{http://www.w3.org/XML/1998/namespace}lang"),
        *tree.xpath("//meta[translate(@http-equiv,'CONTENT-LANGUAGE','content-language')='content-language']/@content"),
        *tree.xpath("//meta[@property='og:locale']/@content"),
    ):
        if value and value.strip():
            return value.strip()
    return None


_CAPTION_BOXES = ("//*[contains(concat(' ', normalize-space(@class), ' '), ' cutline ')"
                  " or contains(concat(' ', normalize-space(@class), ' '), ' caption ')"
                  " or contains(@class, 'photo-caption') or contains(@class, 'image-caption')"
                  " or contains(@class, 'wp-caption-text')]")
"""A photo's caption in an element the page names for it rather than a <figcaption>: "cutline",
the newsroom's word (The Press Enterprise's "Judy Avalos, 20, was charged …", read as the story's
first paragraph ahead of its lede, newspaper's pe.com1), "caption", "wp-caption-text"."""


def _page_facts(tree: HtmlElement) -> _PageFacts:
    canonical = tree.xpath(
        "//link[translate(@rel,'CANONICAL','canonical')='canonical']/@href | //meta[@property='og:url']/@content"
    )
    anchors = {key(anchor.text_content()) for anchor in tree.iter("a")}
    anchors.discard("")
    link_texts = {text for text in anchors if text.count(" ") + 1 >= LINK_MIN_WORDS}
    captions = {key(text) for text in tree.xpath("//img/@alt | //img/@title")}
    captions.update(key(figure.text_content()) for figure in tree.iter("figcaption"))
    captions.update(key(text) for element in tree.xpath(_CAPTION_BOXES)
                    if word_count(text := element.text_content()) <= CAPTION_MAX_WORDS)
    captions.discard("")
    by_first_word: dict[str, list[str]] = {}
    for link in link_texts:
        by_first_word.setdefault(link.split(" ", 1)[0], []).append(link)
    return _PageFacts(
        _declared_language(tree),
        canonical[0] if canonical else None,
        frozenset(link_texts),
        frozenset(anchors),
        frozenset(captions),
        MappingProxyType({word: tuple(links) for word, links in by_first_word.items()}),
    )


def _absolute(address: str | None, base: str | None) -> str | None:
    """An absolute http(s) URL, resolved against the page's own address; anything else is dropped."""
    if not address:
        return None
    resolved = urlsplit(urljoin(base or "", address.strip()))
    return resolved.geturl() if resolved.scheme in ("http", "https") and resolved.netloc else None


def _blocks(document: Any) -> Iterator[Block]:
    """One Block per line of trafilatura's text; lines that are a `<head>` are the sub-headings.

    Reading the rendered text (rather than walking the tree) keeps text that trafilatura leaves
    between elements and copes with the raw HTML its fallback extractors sometimes return.
    """
    heading_ranks = {key("".join(h.itertext())): _rank(h) for h in document.body.iter(*_HEADING_TAGS)}
    for line in (document.text or "").splitlines():
        text = _LIST_MARKER.sub("", line).strip()
        if text:
            k = key(text)
            yield Block(text, k in heading_ranks, heading_ranks.get(k, 0))


def _rank(heading: Any) -> int:
    """A heading's rank as the page set it: trafilatura's `<head rend="h3">` keeps the page's tag."""
    tag = heading.get("rend") or heading.tag
    return int(tag[1]) if re.fullmatch(r"h[1-6]", tag) else 0


def _is_h1(element: Any) -> bool:
    """The page's own headline, repeated in the text: trafilatura keeps h1 as `<head rend="h1">`."""
    return element.tag == "h1" or element.get("rend") == "h1"


def _headline(title: str, blocks: list[Block], site_names: tuple[str | None, ...], h1s: frozenset[str],
              anchors: frozenset[str] = frozenset()) -> str:
    """The page title without the site and section names around it, when the page says which
    part is the headline by printing it: "Courier :: Local News :: Mill to become flats" -> the
    longest part, when it is also a line of the text, one of the page's `h1s` (keys), or inside one
    of its first lines, where the page's header is glued to the story (`masthead`): "How to Save
    Money on Groceries - Your Money Today - Your Life - MSN Lifestyle" printed as its <h1>.
    Otherwise the title without a first or last part that is the site's name ("... Settlements
    Illegal | Al Bawaba" on albawaba.com, "... - News Nation" on newsnation.in); `site_names`: the
    name the page gives itself, and its host. A tail of colon-joined names ending in the site's
    goes first (`_without_site_trail`)."""
    title = _without_site_trail(_without_cjk_trail(title.strip()), site_names, anchors)
    parts = _TITLE_SEPARATOR.split(title)
    longest = max(parts, key=lambda part: len(words(part)))
    printed = key(longest)
    if key(title) in h1s:
        return title  # the page prints it whole as its headline
    sites = _site_keys(site_names)
    headline = max((part for part in parts if key(part) in h1s and _squashed(part) not in sites),
                   key=lambda part: len(words(part)), default=None)
    if headline is not None:
        return headline.strip()  # the page prints this part as its headline, whatever its length
    if longest != title and (printed in h1s or any(key(block.text) == printed for block in blocks) or (
            len(words(longest)) >= HEADLINE_MIN_WORDS
            and any(f" {printed} " in f" {key(block.text)} " for block in blocks[:WITHIN]))):
        return longest.strip()
    separators = list(_TITLE_SEPARATOR.finditer(title))
    if not separators:
        return title
    if _squashed(title[separators[-1].end():]) in sites:
        return title[:separators[-1].start()].strip()
    if _squashed(title[:separators[0].start()]) in sites:
        return title[separators[0].end():].strip()
    return title


def _site_keys(site_names: tuple[str | None, ...]) -> set[str]:
    """The site's names as a host spells them, and its host without "www." and the host's labels
    ("gq", "com"): "MDR.DE" on www.mdr.de."""
    sites = {_squashed(name) for name in site_names if name}
    hosts = [name.lower().removeprefix("www.") for name in site_names if name and "." in name]
    return sites | {_squashed(host) for host in hosts} | {label for host in hosts for label in host.split(".")}


_CJK_TRAIL = re.compile(rf"(?<![-_])[_|-]([^_|-]{{1,{CJK_TRAIL_MAX_CHARS}}})$")


def _without_cjk_trail(title: str) -> str:
    """A Chinese or Japanese title without the section's and site's names its page writes after it
    with unspaced underscores or hyphens ("海外留学生看两会：…大不同_教育频道_中国青年网",
    "…才有英雄的城！-新华网"): short parts (`CJK_TRAIL_MAX_CHARS`) beside a Chinese or Japanese
    character, cut from the end while the headline before them stays longer than they are."""
    while (match := _CJK_TRAIL.search(title)) is not None:
        head, part = title[:match.start()], match.group(1).strip()
        beside = head[-1:] + part[:1]
        if not part or not re.search(f"[{_CJK}]", beside) or len(head) <= 2 * len(part):
            break
        title = head.rstrip()
    return title


_COLON = re.compile(r"(?<=\S):\s+")


def _without_site_trail(title: str, site_names: tuple[str | None, ...], anchors: frozenset[str]) -> str:
    """The title without a trail of section names joined by bare colons and ending in the site's
    name: "How To Pack for Your Trip: The GQ Eye: GQ on Style: GQ" -> "How To Pack for Your Trip".
    Only a trail that ends in the site's name is cut; before it, a part goes only while it is a
    link on the page (`anchors`: a section's menu entry, "The Q") or names the site ("GQ on
    Style"; a host's labels such as "uk" do not count), so a headline's own colon ("Brexit: what
    happens next") stays."""
    parts = _COLON.split(title)
    if len(parts) < 2 or _squashed(parts[-1]) not in _site_keys(site_names):
        return title
    parts.pop()
    names = {_squashed(name) for name in site_names if name}
    while len(parts) > 1 and (key(parts[-1]) in anchors or any(_squashed(w) in names for w in words(parts[-1]))):
        parts.pop()
    return ": ".join(parts)


TITLE_MIN_WORDS = 3
"""Words the page's <title> needs to be taken over an <h1> that shares none of its words."""
_POSSESSIVE = re.compile(r"['’]s$")


def _story_title(title: str, tree: HtmlElement) -> str:
    """trafilatura's title, or the page's own <title> when trafilatura took an <h1> that names the
    site or its section and shares no word with the <title>: "Allergies Health Center" on a page
    titled "Babies Who Eat Peanuts Early May Avoid Allergy" (Readability's test pages: 3 real
    pages of 121 read, and its unit pages whose only <h1> is "Lorem"). A title that is no <h1>
    gives way to the <title> whose part the page prints as its <h1> (`_printed_title`), and an
    <h1> that is only the <title>'s site part to the rest (`_without_named_part`)."""
    page_title = " ".join((tree.findtext(".//title") or "").split())
    h1_texts = [" ".join(h1.text_content().split()) for h1 in tree.iter("h1")]
    whole = next((h1 for h1 in h1_texts if key(title) and _cut_at_quotation(title, h1)), None)
    if whole is not None:
        return whole  # trafilatura cut the headline short, at a quotation mark ('Sieger und "royaler Besuch"')
    h1s = {key(h1) for h1 in h1_texts}
    declared = _declared_headline(tree)
    if declared is not None and key(title) in h1s:
        # the page marks its story's headline: the <h1> that is not it names a section ("Sports Items")
        return title if key(declared) == key(title) or _content_words(title) & _content_words(declared) else declared
    if key(title) not in h1s:
        return _printed_title(title, page_title, h1s)
    without_site = _without_named_part(page_title, title)
    if without_site is not None:
        return without_site
    if len(words(page_title)) < TITLE_MIN_WORDS:
        return title
    return title if _content_words(title) & _content_words(page_title) else page_title


def _printed_title(title: str, page_title: str, h1s: set[str]) -> str:
    """trafilatura's title, or the page's <title> when a part of it is the page's <h1> and
    trafilatura's shares no word with that part: trafilatura took a promo's heading beside the
    story ("More From Thought Catalog", "Latest in Gear" on pages titled "One Day You Will Meet
    Someone Who Will Change Your Life For Good | Thought Catalog" and "Lyft extends free scooter
    rides ... | Engadget", each printing the first part as its <h1>). `_headline` then keeps
    the printed part."""
    printed = [part for part in _TITLE_SEPARATOR.split(page_title) if key(part) in h1s and words(part)]
    if any(_content_words(title) & _content_words(part) for part in printed) or not printed:
        return title
    return page_title


SITE_PART_RATIO = 2
"""How many times longer than trafilatura's title the rest of the <title> must be for that title
to be the site's name beside the headline, not the headline beside the site's name ("AT&T just
declared war on an open internet (and us) - The Verge")."""


def _without_named_part(page_title: str, title: str) -> str | None:
    """The page's <title> without its first or last part when trafilatura's title is that part
    alone and the rest is much longer (`SITE_PART_RATIO`): the site's name, printed as the page's
    <h1> ("高木浩光＠自宅の日記" over a diary entry titled "高木浩光＠自宅の日記 - 改正NICT法が
    プチ炎上、…"); None otherwise."""
    separators = list(_TITLE_SEPARATOR.finditer(page_title))
    if not separators or not key(title):
        return None
    rest = None
    if key(page_title[:separators[0].start()]) == key(title):
        rest = page_title[separators[0].end():].strip()
    elif key(page_title[separators[-1].end():]) == key(title):
        rest = page_title[:separators[-1].start()].strip()
    return rest if rest and len(rest) >= SITE_PART_RATIO * len(title) else None


def _declared_headline(tree: HtmlElement) -> str | None:
    """The one headline the page marks as its story's with schema.org microdata (`itemprop=
    "headline"`), of a headline's length: a Boston Herald page's first <h1> and <title> were its
    section's, "Sports Items", and its story's headline, which trafilatura took, stood in a second
    <h1> so marked; the <title> was taken over it. A page that marks several (a list of teasers)
    declares none."""
    marked = {" ".join(element.text_content().split()) for element in tree.xpath("//*[@itemprop='headline']")
              if element.tag != "meta"}
    marked.discard("")
    headline = next(iter(marked)) if len(marked) == 1 else None
    return headline if headline and len(words(headline)) >= TITLE_MIN_WORDS else None


def _cut_at_quotation(title: str, h1: str) -> bool:
    """Whether `title` is the <h1> cut short where a quotation opens ('… Sieger und' of '… Sieger und
    "royaler Besuch"'). An <h1> that goes on in plain words after the whole headline holds a
    caption beside it ("I Wish Someone Had Told Me This Before I Became a Politician" and "A letter
    to a young liberal" in one <h1> on The New Republic), which is no part of the title."""
    if not key(h1).startswith(key(title) + " "):
        return False
    stem = " ".join(title.split()).rstrip(QUOTATION_MARKS + SINGLE_QUOTATION_MARKS + " ")
    rest = h1[len(stem):].lstrip() if h1.startswith(stem) else ""
    return bool(rest) and rest[0] in QUOTATION_MARKS + SINGLE_QUOTATION_MARKS


def unescaped(text: str) -> str:
    """Text with the character references a page escaped twice read out: a page that writes its
    title into `og:title` already escaped ("&amp;#039;engaged&amp;#039;") leaves "&#039;" in
    it after one reading, and the bot showed "Sean Penn &#039;proposes to Charlize Theron&#039;".
    A real ampersand followed by a word and a semicolon is too rare in a headline to spare."""
    for _ in range(2):
        if not _REFERENCE.search(text):
            break
        text = html.unescape(text)
    return text


_REFERENCE = re.compile(r"&(#\d+|#x[0-9a-f]+|[a-z]+\d*);", re.IGNORECASE)


def _content_words(text: str) -> set[str]:
    """Lower-case words of four letters or more, without a possessive: "Apple's" is "apple", and
    "and" or "the" shared say nothing."""
    return {word for w in words(text) if len(word := _POSSESSIVE.sub("", w.lower())) >= 4}


def _squashed(name: str) -> str:
    """A name as a host spells it: "Al Bawaba" -> "albawaba"."""
    return "".join(ch for ch in name.lower() if ch.isalnum())


_HANDLE = re.compile(r"\w*_\w*")
"""A social-media handle as a site name: one word joined by underscores."""


def _site_name(document: Any, url: str | None) -> str | None:
    """The name the page gives itself, else its host (for a saved page read from a file, the host of
    its own declared address). A Twitter handle is no name: with no og:site_name, trafilatura takes
    twitter:site's "@reuters_co_uk" and shows "Reuters_Co_Uk". Nor is a name without letters: The
    Onion's page came out as "2015", its copyright year. Nor is the story's own headline: a Thai
    news page with no og:site_name showed its headline twice in the header, as title and as site."""
    name = document.sitename
    if name and any(ch.isalpha() for ch in name) and not _HANDLE.fullmatch(name) and key(name) != key(document.title or ""):
        return name
    host = urlsplit(url or "").hostname
    return host.removeprefix("www.") if host else None


def _link_share(blocks: list[Block], facts: _PageFacts) -> float:
    """Share of the extracted words that are the text of some link on the page.

    An index page extracts as headlines (links) with dates or teasers around them; an article
    links a few words here and there. Short link texts inside a paragraph are ignored (see
    LINK_MIN_WORDS), but a paragraph that is one link's whole text counts whatever its length: a
    site's menus extract as hundreds of one- and two-word links ("Heidelberg", "Polizeibericht
    Region").
    """
    total = linked = 0
    for block in blocks:
        whole = key(block.text)
        count = whole.count(" ") + 1
        total += count
        if whole in facts.anchors:
            linked += count
            continue
        linked += min(count, sum(link.count(" ") + 1 for link in facts.links_in(whole)))
    return linked / total if total else 0.0


def _check_is_article(blocks: list[Block], kept: list[Block], facts: _PageFacts, title: str,
                      page: Callable[[str], PageText]) -> None:
    """Raise NotAnArticle when the page is a notice, a stub or a list of links rather than a story,
    or the PageBlocked error for a robot check, paywall stub or script shell. `page` reads the
    page's text for the latter, only for a short article (most pages never pay for it)."""
    body = [b.text for b in kept if not b.heading]
    body_words = sum(word_count(text) for text in body)
    if body_words < TEASER_WORDS:
        blocker = find_blocker(page("\n".join(b.text for b in blocks)), body_words)
        if blocker is not None:
            raise blocker
    if _link_share(blocks, facts) > MAX_LINK_SHARE:
        raise NotAnArticle("mostly links")
    if body_words < STUB_WORDS and _STUB_PHRASES.search("\n".join([title, *body])):
        raise NotAnArticle("error page, paywall or cookie notice")
    if body_words < MIN_WORDS:
        raise NotAnArticle(f"only {body_words} words")


def _drop_blocks_beyond_cap(tree: HtmlElement) -> bool:
    """Cut the page before its (MAX_BLOCKS + 1)-th paragraph-like element (see MAX_BLOCKS); True
    when it had one.

    Everything after that point in document order goes: the element and its following siblings,
    then the following siblings of each ancestor. One slice deletion per level keeps this linear;
    dropping the elements one by one took lxml 10 s on 100,000 paragraphs.
    """
    node = next(islice(tree.iter(*_BLOCK_TAGS), MAX_BLOCKS, None), None)
    dropped = node is not None
    keep = 0
    while node is not None and (parent := node.getparent()) is not None:
        del parent[parent.index(node) + keep:]
        node, keep = parent, 1
    return dropped


def _published(date: str | None, tree: HtmlElement, url: str | None) -> str | None:
    """The page's date, unless it is only a year: when nothing else dates a page, htmldate reads
    its copyright line or any lone year as 1 January of that year, and "1 Jan 2012" shown on an
    article of 19 August 2012 is a date the page never gave. A real 1 January is kept when the
    page's metadata or address says so."""
    if not date or not date.endswith("-01-01"):
        return date
    return date if htmldate.find_date(tree, url=url, extensive_search=False, original_date=True) == date else None


def _main_text(tree: HtmlElement, url: str | None, facts: _PageFacts) -> tuple[Any, list[Block]]:
    """trafilatura's reading of the page, with its lines (`_blocks`, read once per reading): its
    fast pass, or its fallback extractors (readability, jusText) when the fast pass finds no text,
    only the site's menus, or a scrap. On an old news site whose story sits in a table beside 200
    menu links, the fast pass returned the menus and the bot summarized "Polizeibericht
    Heidelberg"; on a magazine page of 2,000 words it returned the 130 words of a subscription
    promo and two pull quotes. The fallback runs only then,
    since on pages the fast pass reads well it swapped a good extraction for a worse one (see
    TRAFILATURA_OPTIONS), and a short reading gives way only to one `FALLBACK_GAIN` times as
    long; when it finds no better, the fast pass's reading stands (and is refused as a list of
    links, or kept as the short page it is)."""
    document = trafilatura.bare_extraction(tree, url=url, with_metadata=True, date_extraction_params=_date_search(),
                                           **TRAFILATURA_OPTIONS)
    lines = _lines_of(document)
    reads = _reads_as_text(document, lines, facts)
    if reads and _word_count(document) >= STUB_WORDS:
        return document, lines
    fallback = trafilatura.bare_extraction(tree, url=url, with_metadata=True, date_extraction_params=_date_search(),
                                           **{**TRAFILATURA_OPTIONS, "fast": False})
    fallback_lines = _lines_of(fallback)
    if not _reads_as_text(fallback, fallback_lines, facts):
        return document, lines
    if not reads or _word_count(fallback) >= FALLBACK_GAIN * _word_count(document):
        return fallback, fallback_lines
    return document, lines


def _word_count(document: Any) -> int:
    return word_count(document.text or "")


def _lines_of(document: Any) -> list[Block]:
    return list(_blocks(document)) if document is not None and document.body is not None else []


def _reads_as_text(document: Any, lines: list[Block], facts: _PageFacts) -> bool:
    return document is not None and document.body is not None and _link_share(lines, facts) <= MAX_LINK_SHARE


def _writers(named: str | None, site: tuple[str | None, ...], printed: str | None,
             kept: list[Block]) -> tuple[str | None, list[Block]]:
    """The article's author and its paragraphs. The people the page's metadata `named` come
    first; where it names no one but the site, the byline `printed` over the story says more, or
    else a lone name over the lede (`lone_name_byline`), which then leaves the text."""
    if named is not None and not is_site_name(named, site):
        return named, kept
    if printed is None:
        printed, kept = lone_name_byline(kept)
    return printed or named, kept


def extract_article(html: str, url: str | None) -> Article:
    """The article on a page, cleaned, with its metadata; NotAnArticle when there is none, said as
    `MediaOnly` when the page holds a video, a sound clip or an embed instead (`media`)."""
    tree = load_html(html)
    if tree is None:
        raise NotAnArticle("unparseable page")
    try:
        return _article_in(tree, html, url)
    except NotAnArticle as error:
        kind = media_kind(tree) if type(error) is NotAnArticle else None
        if kind is None:
            raise
        raise MediaOnly(kind.value) from None


def _article_in(tree: HtmlElement, html: str, url: str | None) -> Article:
    """The article in the parsed page (`extract_article`)."""
    cut = _drop_blocks_beyond_cap(tree)
    cut_json_ld(tree)
    drop_hover_cards(tree)
    drop_unseen_text(tree)
    drop_photo_credits(tree)
    open_collapsed_story(tree)
    unwrap_source_lines(tree)
    unwrap_broken_sentences(tree)
    open_layout_tables(tree)
    space_glued_boundaries(tree)
    mark_list_labels(tree)
    mark_classed_subheadings(tree)
    facts = _page_facts(tree)
    declared_type = tree.xpath("//meta[@property='og:type']/@content")
    if is_front_page(url, _absolute(facts.canonical_url, url), declared_type[0] if declared_type else None):
        raise ListOfStories("a site's front page")
    # trafilatura works on copies, so the tree is still the page as served for `page_text`.
    document, read = _main_text(tree, url, facts)
    if document is None or document.body is None:
        raise find_blocker(page_text(tree, html)) or NotAnArticle("no main text")
    cut = cut or past_reading_limits(read)
    lines = list(within_reading_limits(read))
    blocks = list(split_glued_headings(split_glued_stamps(unwrap_layout(lines)), subheading_keys(tree)))
    headlines = ["".join(h.itertext()).strip() for h in document.body.iter("head", "h1") if _is_h1(h)]
    site_names = (document.sitename, urlsplit(url or "").hostname)
    chosen = _story_title(unescaped(document.title or ""), tree)
    h1s = frozenset(key(h1.text_content()) for h1 in tree.iter("h1"))
    title = _headline(chosen, lines, site_names, h1s, facts.anchors) if words(chosen) else ""
    cleaned = remove_clutter(blocks, [title, *headlines], facts.link_texts, facts.captions)
    unglued = cut_glued_header(cleaned, [title, *headlines, *_TITLE_SEPARATOR.split(chosen)])
    place = dateline_place(unglued)
    byline, printed_date, kept = peel_byline(unglued)
    _check_is_article(blocks, kept, facts, title, partial(page_text, tree, html))
    cards = teaser_cards(tree, [b.text for b in kept])
    if is_teaser_list([card for block, card in zip(kept, cards) if not block.heading]):
        raise ListOfStories("a list of other stories' teasers")
    kept = without_teaser_cards(kept, cards, lambda block: block.text)
    body = [b.text for b in kept if not b.heading]
    language = language_for(detect_language("\n".join(body), facts.language))
    # A data table's rows are answered from but are no sentences: a page of only a table is no article.
    prose = [text for text in body if not is_table_row(text)]
    sentences = list(islice((sentence for text in prose for sentence in language.sentences(text)), MIN_SENTENCES))
    if len(sentences) < MIN_SENTENCES:
        prose_words = sum(word_count(text) for text in prose)
        raise too_few_sentences(prose_words, NotAnArticle(f"only {len(sentences)} sentence"))
    date = _published(document.date, tree, url) or printed_date
    canonical = _absolute(facts.canonical_url or document.url, url)
    site = (document.sitename, urlsplit(url or canonical or "").hostname)
    named = with_co_authors(with_dotted_initials(author_names(document.author, date, site, organization_names(tree)), html), tree)
    author, kept = _writers(named, site, byline, kept)
    author = author or printed_byline(tree)
    return Article(
        title=title or next(iter(headlines), "") or title_from(sentences),
        paragraphs=tuple(b.text for b in kept),
        language=language.code,
        url=url,
        canonical_url=canonical,
        site_name=_site_name(document, url or canonical),
        author=author,
        date=date,
        headings=frozenset(i for i, b in enumerate(kept) if b.heading),
        description=unescaped(document.description).strip() or None if document.description else None,
        dateline=place,
        cut=cut,
    )
