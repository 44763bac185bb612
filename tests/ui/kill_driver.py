"""Driver for the autosave kill test: types into the REAL program, printing what it typed.

Two ways in, both with the real main window, services, Autosaver and database:
- ``MRA_DESKTOP_TEST_DRIVER=<this file> python -m mra_desktop --db X`` when the program's
  start-up calls :func:`mra_desktop.ui.meeting.driver_hook.start_test_driver`;
- ``python <this file> --db X``: starts the application and main window as run_gui does.

Each line printed is ``TYPED <field> <unix time> <json text typed so far>``; the test
kills the process with SIGKILL while typing goes on and checks the database.
"""

from __future__ import annotations

import json
import os
import sys
import time
from typing import Any

CAPTURE_TEXT = "Mobile unit visits villages"
DETAIL_TEXT = (
    "Since March the provincial delegate sends a mobile unit with a doctor and a social "
    "worker to twelve villages every week; women are examined, given a free medical "
    "certificate and told about the unit at the hospital. "
) * 4
KEY_DELAY_MS = 45


def _say(*parts: Any) -> None:
    print(*parts, flush=True)


def drive(window: Any) -> None:
    from PySide6.QtCore import Qt
    from PySide6.QtTest import QTest

    window.open_meeting(os.environ["MRA_KILL_MEETING"])
    workspace = window.workspace
    workspace.focus_capture()
    capture = workspace.good_practices.capture
    for index, char in enumerate(CAPTURE_TEXT):
        QTest.keyClicks(capture, char)
        _say("TYPED", "capture", repr(time.time()), json.dumps(CAPTURE_TEXT[: index + 1]))
        QTest.qWait(KEY_DELAY_MS)
    QTest.keyClick(capture, Qt.Key.Key_Return)
    _say("CAPTURED", repr(time.time()))
    field = workspace.good_practices.editor.fields["what_changed"]
    field.setFocus()
    for index, char in enumerate(DETAIL_TEXT):
        QTest.keyClicks(field, char)
        _say("TYPED", "what_changed", repr(time.time()), json.dumps(DETAIL_TEXT[: index + 1]))
        QTest.qWait(KEY_DELAY_MS)
    _say("DONE", repr(time.time()))


def main() -> int:
    """Start the program as run_gui does, then drive it (used when the hook is not wired)."""
    from pathlib import Path

    from PySide6.QtCore import QTimer

    from mra_desktop.core.database import open_database
    from mra_desktop.core.services import Services
    from mra_desktop.ui.app import application
    from mra_desktop.ui.main_window import MainWindow

    db_path = Path(sys.argv[sys.argv.index("--db") + 1])
    app = application()
    db = open_database(db_path)
    try:
        window = MainWindow(Services(db))
        window.show()
        QTimer.singleShot(0, lambda: drive(window))
        return app.exec()
    finally:
        db.close()


if __name__ == "__main__":
    sys.exit(main())
