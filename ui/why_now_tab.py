"""The Why-now tab: an account's trigger events as a timeline, with the words
that prove each one highlighted, its sources, who to approach and what to say.

Confirm or dismiss (dismissed stays dismissed after the next refresh);
copy the talking point; add a newly appointed executive as a contact; teach
the detector a phrase of your own.
"""

from __future__ import annotations

import html
from typing import Any

from PySide6.QtCore import QCoreApplication, QEvent, Qt, QUrl
from PySide6.QtGui import QColor, QDesktopServices, QGuiApplication, QPalette
from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QPushButton,
    QSplitter,
    QStackedWidget,
    QTextBrowser,
    QVBoxLayout,
    QWidget,
)

from app import contacts, triggers
from app.errors import UserError
from research import triggers as trigger_rules
from ui.dialogs.contact_dialog import tier_label
from ui.i18n import is_chinese
from ui.session import Session
from ui.theme import colours

TriggerRole = Qt.ItemDataRole.UserRole + 1


def type_label(type_: str) -> str:
    """A trigger type as people name it, in the UI language (the same words as everywhere)."""
    return trigger_rules.type_word(type_)


def highlight(text: str, start: int, end: int) -> str:
    """The text with [start, end) marked: the words that prove the trigger."""
    if not (0 <= start < end <= len(text)):
        return html.escape(text)
    return (html.escape(text[:start]) + "<span style='background:#fff59d;color:#000;font-weight:600'>"
            + html.escape(text[start:end]) + "</span>" + html.escape(text[end:]))  # fmt: skip


def talking_point_colours(palette: QPalette) -> tuple[str, str]:
    """(background, text) for the talking point: the view's base tinted with the highlight colour,
    and the view's own text colour, so it stands out and reads in light and dark themes alike."""
    base = palette.color(QPalette.ColorRole.Base)
    tint = palette.color(QPalette.ColorRole.Highlight)
    share = 0.18  # enough to see the block on white and on near-black, faint enough to read through
    rgb = zip((base.redF(), base.greenF(), base.blueF()), (tint.redF(), tint.greenF(), tint.blueF()), strict=True)
    mixed = QColor.fromRgbF(*(b + (t - b) * share for b, t in rgb))
    return mixed.name(), palette.color(QPalette.ColorRole.Text).name()


def detail_facts(details: dict[str, Any]) -> list[tuple[str, str]]:
    """What the detector read off the news, as (label, value) for people, not keys."""
    t = QCoreApplication.translate
    facts: list[tuple[str, str]] = []
    amount = details.get("amount_text") or ""
    if not amount and isinstance(details.get("amount"), int | float):
        value = float(details["amount"])
        amount = next((f"{value / size:g}{suffix}" for size, suffix in ((1e9, "B"), (1e6, "M"), (1e3, "K")) if value >= size),
                      f"{value:g}")  # fmt: skip
    if amount:
        currency = str(details.get("currency") or "")
        facts.append(
            (t("Trigger", "Amount"), f"{amount} {currency}".strip() if currency and currency not in amount else amount)
        )
    for key, label in (("round", t("Trigger", "Round")), ("counterpart", t("Trigger", "Counterpart")),
                       ("person", t("Trigger", "Person")), ("role", t("Trigger", "Role"))):  # fmt: skip
        found = details.get(key)
        if found not in (None, ""):
            facts.append((label, str(found)))
    return facts


class PhraseDialog(QDialog):
    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Teach a phrase"))
        self.type = QComboBox()
        for t in trigger_rules.TYPES:
            self.type.addItem(type_label(t), t)
        self.phrase = QLineEdit()
        self.phrase.setPlaceholderText(self.tr("e.g. “closes growth round” or “完成战略融资”"))
        form = QFormLayout(self)
        form.addRow(self.tr("Type"), self.type)
        form.addRow(self.tr("Phrase"), self.phrase)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel)
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        form.addRow(buttons)


class WhyNowTab(QWidget):
    def __init__(self, session: Session, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.session = session
        self._account_id: str | None = None
        self._rows: list[dict[str, Any]] = []
        self.score = QLabel()
        self.score.setObjectName("whyNowScore")
        self.score.setStyleSheet("font-size: 14pt; font-weight: 600;")
        self.score.setWordWrap(True)
        self.show_dismissed = QPushButton(self.tr("Show dismissed"))
        self.show_dismissed.setCheckable(True)
        self.show_dismissed.toggled.connect(lambda _: self.reload())
        teach = QPushButton(self.tr("Teach a &phrase…"))
        teach.setToolTip(self.tr("Add your own words for a trigger type; stored items are checked again"))
        teach.clicked.connect(self.teach_phrase)
        head = QHBoxLayout()
        head.addWidget(self.score, 1)
        head.addWidget(self.show_dismissed)
        head.addWidget(teach)

        self.timeline = QListWidget()
        self.timeline.setObjectName("triggerTimeline")
        self.timeline.setWordWrap(True)
        self.timeline.setSpacing(3)
        self.timeline.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.timeline.currentRowChanged.connect(self._on_current)
        self.detail = QTextBrowser()
        self.detail.setObjectName("triggerDetail")
        self.detail.setOpenLinks(False)
        self.detail.anchorClicked.connect(self._on_link)
        self.confirm_button = QPushButton(self.tr("&Confirm"))
        self.confirm_button.clicked.connect(lambda: self._set_status("confirmed"))
        self.dismiss_button = QPushButton(self.tr("&Dismiss"))
        self.dismiss_button.clicked.connect(lambda: self._set_status("dismissed"))
        self.copy_button = QPushButton(self.tr("Copy &talking point"))
        self.copy_button.clicked.connect(self.copy_talking_point)
        self.add_person_button = QPushButton()
        self.add_person_button.clicked.connect(self.add_new_person)
        buttons = QHBoxLayout()
        buttons.addWidget(self.confirm_button)
        buttons.addWidget(self.dismiss_button)
        buttons.addStretch(1)
        buttons.addWidget(self.add_person_button)
        buttons.addWidget(self.copy_button)
        right = QWidget()
        rv = QVBoxLayout(right)
        rv.setContentsMargins(0, 0, 0, 0)
        rv.addWidget(self.detail, 1)
        rv.addLayout(buttons)
        split = QSplitter()
        split.addWidget(self.timeline)
        split.addWidget(right)
        split.setSizes([330, 520])
        self.empty = QLabel()
        self.empty.setWordWrap(True)
        self.empty.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.stack = QStackedWidget()
        self.stack.addWidget(split)
        self.stack.addWidget(self.empty)
        layout = QVBoxLayout(self)
        layout.addLayout(head)
        layout.addWidget(self.stack, 1)
        session.feeds_changed.connect(self.reload)
        self._update_buttons(None)

    def set_account(self, account_id: str | None) -> None:
        self._account_id = account_id
        self.reload()

    def reload(self) -> None:
        if not self._account_id:
            return
        # A Chinese UI gets Chinese talking points everywhere; otherwise each account's own script decides.
        language = "zh" if is_chinese() else None
        rows = triggers.triggers_for_account(self.session.db, self._account_id, language=language)
        if not self.show_dismissed.isChecked():
            rows = [r for r in rows if r["status"] != "dismissed"]
        self._rows = rows
        explained = triggers.score_explained(self.session.db, self._account_id)
        surge = triggers.news_surge(self.session.db, self._account_id)
        text = self.tr("Why-now score: %1 / 100").replace("%1", str(explained.score))
        if surge:
            text += "  · " + self.tr("news surge: publishing well above its usual pace")
        self.score.setText(text)
        self.score.setToolTip("\n".join(c.reason for c in explained.contributions[:6]))
        current = self.timeline.currentRow()
        self.timeline.clear()
        for r in rows:
            flags = []
            if not r["confirmed"]:
                flags.append(self.tr("unconfirmed"))
            if r["status"] == "confirmed":
                flags.append("✓")
            if r["status"] == "dismissed":
                flags.append(self.tr("dismissed"))
            marks = "  · " + ", ".join(flags) if flags else ""
            text = f"{r['occurred_at'][:10]}  {type_label(r['type'])}{marks}\n{r['headline']}"
            item = QListWidgetItem(text)
            item.setData(TriggerRole, r["id"])
            if r["status"] == "dismissed":
                item.setForeground(Qt.GlobalColor.gray)
            self.timeline.addItem(item)
        if rows:
            self.stack.setCurrentIndex(0)
            self.timeline.setCurrentRow(min(max(current, 0), len(rows) - 1))
        else:
            has_items = self.session.db.execute(
                "SELECT 1 FROM items WHERE account_id = ? LIMIT 1", [self._account_id]
            ).fetchone()
            self.empty.setText(
                self.tr("No trigger events found in this account's news yet.") if has_items else
                self.tr("No news yet. Add the company's feeds in the News tab (“Feeds…”), then refresh: "
                        "funding rounds, new executives, expansions and launches will show up here with the evidence.")
            )  # fmt: skip
            self.stack.setCurrentIndex(1)
            self._update_buttons(None)

    def current(self) -> dict[str, Any] | None:
        row = self.timeline.currentRow()
        return self._rows[row] if 0 <= row < len(self._rows) else None

    def _update_buttons(self, t: dict[str, Any] | None) -> None:
        for button in (self.confirm_button, self.dismiss_button, self.copy_button):
            button.setEnabled(t is not None)
        if t is not None:
            self.confirm_button.setEnabled(t["status"] != "confirmed")
            self.dismiss_button.setText(self.tr("&Restore") if t["status"] == "dismissed" else self.tr("&Dismiss"))
        person = t["new_person"] if t else ""
        self.add_person_button.setVisible(bool(person))
        self.add_person_button.setText(self.tr("Add %1 as a contact").replace("%1", person))

    def _on_current(self, row: int) -> None:
        t = self.current()
        self._update_buttons(t)
        if t is None:
            self.detail.clear()
            return
        headline = t["headline"]
        field_text = headline if t["evidence_field"] == "title" else ""
        parts = [f"<h3>{html.escape(type_label(t['type']))} — {t['occurred_at'][:10]}</h3>"]
        if field_text:
            parts.append(
                f"<p style='font-size:12pt'>{highlight(field_text, t['evidence_start'], t['evidence_end'])}</p>"
            )
        else:
            parts.append(f"<p style='font-size:12pt'>{html.escape(headline)}</p>")
        for s in t["sources"]:
            ev = s["evidence"]
            if ev.get("field") == "summary":
                parts.append(f"<p><i>{self.tr('Evidence')}:</i> “{html.escape(ev.get('text', ''))}”</p>")
                break
        if not t["confirmed"]:
            warning = colours(self.palette()).warning
            note = self.tr("Unconfirmed: the source hedges (e.g. “reportedly”, “in talks”, “据悉”).")
            parts.append(f"<p style='color:{warning}'>{html.escape(note)}</p>")
        facts = detail_facts(t["details"])
        if facts:
            parts.append("<p>" + " · ".join(f"{html.escape(k)}: <b>{html.escape(v)}</b>" for k, v in facts) + "</p>")
        parts.append(f"<h4>{html.escape(self.tr('Approach first'))}: {html.escape(tier_label(t['route_tier']))}</h4>")
        parts.append(f"<p>{html.escape(t['route_why'])}</p>")
        background, foreground = talking_point_colours(self.palette())
        parts.append(f"<blockquote style='background-color:{background};color:{foreground};padding:6px'>"
                     f"{html.escape(t['talking_point'])}</blockquote>")  # fmt: skip
        if t["suggested_contacts"]:
            parts.append(
                "<p>"
                + html.escape(self.tr("Who:"))
                + " "
                + ", ".join(html.escape(n) for _i, n in t["suggested_contacts"])
                + "</p>"
            )
        else:
            parts.append(
                "<p style='color:gray'>"
                + html.escape(self.tr("No contact in that tier yet: add one in the People tab."))
                + "</p>"
            )
        parts.append("<h4>" + html.escape(self.tr("Sources (%1)").replace("%1", str(len(t["sources"])))) + "</h4><ul>")
        for s in t["sources"]:
            link = (
                f"<a href='{html.escape(s['link'])}'>{html.escape(s['title'])}</a>"
                if s["link"]
                else html.escape(s["title"])
            )
            parts.append(f"<li>{(s['published'] or '')[:10]} · {html.escape(s['feed'] or '')}: {link}</li>")
        parts.append("</ul>")
        self.detail.setHtml("".join(parts))

    def changeEvent(self, event: QEvent) -> None:
        super().changeEvent(event)
        # The details carry colours taken from the palette: draw them again when the theme changes.
        # They come from the tab's palette, which is already the new one here; the children's is not yet.
        redraw = event.type() in (QEvent.Type.PaletteChange, QEvent.Type.ApplicationPaletteChange)
        if redraw and getattr(self, "_rows", None):  # not while __init__ is still building the tab
            self._on_current(self.timeline.currentRow())

    def _on_link(self, url: QUrl) -> None:
        if url.scheme() in ("http", "https"):
            QDesktopServices.openUrl(url)

    def _set_status(self, status: str) -> None:
        t = self.current()
        if t is None:
            return
        if status == "dismissed" and t["status"] == "dismissed":
            status = "new"
        triggers.set_status(self.session.db, t["id"], status)
        self.reload()
        if self._account_id:
            self.session.account_changed.emit(self._account_id)

    def copy_talking_point(self) -> None:
        t = self.current()
        if t is not None:
            QGuiApplication.clipboard().setText(t["talking_point"])
            self.session.status_message.emit(self.tr("Talking point copied"), 3000)

    def add_new_person(self) -> None:
        t = self.current()
        if t is None or not t["new_person"] or not self._account_id:
            return
        role = str(t["details"].get("role") or "")
        try:
            contact = contacts.add_contact(
                self.session.db, self._account_id, {"full_name": t["new_person"], "title": role}
            )
        except UserError as exc:
            self.session.status_message.emit(str(exc), 6000)
            return
        self.session.status_message.emit(
            self.tr("Added %1 as %2").replace("%1", contact.full_name).replace("%2", tier_label(contact.persona_tier)),
            5000,
        )
        self.session.account_changed.emit(self._account_id)
        self.reload()

    def teach_phrase(self) -> None:
        dialog = PhraseDialog(self)
        if not dialog.exec():
            return
        try:
            result = triggers.add_phrase(self.session.db, dialog.type.currentData(), dialog.phrase.text())
        except UserError as exc:
            self.session.status_message.emit(str(exc), 6000)
            return
        self.session.status_message.emit(
            self.tr("Phrase added; %1 new triggers found in stored news").replace("%1", str(result["new_triggers"])),
            6000,
        )
        self.session.feeds_changed.emit()
