"""The Telegram bot, wired in one place: every handler, the error handler, and start-up/shut-down.

Updates are handled concurrently; reading work runs in reader processes (never on the event loop,
see `bot.reader.workers`); outgoing calls go through python-telegram-bot's AIORateLimiter, which
respects Telegram's flood limits and retries after `RetryAfter`, and over aiohttp
(`bot.chat.telegram_http`).
"""

from __future__ import annotations

import asyncio
import gc
import logging
import time
from dataclasses import asdict

from telegram import BotCommand, LinkPreviewOptions, Update
from telegram.constants import ParseMode
from telegram.ext import (
    Application, CallbackQueryHandler, ChatMemberHandler, CommandHandler, Defaults, InlineQueryHandler,
    MessageHandler, TypeHandler, filters,
)

from bot import metrics
from bot.chat import documents, feeds, handlers, inline, webhook
from bot.chat.context import CONTEXT_TYPES, BotContext, Services
from bot.chat.flood import FloodSafeLimiter
from bot.chat.ordering import PerChatOrder
from bot.chat.telegram_http import TelegramHttp
from bot.chat.loop_monitor import LoopMonitor
from bot.conversation import texts
from bot.conversation.assistant import Assistant
from bot.conversation.inline import InlineReader
from bot.conversation.library import Library
from bot.conversation.ratelimit import RateLimit
from bot.feeds.service import FeedService
from bot.reader.fetch import FetchLimits, prepare as prepare_downloads
from bot.reader.workers import ReaderPool, default_processes
from bot.settings import Settings
from bot.store import open_store
from bot.store.retention import Retention, prune
from bot.translation import ENGLISH, LANGUAGES, language_of, speaking

log = logging.getLogger(__name__)

COMMANDS = ("start", "help", "ask", "length", "quotes", "forget", "feed", "subscribe", "unsubscribe")
"""The command menu, in order; each command's description is `texts.COMMAND_<NAME>`."""
CONCURRENT_UPDATES = 256
UPDATES_PER_POLL = 20
"""At most this many updates per getUpdates, so parsing one answer stays a short step of the loop."""
LANGUAGE_GROUP = -2
"""The first handler of every update chooses the language every reply to it is in."""
COUNTING_GROUP = -1
"""Handlers in this group see every update before the ones that answer it."""
FEED_TICK_SECONDS = 30.0
PRUNE_FIRST_SECONDS = 60.0
"""The first pruning waits until start-up work is done."""


def build_application(settings: Settings, metrics_port: int = 0) -> Application:
    """The application with every handler registered; services are attached at start-up.

    `metrics_port`: where to serve /metrics from a server of its own (0: not at all, or the
    webhook server serves it)."""
    pool = ReaderPool(settings.READER_PROCESSES or default_processes(), settings.READER_DEADLINE_SECONDS)
    limiter = FloodSafeLimiter(max_retries=3)

    async def post_init(application: Application) -> None:
        if metrics_port:
            application.bot_data.metrics_server = metrics.serve(metrics_port)
        await pool.warm()
        prepare_downloads()
        store = await open_store(settings.DATABASE_URL, settings.COUNT_DB_STATEMENTS)
        library = Library(store, settings, pool)
        rate_limit = RateLimit(settings.USER_LINKS_PER_MINUTE)
        application.bot_data.services = Services(
            assistant=Assistant(library, store, settings.PASTED_TEXT_MIN_CHARS),
            store=store,
            rate_limit=rate_limit,
            owner_id=settings.BOT_OWNER_ID,
            feeds=FeedService(store.engine, FetchLimits.from_settings(settings), settings, run=pool.run),
            inline=InlineReader(library, store, rate_limit, settings.INLINE_WAIT_SECONDS),
            outgoing=limiter.budget,
            language=language_of(settings.BOT_LANGUAGE) or ENGLISH,
        )
        tick = min(settings.FEED_POLL_INTERVAL_SECONDS, FEED_TICK_SECONDS)
        application.job_queue.run_repeating(feeds.feeds_tick, interval=tick, first=tick, name="feeds")
        if settings.PRUNE_INTERVAL_SECONDS > 0:
            application.job_queue.run_repeating(_pruner(Retention.from_settings(settings)), name="prune",
                                                interval=settings.PRUNE_INTERVAL_SECONDS,
                                                first=min(PRUNE_FIRST_SECONDS, settings.PRUNE_INTERVAL_SECONDS))
        await set_command_menus(application)
        if settings.LOOP_MONITOR_SECONDS > 0:
            application.bot_data.loop_monitor = monitor = LoopMonitor(settings.LOOP_MONITOR_SECONDS)
            monitor.start()
        settle_memory()

    async def post_shutdown(application: Application) -> None:
        services = application.bot_data.services
        if services is not None:
            await services.store.close()
        monitor = application.bot_data.loop_monitor
        if monitor is not None:
            await monitor.stop()
        pool.close()
        if application.bot_data.metrics_server is not None:
            application.bot_data.metrics_server.shutdown()

    application = (
        Application.builder()
        .token(settings.TELEGRAM_BOT_TOKEN)
        .context_types(CONTEXT_TYPES)
        .base_url(f"{settings.TELEGRAM_API_URL.rstrip('/')}/bot")
        .base_file_url(f"{settings.TELEGRAM_API_URL.rstrip('/')}/file/bot")
        # A reply to a message its sender deleted meanwhile comes as a plain message, not an error.
        .defaults(Defaults(parse_mode=ParseMode.HTML, allow_sending_without_reply=True,
                           link_preview_options=LinkPreviewOptions(is_disabled=True)))
        .request(TelegramHttp(CONCURRENT_UPDATES))
        .get_updates_request(TelegramHttp(1, updates_per_call=UPDATES_PER_POLL))
        .rate_limiter(limiter)
        .concurrent_updates(PerChatOrder(CONCURRENT_UPDATES))
        .post_init(post_init)
        .post_shutdown(post_shutdown)
        .build()
    )
    application.add_handler(TypeHandler(Update, handlers.speak_their_language), group=LANGUAGE_GROUP)
    application.add_handler(TypeHandler(Update, handlers.count_update), group=COUNTING_GROUP)
    application.add_handler(CommandHandler("start", handlers.start))
    application.add_handler(CommandHandler("help", handlers.help_command))
    application.add_handler(CommandHandler("ask", handlers.ask))
    application.add_handler(CommandHandler("length", handlers.length))
    application.add_handler(CommandHandler("quotes", handlers.quotes))
    application.add_handler(CommandHandler("forget", handlers.forget))
    application.add_handler(CommandHandler("stats", handlers.stats))
    application.add_handler(CommandHandler("feed", feeds.feed))
    application.add_handler(CommandHandler("subscribe", handlers.subscribe))
    application.add_handler(CommandHandler("unsubscribe", handlers.unsubscribe))
    application.add_handler(CallbackQueryHandler(handlers.on_button))
    application.add_handler(InlineQueryHandler(inline.on_inline_query))
    application.add_handler(ChatMemberHandler(handlers.on_membership, ChatMemberHandler.MY_CHAT_MEMBER))
    application.add_handler(MessageHandler(filters.StatusUpdate.MIGRATE, handlers.on_migration))
    application.add_handler(MessageHandler(filters.Document.FileExtension("opml"), feeds.on_opml_file))
    application.add_handler(MessageHandler(documents.READABLE, documents.on_document))
    application.add_handler(MessageHandler(
        filters.ChatType.PRIVATE & filters.Document.ALL & ~filters.CAPTION, documents.on_other_document))
    application.add_handler(MessageHandler(
        filters.ChatType.PRIVATE & (filters.TEXT | filters.CAPTION) & ~filters.COMMAND, handlers.on_text))
    application.add_handler(MessageHandler(filters.ChatType.PRIVATE & filters.COMMAND, handlers.unknown_command))
    application.add_handler(MessageHandler(
        filters.ChatType.PRIVATE & ~(filters.TEXT | filters.CAPTION | filters.Document.ALL | filters.StatusUpdate.ALL),
        handlers.nothing_to_read))
    application.add_handler(MessageHandler(
        filters.ChatType.GROUPS & (filters.TEXT | filters.CAPTION) & ~filters.COMMAND, handlers.on_group_text))
    application.add_error_handler(handlers.on_error)
    return application


def command_menu() -> list[BotCommand]:
    """The command menu in the current language."""
    return [BotCommand(name, getattr(texts, f"COMMAND_{name.upper()}")) for name in COMMANDS]


async def set_command_menus(application: Application) -> None:
    """The English menu for everyone, then one per language the bot speaks, which Telegram shows
    to users whose app is set to that language."""
    await application.bot.set_my_commands(command_menu())
    for language in LANGUAGES:
        if language != ENGLISH:
            with speaking(language):
                await application.bot.set_my_commands(command_menu(), language_code=language)


def settle_memory() -> None:
    """Set aside, once started, the objects start-up made (modules, tables, the store's schema).

    They live as long as the bot, yet Python's collector walked them all in each full collection,
    and the first ones came during the first burst of links: the event loop stopped for 100-200 ms
    with every chat waiting. Frozen, they are left out of every collection.
    """
    gc.collect()
    gc.freeze()


def _pruner(policy: Retention):
    async def prune_old_records(context: BotContext) -> None:
        """Delete bookkeeping past its retention, in small batches while chats go on."""
        if context.bot_data.services is None:
            return
        pruned = await prune(context.services.store.engine, policy, time.time())
        if any(asdict(pruned).values()):
            log.info("Pruned %s", ", ".join(f"{count} {kind}" for kind, count in asdict(pruned).items() if count))

    return prune_old_records


def run_polling(settings: Settings) -> None:
    build_application(settings, settings.METRICS_PORT).run_polling(allowed_updates=Update.ALL_TYPES)


def run_webhook(settings: Settings) -> None:
    """Serve Telegram's webhook (see `bot.chat.webhook`); several instances may run side by side."""
    own_port = 0 if settings.METRICS_PORT == settings.WEBHOOK_PORT else settings.METRICS_PORT
    asyncio.run(webhook.serve(build_application(settings, own_port), settings))
