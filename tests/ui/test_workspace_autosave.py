"""Autosave in the meeting: within a second while typing goes on, at once on focus-out,
on a step change and on flush(); a planned meeting starts with its first capture."""

from __future__ import annotations

import time

from PySide6.QtCore import Qt
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QApplication, QMainWindow

from mra_desktop.ui.autosave import Autosaver
from mra_desktop.ui.history import History
from mra_desktop.ui.meeting import MeetingWorkspace


def open_workspace(qtbot, services, meeting_id: str):  # type: ignore[no-untyped-def]
    window = QMainWindow()
    autosaver = Autosaver(services)
    workspace = MeetingWorkspace(services, autosaver, History(services, autosaver), meeting_id)
    window.setCentralWidget(workspace)
    qtbot.addWidget(window)
    window.show()
    qtbot.waitExposed(window)
    window.activateWindow()
    qtbot.waitUntil(lambda: QApplication.activeWindow() is window, timeout=3000)
    return window, workspace


def test_continuous_typing_is_stored_within_a_second(qtbot, services, meeting) -> None:  # type: ignore[no-untyped-def]
    created = services.changes.create(meeting_id=meeting.id, sector="health", title="Night duty")
    _window, ws = open_workspace(qtbot, services, meeting.id)
    ws.set_step("good_practices")
    field = ws.good_practices.editor.fields["now"]
    field.setFocus()
    text = "A doctor is on duty every night at the unit, " * 3
    typed_at: list[tuple[float, str]] = []
    checked = 0
    for index, char in enumerate(text):
        QTest.keyClicks(field, char)
        typed_at.append((time.monotonic(), text[: index + 1]))
        QTest.qWait(30)  # faster than the Autosaver's debounce: its timer never runs out
        if index and index % 25 == 0:
            stored = services.changes.get(created.record_id).now
            limit = time.monotonic() - 1.2
            expected = max((p for t, p in typed_at if t <= limit), key=len, default="")
            assert stored.startswith(expected), (stored, expected)
            assert text.startswith(stored)
            checked += bool(expected)
    assert checked >= 3


def test_focus_out_step_change_and_flush_store_at_once(qtbot, services, meeting) -> None:  # type: ignore[no-untyped-def]
    created = services.changes.create(meeting_id=meeting.id, sector="health", title="Night duty")
    _window, ws = open_workspace(qtbot, services, meeting.id)
    ws.set_step("good_practices")
    editor = ws.good_practices.editor
    cid = created.record_id

    editor.fields["before"].setFocus()
    qtbot.keyClicks(editor.fields["before"], "Nobody at night")
    editor.fields["now"].setFocus()  # focus-out: stored without waiting for the timer
    assert services.changes.get(cid).before == "Nobody at night"

    qtbot.keyClicks(editor.fields["now"], "A doctor every night")
    qtbot.keyClick(ws, Qt.Key_4, Qt.ControlModifier)  # step change
    assert services.changes.get(cid).now == "A doctor every night"

    ws.set_step("good_practices")
    editor.fields["results"].setFocus()
    qtbot.keyClicks(editor.fields["results"], "Fewer women sent away")
    ws.flush()  # what the main window calls before leaving the meeting or closing
    assert services.changes.get(cid).results == "Fewer women sent away"


def test_the_first_capture_starts_a_planned_meeting(qtbot, services, meeting) -> None:  # type: ignore[no-untyped-def]
    _window, ws = open_workspace(qtbot, services, meeting.id)
    assert services.meetings.get(meeting.id).status == "planned"
    qtbot.keyClick(ws, Qt.Key_C, Qt.ControlModifier | Qt.ShiftModifier)  # to the capture field
    assert ws.current_step() == "good_practices"
    capture = ws.good_practices.capture
    assert QApplication.focusWidget() is capture
    qtbot.keyClicks(capture, "Free certificates")
    qtbot.keyClick(capture, Qt.Key_Enter)
    assert services.meetings.get(meeting.id).status == "in_progress"
    # a long line is never cut: the title takes 200 characters, the rest is kept
    long_line = "x" * 250
    capture.setText(long_line)
    qtbot.keyClick(capture, Qt.Key_Return)
    last = services.changes.for_meeting(meeting.id)[-1]
    assert last.title == "x" * 200 and last.what_changed == long_line


def test_setup_changes_of_language_and_sectors_reach_every_step(qtbot, services, meeting) -> None:  # type: ignore[no-untyped-def]
    from mra_desktop.core.protocol import load_protocol

    protocol = load_protocol()
    _window, ws = open_workspace(qtbot, services, meeting.id)
    ws.set_step("good_practices")
    ws.good_practices.next_question()
    # the setup screen writes through the same Autosaver
    ws.context.autosaver.set_field("meeting", meeting.id, "language", "ar")
    ws.context.autosaver.set_field("meeting", meeting.id, "sectors", ["law_enforcement"])
    ws.context.autosaver.flush()
    expected = protocol.question("gp_success")["text"]["ar"]
    qtbot.waitUntil(lambda: ws.good_practices.question.text() == expected, timeout=2000)
    assert ws.current_step() == "good_practices"
    sector = ws.good_practices.sector
    assert sector.itemData(0) == "law_enforcement"
    assert sector.itemText(0) == protocol.label("sector", "law_enforcement", "ar")
    assert ws.action_plan.rows == ["law_enforcement", "system"]
    assert ws.delete_action in ws.good_practices.view.actions()
