"""Backups while the program runs: every 30 minutes, on closing, by hand, and restoring one.

The main window owns one :class:`AutoBackup`. Every ``interval`` (30 minutes) it backs
the database up off the UI thread when it changed since its newest backup, so typing is
never held up; when the window closes it does the same on the spot (nothing is being
typed any more). A failure (a full disk, a protected folder) is one sentence through
:attr:`AutoBackup.failed`; the database is never touched by a backup.

:func:`restore_in_window` replaces the window's database with a backup: it stores what is
pending, closes the meeting and its undo history, closes every connection of the window,
restores off the UI thread (under the window's own lock, which the command line respects)
and lets every screen read the restored data.
"""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path
from typing import Any

from PySide6.QtCore import QCoreApplication, QObject, QTimer, Signal
from PySide6.QtWidgets import QWidget

from mra_desktop.core.backups import BackupInfo, RestoreResult, create_backup, restore_backup
from mra_desktop.core.database import Database
from mra_desktop.core.errors import MraError
from mra_desktop.ui.background import BackgroundJob, run_in_background
from mra_desktop.ui.jobs import error_sentence

DEFAULT_INTERVAL_MS = 30 * 60 * 1000


def sentence_for(error: BaseException) -> str:
    return error_sentence(error)


class AutoBackup(QObject):
    # a backup was made, or the newest one already held everything (a BackupInfo)
    backed_up = Signal(object)
    # a backup failed: one sentence in the interface language
    failed = Signal(str)

    def __init__(
        self, db: Database, parent: QObject | None = None, interval_ms: int = DEFAULT_INTERVAL_MS
    ) -> None:
        super().__init__(parent)
        self.db = db
        self.job: BackgroundJob | None = None
        self.last_backup: BackupInfo | None = None
        self.restoring = False
        self._closed = False
        self.timer = QTimer(self)
        self.timer.setInterval(interval_ms)
        self.timer.timeout.connect(self.back_up_if_changed)
        # MRA's shared database on a server is backed up on demand and before upgrades (by
        # pg_dump: see mra_desktop.core.server_backups), not by every open window
        self.automatic = not db.on_server
        if self.automatic:
            self.timer.start()

    def set_interval(self, interval_ms: int) -> None:
        """How often the database is backed up when it changed (30 minutes unless set)."""
        if self.automatic:
            self.timer.start(interval_ms)

    def is_busy(self) -> bool:
        return self.job is not None or self.restoring

    def back_up_if_changed(self) -> BackgroundJob | None:
        return self._start("periodic", if_changed=True)

    def back_up_now(
        self,
        on_done: Callable[[BackupInfo], None] | None = None,
        on_error: Callable[[str], None] | None = None,
    ) -> BackgroundJob | None:
        return self._start("manual", if_changed=False, on_done=on_done, on_error=on_error)

    def _start(
        self,
        reason: str,
        *,
        if_changed: bool,
        on_done: Callable[[BackupInfo], None] | None = None,
        on_error: Callable[[str], None] | None = None,
    ) -> BackgroundJob | None:
        if self.is_busy() or self._closed:
            return None
        path = self.db.location

        def work(_progress: Any) -> BackupInfo:
            return create_backup(path, reason, if_changed=if_changed)

        def done(info: BackupInfo) -> None:
            self.job = None
            if self._closed:
                return
            self.last_backup = info
            self.backed_up.emit(info)
            if on_done is not None:
                on_done(info)

        def failed(error: BaseException) -> None:
            self.job = None
            if self._closed:
                return
            sentence = sentence_for(error)
            self.failed.emit(sentence)
            if on_error is not None:
                on_error(sentence)

        job = run_in_background(None, work, done, failed)
        self.job = None if job.is_finished() else job
        return job

    def back_up_on_close(self) -> str | None:
        """Back the database up on the spot if it changed; a sentence when that failed.
        No automatic backup starts afterwards."""
        self._closed = True
        self.timer.stop()
        if self.restoring or not self.automatic:
            return None
        try:
            # waits, through the core's lock, for an automatic backup still being written
            self.last_backup = create_backup(self.db.path, "on-close", if_changed=True)
        except MraError as exc:
            return sentence_for(exc)
        return None


def restore_refusal(window: Any) -> str | None:
    """Why the window cannot restore its database (None when it can): MRA's shared
    database on a server is open in this window and perhaps in others, and a restore there
    needs everyone to have closed it."""
    if not window.services.db.on_server:
        return None
    return QCoreApplication.translate(
        "Backups",
        "MRA's shared database is restored from the command line once everyone has closed "
        "the program: mra-desktop --db ADDRESS backup restore FILE. Nothing was changed.",
    )


def restore_in_window(
    window: Any,
    backup: Path,
    parent: QWidget | None,
    on_done: Callable[[RestoreResult], None],
    on_error: Callable[[str], None],
) -> BackgroundJob | None:
    """Replace the database of ``window`` (a MainWindow) with ``backup``.

    The current database is kept as a backup first (by the core). ``on_error`` gets one
    sentence when nothing was restored; the window then shows its database as it was.
    """
    auto: AutoBackup = window.auto_backup
    refusal = restore_refusal(window)
    if refusal is not None:
        on_error(refusal)
        return None
    if auto.is_busy():
        on_error(
            QCoreApplication.translate(
                "Backups", "A backup is being made; try again in a moment. Nothing was changed."
            )
        )
        return None
    if not window.flush():
        on_error(
            QCoreApplication.translate(
                "Backups",
                "Some edits could not be saved yet; correct them first. Nothing was restored.",
            )
        )
        return None
    window.close_meeting()
    window.forget_histories()  # their steps belong to the data being replaced
    db: Database = window.services.db
    db.engine.dispose()  # the restore needs every connection of the window closed
    auto.restoring = True
    db_path = db.location

    def work(_progress: Any) -> RestoreResult:
        return restore_backup(db_path, backup, lock_held=True)

    def reopen() -> None:
        auto.restoring = False
        db.reconnect()
        window.data_replaced()

    def done(result: RestoreResult) -> None:
        reopen()
        on_done(result)

    def failed(error: BaseException) -> None:
        reopen()
        on_error(sentence_for(error))

    # no progress dialog: a restore cannot be cancelled halfway (it is all or nothing)
    return run_in_background(parent, work, done, failed)
