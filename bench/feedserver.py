"""A local feed server for refresh benchmarks: N generated feeds behind a fixed latency.

Serves /feeds/<i>.xml (RSS 2.0, Atom and some Chinese feeds, 20-50 entries
of 1-3 KB HTML each, deterministic per index) on 127.0.0.1, honours
If-None-Match / If-Modified-Since with 304, and sleeps `latency` seconds in
each handler thread before answering, so concurrency is real and one slow
response never blocks another. /feeds.opml lists every feed.

As a script:  python bench/feedserver.py --feeds 400 --latency 0.1 --port 0
As a module:  base_url, stop = start_feed_server(400, 0.1)

`bump(i)` (on the server object from `FeedBenchServer`) changes one feed so a
warm refresh sees a few real updates. This is a benchmark tool: it serves
only loopback and never decides pass or fail.
"""

from __future__ import annotations

import argparse
import hashlib
import random
import threading
import time
from collections.abc import Callable
from datetime import UTC, datetime, timedelta
from email.utils import format_datetime
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from xml.sax.saxutils import escape

_ENGLISH_TEXT = (
    "acquisition partnership launch expands platform customers revenue growth cloud "
    "security data analytics appoints chief officer opens office funding series round "
    "announces quarterly results hiring engineering team region enterprise integration "
    "release general availability award recognises leader market report survey "
    "sustainability initiative migration strategy digital transformation pilot program "
    "contract signs agreement healthcare finance retail logistics manufacturing AI"
)
_CHINESE_TEXT = (
    "公司 宣布 发布 新品 合作 伙伴 融资 亿元 市场 增长 客户 数字化 转型 云计算 数据 安全 "
    "任命 首席 执行官 季度 业绩 扩张 团队 招聘 战略 签约 项目 平台 智能 制造"
)
_WORDS = _ENGLISH_TEXT.split()
_ZH_WORDS = _CHINESE_TEXT.split()
_BASE_DATE = datetime(2026, 11, 1, 9, 0, tzinfo=UTC)


def _sentence(rng: random.Random, words: list[str], n: int, sep: str) -> str:
    return sep.join(rng.choice(words) for _ in range(n))


def _html_content(rng: random.Random, chinese: bool, target: int) -> str:
    parts: list[str] = []
    size = 0
    while size < target:
        if chinese:
            text = _sentence(rng, _ZH_WORDS, rng.randint(15, 40), "") + "。"
        else:
            text = _sentence(rng, _WORDS, rng.randint(12, 30), " ").capitalize() + "."
        kind = rng.random()
        if kind < 0.1:
            image = f"https://cdn.example.com/{rng.randint(1, 9999)}.jpg"
            piece = f'<p><img src="{image}" alt="{text[:30]}"></p>'
        elif kind < 0.25:
            piece = f'<p>{text} <a href="/news/{rng.randint(1, 99999)}">Read more</a></p>'
        elif kind < 0.32:
            piece = f"<ul><li>{text}</li><li><strong>{text[:40]}</strong></li></ul>"
        else:
            piece = f"<p>{text}</p>"
        parts.append(piece)
        size += len(piece.encode())
    return "".join(parts)


def generate_feed(index: int, revision: int = 0) -> tuple[bytes, str]:
    """The body and content type of feed `index` at `revision` (deterministic)."""
    rng = random.Random(index * 1_000_003 + revision)
    chinese = index % 20 == 7
    atom = not chinese and index % 4 == 1
    n_entries = rng.randint(20, 50)
    site = f"https://company{index}.example.com"
    entries = []
    for j in range(n_entries):
        number = n_entries - j + revision
        when = _BASE_DATE + timedelta(hours=revision * 6 - j * 13 - index % 7)
        sep = "" if chinese else " "
        words = _ZH_WORDS if chinese else _WORDS
        title = _sentence(rng, words, rng.randint(5, 12), sep)
        title = title if chinese else title.capitalize()
        content = _html_content(rng, chinese, rng.randint(1000, 3000))
        link = f"{site}/news/{number}"
        entries.append((f"{site}/post/{number}", link, title, content, when))
    feed_title = f"Company {index} newsroom"
    if atom:
        items = "".join(
            f"<entry><id>{escape(i)}</id><title>{escape(t)}</title>"
            f'<link rel="alternate" href="{escape(link)}"/>'
            f"<updated>{w.isoformat()}</updated><published>{w.isoformat()}</published>"
            f"<author><name>Press team</name></author>"
            f'<summary type="html">{escape(c[:300])}</summary>'
            f'<content type="html">{escape(c)}</content></entry>'
            for i, link, t, c, w in entries
        )
        body = (
            '<?xml version="1.0" encoding="utf-8"?>\n'
            '<feed xmlns="http://www.w3.org/2005/Atom" xml:lang="en">'
            f"<title>{feed_title}</title><id>{site}/</id>"
            f'<link rel="alternate" href="{site}/"/>'
            f"<updated>{entries[0][4].isoformat()}</updated>{items}</feed>"
        )
        return body.encode(), "application/atom+xml; charset=utf-8"
    items = "".join(
        f"<item><title>{escape(t)}</title><link>{escape(link)}</link>"
        f'<guid isPermaLink="false">{escape(i)}</guid>'
        f"<pubDate>{format_datetime(w, usegmt=True)}</pubDate>"
        f"<category>News</category>"
        f"<description>{escape(c[:300])}</description>"
        f"<content:encoded><![CDATA[{c}]]></content:encoded></item>"
        for i, link, t, c, w in entries
    )
    language = "zh-cn" if chinese else "en-us"
    body = (
        '<?xml version="1.0" encoding="utf-8"?>\n'
        '<rss version="2.0" xmlns:content="http://purl.org/rss/1.0/modules/content/">'
        f"<channel><title>{feed_title}</title><link>{site}/</link>"
        f"<language>{language}</language><description>News</description>{items}"
        "</channel></rss>"
    )
    return body.encode(), "application/rss+xml; charset=utf-8"


class _Feed:
    __slots__ = ("body", "content_type", "etag", "last_modified")

    def __init__(self, body: bytes, content_type: str, modified: datetime) -> None:
        self.body = body
        self.content_type = content_type
        self.etag = '"' + hashlib.sha1(body, usedforsecurity=False).hexdigest()[:20] + '"'
        self.last_modified = format_datetime(modified, usegmt=True)


class FeedBenchServer(ThreadingHTTPServer):
    daemon_threads = True
    request_queue_size = 128
    allow_reuse_address = True

    def __init__(self, n_feeds: int, latency: float, port: int = 0) -> None:
        self.latency = latency
        self.n_feeds = n_feeds
        self.requests_served = 0
        self.not_modified_served = 0
        self._lock = threading.Lock()
        self._revisions = [0] * n_feeds
        self.feeds = [self._build(i) for i in range(n_feeds)]
        super().__init__(("127.0.0.1", port), _Handler)

    def _build(self, index: int) -> _Feed:
        revision = self._revisions[index]
        body, ctype = generate_feed(index, revision)
        return _Feed(body, ctype, _BASE_DATE + timedelta(hours=revision))

    @property
    def base_url(self) -> str:
        host, port = self.server_address[:2]
        return f"http://{host!s}:{port}"

    def bump(self, index: int) -> None:
        """Publish a new revision of one feed (new entries, new ETag)."""
        with self._lock:
            self._revisions[index] += 1
            self.feeds[index] = self._build(index)

    def opml(self) -> bytes:
        outlines = "".join(
            f'<outline type="rss" text="Company {i}" xmlUrl="{self.base_url}/feeds/{i}.xml"/>'
            for i in range(self.n_feeds)
        )
        return (
            '<?xml version="1.0" encoding="utf-8"?><opml version="2.0"><head>'
            f"<title>bench feeds</title></head><body>{outlines}</body></opml>"
        ).encode()


class _Handler(BaseHTTPRequestHandler):
    server: FeedBenchServer
    protocol_version = "HTTP/1.1"

    def do_GET(self) -> None:
        # Sleeping here blocks only this request's thread.
        if self.server.latency > 0:
            time.sleep(self.server.latency)
        with self.server._lock:
            self.server.requests_served += 1
        if self.path == "/feeds.opml":
            self._send(200, self.server.opml(), "text/x-opml; charset=utf-8")
            return
        feed = self._feed_for(self.path)
        if feed is None:
            self._send(404, b"not found", "text/plain")
            return
        etag_match = self.headers.get("If-None-Match") == feed.etag
        since_match = self.headers.get("If-Modified-Since") == feed.last_modified
        if etag_match or (since_match and not self.headers.get("If-None-Match")):
            with self.server._lock:
                self.server.not_modified_served += 1
            self.send_response(304)
            self.send_header("ETag", feed.etag)
            self.send_header("Last-Modified", feed.last_modified)
            self.send_header("Content-Length", "0")
            self.end_headers()
            return
        self._send(
            200,
            feed.body,
            feed.content_type,
            {"ETag": feed.etag, "Last-Modified": feed.last_modified},
        )

    def _feed_for(self, path: str) -> _Feed | None:
        name = path.split("?", 1)[0]
        if not (name.startswith("/feeds/") and name.endswith(".xml")):
            return None
        number = name[len("/feeds/") : -len(".xml")]
        if not number.isdigit() or int(number) >= self.server.n_feeds:
            return None
        return self.server.feeds[int(number)]

    def _send(self, code: int, body: bytes, ctype: str, extra: dict[str, str] | None = None) -> None:
        self.send_response(code)
        self.send_header("Content-Type", ctype)
        self.send_header("Content-Length", str(len(body)))
        for key, value in (extra or {}).items():
            self.send_header(key, value)
        self.end_headers()
        self.wfile.write(body)

    def log_message(self, format: str, *args: object) -> None:
        pass


def serve_feeds(n_feeds: int, latency: float = 0.1, port: int = 0) -> FeedBenchServer:
    """Start a `FeedBenchServer` in a daemon thread and return it (call .shutdown() to stop)."""
    server = FeedBenchServer(n_feeds, latency, port)
    thread = threading.Thread(target=server.serve_forever, kwargs={"poll_interval": 0.05})
    thread.daemon = True
    thread.start()
    return server


def start_feed_server(n_feeds: int, latency: float = 0.1) -> tuple[str, Callable[[], None]]:
    """Serve `n_feeds` feeds on 127.0.0.1; returns (base_url, stop)."""
    server = serve_feeds(n_feeds, latency)

    def stop() -> None:
        server.shutdown()
        server.server_close()

    return server.base_url, stop


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--feeds", type=int, default=400)
    parser.add_argument("--latency", type=float, default=0.1, help="seconds per response")
    parser.add_argument("--port", type=int, default=0, help="0 picks a free port")
    args = parser.parse_args()
    server = FeedBenchServer(args.feeds, args.latency, args.port)
    total = sum(len(f.body) for f in server.feeds)
    print(server.base_url, flush=True)
    print(
        f"# {args.feeds} feeds, {total / 1e6:.1f} MB, latency {args.latency}s; "
        f"feeds at {server.base_url}/feeds/<i>.xml, list at {server.base_url}/feeds.opml",
        flush=True,
    )
    try:
        server.serve_forever(poll_interval=0.05)
    except KeyboardInterrupt:
        pass
    finally:
        server.server_close()


if __name__ == "__main__":
    main()
