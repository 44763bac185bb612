"""KILL TEST: the real program types into a change, is killed with SIGKILL mid-sentence,
and the database still holds everything typed up to one second before the kill; started
again, the program reopens in that field of that change."""

from __future__ import annotations

import json
import os
import queue
import signal
import subprocess
import sys
import threading
import time
from pathlib import Path

import pytest

from mra_desktop.core.database import open_database
from mra_desktop.core.identity import set_identity
from mra_desktop.core.local_state import RESUME_KEY, read_state
from mra_desktop.core.services import Services

DRIVER = Path(__file__).with_name("kill_driver.py")
REPORTER = Path(__file__).with_name("report_driver.py")
LAUNCHER = Path(__file__).parent.parent / "launch_program.py"
TYPING_BEFORE_KILL = 3.0  # seconds of typing in the detail field before the kill


def _prepare(db_path: Path) -> str:
    db = open_database(db_path)
    try:
        services = Services(db)
        org = services.organisations.create(name="Association Amal", city="El-Hajeb")
        meeting = services.meetings.create(
            organisation_id=org.record_id,
            title="Local commission, El-Hajeb",
            sectors=["health", "justice"],
            language="fr",
        )
        set_identity(db, org.record_id)  # no first run: the organisation is chosen
        return str(meeting.record_id)
    finally:
        db.close()


def _reader(stream, lines: queue.Queue[str]) -> None:  # type: ignore[no-untyped-def]
    for line in stream:
        lines.put(line)
    lines.put("")


@pytest.mark.skipif(not hasattr(signal, "SIGKILL"), reason="needs SIGKILL (POSIX)")
def test_kill_during_typing_loses_nothing_older_than_a_second(tmp_path: Path) -> None:
    db_path = tmp_path / "kill.sqlite"
    meeting_id = _prepare(db_path)
    env = dict(os.environ)
    env.update(QT_QPA_PLATFORM="offscreen", MRA_KILL_MEETING=meeting_id, PYTHONUNBUFFERED="1")
    command = [sys.executable, str(LAUNCHER), str(DRIVER), "--db", str(db_path)]
    process = subprocess.Popen(
        command, cwd=tmp_path, env=env, stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True
    )
    lines: queue.Queue[str] = queue.Queue()
    threading.Thread(target=_reader, args=(process.stdout, lines), daemon=True).start()
    typed: list[tuple[str, float, str]] = []
    detail_started: float | None = None
    deadline = time.monotonic() + 60
    try:
        while True:
            assert time.monotonic() < deadline, "the program did not type in time"
            try:
                line = lines.get(timeout=30)
            except queue.Empty:
                pytest.fail("no output from the program")
            if not line:
                pytest.fail(f"the program ended early: {process.wait()} {process.stderr.read()}")
            parts = line.rstrip("\n").split(" ", 3)
            if parts[0] != "TYPED":
                continue
            field, stamp, text = parts[1], float(parts[2]), json.loads(parts[3])
            typed.append((field, stamp, text))
            if field == "what_changed":
                detail_started = detail_started or stamp
                if stamp - detail_started >= TYPING_BEFORE_KILL:
                    break
        killed_at = time.time()
        os.kill(process.pid, signal.SIGKILL)
        process.wait(timeout=10)
    finally:
        if process.poll() is None:
            process.kill()
            process.wait(timeout=10)
    assert process.returncode == -signal.SIGKILL
    while True:  # lines printed between the last read and the kill
        try:
            line = lines.get(timeout=2)
        except queue.Empty:
            break
        if not line:
            break
        parts = line.rstrip("\n").split(" ", 3)
        if parts[0] == "TYPED":
            typed.append((parts[1], float(parts[2]), json.loads(parts[3])))

    title = max((t for f, _s, t in typed if f == "capture"), key=len)
    safe = max(
        (t for f, s, t in typed if f == "what_changed" and s <= killed_at - 1.0), key=len
    )
    last = max((t for f, _s, t in typed if f == "what_changed"), key=len)
    assert len(safe) >= 20  # the test really typed for a while before the kill

    db = open_database(db_path)
    try:
        changes = Services(db).changes.for_meeting(meeting_id)
        status = Services(db).meetings.get(meeting_id).status
    finally:
        db.close()
    assert [c.title for c in changes] == [title]
    stored = changes[0].what_changed
    assert stored.startswith(safe), f"lost typing: stored {len(stored)} chars, typed {len(safe)}"
    assert last.startswith(stored)
    assert status == "in_progress"

    # started again, the program reopens the meeting at that step, change and field
    again = subprocess.run(
        [sys.executable, str(LAUNCHER), str(REPORTER), "--db", str(db_path)],
        cwd=tmp_path, env=env, capture_output=True, text=True, timeout=60,
    )
    assert again.returncode == 0, again.stderr
    [line] = [line for line in again.stdout.splitlines() if line.startswith("PLACE ")]
    assert json.loads(line.removeprefix("PLACE ")) == {
        "meeting_id": meeting_id,
        "page": "meeting",
        "step": "good_practices",
        "record_id": changes[0].id,
        "focus": "change_what_changed",
    }
    db = open_database(db_path)
    try:
        assert (read_state(db, RESUME_KEY) or {}).get("focus") == "change_what_changed"
        assert Services(db).changes.get(changes[0].id).what_changed == stored
    finally:
        db.close()
