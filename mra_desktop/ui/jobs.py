"""Small helpers shared by the export and import screens for their background jobs.

Each job opens its own database (sessions are never shared between threads) and shows
its progress under one label in the interface language: the core's step messages are
English words for the CLI, so they are replaced, not shown.
"""

from __future__ import annotations

import os
from collections.abc import Callable
from pathlib import Path
from typing import Any, TypeVar

from PySide6.QtCore import QCoreApplication, QStandardPaths, QUrl
from PySide6.QtGui import QDesktopServices

from mra_desktop.core.database import Database, open_database
from mra_desktop.core.errors import MraError
from mra_desktop.core.progress import Cancelled, Progress
from mra_desktop.ui.backup_words import backup_error_sentence
from mra_desktop.ui.i18n import current_language
from mra_desktop.ui.sentences import fill

T = TypeVar("T")


def relabelled(progress: Progress, label: str) -> Progress:
    """A Progress for the core that reports to ``progress`` under ``label`` (already
    translated); a cancel of ``progress`` stops the core at its next step."""

    def forward(done: int, total: int, _message: str) -> None:
        progress.step(done, total, label)  # raises Cancelled once the user cancelled

    return Progress(on_change=forward)


def with_own_database(db_path: Path, work: Callable[[Database], T]) -> T:
    """Run ``work`` on a database opened for this job only, closed afterwards."""
    db = open_database(db_path)
    try:
        return work(db)
    finally:
        db.close()


def error_sentence(error: BaseException) -> str:
    """One sentence for what went wrong in a background job."""
    if isinstance(error, Cancelled):
        return QCoreApplication.translate("Jobs", "Cancelled; nothing was written.")
    if isinstance(error, MraError):
        backup = backup_error_sentence(error)  # a backup before the job failed
        if backup is not None:
            return backup
        if error.code == "file_write" and current_language() != "en":
            # the core's sentence is English (it stays in the tooltip)
            return QCoreApplication.translate(
                "Jobs",
                "The file cannot be written there (the folder is missing, protected or full); "
                "choose another place.",
            )
        return error.message
    if isinstance(error, OSError):
        return fill(
            QCoreApplication.translate("Jobs", "The file could not be written: %1."),
            error.strerror or str(error),
        )
    return fill(
        QCoreApplication.translate("Jobs", "Something went wrong: %1"),
        str(error) or type(error).__name__,
    )


def documents_folder() -> Path:
    location = QStandardPaths.writableLocation(QStandardPaths.StandardLocation.DocumentsLocation)
    folder = Path(location) if location else Path.home()
    return folder if folder.is_dir() else Path.home()


def safe_file_name(name: str) -> str:
    """``name`` without the characters Windows, macOS or Linux refuse in a file name."""
    cleaned = "".join("-" if ch in '<>:"/\\|?*' or ord(ch) < 32 else ch for ch in name)
    cleaned = " ".join(cleaned.split()).strip(" .")
    return cleaned[:150] or "report"


def open_path(path: Path) -> bool:
    """Open a file or folder with the system's program for it."""
    if os.environ.get("QT_QPA_PLATFORM") == "offscreen":  # tests and screenshots
        return False
    return bool(QDesktopServices.openUrl(QUrl.fromLocalFile(str(path))))


def plain(value: Any) -> str:
    return "" if value is None else str(value)
