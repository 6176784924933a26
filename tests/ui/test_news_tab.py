"""The News tab and the feed manager offscreen, against stored items and a real local server."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest
from PySide6.QtWidgets import QMessageBox
from pytestqt.qtbot import QtBot
from support.feedserver import FeedServer, Reply

from app import accounts, feeds
from app.workspace import open_workspace
from storage import feeds as feed_store
from ui.dialogs.feed_manager import FeedManagerDialog
from ui.main_window import MainWindow
from ui.models.items import ItemColumn
from ui.news_tab import NewsTab, OfflineTextBrowser
from ui.session import Session
from ui.workers import TaskRunner


@pytest.fixture
def session(workspace_path: Path) -> Session:
    db = open_workspace(workspace_path, demo_if_new=True)
    return Session(workspace_path, db, user="Tester", runner=TaskRunner(synchronous=True))


@pytest.fixture
def server() -> Iterator[FeedServer]:
    with FeedServer() as running:
        yield running


def test_news_lists_newest_first_and_reading_marks_read(qtbot: QtBot, session: Session) -> None:
    tab = NewsTab(session)
    qtbot.addWidget(tab)
    yunfan = accounts.find_account(session.db, "yunfan-logistics.example")
    tab.set_account(yunfan.id)
    dates = [tab.model.index(r, ItemColumn.DATE).data() for r in range(tab.model.rowCount())]
    assert dates == sorted(dates, reverse=True) and len(dates) == 3
    assert tab.model.index(0, ItemColumn.TITLE).data() == "云帆物流科技完成数亿元B轮融资"
    tab.table.selectRow(0)
    assert "长江资本" in tab.preview.toPlainText()
    assert feeds.list_items(session.db, yunfan.id)[0]["is_read"] == 1
    tab.unread_only.setChecked(True)
    assert tab.model.rowCount() == 2


def test_preview_never_loads_remote_resources(qtbot: QtBot, session: Session) -> None:
    browser = OfflineTextBrowser()
    qtbot.addWidget(browser)
    browser.setHtml(
        '<p>hi</p><img src="https://tracker.example/pixel.gif"><link rel="stylesheet" href="https://x.example/a.css">'
    )
    browser.show()
    qtbot.wait(10)
    assert browser.loadResource(2, "https://tracker.example/pixel.gif") is None
    assert any("tracker.example" in url for url in browser.blocked)


def test_hostile_item_html_is_sanitised_before_display(qtbot: QtBot, session: Session, server: FeedServer) -> None:
    acme = accounts.create_account(session.db, {"name": "Acme", "domain": "acme.example"})
    body = (
        b'<?xml version="1.0"?><rss version="2.0"><channel><title>Acme</title><item><guid>x</guid>'
        b"<title>Hello &lt;b&gt;world&lt;/b&gt;</title><description><![CDATA[<p onclick='steal()'>Text</p>"
        b"<script>alert(1)</script><img src='https://tracker.example/p.gif' alt='chart'>"
        b"<iframe src='https://evil.example'></iframe>]]></description></item></channel></rss>"
    )
    feeds.add_feed(session.db, acme.id, server.add("/f.xml", Reply(body)))
    feeds.refresh(session.db)
    tab = NewsTab(session)
    qtbot.addWidget(tab)
    tab.set_account(acme.id)
    tab.table.selectRow(0)
    html = feed_store.get_item_content(session.db, tab.model.row(0)["id"])
    for bad in ("<script", "onclick", "<iframe", "tracker.example", "<img"):
        assert bad not in html
    assert "Text" in tab.preview.toPlainText()
    assert tab.model.index(0, ItemColumn.TITLE).data() == "Hello world"


def test_empty_states_say_what_to_do(qtbot: QtBot, session: Session) -> None:
    tab = NewsTab(session)
    qtbot.addWidget(tab)
    acme = accounts.create_account(session.db, {"name": "Acme"})
    tab.set_account(acme.id)
    assert "follows no feeds yet" in tab.empty.text()
    feeds.add_feed(session.db, acme.id, "https://acme.example/feed")
    tab.reload()
    assert "Refresh feeds" in tab.empty.text()


def test_feed_manager_discovers_adds_retries_and_removes(
    qtbot: QtBot, session: Session, server: FeedServer, monkeypatch: pytest.MonkeyPatch
) -> None:
    feed_body = (
        b'<?xml version="1.0"?><rss version="2.0"><channel><title>Acme News</title><item><guid>1</guid>'
        b"<title>Acme opens Berlin office</title></item></channel></rss>"
    )
    feed_url = server.add("/news/feed.xml", Reply(feed_body, content_type="application/rss+xml"))
    home = (
        f'<html><head><link rel="alternate" type="application/rss+xml" title="Acme News" href="{feed_url}">'
        "</head><body>hi</body></html>"
    )
    site = server.add("/", Reply(home.encode(), content_type="text/html"))
    acme = accounts.create_account(session.db, {"name": "Acme", "website": site})
    dialog = FeedManagerDialog(session, acme.id)
    qtbot.addWidget(dialog)
    dialog.url_edit.setText(site)
    dialog.discover()
    assert dialog.candidates.count() >= 1 and feed_url in dialog.candidates.item(0).text()
    dialog.add_checked()
    assert dialog.table.rowCount() == 1
    dialog.table.selectRow(0)
    dialog.retry_selected()
    assert "1 new items" in dialog.discover_status.text()
    assert dialog.table.item(0, 0).text() == "Acme News"
    monkeypatch.setattr(QMessageBox, "question", lambda *a, **k: QMessageBox.StandardButton.Yes)
    dialog.table.selectRow(0)
    dialog.remove_selected()
    assert dialog.table.rowCount() == 0 and feeds.list_feeds(session.db, acme.id) == []


def test_feed_manager_refuses_file_urls_in_words(qtbot: QtBot, session: Session) -> None:
    acme = accounts.create_account(session.db, {"name": "Acme"})
    dialog = FeedManagerDialog(session, acme.id)
    qtbot.addWidget(dialog)
    dialog.url_edit.setText("file:///etc/passwd")
    dialog.add_typed_url()
    assert "Only web addresses" in dialog.discover_status.text()
    assert dialog.table.rowCount() == 0


def test_f5_refresh_reports_in_the_status_bar(qtbot: QtBot, session: Session, server: FeedServer) -> None:
    window = MainWindow(session, runner=session.runner)
    qtbot.addWidget(window)
    acme = accounts.create_account(session.db, {"name": "Acme"})
    feeds.add_feed(
        session.db,
        acme.id,
        server.add(
            "/a.xml",
            Reply(
                b'<rss version="2.0"><channel><title>A</title>'
                b"<item><guid>1</guid><title>One</title></item></channel></rss>"
            ),
        ),
    )
    feeds.add_feed(session.db, acme.id, server.add("/gone.xml", Reply(b"", status=410)))
    window.refresh_action.trigger()
    assert "Refreshed 2 feeds: 1 new items, 1 failed" in window.statusBar().currentMessage()
    assert not window.offline_label.isVisible()


def test_offline_indicator_when_no_feed_can_be_reached(qtbot: QtBot, session: Session) -> None:
    window = MainWindow(session, runner=session.runner)
    qtbot.addWidget(window)
    window.show()
    acme = accounts.create_account(session.db, {"name": "Acme"})
    feeds.add_feed(session.db, acme.id, "http://127.0.0.1:9/feed.xml")  # discard port: connection refused
    window.refresh_feeds()
    assert window.offline_label.isVisible()


def test_feeds_older_than_the_interval_are_stale_on_open(qtbot: QtBot, session: Session, server: FeedServer) -> None:
    window = MainWindow(session, runner=session.runner)
    qtbot.addWidget(window)
    assert not window.stale_feed_accounts()  # demo feeds are stored offline: never stale
    acme = accounts.create_account(session.db, {"name": "Acme"})
    feeds.add_feed(
        session.db,
        acme.id,
        server.add("/n.xml", Reply(b'<rss version="2.0"><channel><title>N</title></channel></rss>')),
    )
    assert window.stale_feed_accounts()  # never fetched
    window._refresh_if_stale()
    assert not window.stale_feed_accounts()  # fetched just now
