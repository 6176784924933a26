"""Workspace ▸ Ideal customer profile: the criteria every account is scored against."""

from __future__ import annotations

from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QLabel,
    QLineEdit,
    QSpinBox,
    QVBoxLayout,
    QWidget,
)

from research.types import IcpProfile


def _split(text: str) -> list[str]:
    return [part.strip() for part in text.replace("，", ",").split(",") if part.strip()]


class IcpDialog(QDialog):
    def __init__(self, profile: IcpProfile, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Ideal customer profile"))
        self.setMinimumWidth(520)
        intro = QLabel(
            self.tr(
                "Accounts get a 0–100 fit score from the criteria you fill in, with the reasons. "
                "Separate several values with commas. Empty criteria are not scored."
            )
        )
        intro.setWordWrap(True)
        self.industries = QLineEdit(", ".join(profile.industries))
        self.regions = QLineEdit(", ".join(profile.regions))
        self.emp_min = QSpinBox()
        self.emp_max = QSpinBox()
        for box, value in ((self.emp_min, profile.employees_min), (self.emp_max, profile.employees_max)):
            box.setRange(0, 5_000_000)
            box.setSpecialValueText(self.tr("any"))
            box.setGroupSeparatorShown(True)
            box.setValue(value or 0)
        self.must = QLineEdit(", ".join(profile.must_have))
        self.nice = QLineEdit(", ".join(profile.nice_to_have))
        form = QFormLayout()
        form.addRow(self.tr("Industries"), self.industries)
        form.addRow(self.tr("Employees at least"), self.emp_min)
        form.addRow(self.tr("Employees at most"), self.emp_max)
        form.addRow(self.tr("Regions / countries"), self.regions)
        form.addRow(self.tr("Must-have keywords"), self.must)
        form.addRow(self.tr("Nice-to-have keywords"), self.nice)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Save | QDialogButtonBox.StandardButton.Cancel)
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(intro)
        layout.addLayout(form)
        layout.addWidget(buttons)

    def profile(self) -> IcpProfile:
        return IcpProfile(
            industries=_split(self.industries.text()),
            employees_min=self.emp_min.value() or None,
            employees_max=self.emp_max.value() or None,
            regions=_split(self.regions.text()),
            must_have=_split(self.must.text()),
            nice_to_have=_split(self.nice.text()),
        )
