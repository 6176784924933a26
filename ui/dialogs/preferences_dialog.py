"""Edit ▸ Preferences: one page per section, one row per declared setting.

Generated from ui/preferences.py: each setting's type (or `kind`) picks its
editor, its title labels the row and its description sits under it, so a
new setting needs no code here. Settings stored in the workspace (the
buying-committee targets) are read and written through `app.contacts`.
Nothing is saved until OK; "Restore defaults" resets the page shown.

The dialog itself does not touch the running app: it reports which
settings changed (`changed`), and `apply_preferences` makes the main window
follow them.
"""

from __future__ import annotations

from collections.abc import Callable, Mapping
from typing import Any

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtGui import QPalette
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QDoubleSpinBox,
    QFileDialog,
    QFormLayout,
    QGridLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QMessageBox,
    QPushButton,
    QScrollArea,
    QSpinBox,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)
from sqlite_utils import Database

from app import contacts, triggers
from app.errors import UserError
from ui import preferences as P
from ui.preferences import Preferences, Setting

PERSONA_TIERS = ("c_level", "director", "practitioner")
ACCOUNT_TIERS = (1, 2, 3)


def persona_label(tier: str) -> str:
    t = QCoreApplication.translate
    return {
        "c_level": t("Persona", "C-Level/VP"),
        "director": t("Persona", "Director"),
        "practitioner": t("Persona", "Practitioner"),
    }[tier]


class CommitteeEditor(QWidget):
    """Contacts wanted per account tier (rows) and persona tier (columns)."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        grid = QGridLayout(self)
        grid.setContentsMargins(0, 0, 0, 0)
        self.spins: dict[tuple[int, str], QSpinBox] = {}
        for column, tier in enumerate(PERSONA_TIERS, start=1):
            grid.addWidget(QLabel(persona_label(tier)), 0, column, Qt.AlignmentFlag.AlignCenter)
        for row, account_tier in enumerate(ACCOUNT_TIERS, start=1):
            grid.addWidget(
                QLabel(QCoreApplication.translate("Preferences", "Tier %n accounts", "", account_tier)),
                row,
                0,
            )
            for column, tier in enumerate(PERSONA_TIERS, start=1):
                spin = QSpinBox()
                spin.setRange(0, 50)
                spin.setObjectName(f"committee_{account_tier}_{tier}")
                self.spins[(account_tier, tier)] = spin
                grid.addWidget(spin, row, column)

    def set_mix(self, mix: Mapping[int, Mapping[str, int]]) -> None:
        for (account_tier, tier), spin in self.spins.items():
            spin.setValue(int(mix.get(account_tier, {}).get(tier, 0)))

    def mix(self) -> dict[int, dict[str, int]]:
        result: dict[int, dict[str, int]] = {t: {} for t in ACCOUNT_TIERS}
        for (account_tier, tier), spin in self.spins.items():
            result[account_tier][tier] = spin.value()
        return result


class WeightsEditor(QWidget):
    """One number per trigger type; the built-in weight is shown as the placeholder."""

    def __init__(self, setting: Setting[Any], parent: QWidget | None = None) -> None:
        super().__init__(parent)
        form = QFormLayout(self)
        form.setContentsMargins(0, 0, 0, 0)
        self.spins: dict[str, QDoubleSpinBox] = {}
        self.builtin: dict[str, float] = {}
        for name, (label, weight) in P.trigger_types().items():
            spin = QDoubleSpinBox()
            spin.setObjectName(f"weight_{name}")
            spin.setDecimals(2)
            spin.setSingleStep(0.1)
            spin.setRange(float(setting.minimum or 0.0), float(setting.maximum or 2.0))
            spin.setValue(weight)
            self.spins[name] = spin
            self.builtin[name] = weight
            form.addRow(QCoreApplication.translate("TriggerType", label), spin)

    def set_weights(self, chosen: Mapping[str, float]) -> None:
        for name, spin in self.spins.items():
            spin.setValue(float(chosen.get(name, self.builtin[name])))

    def weights(self) -> dict[str, float]:
        """The weights that differ from the built-in ones (later built-in changes still apply)."""
        return {n: round(s.value(), 2) for n, s in self.spins.items() if abs(s.value() - self.builtin[n]) > 1e-9}


class PathEditor(QWidget):
    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        layout = QHBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        self.edit = QLineEdit()
        from app import workspace

        self.edit.setPlaceholderText(str(workspace.default_path()))
        browse = QPushButton(self.tr("&Browse…"))
        browse.clicked.connect(self._on_browse)
        layout.addWidget(self.edit, 1)
        layout.addWidget(browse)

    def _on_browse(self) -> None:
        path, _ = QFileDialog.getSaveFileName(
            self,
            self.tr("Workspace at start-up"),
            self.edit.text() or self.edit.placeholderText(),
            self.tr("WhyNow workspaces (*.whynow)"),
            options=QFileDialog.Option.DontConfirmOverwrite,
        )
        if path:
            self.edit.setText(path)


class PreferencesDialog(QDialog):
    def __init__(self, prefs: Preferences, db: Database | None = None,
                 actions: Mapping[str, Callable[[], Any]] | None = None,
                 parent: QWidget | None = None) -> None:  # fmt: skip
        super().__init__(parent)
        self.setObjectName("preferencesDialog")
        self.setWindowTitle(self.tr("Preferences"))
        self.setMinimumWidth(640)
        self.prefs = prefs
        self._db = db
        self._actions = dict(actions or {})
        self.editors: dict[str, QWidget] = {}
        #: keys of the settings whose value changed on OK
        self.changed: set[str] = set()
        self.tabs = QTabWidget()
        self._section_settings: dict[int, list[Setting[Any]]] = {}
        for section in P.SECTIONS:
            settings = [s for s in P.SETTINGS if s.section == section and (s.scope == "user" or db is not None)]
            links = [link for link in P.LINKS if link.section == section and link.action in self._actions]
            if not settings and not links:
                continue
            index = self.tabs.addTab(self._page(settings, links), P.tr(section))
            self._section_settings[index] = settings
        buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel
            | QDialogButtonBox.StandardButton.RestoreDefaults
        )  # fmt: skip
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        buttons.button(QDialogButtonBox.StandardButton.RestoreDefaults).clicked.connect(self.restore_page_defaults)
        self.buttons = buttons
        layout = QVBoxLayout(self)
        layout.addWidget(self.tabs, 1)
        layout.addWidget(buttons)
        self._committee_before: dict[int, dict[str, int]] | None = None
        self._weights_before: dict[str, float] = {}
        self._committee_reset = False
        self.load()

    # -- building ------------------------------------------------------------------------------
    def _page(self, settings: list[Setting[Any]], links: list[P.Link]) -> QWidget:
        body = QWidget()
        form = QFormLayout(body)
        form.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.AllNonFixedFieldsGrow)
        for setting in settings:
            editor = self._editor(setting)
            editor.setToolTip(P.tr(setting.description))
            self.editors[setting.key] = editor
            cell = QWidget()
            column = QVBoxLayout(cell)
            column.setContentsMargins(0, 0, 0, 6)
            column.addWidget(editor)
            column.addWidget(self._description(P.tr(setting.description)))
            form.addRow(P.tr(setting.title), cell)
        for link in links:
            button = QPushButton(P.tr(link.title) + "…")
            button.setObjectName(f"link_{link.action}")
            button.clicked.connect(self._actions[link.action])
            cell = QWidget()
            column = QVBoxLayout(cell)
            column.setContentsMargins(0, 0, 0, 6)
            column.addWidget(button, 0, Qt.AlignmentFlag.AlignLeft)
            column.addWidget(self._description(P.tr(link.description)))
            form.addRow("", cell)
        scroll = QScrollArea()
        scroll.setWidgetResizable(True)
        scroll.setFrameShape(QScrollArea.Shape.NoFrame)
        scroll.setWidget(body)
        return scroll

    @staticmethod
    def _description(text: str) -> QLabel:
        label = QLabel(text)
        label.setWordWrap(True)
        # A palette role, not a colour: it follows a switch between light and dark.
        label.setForegroundRole(QPalette.ColorRole.PlaceholderText)
        return label

    def _editor(self, setting: Setting[Any]) -> QWidget:
        if setting.kind == "committee":
            return CommitteeEditor()
        if setting.kind == "weights":
            return WeightsEditor(setting)
        if setting.kind == "path":
            return PathEditor()
        if setting.choices:
            combo = QComboBox()
            for choice in setting.choices:
                combo.addItem(choice.text(), choice.value)
            return combo
        if setting.value_type is bool:
            return QCheckBox()
        if setting.value_type is int:
            spin = QSpinBox()
            spin.setRange(
                int(setting.minimum or 0),
                int(setting.maximum if setting.maximum is not None else 10**6),
            )
            if setting.special:
                spin.setSpecialValueText(P.tr(setting.special))
            if setting.unit:
                spin.setSuffix(" " + P.tr(setting.unit))
            return spin
        if setting.value_type is float:
            double = QDoubleSpinBox()
            double.setRange(float(setting.minimum or 0.0), float(setting.maximum or 1e6))
            return double
        return QLineEdit()

    # -- values --------------------------------------------------------------------------------
    def _committee_mix(self) -> dict[int, dict[str, int]]:
        assert self._db is not None
        defaults = contacts.committee_defaults(self._db)
        return {t: {p.value: n for p, n in target.mix.items()} for t, target in defaults.targets.items()}

    def load(self) -> None:
        for setting in P.SETTINGS:
            editor = self.editors.get(setting.key)
            if editor is None:
                continue
            if setting.scope == "workspace":
                if isinstance(editor, WeightsEditor):
                    assert self._db is not None
                    self._weights_before = triggers.weight_overrides(self._db)
                    editor.set_weights(self._weights_before)
                if isinstance(editor, CommitteeEditor):
                    try:
                        self._committee_before = self._committee_mix()
                    except UserError as exc:  # a broken workspace setting: show defaults, say why
                        editor.setToolTip(str(exc))
                        self._committee_before = {}
                    editor.set_mix(self._committee_before)
                continue
            self._show(setting, editor, self.prefs.get(setting))

    def _show(self, setting: Setting[Any], editor: QWidget, value: Any) -> None:
        if isinstance(editor, QComboBox):
            editor.setCurrentIndex(max(0, editor.findData(value)))
        elif isinstance(editor, QCheckBox):
            editor.setChecked(bool(value))
        elif isinstance(editor, (QSpinBox, QDoubleSpinBox)):
            editor.setValue(value)
        elif isinstance(editor, WeightsEditor):
            editor.set_weights(value)
        elif isinstance(editor, PathEditor):
            editor.edit.setText(str(value))
        elif isinstance(editor, QLineEdit):
            editor.setText(str(value))

    def value(self, setting: Setting[Any]) -> Any:
        """What the editor for `setting` holds now."""
        editor = self.editors[setting.key]
        if isinstance(editor, QComboBox):
            return editor.currentData()
        if isinstance(editor, QCheckBox):
            return editor.isChecked()
        if isinstance(editor, (QSpinBox, QDoubleSpinBox)):
            return editor.value()
        if isinstance(editor, WeightsEditor):
            return editor.weights()
        if isinstance(editor, CommitteeEditor):
            return editor.mix()
        if isinstance(editor, PathEditor):
            return editor.edit.text().strip()
        assert isinstance(editor, QLineEdit)
        return editor.text().strip()

    def restore_page_defaults(self) -> None:
        for setting in self._section_settings.get(self.tabs.currentIndex(), []):
            editor = self.editors[setting.key]
            if isinstance(editor, CommitteeEditor):
                editor.set_mix(self._builtin_mix())
                self._committee_reset = True
            else:
                self._show(setting, editor, setting.default)

    def accept(self) -> None:
        self.changed = set()
        for setting in P.SETTINGS:
            if setting.key not in self.editors:
                continue
            if setting.scope == "workspace":
                saved = self._save_weights(setting) if setting.kind == "weights" else self._save_committee(setting)
                if not saved:
                    return
                continue
            new = self.value(setting)
            if new != self.prefs.get(setting):
                self.prefs.set(setting, new)
                self.changed.add(setting.key)
        self.prefs.sync()
        super().accept()

    def _save_weights(self, setting: Setting[Any]) -> bool:
        """Store the workspace's weights and re-score its accounts (only when they changed)."""
        assert self._db is not None
        chosen = self.value(setting)
        if chosen == self._weights_before:
            return True
        changes = {name: chosen.get(name) for name in {*chosen, *self._weights_before}}
        try:
            # Re-scoring every account can take a while: apply_preferences runs it on a worker.
            triggers.set_trigger_weights(self._db, changes, rescore=False)
        except UserError as exc:
            QMessageBox.warning(self, self.tr("Cannot save"), str(exc))
            return False
        self.changed.add(setting.key)
        return True

    def _save_committee(self, setting: Setting[Any]) -> bool:
        assert self._db is not None
        mix = self.value(setting)
        if mix == self._committee_before and not self._committee_reset:
            return True
        try:
            if self._committee_reset and mix == self._builtin_mix():
                contacts.set_committee_defaults(self._db, None)
            else:
                contacts.set_committee_defaults(
                    self._db, {"account_tiers": {str(t): {"mix": m} for t, m in mix.items()}}
                )
        except UserError as exc:
            QMessageBox.warning(self, self.tr("Cannot save"), str(exc))
            return False
        self.changed.add(setting.key)
        return True

    @staticmethod
    def _builtin_mix() -> dict[int, dict[str, int]]:
        from research.committee import load_defaults

        return {t: {p.value: n for p, n in x.mix.items()} for t, x in load_defaults(None).targets.items()}


# -- applying to the running app -----------------------------------------------------------------

AUTO_REFRESH = "autoRefreshTimer"


def apply_preferences(window: Any, prefs: Preferences | None = None, changed: set[str] | None = None) -> None:
    """Make the main window follow the preferences (all of them, or the `changed` keys).

    The theme applies at once; the refresh timer restarts with its new
    interval; your name applies to what you do next. Language and the
    start-up workspace apply the next time WhyNow starts (the window says so).
    """
    from PySide6.QtCore import QTimer
    from PySide6.QtWidgets import QApplication

    from ui import theme

    prefs = prefs or Preferences()
    keys = changed if changed is not None else {s.key for s in P.SETTINGS}
    timer = window.findChild(QTimer, AUTO_REFRESH)
    if timer is None:
        timer = QTimer(window)
        timer.setObjectName(AUTO_REFRESH)
        # A background refresh never interrupts a task the user started.
        timer.timeout.connect(lambda: window.refresh_feeds() if window._task is None else None)
    if P.REFRESH_MINUTES.key in keys:
        minutes = prefs.get(P.REFRESH_MINUTES)
        timer.stop()
        # A read-only window (reviewing a received account file) has nothing to refresh.
        if minutes > 0 and not getattr(window.session, "read_only", False):
            timer.start(minutes * 60_000)
    if changed is None:
        return  # at start-up, make_application and the session already have the rest
    if P.THEME.key in keys:
        theme.follow_theme(QApplication.instance(), prefs.get(P.THEME))  # type: ignore[arg-type]
    if P.USER_NAME.key in keys and prefs.get(P.USER_NAME):
        window.session.user = prefs.get(P.USER_NAME)
    if keys & {s.key for s in P.SETTINGS if s.restart}:
        message = QCoreApplication.translate(
            "Preferences",
            "Saved. The language and the start-up workspace change the next time WhyNow starts.",
        )
        window.statusBar().showMessage(message, 8000)
    if P.TRIGGER_WEIGHTS.key in keys:
        window.rescore_why_now()
    if P.COMMITTEE_TARGETS.key in keys:
        window.session.accounts_changed.emit()
        if window.page.account_id:
            window.page.reload()


def open_preferences(window: Any) -> PreferencesDialog:
    """Edit ▸ Preferences: show the dialog; on OK, apply what changed."""
    prefs = Preferences()
    dialog = PreferencesDialog(prefs, window.session.db, {"edit_icp": window.edit_icp}, window)
    if dialog.exec():
        apply_preferences(window, prefs, dialog.changed)
    return dialog
