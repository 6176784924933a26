"""The Why-now tab and the inbox on the demo workspace, offscreen."""

from __future__ import annotations

from pathlib import Path

import pytest
from PySide6.QtCore import QLocale
from PySide6.QtGui import QColor, QGuiApplication
from pytestqt.qtbot import QtBot

from app import accounts, contacts
from app.workspace import open_workspace
from ui import theme
from ui.inbox import TriggerInbox
from ui.main_window import MainWindow
from ui.models.accounts import AccountColumn
from ui.session import Session
from ui.why_now_tab import WhyNowTab, talking_point_colours
from ui.workers import TaskRunner


@pytest.fixture
def session(workspace_path: Path) -> Session:
    db = open_workspace(workspace_path, demo_if_new=True)
    return Session(workspace_path, db, user="T", runner=TaskRunner(synchronous=True))


def test_timeline_highlights_the_evidence_and_routes(qtbot: QtBot, session: Session) -> None:
    tab = WhyNowTab(session)
    qtbot.addWidget(tab)
    tab.set_account(accounts.find_account(session.db, "northwind-freight.example").id)
    assert tab.timeline.count() >= 3
    assert "Funding" in tab.timeline.item(0).text()
    html = tab.detail.toHtml()
    assert "raises $40M" in tab.detail.toPlainText() and "background-color:#fff59d" in html
    assert "Approach first" in tab.detail.toPlainText()
    tab.copy_talking_point()
    assert "$40M Series C" in QGuiApplication.clipboard().text()
    assert "Why-now score" in tab.score.text()


def test_dismiss_and_restore(qtbot: QtBot, session: Session) -> None:
    tab = WhyNowTab(session)
    qtbot.addWidget(tab)
    tab.set_account(accounts.find_account(session.db, "northwind-freight.example").id)
    before = tab.timeline.count()
    tab.dismiss_button.click()
    assert tab.timeline.count() == before - 1
    tab.show_dismissed.setChecked(True)
    assert tab.timeline.count() == before


def test_hedged_news_is_marked_unconfirmed(qtbot: QtBot, session: Session) -> None:
    tab = WhyNowTab(session)
    qtbot.addWidget(tab)
    tab.set_account(accounts.find_account(session.db, "kestrel-robotics.example").id)
    texts = [tab.timeline.item(i).text() for i in range(tab.timeline.count())]
    assert any("Acquisition" in t and "unconfirmed" in t for t in texts)


def test_add_the_new_executive_as_a_contact(qtbot: QtBot, session: Session) -> None:
    tab = WhyNowTab(session)
    qtbot.addWidget(tab)
    qingshan = accounts.find_account(session.db, "qingshan-mfg.example")
    # 王芳 is already a demo contact: no offer. Remove her to see the offer.
    wang = next(c for c in contacts.list_contacts(session.db, qingshan.id) if c.full_name == "王芳")
    contacts.delete_contact(session.db, wang.id)
    tab.set_account(qingshan.id)
    row = next(i for i in range(tab.timeline.count()) if "Leadership" in tab.timeline.item(i).text())
    tab.timeline.setCurrentRow(row)
    assert tab.add_person_button.isVisibleTo(tab) and "王芳" in tab.add_person_button.text()
    tab.add_new_person()
    added = [c for c in contacts.list_contacts(session.db, qingshan.id) if c.full_name == "王芳"]
    assert added and added[0].persona_tier.value == "c_level"


def test_inbox_and_list_columns(qtbot: QtBot, session: Session) -> None:
    window = MainWindow(session, runner=session.runner)
    qtbot.addWidget(window)
    inbox = TriggerInbox(session, window.select_account)
    qtbot.addWidget(inbox)
    assert inbox.table.rowCount() >= 10
    scores = [float(inbox.table.item(r, 0).text()) for r in range(inbox.table.rowCount())]
    assert scores == sorted(scores, reverse=True)
    inbox.type_filter.setCurrentIndex(inbox.type_filter.findData("funding"))
    assert {inbox.table.item(r, 2).text() for r in range(inbox.table.rowCount())} == {"Funding"}
    inbox.mark_seen()
    assert inbox.table.rowCount() == 0 and inbox.empty.isVisibleTo(inbox)
    window.table.sortByColumn(
        AccountColumn.WHY_NOW, __import__("PySide6.QtCore", fromlist=["Qt"]).Qt.SortOrder.DescendingOrder
    )
    top = window.model.index(0, AccountColumn.NAME).data()
    assert top in ("云帆物流科技", "Northwind Freight")


def test_talking_points_follow_the_ui_language_then_the_account(qtbot: QtBot, session: Session) -> None:
    tab = WhyNowTab(session)
    qtbot.addWidget(tab)
    # An English UI: an English account in English, a Chinese account in Chinese.
    tab.set_account(accounts.find_account(session.db, "yunfan-logistics.example").id)
    tab.copy_talking_point()
    assert "云帆物流科技于2026年11月21日完成数亿元B轮融资" in QGuiApplication.clipboard().text()
    before = QLocale()
    QLocale.setDefault(QLocale("zh_CN"))
    try:
        # A Chinese UI: Chinese for every account.
        tab.set_account(accounts.find_account(session.db, "northwind-freight.example").id)
        tab.copy_talking_point()
        assert "Northwind Freight于2026年11月20日完成4000万美元C轮融资" in QGuiApplication.clipboard().text()
    finally:
        QLocale.setDefault(before)


def test_the_talking_point_reads_in_light_and_dark(qtbot: QtBot, session: Session) -> None:
    tab = WhyNowTab(session)
    qtbot.addWidget(tab)
    tab.set_account(accounts.find_account(session.db, "northwind-freight.example").id)
    for palette, dark in ((theme.light_palette(), False), (theme.dark_palette(), True)):
        tab.setPalette(palette)  # the details are drawn again with the new colours
        background, foreground = talking_point_colours(tab.palette())
        assert f"background-color:{background}" in tab.detail.toHtml()
        # Dark text on a light block, or light text on a dark block: never white on light blue.
        assert abs(QColor(background).lightness() - QColor(foreground).lightness()) > 120
        assert (QColor(background).lightness() < 128) is dark
