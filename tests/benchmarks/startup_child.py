"""Run in a fresh process by the start-up benchmark; prints one line of JSON with the
process's CPU time (user + system, seconds), peak memory (MB) and top-level modules loaded at two
moments: when its
main window has first painted (``first_paint``), and when the meetings list has painted its
rows (``ready``; the bare window has no list: the same moment). Then it quits.

    python tests/benchmarks/startup_child.py bare            a bare PySide6 main window
    python tests/benchmarks/startup_child.py program DB      mra-desktop --db DB

``program`` goes through the real start (``mra_desktop.cli.main``); this script only
makes the QApplication first, so that it can watch the paint events.
"""

from __future__ import annotations

import json
import resource
import sys
from typing import Any

from PySide6.QtCore import QEvent, QObject, QTimer
from PySide6.QtWidgets import QApplication, QMainWindow, QTableView


def _peak_memory_mb() -> float:
    """This process's peak resident memory. Linux's ``ru_maxrss`` would count the parent's
    memory at fork too, so its ``VmHWM`` is read instead where there is one."""
    try:
        with open("/proc/self/status", encoding="ascii") as status:
            for line in status:
                if line.startswith("VmHWM:"):
                    return int(line.split()[1]) / 1024
    except OSError:
        pass
    return resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024


def _usage() -> dict[str, Any]:
    usage = resource.getrusage(resource.RUSAGE_SELF)
    return {
        "cpu": usage.ru_utime + usage.ru_stime,
        "rss_mb": _peak_memory_mb(),
        "modules": sorted({name.split(".")[0] for name in sys.modules}),
    }


class PaintWatcher(QObject):
    """Keeps the figures once a main window has painted, and once a table with rows has."""

    def __init__(self, app: QApplication, wait_for_rows: bool) -> None:
        super().__init__()
        self.app = app
        self.wait_for_rows = wait_for_rows
        self.figures: dict[str, dict[str, Any]] = {}

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:  # noqa: N802
        if event.type() != QEvent.Type.Paint:
            return False
        if "first_paint" not in self.figures and isinstance(watched, QMainWindow):
            self.figures["first_paint"] = {}
            QTimer.singleShot(0, lambda: self._done("first_paint"))  # once this paint is drawn
        parent = watched.parent()
        if (
            self.wait_for_rows
            and "ready" not in self.figures
            and isinstance(parent, QTableView)
            and parent.model() is not None
            and parent.model().rowCount() > 0
        ):
            self.figures["ready"] = {}
            QTimer.singleShot(0, lambda: self._done("ready"))
        return False

    def _done(self, moment: str) -> None:
        self.figures[moment] = _usage()
        if not self.wait_for_rows:
            self.figures["ready"] = self.figures[moment]
        if "ready" in self.figures and self.figures["ready"]:
            QTimer.singleShot(0, self.app.quit)


def main() -> int:
    mode = sys.argv[1]
    app = QApplication(sys.argv[:1])
    watcher = PaintWatcher(app, wait_for_rows=mode != "bare")
    app.installEventFilter(watcher)
    QTimer.singleShot(60_000, app.quit)  # never hang a benchmark
    if mode == "bare":
        window = QMainWindow()
        window.setWindowTitle("mra-desktop")
        window.resize(1366, 768)
        window.show()
        app.exec()
    else:
        from mra_desktop.cli import main as program

        status = program(["--db", sys.argv[2]])
        if status:
            return status
    if not (watcher.figures.get("first_paint") and watcher.figures.get("ready")):
        print(f"not painted: {watcher.figures}", file=sys.stderr)
        return 1
    print(json.dumps(watcher.figures))
    return 0


if __name__ == "__main__":
    sys.exit(main())
