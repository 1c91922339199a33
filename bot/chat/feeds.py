"""Feeds on Telegram: the /feed command and the periodic job that polls feeds and posts new articles.

Everything durable (subscriptions, seen items, the outbox of posts, digest times) lives in the
database through `FeedService`, so the job has nothing to rebuild at start-up: every tick polls
the feeds that are due, posts what is waiting within each chat's hourly allowance, and sends the
digests whose time has come.
"""

from __future__ import annotations

import logging
from dataclasses import dataclass

from telegram import Document, InlineKeyboardMarkup, InputFile, Message, Update
from telegram.error import BadRequest, ChatMigrated, Forbidden, TelegramError

from bot import metrics, translation
from bot.chat.context import BotContext
from bot.chat.handlers import HTML, may_change_settings
from bot.chat.keyboards import archive_keyboard, summary_keyboard
from bot.conversation import texts
from bot.conversation.render import (
    digest_line, render_feed_post, render_unread_post, split_message,
)
from bot.feeds.opml import MAX_OPML_BYTES
from bot.feeds.service import Digest
from bot.errors import NoItemLink, OpmlTooLarge, UserError, message_for
from bot.store.feeds import FEED_PAUSED, Delivery

log = logging.getLogger(__name__)
DELIVERIES_PER_TICK = 60
OPML_FILE_NAME = "feeds.opml"
TOPIC_GONE = ("message thread not found", "topic_closed", "topic_deleted")
"""What Telegram answers (lower-cased) to a post in a forum topic that was deleted or closed."""


def parse_words(tokens: list[str]) -> tuple[list[str], list[str]]:
    """`+word` keeps only matching articles, `-word` drops them; a bare word counts as `+word`."""
    include = [t[1:] if t.startswith("+") else t for t in tokens if not t.startswith("-") and t.strip("+")]
    exclude = [t[1:] for t in tokens if t.startswith("-") and len(t) > 1]
    return include, exclude


def topic_of(message: Message) -> int | None:
    """The forum topic a message was written in; None for General (or a chat without topics)."""
    return message.message_thread_id if message.is_topic_message else None


async def feed(update: Update, context: BotContext) -> None:
    """/feed add|list|remove|filter|digest|export|import: the chat's news feeds."""
    message = update.effective_message
    feeds = context.services.feeds
    args = context.args or []
    action = args[0].lower() if args else ""
    if action == "list":
        await message.reply_text(HTML.text(await feed_list(feeds, message.chat_id)))
        return
    if action in ("export", "import"):
        if await may_change_settings(update, context):
            await (export_feeds(message, feeds) if action == "export" else import_replied(message, context))
        return
    if action not in ("add", "remove", "filter", "digest") or len(args) < 2:
        await message.reply_text(HTML.text(texts.FEED_USAGE))
        return
    if not await may_change_settings(update, context):
        return
    await remember_language(context, message)
    try:
        reply = await change_feeds(feeds, message.chat_id, action, args[1:], topic_of(message))
    except UserError as error:
        reply = message_for(error)
    except ValueError:
        reply = texts.FEED_USAGE
    await message.reply_text(HTML.text(reply))


async def remember_language(context: BotContext, message: Message) -> None:
    """Feed posts come later, answering no one: they are written in the language of whoever last
    set up the chat's feeds (the one this command is answered in)."""
    await context.services.store.update_chat(message.chat_id, message.chat.type, language=translation.current())


async def speak_the_chats_language(context: BotContext, chat_id: int) -> None:
    """What follows, until the next chat's post, in the language the chat's feeds were set up in,
    else the bot's own (BOT_LANGUAGE)."""
    chosen = (await context.services.store.chat(chat_id)).language
    translation.use(chosen or context.services.language)


async def change_feeds(feeds, chat_id: int, action: str, args: list[str], topic: int | None = None) -> str:
    if action == "add":
        include, exclude = parse_words(args[1:])
        subscription = await feeds.add(chat_id, args[0], include, exclude, topic)
        return texts.feed_added(subscription.feed_title, subscription.feed_url)
    if action == "remove":
        return texts.feed_removed((await feeds.remove(chat_id, args[0])).feed_title)
    if action == "filter":
        include, exclude = parse_words(args[1:])
        await feeds.set_filters(chat_id, args[0], include, exclude)
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
        paused = " " + texts.FEED_LIST_PAUSED if subscription.paused else ""
        topic = " " + texts.FEED_LIST_TOPIC.format(topic=subscription.message_thread_id) if subscription.message_thread_id else ""
        lines.append(f"{number}. {subscription.feed_title} – {subscription.feed_url}"
                     + (f" [{' '.join(words)}]" if words else "") + topic + paused)
    return "\n".join(lines)


async def export_feeds(message: Message, feeds) -> None:
    """The chat's feeds as an .opml file."""
    count = len(await feeds.list(message.chat_id))
    if not count:
        await message.reply_text(HTML.text(texts.NO_FEEDS))
        return
    title = texts.EXPORT_TITLE.format(chat=message.chat.title or message.chat.full_name or message.chat_id)
    data = await feeds.export_opml(message.chat_id, title)
    caption = texts.export_caption(count)
    await message.reply_document(InputFile(data, filename=OPML_FILE_NAME), caption=HTML.text(caption))


async def import_replied(message: Message, context: BotContext) -> None:
    """/feed import in reply to an .opml file."""
    replied = message.reply_to_message
    if replied is None or replied.document is None:
        await message.reply_text(HTML.text(texts.IMPORT_USAGE))
        return
    await import_document(message, context, replied.document)


async def on_opml_file(update: Update, context: BotContext) -> None:
    """An .opml file sent to the bot: follow its feeds (in groups, if an admin sent it)."""
    message = update.effective_message
    if await may_change_settings(update, context):
        await import_document(message, context, message.document)


async def import_document(message: Message, context: BotContext, document: Document) -> None:
    """Download the feed list (refusing one too large before downloading it), follow its feeds,
    and say how many were added, skipped and failed, and why."""
    feeds = context.services.feeds
    try:
        if document.file_size and document.file_size > MAX_OPML_BYTES:
            raise OpmlTooLarge(MAX_OPML_BYTES)
        file = await context.bot.get_file(document.file_id)
        if file.file_size and file.file_size > MAX_OPML_BYTES:
            raise OpmlTooLarge(MAX_OPML_BYTES)
        outlines = await feeds.read_opml(bytes(await file.download_as_bytearray()))
    except UserError as error:
        await message.reply_text(HTML.text(message_for(error)))
        return
    await remember_language(context, message)
    report = await feeds.import_feeds(message.chat_id, outlines, topic_of(message), bool(message.chat.is_forum))
    text = texts.import_report(report.added, report.duplicates, report.failed, report.over_limit, report.limit,
                               report.not_tried)
    for chunk in split_message([HTML.text(line) for line in text.split("\n")]):
        await message.reply_text(chunk)


async def feeds_tick(context: BotContext) -> None:
    """Poll the feeds that are due, post what is waiting, send the digests whose time has come."""
    if context.bot_data.services is None:
        return
    svc = context.services
    report = await svc.feeds.poll_due()
    metrics.feeds_polled(report.polled, report.failed, report.new_items)
    if report.polled:
        log.info("Polled %d feeds: %d new items, %d failed", report.polled, report.new_items, report.failed)
    waiting = await svc.feeds.waiting_deliveries(DELIVERIES_PER_TICK)
    metrics.feed_posts_waiting(len(waiting))
    for delivery in waiting:
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


async def post_delivery(context: BotContext, delivery: Delivery) -> None:
    """Read and render one new article (or a paused-feed notice), then claim it, send it and
    record the outcome: the claim covers the send alone, however slow the article was to read."""
    svc = context.services
    await speak_the_chats_language(context, delivery.chat_id)
    post = await render_delivery(context, delivery)
    if not await svc.feeds.claim(delivery):
        return  # another instance posted it meanwhile, or the chat's hourly allowance is used up
    try:
        sent = await send_in_topic(context, delivery.chat_id, delivery.message_thread_id, post.text, post.keyboard)
    except (Forbidden, ChatMigrated) as error:
        log.info("Chat %s can no longer get feed posts (%s)", delivery.chat_id, error)
        await svc.feeds.mark_skipped(delivery.id)
        metrics.feed_post("skipped")
        if isinstance(error, Forbidden):
            await svc.feeds.stop_chat(delivery.chat_id)
        return
    except BadRequest as error:
        log.warning("Telegram refused feed post %s: %s", delivery.id, error)
        await svc.feeds.mark_skipped(delivery.id)
        metrics.feed_post("skipped")
        return
    except TelegramError as error:
        log.warning("Feed post %s will be retried: %s", delivery.id, error)
        await svc.feeds.release(delivery.id)
        metrics.feed_post("retried")
        return
    await svc.feeds.mark_sent(delivery.id)
    metrics.feed_post("sent")
    if post.article_id is not None:
        await svc.store.link_message(sent.chat_id, sent.message_id, post.article_id)


async def render_delivery(context: BotContext, delivery: Delivery) -> Post:
    """The post's text: the article's compact summary, or the item announced with why it was unread."""
    if delivery.kind == FEED_PAUSED:
        return Post(HTML.text(texts.feed_paused(delivery.feed_title, delivery.feed_url)))
    svc = context.services
    try:
        if not delivery.link:
            raise NoItemLink()
        result = await svc.assistant.summarize_feed_item(delivery.chat_id, delivery.link)
    except UserError as error:
        lines = render_unread_post(delivery.feed_title, delivery.title, delivery.link, message_for(error), HTML)
        return Post(split_message(lines)[0], archive_keyboard(error))
    lines = render_feed_post(delivery.feed_title, result.digest, HTML)
    keyboard = summary_keyboard(result.stored.id, result.length, not result.digest.complete)
    return Post(split_message(lines)[0], keyboard, result.stored.id)


async def post_digest(context: BotContext, digest: Digest) -> None:
    """One message a day per chat: a line per new article with its TL;DR, read before the digest
    is claimed so that the claim covers the sending alone."""
    svc = context.services
    await speak_the_chats_language(context, digest.chat_id)
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
    topics: dict[int | None, list[str]] = {}
    for delivery in claimed.deliveries:
        topics.setdefault(delivery.message_thread_id, []).append(lines[delivery.id])
    try:
        for topic, topic_lines in topics.items():
            heading = HTML.bold(HTML.text(texts.digest_heading(len(topic_lines))))
            for chunk in split_message([heading] + topic_lines):
                await send_in_topic(context, digest.chat_id, topic, chunk)
    except Forbidden:
        await svc.feeds.stop_chat(digest.chat_id)
        return
    except TelegramError as error:
        log.warning("Digest for chat %s will be retried: %s", digest.chat_id, error)
        for delivery in claimed.deliveries:
            await svc.feeds.release(delivery.id)
        return
    await svc.feeds.mark_digest_sent(claimed)


async def send_in_topic(
    context: BotContext, chat_id: int, topic: int | None, text: str,
    keyboard: InlineKeyboardMarkup | None = None,
) -> Message:
    """Send to a feed's forum topic; when Telegram says the topic is deleted or closed, its feeds
    move to General for good (so it is never tried again), the chat is told once, and the
    message goes to General."""
    if topic is not None:
        try:
            return await context.bot.send_message(chat_id, text, reply_markup=keyboard, message_thread_id=topic)
        except BadRequest as error:
            if not any(reason in error.message.lower() for reason in TOPIC_GONE):
                raise
            log.info("Chat %s: feed topic %s is gone (%s); posting to General", chat_id, topic, error.message)
            if await context.services.feeds.leave_topic(chat_id, topic):
                await context.bot.send_message(chat_id, HTML.text(texts.topic_gone(topic)))
    return await context.bot.send_message(chat_id, text, reply_markup=keyboard)
