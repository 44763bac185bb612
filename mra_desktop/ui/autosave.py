"""Autosave: every edit reaches the database within about a second, with no Save button.

Widgets call :meth:`Autosaver.set_field` on every keystroke or choice; the value waits in
memory until the debounce timer fires (``delay_ms``), or until :meth:`flush` is called
(a field loses focus, the step changes, the window closes). A write that fails for the
machine's sake (a full disk) keeps the value pending, says why through :attr:`failed`,
and is tried again. A value the services refuse (an empty title, a period that ends
before it starts) stays pending too, and :attr:`refused` names the field and says why, so
the screen can show the sentence next to it; the other fields are stored.

Every stored edit is also reported to the undo history (:attr:`edit_stored`) with the
number of the *typing run* it belongs to: a run is what one Ctrl+Z takes back. It ends
when the field loses focus, when the facilitator pauses, and after each sentence or line.

The interface never waits for the database. A flush writes on the UI thread only while
nobody else holds the write lock, and without waiting for it; when the database is busy
(MRA importing a large file holds the lock for seconds), the edits go to a writer thread
that waits and retries until they are stored, in the order they were made, and reports
back through the same signals. Edits made meanwhile queue behind them, never overtake
them. :meth:`wait_until_stored` lets the window close only once they are stored.
"""

from __future__ import annotations

import datetime as dt
import re
import threading
import time
from typing import Any

from PySide6.QtCore import (
    QCoreApplication,
    QElapsedTimer,
    QObject,
    QRunnable,
    QThreadPool,
    QTimer,
    Signal,
)

from mra_desktop.core.errors import DatabaseBusyError, MraError, ValidationError
from mra_desktop.core.services import RecordChange, Services
from mra_desktop.core.validation import SPECS
from mra_desktop.ui.messages import describe_error, not_saved

# a pause this long in typing starts a new step of the undo history
TYPING_PAUSE_S = 3.0
# a sentence or a line typed to its end: the next words are a new step of the history
_SENTENCE_END = re.compile(r"(?:[.!?؟…]\s|\n)$")

Key = tuple[str, str]  # (record type, record id)
FieldKey = tuple[str, str, str]  # (record type, record id, field)
Edits = dict[Key, dict[str, Any]]


def _busy(exc: BaseException) -> bool:
    if isinstance(exc, DatabaseBusyError):
        return True
    text = str(getattr(exc, "orig", None) or exc).lower()
    return "locked" in text or "busy" in text


class _Relay(QObject):
    # emitted from the writer thread; the Autosaver lives on the UI thread, so Qt queues
    written = Signal(object, int)  # a RecordChange, the typing run of its edits
    # a value the services refused: record type, id, field, the value, the sentence
    refused_value = Signal(str, str, str, object, str)
    failed = Signal(str)  # a sentence (the edits of a record that went away, a full disk)
    drained = Signal(int)  # the writer stored a batch (its number)


class _Batch(QRunnable):
    """One flush's edits, stored by the writer's thread."""

    def __init__(self, writer: _Writer, edits: Edits, run: int, number: int) -> None:
        super().__init__()
        self.setAutoDelete(True)
        self.writer = writer
        self.edits = edits
        self.run_number = run
        self.number = number

    def run(self) -> None:
        self.writer.store(self.edits, self.run_number, self.number)


class _Writer:
    """A thread (Qt's, one for the edits of this window, so that they keep their order)
    that stores edits the UI thread could not store without waiting; it waits for the
    database as long as it takes."""

    RETRY_SECONDS = 0.25

    def __init__(self, services: Services, relay: _Relay) -> None:
        self.services = services
        self.relay = relay
        self.outstanding = 0  # batches given and not yet stored (read on the UI thread)
        self.last_number = 0  # the number of the latest batch given
        self.lock = threading.Lock()
        # a pool of one thread: batches are stored one after the other, in the order given;
        # it belongs to the Autosaver, whose end waits for it
        self.pool = QThreadPool(relay)
        self.pool.setMaxThreadCount(1)

    def busy(self) -> bool:
        with self.lock:
            return self.outstanding > 0

    def put(self, edits: Edits, run: int) -> None:
        with self.lock:
            self.outstanding += 1
            self.last_number += 1
            number = self.last_number
        self.pool.start(_Batch(self, edits, run, number))

    def store(self, edits: Edits, run: int, number: int) -> None:
        stored = [self._store(key[0], key[1], dict(fields), run) for key, fields in edits.items()]
        if all(stored):  # a refused value keeps its sentence on screen, not "Saved at"
            self._emit(self.relay.drained, number)
        # counted down only once every signal of the batch is posted: when the UI thread
        # sees nothing outstanding, processing its events delivers them all
        with self.lock:
            self.outstanding -= 1

    def _store(self, record_type: str, record_id: str, fields: dict[str, Any], run: int) -> bool:
        """Store one record's edits, waiting as long as the database is busy; False when
        a value was refused (it goes back to the UI thread, pending, with its sentence)
        or the record can take no edits."""
        service = self.services.for_type(record_type)
        complete = True
        while fields:
            try:
                change = service.update(record_id, **fields)  # waits up to the busy timeout
            except ValidationError as exc:
                if exc.field in fields and exc.field in SPECS[record_type]:
                    value = fields.pop(exc.field)  # keep the others; this one stays pending
                    self._emit(
                        self.relay.refused_value,
                        record_type, record_id, exc.field, value, describe_error(exc),
                    )
                    complete = False
                    continue
                self._emit(self.relay.failed, describe_error(exc))  # the record went away
                return False
            except Exception as exc:
                if _busy(exc):
                    time.sleep(self.RETRY_SECONDS)
                    continue
                if isinstance(exc, MraError) and exc.code not in (
                    "database_write", "database_busy"
                ):
                    self._emit(self.relay.failed, describe_error(exc))
                    return False
                self._emit(self.relay.failed, _describe(exc))  # a full disk: try again
                time.sleep(self.RETRY_SECONDS * 8)
                continue
            self._emit(self.relay.written, change, run)
            return complete
        return complete

    @staticmethod
    def _emit(signal: Any, *args: Any) -> None:
        try:
            signal.emit(*args)
        except RuntimeError:  # the window is gone: nothing left to tell
            pass


class Autosaver(QObject):
    # a flush stored everything (local time of the save)
    saved = Signal(object)
    # a write failed; the sentence says why (the edit is kept and retried)
    failed = Signal(str)
    # the database is busy: the edits wait in the background and will be stored
    waiting = Signal()
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
        self._relay = _Relay(self)
        self._relay.written.connect(self._written_in_background)
        self._relay.refused_value.connect(self._refused_in_background)
        self._relay.failed.connect(self.failed.emit)
        self._relay.drained.connect(self._drained)
        self._writer = _Writer(services, self._relay)

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
        """Edits not stored yet: in memory, or waiting for a busy database."""
        return bool(self._pending) or self._writer.busy()

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
        """Store every pending edit now, or hand it to the writer when the database is
        busy. Returns True unless something is left pending here (a refused value, a write
        that failed for another reason: kept and tried again)."""
        self._timer.stop()
        if not self._pending:
            return True
        pending, self._pending = self._pending, {}
        if self._writer.busy():  # earlier edits still wait: these go behind them
            self._writer.put(pending, self.run)
            self._pending_state_changed()
            self.waiting.emit()
            return True
        errors: list[str] = []
        retry = False
        items = list(pending.items())
        for index, ((record_type, record_id), fields) in enumerate(items):
            try:
                with self.services.db.without_waiting():
                    self._store(record_type, record_id, fields, errors)
            except ValidationError as exc:
                # the record itself cannot take edits (deleted, or a partner's): drop them
                errors.append(describe_error(exc))
                for field in fields:
                    self._clear_refusal((record_type, record_id, field))
            except Exception as exc:
                if _busy(exc):
                    # someone holds the database (an import): wait off the UI thread; a
                    # value refused meanwhile stays here, waiting to be corrected
                    self._writer.put(self._without_refused(items[index:]), self.run)
                    self.waiting.emit()
                    break
                # a full disk, another failure: keep the edit and try again
                errors.append(_describe(exc))
                self._requeue(record_type, record_id, fields)
                retry = True
        self._pending_state_changed()
        if errors:
            self.failed.emit(errors[0])
            if retry:
                self._timer.start(max(self.delay_ms, 2000))
            return False
        if not self._writer.busy():
            self._stamp_saved()
        return True

    def _without_refused(self, items: list[tuple[Key, dict[str, Any]]]) -> Edits:
        kept = {
            key: {f: v for f, v in fields.items() if (*key, f) not in self._refused}
            for key, fields in items
        }
        return {key: fields for key, fields in kept.items() if fields}

    def wait_until_stored(self, timeout_ms: int = 30_000) -> bool:
        """Flush, then let the writer finish (the window is closing): True when every
        edit is stored within ``timeout_ms``."""
        if not self.flush() and self._pending:
            return False
        deadline = time.monotonic() + timeout_ms / 1000
        while self._writer.busy() and time.monotonic() < deadline:
            QCoreApplication.processEvents()
            time.sleep(0.02)
        QCoreApplication.processEvents()
        return not self.has_pending()

    def _written_in_background(self, change: RecordChange, run: int) -> None:
        for field in change.fields:
            self._clear_refusal((change.record_type, change.record_id, field))
        if change.changed:
            self.record_changed.emit(change)
            self.edit_stored.emit(change, run)

    def _refused_in_background(
        self, record_type: str, record_id: str, field: str, value: Any, sentence: str
    ) -> None:
        """A value the writer could not store: it waits here again (unless typed anew
        meanwhile), with its sentence beside the field."""
        fields = self._pending.setdefault((record_type, record_id), {})
        fields.setdefault(field, value)
        key = (record_type, record_id, field)
        if self._refused.get(key) != sentence:
            self._refused[key] = sentence
            self.refused.emit(record_type, record_id, field, sentence)
        self._pending_state_changed()
        self.failed.emit(sentence)

    def _drained(self, number: int) -> None:
        if number == self._writer.last_number and not self._pending:
            self._stamp_saved()  # the latest batch: everything is stored

    def _stamp_saved(self) -> None:
        self.last_saved = dt.datetime.now()
        self.saved.emit(self.last_saved)

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


def _describe(exc: BaseException) -> str:
    if isinstance(exc, MraError) and exc.code not in ("database_write", "database_busy"):
        return describe_error(exc)
    text = str(getattr(exc, "orig", None) or exc)
    if "disk" in text.lower() and "full" in text.lower():
        return not_saved("disk_full")
    if "locked" in text.lower() or "busy" in text.lower():
        return not_saved("busy")
    return not_saved(text)
