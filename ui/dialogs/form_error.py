"""The line under a form that says what is wrong, and puts the cursor where to fix it.

Dialogs keep what was typed when validation fails: they show the
use-case's message here and stay open.
"""

from __future__ import annotations

from PySide6.QtWidgets import QLabel, QWidget


class FormError(QLabel):
    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("formError")
        self.setStyleSheet("color: #c62828;")
        self.setWordWrap(True)
        self.hide()

    def report(self, text: str, form: QWidget, field: str = "") -> None:
        """Show `text`; focus the form's attribute named `field` when there is one."""
        self.setText(text)
        self.show()
        widget = getattr(form, field, None) if field else None
        if isinstance(widget, QWidget):
            widget.setFocus()
