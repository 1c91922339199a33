"""How summaries, quotes and answers read, for any front end.

One renderer builds every reply as a list of lines from plain article text; a `Markup` decides how
bold, links and escaping look (Telegram HTML or plain terminal text). Every piece of article text
passes through `markup.text`, and every displayed sentence is capped, so each line is short and
well-formed and `split_message` can always cut between lines without breaking a tag.
"""

from __future__ import annotations

import html
from datetime import date
from collections.abc import Callable, Sequence
from typing import Protocol, TypeVar

from babel.dates import format_date

from bot import translation
from bot.conversation import about, texts
from bot.reader.answer.index import Answer
from bot.reader.article import Article, cap as cap_to
from bot.reader.text.document import Sentence
from bot.reader.pipeline import Digest
from bot.reader.quotes.quotations import Quote

T = TypeVar("T")
MESSAGE_LIMIT = 4000
"""Below Telegram's 4,096 characters, leaving room for what a front end adds."""
SENTENCE_CAP = 900
QUOTE_CAP = 1500
"""Quotes are shown whole: a quotation in several pieces runs longer than a sentence."""
TITLE_CAP = 250
URL_CAP = 1000


class Markup(Protocol):
    def text(self, plain: str) -> str: ...
    def bold(self, marked: str) -> str: ...
    def italic(self, marked: str) -> str: ...
    def link(self, marked: str, url: str) -> str: ...
    def quoted(self, marked: str) -> str: ...
    def highlight(self, marked: str) -> str: ...


class HtmlMarkup:
    """Telegram's HTML parse mode: only <, > and & need escaping in text; quotes too inside href."""

    def text(self, plain: str) -> str:
        return html.escape(plain, quote=False)

    def bold(self, marked: str) -> str:
        return f"<b>{marked}</b>"

    def italic(self, marked: str) -> str:
        return f"<i>{marked}</i>"

    def link(self, marked: str, url: str) -> str:
        return f'<a href="{html.escape(url, quote=True)}">{marked}</a>'

    def quoted(self, marked: str) -> str:
        return f"<blockquote>{marked}</blockquote>"

    def highlight(self, marked: str) -> str:
        return self.bold(marked)


class PlainMarkup:
    """The terminal: no styling, links written out after their label."""

    def text(self, plain: str) -> str:
        return plain

    def bold(self, marked: str) -> str:
        return marked

    def italic(self, marked: str) -> str:
        return marked

    def link(self, marked: str, url: str) -> str:
        return f"{marked}\n{url}"

    def quoted(self, marked: str) -> str:
        return "│ " + marked

    def highlight(self, marked: str) -> str:
        """The answering words inside a quoted sentence: a terminal shows no bold, so stars."""
        return f"*{marked}*"


def cap(text: str, limit: int = SENTENCE_CAP) -> str:
    """Shorten overlong text at a word boundary, so no single line can outgrow a message."""
    return cap_to(text, limit)


def pretty_date(value: str | None) -> str | None:
    """An ISO date as the chat's language writes it ("1 Dec 2026", "1. Dez. 2026"); other dates as given."""
    if not value:
        return None
    try:
        return format_date(date.fromisoformat(value[:10]), texts.DATE_PATTERN, locale=translation.current())
    except ValueError:
        return value


def meta_line(article: Article, reading_minutes: int) -> str:
    """site · author · date · N min read, leaving out whatever the page did not say."""
    parts = [article.site_name, article.writer, pretty_date(article.date),
             texts.MINUTES_READ.format(minutes=reading_minutes)]
    return " · ".join(cap(p, 80) for p in parts if p)


def heading(digest: Digest, markup: Markup) -> list[str]:
    article = digest.article
    title = markup.text(cap(article.title or texts.UNTITLED, TITLE_CAP))
    url = article.canonical_url or article.url
    title = markup.bold(markup.link(title, url) if url and len(url) <= URL_CAP else title)
    lines = [title, markup.italic(markup.text(meta_line(article, digest.reading_minutes)))]
    return lines + [markup.italic(texts.PAGE_CUT)] if article.cut else lines


def quote_line(quote: Quote, markup: Markup) -> str:
    """The quotation whole (its pieces joined), then who said it and, when the article says, their role."""
    line = markup.text(texts.QUOTED).format(quote=markup.text(cap(quote.text, QUOTE_CAP)))
    if not quote.speaker:
        return line
    who = cap(quote.speaker, 80) + (", " + cap(quote.role, 80) if quote.role else "")
    return line + " — " + markup.italic(markup.text(who))


def render_digest(digest: Digest, markup: Markup, *, compact: bool = False) -> list[str]:
    """A summary message: heading, TL;DR, the summary sentences and the key quotes."""
    lines = heading(digest, markup)
    lines += ["", markup.bold(markup.text(texts.TLDR)) + " " + _summary_sentence(digest, digest.summary.tldr, markup)]
    if compact:
        return lines
    shown = distinct([digest.summary.tldr, *digest.summary.sentences], lambda s: s.text)[1:]
    if shown:
        lines.append("")
        lines += ["• " + _summary_sentence(digest, s, markup) for s in shown]
    if digest.quotes:
        lines += ["", markup.bold(markup.text(texts.KEY_QUOTES))]
        lines += [quote_line(q, markup) for q in distinct(digest.quotes, lambda q: q.text)]
    return lines


def distinct(items: Sequence[T], text_of: Callable[[T], str]) -> list[T]:
    """The items whose text was not shown above them: a page printing a sentence or a pull quote
    twice word for word (a teaser repeated in the body) shows it once in a summary, its quotes or
    an answer."""
    seen: set[str] = set()
    kept = []
    for item in items:
        key = " ".join(text_of(item).split()).casefold()
        if key not in seen:
            seen.add(key)
            kept.append(item)
    return kept


def _summary_sentence(digest: Digest, sentence: Sentence, markup: Markup) -> str:
    """The sentence, and after a quotation that does not say who speaks, its speaker as a key quote shows them."""
    line = markup.text(cap(_closed_quotation(sentence.text)))
    speaker = digest.speaker_of(sentence)
    return line + " — " + markup.italic(markup.text(cap(speaker, 80))) if speaker else line


_CLOSING_MARKS = {"“": "”", "«": "»", "„": "“", '"': '"'}
"""Each opening quotation mark and the mark that closes it."""


def _closed_quotation(text: str) -> str:
    """The sentence with the quotation it opens closed: a summary may take the first sentence of a
    quotation that goes on in the next one ("“Here's a company that's willing to pay for the
    eyeballs…" then "So, this could be …”"), and an unclosed mark reads as a cut."""
    opening = text[:1]
    closing = _CLOSING_MARKS.get(opening)
    if closing is None:
        return text
    unbalanced = text.count(closing) % 2 == 1 if closing == opening else text.count(opening) > text.count(closing)
    return text + closing if unbalanced else text


def render_quotes(digest: Digest, markup: Markup) -> list[str]:
    title = cap(digest.article.title or texts.UNTITLED, TITLE_CAP)
    lines = [markup.bold(markup.text(texts.KEY_QUOTES_FROM.format(title=title)))]
    if not digest.quotes:
        return lines + [markup.text(texts.NO_QUOTES)]
    return lines + [quote_line(q, markup) for q in distinct(digest.quotes, lambda q: q.text)]


def _where(sentence: Sentence, article: Article) -> str:
    return texts.WHERE.format(number=sentence.paragraph + 1, count=len(article.paragraphs))


def render_answer(answer: Answer, article: Article, markup: Markup) -> list[str]:
    """The article's own sentences, quoted with where they are; or a plain 'it doesn't say'."""
    if answer.found and answer.sentences:
        phrases = [answer.phrase] + [None] * (len(answer.sentences) - 1)
        shown = distinct(list(zip(answer.sentences, phrases)), lambda pair: pair[0].text)
        return [markup.quoted(_with_phrase(sentence.text, phrase, markup) + " " + markup.italic(_where(sentence, article)))
                for sentence, phrase in shown]
    lines = [markup.bold(markup.text(texts.NOT_SAID))]
    if article.cut:
        lines.append(markup.italic(texts.PAGE_CUT_ANSWER))
    if answer.closest is not None:
        where = markup.italic(markup.text(_where(answer.closest, article)))
        lines.append(markup.text(texts.CLOSEST).format(where=where))
        lines.append(markup.quoted(markup.text(cap(answer.closest.text))))
    return lines


def _with_phrase(text: str, phrase: tuple[int, int] | None, markup: Markup) -> str:
    """A quoted sentence with the words that answer highlighted, when it is shown whole."""
    shown = cap(text)
    if phrase is None or shown != text:
        return markup.text(shown)
    start, end = phrase
    return markup.text(text[:start]) + markup.highlight(markup.text(text[start:end])) + markup.text(text[end:])


def render_reply(replied: about.Replied, markup: Markup) -> list[str]:
    """The bot's own words for small talk or a question about the article as a whole."""
    article = replied.article
    if replied.asks in about.SMALL_TALK or article is None:
        return [markup.text(about.small_talk_reply(replied.asks, article is not None))]
    return [markup.text(about.article_reply(replied.asks, article, cap(replied.tldr), pretty_date(article.date)))]


def split_message(lines: list[str], limit: int = MESSAGE_LIMIT) -> list[str]:
    """Join lines into messages under the limit, cutting only between lines (so tags stay whole)."""
    messages: list[str] = []
    current = ""
    for line in lines:
        candidate = f"{current}\n{line}" if current else line
        if len(candidate) <= limit:
            current = candidate
            continue
        if current.strip():
            messages.append(current.strip("\n"))
        current = line if len(line) <= limit else line[:limit]
    if current.strip():
        messages.append(current.strip("\n"))
    return messages or [""]


def render_feed_post(feed_title: str, digest: Digest, markup: Markup) -> list[str]:
    """A new feed article: where it comes from, then the compact summary."""
    return [markup.italic(markup.text(texts.FROM_FEED.format(feed=cap(feed_title, TITLE_CAP))))] + render_digest(
        digest, markup, compact=True)


def render_unread_post(feed_title: str, title: str, link: str | None, reason: str, markup: Markup) -> list[str]:
    """A new feed article we could not read: still announced, with the reason."""
    label = markup.text(cap(title or texts.UNTITLED, TITLE_CAP))
    return [markup.italic(markup.text(texts.FROM_FEED.format(feed=cap(feed_title, TITLE_CAP)))),
            markup.bold(markup.link(label, link) if link and len(link) <= URL_CAP else label),
            markup.text(reason)]


def digest_line(title: str, link: str | None, tldr: str | None, markup: Markup) -> str:
    label = markup.text(cap(title or texts.UNTITLED, TITLE_CAP))
    line = "• " + (markup.link(label, link) if link and len(link) <= URL_CAP else label)
    return line + (" — " + markup.text(cap(tldr, 400)) if tldr else "")
