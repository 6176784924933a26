"""File ▸ Import accounts: a preview of the column mapping and of every row
before anything is written, with the user's choice for duplicates."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtGui import QBrush, QColor
from PySide6.QtWidgets import (
    QButtonGroup,
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

from app.import_accounts import AccountsPreview
from ui.field_labels import column_mapping, field_label, row_status_label

MAX_PREVIEW_ROWS = 2000


class ImportPreviewDialog(QDialog):
    def __init__(self, preview: AccountsPreview, file_name: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.preview = preview
        self.setWindowTitle(self.tr("Import accounts from %1").replace("%1", file_name))
        self.resize(860, 560)
        mapping = column_mapping(preview.headers, preview.mapping)
        summary = QLabel(
            self.tr("%1 new, %2 already in the workspace, %3 with errors.")
            .replace("%1", str(preview.count("new")))
            .replace("%2", str(preview.count("duplicate")))
            .replace("%3", str(preview.count("error")))
        )
        summary.setStyleSheet("font-weight: 600;")
        columns = QLabel(self.tr("Columns: %1").replace("%1", mapping))
        columns.setWordWrap(True)
        layout = QVBoxLayout(self)
        layout.addWidget(summary)
        layout.addWidget(columns)
        if preview.unmapped_headers:
            skipped = QLabel(self.tr("Not imported: %1").replace("%1", ", ".join(preview.unmapped_headers)))
            skipped.setWordWrap(True)
            layout.addWidget(skipped)

        fields = list(preview.mapping)
        self.table = QTableWidget(min(len(preview.rows), MAX_PREVIEW_ROWS), 2 + len(fields))
        self.table.setHorizontalHeaderLabels([self.tr("Row"), self.tr("Result"), *map(field_label, fields)])
        self.table.verticalHeader().hide()
        self.table.setEditTriggers(QTableWidget.EditTrigger.NoEditTriggers)
        colours = {"new": "#2e7d32", "duplicate": "#b26a00", "error": "#c62828"}
        for r, row in enumerate(preview.rows[:MAX_PREVIEW_ROWS]):
            self.table.setItem(r, 0, QTableWidgetItem(str(row.row_number)))
            status = QTableWidgetItem(row_status_label(row.status) + (f": {row.message}" if row.message else ""))
            status.setForeground(QBrush(QColor(colours[row.status])))
            self.table.setItem(r, 1, status)
            for c, f in enumerate(fields):
                value = row.fields.get(f, "")
                self.table.setItem(r, 2 + c, QTableWidgetItem("" if value is None else str(value)))
        self.table.horizontalHeader().setSectionResizeMode(1, QHeaderView.ResizeMode.ResizeToContents)
        layout.addWidget(self.table, 1)

        dup_row = QHBoxLayout()
        dup_row.addWidget(QLabel(self.tr("Accounts already in the workspace (same domain):")))
        self.skip = QRadioButton(self.tr("&Skip them"))
        self.update_existing = QRadioButton(self.tr("&Update them from the file"))
        self.skip.setChecked(True)
        group = QButtonGroup(self)
        group.addButton(self.skip)
        group.addButton(self.update_existing)
        dup_row.addWidget(self.skip)
        dup_row.addWidget(self.update_existing)
        dup_row.addStretch(1)
        layout.addLayout(dup_row)

        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Cancel)
        self.import_button = buttons.addButton(self.tr("&Import"), QDialogButtonBox.ButtonRole.AcceptRole)
        self.import_button.setEnabled(preview.count("new") + preview.count("duplicate") > 0)
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        layout.addWidget(buttons)
        self.table.setFocus(Qt.FocusReason.OtherFocusReason)

    @property
    def on_duplicate(self) -> str:
        return "update" if self.update_existing.isChecked() else "skip"
