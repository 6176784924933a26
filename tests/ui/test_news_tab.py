"""The News tab and the feed manager offscreen, against stored items and a real local server."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest
from PySide6.QtCore import QLocale
from PySide6.QtWidgets import QApplication, QMessageBox
from pytestqt.qtbot import QtBot
from support.feedserver import FeedServer, Reply, fixture, status

from app import accounts, feeds
from app.workspace import open_workspace
from storage import feeds as feed_store
from ui import i18n as ui_i18n
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


@pytest.fixture
def zh(qapp: QApplication) -> Iterator[None]:
    """The app in Simplified Chinese for one test, back to English afterwards."""
    before = QLocale()
    ui_i18n.apply_language(qapp, "zh_CN")
    yield
    QLocale.setDefault(before)
    ui_i18n.install_translators(qapp, QLocale(QLocale.Language.English))


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


# -- why a feed fails, in the reader's language -------------------------------------------------

NOT_FOUND_EN = "The server said 404 Not Found: the feed is not at this address any more."
NOT_FOUND_ZH = "服务器返回 404 Not Found：订阅源已不在这个地址。"
REPEATED_GUID = (
    b'<rss version="2.0"><channel><title>Twice</title><item><guid>1</guid><title>One</title></item>'
    b"<item><guid>1</guid><title>Again</title></item></channel></rss>"
)


def _failing_acme(session: Session, server: FeedServer) -> tuple[str, dict[str, str]]:
    """Acme follows a feed that is gone (404), a web page and a feed with a repeated id; refreshed in English."""
    acme = accounts.create_account(session.db, {"name": "Acme"})
    urls = {
        "missing": server.add("/missing.xml", status(404)),
        "page": server.add("/page.html", Reply(fixture("homepage.html"), content_type="text/html")),
        "twice": server.add("/twice.xml", Reply(REPEATED_GUID)),
    }
    for url in urls.values():
        feeds.add_feed(session.db, acme.id, url)
    feeds.refresh(session.db)
    return acme.id, urls


def _status_cells(dialog: FeedManagerDialog) -> dict[str, tuple[str, str]]:
    """Each feed's status cell (text, tooltip) by address."""
    cells = {}
    for row in range(dialog.table.rowCount()):
        item = dialog.table.item(row, 1)
        cells[dialog.table.item(row, 3).text()] = (item.text(), item.toolTip())
    return cells


def test_feed_manager_says_why_a_feed_fails_in_english(qtbot: QtBot, session: Session, server: FeedServer) -> None:
    acme_id, urls = _failing_acme(session, server)
    dialog = FeedManagerDialog(session, acme_id)
    qtbot.addWidget(dialog)
    cells = _status_cells(dialog)
    assert cells[urls["missing"]][0].startswith(NOT_FOUND_EN)
    assert cells[urls["missing"]][1] == NOT_FOUND_EN
    assert cells[urls["page"]][0].startswith("This address is a web page, not a feed.")
    assert "1 entry repeats an id used earlier in the feed" in cells[urls["twice"]][0]


def test_feed_manager_says_why_a_feed_fails_in_chinese(
    qtbot: QtBot, session: Session, server: FeedServer, request: pytest.FixtureRequest
) -> None:
    """Refreshed on an English desktop, read on a Chinese one: the stored error follows the reader."""
    acme_id, urls = _failing_acme(session, server)
    request.getfixturevalue("zh")
    dialog = FeedManagerDialog(session, acme_id)
    qtbot.addWidget(dialog)
    cells = _status_cells(dialog)
    assert cells[urls["missing"]][0].startswith(NOT_FOUND_ZH)
    assert cells[urls["missing"]][1] == NOT_FOUND_ZH
    assert cells[urls["page"]][0].startswith("该地址是网页，不是订阅源。")
    assert "警告：1 个条目与订阅源中前面的条目 ID 重复；每个 ID 只保留第一条。" in cells[urls["twice"]][0]
    assert "The server said" not in cells[urls["missing"]][0]


def test_news_tab_names_the_failing_feed_in_chinese(
    qtbot: QtBot, session: Session, server: FeedServer, zh: None
) -> None:
    acme = accounts.create_account(session.db, {"name": "Acme"})
    missing = server.add("/missing.xml", status(404))
    feeds.add_feed(session.db, acme.id, missing)
    feeds.refresh(session.db)
    tab = NewsTab(session)
    qtbot.addWidget(tab)
    tab.set_account(acme.id)
    assert f"{missing} 出现问题：{NOT_FOUND_ZH}" in tab.empty.text()


def test_an_error_an_older_version_stored_in_english_still_shows(qtbot: QtBot, session: Session, zh: None) -> None:
    old = "Could not reach the server (Name or service not known)."
    acme = accounts.create_account(session.db, {"name": "Acme"})
    feed = feeds.add_feed(session.db, acme.id, "https://acme.example/feed")
    session.db.execute("UPDATE feeds SET last_status = 'network_error', last_error = ? WHERE id = ?", [old, feed.id])
    session.db.conn.commit()
    dialog = FeedManagerDialog(session, acme.id)
    qtbot.addWidget(dialog)
    assert _status_cells(dialog)[feed.url] == (old, old)
    tab = NewsTab(session)
    qtbot.addWidget(tab)
    tab.set_account(acme.id)
    assert old in tab.empty.text()
