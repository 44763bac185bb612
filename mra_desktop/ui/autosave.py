"""Autosave: every edit reaches the database within about a second, with no Save button.

Widgets call :meth:`Autosaver.set_field` on every keystroke or choice; the value waits in
memory until the debounce timer fires (``delay_ms``), or until :meth:`flush` is called
(a field loses focus, the step changes, the window closes). A failed write keeps the value
pending, says why through :attr:`failed`, and is tried again on the next flush.
"""

from __future__ import annotations

import datetime as dt
from typing import Any

from PySide6.QtCore import QElapsedTimer, QObject, QTimer, Signal

from mra_desktop.core.errors import MraError, ValidationError
from mra_desktop.core.services import RecordChange, Services
from mra_desktop.ui.messages import describe_error, not_saved


class Autosaver(QObject):
    # a flush stored everything (local time of the save)
    saved = Signal(object)
    # a write failed; the sentence says why (the edit is kept and retried)
    failed = Signal(str)
    # one record was written (a :class:`RecordChange`); screens refresh from it
    record_changed = Signal(object)

    def __init__(
        self,
        services: Services,
        delay_ms: int = 700,
        parent: QObject | None = None,
        max_wait_ms: int = 900,
    ) -> None:
        super().__init__(parent)
        # continuous typing restarts the debounce; this bounds how long an edit may wait
        self.max_wait_ms = max_wait_ms
        self._first_pending = QElapsedTimer()
        self.services = services
        self._pending: dict[tuple[str, str], dict[str, Any]] = {}
        self._timer = QTimer(self)
        self._timer.setSingleShot(True)
        self.delay_ms = delay_ms
        self._timer.timeout.connect(self.flush)
        self.last_saved: dt.datetime | None = None

    def set_field(self, record_type: str, record_id: str, field: str, value: Any) -> None:
        """Remember an edit and (re)start the debounce timer."""
        if not self._pending:
            self._first_pending.start()
        self._pending.setdefault((record_type, record_id), {})[field] = value
        waited = self._first_pending.elapsed()
        self._timer.start(max(0, min(self.delay_ms, self.max_wait_ms - waited)))

    def stop(self) -> None:
        """No more writes (the program is ending, after a last flush)."""
        self._timer.stop()

    def has_pending(self) -> bool:
        return bool(self._pending)

    def discard(self, record_type: str, record_id: str) -> None:
        """Forget edits of a record that is going away (deleted before they were stored)."""
        self._pending.pop((record_type, record_id), None)

    def flush(self) -> bool:
        """Write every pending edit now. Returns True when nothing is left pending."""
        self._timer.stop()
        if not self._pending:
            return True
        pending, self._pending = self._pending, {}
        errors: list[str] = []
        for (record_type, record_id), fields in pending.items():
            service = self.services.for_type(record_type)
            try:
                change: RecordChange = service.update(record_id, **fields)
            except ValidationError as exc:
                # the value itself is refused: keep the other fields, drop the bad one
                bad = fields.pop(exc.field, None)
                errors.append(describe_error(exc))
                if fields and bad is not None:
                    self._pending[(record_type, record_id)] = fields
                continue
            except MraError as exc:
                errors.append(describe_error(exc))
                self._requeue(record_type, record_id, fields)
                continue
            except Exception as exc:  # disk full, database locked: keep the edit, retry
                errors.append(_describe(exc))
                self._requeue(record_type, record_id, fields)
                continue
            if change.changed:
                self.record_changed.emit(change)
        if errors:
            self.failed.emit(errors[0])
            if self._pending:
                self._timer.start(max(self.delay_ms, 2000))
            return False
        self.last_saved = dt.datetime.now()
        self.saved.emit(self.last_saved)
        return True

    def _requeue(self, record_type: str, record_id: str, fields: dict[str, Any]) -> None:
        newer = self._pending.get((record_type, record_id), {})
        self._pending[(record_type, record_id)] = {**fields, **newer}


def _describe(exc: Exception) -> str:
    text = str(getattr(exc, "orig", None) or exc)
    if "disk" in text.lower() and "full" in text.lower():
        return not_saved("disk_full")
    if "locked" in text.lower() or "busy" in text.lower():
        return not_saved("busy")
    return not_saved(text)
