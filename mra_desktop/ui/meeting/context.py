"""What every step page of an open meeting shares: services, autosave, undo, catalogue.

Pages write through :class:`MeetingContext`: text edits go to the Autosaver (with a
deadline, so continuous typing is stored within a second even though the Autosaver's
debounce restarts on every keystroke); direct writes (:meth:`MeetingContext.write`) are
announced on the Autosaver's ``record_changed`` signal so that the main window and every
page hear of them in one place, and each action is put on the meeting's undo history
(:meth:`MeetingContext.record`).
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from dataclasses import dataclass, field
from typing import Any

from PySide6.QtCore import QEvent, QObject, Qt, QTimer, Signal
from PySide6.QtGui import QFont, QKeyEvent
from PySide6.QtWidgets import QComboBox, QFrame, QLabel, QScrollArea, QSizePolicy, QWidget

from mra_desktop.core import models as m
from mra_desktop.core.errors import MraError
from mra_desktop.core.protocol import Protocol, load_protocol, pick
from mra_desktop.core.services import RecordChange, Services
from mra_desktop.ui.autosave import Autosaver
from mra_desktop.ui.history import History, pass_history_key
from mra_desktop.ui.messages import describe_error

# the longest an edit waits in memory while the facilitator keeps typing
MAX_WAIT_MS = 900


@dataclass(frozen=True)
class PresenterContent:
    """What the room sees on the projector: protocol words only, never notes."""

    heading: str
    question: str = ""
    items: Sequence[tuple[str, str]] = field(default_factory=tuple)  # (title, text)
    counter: str = ""


class MeetingContext(QObject):
    # a record of the meeting was written (a RecordChange), by any page or the Autosaver
    record_changed = Signal(object)
    # a short, non-modal sentence for the facilitator ("Change deleted — Ctrl+Z to undo")
    message_shown = Signal(str)

    def __init__(
        self,
        services: Services,
        autosaver: Autosaver,
        history: History,
        meeting_id: str,
        parent: QObject | None = None,
    ) -> None:
        super().__init__(parent)
        self.services = services
        self.autosaver = autosaver
        self.history = history
        self.meeting_id = meeting_id
        self.language = "en"
        self.protocol: Protocol = load_protocol()
        self._status = "planned"
        self.reload()
        self._deadline = QTimer(self)
        self._deadline.setSingleShot(True)
        self._deadline.setInterval(MAX_WAIT_MS)
        self._deadline.timeout.connect(self.flush)
        autosaver.record_changed.connect(self._relay)

    def reload(self) -> None:
        """Read the meeting's language, protocol version and status again."""
        meeting = self.services.meetings.get(self.meeting_id)
        self.language = meeting.language
        self.protocol = load_protocol(meeting.protocol_version or None)
        self._status = meeting.status

    # -- reading ---------------------------------------------------------------------------
    def meeting(self) -> m.Meeting:
        return self.services.meetings.get(self.meeting_id)

    def words(self, text: dict[str, str]) -> str:
        """A catalogue text in the meeting's language."""
        return pick(text, self.language)

    def label(self, vocabulary: str, code: str | None) -> str:
        return self.protocol.label(vocabulary, code, self.language)

    def sector_codes(self) -> list[str]:
        """The meeting's sectors, then the system as a whole (catalogue order)."""
        chosen = set(self.meeting().sectors or [])
        codes = self.protocol.codes("sectors")
        wanted = [c for c in codes if c in chosen or c == "system"]
        return wanted or codes

    def changes(self) -> list[m.Change]:
        return self.services.changes.for_meeting(self.meeting_id)

    def action_items(self) -> list[m.ActionItem]:
        return self.services.action_items.for_meeting(self.meeting_id)

    # -- writing ---------------------------------------------------------------------------
    def set_field(self, record_type: str, record_id: str, name: str, value: Any) -> None:
        """An edit for the Autosaver; stored within a second even while typing goes on."""
        self.autosaver.set_field(record_type, record_id, name, value)
        if not self._deadline.isActive():
            self._deadline.start()

    def flush(self) -> bool:
        self._deadline.stop()
        return self.autosaver.flush()

    def end_edit(self) -> None:
        """A field was left: store what was typed; the next typing is a new undo step."""
        self.flush()
        self.autosaver.end_run()

    def write(
        self, func: Callable[..., RecordChange], *args: Any, **kwargs: Any
    ) -> RecordChange | None:
        """Run one service write (after storing what is still typed, so that the history
        keeps its order); a refusal becomes a quiet message, never a dialog."""
        self.flush()
        try:
            change = func(*args, **kwargs)
        except MraError as exc:
            self.message_shown.emit(describe_error(exc))
            return None
        self.autosaver.announce(change)
        return change

    def record(
        self, action: str, changes: list[RecordChange | None], where: str | None = None
    ) -> None:
        """Put an action whose writes are done on the meeting's undo history."""
        self.history.record(action, changes, where)

    def captured(self) -> RecordChange | None:
        """Something was captured: a planned meeting is now in progress (the change of
        status belongs to the action that captured, and is undone with it)."""
        if self._status != "planned":
            return None
        self._status = "in_progress"
        return self.write(self.services.meetings.update, self.meeting_id, status="in_progress")

    def _relay(self, change: object) -> None:
        if isinstance(change, RecordChange):
            if change.record_type == "meeting" and change.record_id == self.meeting_id:
                status = change.fields.get("status")
                if status is not None:
                    self._status = status[1]
            self.record_changed.emit(change)


class FocusFlusher(QObject):
    """Event filter: store pending edits as soon as a field loses focus, keep a field
    that gains focus visible inside its scroll area, and hand Ctrl+Z and the redo keys to
    the meeting's history rather than to the field's own."""

    def __init__(self, context: MeetingContext, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.context = context

    def watch(self, *widgets: QWidget) -> None:
        for widget in widgets:
            widget.installEventFilter(self)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:  # noqa: N802
        if (
            event.type() == QEvent.Type.ShortcutOverride
            and isinstance(watched, QComboBox)
            and isinstance(event, QKeyEvent)
            and event.modifiers() == Qt.KeyboardModifier.AltModifier
            and event.key() in (Qt.Key.Key_Up, Qt.Key.Key_Down)
        ):
            event.accept()  # Alt+Down opens the list here, not the next question
            return True
        if pass_history_key(event, watched):
            return True
        if event.type() == QEvent.Type.FocusOut:
            self.context.end_edit()
        elif event.type() == QEvent.Type.FocusIn and isinstance(watched, QWidget):
            parent = watched.parentWidget()
            while parent is not None:
                if isinstance(parent, QScrollArea):
                    parent.ensureWidgetVisible(watched, 20, 40)
                    break
                parent = parent.parentWidget()
        return False


# -- small widget helpers ------------------------------------------------------------------


def scaled_font(widget: QWidget, factor: float, bold: bool = False) -> QFont:
    font = QFont(widget.font())
    size = font.pointSizeF() if font.pointSizeF() > 0 else 10.0
    font.setPointSizeF(size * factor)
    font.setBold(bold)
    return font


def text_label(factor: float = 1.0, bold: bool = False, parent: QWidget | None = None) -> QLabel:
    """A wrapped, selectable label (protocol words are read aloud and sometimes copied)."""
    label = QLabel(parent)
    label.setWordWrap(True)
    label.setTextFormat(Qt.TextFormat.PlainText)
    label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
    label.setSizePolicy(QSizePolicy.Policy.Preferred, QSizePolicy.Policy.Minimum)
    if factor != 1.0 or bold:
        label.setFont(scaled_font(label, factor, bold))
    return label


def scrolling(content: QWidget) -> QScrollArea:
    """``content`` in a frameless vertical scroll area (long words never grow the window)."""
    area = QScrollArea()
    area.setWidgetResizable(True)
    area.setFrameShape(QFrame.Shape.NoFrame)
    area.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
    area.setWidget(content)
    return area


def fill_combo(
    combo: QComboBox, entries: Sequence[tuple[str | None, str]], current: str | None
) -> None:
    """Put (code, label) entries in a combo and select ``current``, without signals."""
    combo.blockSignals(True)
    combo.clear()
    for code, label in entries:
        combo.addItem(label, code)
    index = combo.findData(current) if current is not None else -1
    if index < 0 and current is None:
        index = next((i for i, (code, _) in enumerate(entries) if code is None), 0)
    combo.setCurrentIndex(max(index, 0))
    combo.blockSignals(False)


def combo_code(combo: QComboBox) -> str | None:
    value = combo.currentData()
    return value if isinstance(value, str) else None
