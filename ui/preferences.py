"""Every user setting, declared once: key, type, default, title and description.

The preferences dialog is generated from these declarations, so a setting
cannot exist in the code without a place in the dialog and words saying
what it does. Values live in QSettings (per user); a few belong to the open
workspace instead (the buying-committee targets travel with its accounts)
and are read and written through `app` use-cases by the dialog.

Reading is forgiving: a hand-edited or outdated value that does not fit its
type falls back to the default, and numbers are clamped to their range.
`upgrade()` brings settings written by an older WhyNow up to date, one
numbered step at a time, and leaves settings from a newer WhyNow alone.

This module must not build widgets (ui/dialogs/preferences_dialog.py does)
nor apply a setting to the running app (the main window does).
"""

from __future__ import annotations

import json
import logging
from collections.abc import Callable, Mapping, Sequence
from dataclasses import dataclass
from functools import cache
from importlib import resources
from typing import Any, Generic, TypeVar, cast

from PySide6 import QtCore
from PySide6.QtCore import QCoreApplication, QSettings

# PySide6's stub says QT_TRANSLATE_NOOP returns object; it returns the source text, which these tables hold.
QT_TRANSLATE_NOOP = cast("Callable[[str, str], str]", QtCore.QT_TRANSLATE_NOOP)

log = logging.getLogger(__name__)

ORGANIZATION = "WhyNow"
APPLICATION = "WhyNow"
CONTEXT = "Preferences"
#: which layout of settings this WhyNow writes; raise it with each new upgrade step
SETTINGS_VERSION = 1
VERSION_KEY = "settings/version"

T = TypeVar("T")


def open_settings() -> QSettings:
    """The per-user settings file (~/.config/WhyNow/WhyNow.conf on Linux).

    Named explicitly so it is the same file with or without a QApplication
    whose organisation name was set.
    """
    return QSettings(ORGANIZATION, APPLICATION)


def tr(text: str) -> str:
    return QCoreApplication.translate(CONTEXT, text)


@dataclass(frozen=True, slots=True)
class Choice:
    value: str
    #: English, translated when shown; `native` labels (language names) are shown as written
    label: str
    native: bool = False

    def text(self) -> str:
        return self.label if self.native else tr(self.label)


@dataclass(frozen=True, slots=True)
class Setting(Generic[T]):
    key: str
    default: T
    title: str
    description: str
    section: str
    choices: tuple[Choice, ...] = ()
    minimum: float | None = None
    maximum: float | None = None
    #: shown instead of the minimum number (e.g. 0 minutes: "Off")
    special: str = ""
    #: written after the number ("min")
    unit: str = ""
    #: how to edit it when the type alone does not say: "path", "weights", "committee"
    kind: str = ""
    #: "user" (QSettings) or "workspace" (stored in the open workspace through `app`)
    scope: str = "user"
    #: takes effect the next time WhyNow starts
    restart: bool = False

    @property
    def value_type(self) -> type:
        return type(self.default)


@dataclass(frozen=True, slots=True)
class Link:
    """A row in the dialog that opens another dialog (the setting lives elsewhere)."""

    section: str
    title: str
    description: str
    action: str  # a key of the `actions` mapping the main window hands the dialog


# Section names, in the dialog's order.
GENERAL = QT_TRANSLATE_NOOP("Preferences", "General")
WORKSPACE = QT_TRANSLATE_NOOP("Preferences", "Workspace")
FEEDS = QT_TRANSLATE_NOOP("Preferences", "Feeds")
COMMITTEE = QT_TRANSLATE_NOOP("Preferences", "Buying committee")
TRIGGERS = QT_TRANSLATE_NOOP("Preferences", "Trigger weights")
SECTIONS = (GENERAL, WORKSPACE, FEEDS, COMMITTEE, TRIGGERS)


@cache
def trigger_types() -> dict[str, tuple[str, float]]:
    """Trigger types with their English label and built-in weight, from resources/triggers.json."""
    try:
        data = json.loads(resources.files("resources").joinpath("triggers.json").read_text("utf-8"))
    except (FileNotFoundError, ValueError):
        return {}
    types = data.get("types", {})
    return {name: (str(spec.get("label") or name), float(spec.get("weight", 0.5))) for name, spec in types.items()}


USER_NAME: Setting[str] = Setting(
    "user/name",
    "",
    QT_TRANSLATE_NOOP("Preferences", "Your name"),
    QT_TRANSLATE_NOOP(
        "Preferences",
        "Written as the owner of accounts you add and beside every stage move you make.",
    ),
    GENERAL,
)
USER_ROLE: Setting[str] = Setting(
    "user/role",
    "sdr",
    QT_TRANSLATE_NOOP("Preferences", "Your role"),
    QT_TRANSLATE_NOOP(
        "Preferences",
        "SDRs research accounts and open conversations; AEs take an account over at the hand-off.",
    ),
    GENERAL,
    choices=(
        Choice("sdr", QT_TRANSLATE_NOOP("Preferences", "SDR (sales development)")),
        Choice("ae", QT_TRANSLATE_NOOP("Preferences", "AE (account executive)")),
    ),
)
LANGUAGE: Setting[str] = Setting(
    "ui/language",
    "system",
    QT_TRANSLATE_NOOP("Preferences", "Language"),
    QT_TRANSLATE_NOOP(
        "Preferences",
        "The language of menus, dialogs, dates and numbers. Applies the next time WhyNow starts.",
    ),
    GENERAL,
    choices=(
        Choice("system", QT_TRANSLATE_NOOP("Preferences", "Same as the system")),
        Choice("en", "English", native=True),
        Choice("zh_CN", "简体中文", native=True),
    ),
    restart=True,
)
THEME: Setting[str] = Setting(
    "ui/theme",
    "system",
    QT_TRANSLATE_NOOP("Preferences", "Theme"),
    QT_TRANSLATE_NOOP(
        "Preferences",
        "Light or dark colours. “Same as the system” follows the system as it changes.",
    ),
    GENERAL,
    choices=(
        Choice("system", QT_TRANSLATE_NOOP("Preferences", "Same as the system")),
        Choice("light", QT_TRANSLATE_NOOP("Preferences", "Light")),
        Choice("dark", QT_TRANSLATE_NOOP("Preferences", "Dark")),
    ),
)
CURRENCY: Setting[str] = Setting(
    "ui/currency",
    "auto",
    QT_TRANSLATE_NOOP("Preferences", "Currency"),
    QT_TRANSLATE_NOOP(
        "Preferences",
        "Money without a currency of its own (quota, pipeline) is shown in this one. "
        "In Chinese, large sums read in 万 and 亿.",
    ),
    GENERAL,
    choices=(
        Choice(
            "auto",
            QT_TRANSLATE_NOOP("Preferences", "From the language (¥ for Chinese, $ otherwise)"),
        ),
        Choice("CNY", QT_TRANSLATE_NOOP("Preferences", "Chinese yuan (¥)")),
        Choice("USD", QT_TRANSLATE_NOOP("Preferences", "US dollar ($)")),
        Choice("EUR", QT_TRANSLATE_NOOP("Preferences", "Euro (€)")),
        Choice("GBP", QT_TRANSLATE_NOOP("Preferences", "Pound sterling (£)")),
    ),
)
WORKSPACE_PATH: Setting[str] = Setting(
    "workspace/default_path",
    "",
    QT_TRANSLATE_NOOP("Preferences", "Workspace at start-up"),
    QT_TRANSLATE_NOOP(
        "Preferences",
        "The workspace file WhyNow opens when started without --workspace. Empty: "
        "the standard one in your user data folder. Applies the next time WhyNow starts.",
    ),
    WORKSPACE,
    kind="path",
    restart=True,
)
REFRESH_MINUTES: Setting[int] = Setting(
    "feeds/refresh_minutes",
    60,
    QT_TRANSLATE_NOOP("Preferences", "Refresh feeds every"),
    QT_TRANSLATE_NOOP(
        "Preferences",
        "While WhyNow is open it fetches new items from every feed this often, in "
        "the background. Off: only when you press F5.",
    ),
    FEEDS,
    minimum=0,
    maximum=24 * 60,
    special=QT_TRANSLATE_NOOP("Preferences", "Off"),
    unit=QT_TRANSLATE_NOOP("Preferences", "min"),
)
REFRESH_WORKERS: Setting[int] = Setting(
    "feeds/workers",
    8,
    QT_TRANSLATE_NOOP("Preferences", "Feeds fetched at once"),
    QT_TRANSLATE_NOOP(
        "Preferences",
        "More is faster on a good connection; fewer is gentler on a slow one or behind a strict proxy.",
    ),
    FEEDS,
    minimum=1,
    maximum=32,
)
COMMITTEE_TARGETS: Setting[dict[str, Any]] = Setting(
    "committee_defaults",
    {},
    QT_TRANSLATE_NOOP("Preferences", "Contacts wanted per account tier"),
    QT_TRANSLATE_NOOP(
        "Preferences",
        "How many people of each persona tier you want to know at an account of "
        "each tier: the People tab measures coverage and names the gaps against these numbers. "
        "Stored in this workspace, so everyone who opens it sees the same targets.",
    ),
    COMMITTEE,
    kind="committee",
    scope="workspace",
)
TRIGGER_WEIGHTS: Setting[dict[str, Any]] = Setting(
    "triggers/weights",
    {},
    QT_TRANSLATE_NOOP("Preferences", "Weight of each trigger type"),
    QT_TRANSLATE_NOOP(
        "Preferences",
        "How much a fresh trigger of each type adds to an account's why-now score "
        "(0 ignores the type, 1 is the strongest). Stored in this workspace, so everyone "
        "who opens it sees the same scores.",
    ),
    TRIGGERS,
    kind="weights",
    scope="workspace",
    minimum=0.0,
    maximum=2.0,
)

#: every setting, in the order the dialog shows them
SETTINGS: tuple[Setting[Any], ...] = (
    USER_NAME,
    USER_ROLE,
    LANGUAGE,
    THEME,
    CURRENCY,
    WORKSPACE_PATH,
    REFRESH_MINUTES,
    REFRESH_WORKERS,
    COMMITTEE_TARGETS,
    TRIGGER_WEIGHTS,
)
LINKS: tuple[Link, ...] = (
    Link(
        WORKSPACE,
        QT_TRANSLATE_NOOP("Preferences", "Ideal customer profile"),
        QT_TRANSLATE_NOOP(
            "Preferences",
            "The criteria every account in this workspace is scored against "
            "(also under Workspace ▸ Ideal customer profile…).",
        ),
        "edit_icp",
    ),
)


def coerce(setting: Setting[T], raw: object) -> T:
    """`raw` as the setting's type, or the default when it does not fit.

    QSettings hands back strings from an ini file ("60", "true"); a value
    edited by hand may be anything.
    """
    if raw is None:
        return setting.default
    kind = setting.value_type
    try:
        value: Any
        if kind is bool:
            value = raw if isinstance(raw, bool) else str(raw).strip().lower() in ("1", "true", "yes", "on")
        elif kind is int:
            value = int(float(raw))  # type: ignore[arg-type]
        elif kind is float:
            value = float(raw)  # type: ignore[arg-type]
        elif kind is dict:
            value = json.loads(raw) if isinstance(raw, str) else dict(raw)  # type: ignore[call-overload]
            if not isinstance(value, dict):
                return setting.default
        else:
            value = str(raw)
    except (TypeError, ValueError):
        return setting.default
    if kind in (int, float):
        if setting.minimum is not None:
            value = max(value, kind(setting.minimum))
        if setting.maximum is not None:
            value = min(value, kind(setting.maximum))
    if setting.kind == "weights":
        value = _clean_weights(setting, value)
    if setting.choices and value not in {c.value for c in setting.choices}:
        return setting.default
    return cast(T, value)


def _clean_weights(setting: Setting[Any], value: Mapping[str, Any]) -> dict[str, float]:
    """Known trigger types with a number in range; anything else is dropped."""
    known = trigger_types()
    low = setting.minimum if setting.minimum is not None else 0.0
    high = setting.maximum if setting.maximum is not None else float("inf")
    clean: dict[str, float] = {}
    for name, weight in value.items():
        if name not in known:
            continue
        try:
            clean[name] = min(max(float(weight), low), high)
        except (TypeError, ValueError):
            continue
    return clean


# -- upgrades -------------------------------------------------------------------------------------

UpgradeStep = tuple[int, Callable[[QSettings], None]]


def _to_version_1(settings: QSettings) -> None:
    """Before the preferences (0.1): only the recent-workspace list was stored, and a
    one-item list came back from the ini file as a plain string. Store a list,
    without empty entries."""
    recent = settings.value("workspace/recent")
    if recent is None:
        return
    items = [recent] if isinstance(recent, str) else list(recent)
    settings.setValue("workspace/recent", [str(p) for p in items if p])


#: (version reached, step) in order; append, never edit a released step
UPGRADES: tuple[UpgradeStep, ...] = ((1, _to_version_1),)


def upgrade(settings: QSettings, steps: Sequence[UpgradeStep] = UPGRADES) -> list[int]:
    """Run the steps newer than the stored version, in order; returns the versions applied.

    Settings written by a newer WhyNow (a higher version) are left as they
    are: this version reads what it understands and defaults the rest.
    """
    latest = max((v for v, _ in steps), default=0)
    current = coerce(Setting(VERSION_KEY, 0, "", "", ""), settings.value(VERSION_KEY))
    if current > latest:
        log.info("Settings are from a newer WhyNow (version %s); not upgrading", current)
        return []
    applied = []
    for version, step in steps:
        if version > current:
            step(settings)
            settings.setValue(VERSION_KEY, version)
            applied.append(version)
    if current < latest:
        settings.sync()
    return applied


class Preferences:
    """Typed access to the user's settings: `prefs.get(THEME)` is a str, always valid."""

    def __init__(self, settings: QSettings | None = None) -> None:
        self.settings = settings if settings is not None else open_settings()
        upgrade(self.settings)

    def get(self, setting: Setting[T]) -> T:
        if setting.scope != "user":
            raise ValueError(f"{setting.key} is stored in the workspace, not in the user's settings")
        return coerce(setting, self.settings.value(setting.key))

    def set(self, setting: Setting[T], value: T) -> None:
        if setting.scope != "user":
            raise ValueError(f"{setting.key} is stored in the workspace, not in the user's settings")
        checked = coerce(setting, json.dumps(value) if isinstance(value, dict) else value)
        if checked == setting.default:
            # Not storing defaults lets a later version change a default users never chose.
            self.settings.remove(setting.key)
        else:
            self.settings.setValue(setting.key, json.dumps(checked) if isinstance(checked, dict) else checked)

    def reset(self, setting: Setting[Any]) -> None:
        self.settings.remove(setting.key)

    def sync(self) -> None:
        self.settings.sync()

    # Shorthands for what the app reads at start-up.
    def currency(self, chinese: bool) -> str:
        chosen = self.get(CURRENCY)
        return chosen if chosen != "auto" else ("CNY" if chinese else "USD")
