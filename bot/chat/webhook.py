"""Webhook mode: a small aiohttp server in front of the application, for several instances at once.

PTB's built-in webhook server cannot add a health route and answers Telegram before the update
is handled, so an instance killed with updates in its queue would lose them. This one follows
PTB's "custom webhook" approach with one difference: it answers only after the update is handled.
It is aiohttp's server (the bot's HTTP client already), whose request parser is compiled: in a
trial of bare requests on fresh connections, tornado's (PTB's) used 40-60 % more CPU per request.
Telegram (or the load balancer in front of several instances) then redelivers an update whose
instance died mid-way, and the `UpdateLedger` makes sure a redelivered update is handled once:

- 200: handled now, or already handled (here or by another instance);
- 503: another instance is handling it right now; Telegram retries later and gets a 200 then;
- 403: the secret token header is missing or wrong (not Telegram); 400: not an update.

Answering after the update is handled also keeps each chat in order across instances: Telegram
sends a chat's next update only once the one before got a 2xx (its Bot API server keeps a queue
per chat for messages, per user for button presses and inline queries), so a question sent right
after a link reaches whichever instance only once the link is read. Nothing here waits for a
missing update_id: update_ids increase, but with gaps, so a hole says nothing.

`GET /healthz` answers 200 when the database answers, 503 otherwise; `GET /metrics` serves the
Prometheus metrics when METRICS_PORT is WEBHOOK_PORT. On SIGTERM (or SIGINT) the
server stops accepting connections, finishes the updates in flight, then shuts the bot down.

Every instance calls setWebhook at start-up with the same URL and secret: it is idempotent, so a
fleet behind one URL needs no "leader", and the last instance to start re-asserts the settings.
"""

from __future__ import annotations

import asyncio
import hmac
import json
import logging
import signal
import time

from aiohttp import web
from telegram import Update
from telegram.ext import Application

from bot import metrics
from bot.settings import Settings
from bot.store import UpdateLedger, instance_name
from bot.store.updates import Claim

log = logging.getLogger(__name__)

WEBHOOK_PATH = "/telegram"
HEALTH_PATH = "/healthz"
METRICS_PATH = "/metrics"
SECRET_HEADER = "X-Telegram-Bot-Api-Secret-Token"


class Dispatcher:
    """Hands one webhook update to the application once across all instances; counts what is in flight."""

    def __init__(self, application: Application, ledger: UpdateLedger) -> None:
        self.application = application
        self.ledger = ledger
        self._in_flight = 0
        self._idle = asyncio.Event()
        self._idle.set()

    async def handle(self, update: Update) -> int:
        """The HTTP status to answer Telegram with (see the module docstring)."""
        self._in_flight += 1
        self._idle.clear()
        try:
            return await self._handle(update)
        finally:
            self._in_flight -= 1
            if not self._in_flight:
                self._idle.set()

    async def _handle(self, update: Update) -> int:
        claim = await self.ledger.claim(update.update_id, time.time())
        if claim is Claim.DONE:
            return 200
        if claim is Claim.BUSY:
            return 503
        application = self.application
        try:
            await application.update_processor.process_update(update, application.process_update(update))
        except Exception:
            # Handler errors go to the error handler inside process_update; this is the rest.
            log.exception("Update %s could not be handled", update.update_id)
            await self.ledger.release(update.update_id)
            return 500
        await self.ledger.finish(update.update_id)
        return 200

    async def drained(self) -> None:
        await self._idle.wait()


def telegram_route(dispatcher: Dispatcher, secret: str):
    """POST /telegram: one update from Telegram, answered once it is handled (or why not)."""
    expected = secret.encode()

    async def post(request: web.Request) -> web.Response:
        sent = request.headers.get(SECRET_HEADER, "")
        if not hmac.compare_digest(sent.encode(), expected):
            log.warning("Refused a webhook call from %s: no or a wrong secret token", request.remote)
            return web.Response(status=403)
        try:
            data = json.loads(await request.read())
            if not isinstance(data, dict) or not isinstance(data.get("update_id"), int):
                raise ValueError("no update_id")
            update = Update.de_json(data, dispatcher.application.bot)
        except (ValueError, TypeError, KeyError, AttributeError):  # PTB reads a field of the wrong type so
            log.warning("Refused a webhook call from %s: not a Telegram update", request.remote)
            return web.Response(status=400)
        return web.Response(status=await dispatcher.handle(update))

    return post


async def metrics_route(_request: web.Request) -> web.Response:
    """Prometheus metrics, when METRICS_PORT is the webhook's own port."""
    body, content_type = metrics.exposition()
    return web.Response(body=body, headers={"Content-Type": content_type})


def health_route(bot_application: Application):
    """GET /healthz: 200 when the database answers, 503 otherwise."""

    async def get(_request: web.Request) -> web.Response:
        services = bot_application.bot_data.services
        healthy = services is not None and await services.store.ping()
        return web.Response(status=200 if healthy else 503, text="ok\n" if healthy else "database unreachable\n")

    return get


async def serve(application: Application, settings: Settings) -> None:
    """Start the bot, serve the webhook until SIGTERM/SIGINT, then finish in-flight updates and stop."""
    stop = asyncio.Event()
    loop = asyncio.get_running_loop()
    for signum in (signal.SIGTERM, signal.SIGINT):
        loop.add_signal_handler(signum, stop.set)
    await application.initialize()
    if application.post_init:
        await application.post_init(application)
    services = application.bot_data.services
    ledger = UpdateLedger(services.store, instance_name(), settings.LEASE_SECONDS)
    dispatcher = Dispatcher(application, ledger)
    await application.start()
    routes = web.Application()
    routes.router.add_post(WEBHOOK_PATH, telegram_route(dispatcher, settings.WEBHOOK_SECRET))
    routes.router.add_get(HEALTH_PATH, health_route(application))
    if settings.METRICS_PORT == settings.WEBHOOK_PORT:
        routes.router.add_get(METRICS_PATH, metrics_route)
    # No access log, a line for every update: the refusals above are what an operator needs.
    server = web.AppRunner(routes, handle_signals=False, access_log=None)
    await server.setup()
    site = web.TCPSite(server, settings.WEBHOOK_LISTEN, settings.WEBHOOK_PORT)
    await site.start()
    await application.bot.set_webhook(
        f"{settings.WEBHOOK_URL.rstrip('/')}{WEBHOOK_PATH}", secret_token=settings.WEBHOOK_SECRET,
        allowed_updates=Update.ALL_TYPES,
    )
    log.info("Serving the webhook on %s:%s", settings.WEBHOOK_LISTEN, settings.WEBHOOK_PORT)
    try:
        await stop.wait()
        log.info("Stopping: finishing the updates in flight")
        await site.stop()
        await dispatcher.drained()
        await server.cleanup()
    finally:
        await application.stop()
        await application.shutdown()
        if application.post_shutdown:
            await application.post_shutdown(application)

