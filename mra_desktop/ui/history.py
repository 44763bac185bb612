"""Undo history: one per meeting, and one for the meetings list.

Every write a facilitator makes comes back from the services as a :class:`RecordChange`
(a record created, deleted, restored, or some fields changed from old to new values).
One action — a capture, a move on the board, a choice, a run of typing in a field — is
one command holding the changes it made, already written; undo writes them backwards
(restoring what was deleted, deleting what was created, putting old values back) and
redo writes them again, so that both give back exactly what was there.

Typing reaches the history through the Autosaver: each stored edit joins the command of
the same field while the typing run goes on (see :mod:`mra_desktop.ui.autosave`).
Before undo or redo, what is still typed in memory is stored first, so nothing is lost and
Ctrl+Z in a field takes back what was just typed there.

After undo or redo the history asks (:attr:`History.revealed`) to show what changed: the
screen or step it belongs to, the record selected, the field in focus.
"""

from __future__ import annotations

from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication, QEvent, QObject, Signal
from PySide6.QtGui import QKeyEvent, QKeySequence, QUndoCommand, QUndoStack
from PySide6.QtWidgets import QLineEdit

from mra_desktop.core.errors import MraError
from mra_desktop.ui.messages import describe_error
from mra_desktop.ui.sentences import fill

if TYPE_CHECKING:  # the window imports this module before its database (and SQLAlchemy)
    from mra_desktop.core.services import RecordChange, Services
    from mra_desktop.ui.autosave import Autosaver

# the id of commands that merge (typing in one field); other commands never merge
_EDIT_ID = 1

# Ctrl+Y redoes too (Windows' habit), besides the platform's own redo keys
REDO_ALSO = "Ctrl+Y"
# the property that marks a draft line (see mark_draft)
_DRAFT = "mra_draft"


def action_text(action: str) -> str:
    """The name of an action, as the Edit menu shows it after 'Undo' or 'Redo'."""
    texts = {
        "capture_change": QCoreApplication.translate("History", "Capture change"),
        "edit_change": QCoreApplication.translate("History", "Edit change"),
        "delete_change": QCoreApplication.translate("History", "Delete change"),
        "choose_msc": QCoreApplication.translate("History", "Choose as most significant"),
        "unchoose_msc": QCoreApplication.translate("History", "Remove from the most significant"),
        "edit_msc_reason": QCoreApplication.translate("History", "Edit the reason for the choice"),
        "add_action_item": QCoreApplication.translate("History", "Add action item"),
        "move_action_item": QCoreApplication.translate("History", "Move action item"),
        "edit_action_item": QCoreApplication.translate("History", "Edit action item"),
        "delete_action_item": QCoreApplication.translate("History", "Delete action item"),
        "edit_follow_up": QCoreApplication.translate(
            "History", "Follow up an item of the previous action plan"
        ),
        "edit_notes": QCoreApplication.translate("History", "Edit notes"),
        "edit_meeting": QCoreApplication.translate("History", "Edit meeting details"),
        "complete_meeting": QCoreApplication.translate("History", "Mark the meeting completed"),
        "reopen_meeting": QCoreApplication.translate("History", "Reopen the meeting"),
        "add_participant": QCoreApplication.translate("History", "Add participant"),
        "edit_participant": QCoreApplication.translate("History", "Edit participant"),
        "remove_participant": QCoreApplication.translate("History", "Remove participant"),
        "new_meeting": QCoreApplication.translate("History", "New meeting"),
        "follow_up_meeting": QCoreApplication.translate("History", "Follow-up meeting"),
        "delete_meeting": QCoreApplication.translate("History", "Delete meeting"),
        "restore_meeting": QCoreApplication.translate("History", "Restore meeting"),
    }
    return texts.get(action, action)


def edit_action(record_type: str, fields: Iterable[str]) -> str:
    """The action an edit of these fields is (typing, or a choice in a list)."""
    names = set(fields)
    if record_type == "change":
        return "edit_msc_reason" if names <= {"msc_reason"} else "edit_change"
    return {
        "action_item": "edit_action_item",
        "action_follow_up": "edit_follow_up",
        "note": "edit_notes",
        "meeting": "edit_meeting",
        "participant": "edit_participant",
    }.get(record_type, "edit_meeting")


def is_history_key(event: QEvent) -> bool:
    """Ctrl+Z, Ctrl+Shift+Z or Ctrl+Y in a field: the meeting's history, not the field's
    own, so that one Ctrl+Z always means the same thing and text typed is never undone
    behind the database's back."""
    return (
        event.type() in (QEvent.Type.ShortcutOverride, QEvent.Type.KeyPress)
        and isinstance(event, QKeyEvent)
        and (
            event.matches(QKeySequence.StandardKey.Undo)
            or event.matches(QKeySequence.StandardKey.Redo)
            or QKeySequence(event.keyCombination()) == QKeySequence(REDO_ALSO)
        )
    )


def mark_draft(line: QLineEdit) -> None:
    """A line whose text is stored only when Enter is pressed (the capture line, a board
    cell's 'Add…' line, a new participant): Ctrl+Z there first takes back what was typed
    in it, then, once it is empty again, the meeting's last action."""
    line.setProperty(_DRAFT, True)


def clear_draft(line: QLineEdit) -> None:
    """Empty a draft line after Enter stored it; its own undo history goes too."""
    line.setText("")


def pass_history_key(event: QEvent, watched: QObject | None = None) -> bool:
    """For an event filter on a field: hand Ctrl+Z and the redo keys to the window's
    Undo and Redo (True: the field must not see the event)."""
    if not is_history_key(event):
        return False
    if isinstance(watched, QLineEdit) and watched.property(_DRAFT) and isinstance(event, QKeyEvent):
        undoing = event.matches(QKeySequence.StandardKey.Undo)
        if watched.isUndoAvailable() if undoing else watched.isRedoAvailable():
            return False  # the line's own typing, not stored yet
    event.ignore()  # a ShortcutOverride left unaccepted lets the window's shortcut fire
    return True


@dataclass(frozen=True)
class Target:
    """What an undo or redo changed, for the screens to show it."""

    record_type: str
    record_id: str
    fields: frozenset[str]
    # the screen the action was done in, when the record alone does not say it
    where: str | None = None
    # the record exists after the undo or redo (not deleted)
    live: bool = True


class ChangesCommand(QUndoCommand):
    """One action of the facilitator: the changes it wrote, in order."""

    def __init__(
        self,
        history: History,
        action: str,
        changes: Sequence[RecordChange],
        where: str | None = None,
        merge_key: tuple[str, str, frozenset[str]] | None = None,
        run: int = -1,
    ) -> None:
        super().__init__(action_text(action))
        self.history = history
        self.action = action
        self.changes = list(changes)
        self.where = where
        self.merge_key = merge_key
        self.run = run
        self._written = True  # push() calls redo(): the changes are already written

    def id(self) -> int:
        return _EDIT_ID if self.merge_key is not None else -1

    def mergeWith(self, other: QUndoCommand) -> bool:  # noqa: N802
        if (
            not isinstance(other, ChangesCommand)
            or other.merge_key != self.merge_key
            or other.run != self.run
        ):
            return False
        self.changes = _combined(self.changes + other.changes)
        self.setObsolete(all(not c.changed for c in self.changes))
        return True

    def redo(self) -> None:
        if self._written:
            self._written = False
            return
        self.history.apply(self, forward=True)

    def undo(self) -> None:
        self.history.apply(self, forward=False)

    def retranslate(self) -> None:
        self.setText(action_text(self.action))


def _combined(changes: list[RecordChange]) -> list[RecordChange]:
    """Consecutive updates of one record become one (old values of the first, new values
    of the last); a field typed back to what it was drops out."""
    from mra_desktop.core.services import RecordChange
    result: list[RecordChange] = []
    for change in changes:
        last = result[-1] if result else None
        if (
            last is not None
            and last.operation == "updated"
            and change.operation == "updated"
            and (last.record_type, last.record_id) == (change.record_type, change.record_id)
        ):
            fields = dict(last.fields)
            for name, (old, new) in change.fields.items():
                fields[name] = (fields[name][0] if name in fields else old, new)
            fields = {name: pair for name, pair in fields.items() if pair[0] != pair[1]}
            result[-1] = RecordChange(
                change.record_type,
                change.record_id,
                "updated" if fields else "unchanged",
                fields,
                change.revision,
            )
        else:
            result.append(change)
    return result


class History(QObject):
    """One undo history over the shared Autosaver and services."""

    # after an undo or redo: show what changed (a :class:`Target`)
    revealed = Signal(object)
    # a short sentence: what undo or redo did, or why it could not
    message_shown = Signal(str)

    def __init__(self, services: Services, autosaver: Autosaver, parent: QObject | None = None):
        super().__init__(parent)
        self.services = services
        self.autosaver = autosaver
        self.stack = QUndoStack(self)
        self._following = False

    def follow_edits(self, on: bool) -> None:
        """Take the Autosaver's stored edits (the history of the meeting on screen)."""
        if on and not self._following:
            self.autosaver.edit_stored.connect(self._edit_stored)
        elif not on and self._following:
            self.autosaver.edit_stored.disconnect(self._edit_stored)
        self._following = on

    def _edit_stored(self, change: RecordChange, run: int) -> None:
        self.record_edit([change], run)

    # -- recording -----------------------------------------------------------------------
    def record(
        self,
        action: str,
        changes: Iterable[RecordChange | None],
        where: str | None = None,
    ) -> None:
        """Put an action whose writes are done on the history (undo takes it back)."""
        done = [c for c in changes if c is not None and c.changed]
        if done:
            self.autosaver.end_run()
            self.stack.push(ChangesCommand(self, action, done, where))

    def record_edit(
        self,
        changes: Iterable[RecordChange | None],
        run: int,
        fields: Iterable[str] | None = None,
    ) -> None:
        """An edit stored by the Autosaver (or the start of one, such as the note a first
        keystroke creates): it joins the previous edit of the same fields in the same run."""
        done = [c for c in changes if c is not None and c.changed]
        if not done:
            return
        first = done[0]
        names = frozenset(fields if fields is not None else first.fields)
        key = (first.record_type, first.record_id, names)
        action = edit_action(first.record_type, names)
        self.stack.push(ChangesCommand(self, action, done, None, key, run))

    # -- undo and redo -------------------------------------------------------------------
    def can_undo(self) -> bool:
        return self.stack.canUndo() or self.autosaver.has_pending()

    def undo_text(self) -> str:
        """What Ctrl+Z would take back (what is still in memory counts: it is stored first)."""
        pending = list(self.autosaver.refusals()) or self.autosaver.pending_keys()
        if pending:
            record_type, _record_id, field = pending[0]
            return action_text(edit_action(record_type, [field]))
        return self.stack.undoText()

    def undo(self) -> None:
        self.autosaver.flush()
        dropped = self.autosaver.discard_refused()
        if dropped:
            # the last thing done was a value that could not be stored: take that back
            record_type, record_id, field = dropped[0]
            self.autosaver.end_run()
            self.revealed.emit(Target(record_type, record_id, frozenset({field})))
            self._say_done(True, action_text(edit_action(record_type, [field])))
            return
        self.autosaver.end_run()
        if self.stack.canUndo():
            text = self.stack.undoText()
            self.stack.undo()
            self._say_done(True, text)

    def redo(self) -> None:
        self.autosaver.flush()
        self.autosaver.end_run()
        if self.stack.canRedo():
            text = self.stack.redoText()
            self.stack.redo()
            self._say_done(False, text)

    def _say_done(self, undone: bool, text: str) -> None:
        sentence = (
            QCoreApplication.translate("History", "Undone: %1")
            if undone
            else QCoreApplication.translate("History", "Redone: %1")
        )
        self.message_shown.emit(fill(sentence, text))

    def apply(self, command: ChangesCommand, forward: bool) -> None:
        """Write a command's changes again (redo) or backwards (undo)."""
        changes = command.changes if forward else list(reversed(command.changes))
        try:
            for change in changes:
                self.autosaver.announce(self._write(change, forward))
        except MraError as exc:
            command.setObsolete(True)  # the records changed otherwise; drop the command
            self.message_shown.emit(
                fill(
                    QCoreApplication.translate("History", "Could not undo or redo: %1"),
                    describe_error(exc),
                )
            )
            return
        first = command.changes[0]
        live = not self.services.for_type(first.record_type).get(first.record_id).is_deleted
        self.revealed.emit(
            Target(
                first.record_type,
                first.record_id,
                frozenset(first.fields) if first.operation == "updated" else frozenset(),
                command.where,
                live,
            )
        )

    def _write(self, change: RecordChange, forward: bool) -> RecordChange | None:
        service = self.services.for_type(change.record_type)
        if change.operation == "updated":
            values = {name: (new if forward else old) for name, (old, new) in change.fields.items()}
            return service.update(change.record_id, **values)
        if change.operation in ("created", "restored"):
            return (service.restore if forward else service.delete)(change.record_id)
        if change.operation == "deleted":
            return (service.delete if forward else service.restore)(change.record_id)
        return None

    # -- the rest ------------------------------------------------------------------------
    def retranslate(self) -> None:
        for index in range(self.stack.count()):
            command = self.stack.command(index)
            if isinstance(command, ChangesCommand):
                command.retranslate()

    def clear(self) -> None:
        self.stack.clear()
