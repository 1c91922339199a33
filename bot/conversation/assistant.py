"""What the bot does with each kind of message, for any front end (Telegram or the terminal).

A front end finds the links in a message, parses commands, checks who may change a group's settings
and decides where replies go; the assistant does every chat action once: turns links, pasted text
and questions into results, keeps each chat's settings, its current article and the previous
question of each chat or forum topic (for follow-ups), and answers the setting commands with the
plain sentence to show. It never formats anything. Failures come back as `UserError`s, whose
messages are the user-facing text.
"""

from __future__ import annotations

import asyncio
import re
from collections.abc import Awaitable, Sequence
from dataclasses import dataclass

from bot.conversation import about, chatter, texts
from bot.conversation.about import Replied
from bot.conversation.library import Library
from bot.reader.answer.followup import Turn, question_to_match
from bot.reader.answer.index import Answer
from bot.errors import MistypedLink, NoAnswersInLanguage, NotAnArticle, QuestionInAnotherScript, ReaderError
from bot.reader.pipeline import Digest
from bot.reader.extract.not_prose import looks_like_code
from bot.reader.summary.compose import Length
from bot.reader.text.language import UNSPLIT_WORDS
from bot.reader.text.scripts import in_another_script
from bot.reader.urls import mistyped_link
from bot.store import ChatSettings, Store, StoredArticle

LINKS_PER_MESSAGE = 3
OPENING_PARAGRAPHS = 20
"""Paragraphs enough to tell the alphabet an article is written in (`scripts`)."""
LENGTHS = tuple(item.value for item in Length)
_QUESTION_MARKS = ("?", "？", "؟")
_SENTENCE_BREAK = re.compile(r"(?<=[.!?…。！？؟])\s+")


def only_questions(text: str) -> bool:
    """True when every sentence of the text ends with a question mark: a question, however long,
    never an article (an article is rarely all questions)."""
    return all(piece.rstrip("\"'”’»)").endswith(_QUESTION_MARKS) for piece in _SENTENCE_BREAK.split(text.strip()))


@dataclass(frozen=True)
class Summarized:
    stored: StoredArticle
    digest: Digest
    length: Length


@dataclass(frozen=True)
class Answered:
    stored: StoredArticle
    answer: Answer


class Assistant:
    def __init__(self, library: Library, store: Store, pasted_text_min_chars: int) -> None:
        self.library = library
        self.store = store
        self.pasted_text_min_chars = pasted_text_min_chars

    def is_pasted_article(self, text: str) -> bool:
        """Long text to summarize; a long question ("who … and why … ?") is still a question. Lines
        of code or an error log, however short, are a paste too, so reading them tells the person
        what they are instead of answering them as a question about the article."""
        text = text.strip()
        return len(text) >= self.pasted_text_min_chars and not only_questions(text) or looks_like_code(text)

    async def settings(self, chat_id: int) -> ChatSettings:
        return await self.store.chat(chat_id)

    async def set_length(self, chat_id: int, choice: str, kind: str = "private") -> str:
        """/length short|medium|long; anything else gets the current length and the choices."""
        choice = choice.strip().lower()
        if choice not in LENGTHS:
            current = (await self.store.chat(chat_id)).length
            return texts.length_now(current) + " " + texts.LENGTH_USAGE
        await self.store.update_chat(chat_id, kind, length=choice)
        return texts.length_set(choice)

    async def set_quotes(self, chat_id: int, choice: str, kind: str = "private") -> str:
        """/quotes on|off; anything else gets whether they are shown now and the choices."""
        choice = choice.strip().lower()
        if choice not in ("on", "off"):
            shown = (await self.store.chat(chat_id)).quotes
            return (texts.QUOTES_NOW_ON if shown else texts.QUOTES_NOW_OFF) + " " + texts.QUOTES_USAGE
        await self.store.update_chat(chat_id, kind, quotes=choice == "on")
        return texts.quotes_set(choice == "on")

    async def forget(self, chat_id: int) -> str:
        """/forget: the chat's settings, articles, summaries and previous questions."""
        await self.store.forget_chat(chat_id)
        return texts.FORGOTTEN

    async def summarize_link(self, chat_id: int, url: str, kind: str = "private",
                             pasted: str | None = None) -> Summarized:
        """The link a person sent, which becomes the chat's current article. When the link cannot
        be read (a paywall, a robot check, a dead link) and the message carried an article's text
        besides (`pasted_beside`: people paste the story they could read with its link), that
        text is summarized instead."""
        try:
            return await self._present_link(chat_id, url, kind)
        except ReaderError:
            if pasted is None:
                raise
        return await self.summarize_text(chat_id, pasted, kind)

    def pasted_beside(self, text: str, links: Sequence[str]) -> str | None:
        """The message's text when, without its links, it is long enough to be a pasted article."""
        rest = text
        for link in links:
            rest = rest.replace(link, " ")
        return text if self.is_pasted_article(rest) else None

    async def summarize_feed_item(self, chat_id: int, url: str) -> Summarized:
        """An article a feed brought: the chat gets it, but the conversation stays on the article
        the person sent; they ask about this one by replying to its post."""
        return await self._present_link(chat_id, url, "feed", current=False)

    async def summarize_text(self, chat_id: int, text: str, kind: str = "private") -> Summarized:
        return await self._present(chat_id, self.library.read_pasted(text), kind)

    async def summarize_document(self, chat_id: int, data: bytes, name: str, kind: str = "private") -> Summarized:
        """A PDF, HTML or text file sent in the chat, which becomes the chat's current article."""
        return await self._present(chat_id, self.library.read_document(data, name), kind)

    async def _present_link(self, chat_id: int, url: str, kind: str, current: bool = True) -> Summarized:
        """A link's article digested at the chat's settings: the store is asked for both together;
        a link it has no fresh copy of is fetched, read and digested in one go (see `_present`)."""
        stored, settings = await asyncio.gather(self.library.stored(url), self.store.chat(chat_id))
        length = Length(settings.length)
        if stored is None:
            stored, digest = await self.library.read_link(url, length, settings.quotes)
        else:
            digest = await self.library.digest(stored, length, settings.quotes)
        return await self._noted_unless_current(chat_id, Summarized(stored, digest, length), kind, current)

    async def _present(self, chat_id: int, reading: Awaitable[StoredArticle], kind: str,
                       current: bool = True) -> Summarized:
        """The article being read, digested at the chat's settings. The settings are asked for
        alongside the article's first store lookup, so both go to the store together."""
        stored, settings = await asyncio.gather(reading, self.store.chat(chat_id))
        length = Length(settings.length)
        digest = await self.library.digest(stored, length, settings.quotes)
        return await self._noted_unless_current(chat_id, Summarized(stored, digest, length), kind, current)

    async def _noted_unless_current(self, chat_id: int, result: Summarized, kind: str, current: bool) -> Summarized:
        """A summary for the person becomes the chat's current article once the front end has
        shown it (`shown`); a feed item is noted as read at once, since a digest shows only its
        TL;DR line and no message of its own."""
        if not current:
            await self.store.note_read(chat_id, result.stored.id, kind, current=False)
        return result

    async def shown(self, chat_id: int, result: Summarized, message_ids: Sequence[int] = (),
                    kind: str = "private") -> None:
        """The summary is on screen (in these messages of the bot): the article becomes the chat's
        current one and a reply to any of them asks about it, written together in one transaction."""
        await self.store.note_read(chat_id, result.stored.id, kind, message_ids=message_ids)

    async def resummarize(self, chat_id: int, article_id: int, length: Length) -> Summarized | None:
        """The same article at another length (the shorter / longer buttons), from the store."""
        stored = await self.store.article(article_id)
        if stored is None:
            return None
        settings = await self.store.chat(chat_id)
        digest = await self.library.digest(stored, length, settings.quotes)
        return Summarized(stored, digest, length)

    async def quotes(self, article_id: int) -> Summarized | None:
        stored = await self.store.article(article_id)
        if stored is None:
            return None
        digest = await self.library.digest(stored, Length.SHORT, True, all_quotes=True)
        return Summarized(stored, digest, Length.SHORT)

    async def answer(self, chat_id: int, question: str, article_id: int | None = None,
                     thread_id: int = 0) -> Answered | Replied | None:
        """Answer from the given article (the message replied to), which becomes the chat's current
        one, else from the current one; None when there is none yet. Small talk, a line that asks
        nothing ("I like turtles", or bare words the article lacks) and questions about the article
        as a whole ("who wrote this?", and "where did this happen?" of a story with a dateline) are
        `Replied` to without the answer stage.

        The question may follow up on the previous one asked in this chat or forum topic
        (`thread_id`, 0 outside topics) when that was about the same article; it then becomes the
        previous one, kept in the store so a restart does not lose the thread of the conversation.

        A message that is one word typed as a link but none ("htp:/story", "www.example") is
        refused as `MistypedLink`, with or without an article: the person meant to send a link. A
        question about an article in Chinese or Japanese is told that questions about it are not
        answered yet (`NoAnswersInLanguage`), since its words are not split apart to match, and one
        written wholly in another alphabet than the article that it cannot match a word of it
        (`QuestionInAnotherScript`).
        """
        if (typed := mistyped_link(question)) is not None:
            raise MistypedLink(typed)
        replied_to = article_id is not None
        if article_id is None:
            article_id = (await self.store.chat(chat_id)).current_article_id
        asks = about.read(question)
        if asks in about.SMALL_TALK and article_id is None:
            return Replied(asks, None)
        stored = await self.store.article(article_id) if article_id is not None else None
        if stored is None:
            return None
        if replied_to:
            await self.store.update_chat(chat_id, current_article_id=stored.id)
        if not stored.article.paragraphs:
            raise NotAnArticle()
        if asks is None and stored.article.language in UNSPLIT_WORDS:
            raise NoAnswersInLanguage(stored.article.language)
        opening = "\n".join((stored.article.title, *stored.article.paragraphs[:OPENING_PARAGRAPHS]))
        if asks is None and in_another_script(question, opening):
            raise QuestionInAnotherScript()
        if asks is None and chatter.bare_words(question) and not await self.library.names_any(stored, question):
            asks = about.About.NOT_A_QUESTION
        asks = asks or about.place_asked(question, stored.article)
        if asks is not None:
            return await self._about_article(asks, stored)
        last = await self.store.last_turn(chat_id, thread_id)
        previous = Turn(last.question, last.answer) if last and last.article_id == stored.id else None
        answer = await self.library.ask(stored, question, previous)
        # A follow-up is kept as it was matched, with the words it borrowed, so the next one can
        # lean on it too: "What did she say about X?", then "And where does she teach?".
        matched = question_to_match(question, previous, stored.article.language or "en")
        await self.store.save_turn(chat_id, thread_id, stored.id, matched, tuple(s.text for s in answer.sentences))
        return Answered(stored, answer)

    async def _about_article(self, asks: about.About, stored: StoredArticle) -> Replied:
        """Small talk, or a question about the article as a whole: its byline, date, site or TL;DR."""
        tldr = ""
        if asks is about.About.GIST:
            tldr = (await self.library.digest(stored, Length.SHORT, False)).summary.tldr.text
        return Replied(asks, stored.article, tldr)

    async def article_of_message(self, chat_id: int, message_id: int) -> int | None:
        return await self.store.article_of_message(chat_id, message_id)
