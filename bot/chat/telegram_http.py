"""The Bot API's HTTP client: python-telegram-bot's requests carried by aiohttp instead of httpx.

Every summary costs two or three Bot API calls, and under a burst they were the bot's largest
expense: through httpx a call used 5-6 ms of the event loop's CPU when 50 chats were answered at
once (httpcore's connection pool walks every connection and every waiting request for each
request it assigns, and anyio wraps every read and write), against about 1 ms through aiohttp,
which also writes a request's head and body in one piece. Page downloads go through aiohttp
too (`bot.reader.fetch`, with its own vetted resolver).

`TelegramHttp` is a `telegram.request.BaseRequest`, so python-telegram-bot keeps everything else
(parameters, parsing the answer, errors by status). Failures map as its own `HTTPXRequest` maps
them: a timeout is `TimedOut`, anything else `NetworkError`, each with the aiohttp exception as
its `__cause__`, which `bot.chat.flood` reads to tell a request never sent from one that may have
been carried out. aiohttp has no write timeout of its own: the sum of the four timeouts bounds
the whole call instead. A proxy from the environment (`HTTPS_PROXY`, `HTTP_PROXY`, `NO_PROXY`, as
httpx honoured them) is looked up once per Bot API host, not by aiohttp in a thread for every call.

The polling connection asks for at most `updates_per_call` updates per getUpdates (Telegram's
default is 100): python-telegram-bot parses a whole answer in one step of the event loop, and 100
links at once held every chat for about 70 ms; a few more calls per burst cost far less.
"""

from __future__ import annotations

import json
from urllib.parse import urlsplit
from urllib.request import getproxies, proxy_bypass

import aiohttp
from telegram._utils.defaultvalue import DefaultValue
from telegram._utils.types import ODVInput
from telegram.error import NetworkError, TimedOut
from telegram.request import BaseRequest, RequestData

NEVER_SENT = (aiohttp.ClientConnectorError, aiohttp.ConnectionTimeoutError)
"""Failures raised before any byte of a request was written: no connection could be made or
taken from the pool in time."""
_JSON = {"Content-Type": "application/json"}


class TelegramHttp(BaseRequest):
    """Up to `connections` kept-alive HTTP/1.1 connections to the Bot API, with python-telegram-bot's
    default timeouts (seconds); uploads get `media_write_timeout` instead of `write_timeout`.
    `updates_per_call`, when given, is the `limit` of a getUpdates that names none."""

    def __init__(self, connections: int = 256, read_timeout: float | None = 5.0,
                 write_timeout: float | None = 5.0, connect_timeout: float | None = 5.0,
                 pool_timeout: float | None = 1.0, media_write_timeout: float | None = 20.0,
                 updates_per_call: int | None = None) -> None:
        self._connections = connections
        self._updates_per_call = updates_per_call
        self._defaults = {"read": read_timeout, "write": write_timeout, "connect": connect_timeout,
                          "pool": pool_timeout}
        self._media_write_timeout = media_write_timeout
        self._session: aiohttp.ClientSession | None = None
        self._proxies: dict[tuple[str, str], str | None] = {}

    @property
    def read_timeout(self) -> float | None:
        return self._defaults["read"]

    async def initialize(self) -> None:
        """The session is made here, on the running loop, as aiohttp asks."""
        if self._session is None or self._session.closed:
            self._session = aiohttp.ClientSession(connector=self._connector(),
                                                  headers={"User-Agent": self.USER_AGENT})

    def _connector(self) -> aiohttp.BaseConnector:
        """Where connections come from (a test hands out failures here)."""
        return aiohttp.TCPConnector(limit=self._connections)

    async def shutdown(self) -> None:
        if self._session is not None and not self._session.closed:
            await self._session.close()

    async def do_request(
        self,
        url: str,
        method: str,
        request_data: RequestData | None = None,
        read_timeout: ODVInput[float] = BaseRequest.DEFAULT_NONE,
        write_timeout: ODVInput[float] = BaseRequest.DEFAULT_NONE,
        connect_timeout: ODVInput[float] = BaseRequest.DEFAULT_NONE,
        pool_timeout: ODVInput[float] = BaseRequest.DEFAULT_NONE,
    ) -> tuple[int, bytes]:
        if self._session is None or self._session.closed:
            raise RuntimeError("This TelegramHttp is not initialized!")
        files = request_data.multipart_data if request_data and request_data.contains_files else None
        fields = request_data.json_parameters if request_data else {}
        if self._updates_per_call is not None and url.endswith("/getUpdates"):
            fields = {"limit": str(self._updates_per_call), **fields}
        read = self._given(read_timeout, "read")
        connect = self._given(connect_timeout, "connect")
        pool = self._given(pool_timeout, "pool")
        write = (self._given(write_timeout, "write") if not files
                 else write_timeout if not isinstance(write_timeout, DefaultValue) else self._media_write_timeout)
        parts = (read, write, connect, pool)
        timeout = aiohttp.ClientTimeout(
            total=None if None in parts else sum(parts),
            connect=None if connect is None or pool is None else connect + pool,
            sock_connect=connect, sock_read=read,
        )
        body, headers = _body(fields, files)
        try:
            async with self._session.request(method, url, data=body, headers=headers, timeout=timeout,
                                             allow_redirects=False, proxy=self._proxy_for(url)) as response:
                return response.status, await response.read()
        except TimeoutError as error:  # aiohttp's timeouts are TimeoutErrors too
            raise TimedOut from error
        except aiohttp.ClientError as error:
            raise NetworkError(f"aiohttp.{type(error).__name__}: {error}") from error

    def _proxy_for(self, url: str) -> str | None:
        """The environment's proxy for the Bot API's scheme and host, read on the first call."""
        parts = urlsplit(url)
        key = (parts.scheme, parts.hostname or "")
        if key not in self._proxies:
            self._proxies[key] = None if proxy_bypass(key[1]) else getproxies().get(key[0])
        return self._proxies[key]

    def _given(self, value: ODVInput[float], name: str) -> float | None:
        return self._defaults[name] if isinstance(value, DefaultValue) else value


def _body(fields: dict[str, str], files: dict | None) -> tuple[bytes | aiohttp.FormData | None, dict[str, str] | None]:
    """The parameters as Telegram takes them: a JSON object of python-telegram-bot's JSON-encoded
    values (its `json_payload`), or a multipart form when they carry files. Not urlencoded: that
    quotes a summary byte by byte in Python, about 0.15 ms of the event loop per message against
    0.02 ms for JSON."""
    if not files:
        return (json.dumps(fields).encode(), _JSON) if fields else (None, None)
    form = aiohttp.FormData(quote_fields=False)
    for name, value in fields.items():
        form.add_field(name, value)
    for name, (filename, content, mime_type) in files.items():
        form.add_field(name, content, filename=filename, content_type=mime_type)
    return form, None
