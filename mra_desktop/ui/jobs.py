"""Small helpers shared by the export and import screens for their background jobs.

Each job opens its own database (sessions are never shared between threads) and shows
its progress under one label in the interface language: the core's step messages are
English words for the CLI, so they are replaced, not shown.
"""

from __future__ import annotations

import errno
import os
from collections.abc import Callable
from pathlib import Path
from typing import Any, TypeVar

from PySide6.QtCore import QCoreApplication, QStandardPaths, QUrl
from PySide6.QtGui import QDesktopServices

from mra_desktop.core.database import Database, open_database
from mra_desktop.core.errors import MraError
from mra_desktop.core.location import Location
from mra_desktop.core.progress import Progress
from mra_desktop.ui.messages import describe_error
from mra_desktop.ui.sentences import fill, ltr

T = TypeVar("T")


def relabelled(progress: Progress, label: str) -> Progress:
    """A Progress for the core that reports to ``progress`` under ``label`` (already
    translated); a cancel of ``progress`` stops the core at its next step."""

    def forward(done: int, total: int, _message: str) -> None:
        progress.step(done, total, label)  # raises Cancelled once the user cancelled

    return Progress(on_change=forward)


def with_own_database(db_path: Location, work: Callable[[Database], T]) -> T:
    """Run ``work`` on a database opened for this job only, closed afterwards."""
    db = open_database(db_path)
    try:
        return work(db)
    finally:
        db.close()


def error_sentence(error: BaseException) -> str:
    """One sentence for what went wrong in a background job, in the interface language."""
    if isinstance(error, MraError):  # Cancelled included
        return describe_error(error)
    if isinstance(error, OSError):
        if error.errno == errno.ENOSPC:
            return QCoreApplication.translate(
                "Jobs", "The file could not be written: the disk is full."
            )
        return QCoreApplication.translate(
            "Jobs",
            "The file could not be written (the folder is missing, protected or full); "
            "choose another place.",
        )
    # a fault of the program: the kind of error, for whoever helps
    return fill(
        QCoreApplication.translate("Jobs", "Something went wrong; nothing was written (%1)."),
        ltr(type(error).__name__),
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
