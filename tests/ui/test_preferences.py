"""Preferences: declared once, typed and forgiving, upgraded from older versions, edited
in a dialog generated from the declarations, and followed by the running window."""

from __future__ import annotations

from pathlib import Path
from typing import Any

import pytest
from PySide6.QtCore import QSettings
from PySide6.QtGui import QAction
from PySide6.QtWidgets import (
    QApplication,
    QComboBox,
    QDialogButtonBox,
    QLineEdit,
    QPushButton,
    QSpinBox,
)
from pytestqt.qtbot import QtBot

from app import contacts
from app.workspace import open_workspace
from ui import preferences as P
from ui import theme
from ui.dialogs.preferences_dialog import (
    AUTO_REFRESH,
    CommitteeEditor,
    PreferencesDialog,
    WeightsEditor,
    apply_preferences,
)
from ui.main_window import MainWindow
from ui.preferences import Preferences
from ui.session import Session
from ui.workers import TaskRunner


@pytest.fixture
def settings(tmp_path: Path) -> QSettings:
    return QSettings(str(tmp_path / "WhyNow.conf"), QSettings.Format.IniFormat)


@pytest.fixture
def prefs(settings: QSettings) -> Preferences:
    return Preferences(settings)


@pytest.fixture
def session(workspace_path: Path) -> Session:
    db = open_workspace(workspace_path, demo_if_new=True)
    return Session(workspace_path, db, user="Tester", runner=TaskRunner(synchronous=True))


@pytest.fixture
def window(qtbot: QtBot, session: Session, qapp: QApplication) -> Any:
    win = MainWindow(session, runner=session.runner)
    qtbot.addWidget(win)
    win.show()
    yield win
    theme.apply_theme(qapp, "system")  # a test may have switched to dark


# -- declarations ------------------------------------------------------------------------------


def test_every_setting_is_declared_once_with_words_for_the_user() -> None:
    keys = [s.key for s in P.SETTINGS]
    assert len(keys) == len(set(keys))
    for setting in P.SETTINGS:
        assert setting.title and setting.description and setting.section in P.SECTIONS, setting.key
        assert P.coerce(setting, setting.default) == setting.default, setting.key


def test_the_issue_settings_are_all_there() -> None:
    wanted = {
        "user/name", "user/role", "workspace/default_path", "feeds/refresh_minutes",
        "feeds/workers", "committee_defaults", "triggers/weights", "ui/language", "ui/theme",
    }  # fmt: skip
    assert wanted <= {s.key for s in P.SETTINGS}
    assert any(link.action == "edit_icp" for link in P.LINKS)


# -- reading and writing -------------------------------------------------------------------------


def test_values_come_back_typed(prefs: Preferences, settings: QSettings) -> None:
    prefs.set(P.REFRESH_MINUTES, 15)
    prefs.set(P.USER_NAME, "王静")
    prefs.set(P.THEME, "dark")
    prefs.sync()
    again = Preferences(QSettings(settings.fileName(), QSettings.Format.IniFormat))
    assert again.get(P.REFRESH_MINUTES) == 15 and isinstance(again.get(P.REFRESH_MINUTES), int)
    assert again.get(P.USER_NAME) == "王静"
    assert again.get(P.THEME) == "dark"


def test_a_broken_or_hand_edited_value_falls_back_or_is_clamped(prefs: Preferences, settings: QSettings) -> None:
    settings.setValue(P.REFRESH_MINUTES.key, "soon")
    settings.setValue(P.REFRESH_WORKERS.key, "500")
    settings.setValue(P.LANGUAGE.key, "klingon")
    assert prefs.get(P.REFRESH_MINUTES) == 60  # the default
    assert prefs.get(P.REFRESH_WORKERS) == 32  # the maximum
    assert prefs.get(P.LANGUAGE) == "system"


def test_defaults_are_not_stored(prefs: Preferences, settings: QSettings) -> None:
    prefs.set(P.REFRESH_MINUTES, 15)
    assert settings.contains(P.REFRESH_MINUTES.key)
    prefs.set(P.REFRESH_MINUTES, 60)
    assert not settings.contains(P.REFRESH_MINUTES.key)


def test_workspace_settings_are_not_read_from_the_user_settings(prefs: Preferences) -> None:
    with pytest.raises(ValueError, match="workspace"):
        prefs.get(P.COMMITTEE_TARGETS)


# -- upgrades ------------------------------------------------------------------------------------


def test_settings_of_the_first_version_upgrade(settings: QSettings) -> None:
    settings.setValue("workspace/recent", "/home/me/accounts.whynow")  # a one-item list, stored as a string
    Preferences(settings)
    assert settings.value(P.VERSION_KEY) in (1, "1")
    assert settings.value("workspace/recent") == ["/home/me/accounts.whynow"]


def test_upgrade_steps_run_once_in_order_and_skip_done_ones(settings: QSettings) -> None:
    ran: list[int] = []
    steps = [
        (1, lambda s: ran.append(1)),
        (2, lambda s: ran.append(2)),
        (3, lambda s: ran.append(3)),
    ]
    settings.setValue(P.VERSION_KEY, 1)
    assert P.upgrade(settings, steps) == [2, 3]
    assert ran == [2, 3]
    assert P.upgrade(settings, steps) == []  # already there
    assert ran == [2, 3]


def test_settings_from_a_newer_version_are_left_alone(settings: QSettings) -> None:
    settings.setValue(P.VERSION_KEY, 99)
    settings.setValue("workspace/recent", "kept as is")
    assert P.upgrade(settings) == []
    assert settings.value(P.VERSION_KEY) in (99, "99")
    assert settings.value("workspace/recent") == "kept as is"


# -- the dialog ----------------------------------------------------------------------------------


def test_the_dialog_has_an_editor_for_every_setting(qtbot: QtBot, prefs: Preferences, session: Session) -> None:
    dialog = PreferencesDialog(prefs, session.db, {"edit_icp": lambda: None})
    qtbot.addWidget(dialog)
    assert set(dialog.editors) == {s.key for s in P.SETTINGS}
    assert dialog.tabs.count() == len(P.SECTIONS)


def test_ok_saves_what_changed_and_cancel_nothing(qtbot: QtBot, prefs: Preferences, session: Session) -> None:
    dialog = PreferencesDialog(prefs, session.db)
    qtbot.addWidget(dialog)
    name = dialog.editors[P.USER_NAME.key]
    assert isinstance(name, QLineEdit)
    name.setText("  李雷 ")
    minutes = dialog.editors[P.REFRESH_MINUTES.key]
    assert isinstance(minutes, QSpinBox) and minutes.specialValueText()  # 0 reads "Off"
    minutes.setValue(0)
    dialog.reject()
    assert prefs.get(P.USER_NAME) == ""
    dialog = PreferencesDialog(prefs, session.db)
    qtbot.addWidget(dialog)
    dialog.editors[P.USER_NAME.key].setText("李雷")  # type: ignore[attr-defined]
    combo = dialog.editors[P.THEME.key]
    assert isinstance(combo, QComboBox)
    combo.setCurrentIndex(combo.findData("dark"))
    dialog.buttons.button(QDialogButtonBox.StandardButton.Ok).click()
    assert prefs.get(P.USER_NAME) == "李雷" and prefs.get(P.THEME) == "dark"
    assert dialog.changed == {P.USER_NAME.key, P.THEME.key}


def test_restore_defaults_resets_the_page_shown(qtbot: QtBot, prefs: Preferences) -> None:
    prefs.set(P.REFRESH_WORKERS, 2)
    dialog = PreferencesDialog(prefs)
    qtbot.addWidget(dialog)
    dialog.tabs.setCurrentIndex([dialog.tabs.tabText(i) for i in range(dialog.tabs.count())].index("Feeds"))
    dialog.restore_page_defaults()
    dialog.accept()
    assert prefs.get(P.REFRESH_WORKERS) == P.REFRESH_WORKERS.default


def test_committee_targets_are_saved_in_the_workspace(qtbot: QtBot, prefs: Preferences, session: Session) -> None:
    dialog = PreferencesDialog(prefs, session.db)
    qtbot.addWidget(dialog)
    editor = dialog.editors[P.COMMITTEE_TARGETS.key]
    assert isinstance(editor, CommitteeEditor)
    editor.spins[(1, "c_level")].setValue(5)
    dialog.accept()
    tier1 = contacts.committee_defaults(session.db).targets[1]
    assert {t.value: n for t, n in tier1.mix.items()}["c_level"] == 5
    dialog = PreferencesDialog(prefs, session.db)
    qtbot.addWidget(dialog)
    dialog.tabs.setCurrentIndex(P.SECTIONS.index(P.COMMITTEE))
    dialog.restore_page_defaults()
    dialog.accept()
    tier1 = contacts.committee_defaults(session.db).targets[1]
    assert {t.value: n for t, n in tier1.mix.items()}["c_level"] == 3  # resources/committee.json


def test_trigger_weights_are_saved_in_the_workspace_and_rescore(
    qtbot: QtBot, prefs: Preferences, session: Session, window: MainWindow
) -> None:
    """The demo's accounts have funding triggers: weighting funding 0 lowers their why-now scores."""
    from app import accounts, triggers

    def scores() -> dict[str, float]:
        return {r["name"]: r["why_now_score"] or 0 for r in accounts.list_rows(session.db)}

    before = scores()
    dialog = PreferencesDialog(prefs, session.db)
    qtbot.addWidget(dialog)
    editor = dialog.editors[P.TRIGGER_WEIGHTS.key]
    assert isinstance(editor, WeightsEditor) and "funding" in editor.spins
    editor.spins["funding"].setValue(0.0)
    editor.spins["award"].setValue(0.0)
    dialog.accept()
    assert triggers.weight_overrides(session.db) == {"funding": 0.0, "award": 0.0}  # only what differs
    apply_preferences(window, prefs, dialog.changed)  # re-scores on the window's task runner
    after = scores()
    assert sum(after.values()) < sum(before.values())
    assert all(after[name] <= before[name] for name in before)
    # opened again: the dialog shows the workspace's weights; restoring the defaults re-scores back
    dialog = PreferencesDialog(prefs, session.db)
    qtbot.addWidget(dialog)
    assert dialog.editors[P.TRIGGER_WEIGHTS.key].spins["funding"].value() == 0.0  # type: ignore[attr-defined]
    dialog.tabs.setCurrentIndex(P.SECTIONS.index(P.TRIGGERS))
    dialog.restore_page_defaults()
    dialog.accept()
    apply_preferences(window, prefs, dialog.changed)
    assert triggers.weight_overrides(session.db) == {} and scores() == before


def test_the_icp_link_opens_the_icp_dialog(qtbot: QtBot, prefs: Preferences, session: Session) -> None:
    opened: list[bool] = []
    dialog = PreferencesDialog(prefs, session.db, {"edit_icp": lambda: opened.append(True)})
    qtbot.addWidget(dialog)
    button = dialog.findChild(QPushButton, "link_edit_icp")
    assert button is not None
    button.click()
    assert opened == [True]


# -- the window follows ----------------------------------------------------------------------


def test_preferences_are_in_the_edit_menu_with_ctrl_comma(window: MainWindow) -> None:
    actions = {a.text().replace("&", ""): a for a in window.findChildren(QAction)}
    assert actions["Preferences…"].shortcut().toString() == "Ctrl+,"


def test_the_window_follows_interval_theme_and_name(window: MainWindow, qapp: QApplication) -> None:
    prefs = Preferences()
    timer = window.findChild(type(window._filter_timer), AUTO_REFRESH)
    assert timer is not None and timer.isActive() and timer.interval() == 60 * 60_000
    prefs.set(P.REFRESH_MINUTES, 0)
    prefs.set(P.THEME, "dark")
    prefs.set(P.USER_NAME, "韩梅梅")
    apply_preferences(window, prefs, {P.REFRESH_MINUTES.key, P.THEME.key, P.USER_NAME.key})
    assert not timer.isActive()
    assert theme.is_dark(qapp.palette())
    assert window.session.user == "韩梅梅"


def test_refresh_uses_the_chosen_number_of_workers(window: MainWindow, monkeypatch: pytest.MonkeyPatch) -> None:
    from app import feeds

    seen: dict[str, Any] = {}

    def fake_refresh(db: Any, **kwargs: Any) -> None:
        seen.update(kwargs)

    Preferences().set(P.REFRESH_WORKERS, 3)
    monkeypatch.setattr(feeds, "refresh", fake_refresh)
    monkeypatch.setattr(window, "_on_refresh_done", lambda summary: None)
    window.refresh_feeds()
    assert seen["workers"] == 3


def test_a_read_only_window_never_refreshes_by_itself(window: MainWindow) -> None:
    window.session.read_only = True  # type: ignore[attr-defined]  # what a review session says
    apply_preferences(window, Preferences(), {P.REFRESH_MINUTES.key})
    timer = window.findChild(type(window._filter_timer), AUTO_REFRESH)
    assert timer is not None and not timer.isActive()
