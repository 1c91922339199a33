"""Inline mode on Telegram: `@bot <link>` in any chat offers the article's summary, ready to send.

The inline reader decides what to offer; this module only turns that into inline results. Every
result is cached for its asker alone (`is_personal`): even a public article's summary is written in
the asker's language ("TL;DR:", "Kurz gesagt:"), and Telegram keys a shared cache by the query text
only. An article keeps for minutes, a person's recent articles for seconds (they change as the
person reads), and an answer that will change soon (still reading, refused) is not cached at all.
"""

from __future__ import annotations

from telegram import InlineQueryResultArticle, InlineQueryResultsButton, InputTextMessageContent, Update
from telegram.constants import ParseMode

from bot.chat.context import BotContext
from bot.conversation import texts
from bot.conversation.assistant import Summarized
from bot.conversation.inline import Found, Pending, Refused
from bot.conversation.render import HtmlMarkup, cap, render_digest, split_message

HTML = HtmlMarkup()
ARTICLE_CACHE_SECONDS = 300
RECENT_CACHE_SECONDS = 10
START_PARAMETER = "inline"
DESCRIPTION_CAP = 200


async def on_inline_query(update: Update, context: BotContext) -> None:
    """The linked article's summary, or the person's recent articles, as results to send."""
    query = update.inline_query
    offer = await context.services.inline.offer(query.from_user.id, query.query)
    button = InlineQueryResultsButton(texts.INLINE_START_BUTTON, start_parameter=START_PARAMETER)
    if isinstance(offer, Found):
        cache_time = RECENT_CACHE_SECONDS if offer.personal else ARTICLE_CACHE_SECONDS
        await query.answer([article_result(found) for found in offer.articles], cache_time=cache_time,
                           is_personal=True)
    elif isinstance(offer, Pending):
        await query.answer([link_result("reading", texts.INLINE_READING, offer.url)], cache_time=0,
                           is_personal=True)
    elif isinstance(offer, Refused):
        await query.answer([link_result("refused", offer.message, offer.url)], cache_time=0,
                           is_personal=True, button=button)
    else:
        await query.answer([], cache_time=0, is_personal=True, button=button)


def article_result(found: Summarized) -> InlineQueryResultArticle:
    """Title and TL;DR in the list; choosing it sends the summary as the bot shows it in chats."""
    article = found.stored.article
    message = split_message(render_digest(found.digest, HTML))[0]
    return InlineQueryResultArticle(
        id=f"article-{found.stored.id}",
        title=cap(article.title or texts.UNTITLED, 200),
        description=cap(found.digest.summary.tldr.text, DESCRIPTION_CAP),
        input_message_content=InputTextMessageContent(message, parse_mode=ParseMode.HTML),
    )


def link_result(result_id: str, title: str, url: str) -> InlineQueryResultArticle:
    """A result that explains itself in its title and, chosen, sends the bare link."""
    return InlineQueryResultArticle(
        id=result_id,
        title=title,
        description=cap(url, DESCRIPTION_CAP),
        input_message_content=InputTextMessageContent(HTML.text(cap(url, 4000)), parse_mode=ParseMode.HTML),
    )
