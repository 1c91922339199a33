"""A real HTTP server on 127.0.0.1 for tests, so fetching is exercised over real sockets.

Tests register what each path answers, either a fixed body (`add`) or a handler callable
(`route`) for behaviour a fixed body cannot show: redirects, bytes trickling in, bodies that never
end, slow answers, gzip. Every request is recorded in `requests`, so a test can check the headers
the client really sent. The server runs in a background thread with one thread per connection, so
a handler that stalls never blocks the next request; `close` stops handlers that loop forever.
"""

from __future__ import annotations

import gzip
import ssl
import threading
from dataclasses import dataclass
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from pathlib import Path
from types import TracebackType
from typing import Callable, Mapping
from urllib.parse import urlsplit

_TLS = Path(__file__).resolve().parent.parent / "fixtures" / "tls"


def untrusted_tls() -> ssl.SSLContext:
    """A server context with a self-signed certificate (for 127.0.0.1, valid to 2126) that no
    client trusts: `PageServer(tls=untrusted_tls())` is an https site whose certificate fails."""
    context = ssl.SSLContext(ssl.PROTOCOL_TLS_SERVER)
    context.load_cert_chain(_TLS / "self_signed.pem", _TLS / "self_signed.key")
    return context


Handler = Callable[["PageRequest"], None]
"""Answers one request: sets status and headers, then writes the body to `request.wfile`."""

_CLIENT_GONE = (BrokenPipeError, ConnectionResetError, ConnectionAbortedError, TimeoutError)


@dataclass(frozen=True)
class SeenRequest:
    """What the client sent, as the server saw it."""

    method: str
    path: str
    headers: Mapping[str, str]


class PageRequest(BaseHTTPRequestHandler):
    """One request: finds the route for the path and lets its handler answer."""

    server: "_Server"
    protocol_version = "HTTP/1.0"
    disable_nagle_algorithm = True
    """A page's head and body go out at once, as web servers send them (TCP_NODELAY)."""

    def do_GET(self) -> None:
        self._dispatch()

    def do_POST(self) -> None:
        self._dispatch()

    def do_HEAD(self) -> None:
        self._dispatch()

    @property
    def stopping(self) -> threading.Event:
        """Set when the server closes: handlers that loop or sleep should stop waiting."""
        return self.server.stopping

    def _dispatch(self) -> None:
        headers = {name.lower(): value for name, value in self.headers.items()}
        self.server.requests.append(SeenRequest(self.command, self.path, headers))
        routes = self.server.routes
        handler = routes.get(self.path) or routes.get(urlsplit(self.path).path) or _not_found
        try:
            handler(self)
        except _CLIENT_GONE:
            self.close_connection = True

    def log_message(self, format: str, *args: object) -> None:
        """Keep test output quiet."""


class _Server(ThreadingHTTPServer):
    daemon_threads = True

    def __init__(self) -> None:
        super().__init__(("127.0.0.1", 0), PageRequest)
        self.routes: dict[str, Handler] = {}
        self.requests: list[SeenRequest] = []
        self.stopping = threading.Event()

    def handle_error(self, request: object, client_address: object) -> None:
        """A client that hangs up mid-answer is what several tests do on purpose: not an error."""


class PageServer:
    """The loopback server a test talks to; use it as a context manager or call `close`."""

    def __init__(self, tls: ssl.SSLContext | None = None) -> None:
        """`tls`: serve https with this context (e.g. a certificate no client trusts)."""
        self._server = _Server()
        self._scheme = "https" if tls else "http"
        if tls is not None:
            self._server.socket = tls.wrap_socket(self._server.socket, server_side=True)
        # A short poll interval: `close` waits for the serving loop to notice, 0.5 s by default.
        self._thread = threading.Thread(target=self._server.serve_forever, args=(0.02,), daemon=True)
        self._thread.start()

    @property
    def port(self) -> int:
        return self._server.server_address[1]

    @property
    def requests(self) -> list[SeenRequest]:
        return self._server.requests

    def url(self, path: str = "/") -> str:
        return f"{self._scheme}://127.0.0.1:{self.port}{path}"

    def route(self, path: str, handler: Handler) -> str:
        """Answer `path` with a handler; returns the path's full URL."""
        self._server.routes[path] = handler
        return self.url(path)

    def add(
        self,
        path: str,
        body: bytes | str,
        content_type: str | None = "text/html; charset=utf-8",
        status: int = 200,
        headers: Mapping[str, str] | None = None,
        sized: bool = True,
    ) -> str:
        """Answer `path` with a fixed body (str is sent as UTF-8); returns the path's full URL.

        `content_type=None` sends no Content-Type header; `sized=False` no Content-Length (the
        body then ends when the connection closes).
        """
        return self.route(path, page(body, content_type, status, headers, sized))

    def close(self) -> None:
        self._server.stopping.set()
        self._server.shutdown()
        self._server.server_close()
        self._thread.join()

    def __enter__(self) -> "PageServer":
        return self

    def __exit__(
        self,
        exc_type: type[BaseException] | None,
        exc: BaseException | None,
        traceback: TracebackType | None,
    ) -> None:
        self.close()


def _as_bytes(body: bytes | str) -> bytes:
    return body.encode("utf-8") if isinstance(body, str) else body


def _send_head(
    request: PageRequest,
    status: int,
    content_type: str | None,
    headers: Mapping[str, str] | None,
    length: int | None,
) -> None:
    request.send_response(status)
    if content_type is not None:
        request.send_header("Content-Type", content_type)
    if length is not None:
        request.send_header("Content-Length", str(length))
    for name, value in (headers or {}).items():
        request.send_header(name, value)
    request.end_headers()


def page(
    body: bytes | str,
    content_type: str | None = "text/html; charset=utf-8",
    status: int = 200,
    headers: Mapping[str, str] | None = None,
    sized: bool = True,
) -> Handler:
    """A fixed answer, with its true Content-Length when `sized` (`headers` may still set one)."""
    data = _as_bytes(body)
    length = len(data) if sized and not (headers and "Content-Length" in headers) else None

    def handler(request: PageRequest) -> None:
        _send_head(request, status, content_type, headers, length)
        if request.command != "HEAD":
            request.wfile.write(data)

    return handler


def raw(reply: bytes, hold: bool = False) -> Handler:
    """Answer with these bytes as they are, whatever HTTP says: garbled heads, bad chunks, no HTTP.
    With `hold` the connection then stays open, saying nothing more, until the server closes."""
    def handler(request: PageRequest) -> None:
        request.wfile.write(reply)
        request.wfile.flush()
        if hold:
            request.stopping.wait()
        request.close_connection = True
    return handler


def redirect(location: str, status: int = 302) -> Handler:
    """Send the client elsewhere: `location` may be relative or absolute."""
    return page(b"", content_type=None, status=status, headers={"Location": location})


def gzipped(body: bytes | str, content_type: str = "text/html; charset=utf-8") -> Handler:
    """The body gzip-compressed, with `Content-Encoding: gzip` and the compressed length."""
    return page(gzip.compress(_as_bytes(body)), content_type, headers={"Content-Encoding": "gzip"})


def slow(delay: float, body: bytes | str, content_type: str = "text/html; charset=utf-8") -> Handler:
    """Say nothing for `delay` seconds, then answer normally: a server that is slow to start."""
    answer = page(body, content_type)

    def handler(request: PageRequest) -> None:
        if not request.stopping.wait(delay):
            answer(request)

    return handler


def trickle(
    body: bytes | str,
    interval: float = 1.0,
    content_type: str = "text/html; charset=utf-8",
) -> Handler:
    """Send the body one byte every `interval` seconds: each read is quick, the whole is not."""
    data = _as_bytes(body)

    def handler(request: PageRequest) -> None:
        _send_head(request, 200, content_type, None, len(data))
        for index in range(len(data)):
            request.wfile.write(data[index : index + 1])
            request.wfile.flush()
            if request.stopping.wait(interval):
                return

    return handler


def endless(
    chunk: bytes = b"<p>" + b"spam " * 200 + b"</p>\n",
    content_type: str = "text/html; charset=utf-8",
    pause: float = 0.0,
) -> Handler:
    """A body with no Content-Length that never ends, until the client hangs up."""

    def handler(request: PageRequest) -> None:
        _send_head(request, 200, content_type, None, None)
        while not request.stopping.wait(pause):
            request.wfile.write(chunk)

    return handler


_not_found = page("<h1>Not found</h1>", status=404)
