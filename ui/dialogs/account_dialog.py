"""New / edit account dialog. Validation is the use-case's: the dialog shows
its message beside the field and stays open, so nothing typed is lost."""

from __future__ import annotations

from typing import Any

from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QLineEdit,
    QPlainTextEdit,
    QSpinBox,
    QVBoxLayout,
    QWidget,
)
from sqlite_utils import Database

from app import accounts
from app.errors import ValidationError
from research.types import Account, Stage
from ui.dialogs.form_error import FormError
from ui.models.accounts import stage_label


class AccountDialog(QDialog):
    def __init__(
        self, db: Database, account: Account | None = None, user: str = "", parent: QWidget | None = None
    ) -> None:
        super().__init__(parent)
        self._db = db
        self._account = account
        self._user = user
        self.result_account: Account | None = None
        self.setWindowTitle(self.tr("Edit account") if account else self.tr("New account"))
        self.setMinimumWidth(460)

        self.name = QLineEdit()
        self.name.setPlaceholderText(self.tr("Company name, e.g. Acme GmbH or 云帆物流科技"))
        self.domain = QLineEdit()
        self.domain.setPlaceholderText(self.tr("acme.com (a web address works too)"))
        self.website = QLineEdit()
        self.industry = QLineEdit()
        self.employees = QSpinBox()
        self.employees.setRange(0, 5_000_000)
        self.employees.setSpecialValueText(self.tr("unknown"))
        self.employees.setGroupSeparatorShown(True)
        self.region = QLineEdit()
        self.country = QLineEdit()
        self.tier = QComboBox()
        for t in (1, 2, 3):
            self.tier.addItem(self.tr("Tier %n", "", t), t)
        self.stage = QComboBox()
        for s in Stage:
            self.stage.addItem(stage_label(s.value), s.value)
        self.owner = QLineEdit()
        self.ae = QLineEdit()
        self.description = QPlainTextEdit()
        self.description.setFixedHeight(70)
        self.error = FormError()

        form = QFormLayout()
        form.addRow(self.tr("&Name*"), self.name)
        form.addRow(self.tr("&Domain"), self.domain)
        form.addRow(self.tr("&Website"), self.website)
        form.addRow(self.tr("&Industry"), self.industry)
        form.addRow(self.tr("E&mployees"), self.employees)
        form.addRow(self.tr("&Region"), self.region)
        form.addRow(self.tr("&Country"), self.country)
        form.addRow(self.tr("&Tier"), self.tier)
        form.addRow(self.tr("&Stage"), self.stage)
        form.addRow(self.tr("&Owner (SDR)"), self.owner)
        form.addRow(self.tr("&AE"), self.ae)
        form.addRow(self.tr("Descri&ption"), self.description)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Save | QDialogButtonBox.StandardButton.Cancel)
        buttons.accepted.connect(self._on_save)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addWidget(self.error)
        layout.addWidget(buttons)

        if account:
            self._fill(account)
        else:
            self.tier.setCurrentIndex(2)
            self.owner.setText(user)

    def _fill(self, a: Account) -> None:
        self.name.setText(a.name)
        self.domain.setText(a.domain)
        self.website.setText(a.website)
        self.industry.setText(a.industry)
        self.employees.setValue(a.employees or 0)
        self.region.setText(a.region)
        self.country.setText(a.country)
        self.tier.setCurrentIndex(a.tier - 1)
        self.stage.setCurrentIndex(self.stage.findData(a.stage.value))
        self.owner.setText(a.owner)
        self.ae.setText(a.ae)
        self.description.setPlainText(a.description)

    def fields(self) -> dict[str, Any]:
        return {
            "name": self.name.text(),
            "domain": self.domain.text(),
            "website": self.website.text(),
            "industry": self.industry.text(),
            "employees": self.employees.value() or None,
            "region": self.region.text(),
            "country": self.country.text(),
            "tier": self.tier.currentData(),
            "stage": self.stage.currentData(),
            "owner": self.owner.text(),
            "ae": self.ae.text(),
            "description": self.description.toPlainText(),
        }

    def _on_save(self) -> None:
        try:
            if self._account is None:
                self.result_account = accounts.create_account(self._db, self.fields(), user=self._user)
            else:
                self.result_account = accounts.update_account(
                    self._db, self._account.id, self.fields(), user=self._user
                )
        except ValidationError as exc:
            self.error.report(str(exc), self, exc.field)
            return
        self.accept()
