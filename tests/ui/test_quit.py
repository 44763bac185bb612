"""Quitting is clean: the real program quits with exit code 0 and nothing on stderr, every
time, after a long meeting typed in Arabic."""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

from PySide6.QtCore import QObject, Signal

from mra_desktop.core.database import open_database
from mra_desktop.core.identity import set_identity
from mra_desktop.core.services import Services
from mra_desktop.ui import preferences

DRIVER = Path(__file__).with_name("quit_driver.py")
LAUNCHER = Path(__file__).parent.parent / "launch_program.py"
QUITS = 20


class _Emitter(QObject):
    ticked = Signal(str)


def test_emitting_a_signal_leaves_true_alive(qapp) -> None:  # type: ignore[no-untyped-def]
    """PySide6 6.12.0 drops a reference to True on every emit(), so a program that emits
    long enough (the step timer ticks every second) dies of 'bool_dealloc' at some point,
    usually while quitting. The project does not install that version."""
    emitter = _Emitter()
    emitter.ticked.connect(lambda _text: None)
    before = sys.getrefcount(True)
    for _ in range(200):
        emitter.ticked.emit("00:01")
    assert sys.getrefcount(True) - before >= 0


def _prepare(db_path: Path) -> str:
    db = open_database(db_path)
    try:
        services = Services(db)
        org = services.organisations.create(name="جمعية أمل", city="الحاجب")
        meeting = services.meetings.create(
            organisation_id=org.record_id,
            title="اللجنة المحلية، الحاجب",
            sectors=["health", "justice"],
            language="ar",
        )
        set_identity(db, org.record_id)
    finally:
        db.close()
    preferences.set_interface_language("ar")
    return str(meeting.record_id)


def test_quit_after_a_long_arabic_meeting_is_clean_every_time(tmp_path: Path) -> None:
    db_path = tmp_path / "quit.sqlite"
    meeting_id = _prepare(db_path)
    env = {**os.environ, "QT_QPA_PLATFORM": "offscreen", "MRA_QUIT_MEETING": meeting_id}
    command = [sys.executable, str(LAUNCHER), str(DRIVER), "--db", str(db_path)]
    for run in range(1, QUITS + 1):
        done = subprocess.run(
            command, cwd=tmp_path, env=env, capture_output=True, text=True, timeout=120
        )
        assert (done.returncode, done.stderr) == (0, ""), f"quit {run} of {QUITS}"
    db = open_database(db_path)
    try:
        services = Services(db)
        changes = services.changes.for_meeting(meeting_id)
        items = services.action_items.for_meeting(meeting_id)
    finally:
        db.close()
    # every run's typing reached the database before the program quit
    assert len(changes) == QUITS
    assert all(c.msc_selected and c.msc_reason for c in changes)  # undo took back the move only
    assert [i.action for i in items] == ["stop"] * QUITS  # and redo did it again
