"""The Notes tab: notes on the account and its people for the hand-off to the AE.

Pinned notes first, then the newest. A note is Markdown, typed in a plain
editor and read in a preview (Qt's own Markdown renderer); each shows who
wrote it and when, and who edited it last. Edits keep every earlier body
(History…), a delete can be undone (Ctrl+Z, through the window's undo
stack), and "Brief…" writes the account brief as Markdown, HTML or PDF on
a worker.

A draft is saved when the user moves to another note, account or tab, so
nothing typed is lost to a click. In review mode (a received account file
opened read-only) the tab shows the notes and offers no way to change them.

Must not: render Markdown itself (QTextBrowser does), store a note any way
but through app.notes, or fetch anything a note links to or embeds.
"""

from __future__ import annotations

import re
from pathlib import Path
from typing import Any

from PySide6.QtCore import QDateTime, QSize, Qt, QTimer, QUrl
from PySide6.QtGui import QAction, QDesktopServices, QHideEvent, QKeySequence, QUndoCommand
from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFileDialog,
    QHBoxLayout,
    QLabel,
    QListWidget,
    QListWidgetItem,
    QMenu,
    QMessageBox,
    QPlainTextEdit,
    QPushButton,
    QSplitter,
    QStyledItemDelegate,
    QStyleOptionViewItem,
    QTabWidget,
    QTextBrowser,
    QVBoxLayout,
    QWidget,
)

from app import accounts, brief, contacts, notes
from app.errors import UserError
from app.tasks import CancelToken
from storage.notes import Note, NoteVersion
from ui.i18n import format_date
from ui.session import Session

NoteRole = Qt.ItemDataRole.UserRole + 1
#: the filter's "all notes" and "about the account as a whole" choices (contact ids otherwise)
ALL_NOTES = "*"
ACCOUNT_ONLY = ""
TITLE_CHARS = 70


def when_text(ts: str | None) -> str:
    """A stored UTC time as the local day and time, e.g. 23 Nov 2026 14:05."""
    if not ts:
        return ""
    moment = QDateTime.fromString(ts, Qt.DateFormat.ISODate)
    if not moment.isValid():
        return format_date(ts)
    return f"{format_date(ts)} {moment.toLocalTime().toString('HH:mm')}"


_INLINE_MARKS = re.compile(r"\*\*|__|`|~~")


def note_title(body: str) -> str:
    """The first line with words in it, without Markdown's marks."""
    for line in body.splitlines():
        text = _INLINE_MARKS.sub("", line.strip().lstrip("#>*-+ ")).strip()
        if text:
            return text if len(text) <= TITLE_CHARS else text[: TITLE_CHARS - 1] + "…"
    return ""


class OfflineBrowser(QTextBrowser):
    """A preview that shows a note's pictures as their text only and never fetches them:
    researching an account must not tell the account (or anyone) that a note was read."""

    def loadResource(self, kind: int, name: QUrl | str) -> Any:  # Qt's name
        return None


class RoomyDelegate(QStyledItemDelegate):
    """List rows a little taller than Qt measures: a line of Chinese (drawn with a fallback
    CJK font) is taller than the Latin font Qt sizes the row by, and would be cut off."""

    def sizeHint(self, option: QStyleOptionViewItem, index: Any) -> QSize:  # Qt's name
        size = super().sizeHint(option, index)
        return QSize(size.width(), int(size.height() * 1.25) + 2)


class DeleteNoteCommand(QUndoCommand):
    def __init__(self, tab: NotesTab, note: Note) -> None:
        title = note_title(note.body) or tab.tr("note")
        super().__init__(tab.tr("Delete note “%1”").replace("%1", title))
        self._tab = tab
        self._id = note.id

    def redo(self) -> None:
        notes.delete_note(self._tab.session.db, self._id)
        self._tab.reload()

    def undo(self) -> None:
        notes.restore_note(self._tab.session.db, self._id)
        self._tab.reload(select=self._id)


class NoteHistoryDialog(QDialog):
    """Every body a note has had, newest first, each readable as it looked then."""

    def __init__(self, versions: list[NoteVersion], *, can_restore: bool,
                 parent: QWidget | None = None) -> None:  # fmt: skip
        super().__init__(parent)
        self.setWindowTitle(self.tr("Note history"))
        self.resize(760, 480)
        self.versions = list(reversed(versions))  # newest first
        self.chosen_body: str | None = None
        self.list = QListWidget()
        self.list.setObjectName("noteVersions")
        for i, v in enumerate(self.versions):
            who = v.author or self.tr("someone")
            if v.replaced_at is None:
                text = self.tr("Current — by %1, %2").replace("%1", who).replace(
                    "%2", when_text(v.written_at))  # fmt: skip
            else:
                text = (self.tr("By %1, %2\nreplaced %3").replace("%1", who)
                        .replace("%2", when_text(v.written_at))
                        .replace("%3", when_text(v.replaced_at)))  # fmt: skip
            item = QListWidgetItem(text)
            item.setData(NoteRole, i)
            self.list.addItem(item)
        self.preview = OfflineBrowser()
        self.preview.setObjectName("noteVersionPreview")
        self.preview.setOpenLinks(False)
        split = QSplitter()
        split.addWidget(self.list)
        split.addWidget(self.preview)
        split.setSizes([260, 500])
        self.restore_button = QPushButton(self.tr("&Use this version"))
        self.restore_button.setToolTip(
            self.tr("Make this the note's text again (the current text stays in the history)")
        )
        self.restore_button.clicked.connect(self._on_restore)
        self.restore_button.setVisible(can_restore)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        buttons.rejected.connect(self.reject)
        buttons.addButton(self.restore_button, QDialogButtonBox.ButtonRole.ActionRole)
        layout = QVBoxLayout(self)
        layout.addWidget(QLabel(self.tr("%n version(s), newest first.", "", len(self.versions))))
        layout.addWidget(split, 1)
        layout.addWidget(buttons)
        self.list.currentRowChanged.connect(self._on_row)
        self.list.setCurrentRow(0)

    def _on_row(self, row: int) -> None:
        if 0 <= row < len(self.versions):
            self.preview.setMarkdown(self.versions[row].body)
            self.restore_button.setEnabled(self.versions[row].replaced_at is not None)

    def _on_restore(self) -> None:
        row = self.list.currentRow()
        if 0 <= row < len(self.versions):
            self.chosen_body = self.versions[row].body
            self.accept()


class NotesTab(QWidget):
    def __init__(self, session: Session, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.session = session
        self.read_only = bool(getattr(session, "read_only", False))
        self._account_id: str | None = None
        self._notes: dict[str, Note] = {}
        self._names: dict[str, str] = {}
        self._current: str | None = None  # the note in the editor; None: a new note
        self._dirty = False
        self._loading = False

        self.filter = QComboBox()
        self.filter.setObjectName("noteFilter")
        self.filter.setToolTip(self.tr("Show the notes about the account, or about one person"))
        self.filter.currentIndexChanged.connect(lambda _: self._fill_list())
        self.new_button = QPushButton(self.tr("&New note"))
        self.new_button.setToolTip(self.tr("Start a new note (Ctrl+Shift+N)"))
        self.new_button.clicked.connect(self.new_note)
        self.brief_button = QPushButton(self.tr("&Brief…"))
        self.brief_button.setObjectName("briefButton")
        self.brief_button.setToolTip(
            self.tr("Write the account brief for the AE: facts, why now, committee, "
                    "outreach, next steps and notes")
        )  # fmt: skip
        brief_menu = QMenu(self.brief_button)
        brief_menu.addAction(self.tr("PDF…"), lambda: self.export_brief("pdf"))
        brief_menu.addAction(self.tr("HTML…"), lambda: self.export_brief("html"))
        brief_menu.addAction(self.tr("Markdown…"), lambda: self.export_brief("md"))
        self.brief_button.setMenu(brief_menu)
        head = QHBoxLayout()
        head.addWidget(self.new_button)
        head.addStretch(1)
        head.addWidget(self.brief_button)

        self.note_list = QListWidget()
        self.note_list.setObjectName("noteList")
        self.note_list.setWordWrap(True)
        self.note_list.setAlternatingRowColors(True)
        self.note_list.setSpacing(2)
        self.note_list.setItemDelegate(RoomyDelegate(self.note_list))
        self.note_list.currentItemChanged.connect(self._on_current_item)
        self.empty = QLabel()
        self.empty.setObjectName("notesEmpty")
        self.empty.setWordWrap(True)
        self.empty.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.empty.setStyleSheet("color: palette(mid); padding: 16px;")
        left = QWidget()
        left_layout = QVBoxLayout(left)
        left_layout.setContentsMargins(0, 0, 0, 0)
        left_layout.addLayout(head)
        left_layout.addWidget(self.filter)
        left_layout.addWidget(self.note_list, 1)
        left_layout.addWidget(self.empty)

        self.meta = QLabel()
        self.meta.setObjectName("noteMeta")
        self.meta.setWordWrap(True)
        self.meta.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.about = QComboBox()
        self.about.setObjectName("noteAbout")
        self.about.setToolTip(self.tr("Who the note is about; a note stays with that person"))
        self.editor = QPlainTextEdit()
        self.editor.setObjectName("noteEditor")
        self.editor.setPlaceholderText(
            self.tr("Write in Markdown: # heading, **bold**, *italic*, - list, [link](https://…)")
        )
        self.editor.textChanged.connect(self._on_text_changed)
        self.preview = OfflineBrowser()
        self.preview.setObjectName("notePreview")
        self.preview.setOpenLinks(False)
        self.preview.anchorClicked.connect(self._on_link)
        self.modes = QTabWidget()
        self.modes.setObjectName("noteModes")
        self.modes.addTab(self.preview, self.tr("Preview"))
        self.modes.addTab(self.editor, self.tr("Write"))
        self.modes.currentChanged.connect(self._on_mode)
        self._preview_timer = QTimer(self)
        self._preview_timer.setSingleShot(True)
        self._preview_timer.setInterval(250)
        self._preview_timer.timeout.connect(self._render_preview)

        self.save_button = QPushButton(self.tr("&Save"))
        self.save_button.setToolTip(self.tr("Save the note (Ctrl+S); the earlier text stays in its history"))
        self.save_button.clicked.connect(self.save)
        self.pin_button = QPushButton()
        self.pin_button.clicked.connect(self.toggle_pin)
        self.delete_button = QPushButton(self.tr("&Delete"))
        self.delete_button.setToolTip(self.tr("Delete the note (Ctrl+Z brings it back)"))
        self.delete_button.clicked.connect(self.delete_note)
        self.history_button = QPushButton(self.tr("&History…"))
        self.history_button.setToolTip(self.tr("Every earlier text of this note"))
        self.history_button.clicked.connect(self.open_history)
        self.read_only_notice = QLabel(
            self.tr("Review mode — read-only: notes can be read, not changed. "
                    "Import the account file to work on it.")
        )  # fmt: skip
        self.read_only_notice.setWordWrap(True)
        self.read_only_notice.setStyleSheet("color: #664d03; background: #fff3cd; padding: 4px;")
        buttons = QHBoxLayout()
        buttons.addWidget(self.save_button)
        buttons.addWidget(self.pin_button)
        buttons.addStretch(1)
        buttons.addWidget(self.history_button)
        buttons.addWidget(self.delete_button)
        about_row = QHBoxLayout()
        about_row.addWidget(QLabel(self.tr("About:")))
        about_row.addWidget(self.about, 1)
        right = QWidget()
        right_layout = QVBoxLayout(right)
        right_layout.setContentsMargins(0, 0, 0, 0)
        right_layout.addWidget(self.read_only_notice)
        right_layout.addWidget(self.meta)
        right_layout.addLayout(about_row)
        right_layout.addWidget(self.modes, 1)
        right_layout.addLayout(buttons)

        split = QSplitter()
        split.addWidget(left)
        split.addWidget(right)
        split.setStretchFactor(0, 2)
        split.setStretchFactor(1, 3)
        split.setSizes([260, 420])
        layout = QVBoxLayout(self)
        layout.addWidget(split)

        for shortcut, slot in (("Ctrl+S", self.save), ("Ctrl+Shift+N", self.new_note)):
            action = QAction(self)
            action.setShortcut(QKeySequence(shortcut))
            action.setShortcutContext(Qt.ShortcutContext.WidgetWithChildrenShortcut)
            action.triggered.connect(lambda _=False, s=slot: s())
            self.addAction(action)
        self.read_only_notice.setVisible(self.read_only)
        for widget in (self.new_button, self.save_button, self.pin_button, self.delete_button):
            widget.setVisible(not self.read_only)
        self.editor.setReadOnly(self.read_only)
        if self.read_only:
            self.modes.setTabVisible(1, False)
        self._update_buttons()

    # -- loading -------------------------------------------------------------------------
    def set_account(self, account_id: str | None) -> None:
        if account_id != self._account_id:
            self.save_draft()
            self._current = None
        self._account_id = account_id
        self.reload()

    @property
    def current_note_id(self) -> str | None:
        return self._current

    def reload(self, select: str | None = None) -> None:
        """Read the account's notes again; keep (or move to) the selected note."""
        if not self._account_id:
            return
        db = self.session.db
        rows = notes.list_notes(db, self._account_id)
        self._notes = {n.id: n for n in rows}
        people = contacts.list_contacts(db, self._account_id)
        self._names = {c.id: c.full_name for c in people}
        self._names.update(notes.contact_names(db, rows))  # people since deleted keep a name
        self._loading = True
        try:
            chosen = self.filter.currentData()
            self.filter.clear()
            self.filter.addItem(self.tr("All notes (%1)").replace("%1", str(len(rows))), ALL_NOTES)
            self.filter.addItem(self.tr("About the account as a whole"), ACCOUNT_ONLY)
            with_notes = {n.contact_id for n in rows if n.contact_id}
            for cid, name in sorted(self._names.items(), key=lambda kv: kv[1]):
                if cid in with_notes:
                    self.filter.addItem(self.tr("About %1").replace("%1", name), cid)
            index = self.filter.findData(chosen) if chosen is not None else 0
            self.filter.setCurrentIndex(max(0, index))
            about = self.about.currentData()
            self.about.clear()
            self.about.addItem(self.tr("The account as a whole"), ACCOUNT_ONLY)
            for c in people:
                self.about.addItem(f"{c.full_name}" + (f" — {c.title}" if c.title else ""), c.id)
            self.about.setCurrentIndex(max(0, self.about.findData(about)))
        finally:
            self._loading = False
        target = select or self._current
        if self._dirty and self._current is None:
            target = None  # a new note being written stays in the editor
        self._fill_list(target)

    def _visible_notes(self) -> list[Note]:
        wanted = self.filter.currentData()
        rows = list(self._notes.values())  # already pinned first, newest first
        if wanted is None or wanted == ALL_NOTES:
            return rows
        return [n for n in rows if (n.contact_id or ACCOUNT_ONLY) == wanted]

    def _item_text(self, note: Note) -> str:
        title = note_title(note.body)
        who = note.author or self.tr("someone")
        line = self.tr("%1 · %2").replace("%1", who).replace("%2", when_text(note.created_at))
        if note.edited_at:
            line += " · " + self.tr("edited")
        if note.contact_id:
            line += " · " + self.tr("about %1").replace("%1", self._names.get(note.contact_id, "?"))
        return f"{'★ ' if note.pinned else ''}{title}\n{line}"

    def _fill_list(self, select: str | None = None) -> None:
        if self._loading:
            return
        select = select if select is not None else self._current
        self._loading = True
        try:
            self.note_list.clear()
            chosen_row = -1
            for n in self._visible_notes():
                item = QListWidgetItem(self._item_text(n))
                item.setData(NoteRole, n.id)
                if n.pinned:
                    item.setToolTip(self.tr("Pinned: shown first, and first in the brief"))
                self.note_list.addItem(item)
                if n.id == select:
                    chosen_row = self.note_list.count() - 1
        finally:
            self._loading = False
        has_notes = bool(self._notes)
        self.empty.setVisible(not has_notes)
        self.empty.setText(
            self.tr("No notes yet. Write what the AE should know: who decides, what was "
                    "promised, what to avoid.") if not self.read_only
            else self.tr("This account has no notes.")
        )  # fmt: skip
        if chosen_row >= 0 and select is not None:
            self.note_list.setCurrentRow(chosen_row)
            self._show_note(self._notes[select])
        elif self._dirty and self._current is None:
            pass  # keep the draft of a new note
        elif self.note_list.count():
            self.note_list.setCurrentRow(0)
        else:
            self._start_new_note(focus=False)

    # -- showing one note ----------------------------------------------------------------
    def _on_current_item(self, current: QListWidgetItem | None, _prev: Any) -> None:
        if self._loading or current is None:
            return
        note_id = current.data(NoteRole)
        if note_id == self._current and not self._dirty:
            return
        if note_id != self._current:
            self.save_draft()
        note = self._notes.get(note_id)
        if note is not None:
            self._show_note(note)

    def _show_note(self, note: Note) -> None:
        self._current = note.id
        self._set_editor_text(note.body)
        self.about.setCurrentIndex(max(0, self.about.findData(note.contact_id or ACCOUNT_ONLY)))
        self.about.setEnabled(False)
        self.meta.setText(self._meta_text(note))
        self.modes.setCurrentWidget(self.preview)
        self._render_preview()
        self._update_buttons()

    def _meta_text(self, note: Note) -> str:
        who = note.author or self.tr("someone")
        text = self.tr("Written by %1 on %2").replace("%1", who).replace(
            "%2", when_text(note.created_at))  # fmt: skip
        if note.edited_at:
            editor = note.edited_by or self.tr("someone")
            text += "\n" + self.tr("Last edited by %1 on %2").replace("%1", editor).replace(
                "%2", when_text(note.edited_at)
            )
        if note.pinned:
            text += "\n" + self.tr("Pinned")
        return text

    def _set_editor_text(self, text: str) -> None:
        self._loading = True
        try:
            self.editor.setPlainText(text)
        finally:
            self._loading = False
        self._dirty = False

    def _start_new_note(self, *, focus: bool = True) -> None:
        self._current = None
        self._set_editor_text("")
        wanted = self.filter.currentData()
        about = wanted if wanted not in (None, ALL_NOTES) else ACCOUNT_ONLY
        self.about.setCurrentIndex(max(0, self.about.findData(about)))
        self.about.setEnabled(not self.read_only)
        self.meta.setText(self.tr("New note") if not self.read_only else "")
        self.preview.clear()
        if not self.read_only:
            self.modes.setCurrentWidget(self.editor)
        if focus:
            self.editor.setFocus()
        self._update_buttons()

    def _on_text_changed(self) -> None:
        if self._loading:
            return
        self._dirty = True
        self._update_buttons()
        if self.modes.currentWidget() is self.preview:
            self._preview_timer.start()

    def _on_mode(self, _index: int) -> None:
        if self.modes.currentWidget() is self.preview:
            self._render_preview()

    def _render_preview(self) -> None:
        self.preview.setMarkdown(self.editor.toPlainText())

    def _on_link(self, url: QUrl) -> None:
        # Only web and mail links leave the app, and only when clicked.
        if url.scheme() in ("http", "https", "mailto"):
            QDesktopServices.openUrl(url)

    def _update_buttons(self) -> None:
        note = self._notes.get(self._current) if self._current else None
        has_text = bool(self.editor.toPlainText().strip())
        self.save_button.setEnabled(self._dirty and has_text)
        self.pin_button.setEnabled(note is not None)
        self.pin_button.setText(self.tr("Un&pin") if note and note.pinned else self.tr("&Pin"))
        self.pin_button.setToolTip(self.tr("Pinned notes come first here and in the brief"))
        self.delete_button.setEnabled(note is not None)
        self.history_button.setEnabled(note is not None and note.edited_at is not None)
        self.brief_button.setEnabled(self._account_id is not None)

    # -- changing notes ------------------------------------------------------------------
    def new_note(self) -> None:
        if self.read_only or not self._account_id:
            return
        self.save_draft()
        self.note_list.clearSelection()
        self.note_list.setCurrentRow(-1)
        self._start_new_note()

    def save_draft(self) -> None:
        """Keep what was typed before the editor shows something else."""
        if self._dirty and self._account_id and self.editor.toPlainText().strip():
            self.save(quiet=True)

    def save(self, *, quiet: bool = False) -> bool:
        if self.read_only or not self._account_id or not self._dirty:
            return False
        text = self.editor.toPlainText()
        db, user = self.session.db, self.session.user
        try:
            if self._current is None or self._current not in self._notes:
                about = self.about.currentData() or None
                note = notes.add_note(db, self._account_id, text, author=user, contact_id=about)
                message = self.tr("Note added")
            else:
                note = notes.edit_note(db, self._current, text, author=user)
                message = self.tr("Note saved; the earlier text is in its history")
        except UserError as exc:
            if quiet:
                self.session.status_message.emit(str(exc), 6000)
            else:
                QMessageBox.warning(self, self.tr("Cannot save the note"), str(exc))
            return False
        self._dirty = False
        self._current = note.id
        self.reload(select=note.id)
        self.session.status_message.emit(message, 4000)
        return True

    def toggle_pin(self) -> None:
        note = self._notes.get(self._current) if self._current else None
        if note is None or self.read_only:
            return
        self.save_draft()
        notes.set_pinned(self.session.db, note.id, not note.pinned)
        self.reload(select=note.id)

    def delete_note(self) -> None:
        note = self._notes.get(self._current) if self._current else None
        if note is None or self.read_only:
            return
        self._dirty = False  # the note goes, and with it what was typed into it
        self._current = None
        command = DeleteNoteCommand(self, note)
        if self.session.undo_stack is not None:
            self.session.undo_stack.push(command)  # runs redo()
        else:
            command.redo()
        self.session.status_message.emit(self.tr("Note deleted — Ctrl+Z brings it back"), 6000)

    def select_note(self, note_id: str) -> bool:
        """Show one note (from a search result); False if it is not one of this account's."""
        if note_id not in self._notes:
            return False
        self.filter.setCurrentIndex(0)
        self._fill_list(note_id)
        return True

    def open_history(self) -> None:
        if not self._current:
            return
        self.save_draft()
        versions = notes.note_history(self.session.db, self._current)
        dialog = NoteHistoryDialog(versions, can_restore=not self.read_only, parent=self)
        if dialog.exec() and dialog.chosen_body is not None:
            self.editor.setPlainText(dialog.chosen_body)  # marks the note as changed
            self.save()

    def hideEvent(self, event: QHideEvent) -> None:  # Qt's name
        self.save_draft()
        super().hideEvent(event)

    # -- the brief -----------------------------------------------------------------------
    def export_brief(self, fmt: str, path: str | Path | None = None) -> None:
        """Write the account brief (md, html or pdf) on a worker; asks where unless told."""
        if not self._account_id:
            return
        self.save_draft()
        account_id, session = self._account_id, self.session
        if path is None:
            suggested = brief.file_name_for(accounts.get_account(session.db, account_id).name, fmt)
            filters = {"pdf": self.tr("PDF files (*.pdf)"), "html": self.tr("Web pages (*.html)"),
                       "md": self.tr("Markdown files (*.md)")}  # fmt: skip
            chosen, _ = QFileDialog.getSaveFileName(self, self.tr("Save the account brief"), suggested, filters[fmt])
            if not chosen:
                return
            path = chosen
        target = Path(path)
        if target.suffix.lower() != f".{fmt}":
            target = target.with_name(f"{target.name}.{fmt}")

        def work(_progress: Any, _cancel: CancelToken) -> Path:
            db = session.open_worker_db()
            try:
                data = brief.build_brief(db, account_id, prepared_by=session.user)
            finally:
                db.close()
            if fmt == "pdf":
                from ui.pdf import render_pdf

                render_pdf(brief.brief_html(data), target, title=brief.brief_title(data))
            else:
                try:
                    target.write_text(brief.render(data, fmt), encoding="utf-8")
                except OSError as exc:
                    raise UserError(f"Cannot write {target}: {exc.strerror or exc}.") from None
            return target

        def done(written: Path) -> None:
            self.brief_button.setEnabled(True)
            self.session.status_message.emit(self.tr("Brief saved to %1").replace("%1", str(written)), 8000)

        def failed(exc: BaseException) -> None:
            self.brief_button.setEnabled(True)
            QMessageBox.warning(self, self.tr("Cannot write the brief"), str(exc))

        self.brief_button.setEnabled(False)
        self.session.status_message.emit(self.tr("Writing the brief…"), 0)
        self.session.runner.run(work, done, failed)
