"""A hook that lets an end-to-end test drive the real program (the autosave kill test).

When — and only when — the environment variable ``MRA_DESKTOP_TEST_DRIVER`` names a
Python file, :func:`start_test_driver` runs that file and calls its ``drive(window)`` once
the main window is shown. Without the variable it does nothing, so a user's program
never runs foreign code.
"""

from __future__ import annotations

import os
import runpy
from typing import Any

from PySide6.QtCore import QTimer
from PySide6.QtWidgets import QWidget

DRIVER_ENV_VAR = "MRA_DESKTOP_TEST_DRIVER"


def start_test_driver(window: QWidget) -> bool:
    """Start the test driver named by ``MRA_DESKTOP_TEST_DRIVER``, if any."""
    path = os.environ.get(DRIVER_ENV_VAR, "")
    if not path:
        return False
    namespace: dict[str, Any] = runpy.run_path(path, run_name="mra_desktop_test_driver")
    drive = namespace["drive"]
    QTimer.singleShot(0, window, lambda: drive(window))
    return True
