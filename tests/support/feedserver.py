"""A real HTTP server on 127.0.0.1 for feed tests, with well-behaved and hostile routes.

`FeedServer` runs a `ThreadingHTTPServer` on a free port in a background
thread. Routes map a path to a static `Reply` (body, status, headers, with
ETag / Last-Modified answered by 304) or to a handler function that writes
the response itself. The hostile handlers below reproduce what real feeds
and real attackers do: trickling bytes, gzip bombs, huge bodies, redirect
loops, error codes with Retry-After. Every request is recorded so tests can
check what the client sent (conditional headers, User-Agent) and that a
refused address caused no request at all.

Usage:
    with FeedServer() as server:
        server.add("/feed.xml", Reply(body, content_type="application/rss+xml", etag='"v1"'))
        result = fetch_feed(session, server.url("/feed.xml"))

Only loopback is served; nothing here talks to any other host.
"""

from __future__ import annotations

import gzip
import threading
import time
import zlib
from collections.abc import Callable
from dataclasses import dataclass, field
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from pathlib import Path
from types import TracebackType
from typing import Any

FEED_DATA = Path(__file__).resolve().parent.parent / "data" / "feeds"

Handler = Callable[["RequestHandler"], None]


def fixture(name: str) -> bytes:
    """The bytes of a fixture file under tests/data/feeds/."""
    return (FEED_DATA / name).read_bytes()


@dataclass
class Reply:
    """A static response. With `etag` or `last_modified` set, a matching
    conditional request gets 304 Not Modified."""

    body: bytes = b""
    status: int = 200
    content_type: str | None = "application/rss+xml; charset=utf-8"
    headers: dict[str, str] = field(default_factory=dict)
    etag: str | None = None
    last_modified: str | None = None
    latency: float = 0.0


@dataclass
class RecordedRequest:
    method: str
    path: str
    headers: dict[str, str]


class RequestHandler(BaseHTTPRequestHandler):
    server: _Server
    protocol_version = "HTTP/1.1"

    def do_GET(self) -> None:
        feed_server = self.server.owner
        feed_server._record(self)
        if feed_server.latency:
            time.sleep(feed_server.latency)
        route = feed_server.routes.get(self.path.split("?", 1)[0])
        if route is None:
            self.reply(404, b"no such route", "text/plain")
        elif isinstance(route, Reply):
            self._static(route)
        else:
            route(self)

    def do_HEAD(self) -> None:
        self.server.owner._record(self)
        self.send_response(405)
        self.send_header("Content-Length", "0")
        self.end_headers()

    def _static(self, reply: Reply) -> None:
        if reply.latency:
            time.sleep(reply.latency)
        if reply.status == 200 and self._not_modified(reply):
            self.send_response(304)
            if reply.etag:
                self.send_header("ETag", reply.etag)
            if reply.last_modified:
                self.send_header("Last-Modified", reply.last_modified)
            self.send_header("Content-Length", "0")
            self.end_headers()
            return
        headers = dict(reply.headers)
        if reply.etag:
            headers["ETag"] = reply.etag
        if reply.last_modified:
            headers["Last-Modified"] = reply.last_modified
        self.reply(reply.status, reply.body, reply.content_type, headers)

    def _not_modified(self, reply: Reply) -> bool:
        if_none_match = self.headers.get("If-None-Match")
        if reply.etag and if_none_match is not None:
            return reply.etag in [tag.strip() for tag in if_none_match.split(",")]
        since = self.headers.get("If-Modified-Since")
        return bool(reply.last_modified and since == reply.last_modified)

    def reply(
        self,
        status: int,
        body: bytes,
        content_type: str | None = None,
        headers: dict[str, str] | None = None,
    ) -> None:
        """Send a complete response with a Content-Length."""
        self.send_response(status)
        if content_type:
            self.send_header("Content-Type", content_type)
        for key, value in (headers or {}).items():
            self.send_header(key, value)
        self.send_header("Content-Length", str(len(body)))
        self.end_headers()
        self.wfile.write(body)

    def log_message(self, format: str, *args: Any) -> None:
        pass  # tests read `FeedServer.requests` instead of a log on stderr


class _Server(ThreadingHTTPServer):
    daemon_threads = True
    request_queue_size = 128
    # The client hangs up on purpose in the hostile cases (too large, too
    # slow); the handler then hits a broken pipe, which is expected.
    owner: FeedServer

    def handle_error(self, request: Any, client_address: Any) -> None:
        pass


class FeedServer:
    """A context-managed HTTP server on 127.0.0.1 with a route table."""

    def __init__(self, latency: float = 0.0) -> None:
        self.latency = latency
        self.routes: dict[str, Reply | Handler] = {}
        self.requests: list[RecordedRequest] = []
        self._lock = threading.Lock()
        self._server: _Server | None = None
        self._thread: threading.Thread | None = None

    def start(self) -> FeedServer:
        server = _Server(("127.0.0.1", 0), RequestHandler)
        server.owner = self
        self._server = server
        self._thread = threading.Thread(target=server.serve_forever, kwargs={"poll_interval": 0.02}, daemon=True)
        self._thread.start()
        return self

    def stop(self) -> None:
        if self._server is not None:
            self._server.shutdown()
            self._server.server_close()
            self._server = None
        if self._thread is not None:
            self._thread.join(timeout=5)
            self._thread = None

    def __enter__(self) -> FeedServer:
        return self.start()

    def __exit__(
        self,
        exc_type: type[BaseException] | None,
        exc: BaseException | None,
        tb: TracebackType | None,
    ) -> None:
        self.stop()

    @property
    def base_url(self) -> str:
        assert self._server is not None, "start the server first"
        host, port = self._server.server_address[:2]
        return f"http://{host!s}:{port}"

    def url(self, path: str) -> str:
        return self.base_url + path

    def add(self, path: str, route: Reply | Handler) -> str:
        """Serve `route` at `path`; returns the full URL."""
        self.routes[path] = route
        return self.url(path)

    def hits(self, path: str) -> list[RecordedRequest]:
        with self._lock:
            return [r for r in self.requests if r.path.split("?", 1)[0] == path]

    def _record(self, handler: BaseHTTPRequestHandler) -> None:
        with self._lock:
            self.requests.append(RecordedRequest(handler.command, handler.path, dict(handler.headers.items())))


# --- hostile and special handlers ----------------------------------------------------------------


def trickle(body: bytes, *, chunk_size: int = 1, interval: float = 0.1, content_type: str | None = None) -> Handler:
    """Send `body` a few bytes at a time with pauses: each read succeeds, the whole never ends."""

    def handle(request: RequestHandler) -> None:
        request.send_response(200)
        request.send_header("Content-Type", content_type or "application/rss+xml")
        request.send_header("Content-Length", str(len(body)))
        request.end_headers()
        try:
            for start in range(0, len(body), chunk_size):
                request.wfile.write(body[start : start + chunk_size])
                request.wfile.flush()
                time.sleep(interval)
        except OSError:
            return  # the client gave up, as it should

    return handle


_BOMB_CACHE: dict[int, bytes] = {}
_BOMB_LOCK = threading.Lock()


def gzip_bomb_bytes(decompressed_size: int = 200_000_000) -> bytes:
    """gzip of `decompressed_size` zero bytes (200 MB -> ~200 KB), made once and cached."""
    with _BOMB_LOCK:
        cached = _BOMB_CACHE.get(decompressed_size)
        if cached is None:
            compressor = zlib.compressobj(9, zlib.DEFLATED, 16 + zlib.MAX_WBITS)
            block = bytes(1_000_000)
            parts = []
            left = decompressed_size
            while left > 0:
                parts.append(compressor.compress(block[: min(left, len(block))]))
                left -= len(block)
            parts.append(compressor.flush())
            cached = b"".join(parts)
            _BOMB_CACHE[decompressed_size] = cached
        return cached


def gzip_bomb(decompressed_size: int = 200_000_000) -> Handler:
    """A small gzip body (Content-Encoding: gzip) that expands to `decompressed_size` bytes."""

    def handle(request: RequestHandler) -> None:
        request.reply(
            200,
            gzip_bomb_bytes(decompressed_size),
            "application/rss+xml",
            {"Content-Encoding": "gzip"},
        )

    return handle


def gzipped(body: bytes, content_type: str = "application/rss+xml") -> Handler:
    """`body` sent with Content-Encoding: gzip, as most real servers do."""
    compressed = gzip.compress(body)

    def handle(request: RequestHandler) -> None:
        request.reply(200, compressed, content_type, {"Content-Encoding": "gzip"})

    return handle


def deflated(body: bytes, *, raw: bool = False) -> Handler:
    """`body` with Content-Encoding: deflate, zlib-wrapped or (as some servers do) raw."""
    compressor = zlib.compressobj(6, zlib.DEFLATED, -zlib.MAX_WBITS if raw else zlib.MAX_WBITS)
    compressed = compressor.compress(body) + compressor.flush()

    def handle(request: RequestHandler) -> None:
        request.reply(200, compressed, "application/rss+xml", {"Content-Encoding": "deflate"})

    return handle


def huge_body(size: int = 50_000_000, *, declare_length: bool = True) -> Handler:
    """A `size`-byte body streamed in 64 KB pieces (never held in memory).

    Without `declare_length` the response is sent until the connection
    closes, so the client cannot refuse it up front from Content-Length.
    """
    piece = b"<!-- padding -->" * 4096

    def handle(request: RequestHandler) -> None:
        request.send_response(200)
        request.send_header("Content-Type", "application/rss+xml")
        if declare_length:
            request.send_header("Content-Length", str(size))
        else:
            request.send_header("Connection", "close")
            request.close_connection = True
        request.end_headers()
        sent = 0
        try:
            while sent < size:
                part = piece[: min(len(piece), size - sent)]
                request.wfile.write(part)
                sent += len(part)
        except OSError:
            return

    return handle


def redirect(location: str, status: int = 302) -> Handler:
    """Redirect to `location` (a path on this server or any URL)."""

    def handle(request: RequestHandler) -> None:
        request.reply(status, b"", None, {"Location": location})

    return handle


def status(
    code: int,
    *,
    retry_after: str | None = None,
    body: bytes = b"error page",
    content_type: str = "text/html",
) -> Reply:
    """An error (or any) status with an optional Retry-After header."""
    headers = {"Retry-After": retry_after} if retry_after is not None else {}
    return Reply(body, status=code, content_type=content_type, headers=headers)


def add_redirect_loop(server: FeedServer, first: str = "/loop/a", second: str = "/loop/b") -> str:
    """Two paths redirecting to each other; returns the URL of the first."""
    server.add(first, redirect(second))
    server.add(second, redirect(first))
    return server.url(first)


def add_redirect_chain(server: FeedServer, length: int, final: str, prefix: str = "/hop") -> str:
    """`length` distinct redirects ending at `final`; returns the URL of the first hop."""
    for index in range(length):
        target = final if index == length - 1 else f"{prefix}/{index + 1}"
        server.add(f"{prefix}/{index}", redirect(target))
    return server.url(f"{prefix}/0")
