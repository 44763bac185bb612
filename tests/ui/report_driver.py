"""Driver that reports where the REAL program opened: ``PLACE <json>`` on stdout, then quits.

Run as ``python tests/launch_program.py tests/ui/report_driver.py --db X``.
"""

from __future__ import annotations

import json
from typing import Any


def drive(window: Any) -> None:
    print("PLACE", json.dumps(window.place()), flush=True)
    window.close()
