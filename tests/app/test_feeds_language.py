"""Why a feed fails is stored once and read in the reader's language, whoever refreshed it.

Real HTTP server on 127.0.0.1, real workspace file; the CLI as a user runs it.
"""

from __future__ import annotations

import json
from collections.abc import Iterator
from pathlib import Path

import pytest
from support.feedserver import FeedServer, Reply, fixture, status

from app import accounts, feeds
from app import i18n as app_i18n
from app.cli import main
from app.errors import ValidationError
from app.workspace import open_workspace
from research import i18n
from research.feeds.opml import OpmlError, parse_opml

NOT_FOUND_EN = "The server said 404 Not Found: the feed is not at this address any more."
NOT_FOUND_ZH = "服务器返回 404 Not Found：订阅源已不在这个地址。"
WEB_PAGE_EN = "This address is a web page, not a feed."
WEB_PAGE_ZH = "该地址是网页，不是订阅源。"


@pytest.fixture
def server() -> Iterator[FeedServer]:
    with FeedServer() as running:
        yield running


@pytest.fixture
def chinese() -> Iterator[None]:
    i18n.set_translator(app_i18n.catalogue_translator("zh_CN"))
    yield
    i18n.set_translator(None)


def _acme_with_failing_feeds(workspace_path: Path, server: FeedServer) -> dict[str, str]:
    """Acme follows a feed that is gone (404) and a web page; both refreshed once."""
    db = open_workspace(workspace_path)
    try:
        acme = accounts.create_account(db, {"name": "Acme", "domain": "acme.example"})
        urls = {
            "missing": server.add("/missing.xml", status(404)),
            "page": server.add("/page.html", Reply(fixture("homepage.html"), content_type="text/html")),
        }
        for url in urls.values():
            feeds.add_feed(db, acme.id, url)
        feeds.refresh(db)
    finally:
        db.close()
    return urls


def _errors(workspace_path: Path) -> dict[str, str]:
    db = open_workspace(workspace_path)
    try:
        return {f.url.rsplit("/", 1)[-1]: i18n.render(f.last_error) for f in feeds.list_feeds(db)}
    finally:
        db.close()


def test_an_error_stored_in_chinese_reads_in_english_and_back(workspace_path: Path, server: FeedServer) -> None:
    i18n.set_translator(app_i18n.catalogue_translator("zh_CN"))
    try:
        _acme_with_failing_feeds(workspace_path, server)  # refreshed on a Chinese desktop
        chinese = _errors(workspace_path)
    finally:
        i18n.set_translator(None)
    english = _errors(workspace_path)
    assert english["missing.xml"] == NOT_FOUND_EN
    assert english["page.html"].startswith(WEB_PAGE_EN)
    assert chinese["missing.xml"] == NOT_FOUND_ZH
    assert chinese["page.html"].startswith(WEB_PAGE_ZH)


def test_cli_feeds_list_and_refresh_speak_the_readers_language_json_stays_english(
    workspace_path: Path, server: FeedServer, capsys: pytest.CaptureFixture[str]
) -> None:
    ws = str(workspace_path)
    urls = _acme_with_failing_feeds(workspace_path, server)
    capsys.readouterr()

    assert main(["--lang", "zh_CN", "--workspace", ws, "feeds", "list"]) == 0
    out = capsys.readouterr().out
    assert NOT_FOUND_ZH in out and WEB_PAGE_ZH in out
    assert "The server said" not in out

    assert main(["--lang", "zh_CN", "--workspace", ws, "feeds", "list", "--json"]) == 0
    listed = {f["url"]: f for f in json.loads(capsys.readouterr().out)}
    assert listed[urls["missing"]]["last_error"] == NOT_FOUND_EN
    assert listed[urls["page"]]["last_error"].startswith(WEB_PAGE_EN)

    assert main(["--lang", "zh_CN", "--workspace", ws, "refresh"]) == 1  # every feed failed
    out = capsys.readouterr().out
    assert f"✗ Acme: {urls['missing']} — {NOT_FOUND_ZH}" in out

    assert main(["--lang", "zh_CN", "--workspace", ws, "refresh", "--json"]) == 1
    lines = [json.loads(line) for line in capsys.readouterr().out.splitlines()]
    by_url = {line["url"]: line for line in lines if "url" in line}
    assert by_url[urls["missing"]]["message"] == NOT_FOUND_EN


def test_an_error_stored_as_plain_english_by_an_older_version_still_shows(
    workspace_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    old = "Could not reach the server (Name or service not known)."
    db = open_workspace(workspace_path)
    acme = accounts.create_account(db, {"name": "Acme", "domain": "acme.example"})
    feed = feeds.add_feed(db, acme.id, "https://acme.example/feed")
    db.execute("UPDATE feeds SET last_status = 'network_error', last_error = ? WHERE id = ?", [old, feed.id])
    db.conn.commit()
    db.close()
    ws = str(workspace_path)
    capsys.readouterr()

    assert main(["--lang", "zh_CN", "--workspace", ws, "feeds", "list"]) == 0
    assert f"[network_error: {old}]" in capsys.readouterr().out
    assert main(["--workspace", ws, "feeds", "list", "--json"]) == 0
    assert json.loads(capsys.readouterr().out)[0]["last_error"] == old


def test_what_discovery_and_opml_say_is_in_the_readers_language(server: FeedServer, chinese: None) -> None:
    site = server.add(
        "/", Reply(b"<html><head><title>Acme</title></head><body>hi</body></html>", content_type="text/html")
    )
    report = feeds.discover(site)
    assert report.candidates == []
    assert report.message.startswith("该网站上没有找到订阅源（检查了 ")

    with pytest.raises(OpmlError) as opml_error:
        parse_opml(b'<?xml version="1.0"?><rss version="2.0"/>')
    assert str(opml_error.value) == "该文件是 XML，但不是 OPML（它以 <rss> 开头）。"

    with pytest.raises(ValidationError) as refused:
        feeds.discover("file:///etc/passwd")
    assert str(refused.value) == "只抓取网页地址（http 或 https）；该地址使用的是 file:，因此没有抓取。"
