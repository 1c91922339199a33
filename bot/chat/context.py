"""What every Telegram handler gets as `context`: the bot's services, typed, instead of a dict.

python-telegram-bot builds `context.bot_data` from the class given to `ContextTypes(bot_data=...)`
(once, with no arguments), so `BotData` starts empty and `post_init` fills it when the database
is open. `BotContext.services` is the one way handlers and jobs reach the services.
"""

from __future__ import annotations

from dataclasses import dataclass
from wsgiref.simple_server import WSGIServer

from telegram.ext import CallbackContext, ContextTypes, ExtBot

from bot.chat.budget import OutgoingBudget
from bot.chat.loop_monitor import LoopMonitor
from bot.conversation.assistant import Assistant
from bot.conversation.inline import InlineReader
from bot.conversation.ratelimit import RateLimit
from bot.feeds.service import FeedService
from bot.store import Store


@dataclass
class Services:
    """What handlers need, built once at start-up."""

    assistant: Assistant
    store: Store
    rate_limit: RateLimit
    owner_id: int
    feeds: FeedService
    inline: InlineReader
    outgoing: OutgoingBudget
    """How busy the calls to chats are: whether a placeholder is worth sending."""
    language: str
    """The bot's words where a user's own language is unknown or not one it speaks."""


class BotData:
    """The bot-wide data: the services once started, the loop monitor and the metrics server when
    they are asked for."""

    def __init__(self) -> None:
        self.services: Services | None = None
        self.loop_monitor: LoopMonitor | None = None
        self.metrics_server: WSGIServer | None = None


class BotContext(CallbackContext[ExtBot[None], dict, dict, BotData]):
    """The `context` of every handler, error handler and job."""

    @property
    def services(self) -> Services:
        services = self.bot_data.services
        if services is None:
            raise RuntimeError("an update arrived before the bot finished starting")
        return services


CONTEXT_TYPES = ContextTypes(context=BotContext, bot_data=BotData)
