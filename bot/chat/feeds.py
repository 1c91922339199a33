"""Feeds on Telegram: the /feed command and the periodic job that polls feeds and posts new articles.

Everything durable (subscriptions, seen items, the outbox of posts, digest times) lives in the
database through `FeedService`, so the job has nothing to rebuild at start-up: every tick polls
the feeds that are due, posts what is waiting within each chat's hourly allowance, and sends the
digests whose time has come.
"""

from __future__ import annotations

import logging
from dataclasses import dataclass

from telegram import InlineKeyboardMarkup, Update
from telegram.error import BadRequest, ChatMigrated, Forbidden, TelegramError
from telegram.ext import ContextTypes

from bot.chat.handlers import HTML, may_change_settings, services
from bot.chat.keyboards import archive_keyboard, summary_keyboard
from bot.conversation import texts
from bot.conversation.render import (
    digest_line, render_feed_post, render_unread_post, split_message,
)
from bot.feeds.service import Digest
from bot.errors import UserError, message_for
from bot.store.feeds import FEED_PAUSED, Delivery

log = logging.getLogger(__name__)
DELIVERIES_PER_TICK = 60


def parse_words(tokens: list[str]) -> tuple[list[str], list[str]]:
    """`+word` keeps only matching articles, `-word` drops them; a bare word counts as `+word`."""
    include = [t[1:] if t.startswith("+") else t for t in tokens if not t.startswith("-") and t.strip("+")]
    exclude = [t[1:] for t in tokens if t.startswith("-") and len(t) > 1]
    return include, exclude


async def feed(update: Update, context: ContextTypes.DEFAULT_TYPE) -> None:
    """/feed add|list|remove|filter|digest: the chat's news feeds."""
    message = update.effective_message
    feeds = services(context).feeds
    args = context.args or []
    action = args[0].lower() if args else ""
    if action == "list":
        await message.reply_text(HTML.text(await feed_list(feeds, message.chat_id)))
        return
    if action not in ("add", "remove", "filter", "digest") or len(args) < 2:
        await message.reply_text(HTML.text(texts.FEED_USAGE))
        return
    if not await may_change_settings(update, context):
        return
    try:
        reply = await change_feeds(feeds, message.chat_id, action, args[1:])
    except UserError as error:
        reply = message_for(error)
    except ValueError:
        reply = texts.FEED_USAGE
    await message.reply_text(HTML.text(reply))


async def change_feeds(feeds, chat_id: int, action: str, args: list[str]) -> str:
    if action == "add":
        include, exclude = parse_words(args[1:])
        subscription = await feeds.add(chat_id, args[0], include, exclude)
        return texts.feed_added(subscription.feed_title, subscription.feed_url)
    if action == "remove":
        return texts.feed_removed((await feeds.remove(chat_id, int(args[0]))).feed_title)
    if action == "filter":
        include, exclude = parse_words(args[1:])
        await feeds.set_filters(chat_id, int(args[0]), include, exclude)
        return await feed_list(feeds, chat_id)
    if args[0].lower() == "off":
        await feeds.set_digest(chat_id, None)
        return texts.DIGEST_OFF
    tz = args[1] if len(args) > 1 else "UTC"
    await feeds.set_digest(chat_id, args[0], tz)
    return texts.digest_set(args[0], tz)


async def feed_list(feeds, chat_id: int) -> str:
    subscriptions = await feeds.list(chat_id)
    if not subscriptions:
        return texts.NO_FEEDS
    lines = []
    for number, subscription in enumerate(subscriptions, 1):
        words = [f"+{w}" for w in subscription.filter.include] + [f"-{w}" for w in subscription.filter.exclude]
        paused = " (paused: it kept failing)" if subscription.paused else ""
        lines.append(f"{number}. {subscription.feed_title} – {subscription.feed_url}"
                     + (f" [{' '.join(words)}]" if words else "") + paused)
    return "\n".join(lines)


async def feeds_tick(context: ContextTypes.DEFAULT_TYPE) -> None:
    """Poll the feeds that are due, post what is waiting, send the digests whose time has come."""
    svc = context.application.bot_data.get("services")
    if svc is None:
        return
    report = await svc.feeds.poll_due()
    if report.polled:
        log.info("Polled %d feeds: %d new items, %d failed", report.polled, report.new_items, report.failed)
    for delivery in await svc.feeds.waiting_deliveries(DELIVERIES_PER_TICK):
        await post_delivery(context, delivery)
    for digest in await svc.feeds.waiting_digests():
        await post_digest(context, digest)


@dataclass(frozen=True)
class Post:
    """A rendered feed post, ready to send."""

    text: str
    keyboard: InlineKeyboardMarkup | None = None
    article_id: int | None = None
    """The article a reply to the post asks about."""


async def post_delivery(context: ContextTypes.DEFAULT_TYPE, delivery: Delivery) -> None:
    """Read and render one new article (or a paused-feed notice), then claim it, send it and
    record the outcome: the claim covers the send alone, however slow the article was to read."""
    svc = context.application.bot_data["services"]
    post = await render_delivery(context, delivery)
    if not await svc.feeds.claim(delivery):
        return  # another instance posted it meanwhile, or the chat's hourly allowance is used up
    try:
        sent = await context.bot.send_message(delivery.chat_id, post.text, reply_markup=post.keyboard)
    except (Forbidden, ChatMigrated) as error:
        log.info("Chat %s can no longer get feed posts (%s)", delivery.chat_id, error)
        await svc.feeds.mark_skipped(delivery.id)
        if isinstance(error, Forbidden):
            await svc.feeds.stop_chat(delivery.chat_id)
        return
    except BadRequest as error:
        log.warning("Telegram refused feed post %s: %s", delivery.id, error)
        await svc.feeds.mark_skipped(delivery.id)
        return
    except TelegramError as error:
        log.warning("Feed post %s will be retried: %s", delivery.id, error)
        await svc.feeds.release(delivery.id)
        return
    await svc.feeds.mark_sent(delivery.id)
    if post.article_id is not None:
        await svc.store.link_message(sent.chat_id, sent.message_id, post.article_id)


async def render_delivery(context: ContextTypes.DEFAULT_TYPE, delivery: Delivery) -> Post:
    """The post's text: the article's compact summary, or the item announced with why it was unread."""
    if delivery.kind == FEED_PAUSED:
        return Post(HTML.text(texts.feed_paused(delivery.feed_title, delivery.feed_url)))
    svc = context.application.bot_data["services"]
    try:
        if not delivery.link:
            raise UserError()
        result = await svc.assistant.summarize_feed_item(delivery.chat_id, delivery.link)
    except UserError as error:
        lines = render_unread_post(delivery.feed_title, delivery.title, delivery.link, message_for(error), HTML)
        return Post(split_message(lines)[0], archive_keyboard(error))
    lines = render_feed_post(delivery.feed_title, result.digest, HTML)
    keyboard = summary_keyboard(result.stored.id, result.length, not result.digest.complete)
    return Post(split_message(lines)[0], keyboard, result.stored.id)


async def post_digest(context: ContextTypes.DEFAULT_TYPE, digest: Digest) -> None:
    """One message a day per chat: a line per new article with its TL;DR, read before the digest
    is claimed so that the claim covers the sending alone."""
    svc = context.application.bot_data["services"]
    lines: dict[int, str] = {}
    for delivery in digest.deliveries:
        tldr = None
        if delivery.link:
            try:
                tldr = (await svc.assistant.summarize_feed_item(digest.chat_id, delivery.link)).digest.summary.tldr.text
            except UserError:
                tldr = None
        lines[delivery.id] = digest_line(delivery.title, delivery.link, tldr, HTML)
    claimed = await svc.feeds.claim_digest(digest)
    if claimed is None:
        return  # another instance sent it meanwhile
    heading = HTML.bold(HTML.text(texts.digest_heading(len(claimed.deliveries))))
    try:
        for chunk in split_message([heading] + [lines[d.id] for d in claimed.deliveries]):
            await context.bot.send_message(digest.chat_id, chunk)
    except Forbidden:
        await svc.feeds.stop_chat(digest.chat_id)
        return
    except TelegramError as error:
        log.warning("Digest for chat %s will be retried: %s", digest.chat_id, error)
        for delivery in claimed.deliveries:
            await svc.feeds.release(delivery.id)
        return
    await svc.feeds.mark_digest_sent(claimed)
