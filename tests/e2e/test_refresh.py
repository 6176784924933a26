"""Refreshing real feeds from a real HTTP server on 127.0.0.1 into a real workspace."""

from __future__ import annotations

import json
from collections.abc import Iterator
from pathlib import Path

import pytest
from sqlite_utils import Database
from support.feedserver import FeedServer, Reply, add_redirect_loop, fixture, status

from app import accounts, feeds
from app.cli import main
from app.refresh import select_feeds
from app.tasks import CancelToken
from research.i18n import render

pytestmark = pytest.mark.e2e


def rss(items: list[tuple[str, str]], title: str = "Acme newsroom") -> bytes:
    body = "".join(
        f"<item><guid>{guid}</guid><title>{text}</title><link>https://acme.example/{guid}</link>"
        f"<pubDate>Mon, 16 Nov 2026 09:00:00 GMT</pubDate><description>{text} details</description></item>"
        for guid, text in items
    )
    return f'<?xml version="1.0"?><rss version="2.0"><channel><title>{title}</title><link>https://acme.example</link>{body}</channel></rss>'.encode()


@pytest.fixture
def server() -> Iterator[FeedServer]:
    with FeedServer() as running:
        yield running


@pytest.fixture
def acme(db: Database) -> str:
    return accounts.create_account(db, {"name": "Acme", "domain": "acme.example"}).id


def test_refresh_stores_items_then_uses_conditional_get(db: Database, acme: str, server: FeedServer) -> None:
    url = server.add(
        "/news.xml",
        Reply(
            rss([("a1", "Acme raises $25M Series B"), ("a2", "New office in Berlin")]),
            content_type="application/rss+xml",
            etag='"v1"',
        ),
    )
    feeds.add_feed(db, acme, url)
    first = feeds.refresh(db)
    assert (first.ok, first.new_items, first.failed) == (1, 2, 0)
    titles = [i["title"] for i in feeds.list_items(db, acme)]
    assert sorted(titles) == ["Acme raises $25M Series B", "New office in Berlin"]
    feed = feeds.list_feeds(db, acme)[0]
    assert (feed.title, feed.last_status, feed.etag) == ("Acme newsroom", "ok", '"v1"')

    second = feeds.refresh(db)
    assert (second.not_modified, second.new_items) == (1, 0)
    assert server.hits("/news.xml")[-1].headers.get("If-None-Match") == '"v1"'
    assert feeds.list_feeds(db, acme)[0].last_status == "not_modified"


def test_dropped_items_are_kept_and_changed_items_updated(db: Database, acme: str, server: FeedServer) -> None:
    url = server.add("/news.xml", Reply(rss([("a1", "Old headline"), ("a2", "Second")])))
    feeds.add_feed(db, acme, url)
    feeds.refresh(db)
    server.add("/news.xml", Reply(rss([("a1", "Corrected headline"), ("a3", "Third")])))
    summary = feeds.refresh(db)
    assert (summary.new_items, summary.changed_items) == (1, 1)
    titles = sorted(i["title"] for i in feeds.list_items(db, acme))
    assert titles == ["Corrected headline", "Second", "Third"]


def test_one_broken_feed_never_stops_the_others(db: Database, acme: str, server: FeedServer) -> None:
    good = server.add("/good.xml", Reply(rss([("g1", "Good news")])))
    feeds.add_feed(db, acme, good)
    feeds.add_feed(db, acme, server.add("/missing.xml", status(404)))
    feeds.add_feed(db, acme, server.add("/page.html", Reply(fixture("homepage.html"), content_type="text/html")))
    feeds.add_feed(db, acme, server.add("/broken.xml", Reply(fixture("malformed.xml"))))
    feeds.add_feed(db, acme, add_redirect_loop(server))
    feeds.add_feed(db, acme, server.add("/busy.xml", status(429, retry_after="3600")))
    summary = feeds.refresh(db, workers=4)
    assert summary.feeds == 6 and summary.new_items >= 1
    by_url = {f.url.rsplit("/", 1)[-1]: f for f in feeds.list_feeds(db, acme)}
    assert by_url["good.xml"].last_status == "ok"
    assert render(by_url["missing.xml"].last_error).startswith("The server said 404 Not Found")
    assert "web page" in render(by_url["page.html"].last_error).lower()
    assert by_url["busy.xml"].consecutive_failures == 1 and by_url["busy.xml"].next_attempt_at
    for name in ("missing.xml", "page.html", "busy.xml"):
        assert by_url[name].last_status not in ("ok", "new"), name
    # failing feeds back off: only the good (and any readable) feeds are due now
    due = {f.url.rsplit("/", 1)[-1] for f in select_feeds(db, only_due=True)}
    assert "busy.xml" not in due and "missing.xml" not in due and "good.xml" in due


def test_file_urls_are_refused_before_any_request(db: Database, acme: str) -> None:
    with pytest.raises(Exception, match="Only web addresses"):
        feeds.add_feed(db, acme, "file:///etc/passwd")


def test_cancel_stops_the_refresh_and_keeps_what_was_stored(db: Database, acme: str, server: FeedServer) -> None:
    server.latency = 0.3
    for i in range(6):
        feeds.add_feed(db, acme, server.add(f"/f{i}.xml", Reply(rss([(f"i{i}", f"Item {i}")]))))
    token = CancelToken()
    summary = feeds.refresh(db, workers=1, cancel=token, on_feed=lambda _: token.cancel())
    assert summary.cancelled and 1 <= len(summary.outcomes) < 6
    stored = feeds.list_items(db, acme)
    assert len(stored) == summary.new_items


def test_many_feeds_parse_in_worker_processes(db: Database, acme: str, server: FeedServer) -> None:
    for i in range(14):
        feeds.add_feed(
            db, acme, server.add(f"/p{i}.xml", Reply(rss([(f"p{i}-{j}", f"Post {i}.{j}") for j in range(5)])))
        )
    summary = feeds.refresh(db, workers=8)
    assert summary.parsed_in_processes and summary.ok == 14 and summary.new_items == 70


def test_cli_refresh_json_lines_and_items(
    server: FeedServer, workspace_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    ws = str(workspace_path)
    url = server.add("/news.xml", Reply(rss([("c1", "云帆物流完成数亿元B轮融资")])))
    assert main(["--workspace", ws, "accounts", "add", "Yunfan", "--domain", "yunfan.example"]) == 0
    assert main(["--workspace", ws, "feeds", "add", url, "--account", "yunfan.example"]) == 0
    capsys.readouterr()
    assert main(["--workspace", ws, "refresh", "--json"]) == 0
    lines = [json.loads(line) for line in capsys.readouterr().out.splitlines()]
    assert lines[0]["status"] == "ok" and lines[0]["new_items"] == 1
    assert lines[-1]["summary"]["new_items"] == 1
    assert main(["--workspace", ws, "items", "--account", "yunfan.example", "--json"]) == 0
    assert json.loads(capsys.readouterr().out)[0]["title"] == "云帆物流完成数亿元B轮融资"
    assert main(["--workspace", ws, "feeds", "list", "--json"]) == 0
    assert json.loads(capsys.readouterr().out)[0]["status"] == "ok"


def test_opml_round_trip(db: Database, acme: str, tmp_path: Path) -> None:
    feeds.add_feed(db, acme, "https://acme.example/feed.xml", title="Acme blog")
    data = feeds.export_opml(db)
    from storage.db import connect

    other = connect(tmp_path / "other.whynow")
    accounts.create_account(other, {"name": "Acme", "domain": "acme.example"})
    result = feeds.import_opml(other, data)
    assert result["added"] == 1
    assert [f.url for f in feeds.list_feeds(other)] == ["https://acme.example/feed.xml"]
