"""Run the real program with a driver: ``python tests/launch_program.py DRIVER.py [ARGS…]``.

The program starts exactly as ``mra-desktop ARGS…`` does (``mra_desktop.cli.main``: lock,
database, first run, main window); once its main window is shown, ``drive(window)`` of the
driver file is called in the program's own event loop (as soon as it is the active window,
so that its keyboard shortcuts work). The driver lives in the tests, so
the shipped package holds no hook that would run a file named from outside.

The offscreen platform used by the tests warns about every window size hint it cannot
pass on to a window system; those lines are dropped here so that a test can require an
empty stderr. Every other message goes to stderr as usual.
"""

from __future__ import annotations

import importlib.util
import sys
from pathlib import Path
from types import ModuleType

from PySide6.QtCore import QMessageLogContext, QTimer, QtMsgType, qInstallMessageHandler
from PySide6.QtWidgets import QApplication

OFFSCREEN_NOISE = "This plugin does not support propagateSizeHints()"


def _load(path: Path) -> ModuleType:
    spec = importlib.util.spec_from_file_location("program_driver", path)
    if spec is None or spec.loader is None:
        raise SystemExit(f"cannot load {path}")
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


def _message(_kind: QtMsgType, _context: QMessageLogContext, message: str) -> None:
    if message != OFFSCREEN_NOISE:
        sys.stderr.write(message + "\n")


def main(argv: list[str]) -> int:
    driver = _load(Path(argv[0]))
    qInstallMessageHandler(_message)

    from mra_desktop.cli import main as program
    from mra_desktop.ui.app import application

    application()  # the program's own application object, which cli.main reuses
    poll = QTimer()

    def look_for_window() -> None:
        window = QApplication.activeWindow()  # shortcuts only reach the active window
        # the window is shown before its database is open (and timers run meanwhile):
        # drive it once it has its database
        if (
            window is not None
            and window.objectName() == "MainWindow"
            and getattr(window, "has_database", False)
        ):
            poll.stop()
            driver.drive(window)

    poll.timeout.connect(look_for_window)
    poll.start(20)
    try:
        return program(argv[1:])
    finally:
        poll.stop()


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
