"""File ▸ Import contacts: every row's account match, tier and fate before anything is written.

Fuzzy company matches ("Acme Corp" for "ACME Corporation") are shown with a
check box: only the ones the user ticks are imported.
"""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtGui import QBrush, QColor
from PySide6.QtWidgets import (
    QCheckBox,
    QDialog,
    QDialogButtonBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QRadioButton,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from app.import_contacts import ContactsPreview
from research.i18n import render
from ui.dialogs.contact_dialog import tier_label
from ui.field_labels import column_mapping, match_label, row_status_label

MAX_ROWS = 3000


class ContactsImportDialog(QDialog):
    def __init__(self, preview: ContactsPreview, file_name: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.preview = preview
        self.setWindowTitle(self.tr("Import contacts from %1").replace("%1", file_name))
        self.resize(980, 600)
        fuzzy = preview.needing_confirmation()
        summary = QLabel(
            self.tr("%1 new, %2 already known, %3 with errors, %4 need you to confirm the account.")
            .replace("%1", str(preview.count("new")))
            .replace("%2", str(preview.count("duplicate")))
            .replace("%3", str(preview.count("error")))
            .replace("%4", str(len(fuzzy)))
        )
        summary.setStyleSheet("font-weight: 600;")
        layout = QVBoxLayout(self)
        layout.addWidget(summary)
        if preview.mapping:
            cols = column_mapping(preview.headers, preview.mapping)
            mapping = QLabel(self.tr("Columns: %1").replace("%1", cols))
            mapping.setWordWrap(True)
            layout.addWidget(mapping)

        headers = [
            self.tr("Row"),
            self.tr("Import?"),
            self.tr("Result"),
            self.tr("Name"),
            self.tr("Title"),
            self.tr("Persona tier"),
            self.tr("Account"),
        ]
        self.table = QTableWidget(min(len(preview.rows), MAX_ROWS), len(headers))
        self.table.setHorizontalHeaderLabels(headers)
        self.table.verticalHeader().hide()
        self.table.setEditTriggers(QTableWidget.EditTrigger.NoEditTriggers)
        colours = {"new": "#2e7d32", "duplicate": "#b26a00", "error": "#c62828"}
        self._confirm_items: dict[int, QTableWidgetItem] = {}
        for r, row in enumerate(preview.rows[:MAX_ROWS]):
            self.table.setItem(r, 0, QTableWidgetItem(str(row.row_number)))
            check = QTableWidgetItem()
            if row.needs_confirmation and row.status != "error":
                check.setFlags(Qt.ItemFlag.ItemIsUserCheckable | Qt.ItemFlag.ItemIsEnabled)
                check.setCheckState(Qt.CheckState.Unchecked)
                check.setToolTip(self.tr("Tick to accept the suggested account"))
                self._confirm_items[row.row_number] = check
            self.table.setItem(r, 1, check)
            status = QTableWidgetItem(row_status_label(row.status) + (f": {row.message}" if row.message else ""))
            status.setForeground(QBrush(QColor(colours.get(row.status, "#555555"))))
            self.table.setItem(r, 2, status)
            self.table.setItem(r, 3, QTableWidgetItem(str(row.fields.get("full_name", ""))))
            self.table.setItem(r, 4, QTableWidgetItem(str(row.fields.get("title", ""))))
            tier = QTableWidgetItem(tier_label(row.tier))
            tier.setToolTip(render(row.tier_reason))
            self.table.setItem(r, 5, tier)
            account = row.account_name or row.company or "—"
            if row.match not in ("none", "domain", "exact_name") and row.account_name:
                account += f"  ({match_label(row.match)}, {row.match_score:.0f}%)"
            self.table.setItem(r, 6, QTableWidgetItem(account))
        self.table.horizontalHeader().setSectionResizeMode(2, QHeaderView.ResizeMode.Stretch)
        layout.addWidget(self.table, 1)

        options = QHBoxLayout()
        self.create_accounts = QCheckBox(
            self.tr("Create accounts for %1 unknown companies").replace("%1", str(len(preview.new_accounts)))
        )
        self.create_accounts.setEnabled(bool(preview.new_accounts))
        self.skip = QRadioButton(self.tr("Skip known contacts"))
        self.update_existing = QRadioButton(self.tr("Update known contacts"))
        self.skip.setChecked(True)
        options.addWidget(self.create_accounts)
        options.addStretch(1)
        options.addWidget(self.skip)
        options.addWidget(self.update_existing)
        layout.addLayout(options)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Cancel)
        self.import_button = buttons.addButton(self.tr("&Import"), QDialogButtonBox.ButtonRole.AcceptRole)
        buttons.accepted.connect(self._on_accept)
        buttons.rejected.connect(self.reject)
        layout.addWidget(buttons)

    def _on_accept(self) -> None:
        ticked = [n for n, item in self._confirm_items.items() if item.checkState() == Qt.CheckState.Checked]
        if ticked:
            self.preview.confirm(ticked)
        self.accept()

    @property
    def on_duplicate(self) -> str:
        return "update" if self.update_existing.isChecked() else "skip"
