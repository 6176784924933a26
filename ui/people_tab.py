"""The People tab: the buying committee in lanes by persona tier.

Three lanes (C-Level/VP, Director, Practitioner) plus one for people whose
title says nothing. Each lane shows its coverage against the account's
target; cards show name, title, buying role and status. Dragging a card to
another lane sets the tier by hand (the classifier never overrides it
again); "Automatic" in the menu hands it back. The org chart view draws the
reporting lines.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from PySide6.QtCore import QByteArray, QMimeData, QSize, Qt, Signal
from PySide6.QtGui import QAction, QBrush, QColor, QKeySequence, QPainter, QPen, QTextDocument, QUndoCommand
from PySide6.QtWidgets import (
    QAbstractItemView,
    QHBoxLayout,
    QLabel,
    QListWidget,
    QListWidgetItem,
    QMenu,
    QMessageBox,
    QProgressBar,
    QPushButton,
    QStackedWidget,
    QStyle,
    QStyledItemDelegate,
    QStyleOptionViewItem,
    QTreeWidget,
    QTreeWidgetItem,
    QVBoxLayout,
    QWidget,
)

from app import contacts, outreach
from app.errors import UserError
from research.i18n import render
from research.types import Contact, ContactStatus, PersonaTier
from ui.dialogs.contact_dialog import ContactDialog, role_label, status_label, tier_label
from ui.session import Session

MIME = "application/x-whynow-contact"
LANES = (PersonaTier.C_LEVEL, PersonaTier.DIRECTOR, PersonaTier.PRACTITIONER, PersonaTier.UNKNOWN)
ContactRole = Qt.ItemDataRole.UserRole + 1


class CardDelegate(QStyledItemDelegate):
    """Draws a contact card: the name in bold, then title and role muted, in a rounded box."""

    PAD = 6

    def _doc(self, index: Any, width: int) -> QTextDocument:
        lines = str(index.data(Qt.ItemDataRole.DisplayRole) or "").split("\n")
        muted = "#777777"
        html_lines = [f"<b>{_esc(lines[0])}</b>"] + [f"<span style='color:{muted}'>{_esc(x)}</span>" for x in lines[1:]]
        doc = QTextDocument()
        doc.setDocumentMargin(0)
        doc.setHtml("<br>".join(html_lines))
        doc.setTextWidth(max(40, width - 2 * self.PAD))
        return doc

    def paint(self, painter: QPainter, option: QStyleOptionViewItem, index: Any) -> None:
        painter.save()
        rect = option.rect.adjusted(2, 1, -2, -1)
        selected = bool(option.state & QStyle.StateFlag.State_Selected)
        background = index.data(Qt.ItemDataRole.BackgroundRole)
        fill = (
            option.palette.highlight().color().lighter(170)
            if selected
            else (background.color() if isinstance(background, QBrush) else option.palette.base().color())
        )
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        painter.setBrush(fill)
        painter.setPen(QPen(option.palette.mid().color()))
        painter.drawRoundedRect(rect, 5, 5)
        doc = self._doc(index, rect.width())
        painter.translate(rect.left() + self.PAD, rect.top() + self.PAD)
        doc.drawContents(painter)
        painter.restore()

    def sizeHint(self, option: QStyleOptionViewItem, index: Any) -> QSize:
        width = option.rect.width() or 200
        doc = self._doc(index, width - 4)
        return QSize(width, int(doc.size().height()) + 2 * self.PAD + 4)


def _esc(text: str) -> str:
    return text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;")


class LaneList(QListWidget):
    """A lane of contact cards; dropping a card from another lane asks to move it here."""

    contact_dropped = Signal(str, str)  # contact id, tier

    def __init__(self, tier: PersonaTier, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.tier = tier
        self.setObjectName(f"lane_{tier.value}")
        self.setDragEnabled(True)
        self.setAcceptDrops(True)
        self.setDropIndicatorShown(True)
        self.setDragDropMode(QAbstractItemView.DragDropMode.DragDrop)
        self.setDefaultDropAction(Qt.DropAction.MoveAction)
        self.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.setWordWrap(True)
        self.setSpacing(2)
        self.setResizeMode(QListWidget.ResizeMode.Adjust)
        self.setItemDelegate(CardDelegate(self))

    def mimeTypes(self) -> list[str]:
        return [MIME]

    def mimeData(self, items: Any) -> QMimeData:
        data = QMimeData()
        if items:
            data.setData(MIME, QByteArray(items[0].data(ContactRole).encode()))
        return data

    def dragEnterEvent(self, event: Any) -> None:
        if event.mimeData().hasFormat(MIME):
            event.acceptProposedAction()
        else:
            event.ignore()

    def dragMoveEvent(self, event: Any) -> None:
        if event.mimeData().hasFormat(MIME):
            event.acceptProposedAction()
        else:
            event.ignore()

    def dropEvent(self, event: Any) -> None:
        if not event.mimeData().hasFormat(MIME):
            event.ignore()
            return
        contact_id = bytes(event.mimeData().data(MIME).data()).decode()
        # We reload from the database instead of letting Qt move the item.
        event.setDropAction(Qt.DropAction.CopyAction)
        event.accept()
        self.contact_dropped.emit(contact_id, self.tier.value)


class TierCommand(QUndoCommand):
    """Setting a tier by hand, undoable (back to whatever it was, manual or automatic)."""

    def __init__(self, tab: PeopleTab, contact: Contact, tier: str) -> None:
        super().__init__(tab.tr("Set %1 to %2").replace("%1", contact.full_name).replace("%2", tier_label(tier)))
        self._tab = tab
        self._id = contact.id
        self._tier = tier
        self._old = contact.persona_tier.value if contact.tier_is_manual else "unknown"

    def redo(self) -> None:
        contacts.set_tier(self._tab.session.db, self._id, self._tier)
        self._tab.changed()

    def undo(self) -> None:
        contacts.set_tier(self._tab.session.db, self._id, self._old)
        self._tab.changed()


class DeleteContactCommand(QUndoCommand):
    def __init__(self, tab: PeopleTab, contact: Contact) -> None:
        super().__init__(tab.tr("Delete %1").replace("%1", contact.full_name))
        self._tab = tab
        self._id = contact.id

    def redo(self) -> None:
        contacts.delete_contact(self._tab.session.db, self._id)
        self._tab.changed()

    def undo(self) -> None:
        contacts.restore_contact(self._tab.session.db, self._id)
        self._tab.changed()


class PeopleTab(QWidget):
    def __init__(self, session: Session, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.session = session
        self._account_id: str | None = None
        self._contacts: dict[str, Contact] = {}

        self.summary = QLabel()
        self.summary.setObjectName("committeeSummary")
        self.summary.setStyleSheet("font-weight: 600;")
        self.gaps = QLabel()
        self.gaps.setObjectName("committeeGaps")
        self.gaps.setWordWrap(True)
        self.add_button = QPushButton(self.tr("&Add contact…"))
        self.add_button.clicked.connect(self.add_contact)
        self.view_button = QPushButton(self.tr("Org &chart"))
        self.view_button.setCheckable(True)
        self.view_button.toggled.connect(self._on_view_toggled)
        head = QHBoxLayout()
        text = QVBoxLayout()
        text.addWidget(self.summary)
        text.addWidget(self.gaps)
        head.addLayout(text, 1)
        head.addWidget(self.view_button, 0, Qt.AlignmentFlag.AlignTop)
        head.addWidget(self.add_button, 0, Qt.AlignmentFlag.AlignTop)

        lanes_widget = QWidget()
        lanes_layout = QHBoxLayout(lanes_widget)
        lanes_layout.setContentsMargins(0, 0, 0, 0)
        self.lanes: dict[str, LaneList] = {}
        self.meters: dict[str, QProgressBar] = {}
        self.lane_titles: dict[str, QLabel] = {}
        self.meter_texts: dict[str, QLabel] = {}
        for tier in LANES:
            column = QVBoxLayout()
            title = QLabel(tier_label(tier))
            title.setStyleSheet("font-weight: 600;")
            meter = QProgressBar()
            meter.setObjectName(f"meter_{tier.value}")
            meter.setTextVisible(False)
            meter.setMaximumHeight(8)
            meter_text = QLabel()
            meter_text.setObjectName(f"meterText_{tier.value}")
            self.meter_texts[tier.value] = meter_text
            lane = LaneList(tier)
            lane.contact_dropped.connect(self._on_dropped)
            lane.itemDoubleClicked.connect(lambda item: self.edit_contact(item.data(ContactRole)))
            lane.setContextMenuPolicy(Qt.ContextMenuPolicy.CustomContextMenu)
            lane.customContextMenuRequested.connect(lambda pos, lane=lane: self._menu(lane, pos))
            column.addWidget(title)
            if tier != PersonaTier.UNKNOWN:
                column.addWidget(meter)
                column.addWidget(meter_text)
            column.addWidget(lane, 1)
            lanes_layout.addLayout(column, 1 if tier != PersonaTier.UNKNOWN else 0)
            self.lanes[tier.value] = lane
            self.meters[tier.value] = meter
            self.lane_titles[tier.value] = title
        self.lanes["unknown"].setMaximumWidth(200)

        self.org = QTreeWidget()
        self.org.setObjectName("orgChart")
        self.org.setHeaderLabels([self.tr("Name"), self.tr("Title"), self.tr("Persona tier"), self.tr("Buying role")])
        self.org.setColumnWidth(0, 200)
        self.org.setColumnWidth(1, 220)
        self.org.itemDoubleClicked.connect(lambda item, _c: self.edit_contact(item.data(0, ContactRole)))

        self.empty = QLabel(
            self.tr(
                "No contacts yet. Click “Add contact…”, or import a CSV from Salesforce, "
                "HubSpot or LinkedIn Sales Navigator (File ▸ Import contacts)."
            )
        )
        self.empty.setWordWrap(True)
        self.empty.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.stack = QStackedWidget()
        self.lanes_page = lanes_widget
        self.stack.addWidget(lanes_widget)
        self.stack.addWidget(self.org)
        self.stack.addWidget(self.empty)
        layout = QVBoxLayout(self)
        layout.addLayout(head)
        layout.addWidget(self.stack, 1)

        delete = QAction(self.tr("Delete contact"), self)
        delete.setShortcut(QKeySequence.StandardKey.Delete)
        delete.setShortcutContext(Qt.ShortcutContext.WidgetWithChildrenShortcut)
        delete.triggered.connect(lambda: self.delete_contact(self._selected_id()))
        self.addAction(delete)

    # -- loading -------------------------------------------------------------------------
    def set_account(self, account_id: str | None) -> None:
        self._account_id = account_id
        self.reload()

    def engaged_ids(self) -> set[str]:
        """Contacts engaged by outreach (a reply, a connected call, a meeting)."""
        if not self._account_id:
            return set()
        return set(outreach.engaged_contact_ids(self.session.db, self._account_id))

    def reload(self) -> None:
        if not self._account_id:
            return
        db = self.session.db
        people = contacts.list_contacts(db, self._account_id)
        self._contacts = {c.id: c for c in people}
        engaged = self.engaged_ids()
        coverage = contacts.committee_for_account(db, self._account_id, engaged)
        self.summary.setText(
            self.tr("Buying committee: known %1 · engaged %2")
            .replace("%1", coverage.overall.known.text)
            .replace("%2", coverage.overall.engaged.text)
        )
        if coverage.gaps:
            shown = [f"• {g.text}" for g in coverage.gaps[:5]]
            if len(coverage.gaps) > 5:
                shown.append(self.tr("… and %1 more").replace("%1", str(len(coverage.gaps) - 5)))
            self.gaps.setText("\n".join(shown))
        else:
            self.gaps.setText(self.tr("No gaps: every persona tier and key department is covered."))
        by_tier = {t.tier.value: t for t in coverage.tiers if t.tier is not None}
        for tier_value, meter in self.meters.items():
            tc = by_tier.get(tier_value)
            if tc is None:
                continue
            meter.setRange(0, 100)
            meter.setValue(tc.known.percent)
            self.meter_texts[tier_value].setText(
                self.tr("known %1\nengaged %2").replace("%1", tc.known.text).replace("%2", tc.engaged.text)
            )
            meter.setToolTip(
                self.tr("Known: %1\nEngaged: %2").replace("%1", tc.known.text).replace("%2", tc.engaged.text)
            )
        for lane in self.lanes.values():
            lane.clear()
        for contact in sorted(people, key=lambda c: c.full_name.casefold()):
            self.lanes[contact.persona_tier.value].addItem(self._card(contact, contact.id in engaged))
        self.lane_titles["unknown"].setVisible(bool(self.lanes["unknown"].count()))
        self.lanes["unknown"].setVisible(bool(self.lanes["unknown"].count()))
        self._fill_org_chart()
        if not people:
            self.stack.setCurrentWidget(self.empty)
        else:
            self.stack.setCurrentWidget(self.org if self.view_button.isChecked() else self.lanes_page)

    def _card(self, contact: Contact, engaged: bool) -> QListWidgetItem:
        lines = [contact.full_name + ("  ✓" if engaged else ""), contact.title or self.tr("(no title)")]
        extras = []
        if contact.buying_role.value != "unknown":
            extras.append(role_label(contact.buying_role))
        if contact.status != ContactStatus.ACTIVE:
            extras.append(status_label(contact.status))
        if contact.tier_is_manual:
            extras.append(self.tr("tier set by hand"))
        if extras:
            lines.append(" · ".join(extras))
        item = QListWidgetItem("\n".join(lines))
        item.setData(ContactRole, contact.id)
        tip = render(contact.tier_reason or "")
        item.setToolTip(
            self.tr("Persona tier: %1 — %2").replace("%1", tier_label(contact.persona_tier)).replace("%2", tip)
        )
        if contact.status != ContactStatus.ACTIVE:
            item.setForeground(QBrush(QColor("#888888")))
        if engaged:
            item.setBackground(QBrush(QColor(46, 125, 50, 40)))
        return item

    def _fill_org_chart(self) -> None:
        self.org.clear()
        if not self._account_id:
            return

        def add(parent: QTreeWidget | QTreeWidgetItem, node: Any) -> None:
            c = node.contact
            item = QTreeWidgetItem([c.full_name, c.title, tier_label(c.persona_tier), role_label(c.buying_role)])
            item.setData(0, ContactRole, c.id)
            if isinstance(parent, QTreeWidget):
                parent.addTopLevelItem(item)
            else:
                parent.addChild(item)
            for child in node.reports:
                add(item, child)

        for root in contacts.org_chart(self.session.db, self._account_id):
            add(self.org, root)
        self.org.expandAll()

    def _on_view_toggled(self, org: bool) -> None:
        if self._contacts:
            self.stack.setCurrentWidget(self.org if org else self.lanes_page)

    # -- actions ---------------------------------------------------------------------------
    def changed(self) -> None:
        self.reload()
        if self._account_id:
            self.session.account_changed.emit(self._account_id)

    def _undo_push(self, command: QUndoCommand) -> None:
        stack = getattr(self.session, "undo_stack", None)
        if stack is not None:
            stack.push(command)
        else:
            command.redo()

    def _selected_id(self) -> str | None:
        for lane in self.lanes.values():
            items = lane.selectedItems()
            if items:
                return str(items[0].data(ContactRole))
        item = self.org.currentItem()
        return str(item.data(0, ContactRole)) if item is not None else None

    def _on_dropped(self, contact_id: str, tier: str) -> None:
        self.set_tier(contact_id, tier)

    def set_tier(self, contact_id: str, tier: str) -> None:
        contact = self._contacts.get(contact_id)
        if contact is None:
            return
        if tier == "unknown" and not contact.tier_is_manual:
            return
        if tier == contact.persona_tier.value and contact.tier_is_manual:
            return
        self._undo_push(TierCommand(self, contact, tier))
        self.session.status_message.emit(
            self.tr("%1 is now %2 (set by hand; Ctrl+Z undoes)")
            .replace("%1", contact.full_name)
            .replace("%2", tier_label(tier)),
            5000,
        )

    def add_contact(self) -> None:
        if not self._account_id:
            return
        dialog = ContactDialog(self.session.db, self._account_id, None, self)
        if dialog.exec():
            self.changed()

    def edit_contact(self, contact_id: str | None) -> None:
        if not contact_id or not self._account_id:
            return
        try:
            contact = contacts.get_contact(self.session.db, contact_id)
        except UserError:
            return
        dialog = ContactDialog(self.session.db, self._account_id, contact, self)
        if dialog.exec():
            self.changed()

    def delete_contact(self, contact_id: str | None) -> None:
        contact = self._contacts.get(contact_id or "")
        if contact is None:
            return
        answer = QMessageBox.question(
            self,
            self.tr("Delete contact"),
            self.tr("Delete %1? You can undo this with Ctrl+Z.").replace("%1", contact.full_name),
        )
        if answer == QMessageBox.StandardButton.Yes:
            self._undo_push(DeleteContactCommand(self, contact))

    def _menu(self, lane: LaneList, pos: Any) -> None:
        item = lane.itemAt(pos)
        if item is None:
            return
        contact_id = str(item.data(ContactRole))
        menu = QMenu(self)
        menu.addAction(self.tr("Edit…"), lambda: self.edit_contact(contact_id))
        tier_menu = menu.addMenu(self.tr("Set persona tier"))

        def set_to(tier: str) -> Callable[[], None]:
            return lambda: self.set_tier(contact_id, tier)

        for tier in (PersonaTier.C_LEVEL, PersonaTier.DIRECTOR, PersonaTier.PRACTITIONER):
            tier_menu.addAction(tier_label(tier), set_to(tier.value))
        tier_menu.addAction(self.tr("Automatic (from the title)"), lambda: self.set_tier(contact_id, "unknown"))
        menu.addSeparator()
        menu.addAction(self.tr("Delete…"), lambda: self.delete_contact(contact_id))
        menu.exec(lane.viewport().mapToGlobal(pos))
