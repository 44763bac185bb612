"""Starting the GUI: application object, database, main window."""

from __future__ import annotations

import sys
from pathlib import Path

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QApplication, QLabel, QMainWindow, QMessageBox

from mra_desktop import __version__
from mra_desktop.core.database import Database, open_database
from mra_desktop.core.errors import MraError


class MainWindow(QMainWindow):
    def __init__(self, db: Database) -> None:
        super().__init__()
        self.db = db
        self.setObjectName("MainWindow")
        self.setWindowTitle(QCoreApplication.translate("MainWindow", "mra-desktop"))
        label = QLabel(
            QCoreApplication.translate("MainWindow", "Database: %1").replace("%1", str(db.path))
        )
        label.setMargin(24)
        self.setCentralWidget(label)
        self.resize(900, 600)


def run_gui(db_path: Path | None) -> int:
    app = QApplication.instance() or QApplication(sys.argv[:1])
    app.setApplicationName("mra-desktop")
    app.setApplicationVersion(__version__)
    try:
        db = open_database(db_path)
    except MraError as exc:
        QMessageBox.critical(None, "mra-desktop", exc.message)
        print(f"mra-desktop: {exc.message}", file=sys.stderr)
        return 2
    window = MainWindow(db)
    window.show()
    try:
        return app.exec()
    finally:
        db.close()
