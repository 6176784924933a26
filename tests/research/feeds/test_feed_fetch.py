"""fetch_feed against a real local server: every hostile case ends as a clear state.

Timeouts and caps are set small so the whole file stays fast; no assertion
is about speed (bench/ measures that).
"""

from __future__ import annotations

import gzip
import socket
import tracemalloc
from datetime import UTC, datetime, timedelta
from email.utils import format_datetime

import pytest
import requests
from support.feedserver import (
    FeedServer,
    Reply,
    add_redirect_chain,
    add_redirect_loop,
    deflated,
    fixture,
    gzip_bomb,
    gzip_bomb_bytes,
    gzipped,
    huge_body,
    redirect,
    status,
    trickle,
)

from research.feeds.fetch import USER_AGENT, FetchStatus, fetch_feed, parse_retry_after
from research.feeds.parse import ParseStatus, parse_feed
from research.i18n import render

RSS = fixture("full.rss")
ETAG = '"v1-abc"'
LAST_MODIFIED = "Tue, 17 Nov 2026 13:30:00 GMT"


class NoNetworkSession(requests.Session):
    """A session that fails the test if anything tries to send a request."""

    def send(self, request: requests.PreparedRequest, **kwargs: object) -> requests.Response:
        raise AssertionError(f"a request was sent to {request.url}")


def test_a_feed_is_fetched_with_an_honest_user_agent_and_its_validators(
    server: FeedServer, session: requests.Session
) -> None:
    url = server.add("/feed.xml", Reply(RSS, etag=ETAG, last_modified=LAST_MODIFIED))

    result = fetch_feed(session, url)

    assert result.status is FetchStatus.OK
    assert result.body == RSS
    assert result.http_status == 200
    assert (result.etag, result.last_modified) == (ETAG, LAST_MODIFIED)
    assert result.content_type == "application/rss+xml; charset=utf-8"
    assert result.final_url == url
    sent = server.hits("/feed.xml")[0].headers
    assert sent["User-Agent"] == USER_AGENT
    assert "If-None-Match" not in sent


def test_an_unchanged_feed_costs_a_304_on_the_second_fetch(server: FeedServer, session: requests.Session) -> None:
    url = server.add("/feed.xml", Reply(RSS, etag=ETAG, last_modified=LAST_MODIFIED))
    first = fetch_feed(session, url)

    second = fetch_feed(session, url, etag=first.etag, last_modified=first.last_modified)

    assert second.status is FetchStatus.NOT_MODIFIED
    assert second.http_status == 304
    assert second.body == b""
    assert second.etag == ETAG
    sent = server.hits("/feed.xml")[1].headers
    assert sent["If-None-Match"] == ETAG
    assert sent["If-Modified-Since"] == LAST_MODIFIED


def test_last_modified_alone_is_enough_for_a_304(server: FeedServer, session: requests.Session) -> None:
    url = server.add("/feed.xml", Reply(RSS, last_modified=LAST_MODIFIED))

    result = fetch_feed(session, url, last_modified=LAST_MODIFIED)

    assert result.status is FetchStatus.NOT_MODIFIED


@pytest.mark.parametrize(
    ("url", "words"),
    [
        ("file:///etc/passwd", "file:"),
        ("ftp://ftp.example.com/feed.xml", "ftp:"),
        ("data:text/xml,<rss/>", "data:"),
        ("javascript:alert(1)", "javascript:"),
        ("feed://example.com/rss", "feed:"),
        ("/etc/passwd", "no scheme"),
        ("http://", "no host"),
        ("", "no address"),
        ("http://example.com:99999/feed", "invalid port"),
        ("http://exa mple.com/\r\nX-Injected: 1", "control characters"),
    ],
)
def test_only_web_addresses_are_fetched_and_others_are_refused_before_any_io(url: str, words: str) -> None:
    with NoNetworkSession() as session:
        result = fetch_feed(session, url)

    assert result.status is FetchStatus.REFUSED
    assert words in render(result.message)


def test_a_redirect_to_a_local_file_is_refused(server: FeedServer, session: requests.Session) -> None:
    url = server.add("/sneaky.xml", redirect("file:///etc/passwd"))

    result = fetch_feed(session, url)

    assert result.status is FetchStatus.REFUSED
    assert "redirected to an address we do not fetch" in render(result.message)
    assert result.body == b""


def test_redirects_are_followed_and_a_permanent_move_is_reported(server: FeedServer, session: requests.Session) -> None:
    server.add("/new/feed.xml", Reply(RSS))
    server.add("/middle", redirect("/new/feed.xml", status=308))
    old = server.add("/old/feed.xml", redirect("/middle", status=301))

    result = fetch_feed(session, old)

    assert result.status is FetchStatus.OK
    assert result.body == RSS
    assert result.final_url == server.url("/new/feed.xml")
    assert result.moved_permanently


def test_a_temporary_redirect_is_not_a_move(server: FeedServer, session: requests.Session) -> None:
    server.add("/feed.xml", Reply(RSS))
    url = server.add("/latest", redirect("/feed.xml", status=302))

    result = fetch_feed(session, url)

    assert result.status is FetchStatus.OK
    assert not result.moved_permanently


def test_a_redirect_loop_ends_with_a_clear_state(server: FeedServer, session: requests.Session) -> None:
    url = add_redirect_loop(server)

    result = fetch_feed(session, url)

    assert result.status is FetchStatus.HTTP_ERROR
    assert "redirects in a loop" in render(result.message)
    assert len(server.requests) == 2


def test_at_most_five_redirects_are_followed(server: FeedServer, session: requests.Session) -> None:
    server.add("/feed.xml", Reply(RSS))
    five = add_redirect_chain(server, 5, "/feed.xml", prefix="/ok")
    six = add_redirect_chain(server, 6, "/feed.xml", prefix="/long")

    assert fetch_feed(session, five).status is FetchStatus.OK
    too_many = fetch_feed(session, six)

    assert too_many.status is FetchStatus.HTTP_ERROR
    assert "more than 5 times" in render(too_many.message)


@pytest.mark.parametrize(
    ("code", "expected_status", "words"),
    [
        (404, FetchStatus.HTTP_ERROR, "404 Not Found: the feed is not at this address any more"),
        (410, FetchStatus.GONE, "410 Gone: the feed was removed for good. Consider removing"),
        (403, FetchStatus.HTTP_ERROR, "403 Forbidden: the feed is not public"),
        (500, FetchStatus.HTTP_ERROR, "500 Internal Server Error: the server had a problem"),
        (502, FetchStatus.HTTP_ERROR, "502 Bad Gateway: the server had a problem"),
        (418, FetchStatus.HTTP_ERROR, "418"),
    ],
)
def test_error_statuses_become_states_with_words(
    server: FeedServer,
    session: requests.Session,
    code: int,
    expected_status: FetchStatus,
    words: str,
) -> None:
    url = server.add("/feed.xml", status(code))

    result = fetch_feed(session, url)

    assert result.status is expected_status
    assert result.http_status == code
    assert words in render(result.message)
    assert result.body == b""


def test_429_with_retry_after_seconds_sets_the_time_to_try_again(server: FeedServer, session: requests.Session) -> None:
    url = server.add("/feed.xml", status(429, retry_after="120"))
    before = datetime.now(UTC).replace(microsecond=0)

    result = fetch_feed(session, url)

    after = datetime.now(UTC)
    assert result.status is FetchStatus.HTTP_ERROR
    assert "429 Too Many Requests" in render(result.message)
    assert result.retry_after is not None
    assert before + timedelta(seconds=120) <= result.retry_after <= after + timedelta(seconds=120)
    assert "wait until" in render(result.message)


def test_503_with_an_http_date_retry_after(server: FeedServer, session: requests.Session) -> None:
    when = (datetime.now(UTC) + timedelta(hours=2)).replace(microsecond=0)
    url = server.add("/feed.xml", status(503, retry_after=format_datetime(when, usegmt=True)))

    result = fetch_feed(session, url)

    assert result.status is FetchStatus.HTTP_ERROR
    assert result.retry_after == when
    assert "try again later" in render(result.message)


def test_retry_after_values_are_read_defensively() -> None:
    now = datetime(2026, 11, 23, 9, 0, tzinfo=UTC)

    assert parse_retry_after("30", now) == now + timedelta(seconds=30)
    assert parse_retry_after("Mon, 23 Nov 2026 10:00:00 GMT", now) == now + timedelta(hours=1)
    assert parse_retry_after("Mon, 23 Nov 2020 10:00:00 GMT", now) == now  # past: now
    assert parse_retry_after("999999999", now) == now + timedelta(days=7)  # capped
    assert parse_retry_after("soon", now) is None
    assert parse_retry_after("", now) is None
    assert parse_retry_after(None, now) is None


def test_a_server_trickling_bytes_is_cut_off_at_the_deadline(server: FeedServer, session: requests.Session) -> None:
    # 20 bytes a second would take minutes for this feed; each read succeeds
    # quickly, so only the overall deadline can stop it.
    url = server.add("/slow.xml", trickle(RSS, chunk_size=2, interval=0.1))

    result = fetch_feed(session, url, timeout=(1.0, 1.0), deadline=0.6)

    assert result.status is FetchStatus.TIMEOUT
    assert "too slowly" in render(result.message)
    assert result.body == b""


def test_a_server_that_stops_sending_hits_the_read_timeout(server: FeedServer, session: requests.Session) -> None:
    url = server.add("/stalled.xml", trickle(RSS, chunk_size=100, interval=5.0))

    result = fetch_feed(session, url, timeout=(1.0, 0.3), deadline=10)

    assert result.status is FetchStatus.TIMEOUT
    assert render(result.message)


def test_a_server_that_answers_slowly_hits_the_read_timeout(session: requests.Session) -> None:
    with FeedServer(latency=2.0) as slow:
        url = slow.add("/feed.xml", Reply(RSS))

        result = fetch_feed(session, url, timeout=(1.0, 0.3))

    assert result.status is FetchStatus.TIMEOUT
    assert "did not answer in time" in render(result.message)


def test_nothing_listening_is_a_network_error(session: requests.Session) -> None:
    with socket.socket() as probe:
        probe.bind(("127.0.0.1", 0))
        port = probe.getsockname()[1]
    # The port is free again now: nothing listens there.

    result = fetch_feed(session, f"http://127.0.0.1:{port}/feed.xml", timeout=(1.0, 1.0))

    assert result.status is FetchStatus.NETWORK_ERROR
    assert "Could not reach the server" in render(result.message)


def test_a_gzip_bomb_is_stopped_at_the_size_cap(server: FeedServer, session: requests.Session) -> None:
    url = server.add("/bomb.xml", gzip_bomb(200_000_000))
    gzip_bomb_bytes(200_000_000)  # made before measuring: the server's memory is not ours

    tracemalloc.start()
    try:
        result = fetch_feed(session, url, max_bytes=1_000_000)
        _, peak = tracemalloc.get_traced_memory()
    finally:
        tracemalloc.stop()

    # Decompressing is capped as it happens, not after: 200 MB never exist.
    assert peak < 10_000_000
    assert result.status is FetchStatus.TOO_LARGE
    assert "larger than the 1.0 MB we accept" in render(result.message)
    assert result.body == b""


def test_gzip_and_both_deflate_flavours_are_decoded(server: FeedServer, session: requests.Session) -> None:
    urls = [
        server.add("/gzip.xml", gzipped(RSS)),
        server.add("/zlib.xml", deflated(RSS)),
        server.add("/raw-deflate.xml", deflated(RSS, raw=True)),
    ]

    bodies = [fetch_feed(session, url).body for url in urls]

    assert bodies == [RSS, RSS, RSS]
    assert server.hits("/gzip.xml")[0].headers["Accept-Encoding"] == "gzip, deflate"


def test_a_damaged_gzip_body_is_a_network_error(server: FeedServer, session: requests.Session) -> None:
    broken = gzip.compress(RSS)[:-40]
    url = server.add("/broken.xml", Reply(broken, headers={"Content-Encoding": "gzip"}))

    result = fetch_feed(session, url)

    assert result.status is FetchStatus.NETWORK_ERROR
    assert "compressed feed" in render(result.message)


def test_an_encoding_we_did_not_ask_for_is_reported(server: FeedServer, session: requests.Session) -> None:
    url = server.add("/br.xml", Reply(b"\x1b\x00garbage", headers={"Content-Encoding": "br"}))

    result = fetch_feed(session, url)

    assert result.status is FetchStatus.HTTP_ERROR
    assert "'br'" in render(result.message)


def test_a_declared_50_mb_body_is_refused_without_downloading_it(server: FeedServer, session: requests.Session) -> None:
    url = server.add("/huge.xml", huge_body(50_000_000))

    result = fetch_feed(session, url, max_bytes=1_000_000)

    assert result.status is FetchStatus.TOO_LARGE
    assert "50.0 MB" in render(result.message)
    assert "not downloaded" in render(result.message)


def test_an_undeclared_50_mb_body_is_cut_off_at_the_cap(server: FeedServer, session: requests.Session) -> None:
    url = server.add("/huge.xml", huge_body(50_000_000, declare_length=False))

    result = fetch_feed(session, url, max_bytes=1_000_000)

    assert result.status is FetchStatus.TOO_LARGE
    assert result.body == b""


def test_an_empty_200_is_ok_with_a_message_and_parses_as_empty(server: FeedServer, session: requests.Session) -> None:
    url = server.add("/empty.xml", Reply(b""))

    result = fetch_feed(session, url)
    parsed = parse_feed(result.body, result.final_url, result.content_type)

    assert result.status is FetchStatus.OK
    assert render(result.message) == "The server sent an empty answer."
    assert parsed.status is ParseStatus.EMPTY
    assert "empty page" in render(parsed.message)


def test_a_web_page_instead_of_a_feed_is_recognised(server: FeedServer, session: requests.Session) -> None:
    url = server.add("/", Reply(fixture("homepage.html"), content_type="text/html"))

    result = fetch_feed(session, url)
    parsed = parse_feed(result.body, result.final_url, result.content_type)

    assert parsed.status is ParseStatus.WEB_PAGE
    assert render(parsed.message).startswith("This address is a web page, not a feed")
