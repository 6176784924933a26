"""Light and dark: which one applies, the palettes, and colours that read on both.

"system" follows the operating system's colour scheme (Qt 6.5+ reports it
through QStyleHints.colorScheme and says when it changes). When the native
style cannot draw the scheme wanted (a dark choice on a light system, or any
dark on the offscreen platform) the app switches to Fusion with our palette,
which looks the same on every platform. Widgets that colour text (ICP fit,
errors, badges) take their colours from `colours()` so they stay readable
on both backgrounds.

This module must not read the preferences itself (the caller passes the
choice) nor restyle individual widgets.
"""

from __future__ import annotations

from dataclasses import dataclass

from PySide6.QtCore import QObject, Qt
from PySide6.QtGui import QColor, QGuiApplication, QPalette
from PySide6.QtWidgets import QApplication, QStyleFactory

THEMES = ("system", "light", "dark")
#: dynamic property on the QApplication remembering the style it started with
_NATIVE_STYLE = "whynowNativeStyle"
_FOLLOWER = "whynowThemeFollower"


@dataclass(frozen=True, slots=True)
class Colours:
    """Semantic colours for text and badges, chosen for the current background."""

    positive: str
    warning: str
    negative: str
    muted: str
    badge_text: str
    badge_background: str
    alert_text: str
    alert_background: str


LIGHT_COLOURS = Colours("#2e7d32", "#b26a00", "#c62828", "#6b6b6b", "#664d03", "#fff3cd", "#842029", "#f8d7da")
DARK_COLOURS = Colours("#81c784", "#ffb74d", "#ef9a9a", "#a0a0a0", "#ffe69c", "#4d3d00", "#f1aeb5", "#58151c")


def system_prefers_dark(app: QGuiApplication | None = None) -> bool:
    app = app or QGuiApplication.instance()  # type: ignore[assignment]
    if app is None:
        return False
    return app.styleHints().colorScheme() == Qt.ColorScheme.Dark


def is_dark(palette: QPalette | None = None) -> bool:
    """True when the window background is dark (whatever made it so)."""
    palette = palette or QGuiApplication.palette()
    return palette.color(QPalette.ColorRole.Window).lightness() < 128


def colours(palette: QPalette | None = None) -> Colours:
    return DARK_COLOURS if is_dark(palette) else LIGHT_COLOURS


def dark_palette() -> QPalette:
    """A calm dark palette (not pure black) for Fusion, with readable disabled text."""
    p = QPalette()
    window, base, text = QColor(45, 45, 48), QColor(30, 30, 32), QColor(230, 230, 230)
    role = QPalette.ColorRole
    for r, c in (
        (role.Window, window),
        (role.WindowText, text),
        (role.Base, base),
        (role.AlternateBase, QColor(40, 40, 43)),
        (role.ToolTipBase, QColor(60, 60, 64)),
        (role.ToolTipText, text),
        (role.PlaceholderText, QColor(150, 150, 150)),
        (role.Text, text),
        (role.Button, QColor(55, 55, 58)),
        (role.ButtonText, text),
        (role.BrightText, QColor("#ff6b6b")),
        (role.Light, QColor(75, 75, 78)),
        (role.Midlight, QColor(62, 62, 65)),
        (role.Mid, QColor(110, 110, 114)),
        (role.Dark, QColor(25, 25, 27)),
        (role.Shadow, QColor(0, 0, 0)),
        (role.Highlight, QColor(42, 130, 218)),
        (role.HighlightedText, QColor(255, 255, 255)),
        (role.Link, QColor(110, 170, 255)),
        (role.LinkVisited, QColor(180, 140, 255)),
    ):
        p.setColor(r, c)
    disabled = QPalette.ColorGroup.Disabled
    for r in (role.WindowText, role.Text, role.ButtonText):
        p.setColor(disabled, r, QColor(120, 120, 120))
    p.setColor(disabled, role.Highlight, QColor(80, 80, 80))
    return p


def light_palette() -> QPalette:
    style = QStyleFactory.create("Fusion")
    return style.standardPalette()


def wants_dark(choice: str, app: QGuiApplication | None = None) -> bool:
    return choice == "dark" or (choice == "system" and system_prefers_dark(app))


def apply_theme(app: QApplication, choice: str) -> bool:
    """Apply "system", "light" or "dark" to `app`; returns True when dark.

    Safe to call again (when the preference or the system changes).
    """
    if choice not in THEMES:
        choice = "system"
    native = app.property(_NATIVE_STYLE)
    if not native:
        native = app.style().name()
        app.setProperty(_NATIVE_STYLE, native)
    scheme = {"dark": Qt.ColorScheme.Dark, "light": Qt.ColorScheme.Light}.get(choice, Qt.ColorScheme.Unknown)
    # Tell the platform too (Qt 6.8+), so native dialogs and title bars match; Unknown
    # drops an earlier override, so colorScheme() reports the system's own again.
    app.styleHints().setColorScheme(scheme)
    dark = wants_dark(choice, app)
    if dark:
        if app.style().name().lower() != "fusion":
            app.setStyle("Fusion")
        app.setPalette(dark_palette())
    elif choice == "light" or is_dark(app.style().standardPalette()):
        if app.style().name().lower() != "fusion":
            app.setStyle("Fusion")
        app.setPalette(light_palette())
    else:
        if app.style().name().lower() != str(native).lower():
            app.setStyle(str(native))
        app.setPalette(app.style().standardPalette())
    return dark


class SystemThemeFollower(QObject):
    """Re-applies "system" when the operating system switches light/dark."""

    def __init__(self, app: QApplication, choice: str) -> None:
        super().__init__(app)
        self.setObjectName(_FOLLOWER)
        self._app = app
        self.choice = choice
        app.styleHints().colorSchemeChanged.connect(self._on_scheme_changed)

    def _on_scheme_changed(self, _scheme: Qt.ColorScheme) -> None:
        if self.choice == "system":
            apply_theme(self._app, "system")


def follow_theme(app: QApplication, choice: str) -> bool:
    """Apply `choice` now and keep following the system when it is "system"."""
    follower = app.findChild(SystemThemeFollower, _FOLLOWER)
    if follower is None:
        follower = SystemThemeFollower(app, choice)
    follower.choice = choice
    return apply_theme(app, choice)


def style_chart(chart: object, palette: QPalette | None = None) -> None:
    """Give a QChart the light or dark chart theme that matches the window.

    QtCharts draws a white card by default, whatever the palette; call this
    before adding series (a chart theme resets series colours).
    """
    from PySide6.QtCharts import QChart

    assert isinstance(chart, QChart)
    dark = is_dark(palette)
    chart.setTheme(QChart.ChartTheme.ChartThemeDark if dark else QChart.ChartTheme.ChartThemeLight)
    # A flat card in the window's own base colour, not the theme's gradient.
    chart.setBackgroundBrush((palette or QGuiApplication.palette()).color(QPalette.ColorRole.Base))
