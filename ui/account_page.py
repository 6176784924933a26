"""The account page: overview (facts, ICP fit, stage history) plus one tab per
part of the ABSD loop. Tabs are widgets with `set_account(account_id)`;
later features add theirs through `add_tab`."""

from __future__ import annotations

import html
from typing import Protocol, cast

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import (
    QComboBox,
    QFormLayout,
    QFrame,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QListWidget,
    QListWidgetItem,
    QPushButton,
    QScrollArea,
    QStackedWidget,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)

from app import accounts
from app.errors import UserError
from research.types import Account, Stage
from ui.i18n import format_date, format_number
from ui.models.accounts import stage_label
from ui.session import Session


class AccountTab(Protocol):
    def set_account(self, account_id: str | None) -> None: ...


class OverviewTab(QScrollArea):
    edit_requested = Signal()

    def __init__(self, session: Session, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._session = session
        self._account: Account | None = None
        self.setWidgetResizable(True)
        self.setFrameShape(QFrame.Shape.NoFrame)
        body = QWidget()
        self.setWidget(body)
        layout = QVBoxLayout(body)

        self.title = QLabel()
        self.title.setObjectName("accountTitle")
        self.title.setStyleSheet("font-size: 18pt; font-weight: 600;")
        self.title.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.subtitle = QLabel()
        self.subtitle.setOpenExternalLinks(False)
        self.demo_badge = QLabel(self.tr("Demo account — fictional data"))
        self.demo_badge.setStyleSheet("background: #fff3cd; color: #664d03; border-radius: 4px; padding: 2px 6px;")
        edit = QPushButton(self.tr("&Edit…"))
        edit.clicked.connect(self.edit_requested)
        head = QHBoxLayout()
        head_text = QVBoxLayout()
        head_text.addWidget(self.title)
        head_text.addWidget(self.subtitle)
        head.addLayout(head_text, 1)
        head.addWidget(self.demo_badge, 0, Qt.AlignmentFlag.AlignTop)
        head.addWidget(edit, 0, Qt.AlignmentFlag.AlignTop)
        layout.addLayout(head)

        facts = QGroupBox(self.tr("Facts"))
        self.facts = QFormLayout(facts)
        self._fact_labels: dict[str, QLabel] = {}
        for key, label in (
            ("domain", self.tr("Domain")),
            ("industry", self.tr("Industry")),
            ("employees", self.tr("Employees")),
            ("where", self.tr("Region / country")),
            ("tier", self.tr("Tier")),
            ("owner", self.tr("Owner (SDR)")),
            ("ae", self.tr("AE")),
            ("description", self.tr("About")),
        ):
            value = QLabel()
            value.setWordWrap(True)
            value.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
            self._fact_labels[key] = value
            self.facts.addRow(label, value)

        icp_box = QGroupBox(self.tr("ICP fit"))
        icp_layout = QVBoxLayout(icp_box)
        self.icp_score = QLabel()
        self.icp_score.setStyleSheet("font-size: 14pt; font-weight: 600;")
        self.icp_reasons = QLabel()
        self.icp_reasons.setWordWrap(True)
        self.icp_reasons.setTextFormat(Qt.TextFormat.RichText)
        icp_layout.addWidget(self.icp_score)
        icp_layout.addWidget(self.icp_reasons)
        icp_layout.addStretch(1)

        row = QHBoxLayout()
        row.addWidget(facts, 3)
        row.addWidget(icp_box, 2)
        layout.addLayout(row)

        stage_box = QGroupBox(self.tr("Stage"))
        stage_layout = QVBoxLayout(stage_box)
        move = QHBoxLayout()
        self.stage_combo = QComboBox()
        for s in Stage:
            self.stage_combo.addItem(stage_label(s.value), s.value)
        self.move_button = QPushButton(self.tr("&Move to stage"))
        self.move_button.clicked.connect(self._on_move_stage)
        self.stage_combo.currentIndexChanged.connect(self._update_move_button)
        move.addWidget(QLabel(self.tr("Current stage:")))
        move.addWidget(self.stage_combo)
        move.addWidget(self.move_button)
        move.addStretch(1)
        stage_layout.addLayout(move)
        self.history = QListWidget()
        self.history.setObjectName("stageHistory")
        self.history.setMinimumHeight(120)
        stage_layout.addWidget(QLabel(self.tr("History (newest first):")))
        stage_layout.addWidget(self.history)
        layout.addWidget(stage_box)
        layout.addStretch(1)

    def set_account(self, account_id: str | None) -> None:
        self._account = accounts.get_account(self._session.db, account_id) if account_id else None
        a = self._account
        if a is None:
            return
        self.title.setText(a.name)
        link = f'<a href="{a.website}">{a.website}</a>' if a.website else self.tr("no website")
        self.subtitle.setText(link)
        self.demo_badge.setVisible(a.is_demo)
        unknown = self.tr("unknown")
        self._fact_labels["domain"].setText(a.domain or unknown)
        self._fact_labels["industry"].setText(a.industry or unknown)
        employees = format_number(a.employees) if a.employees else unknown
        self._fact_labels["employees"].setText(employees)
        self._fact_labels["where"].setText(" · ".join(x for x in (a.region, a.country) if x) or unknown)
        self._fact_labels["tier"].setText(self.tr("Tier %n", "", a.tier))
        self._fact_labels["owner"].setText(a.owner or "—")
        self._fact_labels["ae"].setText(a.ae or "—")
        self._fact_labels["description"].setText(a.description or "—")
        if a.icp_score is None:
            self.icp_score.setText(self.tr("Not scored"))
            self.icp_reasons.setText(
                self.tr("Define your ideal customer profile (Workspace ▸ Ideal customer profile…) to score accounts.")
            )
        else:
            self.icp_score.setText(self.tr("%1 / 100").replace("%1", str(a.icp_score)))
            lines = [
                f'<span style="color:{"#2e7d32" if r.matched else "#c62828"}">{"✓" if r.matched else "✗"}</span> '
                f"{html.escape(r.detail)}"
                for r in a.icp_reasons
            ]
            self.icp_reasons.setText("<br>".join(lines))
        self.stage_combo.blockSignals(True)
        self.stage_combo.setCurrentIndex(self.stage_combo.findData(a.stage.value))
        self.stage_combo.blockSignals(False)
        self._update_move_button()
        self.history.clear()
        for change in reversed(accounts.stage_history(self._session.db, a.id)):
            frm = stage_label(change.from_stage.value) if change.from_stage else "—"
            text = f"{format_date(change.changed_at)}   {frm} → {stage_label(change.to_stage.value)}"
            if change.changed_by:
                text += "   " + self.tr("by %1").replace("%1", change.changed_by)
            if change.reason:
                # "created" is written by the app; other reasons are the user's own words.
                reason = self.tr("created") if change.reason == "created" else change.reason
                text += f"   ({reason})"
            self.history.addItem(QListWidgetItem(text))

    def _update_move_button(self) -> None:
        a = self._account
        self.move_button.setEnabled(a is not None and self.stage_combo.currentData() != a.stage.value)

    def _on_move_stage(self) -> None:
        if self._account is None:
            return
        try:
            accounts.move_stage(
                self._session.db, self._account.id, self.stage_combo.currentData(), user=self._session.user
            )
        except UserError as exc:
            self._session.status_message.emit(str(exc), 5000)
            return
        self._session.account_changed.emit(self._account.id)
        self._session.status_message.emit(
            self.tr("%1 moved to %2")
            .replace("%1", self._account.name)
            .replace("%2", stage_label(self.stage_combo.currentData())),
            4000,
        )


class AccountPage(QWidget):
    edit_requested = Signal()

    def __init__(self, session: Session, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._session = session
        self._account_id: str | None = None
        self.stack = QStackedWidget()
        self.empty = QLabel(
            self.tr(
                "Select an account on the left, or press Ctrl+N to add one.\n"
                "Import a CSV from Salesforce or HubSpot with File ▸ Import accounts…"
            )
        )
        self.empty.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.empty.setWordWrap(True)
        self.tabs = QTabWidget()
        self.tabs.setDocumentMode(True)
        self.overview = OverviewTab(session)
        self.overview.edit_requested.connect(self.edit_requested)
        self.tabs.addTab(self.overview, self.tr("Overview"))
        self.stack.addWidget(self.empty)
        self.stack.addWidget(self.tabs)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.stack)
        self.tabs.currentChanged.connect(self._on_tab_changed)
        self._stale: set[int] = set()

    def add_tab(self, widget: QWidget, title: str) -> int:
        return self.tabs.addTab(widget, title)

    @property
    def account_id(self) -> str | None:
        return self._account_id

    def set_account(self, account_id: str | None) -> None:
        self._account_id = account_id
        self.stack.setCurrentWidget(self.tabs if account_id else self.empty)
        # Only the visible tab loads now; the others load when shown.
        self._stale = set(range(self.tabs.count()))
        self._load(self.tabs.currentIndex())

    def reload(self) -> None:
        self.set_account(self._account_id)

    def _on_tab_changed(self, index: int) -> None:
        self._load(index)

    def _load(self, index: int) -> None:
        if index in self._stale and self._account_id:
            # every tab but the overview comes through add_tab from a panel with set_account
            widget = cast(AccountTab, self.tabs.widget(index))
            widget.set_account(self._account_id)
            self._stale.discard(index)
