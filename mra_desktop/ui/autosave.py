"""Autosave: every edit reaches the database within about a second, with no Save button.

Widgets call :meth:`Autosaver.set_field` on every keystroke or choice; the value waits in
memory until the debounce timer fires (``delay_ms``), or until :meth:`flush` is called
(a field loses focus, the step changes, the window closes). A write that fails for the
machine's sake (disk full, database busy) keeps the value pending, says why through
:attr:`failed`, and is tried again. A value the services refuse (an empty title, a period
that ends before it starts) stays pending too, and :attr:`refused` names the field and
says why, so the screen can show the sentence next to it; the other fields are stored.

Every stored edit is also reported to the undo history (:attr:`edit_stored`) with the
number of the *typing run* it belongs to: a run is what one Ctrl+Z takes back. It ends
when the field loses focus, when the facilitator pauses, and after each sentence or line.
"""

from __future__ import annotations

import datetime as dt
import re
import time
from typing import Any

from PySide6.QtCore import QElapsedTimer, QObject, QTimer, Signal

from mra_desktop.core.errors import MraError, ValidationError
from mra_desktop.core.services import RecordChange, Services
from mra_desktop.core.validation import SPECS
from mra_desktop.ui.messages import describe_error, not_saved

# a pause this long in typing starts a new step of the undo history
TYPING_PAUSE_S = 3.0
# a sentence or a line typed to its end: the next words are a new step of the history
_SENTENCE_END = re.compile(r"(?:[.!?؟…]\s|\n)$")

Key = tuple[str, str]  # (record type, record id)
FieldKey = tuple[str, str, str]  # (record type, record id, field)


class Autosaver(QObject):
    # a flush stored everything (local time of the save)
    saved = Signal(object)
    # a write failed; the sentence says why (the edit is kept and retried)
    failed = Signal(str)
    # one record was written (a :class:`RecordChange`), here or by any screen through
    # :meth:`announce`; screens refresh from it
    record_changed = Signal(object)
    # an edit was stored: the RecordChange and the typing run it belongs to (for undo)
    edit_stored = Signal(object, int)
    # a value was refused and stays pending (record type, id, field, sentence), or is no
    # longer refused (the same with an empty sentence)
    refused = Signal(str, str, str, str)
    # edits wait in memory (True) or everything is stored or dropped (False)
    pending_changed = Signal(bool)

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
        self._pending: dict[Key, dict[str, Any]] = {}
        self._refused: dict[FieldKey, str] = {}
        self._timer = QTimer(self)
        self._timer.setSingleShot(True)
        self.delay_ms = delay_ms
        self._timer.timeout.connect(self._flush_now)
        self.last_saved: dt.datetime | None = None
        self.run = 0
        self._last_edit: dict[FieldKey, tuple[float, Any]] = {}
        self._was_pending = False

    # -- editing -----------------------------------------------------------------------
    def set_field(self, record_type: str, record_id: str, field: str, value: Any) -> None:
        """Remember an edit and (re)start the debounce timer."""
        key = (record_type, record_id, field)
        now = time.monotonic()
        last = self._last_edit.get(key)
        if last is not None and (now - last[0] > TYPING_PAUSE_S or _ends_step(last[1], value)):
            # what was typed so far is one step of the history; this keystroke starts another
            self.flush()
            self.end_run()
        self._last_edit[key] = (now, value)
        if not self._pending:
            self._first_pending.start()
        self._pending.setdefault((record_type, record_id), {})[field] = value
        waited = self._first_pending.elapsed()
        self._timer.start(max(0, min(self.delay_ms, self.max_wait_ms - waited)))
        self._pending_state_changed()

    def end_run(self) -> None:
        """The next edit starts a new step of the undo history (focus left the field,
        an action was done, undo or redo)."""
        self.run += 1
        self._last_edit.clear()

    def has_pending(self) -> bool:
        return bool(self._pending)

    def pending_keys(self) -> list[FieldKey]:
        return [(t, i, f) for (t, i), fields in self._pending.items() for f in fields]

    def refusals(self) -> dict[FieldKey, str]:
        """Fields whose value was refused and waits to be fixed, with the reason."""
        return dict(self._refused)

    def discard(self, record_type: str, record_id: str) -> None:
        """Forget edits of a record that is going away (deleted before they were stored)."""
        fields = self._pending.pop((record_type, record_id), None)
        for field in fields or ():
            self._clear_refusal((record_type, record_id, field))
        self._pending_state_changed()

    def discard_refused(self) -> list[FieldKey]:
        """Forget the refused values (undo takes them back); returns their fields."""
        dropped = list(self._refused)
        for record_type, record_id, field in dropped:
            fields = self._pending.get((record_type, record_id), {})
            fields.pop(field, None)
            if not fields:
                self._pending.pop((record_type, record_id), None)
            self._clear_refusal((record_type, record_id, field))
        self._pending_state_changed()
        return dropped

    def announce(self, change: RecordChange | None) -> None:
        """Tell every screen (and the status bar) that a record was written."""
        if change is not None and change.changed:
            self.record_changed.emit(change)

    def stop(self) -> None:
        """No more writes (the program is ending, after a last flush)."""
        self._timer.stop()

    # -- storing -------------------------------------------------------------------------
    def _flush_now(self) -> None:
        self.flush()

    def flush(self) -> bool:
        """Write every pending edit now. Returns True when nothing is left pending."""
        self._timer.stop()
        if not self._pending:
            return True
        pending, self._pending = self._pending, {}
        errors: list[str] = []
        retry = False
        for (record_type, record_id), fields in pending.items():
            try:
                self._store(record_type, record_id, fields, errors)
            except ValidationError as exc:
                # the record itself cannot take edits (deleted, or a partner's): drop them
                errors.append(describe_error(exc))
                for field in fields:
                    self._clear_refusal((record_type, record_id, field))
            except MraError as exc:
                errors.append(describe_error(exc))
                self._requeue(record_type, record_id, fields)
                retry = True
            except Exception as exc:  # disk full, database locked: keep the edit, retry
                errors.append(_describe(exc))
                self._requeue(record_type, record_id, fields)
                retry = True
        self._pending_state_changed()
        if errors:
            self.failed.emit(errors[0])
            if retry:
                self._timer.start(max(self.delay_ms, 2000))
            return False
        self.last_saved = dt.datetime.now()
        self.saved.emit(self.last_saved)
        return True

    def _store(
        self, record_type: str, record_id: str, fields: dict[str, Any], errors: list[str]
    ) -> None:
        """Write the fields of one record; a refused field stays pending, the others are
        stored (one by one when they cannot all go together)."""
        service = self.services.for_type(record_type)
        try:
            self._stored(record_type, service.update(record_id, **fields), fields)
            return
        except ValidationError as exc:
            if exc.field not in SPECS[record_type]:
                raise  # about the record, not a field
            if len(fields) == 1:
                self._refuse(record_type, record_id, fields, next(iter(fields)), exc, errors)
                return
        for field, value in fields.items():
            try:
                self._stored(record_type, service.update(record_id, **{field: value}), {field})
            except ValidationError as exc:
                if exc.field not in SPECS[record_type]:
                    raise
                self._refuse(record_type, record_id, {field: value}, field, exc, errors)

    def _stored(self, record_type: str, change: RecordChange, fields: Any) -> None:
        for field in fields:
            self._clear_refusal((record_type, change.record_id, field))
        if change.changed:
            self.record_changed.emit(change)
            self.edit_stored.emit(change, self.run)

    def _refuse(
        self,
        record_type: str,
        record_id: str,
        values: dict[str, Any],
        field: str,
        error: ValidationError,
        errors: list[str],
    ) -> None:
        sentence = describe_error(error)
        errors.append(sentence)
        self._requeue(record_type, record_id, values)
        if self._refused.get((record_type, record_id, field)) != sentence:
            self._refused[(record_type, record_id, field)] = sentence
            self.refused.emit(record_type, record_id, field, sentence)

    def _clear_refusal(self, key: FieldKey) -> None:
        if self._refused.pop(key, None) is not None:
            self.refused.emit(*key, "")

    def _requeue(self, record_type: str, record_id: str, fields: dict[str, Any]) -> None:
        newer = self._pending.get((record_type, record_id), {})
        self._pending[(record_type, record_id)] = {**fields, **newer}

    def _pending_state_changed(self) -> None:
        pending = bool(self._pending)
        if pending != self._was_pending:
            self._was_pending = pending
            self.pending_changed.emit(pending)


def _ends_step(previous: Any, value: Any) -> bool:
    """Typing goes on after a finished sentence or line."""
    return (
        isinstance(previous, str)
        and isinstance(value, str)
        and len(value) > len(previous)
        and value.startswith(previous)
        and _SENTENCE_END.search(previous) is not None
    )


def _describe(exc: Exception) -> str:
    text = str(getattr(exc, "orig", None) or exc)
    if "disk" in text.lower() and "full" in text.lower():
        return not_saved("disk_full")
    if "locked" in text.lower() or "busy" in text.lower():
        return not_saved("busy")
    return not_saved(text)
