"""Starting the GUI: application object, fonts, language, one window per database.

The main window is painted before the database is opened: what only the database can
tell (the meetings, the first-run question) follows a moment later, while the facilitator
already sees the program. SQLAlchemy and the services load after that first paint.
"""

from __future__ import annotations

import os
import sqlite3
import sys
import tempfile
import time
from pathlib import Path
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QCoreApplication, QEventLoop, QLockFile
from PySide6.QtGui import QGuiApplication, QIcon
from PySide6.QtWidgets import QApplication, QMessageBox, QWidget

from mra_desktop import __version__
from mra_desktop.core.errors import DatabaseOpenError, MraError
from mra_desktop.core.resources import resource_path
from mra_desktop.ui import preferences
from mra_desktop.ui.dialogs import show_message
from mra_desktop.ui.fonts import apply_interface_font
from mra_desktop.ui.i18n import apply_language
from mra_desktop.ui.look import install_look
from mra_desktop.ui.messages import describe_error
from mra_desktop.ui.sentences import fill, ltr

EXIT_BAD_INPUT = 2
# the installed desktop entry (packaging/linux), which names the window's icon and files
DESKTOP_FILE = "ma.mrawomen.MraDesktop"


def program_icon() -> QIcon:
    """The program's icon (windows, taskbar, dialogs), drawn from its SVG at any size."""
    return QIcon(str(resource_path("icons", "mra-desktop.svg")))


def application() -> QApplication:
    """The QApplication, made once, with the program's fonts and interface language."""
    existing = QApplication.instance()
    app = existing if isinstance(existing, QApplication) else QApplication(sys.argv[:1])
    app.setApplicationName("mra-desktop")
    app.setOrganizationName(preferences.SETTINGS_ORGANISATION)
    app.setApplicationVersion(__version__)
    app.setWindowIcon(program_icon())
    QGuiApplication.setDesktopFileName(DESKTOP_FILE)
    apply_interface_font(app)
    install_look(app)
    apply_language(app, preferences.interface_language())
    return app


def lock_path(db_path: Path) -> Path:
    return db_path.with_name(db_path.name + ".lock")


def acquire_lock(db_path: Path) -> QLockFile | None:
    """The database's lock file, or None when another window holds it."""
    db_path.parent.mkdir(parents=True, exist_ok=True)
    lock = QLockFile(str(lock_path(db_path)))
    lock.setStaleLockTime(0)  # a lock whose process died is taken over, never by age
    if lock.tryLock(0):
        return lock
    return None


def already_open_message(db_path: Path) -> str:
    return fill(
        QCoreApplication.translate(
            "App",
            "This database is already open in another mra-desktop window: %1\n\n"
            "Use that window, or close it first. Nothing was changed.",
        ),
        ltr(db_path),
    )


if TYPE_CHECKING:
    from mra_desktop.core.database import Database
    from mra_desktop.core.location import Location
    from mra_desktop.ui.main_window import MainWindow


def show_error(text: str, parent: QWidget | None = None) -> None:
    """One message box (tests replace this)."""
    title = QCoreApplication.translate("App", "mra-desktop")
    show_message(parent, QMessageBox.Icon.Critical, title, text)


def open_database(path: Location) -> Database:
    """Open (create, upgrade) the database; its module, and SQLAlchemy, load only now."""
    from mra_desktop.core.database import open_database as open_db

    return open_db(path)


def paint_now(app: QApplication, window: QWidget, wait: float = 0.2) -> None:
    """Let a window that was just shown paint, before the work that follows: the events
    that expose it are processed (waiting for them at most ``wait`` seconds). Keyboard
    and mouse wait until the program is ready for them."""
    deadline = time.monotonic() + wait
    handle = window.windowHandle()
    skip_input = QEventLoop.ProcessEventsFlag.ExcludeUserInputEvents
    while handle is not None and not handle.isExposed() and time.monotonic() < deadline:
        app.processEvents(skip_input | QEventLoop.ProcessEventsFlag.WaitForMoreEvents, 10)
    app.processEvents(skip_input)


def open_file(window: MainWindow, path: Path) -> None:
    """A file the program was started with: what a double-click on it in the file manager
    asks for. A sync file goes to MRA's import screen, which imports it as a dropped one;
    an identity card to the Partners screen, which shows its fingerprint to compare by
    phone (enrolling it takes one more, deliberate, click); a receipt from MRA is imported
    in the Receipts from MRA window, which says what it changed or why it was refused."""
    suffix = path.suffix.lower()
    if suffix == ".mrasync":
        window.show_import()
        window.import_screen.import_files([path])
    elif suffix == ".mraid":
        window.show_partners()
        window.partners_screen.open_card(path)
    elif suffix == ".mrareceipt":
        window.open_receipts().import_file(path)


def run_gui(db_path: Path | str | None, file: Path | None = None) -> int:
    """The program's window on the database at ``db_path`` (a file, or MRA's database on
    a PostgreSQL server); ``file`` (a sync file, an identity card) is opened in it once the
    database is (see :func:`open_file`)."""
    from mra_desktop.core.location import ServerAddress, parse_location
    from mra_desktop.core.paths import default_location

    app = application()
    try:
        location = parse_location(db_path) if db_path is not None else default_location()
    except MraError as exc:
        return _refused(exc)
    if isinstance(location, ServerAddress):
        # several people have the server's database open at once (PostgreSQL's own locks
        # keep them apart): no lock file, and no first run on a draft
        return _run_window_on(app, location, file)
    path = location
    if not path.exists():
        if lock_path(path).exists() and not _lock_is_free(path):
            return _already_open(path)  # the other copy is answering its first run
        # A new database: the first run is answered on a draft in a scratch folder, so
        # that Quit leaves no folder, database, lock file or setting behind.
        with tempfile.TemporaryDirectory(prefix="mra-desktop-first-run-") as scratch:
            draft = Path(scratch) / path.name
            if not _first_run_on(draft):
                return 0
            try:
                place_database(draft, path)
            except MraError as exc:
                show_error(describe_error(exc))
                print(f"mra-desktop: {exc.message}", file=sys.stderr)
                return EXIT_BAD_INPUT
    return _run_locked(app, path, file)


def _lock_is_free(path: Path) -> bool:
    lock = acquire_lock(path)
    if lock is None:
        return False
    lock.unlock()
    return True


def _already_open(path: Path) -> int:
    print(f"mra-desktop: {path} is already open in another mra-desktop window", file=sys.stderr)
    show_error(already_open_message(path))
    return EXIT_BAD_INPUT


def _first_run_on(draft: Path) -> bool:
    """Ask the first-run questions over a draft database; True when the facilitator
    pressed Start (the organisation is then in the draft, the choices in the settings)."""
    from mra_desktop.core.services import Services
    from mra_desktop.ui.first_run import FirstRunDialog

    db = open_database(draft)
    try:
        dialog = FirstRunDialog(Services(db))
        accepted = dialog.exec() == FirstRunDialog.DialogCode.Accepted
        dialog.deleteLater()
        return accepted
    finally:
        db.close()


def _run_locked(app: QApplication, path: Path, file: Path | None) -> int:
    try:
        lock = acquire_lock(path)
    except OSError as exc:
        message = f"Cannot use {path.parent}: {exc.strerror or exc}."
        show_error(describe_error(MraError(message, "database_folder", path=path.parent)))
        print(f"mra-desktop: {message}", file=sys.stderr)
        return EXIT_BAD_INPUT
    if lock is None:
        # before opening (and perhaps upgrading) the database: a second copy touches nothing
        return _already_open(path)
    try:
        return _run_window_on(app, path, file)
    finally:
        lock.unlock()


def _refused(exc: MraError) -> int:
    show_error(describe_error(exc))
    print(f"mra-desktop: {exc.message}", file=sys.stderr)
    return EXIT_BAD_INPUT


def _run_window_on(app: QApplication, location: Location, file: Path | None) -> int:
    from mra_desktop.ui.main_window import MainWindow

    window = MainWindow()  # its database comes once it has painted
    window.show()
    paint_now(app, window)
    try:
        db = open_database(location)
    except MraError as exc:
        window.hide()
        window.deleteLater()
        return _refused(exc)
    try:
        return _run_window(app, window, db, file)
    finally:
        db.close()


def place_database(draft: Path, path: Path) -> None:
    """Copy the first run's draft database to where it belongs, atomically (unless another
    copy of the program made one there meanwhile: that one is kept)."""
    partial = path.with_name(path.name + ".part")
    try:
        path.parent.mkdir(parents=True, exist_ok=True)
        if path.exists():
            return
        source = sqlite3.connect(f"{draft.resolve().as_uri()}?mode=ro", uri=True)
        try:
            target = sqlite3.connect(partial)
            try:
                source.backup(target)
            finally:
                target.close()
        finally:
            source.close()
        os.replace(partial, path)
    except (OSError, sqlite3.Error) as exc:
        partial.unlink(missing_ok=True)
        raise DatabaseOpenError(f"Cannot create {path}: {exc}.") from exc


def _run_window(app: QApplication, window: MainWindow, db: Database, file: Path | None) -> int:
    from mra_desktop.core.services import Services
    from mra_desktop.ui.first_run import FirstRunDialog, needs_first_run

    services = Services(db)
    if needs_first_run(services):
        dialog = FirstRunDialog(services, window)
        accepted = dialog.exec() == FirstRunDialog.DialogCode.Accepted
        dialog.deleteLater()
        if not accepted:
            _discard(window)
            return 0
    window.set_services(services)
    if file is not None:
        open_file(window, file)
    else:
        window.resume()
    try:
        return app.exec()
    finally:
        window.dispose()


def _discard(window: Any) -> None:
    """Close a window that never got its database (nothing of it needs saving)."""
    window.hide()
    window.deleteLater()
