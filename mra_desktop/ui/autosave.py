"""Autosave: every edit reaches the database within about a second, with no Save button.

Widgets call :meth:`Autosaver.set_field` on every keystroke or choice; the value waits in
memory until the debounce timer fires (``delay_ms``), or until :meth:`flush` is called
(a field loses focus, the step changes, the window closes). A refused value is dropped
with a sentence through :attr:`failed`; the other fields are kept.

The interface never waits for the database. A flush writes on the UI thread only while
nobody else holds the write lock, and without waiting for it; when the database is busy
(MRA importing a large file holds the lock for seconds), the edits go to a writer thread
that waits and retries until they are stored, in the order they were made, and reports
back through the same signals. Edits made meanwhile queue behind them, never overtake
them. :meth:`wait_until_stored` lets the window close only once they are stored.
"""

from __future__ import annotations

import datetime as dt
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
from mra_desktop.ui.messages import describe_error, not_saved

Edits = dict[tuple[str, str], dict[str, Any]]


def _busy(exc: BaseException) -> bool:
    if isinstance(exc, DatabaseBusyError):
        return True
    text = str(getattr(exc, "orig", None) or exc).lower()
    return "locked" in text or "busy" in text


class _Relay(QObject):
    # emitted from the writer thread; the Autosaver lives on the UI thread, so Qt queues
    written = Signal(object)  # a RecordChange
    refused = Signal(str)  # a sentence
    drained = Signal(int)  # the writer stored a batch (its number)


class _Batch(QRunnable):
    """One flush's edits, stored by the writer's thread."""

    def __init__(self, writer: _Writer, edits: Edits, number: int) -> None:
        super().__init__()
        self.setAutoDelete(True)
        self.writer = writer
        self.edits = edits
        self.number = number

    def run(self) -> None:
        self.writer.store(self.edits, self.number)


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

    def put(self, edits: Edits) -> None:
        with self.lock:
            self.outstanding += 1
            self.last_number += 1
            number = self.last_number
        self.pool.start(_Batch(self, edits, number))

    def store(self, edits: Edits, number: int) -> None:
        stored = [self._store(key[0], key[1], dict(fields)) for key, fields in edits.items()]
        if all(stored):  # a refused value keeps its sentence on screen, not "Saved at"
            self._emit(self.relay.drained, number)
        # counted down only once every signal of the batch is posted: when the UI thread
        # sees nothing outstanding, processing its events delivers them all
        with self.lock:
            self.outstanding -= 1

    def _store(self, record_type: str, record_id: str, fields: dict[str, Any]) -> bool:
        """Store one record's edits, waiting as long as the database is busy; False when
        a value was refused (said through ``refused``)."""
        service = self.services.for_type(record_type)
        complete = True
        while fields:
            try:
                change = service.update(record_id, **fields)  # waits up to the busy timeout
            except ValidationError as exc:
                fields.pop(exc.field, None)  # the value itself is refused: keep the others
                self._emit(self.relay.refused, describe_error(exc))
                complete = False
                continue
            except MraError as exc:
                if _busy(exc):
                    time.sleep(self.RETRY_SECONDS)
                    continue
                self._emit(self.relay.refused, _describe(exc))
                return False
            except Exception as exc:  # a full disk: keep the edit and try again
                if not _busy(exc):
                    self._emit(self.relay.refused, _describe(exc))
                time.sleep(self.RETRY_SECONDS * 8)
                continue
            self._emit(self.relay.written, change)
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
        self._pending: Edits = {}
        self._timer = QTimer(self)
        self._timer.setSingleShot(True)
        self.delay_ms = delay_ms
        self._timer.timeout.connect(self.flush)
        self.last_saved: dt.datetime | None = None
        self._relay = _Relay(self)
        self._relay.written.connect(self._written_in_background)
        self._relay.refused.connect(self.failed.emit)
        self._relay.drained.connect(self._drained)
        self._writer = _Writer(services, self._relay)

    def set_field(self, record_type: str, record_id: str, field: str, value: Any) -> None:
        """Remember an edit and (re)start the debounce timer."""
        if not self._pending:
            self._first_pending.start()
        self._pending.setdefault((record_type, record_id), {})[field] = value
        waited = self._first_pending.elapsed()
        self._timer.start(max(0, min(self.delay_ms, self.max_wait_ms - waited)))

    def has_pending(self) -> bool:
        """Edits not stored yet: in memory, or waiting for a busy database."""
        return bool(self._pending) or self._writer.busy()

    def discard(self, record_type: str, record_id: str) -> None:
        """Forget edits of a record that is going away (deleted before they were stored)."""
        self._pending.pop((record_type, record_id), None)

    def flush(self) -> bool:
        """Store every pending edit now, or hand it to the writer when the database is
        busy. Returns True unless a write failed for another reason (the edit is kept and
        tried again)."""
        self._timer.stop()
        if not self._pending:
            return True
        pending, self._pending = self._pending, {}
        if self._writer.busy():  # earlier edits still wait: these go behind them
            self._writer.put(pending)
            self.waiting.emit()
            return True
        errors: list[str] = []
        items = list(pending.items())
        for index, ((record_type, record_id), fields) in enumerate(items):
            service = self.services.for_type(record_type)
            try:
                with self.services.db.without_waiting():
                    change: RecordChange = service.update(record_id, **fields)
            except ValidationError as exc:
                # the value itself is refused: keep the other fields, drop the bad one
                bad = fields.pop(exc.field, None)
                errors.append(describe_error(exc))
                if fields and bad is not None:
                    self._pending[(record_type, record_id)] = fields
                continue
            except Exception as exc:
                if _busy(exc):  # someone holds the database: wait off the UI thread
                    self._writer.put(dict(items[index:]))
                    self.waiting.emit()
                    break
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
        if not self._writer.busy():
            self._stamp_saved()
        return True

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

    def _written_in_background(self, change: RecordChange) -> None:
        if change.changed:
            self.record_changed.emit(change)

    def _drained(self, number: int) -> None:
        if number == self._writer.last_number:  # the latest batch: everything is stored
            self._stamp_saved()

    def _stamp_saved(self) -> None:
        self.last_saved = dt.datetime.now()
        self.saved.emit(self.last_saved)

    def _requeue(self, record_type: str, record_id: str, fields: dict[str, Any]) -> None:
        newer = self._pending.get((record_type, record_id), {})
        self._pending[(record_type, record_id)] = {**fields, **newer}


def _describe(exc: BaseException) -> str:
    if isinstance(exc, MraError) and exc.code not in ("database_write", "database_busy"):
        return describe_error(exc)
    text = str(getattr(exc, "orig", None) or exc)
    if "disk" in text.lower() and "full" in text.lower():
        return not_saved("disk_full")
    if "locked" in text.lower() or "busy" in text.lower():
        return not_saved("busy")
    return not_saved(text)
