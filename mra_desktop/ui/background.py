"""The one way to run long work off the UI thread.

:func:`run_in_background` runs ``func(progress)`` on a QThreadPool worker. The worker
never touches a widget: the result or the exception travels back to the UI thread
through a queued signal, and a QTimer on the UI thread polls the plain
:class:`~mra_desktop.core.progress.Progress` object to update a QProgressDialog whose
Cancel button calls ``progress.cancel()``. Core functions raise ``Cancelled`` at their
next step, and ``on_error`` receives it.

Tests call :func:`set_synchronous` (or use the returned job's :meth:`BackgroundJob.wait`
with ``qtbot.waitUntil(job.is_finished)``).
"""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from PySide6.QtCore import QCoreApplication, QObject, QRunnable, QThreadPool, QTimer, Signal
from PySide6.QtWidgets import QProgressDialog, QWidget

from mra_desktop.core.progress import Progress

_synchronous = False
_running: set[BackgroundJob] = set()


def set_synchronous(value: bool) -> None:
    """Run jobs on the calling thread (tests): results are delivered before returning."""
    global _synchronous
    _synchronous = value


class _Relay(QObject):
    # emitted from the worker thread; the receiver lives on the UI thread, so Qt queues
    finished = Signal(object)
    errored = Signal(object)


class _Runnable(QRunnable):
    def __init__(self, func: Callable[[Progress], Any], progress: Progress, relay: _Relay):
        super().__init__()
        self.setAutoDelete(True)
        self._func = func
        self._progress = progress
        self._relay = relay

    def run(self) -> None:
        try:
            result = self._func(self._progress)
        except BaseException as exc:  # delivered to on_error on the UI thread
            self._emit(self._relay.errored, exc)
        else:
            self._emit(self._relay.finished, result)

    @staticmethod
    def _emit(signal: Any, value: Any) -> None:
        try:
            signal.emit(value)
        except RuntimeError:  # the job was deleted meanwhile (its window closed): drop it
            pass


class BackgroundJob(QObject):
    """One piece of work running in the background."""

    # the work ended, successfully or not (True when it succeeded)
    ended = Signal(bool)

    def __init__(
        self,
        parent: QWidget | None,
        func: Callable[[Progress], Any],
        on_done: Callable[[Any], None] | None,
        on_error: Callable[[BaseException], None] | None,
        progress_title: str | None,
    ) -> None:
        super().__init__(None)
        self.progress = Progress()
        self.result: Any = None
        self.error: BaseException | None = None
        self._finished = False
        self._func = func
        self._on_done = on_done
        self._on_error = on_error
        self._relay = _Relay(self)
        self._relay.finished.connect(self._deliver_result)
        self._relay.errored.connect(self._deliver_error)
        self.dialog: QProgressDialog | None = None
        if progress_title is not None:
            self.dialog = QProgressDialog(parent)
            self.dialog.setWindowTitle(progress_title)
            self.dialog.setLabelText(progress_title)
            self.dialog.setCancelButtonText(QCoreApplication.translate("Background", "Cancel"))
            self.dialog.setAccessibleName(progress_title)
            self.dialog.setMinimumDuration(400)
            self.dialog.setAutoClose(False)
            self.dialog.setAutoReset(False)
            self.dialog.setRange(0, 0)
            self.dialog.canceled.connect(self.cancel)  # the Cancel button, or closing it
        self._timer = QTimer(self)
        self._timer.setInterval(100)
        self._timer.timeout.connect(self._poll)

    # -- public ------------------------------------------------------------------------
    def is_finished(self) -> bool:
        return self._finished

    def cancel(self) -> None:
        self.progress.cancel()
        if self.dialog is not None:
            self.dialog.setLabelText(QCoreApplication.translate("Background", "Stopping…"))

    def wait(self, timeout_ms: int = 30_000) -> bool:
        """Process events until the job ended (for tests and shutdown)."""
        pool = QThreadPool.globalInstance()
        pool.waitForDone(timeout_ms)
        deadline = 0
        while not self._finished and deadline < timeout_ms:
            QCoreApplication.processEvents()
            QThreadPool.globalInstance().waitForDone(10)
            deadline += 10
        return self._finished

    # -- running -----------------------------------------------------------------------
    def _start(self) -> None:
        _running.add(self)
        if _synchronous:
            try:
                result = self._func(self.progress)
            except BaseException as exc:
                self._deliver_error(exc)
            else:
                self._deliver_result(result)
            return
        self._timer.start()
        QThreadPool.globalInstance().start(_Runnable(self._func, self.progress, self._relay))

    def _poll(self) -> None:
        if self.dialog is None:
            return
        done, total, message = self.progress.done, self.progress.total, self.progress.message
        if total > 0:
            if self.dialog.maximum() != total:
                self.dialog.setRange(0, total)
            self.dialog.setValue(min(done, total))
        if message and not self.progress.cancelled:
            self.dialog.setLabelText(message)

    def _close(self) -> None:
        self._timer.stop()
        self._finished = True
        if self.dialog is not None:
            self.dialog.reset()
            self.dialog.hide()
            self.dialog.deleteLater()
            self.dialog = None
        _running.discard(self)

    def _deliver_result(self, result: Any) -> None:
        self.result = result
        self._close()
        if self._on_done is not None:
            self._on_done(result)
        self.ended.emit(True)

    def _deliver_error(self, error: BaseException) -> None:
        self.error = error
        self._close()
        if self._on_error is not None:
            self._on_error(error)
        self.ended.emit(False)


def run_in_background(
    parent: QWidget | None,
    func: Callable[[Progress], Any],
    on_done: Callable[[Any], None] | None = None,
    on_error: Callable[[BaseException], None] | None = None,
    progress_title: str | None = None,
) -> BackgroundJob:
    """Run ``func(progress)`` off the UI thread; call back on the UI thread.

    ``progress_title`` (already translated) shows a progress dialog with Cancel.
    Open a separate database session inside ``func``: sessions are not shared between
    threads.
    """
    job = BackgroundJob(parent, func, on_done, on_error, progress_title)
    job._start()
    return job
