"""A second copy of the program on the same database says so and touches nothing."""

from __future__ import annotations

import os
import signal
import subprocess
import sys
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest

from mra_desktop.ui import app as app_module

HOLDER = """
import sys
from PySide6.QtCore import QCoreApplication, QLockFile
app = QCoreApplication([])
app.setApplicationName("mra-desktop")
lock = QLockFile(sys.argv[1])
lock.setStaleLockTime(0)
print("locked" if lock.tryLock(0) else "busy", flush=True)
sys.stdin.readline()
"""


@pytest.fixture
def other_window(db_path: Path) -> Iterator[subprocess.Popen[str]]:
    """Another process holding the database's lock, as a running mra-desktop would."""
    process = subprocess.Popen(
        [sys.executable, "-c", HOLDER, str(app_module.lock_path(db_path))],
        stdin=subprocess.PIPE, stdout=subprocess.PIPE, text=True,
    )
    assert process.stdout is not None
    assert process.stdout.readline().strip() == "locked"
    yield process
    if process.poll() is None:
        process.kill()
    process.wait(timeout=10)


def test_two_lock_files_on_one_database(db_path: Path) -> None:
    first = app_module.acquire_lock(db_path)
    assert first is not None
    assert app_module.acquire_lock(db_path) is None
    first.unlock()
    again = app_module.acquire_lock(db_path)
    assert again is not None
    again.unlock()


def test_second_copy_shows_one_message_and_exits_2(
    db_path: Path, other_window: Any, monkeypatch: pytest.MonkeyPatch, capsys: Any, qapp: Any
) -> None:
    shown: list[str] = []
    monkeypatch.setattr(app_module, "show_error", shown.append)
    opened: list[Path] = []
    monkeypatch.setattr(app_module, "open_database", lambda path: opened.append(path))
    assert app_module.run_gui(db_path) == 2
    assert len(shown) == 1
    assert shown[0].startswith("This database is already open in another mra-desktop window")
    err = capsys.readouterr().err.strip().splitlines()
    assert len(err) == 1 and "already open" in err[0]
    assert opened == []  # the database was not even opened (nor upgraded)
    assert not db_path.exists()
    assert app_module.acquire_lock(db_path) is None  # the other window still holds it


def test_a_lock_left_by_a_crash_is_taken_over(db_path: Path, other_window: Any) -> None:
    other_window.send_signal(signal.SIGKILL) if os.name == "posix" else other_window.kill()
    other_window.wait(timeout=10)
    lock = app_module.acquire_lock(db_path)
    assert lock is not None
    lock.unlock()
