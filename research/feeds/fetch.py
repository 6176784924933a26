"""Fetch one feed over HTTP politely and defensively, returning a state, never raising.

Polite: an honest User-Agent and conditional GET (ETag / Last-Modified) so an
unchanged feed costs the server a 304. Defensive: only http(s), checked before
any I/O and again on every redirect; a cap on wire bytes and on decompressed
bytes (gzip bombs); a per-read timeout and an overall deadline (servers that
trickle one byte at a time); a redirect cap with loop detection. Every outcome,
including network failures, is a `FetchResult` with a status and a sentence a
user can read, kept as a `research.i18n.phrase` because a refresh stores it as
the feed's error: whoever shows it renders it in the reader's language. Data
in a sentence (addresses, exception text, HTTP reason phrases) stays a field.

This module must not parse feeds, store anything, or retry on its own: retry
policy belongs to the caller, which gets `retry_after` when the server asked.
"""

from __future__ import annotations

import enum
import time
import zlib
from dataclasses import dataclass
from datetime import UTC, datetime, timedelta
from email.utils import parsedate_to_datetime
from http import HTTPStatus
from typing import Any
from urllib.parse import urljoin

import requests
import urllib3.exceptions

from research.feeds.urls import refusal_reason
from research.i18n import phrase

USER_AGENT = "WhyNow/0.1 (+local research desk)"
ACCEPT = (
    "application/rss+xml, application/atom+xml, application/feed+json, "
    "application/rdf+xml;q=0.9, application/xml;q=0.9, text/xml;q=0.9, "
    "application/json;q=0.8, text/html;q=0.5, */*;q=0.1"
)
# Only what we decompress ourselves (with an output cap). Advertising br or
# zstd would let a server send something we cannot bound.
ACCEPT_ENCODING = "gzip, deflate"

DEFAULT_TIMEOUT: tuple[float, float] = (5.0, 15.0)
DEFAULT_MAX_BYTES = 10_000_000
DEFAULT_MAX_REDIRECTS = 5
DEFAULT_DEADLINE = 30.0
_CHUNK = 64 * 1024
_REDIRECT_CODES = frozenset({301, 302, 303, 307, 308})
_PERMANENT_REDIRECT_CODES = frozenset({301, 308})
# A server may ask for a pause; we honour up to a week and treat longer as a typo.
_MAX_RETRY_AFTER = timedelta(days=7)


class FetchStatus(enum.StrEnum):
    OK = "ok"
    NOT_MODIFIED = "not_modified"
    HTTP_ERROR = "http_error"
    NETWORK_ERROR = "network_error"
    REFUSED = "refused"
    TOO_LARGE = "too_large"
    TIMEOUT = "timeout"
    GONE = "gone"


@dataclass(slots=True)
class FetchResult:
    """What happened when one address was fetched.

    `url` is the address asked for, `final_url` the one that answered after
    redirects. `moved_permanently` is true when every redirect on the way was
    permanent (301/308): the caller may then update the stored address.
    `body` is the decompressed body (empty unless status is ok). `message`
    is a `research.i18n.phrase` (show it with `render`), empty when all went well.
    """

    status: FetchStatus
    url: str
    message: str = ""
    http_status: int | None = None
    body: bytes = b""
    final_url: str = ""
    content_type: str | None = None
    etag: str | None = None
    last_modified: str | None = None
    retry_after: datetime | None = None
    moved_permanently: bool = False
    elapsed: float = 0.0

    @property
    def ok(self) -> bool:
        return self.status is FetchStatus.OK


class _Abort(Exception):
    """Internal: stop reading a body and report this result instead."""

    def __init__(self, status: FetchStatus, message: str) -> None:
        super().__init__(message)
        self.status = status
        self.message = message


def new_session() -> requests.Session:
    """A session with our headers; one per worker thread (sessions are not thread-safe)."""
    session = requests.Session()
    session.headers.update({"User-Agent": USER_AGENT, "Accept": ACCEPT, "Accept-Encoding": ACCEPT_ENCODING})
    return session


def fetch_feed(
    session: requests.Session,
    url: str,
    etag: str | None = None,
    last_modified: str | None = None,
    *,
    timeout: tuple[float, float] = DEFAULT_TIMEOUT,
    max_bytes: int = DEFAULT_MAX_BYTES,
    max_redirects: int = DEFAULT_MAX_REDIRECTS,
    deadline: float = DEFAULT_DEADLINE,
) -> FetchResult:
    """GET `url` and return what happened; never raises for anything the network does.

    `timeout` is (connect, per-read) seconds; `deadline` bounds the whole
    exchange including redirects and a slowly trickled body (it is checked
    between reads, so it can be overrun by at most one read timeout).
    """
    started = time.monotonic()
    url = url.strip()
    reason = refusal_reason(url)
    if reason is not None:
        return FetchResult(FetchStatus.REFUSED, url, reason, final_url=url)
    try:
        result = _fetch(
            session,
            url,
            etag,
            last_modified,
            timeout=timeout,
            max_bytes=max_bytes,
            max_redirects=max_redirects,
            give_up_at=started + deadline,
            deadline=deadline,
        )
    except requests.exceptions.SSLError as error:
        result = _failure(
            FetchStatus.NETWORK_ERROR,
            url,
            phrase("FeedFetch", "The secure connection to the server failed ({error}).", error=_short(error)),
        )
    except (requests.exceptions.ConnectTimeout, requests.exceptions.ReadTimeout) as error:
        result = _failure(
            FetchStatus.TIMEOUT,
            url,
            phrase("FeedFetch", "The server did not answer in time ({error}).", error=_short(error)),
        )
    except urllib3.exceptions.ReadTimeoutError as error:
        result = _failure(
            FetchStatus.TIMEOUT,
            url,
            phrase("FeedFetch", "The server stopped sending data ({error}).", error=_short(error)),
        )
    except requests.exceptions.ConnectionError as error:
        result = _failure(
            FetchStatus.NETWORK_ERROR,
            url,
            phrase("FeedFetch", "Could not reach the server ({error}).", error=_short(error)),
        )
    except (requests.exceptions.RequestException, urllib3.exceptions.HTTPError) as error:
        result = _failure(
            FetchStatus.NETWORK_ERROR,
            url,
            phrase("FeedFetch", "The exchange with the server failed ({error}).", error=_short(error)),
        )
    except (OSError, ValueError, UnicodeError) as error:
        # Hostile or broken servers reach odd corners of http.client and
        # urllib3 (bad header bytes, odd chunk sizes); those are feed states too.
        result = _failure(
            FetchStatus.NETWORK_ERROR,
            url,
            phrase("FeedFetch", "The server's answer could not be read ({error}).", error=_short(error)),
        )
    result.elapsed = time.monotonic() - started
    return result


def _fetch(
    session: requests.Session,
    url: str,
    etag: str | None,
    last_modified: str | None,
    *,
    timeout: tuple[float, float],
    max_bytes: int,
    max_redirects: int,
    give_up_at: float,
    deadline: float,
) -> FetchResult:
    headers = {"User-Agent": USER_AGENT, "Accept": ACCEPT, "Accept-Encoding": ACCEPT_ENCODING}
    if etag:
        headers["If-None-Match"] = etag
    if last_modified:
        headers["If-Modified-Since"] = last_modified

    current = url
    seen = {url}
    all_permanent = True
    redirects = 0
    while True:
        remaining = give_up_at - time.monotonic()
        if remaining <= 0:
            return _failure(
                FetchStatus.TIMEOUT,
                url,
                phrase(
                    "FeedFetch",
                    "The server took longer than {deadline:g} seconds in all, so we stopped.",
                    deadline=deadline,
                ),
                final_url=current,
            )
        # Never wait on one read longer than the time left overall.
        call_timeout = (min(timeout[0], remaining), min(timeout[1], remaining))
        response = session.get(
            current,
            headers=headers,
            timeout=call_timeout,
            allow_redirects=False,
            stream=True,
        )
        try:
            if response.status_code in _REDIRECT_CODES and "location" in response.headers:
                redirects += 1
                if response.status_code not in _PERMANENT_REDIRECT_CODES:
                    all_permanent = False
                target = urljoin(current, response.headers["location"].strip())
                refused = refusal_reason(target)
                if refused is not None:
                    return _failure(
                        FetchStatus.REFUSED,
                        url,
                        phrase(
                            "FeedFetch",
                            "The server redirected to an address we do not fetch: {reason}",
                            reason=refused,
                        ),
                        http_status=response.status_code,
                        final_url=current,
                    )
                if target in seen:
                    return _failure(
                        FetchStatus.HTTP_ERROR,
                        url,
                        phrase(
                            "FeedFetch",
                            "The address redirects in a loop, so there is no feed to read. "
                            "Check the address in a browser.",
                        ),
                        http_status=response.status_code,
                        final_url=target,
                    )
                if redirects > max_redirects:
                    return _failure(
                        FetchStatus.HTTP_ERROR,
                        url,
                        phrase(
                            "FeedFetch",
                            "The address redirected more than {count} times, so we stopped following it.",
                            count=max_redirects,
                        ),
                        http_status=response.status_code,
                        final_url=target,
                    )
                seen.add(target)
                current = target
                continue
            return _read_response(
                response,
                url,
                current,
                moved_permanently=redirects > 0 and all_permanent,
                max_bytes=max_bytes,
                give_up_at=give_up_at,
                deadline=deadline,
            )
        finally:
            response.close()


def _read_response(
    response: requests.Response,
    url: str,
    final_url: str,
    *,
    moved_permanently: bool,
    max_bytes: int,
    give_up_at: float,
    deadline: float,
) -> FetchResult:
    code = response.status_code
    headers = response.headers

    def result(status: FetchStatus, message: str, **extra: Any) -> FetchResult:
        return FetchResult(
            status,
            url,
            message,
            http_status=code,
            final_url=final_url,
            content_type=headers.get("content-type"),
            etag=headers.get("etag"),
            last_modified=headers.get("last-modified"),
            moved_permanently=moved_permanently,
            **extra,
        )

    if code == HTTPStatus.NOT_MODIFIED:
        return result(FetchStatus.NOT_MODIFIED, phrase("FeedFetch", "Not changed since the last check."))
    if not 200 <= code < 300:
        status, message = _describe_error(code)
        retry_at = parse_retry_after(headers.get("retry-after"))
        if retry_at is not None:
            message = phrase(
                "FeedFetch",
                "{problem} The server asked us to wait until {moment} UTC.",
                problem=message,
                moment=f"{retry_at:%Y-%m-%d %H:%M}",
            )
        return result(status, message, retry_after=retry_at)

    declared = headers.get("content-length", "")
    if declared.isdigit() and int(declared) > max_bytes:
        return result(
            FetchStatus.TOO_LARGE,
            phrase(
                "FeedFetch",
                "The feed is {size}, more than the {limit} we accept, so it was not downloaded.",
                size=_size(int(declared)),
                limit=_size(max_bytes),
            ),
        )
    try:
        body = _read_body(response, max_bytes=max_bytes, give_up_at=give_up_at, deadline=deadline)
    except _Abort as abort:
        return result(abort.status, abort.message)
    return result(FetchStatus.OK, "" if body else phrase("FeedFetch", "The server sent an empty answer."), body=body)


def _read_body(response: requests.Response, *, max_bytes: int, give_up_at: float, deadline: float) -> bytes:
    """Read and decompress the body in chunks, enforcing both caps and the deadline."""
    encoding = response.headers.get("content-encoding", "").strip().lower()
    decoder = _Decompressor.for_encoding(encoding)
    raw = response.raw
    parts: list[bytes] = []
    wire_total = 0
    out_total = 0
    while True:
        if time.monotonic() > give_up_at:
            raise _Abort(
                FetchStatus.TIMEOUT,
                phrase(
                    "FeedFetch",
                    "The server sent the feed too slowly (over {deadline:g} seconds), so we stopped.",
                    deadline=deadline,
                ),
            )
        # read1: at most one socket read, so a trickling server cannot keep us
        # inside one call for longer than the read timeout.
        chunk = raw.read1(_CHUNK, decode_content=False)
        if not chunk:
            break
        wire_total += len(chunk)
        if wire_total > max_bytes:
            raise _too_large(max_bytes)
        data = decoder.feed(chunk, max_bytes - out_total + 1)
        out_total += len(data)
        if out_total > max_bytes:
            raise _too_large(max_bytes)
        parts.append(data)
    tail = decoder.finish()
    out_total += len(tail)
    if out_total > max_bytes:
        raise _too_large(max_bytes)
    parts.append(tail)
    return b"".join(parts)


def _too_large(max_bytes: int) -> _Abort:
    return _Abort(
        FetchStatus.TOO_LARGE,
        phrase(
            "FeedFetch",
            "The feed is larger than the {limit} we accept, so we stopped reading it.",
            limit=_size(max_bytes),
        ),
    )


class _Decompressor:
    """Incremental gzip/deflate decoding with a cap on output per call.

    The cap is why we do not let urllib3 decode: a 200 KB gzip of zeros
    expands to 200 MB, and we want to notice after `max_bytes`, not after.
    """

    def __init__(self, kind: str) -> None:
        self.kind = kind
        self._zlib: Any = None
        self._fed = False
        if kind == "gzip":
            self._zlib = zlib.decompressobj(16 + zlib.MAX_WBITS)

    @classmethod
    def for_encoding(cls, encoding: str) -> _Decompressor:
        if encoding in ("", "identity", "none"):
            return cls("identity")
        if encoding in ("gzip", "x-gzip"):
            return cls("gzip")
        if encoding == "deflate":
            return cls("deflate")
        raise _Abort(
            FetchStatus.HTTP_ERROR,
            phrase(
                "FeedFetch",
                "The server compressed the feed with '{encoding}', which we did not ask for and cannot read.",
                encoding=encoding,
            ),
        )

    def feed(self, chunk: bytes, limit: int) -> bytes:
        if self.kind == "identity":
            return chunk
        if self._zlib is None:
            # "deflate" is zlib-wrapped by the standard, raw deflate in practice
            # on some servers; the zlib header tells them apart.
            wrapped = len(chunk) >= 2 and (chunk[0] & 0x0F) == 8 and ((chunk[0] << 8) | chunk[1]) % 31 == 0
            self._zlib = zlib.decompressobj(zlib.MAX_WBITS if wrapped else -zlib.MAX_WBITS)
        return self._decompress(chunk, limit)

    def _decompress(self, chunk: bytes, limit: int) -> bytes:
        self._fed = True
        try:
            out = self._zlib.decompress(chunk, limit)
            # Concatenated gzip members are legal; start a new decoder for each.
            while self._zlib.eof and self._zlib.unused_data and len(out) < limit:
                rest = self._zlib.unused_data
                self._zlib = zlib.decompressobj(16 + zlib.MAX_WBITS)
                out += self._zlib.decompress(rest, limit - len(out))
        except zlib.error as error:
            raise _damaged(error) from error
        return bytes(out)

    def finish(self) -> bytes:
        """Whatever the decoder still holds, after checking the stream was complete.

        Output is capped in `feed`: when a call hit its cap the caller has
        already stopped, so nothing large can be pending here.
        """
        if self.kind == "identity" or not self._fed:
            return b""
        try:
            out = self._zlib.flush()
        except zlib.error as error:
            raise _damaged(error) from error
        if not self._zlib.eof:
            raise _Abort(
                FetchStatus.NETWORK_ERROR,
                phrase(
                    "FeedFetch",
                    "The compressed feed ended early (the connection was cut or the server sent a damaged file).",
                ),
            )
        return bytes(out)


def _damaged(error: zlib.error) -> _Abort:
    return _Abort(
        FetchStatus.NETWORK_ERROR,
        phrase("FeedFetch", "The server sent a damaged compressed feed ({error}).", error=str(error)),
    )


def _describe_error(code: int) -> tuple[FetchStatus, str]:
    # The status's English name stays a field: it is the protocol's word, and
    # the one a reader would search for.
    try:
        name = HTTPStatus(code).phrase
    except ValueError:
        name = phrase("FeedFetch", "Unknown status")
    if code == 404:
        return FetchStatus.HTTP_ERROR, phrase(
            "FeedFetch",
            "The server said {code} {name}: the feed is not at this address any more.",
            code=code,
            name=name,
        )
    if code == 410:
        return FetchStatus.GONE, phrase(
            "FeedFetch",
            "The server said {code} {name}: the feed was removed for good. Consider removing it from this account.",
            code=code,
            name=name,
        )
    if code in (401, 403):
        return FetchStatus.HTTP_ERROR, phrase(
            "FeedFetch",
            "The server said {code} {name}: the feed is not public, so we cannot read it.",
            code=code,
            name=name,
        )
    if code == 429:
        return FetchStatus.HTTP_ERROR, phrase(
            "FeedFetch",
            "The server said {code} {name}: we asked too often; we will try again later.",
            code=code,
            name=name,
        )
    if code == 503:
        return FetchStatus.HTTP_ERROR, phrase(
            "FeedFetch",
            "The server said {code} {name}: the server is overloaded or down for maintenance; try again later.",
            code=code,
            name=name,
        )
    if 500 <= code < 600:
        return FetchStatus.HTTP_ERROR, phrase(
            "FeedFetch",
            "The server said {code} {name}: the server had a problem; try again later.",
            code=code,
            name=name,
        )
    if 300 <= code < 400:
        return FetchStatus.HTTP_ERROR, phrase(
            "FeedFetch", "The server said {code} {name} but gave no address to go to.", code=code, name=name
        )
    return FetchStatus.HTTP_ERROR, phrase(
        "FeedFetch", "The server said {code} {name}, so there is no feed to read.", code=code, name=name
    )


def parse_retry_after(value: str | None, now: datetime | None = None) -> datetime | None:
    """The UTC time a server asked us to wait until (Retry-After: seconds or HTTP date).

    None when absent or unreadable. A date in the past means "now"; more than
    a week ahead is capped to a week, so one bad header cannot silence a feed.
    """
    if not value:
        return None
    now = now or datetime.now(UTC)
    text = value.strip()
    moment: datetime | None
    if text.isdigit():
        moment = now + timedelta(seconds=int(text))
    else:
        try:
            moment = parsedate_to_datetime(text)
        except (TypeError, ValueError, IndexError):
            return None
        if moment is None:
            return None
        if moment.tzinfo is None:
            moment = moment.replace(tzinfo=UTC)
        moment = moment.astimezone(UTC)
    if moment < now:
        moment = now
    return min(moment, now + _MAX_RETRY_AFTER).replace(microsecond=0)


def _failure(
    status: FetchStatus,
    url: str,
    message: str,
    *,
    http_status: int | None = None,
    final_url: str | None = None,
) -> FetchResult:
    return FetchResult(status, url, message, http_status=http_status, final_url=final_url or url)


def _short(error: BaseException) -> str:
    """The innermost useful sentence of a requests/urllib3 exception chain."""
    text = str(error)
    # urllib3 nests "HTTPConnectionPool(...): Max retries exceeded ... (Caused by X)".
    if "Caused by" in text:
        text = text.split("Caused by", 1)[1].strip(" ()")
    text = text.replace("\n", " ")
    return text[:200] if text else type(error).__name__


def _size(n: int) -> str:
    if n >= 1_000_000:
        return f"{n / 1_000_000:.1f} MB"
    if n >= 1_000:
        return f"{n / 1_000:.0f} KB"
    return phrase("FeedFetch", "{n} bytes", n=n)
