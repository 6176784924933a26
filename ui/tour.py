"""The first-run tour: five short pages that walk the demo workspace through
the ABSD loop (account → why now → people by tier → outreach → hand-off).

Each page selects what it talks about in the main window behind it (the
demo account, then its tabs), so the user sees the real thing rather than a
picture of it. The tour is a small non-modal dialog: Skip closes it at any
page, and "Don't show this again" (ticked by default) keeps it closed on the
next start. Help ▸ Take the tour opens it again.

This module must not change any data; it only selects and shows.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication, QSettings, Qt
from PySide6.QtWidgets import (
    QCheckBox,
    QDialog,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QStackedWidget,
    QVBoxLayout,
    QWidget,
)

from app import accounts, demo
from ui.i18n import is_chinese
from ui.preferences import open_settings

if TYPE_CHECKING:
    from ui.main_window import MainWindow

DONE_KEY = "tour/done"
#: the demo account each language tours (the one with the most people, news and history)
TOUR_ACCOUNTS = {"zh_CN": ("yunfan-logistics.example",), "en": ("northwind-freight.example",)}


@dataclass(frozen=True, slots=True)
class TourPage:
    title: str
    text: str
    #: the account-page tab to show, by its (English) title in the "AccountTabs" context
    tabs: tuple[str, ...] = ()


def _t(text: str) -> str:
    return QCoreApplication.translate("Tour", text)


def pages() -> list[TourPage]:
    return [
        TourPage(
            _t("1 · The account"),
            _t(
                "Everything starts from a target account. The list on the left holds your accounts"
                " with their tier, stage and ICP fit; the page on the right says why this one fits"
                " your ideal customer profile and where it stands."
            ),
        ),
        TourPage(
            _t("2 · Why now"),
            _t(
                "WhyNow reads each account's news and blog feeds and picks out trigger events — "
                "funding, a new executive, an expansion — with the sentence that proves it. A "
                "fresh trigger is your reason to reach out this week."
            ),
            ("Why now",),
        ),
        TourPage(
            _t("3 · People by tier"),
            _t(
                "A deal is won by a buying committee, not one person. The People tab sorts "
                "contacts into three persona tiers — C-Level/VP, Director, Practitioner — and "
                "shows who is still missing."
            ),
            ("People",),
        ),
        TourPage(
            _t("4 · Outreach"),
            _t(
                "Work each tier in its own thread, in parallel: a strategic note to the executive,"
                " a practical one to the practitioner. Every touch is logged against the person "
                "and the account."
            ),
            ("Outreach",),
        ),
        TourPage(
            _t("5 · Hand-off"),
            _t(
                "When a meeting is booked, move the stage and hand the account to your AE with "
                "notes: the trigger, the people, what was said. Ready? Close the tour and open an "
                "account of your own."
            ),
            ("Notes", "Hand-off"),
        ),
    ]


def should_show(settings: QSettings | None = None) -> bool:
    settings = settings if settings is not None else open_settings()
    return str(settings.value(DONE_KEY, "false")).lower() not in ("true", "1")


class TourDialog(QDialog):
    def __init__(self, window: MainWindow, tour_pages: Sequence[TourPage] | None = None,
                 settings: QSettings | None = None) -> None:  # fmt: skip
        super().__init__(window)
        self.setObjectName("tourDialog")
        self.setWindowTitle(self.tr("Welcome to WhyNow"))
        self.setModal(False)
        self.setMinimumWidth(460)
        self._window = window
        self._settings = settings if settings is not None else open_settings()
        self._pages = list(tour_pages if tour_pages is not None else pages())
        self.stack = QStackedWidget()
        for page in self._pages:
            body = QWidget()
            layout = QVBoxLayout(body)
            title = QLabel(page.title)
            title.setStyleSheet("font-size: 14pt; font-weight: 600;")
            text = QLabel(page.text)
            text.setWordWrap(True)
            text.setAlignment(Qt.AlignmentFlag.AlignTop | Qt.AlignmentFlag.AlignLeft)
            layout.addWidget(title)
            layout.addWidget(text, 1)
            self.stack.addWidget(body)
        self.progress = QLabel()
        self.dont_show = QCheckBox(self.tr("&Don't show this again"))
        self.dont_show.setChecked(True)
        self.skip_button = QPushButton(self.tr("&Skip tour"))
        self.back_button = QPushButton(self.tr("&Back"))
        self.next_button = QPushButton(self.tr("&Next"))
        self.next_button.setDefault(True)
        self.skip_button.clicked.connect(self.finish)
        self.back_button.clicked.connect(lambda: self.go(self.stack.currentIndex() - 1))
        self.next_button.clicked.connect(self._on_next)
        buttons = QHBoxLayout()
        buttons.addWidget(self.dont_show)
        buttons.addStretch(1)
        buttons.addWidget(self.progress)
        buttons.addWidget(self.skip_button)
        buttons.addWidget(self.back_button)
        buttons.addWidget(self.next_button)
        layout = QVBoxLayout(self)
        layout.addWidget(self.stack, 1)
        layout.addLayout(buttons)
        self.go(0)

    @property
    def index(self) -> int:
        return self.stack.currentIndex()

    def go(self, index: int) -> None:
        index = max(0, min(index, len(self._pages) - 1))
        self.stack.setCurrentIndex(index)
        self.progress.setText(self.tr("%1 of %2").replace("%1", str(index + 1)).replace("%2", str(len(self._pages))))
        self.back_button.setEnabled(index > 0)
        last = index == len(self._pages) - 1
        self.next_button.setText(self.tr("&Finish") if last else self.tr("&Next"))
        self._show_in_window(self._pages[index])

    def _on_next(self) -> None:
        if self.index == len(self._pages) - 1:
            self.finish()
        else:
            self.go(self.index + 1)

    def finish(self) -> None:
        """Skip or Finish: remember the choice, close."""
        if self.dont_show.isChecked():
            self._settings.setValue(DONE_KEY, True)
            self._settings.sync()
        self.accept()

    def reject(self) -> None:
        # Esc and the window's close button count as Skip.
        self.finish()

    # -- driving the main window ---------------------------------------------------------------
    def _show_in_window(self, page: TourPage) -> None:
        window = self._window
        account_id = tour_account(window)
        if account_id is None:
            return
        if window.page.account_id != account_id:
            window.select_account(account_id)
        tabs = window.page.tabs
        wanted = [QCoreApplication.translate("AccountTabs", t) for t in page.tabs]
        for index in range(tabs.count()):
            if (not page.tabs and index == 0) or tabs.tabText(index) in wanted:
                tabs.setCurrentIndex(index)
                return


def tour_account(window: MainWindow) -> str | None:
    """The demo account the tour shows: the richest one in the UI's language, else the first."""
    db = window.session.db
    for domain in TOUR_ACCOUNTS["zh_CN" if is_chinese() else "en"]:
        found = accounts.find_account(db, domain)
        if found is not None:
            return found.id
    return window.model.account_id(0)


def maybe_start_tour(window: MainWindow, settings: QSettings | None = None) -> TourDialog | None:
    """On the first start with the demo workspace, open the tour beside the window."""
    if not should_show(settings) or not demo.is_demo_workspace(window.session.db):
        return None
    return start_tour(window, settings)


def start_tour(window: MainWindow, settings: QSettings | None = None) -> TourDialog:
    dialog = TourDialog(window, settings=settings)
    dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
    dialog.show()
    return dialog
