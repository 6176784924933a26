"""Chinese UI: every visible string translated, Qt's own too; dates, numbers and money
the Chinese way; the catalogue compiled at run time and kept in step with the code.

The untranslated-string test builds the real windows with the demo workspace
in zh_CN, walks every widget, action, menu, tab, header, cell, chart and
tooltip, and lists each English string that is neither data (account names,
domains… anything stored in the workspace) nor an accepted word of our own
Chinese (ICP, SDR, CSV…). Text the layers below the UI compose (ICP reasons,
committee gaps, KPI explanations, row errors) is checked the same way: it goes
through `research.i18n.translate`/`phrase`, so there is no list of accepted
English any more.
"""

from __future__ import annotations

import html
import importlib
import importlib.util
import json
import os
import re
import shutil
import time
from collections.abc import Callable, Iterator
from pathlib import Path

import pytest
from PySide6.QtCore import QDate, QLocale, Qt
from PySide6.QtGui import QAction, QFont, QTextLayout
from PySide6.QtWidgets import (
    QAbstractButton,
    QAbstractItemView,
    QAbstractSpinBox,
    QApplication,
    QComboBox,
    QDialogButtonBox,
    QGroupBox,
    QHeaderView,
    QLabel,
    QLineEdit,
    QListView,
    QMenu,
    QPlainTextEdit,
    QProgressBar,
    QSpinBox,
    QTabBar,
    QTabWidget,
    QTextEdit,
    QWidget,
)
from pytestqt.qtbot import QtBot

from app import accounts, contacts, import_accounts, import_contacts
from app.workspace import open_workspace
from ui import i18n
from ui.session import Session
from ui.workers import TaskRunner

#: Latin words shown on purpose though no translation uses them
NATIVE_NAMES = {"English"}
#: addresses of any kind are data: URLs, e-mail, domains, file paths
ADDRESS = re.compile(r"\b[a-z][a-z0-9+.-]*://\S*|\S+@\S+|(?:[\w-]+\.)+[a-z]{2,}\b/?\S*|(?:^|\s)/\S+", re.I)

CJK = re.compile(r"[\u4e00-\u9fff]")
ACRONYM = re.compile(r"^[A-Z][A-Z0-9]{1,5}$")
LETTERS = re.compile(r"[A-Za-z][A-Za-z'’-]*[A-Za-z]")
TAG = re.compile(r"<[^>]+>")
SEGMENTS = re.compile(r"\n|<br\s*/?>|<p>|</p>|</h\d>|</li>| · | — |: |；|。|：|（|）|\t")


@pytest.fixture
def zh(qapp: QApplication) -> Iterator[QLocale]:
    """The app in Simplified Chinese for one test, back to English afterwards."""
    before = QLocale()
    locale = i18n.apply_language(qapp, "zh_CN")
    yield locale
    QLocale.setDefault(before)
    i18n.install_translators(qapp, QLocale(QLocale.Language.English))


@pytest.fixture
def session(workspace_path: Path) -> Session:
    db = open_workspace(workspace_path, demo_if_new=True)
    return Session(workspace_path, db, user="测试员", runner=TaskRunner(synchronous=True))


# -- formatting ---------------------------------------------------------------------------------


def test_dates_numbers_and_money_the_chinese_way() -> None:
    zh = QLocale("zh_CN")
    assert i18n.format_date("2026-11-23", zh) == "2026年11月23日"
    assert i18n.format_date(QDate(2026, 1, 5), zh) == "2026年1月5日"
    assert i18n.format_money(120_000_000, "CNY", zh) == "¥1.2亿"
    assert i18n.format_money(3_500_000, "CNY", zh) == "¥350万"
    assert i18n.format_money(123_456_789, "CNY", zh) == "¥1.23亿"
    assert i18n.format_money(35_600, "CNY", zh) == "¥3.56万"
    assert i18n.format_money(8_500, "CNY", zh) == "¥8,500"
    assert i18n.format_money(-2_000_000, "USD", zh) == "-US$200万"
    assert i18n.format_money(3_500_000, "CNY", zh, compact=False) == "¥3,500,000"
    assert i18n.format_number(1234567, zh) == "1,234,567"


def test_dates_numbers_and_money_in_english() -> None:
    en = QLocale("en_US")
    assert i18n.format_date("2026-11-23", en) == "23 Nov 2026"
    assert i18n.format_money(3_500_000, "USD", en) == "$3.5M"
    assert i18n.format_money(120_000_000, "CNY", en) == "CN¥120M"
    assert i18n.format_money(950, "EUR", en) == "€950"
    assert i18n.format_money(1200, "CHF", en) == "CHF 1,200"
    assert i18n.format_date("", en) == "" and i18n.format_money(None) == ""


def test_a_utc_timestamp_shows_the_local_day(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("TZ", "Asia/Shanghai")
    time.tzset()
    try:
        # 20:00 UTC on the 22nd is already the 23rd in Shanghai.
        assert i18n.format_date("2026-11-22T20:00:00+00:00", QLocale("zh_CN")) == "2026年11月23日"
    finally:
        monkeypatch.delenv("TZ")
        time.tzset()


# -- which language -------------------------------------------------------------------------------


def test_the_language_follows_the_system_unless_chosen() -> None:
    mainland = QLocale("zh_CN")
    taiwan = QLocale("zh_TW")
    german = QLocale("de_DE")
    assert i18n.ui_language(i18n.resolve_locale("system", mainland)) == "zh_CN"
    assert i18n.ui_language(i18n.resolve_locale("system", QLocale("zh_SG"))) == "zh_CN"
    # Traditional-script regions get English rather than Simplified Chinese.
    assert i18n.ui_language(i18n.resolve_locale("system", taiwan)) == "en"
    # An English UI keeps the system's way of writing dates and numbers.
    assert i18n.resolve_locale("system", german).name() == "de_DE"
    assert i18n.ui_language(i18n.resolve_locale("en", mainland)) == "en"
    assert i18n.ui_language(i18n.resolve_locale("zh_CN", german)) == "zh_CN"


def test_qt_own_buttons_are_translated(qtbot: QtBot, zh: QLocale) -> None:
    box = QDialogButtonBox(QDialogButtonBox.StandardButton.Save | QDialogButtonBox.StandardButton.Cancel)
    qtbot.addWidget(box)
    assert sorted(b.text() for b in box.buttons()) == sorted(["保存", "取消"])


def test_switching_back_to_english_removes_the_translators(qtbot: QtBot, qapp: QApplication) -> None:
    from PySide6.QtCore import QCoreApplication

    before = QLocale()
    i18n.apply_language(qapp, "zh_CN")
    assert QCoreApplication.translate("MainWindow", "&File") == "文件(&F)"
    i18n.apply_language(qapp, "en")
    QLocale.setDefault(before)
    assert QCoreApplication.translate("MainWindow", "&File") == "&File"


def test_the_catalogue_compiles_into_the_cache_and_recompiles_when_edited(tmp_path: Path) -> None:
    qm = i18n.compiled_catalogue("zh_CN", folder=tmp_path)
    assert qm is not None and qm.parent == tmp_path and qm.stat().st_size > 1000
    first = qm.stat().st_mtime
    assert i18n.compiled_catalogue("zh_CN", folder=tmp_path) == qm
    assert qm.stat().st_mtime == first  # up to date: not compiled again
    os.utime(qm, (first - 3600, first - 3600))  # the .ts is now newer than the .qm
    i18n.compiled_catalogue("zh_CN", folder=tmp_path)
    assert qm.stat().st_mtime > first - 3600


def test_the_fallback_translator_answers_by_source_text_but_never_for_qt() -> None:
    messages = [
        i18n.Message("PeopleTab", "Delete %1", "删除 %1"),
        i18n.Message("Stage", "Cold", "未接触"),
    ]
    translator = i18n.SourceTextTranslator(messages)
    assert translator.translate("PeopleTab", "Delete %1") == "删除 %1"
    assert translator.translate("tab", "Delete %1") == "删除 %1"  # lupdate filed it under "tab"
    assert translator.translate("QPlatformTheme", "Cold") is None
    assert translator.translate("Stage", "Warm") is None


def test_update_finds_calls_lupdate_cannot_see(tmp_path: Path) -> None:
    source = tmp_path / "labels.py"
    source.write_text(
        "from PySide6.QtCore import QCoreApplication\n"
        "def tr(text):\n    return QCoreApplication.translate('Tabs', text)\n"
        "def label():\n    t = QCoreApplication.translate\n    return t('Persona', 'Director')\n"
        "TITLE = tr('People')\n",
        "utf-8",
    )
    assert sorted(i18n.extract_calls(source)) == [
        ("Persona", "Director", "", False),
        ("Tabs", "People", "", False),
    ]


def test_the_catalogue_is_complete_and_up_to_date_with_the_code(tmp_path: Path) -> None:
    """Fails when a tr() string was added without `python -m ui.i18n --update` and a translation."""
    shutil.copy(i18n.ts_path("zh_CN"), tmp_path / "whynow_zh_CN.ts")
    unfinished = i18n.update_catalogues(folder=tmp_path)["zh_CN"]
    assert [f"{m.context}: {m.source}" for m in unfinished] == []
    current = i18n.read_catalogue(tmp_path / "whynow_zh_CN.ts")
    assert {(m.context, m.source) for m in current} <= {
        (m.context, m.source) for m in i18n.read_catalogue(i18n.ts_path("zh_CN"))
    }, "resources/i18n/whynow_zh_CN.ts is behind the code: run python -m ui.i18n --update"


def test_chinese_text_renders_with_real_glyphs(qapp: QApplication) -> None:
    """A CJK font is found (fonts-wqy-microhei in CI): no empty boxes for 客户."""
    layout = QTextLayout("客户层级 采购委员会", QFont())
    layout.beginLayout()
    layout.createLine()
    layout.endLayout()
    glyphs = [g for run in layout.glyphRuns() for g in run.glyphIndexes()]
    assert glyphs and 0 not in glyphs


# -- the untranslated-string walk ------------------------------------------------------------


def _visible_texts(root: QWidget) -> Iterator[tuple[str, str]]:
    """(where, text) for every string a user can read in `root` and its children."""
    widgets = [root, *root.findChildren(QWidget)]
    for w in widgets:
        where = f"{type(w).__name__}:{w.objectName() or '?'}"
        if w.isWindow() and w.windowTitle():
            yield where + " title", w.windowTitle()
        for kind, text in (
            ("tooltip", w.toolTip()),
            ("status tip", w.statusTip()),
            ("what's this", w.whatsThis()),
        ):
            if text:
                yield f"{where} {kind}", text
        if isinstance(w, (QLabel, QAbstractButton)):
            yield where, w.text()
        elif isinstance(w, QGroupBox):
            yield where, w.title()
        elif isinstance(w, (QLineEdit, QTextEdit, QPlainTextEdit)):
            yield where + " placeholder", w.placeholderText()
            if isinstance(w, QTextEdit) and w.isReadOnly():
                # Previews mix our words ("Evidence", "Sources") with the item's own text.
                yield where + " content", w.toPlainText()
        elif isinstance(w, QComboBox):
            for i in range(w.count()):
                yield f"{where} item", w.itemText(i)
        elif isinstance(w, QAbstractSpinBox):
            yield where + " special", w.specialValueText()
            if isinstance(w, QSpinBox):
                yield where + " suffix", w.suffix()
        elif isinstance(w, QProgressBar) and w.isTextVisible():
            yield where + " format", w.format()
        if isinstance(w, QTabBar):
            for i in range(w.count()):
                yield f"{where} tab", w.tabText(i)
                yield f"{where} tab tip", w.tabToolTip(i)
        if isinstance(w, QMenu):
            yield where + " menu", w.title()
        if isinstance(w, QAbstractItemView) and not isinstance(w, QHeaderView) and w.model() is not None:
            yield from _model_texts(w, where)
        yield from _chart_texts(w, where)
    for action in root.findChildren(QAction):
        if not action.isSeparator():
            yield "QAction", action.text()
            yield "QAction status tip", action.statusTip()


def _model_texts(view: QAbstractItemView, where: str) -> Iterator[tuple[str, str]]:
    model = view.model()
    roles = (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.ToolTipRole)
    columns = 1 if isinstance(view, QListView) else model.columnCount()
    for column in range(columns):
        for role in roles:
            value = model.headerData(column, Qt.Orientation.Horizontal, role)
            if isinstance(value, str):
                yield f"{where} header", value
    for row in range(min(model.rowCount(), 60)):
        for column in range(columns):
            for role in roles:
                value = model.index(row, column).data(role)
                if isinstance(value, str):
                    yield f"{where} cell", value


def _chart_texts(widget: QWidget, where: str) -> Iterator[tuple[str, str]]:
    chart = getattr(widget, "chart", None)
    if not callable(chart) or type(widget).__name__ != "QChartView":
        return
    c = chart()
    yield where + " chart title", c.title()
    for axis in c.axes():
        yield where + " axis title", axis.titleText()
        for category in getattr(axis, "categories", list)():
            yield where + " axis category", category
    for series in c.series():
        yield where + " series", series.name()
        for bar_set in getattr(series, "barSets", list)():
            yield where + " bar set", bar_set.label()


def _strings(value: object) -> Iterator[str]:
    if isinstance(value, str):
        yield value
    elif isinstance(value, dict):
        for v in value.values():
            yield from _strings(v)
    elif isinstance(value, list):
        for v in value:
            yield from _strings(v)


def _data_values(session: Session, extra: tuple[str, ...] = ()) -> list[str]:
    """Every text stored in the workspace, longest first: account names, titles, the ICP…"""
    from app.workspace import default_path

    values: set[str] = {
        str(session.path),
        session.path.name,
        session.user,
        str(default_path()),
        *extra,
    }
    # Playbook steps are the messages the SDR sends, in the language they write them in:
    # content (resources/playbooks.json, editable), not the UI.
    playbooks = Path(i18n.ROOT, "resources", "playbooks.json")
    if playbooks.exists():
        values.update(_strings(json.loads(playbooks.read_text("utf-8"))))
    for (table,) in session.db.execute("SELECT name FROM sqlite_master WHERE type = 'table'").fetchall():
        for row in session.db.execute(f'SELECT * FROM "{table}"').fetchall():
            for v in row:
                if not isinstance(v, str):
                    continue
                if table == "settings" and v.lstrip().startswith(("{", "[")):
                    values.update(_strings(json.loads(v)))  # the user's own ICP, committee targets…
                elif v.startswith('{"t":'):
                    # a stored phrase (research.i18n): its sentence is translated, its fields are data
                    # (the words of a title that decided its tier, the persona rule's name…)
                    values.update(str(f) for f in json.loads(v)["f"].values())
                elif not v.lstrip().startswith(("{", "[")):
                    values.add(v)
                    if "<" in v:  # stored HTML reads as its text lines in a preview
                        values.update(line.strip() for line in html.unescape(TAG.sub("\n", v)).splitlines())
    return sorted((v for v in values if len(v) >= 2), key=len, reverse=True)


def _our_words() -> set[str]:
    """Latin words our Chinese uses on purpose (ICP, SDR, CSV, WhyNow, Ctrl…)."""
    words: set[str] = set()
    for message in i18n.read_catalogue(i18n.ts_path("zh_CN")):
        words.update(LETTERS.findall(message.translation))
    return words


class Checker:
    def __init__(self, session: Session, extra_data: tuple[str, ...] = ()) -> None:
        self.data = _data_values(session, extra_data)
        # word → the data values containing it, so a segment is only compared with its candidates
        self.data_by_word: dict[str, list[str]] = {}
        for value in self.data:
            for word in set(LETTERS.findall(value)):
                self.data_by_word.setdefault(word, []).append(value)
        self.words = _our_words() | NATIVE_NAMES | set(i18n.CURRENCIES)
        catalogue = i18n.read_catalogue(i18n.ts_path("zh_CN"))
        self.sources = {self._plain(m.source): m for m in catalogue}
        self.problems: dict[str, str] = {}
        self.seen = 0

    @staticmethod
    def _plain(text: str) -> str:
        """Rich text without tags and entities; plain text without its & accelerators."""
        if "<" in text and ">" in text:
            return html.unescape(TAG.sub(" ", text)).strip()
        return text.replace("&&", "\0").replace("&", "").replace("\0", "&").strip()

    def check(self, where: str, text: str) -> None:
        if not text or not text.strip():
            return
        self.seen += 1
        rich = "<" in text and ">" in text
        # Split before stripping tags: <br> and <p> separate sentences from different sources.
        for segment in SEGMENTS.split(text):
            plain = self._plain(f"<p>{segment}" if rich else segment)
            self._check_segment(where, plain.strip(' •…()✓✗▲▼"“”'))

    def _english(self, text: str, chinese: bool) -> list[str]:
        words = [w for w in LETTERS.findall(text) if w not in self.words]
        # Chinese prose keeps Latin acronyms as they are: CEO, CFO, B2B.
        return [w for w in words if not ACRONYM.match(w)] if chinese else words

    def _check_segment(self, where: str, segment: str) -> None:
        rest = ADDRESS.sub(" ", segment)
        chinese = bool(CJK.search(segment))
        english = self._english(rest, chinese)
        if not english:
            return
        candidates = {v for w in english for v in self.data_by_word.get(w, ())}
        if any(segment in value for value in candidates):
            return  # a piece of a headline or a description split at its colon
        for value in sorted(candidates, key=len, reverse=True):
            if value in rest:
                rest = rest.replace(value, " ")
        if not self._english(rest, chinese):
            return
        message = self.sources.get(segment)
        if message is None:
            why = "not in the .ts (use tr() and run python -m ui.i18n --update)"
        elif not message.translation:
            why = f"unfinished in the .ts ({message.context})"
        else:
            why = (
                f"translated in the .ts ({message.context}) but shown in English: "
                "wrong context, or built before the translators"
            )
        self.problems.setdefault(segment, f"{where}: {why}")

    def walk(self, root: QWidget) -> None:
        QApplication.processEvents()
        for where, text in _visible_texts(root):
            self.check(where, text)


CSV_ACCOUNTS = b"Company,Website,Employees\nOmega Labs,omega.example,120\nBroken,,many\n"
CSV_PEOPLE = b"First Name,Last Name,Title,Company\nAnna,Berg,CFO,Northwind Freight\n"
#: what the import previews show from those files (and who exported the account file): data
CSV_DATA = (
    "Omega Labs", "omega.example", "Anna Berg", "Anna", "Berg", "CFO", "Broken", "many", "Mia (SDR)",
    # the files' own column names, quoted in “Columns:”
    "Company", "Website", "Employees", "First Name", "Last Name", "Title",
)  # fmt: skip


def _windows(session: Session, qtbot: QtBot, workspace_path: Path) -> Iterator[tuple[str, QWidget]]:
    """Every window and dialog we can open without a click, in the states a user meets."""
    from ui.dialogs.account_dialog import AccountDialog
    from ui.dialogs.contact_dialog import ContactDialog
    from ui.dialogs.contacts_import_dialog import ContactsImportDialog
    from ui.dialogs.feed_manager import FeedManagerDialog
    from ui.dialogs.icp_dialog import IcpDialog
    from ui.dialogs.import_dialog import ImportPreviewDialog
    from ui.dialogs.preferences_dialog import PreferencesDialog
    from ui.main_window import MainWindow
    from ui.preferences import Preferences
    from ui.tour import TourDialog

    def shown(widget: QWidget) -> QWidget:
        qtbot.addWidget(widget)
        widget.show()
        return widget

    window = MainWindow(session, runner=session.runner)
    shown(window)
    yield "main window", window
    db = session.db
    for domain in ("northwind-freight.example", "yunfan-logistics.example", "lumenbasket.example"):
        account = accounts.find_account(db, domain)
        assert account is not None
        window.select_account(account.id)
        for index in range(window.page.tabs.count()):
            window.page.tabs.setCurrentIndex(index)
            yield f"{domain} tab {index}", window
    people = window.findChild(QWidget, "orgChart")
    if people is not None:  # the org chart view of the People tab
        yield "org chart", people
    window.filter_edit.setText("no such account zzz")
    window._apply_filter()
    yield "main window, nothing matches", window
    window.filter_edit.clear()
    window._apply_filter()

    northwind = accounts.find_account(db, "northwind-freight.example")
    assert northwind is not None
    yield "new account", shown(AccountDialog(db, None, session.user, window))
    yield "edit account", shown(AccountDialog(db, northwind, session.user, window))
    someone = contacts.list_contacts(db, northwind.id)[0]
    yield "new contact", shown(ContactDialog(db, northwind.id, None, window))
    yield "edit contact", shown(ContactDialog(db, northwind.id, someone, window))
    yield "ICP", shown(IcpDialog(accounts.icp_profile(db), window))
    yield "feeds", shown(FeedManagerDialog(session, northwind.id, window))
    csv = CSV_ACCOUNTS
    yield (
        "import accounts",
        shown(ImportPreviewDialog(import_accounts.preview_accounts_import(db, csv), "a.csv", window)),
    )
    people_csv = CSV_PEOPLE
    preview = import_contacts.preview_contacts_import(db, people_csv)
    yield "import contacts", shown(ContactsImportDialog(preview, "c.csv", window))
    preferences = shown(PreferencesDialog(Preferences(), db, {"edit_icp": lambda: None}, window))
    yield "preferences", preferences
    tour = TourDialog(window)
    shown(tour)
    for page in range(tour.stack.count()):
        tour.go(page)
        yield f"tour page {page + 1}", tour
    # Windows of features that land in their own time: walked once they exist.
    later: list[tuple[str, str, str, Callable[[type], QWidget]]] = [
        (
            "triggers inbox",
            "ui.inbox",
            "TriggerInbox",
            lambda c: c(session, window.select_account, window),
        ),
        ("teach a phrase", "ui.why_now_tab", "PhraseDialog", lambda c: c(window)),
        ("today", "ui.today_view", "TodayView", lambda c: c(session, window.select_account)),
        ("enrol", "ui.dialogs.enrol_dialog", "EnrolDialog", lambda c: c(session, northwind.id, None, window)),
        (
            "log a touch",
            "ui.dialogs.quick_log_dialog",
            "QuickLogDialog",
            lambda c: c(session, northwind.id, None, window),
        ),
        ("note history", "ui.notes_tab", "NoteHistoryDialog", lambda c: c([], can_restore=True, parent=window)),
        (
            "search",
            "ui.search_dialog",
            "SearchDialog",
            lambda c: c(session, lambda _result: None, window, synchronous=True),
        ),
        ("backups", "ui.dialogs.backups_dialog", "BackupsDialog", lambda c: c(session, None, window)),
        (
            "export account file",
            "ui.review",
            "ChooseAccountsDialog",
            lambda c: c(accounts.list_rows(db), {northwind.id}, window),
        ),
    ]
    for name, module, class_name, build in later:
        try:
            cls = getattr(importlib.import_module(module), class_name)
        except (ImportError, AttributeError):
            continue
        yield name, shown(build(cls))
    yield from _account_file_windows(session, window, shown, workspace_path.parent)
    try:
        from ui.dashboard import DashboardWindow
    except ImportError:  # before the dashboard landed
        return
    dashboard = shown(DashboardWindow(session))
    yield "dashboard", dashboard
    tabs = dashboard.findChild(QTabWidget)
    for index in range(tabs.count() if tabs is not None else 0):
        tabs.setCurrentIndex(index)
        yield f"dashboard tab {index}", dashboard


def _account_file_windows(
    session: Session, window: QWidget, shown: Callable[[QWidget], QWidget], folder: Path
) -> Iterator[tuple[str, QWidget]]:
    """An account file as the AE meets it: the merge preview, the problem dialog, review mode."""
    try:
        from app import account_files
        from ui import review
        from ui.dialogs.backups_dialog import HealthReport, ProblemDialog
    except ImportError:  # before account files landed
        return
    yield "problem", shown(ProblemDialog(session.path, "—", HealthReport([], None, {}), can_keep=True, parent=window))
    northwind = accounts.find_account(session.db, "northwind-freight.example")
    assert northwind is not None
    path = folder / "northwind.whynow"
    account_files.export_account_file(session.db, [northwind.id], path, exported_by="Mia (SDR)")
    inspected = account_files.inspect_account_file(path)
    try:
        report = account_files.preview_account_file(session.db, inspected)
        yield "merge preview", shown(review.MergePreviewDialog(inspected, report, window))
    finally:
        inspected.discard()
    ask = review.ask_review_or_import
    review.ask_review_or_import = lambda *_: "review"  # type: ignore[assignment]
    try:
        window.open_account_file(str(path))  # type: ignore[attr-defined]
    finally:
        review.ask_review_or_import = ask  # type: ignore[assignment]
    for reviewing in window.review_windows:  # type: ignore[attr-defined]
        yield "review mode", reviewing


def test_no_english_left_in_the_chinese_ui(qtbot: QtBot, zh: QLocale, session: Session, workspace_path: Path) -> None:
    checker = Checker(session, CSV_DATA)
    covered = []
    for name, widget in _windows(session, qtbot, workspace_path):
        checker.walk(widget)
        covered.append(name)
    assert checker.seen > 400, covered  # the walk really read the windows
    problems = "\n".join(f"  {text!r}  ← {why}" for text, why in sorted(checker.problems.items()))
    assert not checker.problems, f"English left in the Chinese UI ({len(checker.problems)}):\n{problems}"


def test_the_walk_catches_an_untranslated_label(qtbot: QtBot, zh: QLocale, session: Session) -> None:
    """The checker itself: a label the code forgot to tr() is reported; data is not."""
    checker = Checker(session)
    page = QWidget()
    qtbot.addWidget(page)
    QLabel("Forgotten label", page)
    QLabel("Northwind Freight", page)  # an account name: data
    QLabel("ICP 匹配度", page)
    checker.walk(page)
    assert list(checker.problems) == ["Forgotten label"]


def test_snapshots_in_chinese_and_dark(qapp: QApplication, workspace_path: Path, tmp_path: Path) -> None:
    """`whynow snapshot --lang zh_CN --theme dark` renders every view for review."""
    from PySide6.QtGui import QImage

    from ui import theme
    from ui.snapshot import render_snapshots

    open_workspace(workspace_path, demo_if_new=True).close()
    before = QLocale()
    try:
        written = render_snapshots(workspace_path, tmp_path, language="zh_CN", theme="dark", size=(1000, 700))
    finally:
        QLocale.setDefault(before)
        i18n.install_translators(qapp, QLocale(QLocale.Language.English))
        theme.follow_theme(qapp, "system")
    names = {p.stem for p in written}
    assert {"main-window", "account-0-overview", "preferences", "tour"} <= names
    assert "dashboard" in names or importlib.util.find_spec("ui.dashboard") is None
    overview = QImage(str(tmp_path / "account-0-overview.png"))
    assert overview.width() == 1000
    assert overview.pixelColor(500, 350).lightness() < 128  # dark
