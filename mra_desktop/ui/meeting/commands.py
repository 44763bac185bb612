"""Undoable edits of the meeting that are gestures rather than typing.

Deleting and restoring records use the shared commands of :mod:`mra_desktop.ui.undo`;
this adds the choice of the most significant change, which may clear a reason that was
typed, so it must come back with Ctrl+Z.
"""

from __future__ import annotations

from collections.abc import Callable, Mapping
from typing import Any

from PySide6.QtGui import QUndoCommand

from mra_desktop.core.errors import MraError
from mra_desktop.core.services import RecordChange, Services


class UpdateRecordCommand(QUndoCommand):
    """Set some fields of a record; undo puts the previous values back."""

    def __init__(
        self,
        services: Services,
        record_type: str,
        record_id: str,
        before: Mapping[str, Any],
        after: Mapping[str, Any],
        text: str,
        on_changed: Callable[[RecordChange], None] | None = None,
    ) -> None:
        super().__init__(text)
        self.services = services
        self.record_type = record_type
        self.record_id = record_id
        self.before = dict(before)
        self.after = dict(after)
        self.on_changed = on_changed

    def _apply(self, values: dict[str, Any]) -> None:
        service = self.services.for_type(self.record_type)
        try:
            change = service.update(self.record_id, **values)
        except MraError:
            self.setObsolete(True)  # the record went away meanwhile: nothing to redo
            return
        if self.on_changed is not None and change.changed:
            self.on_changed(change)

    def redo(self) -> None:
        self._apply(self.after)

    def undo(self) -> None:
        self._apply(self.before)
