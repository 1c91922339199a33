"""The Bot API client honours a proxy set in the environment, as the httpx client before it did."""

from __future__ import annotations

import pytest
from aiohttp import web

from bot.chat.telegram_http import TelegramHttp


@pytest.fixture
async def proxy() -> list[str]:
    """A forward proxy on loopback that answers every request itself and notes what it was asked."""
    asked: list[str] = []

    async def handle(request: web.Request) -> web.Response:
        asked.append(str(request.url))
        return web.json_response({"ok": True, "result": True})

    app = web.Application()
    app.router.add_route("*", "/{tail:.*}", handle)
    runner = web.AppRunner(app)
    await runner.setup()
    site = web.TCPSite(runner, "127.0.0.1", 0)
    await site.start()
    port = site._server.sockets[0].getsockname()[1]
    asked.append(f"http://127.0.0.1:{port}")
    yield asked
    await runner.cleanup()


async def test_bot_api_calls_go_through_the_environments_proxy(proxy: list[str], monkeypatch) -> None:
    address = proxy.pop(0)
    monkeypatch.setenv("HTTP_PROXY", address)
    monkeypatch.delenv("NO_PROXY", raising=False)
    monkeypatch.delenv("no_proxy", raising=False)
    client = TelegramHttp()
    await client.initialize()
    try:
        status, body = await client.do_request("http://api.telegram.invalid/botTOKEN/getMe", "POST")
    finally:
        await client.shutdown()
    assert status == 200 and b'"ok": true' in body
    assert proxy == ["http://api.telegram.invalid/botTOKEN/getMe"]


async def test_a_host_listed_in_no_proxy_is_reached_directly(proxy: list[str], monkeypatch) -> None:
    address = proxy.pop(0)
    monkeypatch.setenv("HTTP_PROXY", "http://127.0.0.1:9")
    monkeypatch.setenv("NO_PROXY", "127.0.0.1")
    client = TelegramHttp()
    await client.initialize()
    try:
        status, _ = await client.do_request(f"{address}/botTOKEN/getMe", "POST")
    finally:
        await client.shutdown()
    assert status == 200 and proxy == [f"{address}/botTOKEN/getMe"]
