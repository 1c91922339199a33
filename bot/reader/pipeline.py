"""The reading pipeline end to end, as plain functions: link, file or text in, article, summary, quotes, answers.

The synchronous functions here are the CPU work (parsing, ranking). They take and return plain,
picklable values, so the bot can run them in a process pool and never on its event loop, while the
command line and the tests call them directly. Documents and answer indexes are cached per article
(Article is frozen and hashable), so follow-up questions do not split and stem the article again.
"""

from __future__ import annotations

import asyncio
import time
from collections.abc import Awaitable, Callable
from dataclasses import dataclass, field, replace
from functools import lru_cache
from typing import Any, TypeVar

from bot.errors import (
    EmptyFile, EmptyPage, FeedFile, FeedLink, NotAnArticle, NotAPage, NotATextFile, PageBlocked, ScriptOnly,
)
from bot.reader.answer.categories import points_at_asked_thing
from bot.reader.answer.followup import Turn, asks_besides, is_about, names_in, points_at_someone, question_to_match
from bot.reader.answer.in_turn import alone_before, answer_besides, answer_followup
from bot.reader.answer.index import RUNNER_UP_SHARE, Answer, AnswerIndex
from bot.reader.answer.said_by import answer_who_said, asks_who_said_it
from bot.reader.answer.terms import question_terms
from bot.reader.answer.speech import (
    added_first, asked_speaker, asks_about, asks_what_a_pronoun_said, best_first, quotes_by, reports_speech_of,
    speaker_asked, speaker_by_post, speaker_named_in, tells_what_was_said, topic_of,
)
from bot.reader.article import Article
from bot.reader.extract.clutter import article_from_text
from bot.reader.text.document import Document, Sentence, build_document
from bot.reader.extract.page import extract_article
from bot.reader.extract.pdf import is_pdf, read_pdf
from bot.reader.fetch import ARTICLE_TYPES, PDF_TYPE, TEXT_TYPES, FetchLimits, Page, fetch_page, media_type
from bot.reader.fetch.charset import is_feed, refuse_binary, sniff, text_of
from bot.reader.fetch.refresh import refresh_target
from bot.reader.quotes.quotations import Quote, all_quotes, find_quotes
from bot.reader.summary.attribution import unnamed_speakers
from bot.reader.summary.compose import Length, Summary, summarize
from bot.reader.summary.methods import DEFAULT_METHOD

T = TypeVar("T")
Runner = Callable[..., Awaitable[Any]]
"""Runs `function(*args)` somewhere other than the event loop: a thread, or the bot's reader processes."""
QUOTES_SHOWN = 3
HTML_SUFFIXES = (".html", ".htm", ".xhtml")


@dataclass(frozen=True)
class Digest:
    """What a reader gets for an article: the summary at one length and the key quotes."""

    article: Article
    summary: Summary
    quotes: tuple[Quote, ...]
    complete: bool
    """True when the summary already shows every sentence, so a longer one would add nothing."""
    reading_minutes: int
    """The article's reading time, counted with the rest of the CPU work, not where it is shown."""
    seconds: float = field(default=0.0, compare=False)
    """How long making it took where it was made: the metrics' summary time of a link read and
    digested in one call, whose call is timed as a whole."""
    speakers: tuple[tuple[int, str], ...] = ()
    """(sentence index, speaker) for each summary sentence that is a quotation not naming who said it
    (`summary.attribution`), so the reader sees whose words they are."""

    def speaker_of(self, sentence: Sentence) -> str | None:
        return dict(self.speakers).get(sentence.index)


@lru_cache(maxsize=64)
def document_of(article: Article) -> Document:
    return build_document(article)


@lru_cache(maxsize=64)
def answer_index_of(article: Article) -> AnswerIndex:
    return AnswerIndex(document_of(article))


@lru_cache(maxsize=64)
def _terms_of(article: Article) -> frozenset[str]:
    document = document_of(article)
    return frozenset(term for sentence in document.sentences for term in sentence.terms) | set(document.title_terms)


def names_any(article: Article, words: str) -> bool:
    """Whether the article (its title or body) has any content word of `words`, stemmed as its
    sentences are: "Boeing profit" typed as a search names something the article has, "nice
    weather" on a page about tariffs does not."""
    held = _terms_of(article)
    return any(term in held for term in document_of(article).language.terms(words))


def digest(article: Article, length: Length = Length.MEDIUM, quotes: int | None = QUOTES_SHOWN,
           method: str = DEFAULT_METHOD) -> Digest:
    """Summary (by the named method, see `summary.methods`) and key quotes of an article (CPU work):
    `quotes` of them, all with None, none with 0."""
    started = time.perf_counter()
    document = document_of(article)
    summary = summarize(document, length, method)
    shown = {summary.tldr.index, *(s.index for s in summary.sentences)}
    complete = len(shown) >= len(document.sentences)
    every_quote = quotes_of(article)
    speakers = unnamed_speakers(summary.selected, every_quote, document)
    return Digest(article, summary, find_quotes(document, quotes, every_quote) if quotes != 0 else (), complete,
                  article.reading_minutes, time.perf_counter() - started, tuple(sorted(speakers.items())))


@lru_cache(maxsize=64)
def quotes_of(article: Article) -> tuple[Quote, ...]:
    return tuple(all_quotes(document_of(article)))


def ask(article: Article, question: str) -> Answer:
    """The article's best sentences for a question, or 'not found' with the closest one (CPU work).

    A runner-up is shown only when it scores close to the best sentence: one that merely shares a
    name with the question reads as noise under a good answer. "What did X say?" is answered with
    X's quotations when the article quotes X (`answer.speech`).
    """
    language = article.language or "en"
    speaker = asked_speaker(question, language) or _holder_of_post_asked(article, question)
    quoted = _quoted(article, speaker, question) if speaker else None
    if quoted:
        return quoted
    index = answer_index_of(article)
    answer = index.answer(question)
    if speaker and answer.found and not reports_speech_of(
            speaker, answer.sentences[0], language, _text_before(index.document, answer.sentences[0])):
        return answer.declined()
    if speaker and answer.found and not _touches_topic(index, question, answer.sentences[0], language):
        return answer.declined()  # "What did the mayor say about bus fares?" answered by her words on the cost
    shown = tuple(s for s, strength in zip(answer.sentences, answer.strengths) if strength >= RUNNER_UP_SHARE)
    answer = replace(answer, sentences=shown, strengths=answer.strengths[:len(shown)])
    return _with_what_it_introduces(_with_what_it_points_back_to(answer, index, question), index.document)


POINTED_NEW_TERMS = 1
"""How many words the question lacks a best sentence opening with a pointing word may hold and
still only restate the question: "This means they were being cached after their first access."
for "What made the finders get cached after their first access?" adds "means" and nothing else."""


def _with_what_it_points_back_to(answer: Answer, index: AnswerIndex, question: str) -> Answer:
    """The sentence before the best one, then the best one, when the best one opens with a word
    pointing back ("This", "It", "Cela") at something its paragraph's previous sentence names and
    says nothing the question does not: where the question's answer would stand it has only the
    pointing word, so shown alone it restates the question (the sentence before holds "Django was
    using the lru_cache decorator"). Both are shown, the one pointed at first, as the article reads:
    on the even half of SQuAD 1.1 dev 7 best sentences of about 3,900 were such, the answer in the
    sentence before for 2, in the best one for 3 (then second), in neither for 2. So when the
    pointing word leads the very thing a "which X" question asks (`categories.points_at_asked_thing`:
    "This important mineral helps the body recycle glutathione" after "7. Selenium."), whatever
    else the best sentence says: the thing's name is in the sentence before."""
    if not answer.found or not answer.sentences:
        return answer
    best = answer.sentences[0]
    if not index.opens_pointing(best.index):
        return answer
    asked = set(question_terms(index.document.language, question))
    if len(set(best.terms) - asked) > POINTED_NEW_TERMS and not points_at_asked_thing(
            index.document.language, best.text, question):
        return answer
    before = index.document.sentences[best.index - 1]
    rest = tuple((s, strength) for s, strength in zip(answer.sentences[1:], answer.strengths[1:]) if s.index != before.index)
    sentences = (before, best, *(s for s, _ in rest))
    # The bold phrase goes with the first sentence shown, now the one pointed at.
    return replace(answer, sentences=sentences, strengths=(1.0, answer.strengths[0], *(x for _, x in rest)),
                   phrase=index.phrase_in(before, question))


def _with_what_it_introduces(answer: Answer, document: Document) -> Answer:
    """The best sentence and, when it ends in a colon, the sentence it introduces: "…a dedicated
    mailbox has been set up:" holds the question's words, the address on the next line holds the
    answer; shown alone, the reader gets the promise and not the thing."""
    if not answer.sentences or not answer.sentences[0].text.rstrip().endswith(":"):
        return answer
    following = answer.sentences[0].index + 1
    if following >= len(document.sentences) or any(s.index == following for s in answer.sentences):
        return answer
    sentences = (answer.sentences[0], document.sentences[following], *answer.sentences[1:])
    return replace(answer, sentences=sentences, strengths=(1.0, *answer.strengths))


def _quoted(article: Article, speaker: frozenset[str], question: str, follows_up: bool = False) -> Answer | None:
    """The speaker's own quotations as the answer, those the question's other words match first.
    When the question asks about a topic none of them touches ("What did she say about budgets?"
    and her attributed quotation is on team culture), a sentence reporting her words on it goes
    first: the quotation reader may have given it no speaker ("According to RedMonk's Stephens,
    “… budgets …”"). When no such sentence exists either and the question names a topic
    (`speech.asks_about`), the article doesn't say what she said about it, her first quotation the
    closest hint: "What did Ratcliffe say about salmonella?" was answered with his quotation on
    boot cleaning, on a page naming salmonella only in the researchers' findings. Not when the
    question `follows_up` an answer ("What did she say about the plan?"): its topic is often the
    answer before, which her words may tell without its word."""
    index = answer_index_of(article)
    said = quotes_by(speaker, quotes_of(article), index.document.sentences)
    if not said:
        return None
    said = added_first(question, said, article.language or "en")
    topic = topic_of(question, article.language or "en")
    relevance = index.combine(index.parts(topic), index.tuning) if question_terms(index.document.language, topic) else None
    shown = best_first(said, relevance)
    if relevance is not None and relevance[shown[0].index] <= 0:
        language = article.language or "en"
        on_topic = [s for s in index.document.sentences if relevance[s.index] > 0
                    and reports_speech_of(speaker, s, language, _text_before(index.document, s))]
        if not on_topic and not follows_up and asks_about(topic, language):
            return Answer((), False, shown[0], 0.0)
        if on_topic:
            shown = [max(on_topic, key=lambda s: relevance[s.index]), *shown][:len(shown)]
    return Answer(tuple(shown), True, shown[0], 1.0, (1.0,) * len(shown))


def _touches_topic(index: AnswerIndex, question: str, sentence: Sentence, language: str) -> bool:
    """Whether the sentence reporting someone's words touches what the question asks they said it about
    (`speech.asks_about`); true when it names no topic. As for their quotations (`_quoted`), a topic the
    sentence never meets, even by a bridge, is one the article doesn't say what they said about."""
    topic = topic_of(question, language)
    if not asks_about(topic, language) or not question_terms(index.document.language, topic):
        return True
    return bool(index.combine(index.parts(topic), index.tuning)[sentence.index] > 0)


def _holder_of_post_asked(article: Article, question: str) -> frozenset[str]:
    """The name of the one person quoted whom a "what did X say" question asks about by their post
    ("Was sagte der neue Präsident?", "¿Qué dijo la vicepresidenta?"), as the article introduces
    them (`speech.speaker_by_post`); nothing for any other question."""
    post = speaker_asked(question, article.language or "en")
    if not post:
        return frozenset()
    document = document_of(article)
    return speaker_by_post(post, quotes_of(article), document.sentences, document.language)


def _text_before(document: Document, sentence: Sentence) -> str:
    """The article's sentence before this one, in any paragraph (news give a sentence a paragraph), or ""."""
    return document.sentences[sentence.index - 1].text if sentence.index else ""


def ask_in_turn(article: Article, question: str, previous: Turn | None) -> Answer:
    """Like `ask`, for a question that may follow up on the previous turn about this article."""
    language = article.language or "en"
    said = previous is not None and asks_what_a_pronoun_said(question, language)
    if previous and said:
        # The answer first, then the question as it was matched (a quoted answer may name no one).
        speaker = speaker_named_in(" ".join((*previous.answer, previous.question)), quotes_of(article))
        quoted = _quoted(article, speaker, question, follows_up=True)
        if quoted:
            return quoted
    if previous and previous.answer and asks_who_said_it(question, language):
        source = answer_who_said(answer_index_of(article), question, previous.answer[0], quotes_of(article))
        if source is not None:
            return source
    matched = question_to_match(question, previous, language)
    if previous and not said and matched != question:
        # "¿Y qué dijo la policía?": a follow-up naming whom it asks about is answered with their words.
        speaker = asked_speaker(question, language) or _holder_of_post_asked(article, question)
        quoted = _quoted(article, speaker, question, follows_up=True) if speaker else None
        if quoted:
            return quoted
    if previous and previous.answer and asks_besides(question, language):
        return answer_besides(answer_index_of(article), question, matched, previous, language)
    if previous is None or matched == question:
        return ask(article, question)
    index = answer_index_of(article)
    answer = answer_followup(index, question, matched, previous, language, lambda: ask(article, question))
    if said and points_at_someone(question, language) and answer.found and not _tells_what_was_said(
            index, question, answer.sentences[0], previous, language):
        return answer.declined()
    return answer


def _tells_what_was_said(index: AnswerIndex, question: str, sentence: Sentence, previous: Turn, language: str) -> bool:
    """For "What did he say about the fix?" when the article quotes no one the turn before named
    ("they" may be the writers themselves: "What did they think of it?", "We called it …"):
    whether the sentence found is about someone that turn named (names them, or goes on about them
    with a pronoun) and reports speech; else the article doesn't say, and a sentence that merely
    holds "fix" ("I created a pull request with the fix"), or names the reviewer ("After some
    helpful review from Tim Graham it was merged"), would be shown as what the reviewer said."""
    before = index.document.sentences[sentence.index - 1] if sentence.index else None
    before_text = before.text if before is not None and before.paragraph == sentence.paragraph else alone_before(index, sentence)
    return (is_about(names_in(previous, language), sentence.text, before_text, language)
            and tells_what_was_said(question, sentence.text, language))


def read_html(html: str, url: str | None) -> Article:
    """Page HTML to a clean Article (CPU work)."""
    return extract_article(html, url)


def read_text(text: str) -> Article:
    """Pasted text to a clean Article (CPU work); a pasted PDF or other binary blob is refused, and
    a page's source pasted whole (it opens with markup) is read as the page, as a file of it is."""
    text = refuse_binary(text)
    if text.lstrip().startswith("<") and sniff(text) == "text/html":
        return read_html(text, None)
    return article_from_text(text)


def read_document(data: bytes, name: str = "", url: str | None = None) -> Article:
    """A file's bytes to an Article (CPU work): a PDF by its signature, a page by its name or its
    markup, anything else as pasted text; an image or other binary file, and a news feed, are
    refused, each with a message about a file (not a link)."""
    if not data or data.isspace():
        raise EmptyFile()
    if is_pdf(data):
        return read_pdf(data, url)
    text = file_text(data)
    if is_feed(text):
        raise FeedFile(name)
    if name.lower().endswith(HTML_SUFFIXES) or sniff(text) == "text/html":
        return read_html(text, url)
    return read_text(text)


def file_text(data: bytes) -> str:
    """A file's bytes as text, in the charset they bear out; NotATextFile when they are not text."""
    try:
        return text_of(data)[0]
    except NotAPage as refused:
        raise NotATextFile(refused.content_type) from None


def read_download(body: bytes, content_type: str, url: str) -> Article:
    """A downloaded page's bytes to an Article (CPU work): decoded by the charset its header or
    markup names (or a guess), refused when it is binary or a news feed, then extracted: served as
    plain text with no page markup, the way a pasted text is; otherwise as a page."""
    text = text_of(body, content_type)[0]
    if is_feed(text):
        raise FeedLink(content_type)
    if media_type(content_type) in TEXT_TYPES and sniff(text) != "text/html":
        return article_from_text(text)
    return read_html(text, url)


def read_page(page: Page) -> Article:
    """A downloaded page or PDF to an Article with an address (CPU work): where the page ended
    up, unless the page names its own."""
    if not page.body or page.body.isspace():
        raise EmptyPage()
    if page.content_type == PDF_TYPE:
        article = read_pdf(page.body, page.url)
    else:
        article = read_download(page.body, page.header, page.url)
    return article if article.url is not None else replace(article, url=page.url)


def digest_page(page: Page, length: Length, quotes: int | None, method: str) -> Digest:
    """A downloaded page read and digested in one go (CPU work): what a new link needs, in one
    call to wherever CPU work runs, which hands back the article inside the digest."""
    return digest(read_page(page), length, quotes, method)


async def fetch_article(url: str, limits: FetchLimits, run: Runner = asyncio.to_thread) -> Article:
    """Download a page safely, then decode it and extract its article off the event loop (`run`:
    where CPU work runs)."""
    return await fetch_and(url, limits, run, read_page)


async def fetch_digest(url: str, limits: FetchLimits, length: Length, quotes: int | None, method: str,
                       run: Runner = asyncio.to_thread) -> Digest:
    """Download a page safely, then read and digest it off the event loop in one call there."""
    return await fetch_and(url, limits, run, digest_page, length, quotes, method)


async def fetch_and(url: str, limits: FetchLimits, run: Runner, read: Callable[..., T], *args: object) -> T:
    """Download a page safely, then `read(page, *args)` where CPU work runs (`run`): the page goes
    there once, as bytes, and is decoded there.

    A robot check, paywall stub or script shell is raised with the link asked for (not wherever a
    redirect ended, such as a login page), which is what the offered archive links point to. A page
    with no article that forwards its reader (`refresh_target`) is followed once, as a browser does.
    """
    try:
        page = await fetch_page(url, limits, accept=ARTICLE_TYPES, undecoded=True)
        try:
            return await run(read, page, *args)
        except (NotAnArticle, ScriptOnly):
            forward = refresh_target(page.body, page.url)
            if forward is None:
                raise
        return await run(read, await fetch_page(forward, limits, accept=ARTICLE_TYPES, undecoded=True), *args)
    except PageBlocked as error:
        error.url = url
        raise
