"""New / edit contact. The persona tier is automatic from the title unless set here by hand."""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QVBoxLayout,
    QWidget,
)
from sqlite_utils import Database

from app import contacts
from app.errors import UserError, ValidationError
from research.i18n import render
from research.types import BuyingRole, Contact, ContactStatus, PersonaTier
from ui.dialogs.form_error import FormError


def tier_label(tier: PersonaTier | str) -> str:
    t = QCoreApplication.translate
    return {
        "c_level": t("Persona", "C-Level/VP"),
        "director": t("Persona", "Director"),
        "practitioner": t("Persona", "Practitioner"),
        "unknown": t("Persona", "Not classified"),
    }.get(str(tier), str(tier))


def role_label(role: BuyingRole | str) -> str:
    t = QCoreApplication.translate
    return {
        "decision_maker": t("BuyingRole", "Decision maker"),
        "economic_buyer": t("BuyingRole", "Economic buyer"),
        "champion": t("BuyingRole", "Champion"),
        "influencer": t("BuyingRole", "Influencer"),
        "evaluator": t("BuyingRole", "Evaluator"),
        "user": t("BuyingRole", "User"),
        "blocker": t("BuyingRole", "Blocker"),
        "unknown": t("BuyingRole", "Role unknown"),
    }.get(str(role), str(role))


def status_label(status: ContactStatus | str) -> str:
    t = QCoreApplication.translate
    return {
        "active": t("ContactStatus", "Active"),
        "left": t("ContactStatus", "Left the company"),
        "do_not_contact": t("ContactStatus", "Do not contact"),
    }.get(str(status), str(status))


class ContactDialog(QDialog):
    def __init__(
        self, db: Database, account_id: str, contact: Contact | None = None, parent: QWidget | None = None
    ) -> None:
        super().__init__(parent)
        self._db = db
        self._account_id = account_id
        self._contact = contact
        self.result_contact: Contact | None = None
        self.setWindowTitle(self.tr("Edit contact") if contact else self.tr("New contact"))
        self.setMinimumWidth(460)
        self.full_name = QLineEdit()
        self.title = QLineEdit()
        self.title.setPlaceholderText(self.tr("e.g. VP Sales, Head of Growth (EMEA), 技术总监"))
        self.tier_hint = QLabel()
        self.tier_hint.setStyleSheet("color: palette(mid);")
        self.title.textChanged.connect(self._update_hint)
        self.department = QLineEdit()
        self.email = QLineEdit()
        self.phone = QLineEdit()
        self.linkedin_url = QLineEdit()
        self.linkedin_url.setPlaceholderText("https://www.linkedin.com/in/…")
        self.persona_tier = QComboBox()
        self.persona_tier.addItem(self.tr("Automatic (from the title)"), "unknown")
        for tier in (PersonaTier.C_LEVEL, PersonaTier.DIRECTOR, PersonaTier.PRACTITIONER):
            self.persona_tier.addItem(tier_label(tier), tier.value)
        self.buying_role = QComboBox()
        for role in BuyingRole:
            self.buying_role.addItem(role_label(role), role.value)
        self.buying_role.setCurrentIndex(self.buying_role.findData("unknown"))
        self.status = QComboBox()
        for status in ContactStatus:
            self.status.addItem(status_label(status), status.value)
        self.reports_to = QComboBox()
        self.reports_to.addItem(self.tr("(nobody known)"), None)
        for other in contacts.list_contacts(db, account_id):
            if contact is None or other.id != contact.id:
                self.reports_to.addItem(
                    f"{other.full_name} — {other.title}" if other.title else other.full_name, other.id
                )
        self.notes = QPlainTextEdit()
        self.notes.setFixedHeight(60)
        self.error = FormError()
        form = QFormLayout()
        form.addRow(self.tr("&Name*"), self.full_name)
        form.addRow(self.tr("&Title"), self.title)
        form.addRow("", self.tier_hint)
        form.addRow(self.tr("&Persona tier"), self.persona_tier)
        form.addRow(self.tr("&Department"), self.department)
        form.addRow(self.tr("&Email"), self.email)
        form.addRow(self.tr("P&hone"), self.phone)
        form.addRow(self.tr("&LinkedIn"), self.linkedin_url)
        form.addRow(self.tr("&Buying role"), self.buying_role)
        form.addRow(self.tr("&Status"), self.status)
        form.addRow(self.tr("&Reports to"), self.reports_to)
        form.addRow(self.tr("N&otes"), self.notes)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Save | QDialogButtonBox.StandardButton.Cancel)
        buttons.accepted.connect(self._on_save)
        buttons.rejected.connect(self.reject)
        self.buttons = buttons
        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addWidget(self.error)
        layout.addWidget(buttons)
        if contact:
            self.full_name.setText(contact.full_name)
            self.title.setText(contact.title)
            self.department.setText(contact.department)
            self.email.setText(contact.email)
            self.phone.setText(contact.phone)
            self.linkedin_url.setText(contact.linkedin_url)
            if contact.tier_is_manual:
                self.persona_tier.setCurrentIndex(self.persona_tier.findData(contact.persona_tier.value))
            self.buying_role.setCurrentIndex(self.buying_role.findData(contact.buying_role.value))
            self.status.setCurrentIndex(self.status.findData(contact.status.value))
            if contact.reports_to:
                self.reports_to.setCurrentIndex(max(0, self.reports_to.findData(contact.reports_to)))
            self.notes.setPlainText(contact.notes)
        self._update_hint()

    def _update_hint(self) -> None:
        if not self.title.text().strip():
            self.tier_hint.setText("")
            return
        tier, _confidence, reason = contacts.classify_title(self.title.text())
        hint = self.tr("Automatic: %1 (%2)").replace("%1", tier_label(tier))
        self.tier_hint.setText(hint.replace("%2", render(reason)))

    def fields(self) -> dict[str, Any]:
        return {
            "full_name": self.full_name.text(),
            "title": self.title.text(),
            "department": self.department.text(),
            "email": self.email.text(),
            "phone": self.phone.text(),
            "linkedin_url": self.linkedin_url.text(),
            "persona_tier": self.persona_tier.currentData(),
            "buying_role": self.buying_role.currentData(),
            "status": self.status.currentData(),
            "reports_to": self.reports_to.currentData(),
            "notes": self.notes.toPlainText(),
        }

    def _on_save(self) -> None:
        try:
            if self._contact is None:
                self.result_contact = contacts.add_contact(self._db, self._account_id, self.fields())
            else:
                self.result_contact = contacts.edit_contact(self._db, self._contact.id, self.fields())
        except ValidationError as exc:
            self.error.report(str(exc), self, exc.field)
            return
        except UserError as exc:  # duplicates and the like
            self.error.report(str(exc), self)
            return
        self.accept()
