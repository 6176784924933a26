"""The Threads view: an account's outreach as one row per contact on a shared time axis.

Rows are grouped by persona tier (C-level first, then the touches logged for
the account as a whole). Each touch is a mark: its shape says the channel,
a filled mark came in (they wrote or called us), a hollow one went out, and
its colour is the outcome. The right edge says how old the last touch is
and where the thread stands (untouched, waiting, cold, answered, opted
out), so gaps in a buying committee show at a glance. Clicking a mark
selects that touch; hovering shows its details.

The view paints only the rows on screen, so an account with a thousand
contacts and thousands of touches scrolls smoothly. It draws what
`app.outreach.threads` returned and nothing else: it must not query the
workspace, decide what a touch means or change anything.

Also here: the words and colours for channels, outcomes and reply states
that the other outreach widgets share, and the legend.
"""

from __future__ import annotations

import math
from collections.abc import Sequence
from dataclasses import dataclass, field
from datetime import UTC, datetime, timedelta
from typing import Any

from PySide6.QtCore import (
    QCoreApplication,
    QDate,
    QEvent,
    QLocale,
    QPoint,
    QPointF,
    QRect,
    QRectF,
    QSize,
    Qt,
    Signal,
)
from PySide6.QtGui import (
    QBrush,
    QColor,
    QFont,
    QFontMetrics,
    QHelpEvent,
    QKeyEvent,
    QMouseEvent,
    QPainter,
    QPainterPath,
    QPaintEvent,
    QPalette,
    QPen,
    QPolygonF,
    QResizeEvent,
)
from PySide6.QtWidgets import QAbstractScrollArea, QSizePolicy, QToolTip, QWidget

from research import relationship as rel
from ui.dialogs.contact_dialog import tier_label
from ui.i18n import format_date

# -- shared words and colours ------------------------------------------------------------------


def channel_label(channel: str) -> str:
    t = QCoreApplication.translate
    return {
        "email": t("Outreach", "E-mail"),
        "call": t("Outreach", "Call"),
        "voicemail": t("Outreach", "Voicemail"),
        "linkedin": t("Outreach", "LinkedIn"),
        "sms": t("Outreach", "SMS"),
        "meeting": t("Outreach", "Meeting"),
        "event": t("Outreach", "Event"),
        "other": t("Outreach", "Other"),
    }.get(channel, channel)


def outcome_label(outcome: str) -> str:
    t = QCoreApplication.translate
    return {
        "sent": t("Outreach", "Sent"),
        "no_answer": t("Outreach", "No answer"),
        "left_voicemail": t("Outreach", "Left a voicemail"),
        "connected": t("Outreach", "Connected"),
        "replied_positive": t("Outreach", "Positive reply"),
        "replied_neutral": t("Outreach", "Neutral reply"),
        "replied_negative": t("Outreach", "Negative reply"),
        "meeting_booked": t("Outreach", "Meeting booked"),
        "bounced": t("Outreach", "Bounced"),
        "opted_out": t("Outreach", "Opted out"),
    }.get(outcome, outcome)


def direction_label(direction: str) -> str:
    t = QCoreApplication.translate
    return {"outbound": t("Outreach", "Outbound"), "inbound": t("Outreach", "Inbound")}.get(direction, direction)


def reply_state_label(state: str) -> str:
    t = QCoreApplication.translate
    return {
        "untouched": t("Outreach", "Untouched"),
        "waiting": t("Outreach", "Waiting"),
        "cold": t("Outreach", "Cold"),
        "replied_positive": t("Outreach", "Answered +"),
        "replied_neutral": t("Outreach", "Answered"),
        "replied_negative": t("Outreach", "Answered −"),
        "opted_out": t("Outreach", "Opted out"),
    }.get(state, state)


def reply_state_help(state: str) -> str:
    """What a reply state means, for tooltips."""
    t = QCoreApplication.translate
    return {
        "untouched": t("Outreach", "No touch logged yet."),
        "waiting": t("Outreach", "Only outbound touches so far, the last one recent."),
        "cold": t("Outreach", "Only outbound touches, and silence for more than two weeks."),
        "replied_positive": t("Outreach", "Their latest answer was positive (or a meeting)."),
        "replied_neutral": t("Outreach", "Their latest answer was neutral (or a connected call)."),
        "replied_negative": t("Outreach", "Their latest answer was negative."),
        "opted_out": t("Outreach", "They asked not to be contacted."),
    }.get(state, "")


def enrolment_status_label(status: str) -> str:
    t = QCoreApplication.translate
    return {
        "active": t("Outreach", "Active"),
        "paused": t("Outreach", "Paused"),
        "stopped": t("Outreach", "Stopped"),
        "finished": t("Outreach", "Finished"),
    }.get(status, status)


def score_part_label(name: str) -> str:
    t = QCoreApplication.translate
    return {
        "recency": t("Outreach", "Recency"),
        "frequency": t("Outreach", "Frequency"),
        "reciprocity": t("Outreach", "Reciprocity"),
        "opted_out": t("Outreach", "Opted out"),
    }.get(name, name)


#: outcome colours: mid-saturation so they read on light and dark backgrounds alike
OUTCOME_COLOURS = {
    "sent": "#5b7db1",
    "no_answer": "#8f8f8f",
    "left_voicemail": "#a1887f",
    "connected": "#00897b",
    "replied_positive": "#2e9d3a",
    "replied_neutral": "#e0a100",
    "replied_negative": "#e65100",
    "meeting_booked": "#8e44ad",
    "bounced": "#c62828",
    "opted_out": "#d81b60",
}
STATE_COLOURS = {
    "untouched": "#9e9e9e",
    "waiting": "#5b7db1",
    "cold": "#6f8fa3",
    "replied_positive": "#2e9d3a",
    "replied_neutral": "#e0a100",
    "replied_negative": "#e65100",
    "opted_out": "#d81b60",
}
#: every channel has its own shape, so colour is free to say the outcome
CHANNEL_SHAPES = {
    "email": "circle",
    "call": "square",
    "voicemail": "triangle_down",
    "linkedin": "diamond",
    "sms": "triangle_up",
    "meeting": "star",
    "event": "hexagon",
    "other": "plus",
}
ANSWERED_STATES = ("replied_positive", "replied_neutral", "replied_negative")


def mark_path(shape: str, centre: QPointF, radius: float) -> QPainterPath:
    """The outline of a mark of `shape` around `centre`."""
    path = QPainterPath()
    x, y, r = centre.x(), centre.y(), radius

    def polygon(points: Sequence[tuple[float, float]]) -> None:
        path.addPolygon(QPolygonF([QPointF(x + px, y + py) for px, py in points]))
        path.closeSubpath()

    if shape == "circle":
        path.addEllipse(centre, r, r)
    elif shape == "square":
        s = r * 0.88
        path.addRect(QRectF(x - s, y - s, 2 * s, 2 * s))
    elif shape == "diamond":
        polygon([(0, -r * 1.2), (r * 1.2, 0), (0, r * 1.2), (-r * 1.2, 0)])
    elif shape == "triangle_up":
        polygon([(0, -r * 1.15), (r * 1.1, r * 0.85), (-r * 1.1, r * 0.85)])
    elif shape == "triangle_down":
        polygon([(0, r * 1.15), (r * 1.1, -r * 0.85), (-r * 1.1, -r * 0.85)])
    elif shape == "star":
        points = []
        for i in range(10):
            radius_i = r * 1.3 if i % 2 == 0 else r * 0.55
            angle = -math.pi / 2 + i * math.pi / 5
            points.append((radius_i * math.cos(angle), radius_i * math.sin(angle)))
        polygon(points)
    elif shape == "hexagon":
        polygon([(r * 1.1 * math.cos(a), r * 1.1 * math.sin(a)) for a in (i * math.pi / 3 for i in range(6))])
    else:  # plus
        w = r * 0.45
        polygon(
            [
                (-w, -r),
                (w, -r),
                (w, -w),
                (r, -w),
                (r, w),
                (w, w),
                (w, r),
                (-w, r),
                (-w, w),
                (-r, w),
                (-r, -w),
                (-w, -w),
            ]
        )
    return path


def paint_mark(
    painter: QPainter,
    centre: QPointF,
    channel: str,
    outcome: str,
    inbound: bool,
    radius: float,
    background: QColor,
    *,
    colour: QColor | None = None,
) -> None:
    """One touch mark: shape = channel, filled = inbound, colour = outcome."""
    shade = colour or QColor(OUTCOME_COLOURS.get(outcome, "#8f8f8f"))
    path = mark_path(CHANNEL_SHAPES.get(channel, "plus"), centre, radius)
    painter.setPen(QPen(shade, 1.8 if not inbound else 1.0))
    painter.setBrush(QBrush(shade if inbound else background))
    painter.drawPath(path)
    if outcome in ("bounced", "opted_out"):  # never reached anyone: strike it through
        painter.setPen(QPen(shade, 1.6))
        d = radius * 0.95
        painter.drawLine(QPointF(centre.x() - d, centre.y() - d), QPointF(centre.x() + d, centre.y() + d))
        painter.drawLine(QPointF(centre.x() - d, centre.y() + d), QPointF(centre.x() + d, centre.y() - d))


def touches_text(count: int) -> str:
    t = QCoreApplication.translate
    return t("Outreach", "1 touch") if count == 1 else t("Outreach", "%1 touches").replace("%1", str(count))


def people_text(count: int) -> str:
    t = QCoreApplication.translate
    return t("Outreach", "1 person") if count == 1 else t("Outreach", "%1 people").replace("%1", str(count))


def parse_moment(value: str) -> datetime:
    return rel.parse_time(value)


def local_time_text(value: str) -> str:
    """A stored UTC timestamp as the user's local date and time."""
    moment = parse_moment(value).astimezone()
    return f"{format_date(value)} {moment.strftime('%H:%M')}"


def age_text(days: int | None) -> str:
    t = QCoreApplication.translate
    if days is None:
        return "—"
    if days == 0:
        return t("Outreach", "today")
    return t("Outreach", "%1 d").replace("%1", str(days))


def touch_summary_html(touch: dict[str, Any], who: str) -> str:
    """A touch in a few lines of rich text: when, who, channel, outcome, subject, notes."""
    t = QCoreApplication.translate
    direction = "←" if touch["direction"] == "inbound" else "→"
    lines = [
        f"<b>{_esc(local_time_text(touch['at']))}</b> · {_esc(who)}",
        f"{direction} {_esc(channel_label(touch['channel']))} · "
        f"{_esc(direction_label(touch['direction']))} · "
        f"<span style='color:{OUTCOME_COLOURS.get(touch['outcome'], '#888')}'><b>"
        f"{_esc(outcome_label(touch['outcome']))}</b></span>",
    ]
    if touch.get("subject"):
        lines.append(_esc(t("Outreach", "Subject: %1").replace("%1", touch["subject"])))
    if touch.get("notes"):
        notes = touch["notes"] if len(touch["notes"]) <= 400 else touch["notes"][:400] + "…"
        lines.append("<i>" + _esc(notes).replace("\n", "<br>") + "</i>")
    if touch.get("logged_by"):
        lines.append(_esc(t("Outreach", "Logged by %1").replace("%1", touch["logged_by"])))
    return "<br>".join(lines)


def _esc(text: str) -> str:
    return str(text).replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;")


# -- rows --------------------------------------------------------------------------------------


@dataclass(slots=True)
class _Row:
    kind: str  # "group" or "thread"
    top: int
    height: int
    label: str = ""
    thread: dict[str, Any] | None = None
    #: (seconds since the epoch, touch) oldest first, so the newest paints on top
    touches: list[tuple[float, dict[str, Any]]] = field(default_factory=list)


def _matches(thread: dict[str, Any], text: str, state: str) -> bool:
    if state == "answered":
        if thread["reply_state"] not in ANSWERED_STATES:
            return False
    elif state and thread["reply_state"] != state:
        return False
    if text:
        hay = f"{thread['full_name']} {thread['title']} {thread['email']}".casefold()
        return text in hay
    return True


class ThreadsView(QAbstractScrollArea):
    """One row per contact, grouped by tier, touches as marks on a shared time axis."""

    #: a mark was clicked: the touch (its dict, plus "contact_name" and "contact_id")
    touch_selected = Signal(object)
    #: a row was clicked or moved to with the keys: contact id ("" = the account as a whole)
    contact_selected = Signal(str)
    #: a mark was double-clicked: edit that touch
    touch_activated = Signal(object)

    HEADER_H = 30
    GROUP_H = 26
    ROW_H = 28
    STATE_W = 178
    MARK_R = 5.0
    PAD = 8

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("threadsView")
        self.setFocusPolicy(Qt.FocusPolicy.StrongFocus)
        self.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Expanding)
        self.viewport().setMouseTracking(True)
        self.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self._groups: list[dict[str, Any]] = []
        self._rows: list[_Row] = []
        self._content_h = 0
        self._now = datetime.now(UTC)
        self._window_days: int | None = 180
        self._start = self._now - timedelta(days=180)
        self._end = self._now
        self._filter_text = ""
        self._filter_state = ""
        self._selected_contact: str | None = None
        self._selected_touch: str | None = None
        self._hover_touch: str | None = None
        self._earliest: datetime | None = None
        self._latest: datetime | None = None
        self._empty_text = ""

    # -- data ----------------------------------------------------------------------------------
    def set_groups(self, groups: list[dict[str, Any]], now: datetime | None = None) -> None:
        """Show `app.outreach.threads` output; selection is kept when the touch is still there."""
        self._groups = groups
        self._now = now or datetime.now(UTC)
        self._earliest = self._latest = None
        for group in groups:
            for thread in group["threads"]:
                for touch in thread["touches"]:
                    moment = parse_moment(touch["at"])
                    if self._earliest is None or moment < self._earliest:
                        self._earliest = moment
                    if self._latest is None or moment > self._latest:
                        self._latest = moment
        self._layout_rows()

    def set_window(self, days: int | None) -> None:
        """How far back the axis reaches; None = back to the first touch."""
        self._window_days = days
        self._fit_axis()
        self.viewport().update()

    def set_filter(self, text: str = "", state: str = "") -> None:
        """Only threads whose name/title/e-mail contains `text` and in reply `state`
        ("answered" = any reply state; "" = all)."""
        self._filter_text = text.strip().casefold()
        self._filter_state = state
        self._layout_rows()

    def set_empty_text(self, text: str) -> None:
        self._empty_text = text
        self.viewport().update()

    def thread_count(self) -> int:
        return sum(1 for r in self._rows if r.kind == "thread")

    def visible_names(self) -> list[str]:
        """Names of the rows shown, top to bottom ("" for the account as a whole)."""
        return [r.thread["full_name"] for r in self._rows if r.thread is not None]

    def _fit_axis(self) -> None:
        # Room for today's marks at the right edge (and for a meeting logged ahead of time).
        end = max(self._now, self._latest or self._now) + timedelta(days=2)
        if self._window_days is None:
            earliest = self._earliest or self._now
            start = min(earliest - timedelta(days=3), self._now - timedelta(days=30))
        else:
            start = self._now - timedelta(days=self._window_days)
        self._start, self._end = start, end

    def _layout_rows(self) -> None:
        rows: list[_Row] = []
        y = 0
        for group in self._groups:
            threads = [t for t in group["threads"] if _matches(t, self._filter_text, self._filter_state)]
            if not threads:
                continue
            rows.append(_Row("group", y, self.GROUP_H, self._group_label(group, threads)))
            y += self.GROUP_H
            for thread in threads:
                touches = sorted(
                    ((parse_moment(t["at"]).timestamp(), t) for t in thread["touches"]),
                    key=lambda pair: pair[0],
                )
                rows.append(_Row("thread", y, self.ROW_H, thread=thread, touches=touches))
                y += self.ROW_H
        self._rows = rows
        self._content_h = y
        self._fit_axis()
        self._update_scrollbar()
        self.viewport().update()

    def _group_label(self, group: dict[str, Any], threads: list[dict[str, Any]]) -> str:
        t = QCoreApplication.translate
        name = (
            tier_label(group["persona_tier"])
            if group["persona_tier"] is not None
            else t("Outreach", "Account as a whole")
        )
        if group["persona_tier"] is None:
            return name
        touched = sum(1 for x in threads if x["touch_count"])
        answered = sum(1 for x in threads if x["reply_state"] in ANSWERED_STATES)
        cold = sum(1 for x in threads if x["reply_state"] == "cold")
        parts = [
            people_text(len(threads)),
            t("Outreach", "%1 touched").replace("%1", str(touched)),
            t("Outreach", "%1 answered").replace("%1", str(answered)),
        ]
        if cold:
            parts.append(t("Outreach", "%1 cold").replace("%1", str(cold)))
        return f"{name}  —  " + " · ".join(parts)

    def _update_scrollbar(self) -> None:
        page = max(0, self.viewport().height() - self.HEADER_H)
        bar = self.verticalScrollBar()
        bar.setRange(0, max(0, self._content_h - page))
        bar.setPageStep(page)
        bar.setSingleStep(self.ROW_H)

    # -- geometry --------------------------------------------------------------------------------
    def _name_w(self) -> int:
        """The names' column: a quarter of the width, so the time axis keeps most of it."""
        return max(130, min(240, self.viewport().width() // 4))

    def _strip(self) -> tuple[float, float]:
        left = self._name_w() + self.PAD
        right = self.viewport().width() - self.STATE_W - self.PAD
        return float(left), float(max(left + 40, right))

    def x_of(self, moment: datetime | float) -> float:
        seconds = moment.timestamp() if isinstance(moment, datetime) else moment
        left, right = self._strip()
        span = (self._end - self._start).total_seconds() or 1.0
        return left + (seconds - self._start.timestamp()) / span * (right - left)

    def _row_y(self, row: _Row) -> int:
        """Top of `row` in viewport coordinates."""
        return self.HEADER_H + row.top - self.verticalScrollBar().value()

    def _row_index_at(self, y: int) -> int:
        """Index of the row at viewport `y` (-1 in the header or below the last row)."""
        if y < self.HEADER_H:
            return -1
        content_y = y - self.HEADER_H + self.verticalScrollBar().value()
        lo, hi = 0, len(self._rows) - 1
        while lo <= hi:  # rows are sorted by top: bisect
            mid = (lo + hi) // 2
            row = self._rows[mid]
            if content_y < row.top:
                hi = mid - 1
            elif content_y >= row.top + row.height:
                lo = mid + 1
            else:
                return mid
        return -1

    def _row_at(self, y: int) -> _Row | None:
        index = self._row_index_at(y)
        return self._rows[index] if index >= 0 else None

    def _visible(self, seconds: float) -> bool:
        return self._start.timestamp() <= seconds <= self._end.timestamp()

    def _marks(self, row: _Row) -> list[tuple[QPointF, dict[str, Any]]]:
        cy = self._row_y(row) + row.height / 2
        return [(QPointF(self.x_of(s), cy), t) for s, t in row.touches if self._visible(s)]

    def touch_at(self, pos: QPoint) -> dict[str, Any] | None:
        """The touch whose mark is under `pos` (viewport coordinates), nearest first."""
        row = self._row_at(pos.y())
        if row is None or row.thread is None:
            return None
        best: tuple[float, dict[str, Any]] | None = None
        reach = self.MARK_R + 3
        for centre, touch in self._marks(row):
            distance = math.hypot(centre.x() - pos.x(), centre.y() - pos.y())
            if distance <= reach and (best is None or distance <= best[0]):
                best = (distance, touch)  # <=: the later (painted on top) wins a tie
        return self._with_contact(best[1], row.thread) if best else None

    def thread_at(self, pos: QPoint) -> dict[str, Any] | None:
        row = self._row_at(pos.y())
        return row.thread if row is not None else None

    def mark_center(self, touch_id: str) -> QPoint | None:
        """Where the mark of `touch_id` is drawn (viewport coordinates), scrolled into view."""
        for row in self._rows:
            if row.thread is None:
                continue
            for seconds, touch in row.touches:
                if touch["id"] == touch_id:
                    self._scroll_to(row)
                    if not self._visible(seconds):
                        return None
                    y = self._row_y(row) + row.height // 2
                    return QPoint(round(self.x_of(seconds)), y)
        return None

    def _with_contact(self, touch: dict[str, Any], thread: dict[str, Any]) -> dict[str, Any]:
        out = dict(touch)
        out["contact_id"] = thread["contact_id"]
        out["contact_name"] = thread["full_name"]
        return out

    def _scroll_to(self, row: _Row) -> None:
        bar = self.verticalScrollBar()
        page = bar.pageStep() or max(0, self.viewport().height() - self.HEADER_H)
        if row.top < bar.value():
            bar.setValue(row.top)
        elif row.top + row.height > bar.value() + page:
            bar.setValue(row.top + row.height - page)

    # -- selection -------------------------------------------------------------------------------
    @property
    def selected_touch_id(self) -> str | None:
        return self._selected_touch

    @property
    def selected_contact_id(self) -> str | None:
        return self._selected_contact

    def select_touch(self, touch_id: str | None, *, emit: bool = True) -> dict[str, Any] | None:
        """Select a touch (and its row); returns it with its contact, or None."""
        self._selected_touch = touch_id
        found: dict[str, Any] | None = None
        if touch_id:
            for row in self._rows:
                if row.thread is None:
                    continue
                for _s, touch in row.touches:
                    if touch["id"] == touch_id:
                        found = self._with_contact(touch, row.thread)
                        self._selected_contact = row.thread["contact_id"] or ""
                        self._scroll_to(row)
                        break
                if found:
                    break
        self.viewport().update()
        if found is not None and emit:
            self.touch_selected.emit(found)
        return found

    def select_contact(self, contact_id: str | None, *, emit: bool = True) -> None:
        self._selected_contact = contact_id
        self._selected_touch = None
        for row in self._rows:
            if row.thread is not None and (row.thread["contact_id"] or "") == (contact_id or ""):
                self._scroll_to(row)
                break
        self.viewport().update()
        if emit and contact_id is not None:
            self.contact_selected.emit(contact_id)

    def select_at(self, pos: QPoint) -> dict[str, Any] | None:
        """What a click at `pos` does: select the mark there, else the row; returns the touch."""
        touch = self.touch_at(pos)
        if touch is not None:
            return self.select_touch(touch["id"])
        thread = self.thread_at(pos)
        if thread is not None:
            self.select_contact(thread["contact_id"] or "")
        return None

    # -- events ----------------------------------------------------------------------------------
    def resizeEvent(self, event: QResizeEvent) -> None:
        super().resizeEvent(event)
        self._update_scrollbar()

    def sizeHint(self) -> QSize:
        return QSize(900, 360)

    def mousePressEvent(self, event: QMouseEvent) -> None:
        if event.button() == Qt.MouseButton.LeftButton:
            self.select_at(event.position().toPoint())
        super().mousePressEvent(event)

    def mouseDoubleClickEvent(self, event: QMouseEvent) -> None:
        touch = self.touch_at(event.position().toPoint())
        if touch is not None:
            self.touch_activated.emit(touch)

    def mouseMoveEvent(self, event: QMouseEvent) -> None:
        touch = self.touch_at(event.position().toPoint())
        hover = touch["id"] if touch else None
        if hover != self._hover_touch:
            self._hover_touch = hover
            self.viewport().setCursor(Qt.CursorShape.PointingHandCursor if hover else Qt.CursorShape.ArrowCursor)
            self.viewport().update()
        super().mouseMoveEvent(event)

    def viewportEvent(self, event: QEvent) -> bool:
        if event.type() == QEvent.Type.ToolTip and isinstance(event, QHelpEvent):
            text = self.tooltip_at(event.pos())
            if text:
                QToolTip.showText(event.globalPos(), text, self.viewport())
            else:
                QToolTip.hideText()
                event.ignore()
            return True
        if event.type() == QEvent.Type.Leave and self._hover_touch:
            self._hover_touch = None
            self.viewport().update()
        return super().viewportEvent(event)

    def tooltip_at(self, pos: QPoint) -> str:
        """The hover text at `pos`: a touch's details on a mark, else the row's summary."""
        t = QCoreApplication.translate
        touch = self.touch_at(pos)
        if touch is not None:
            who = touch["contact_name"] or t("Outreach", "the account as a whole")
            return touch_summary_html(touch, who)
        thread = self.thread_at(pos)
        if thread is None:
            return ""
        name = thread["full_name"] or t("Outreach", "Account as a whole")
        lines = [f"<b>{_esc(name)}</b>" + (f" — {_esc(thread['title'])}" if thread["title"] else "")]
        state = thread["reply_state"]
        lines.append(f"{_esc(reply_state_label(state))}: {_esc(reply_state_help(state))}")
        score = thread["relationship"]
        lines.append(
            _esc(
                t("Outreach", "Relationship %1/100 (%2 in 30 days)")
                .replace("%1", str(score["score"]))
                .replace("%2", f"{score['trend']:+d}")
            )
        )
        lines.append(
            _esc(touches_text(thread["touch_count"]))
            + (
                " · " + _esc(t("Outreach", "last %1 ago").replace("%1", age_text(thread["last_touch_age_days"])))
                if thread["last_touch_age_days"] is not None
                else ""
            )
        )
        if thread["engaged_reason"]:
            lines.append(_esc(t("Outreach", "Engaged: %1").replace("%1", thread["engaged_reason"])))
        if thread.get("status") and thread["status"] != "active":
            lines.append(_esc(t("Outreach", "Contact status: %1").replace("%1", thread["status"])))
        enrolment = thread.get("enrolment")
        if enrolment:
            text = (
                t("Outreach", "Playbook %1: %2")
                .replace("%1", enrolment["playbook"])
                .replace("%2", enrolment_status_label(enrolment["status"]))
            )
            if enrolment["next_due"]:
                text += " · " + t("Outreach", "next %1 on %2").replace(
                    "%1", channel_label(enrolment["next_channel"] or "")
                ).replace("%2", format_date(enrolment["next_due"]))
            lines.append(_esc(text))
        return "<br>".join(lines)

    def keyPressEvent(self, event: QKeyEvent) -> None:
        threads = [r for r in self._rows if r.thread is not None]
        if not threads:
            super().keyPressEvent(event)
            return
        current = self._selected_index(threads)
        key = event.key()
        if key in (Qt.Key.Key_Down, Qt.Key.Key_Up):
            step = 1 if key == Qt.Key.Key_Down else -1
            index = max(0, min(len(threads) - 1, current + step if current >= 0 else 0))
            self.select_contact(threads[index].thread["contact_id"] or "")  # type: ignore[index]
            return
        if key in (Qt.Key.Key_Left, Qt.Key.Key_Right) and current >= 0:
            row = threads[current]
            ids = [t["id"] for s, t in row.touches if self._visible(s)]
            if ids:
                if self._selected_touch in ids:
                    i = ids.index(self._selected_touch) + (1 if key == Qt.Key.Key_Right else -1)
                else:
                    i = len(ids) - 1
                self.select_touch(ids[max(0, min(len(ids) - 1, i))])
            return
        if key in (Qt.Key.Key_Return, Qt.Key.Key_Enter) and self._selected_touch:
            touch = self.select_touch(self._selected_touch, emit=False)
            if touch is not None:
                self.touch_activated.emit(touch)
            return
        super().keyPressEvent(event)

    def _selected_index(self, threads: list[_Row]) -> int:
        if self._selected_contact is None:
            return -1
        for i, row in enumerate(threads):
            if row.thread is not None and (row.thread["contact_id"] or "") == self._selected_contact:
                return i
        return -1

    # -- painting --------------------------------------------------------------------------------
    def paintEvent(self, event: QPaintEvent) -> None:
        painter = QPainter(self.viewport())
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        palette = self.palette()
        base = palette.color(QPalette.ColorRole.Base)
        painter.fillRect(event.rect(), base)
        if not self._rows:
            painter.setPen(palette.color(QPalette.ColorRole.PlaceholderText))
            painter.drawText(
                self.viewport().rect().adjusted(24, self.HEADER_H, -24, -12),
                Qt.AlignmentFlag.AlignCenter | Qt.TextFlag.TextWordWrap,
                self._empty_text,
            )
            self._paint_header(painter, palette)
            return
        top = self.verticalScrollBar().value()
        bottom = top + self.viewport().height()
        ticks = self._ticks()
        start_index = max(0, self._row_index_at(self.HEADER_H))
        painter.save()
        painter.setClipRect(QRect(0, self.HEADER_H, self.viewport().width(), self.viewport().height()))
        for row in self._rows[start_index:]:
            if row.top > bottom:
                break
            if row.kind == "group":
                self._paint_group(painter, row, palette)
            else:
                self._paint_thread(painter, row, palette, ticks)
        painter.restore()
        self._paint_header(painter, palette)

    def _ticks(self) -> list[tuple[datetime, str, bool]]:
        """(moment, label, major) for the axis: weeks on a short axis, months on a long one."""
        span_days = (self._end - self._start).days
        out: list[tuple[datetime, str, bool]] = []
        local_start = self._start.astimezone()
        locale = QLocale()
        if span_days <= 60:
            day = local_start.date() + timedelta(days=(7 - local_start.weekday()) % 7)
            while True:
                moment = datetime(day.year, day.month, day.day).astimezone()
                if moment > self._end:
                    break
                out.append(
                    (
                        moment,
                        locale.toString(QDate(day.year, day.month, day.day), "d MMM"),
                        day.day <= 7,
                    )
                )
                day += timedelta(days=7)
            return out
        step = 1 if span_days <= 400 else 3 if span_days <= 1200 else 12
        year, month = local_start.year, local_start.month
        month += 1
        if month > 12:
            year, month = year + 1, 1
        while True:
            moment = datetime(year, month, 1).astimezone()
            if moment > self._end:
                break
            if (month - 1) % step == 0:
                fmt = "MMM yyyy" if month == 1 or step > 1 or not out else "MMM"
                out.append((moment, locale.toString(QDate(year, month, 1), fmt), month == 1))
            month += 1
            if month > 12:
                year, month = year + 1, 1
        return out

    def _paint_header(self, painter: QPainter, palette: QPalette) -> None:
        width = self.viewport().width()
        header = QRect(0, 0, width, self.HEADER_H)
        painter.fillRect(header, palette.color(QPalette.ColorRole.Window))
        mid = palette.color(QPalette.ColorRole.Mid)
        text = palette.color(QPalette.ColorRole.WindowText)
        painter.setPen(QPen(mid))
        painter.drawLine(0, self.HEADER_H - 1, width, self.HEADER_H - 1)
        t = QCoreApplication.translate
        font = QFont(self.font())
        font.setBold(True)
        painter.setFont(font)
        painter.setPen(text)
        painter.drawText(
            QRect(self.PAD, 0, self._name_w() - self.PAD, self.HEADER_H),
            Qt.AlignmentFlag.AlignVCenter,
            t("Outreach", "Contact"),
        )
        painter.drawText(
            QRect(width - self.STATE_W, 0, self.STATE_W - self.PAD, self.HEADER_H),
            Qt.AlignmentFlag.AlignVCenter,
            t("Outreach", "Last touch · state · score"),
        )
        painter.setFont(self.font())
        left, right = self._strip()
        metrics = QFontMetrics(self.font())
        last_right = -1e9
        for moment, label, _major in self._ticks():
            x = self.x_of(moment)
            if x < left or x > right:
                continue
            painter.setPen(QPen(mid))
            painter.drawLine(QPointF(x, self.HEADER_H - 6), QPointF(x, self.HEADER_H - 1))
            w = metrics.horizontalAdvance(label)
            if x + 3 > last_right + 6 and x + 3 + w < right:
                painter.setPen(text)
                painter.drawText(QPointF(x + 3, self.HEADER_H - 9), label)
                last_right = x + 3 + w
        now_x = self.x_of(self._now)
        painter.setPen(QPen(palette.color(QPalette.ColorRole.Highlight), 2))
        painter.drawLine(QPointF(now_x, 4), QPointF(now_x, self.HEADER_H - 1))

    def _paint_group(self, painter: QPainter, row: _Row, palette: QPalette) -> None:
        y = self._row_y(row)
        rect = QRect(0, y, self.viewport().width(), row.height)
        painter.fillRect(rect, palette.color(QPalette.ColorRole.AlternateBase).darker(104))
        font = QFont(self.font())
        font.setBold(True)
        painter.setFont(font)
        painter.setPen(palette.color(QPalette.ColorRole.Text))
        painter.drawText(rect.adjusted(self.PAD, 0, -self.PAD, 0), Qt.AlignmentFlag.AlignVCenter, row.label)
        painter.setFont(self.font())

    def _paint_thread(
        self,
        painter: QPainter,
        row: _Row,
        palette: QPalette,
        ticks: list[tuple[datetime, str, bool]],
    ) -> None:
        thread = row.thread
        assert thread is not None
        y = self._row_y(row)
        width = self.viewport().width()
        rect = QRect(0, y, width, row.height)
        base = palette.color(QPalette.ColorRole.Base)
        selected = self._selected_contact is not None and (thread["contact_id"] or "") == self._selected_contact
        if selected:
            highlight = palette.color(QPalette.ColorRole.Highlight)
            highlight.setAlpha(45)
            painter.fillRect(rect, highlight)
        mid = palette.color(QPalette.ColorRole.Midlight)
        painter.setPen(QPen(mid))
        painter.drawLine(0, y + row.height - 1, width, y + row.height - 1)
        left, right = self._strip()
        grid = QColor(palette.color(QPalette.ColorRole.Mid))
        grid.setAlpha(60)
        painter.setPen(QPen(grid, 1, Qt.PenStyle.DotLine))
        for moment, _label, _major in ticks:
            x = self.x_of(moment)
            if left <= x <= right:
                painter.drawLine(QPointF(x, y), QPointF(x, y + row.height - 1))
        state = thread["reply_state"]
        state_colour = QColor(STATE_COLOURS.get(state, "#9e9e9e"))
        painter.fillRect(QRect(0, y + 3, 4, row.height - 6), state_colour)

        # name and title
        active = thread.get("status") in (None, "active")
        text_colour = palette.color(QPalette.ColorRole.Text)
        muted = palette.color(QPalette.ColorRole.PlaceholderText)
        font = QFont(self.font())
        font.setBold(bool(thread["engaged"]))
        font.setStrikeOut(not active)
        metrics = QFontMetrics(font)
        name = thread["full_name"] or QCoreApplication.translate("Outreach", "Account as a whole")
        name_w = self._name_w() - self.PAD - 8
        shown = metrics.elidedText(name, Qt.TextElideMode.ElideRight, name_w)
        painter.setFont(font)
        painter.setPen(text_colour if thread["touch_count"] and active else muted)
        painter.drawText(QRect(self.PAD + 4, y, name_w, row.height), Qt.AlignmentFlag.AlignVCenter, shown)
        used = metrics.horizontalAdvance(shown)
        painter.setFont(self.font())
        if thread["title"] and used + 24 < name_w:
            small = QFontMetrics(self.font())
            title = small.elidedText(thread["title"], Qt.TextElideMode.ElideRight, name_w - used - 8)
            painter.setPen(muted)
            painter.drawText(
                QRect(self.PAD + 4 + used + 6, y, name_w - used - 6, row.height),
                Qt.AlignmentFlag.AlignVCenter,
                title,
            )

        # the thread's life line: first touch to now (or to the last one)
        cy = y + row.height / 2
        visible = [s for s, _t in row.touches if self._visible(s)]
        if row.touches:
            x0 = max(left, self.x_of(row.touches[0][0]))
            x1 = min(right, self.x_of(self._now))
            line = QColor(state_colour)
            line.setAlpha(110)
            painter.setPen(QPen(line, 2))
            if x1 > x0:
                painter.drawLine(QPointF(x0, cy), QPointF(x1, cy))
            earlier = len(row.touches) - len(visible)
            if earlier and row.touches[0][0] < self._start.timestamp():
                painter.setPen(muted)
                painter.drawText(
                    QRectF(left - 4, y, 40, row.height),
                    Qt.AlignmentFlag.AlignVCenter,
                    f"‹{earlier}",
                )
        for centre, touch in self._marks(row):
            big = touch["id"] in (self._selected_touch, self._hover_touch)
            radius = self.MARK_R + (1.5 if big else 0)
            if touch["id"] == self._selected_touch:
                painter.setPen(QPen(palette.color(QPalette.ColorRole.Highlight), 2.5))
                painter.setBrush(Qt.BrushStyle.NoBrush)
                painter.drawEllipse(centre, radius + 4, radius + 4)
            paint_mark(
                painter,
                centre,
                touch["channel"],
                touch["outcome"],
                touch["direction"] == "inbound",
                radius,
                base,
            )

        # age, state chip, score
        x = width - self.STATE_W
        painter.setPen(text_colour if thread["touch_count"] else muted)
        painter.drawText(
            QRect(x, y, 40, row.height),
            Qt.AlignmentFlag.AlignVCenter | Qt.AlignmentFlag.AlignRight,
            age_text(thread["last_touch_age_days"]),
        )
        chip = QRectF(x + 46, y + 5, 86, row.height - 10)
        fill = QColor(state_colour)
        fill.setAlpha(45 if state in ("untouched", "waiting", "cold") else 70)
        painter.setPen(QPen(state_colour, 1))
        painter.setBrush(fill)
        painter.drawRoundedRect(chip, 8, 8)
        chip_font = QFont(self.font())
        chip_font.setPointSizeF(max(7.0, self.font().pointSizeF() - 1))
        chip_font.setBold(state in ANSWERED_STATES)
        painter.setFont(chip_font)
        painter.setPen(text_colour)
        painter.drawText(chip, Qt.AlignmentFlag.AlignCenter, reply_state_label(state))
        painter.setFont(self.font())
        score = thread["relationship"]
        trend = score["trend"]
        arrow = "▲" if trend > 0 else "▼" if trend < 0 else ""
        painter.setPen(text_colour if score["score"] else muted)
        painter.drawText(
            QRect(x + 138, y, self.STATE_W - 138 - 2, row.height),
            Qt.AlignmentFlag.AlignVCenter,
            f"{score['score']}{arrow}",
        )


class ThreadsLegend(QWidget):
    """What the marks mean: shape = channel, filled = inbound, colour = outcome.

    The entries flow onto as many lines as the width needs."""

    LINE_H = 16
    GAP = 12

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("threadsLegend")
        self.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Fixed)
        self.setToolTip(
            self.tr(
                "Shape: channel · filled: they reached us (inbound) · hollow: we reached "
                "out · colour: outcome · struck through: bounced or opted out"
            )
        )
        small = QFont(self.font())
        small.setPointSizeF(max(7.0, small.pointSizeF() - 1))
        self.setFont(small)
        self.setFixedHeight(self.LINE_H * 2 + 4)

    def _items(self) -> list[tuple[str, str, bool, str]]:
        """(channel or "colour", outcome, inbound, label); an empty label starts a new group."""
        items = [(c, "", False, channel_label(c)) for c in rel.CHANNELS]
        items += [
            ("", "", False, ""),
            ("email", "", False, self.tr("we reached out")),
            ("email", "", True, self.tr("they reached us")),
            ("", "", False, ""),
        ]
        items += [("colour", o, True, outcome_label(o)) for o in rel.OUTCOMES]
        return items

    def _layout(self, width: int) -> list[tuple[float, int, tuple[str, str, bool, str]]]:
        """(x, line, item) for each entry when the legend is `width` wide."""
        metrics = QFontMetrics(self.font())
        out = []
        x, line = 4.0, 0
        for item in self._items():
            if not item[3]:
                x += self.GAP  # a wider gap between groups
                continue
            w = 14 + metrics.horizontalAdvance(item[3])
            if x + w > width - 4 and x > 4:
                x, line = 4.0, line + 1
            out.append((x, line, item))
            x += w + self.GAP
        return out

    def resizeEvent(self, event: QResizeEvent) -> None:
        super().resizeEvent(event)
        entries = self._layout(self.width())
        lines = (max(line for _x, line, _i in entries) + 1) if entries else 1
        height = lines * self.LINE_H + 4
        if height != self.height():
            self.setFixedHeight(height)

    def paintEvent(self, event: QPaintEvent) -> None:
        painter = QPainter(self)
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        palette = self.palette()
        background = palette.color(QPalette.ColorRole.Window)
        neutral = palette.color(QPalette.ColorRole.WindowText)
        metrics = QFontMetrics(self.font())
        for x, line, (channel, outcome, inbound, label) in self._layout(self.width()):
            cy = self.LINE_H / 2 + 2 + line * self.LINE_H
            if channel == "colour":
                paint_mark(painter, QPointF(x + 5, cy), "email", outcome, True, 4.5, background)
            else:
                paint_mark(
                    painter,
                    QPointF(x + 5, cy),
                    channel,
                    "sent",
                    inbound,
                    4.5,
                    background,
                    colour=neutral,
                )
            painter.setPen(neutral)
            painter.drawText(QPointF(x + 14, cy + metrics.ascent() / 2 - 1), label)
