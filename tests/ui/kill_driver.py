"""Driver for the autosave kill test: types into the REAL program, printing what it typed.

Run as ``python tests/launch_program.py tests/ui/kill_driver.py --db X``: the real program
starts, and :func:`drive` types into its main window. Each line printed is
``TYPED <field> <unix time> <json text typed so far>``; the test kills the process with
SIGKILL while typing goes on and checks the database.
"""

from __future__ import annotations

import json
import os
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
