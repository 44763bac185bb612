"""Undoable record commands for the shared QUndoStack.

Deleting never asks "are you sure": the record is marked deleted at once, and Ctrl+Z
restores it. Each command reports what it did (a :class:`RecordChange`) through
``on_changed`` so the window can tell every screen.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import TYPE_CHECKING

from PySide6.QtGui import QUndoCommand

if TYPE_CHECKING:
    from mra_desktop.core.services import RecordChange, Services

OnChanged = Callable[["RecordChange"], None]


def _notify(on_changed: OnChanged | None, change: RecordChange) -> None:
    if on_changed is not None and change.changed:
        on_changed(change)


class _RecordCommand(QUndoCommand):
    """A command on one record that marks it deleted or brings it back."""

    def __init__(
        self,
        services: Services,
        record_type: str,
        record_id: str,
        text: str,
        on_changed: OnChanged | None = None,
    ) -> None:
        super().__init__(text)
        self.services = services
        self.record_type = record_type
        self.record_id = record_id
        self.on_changed = on_changed

    def _delete(self) -> None:
        service = self.services.for_type(self.record_type)
        _notify(self.on_changed, service.delete(self.record_id))

    def _restore(self) -> None:
        service = self.services.for_type(self.record_type)
        _notify(self.on_changed, service.restore(self.record_id))


class DeleteRecordCommand(_RecordCommand):
    """Mark a record deleted; undo restores it."""

    def redo(self) -> None:
        self._delete()

    def undo(self) -> None:
        self._restore()


class RestoreRecordCommand(_RecordCommand):
    """Bring back a deleted record; undo deletes it again."""

    def redo(self) -> None:
        self._restore()

    def undo(self) -> None:
        self._delete()


class CreateRecordCommand(_RecordCommand):
    """A record the caller has just created; undo marks it deleted, redo brings it back.

    The caller creates the record itself (so a refused value raises where it can be
    shown) and pushes this command afterwards; the first ``redo`` (run by ``push``)
    therefore does nothing.
    """

    _first = True

    def redo(self) -> None:
        if self._first:
            self._first = False
            return
        self._restore()

    def undo(self) -> None:
        self._delete()
