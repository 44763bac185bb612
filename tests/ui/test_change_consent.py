"""The partner's consent in the change editor: two boxes, each with its one-line note,
stored as soon as they are ticked, and shown again for each change."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtGui import QUndoStack
from PySide6.QtWidgets import QMainWindow

from mra_desktop.ui.autosave import Autosaver
from mra_desktop.ui.meeting import MeetingWorkspace


def test_consent_boxes_are_stored_at_once_and_follow_the_selected_change(qtbot, services, meeting) -> None:  # type: ignore[no-untyped-def]
    first = services.changes.create(meeting_id=meeting.id, sector="health", title="Offices")
    second = services.changes.create(meeting_id=meeting.id, sector="justice", title="Phone orders")
    window = QMainWindow()
    workspace = MeetingWorkspace(services, Autosaver(services), QUndoStack(window), meeting.id)
    window.setCentralWidget(workspace)
    qtbot.addWidget(window)
    window.resize(1366, 768)
    window.show()
    qtbot.waitExposed(window)
    workspace.set_step("good_practices")
    page = workspace.good_practices
    editor = page.editor
    page.select_change(first.record_id)
    assert editor.change_id == first.record_id
    assert not editor.quote_check.isChecked() and not editor.anonymise_check.isChecked()
    assert "may publish" in editor.quote_help.text()
    assert "Names of people" in editor.anonymise_help.text()

    for check in (editor.quote_check, editor.anonymise_check):
        check.setFocus()
        qtbot.keyClick(check, Qt.Key_Space)
    stored = services.changes.get(first.record_id)
    assert stored.may_be_quoted and stored.anonymise  # one gesture, stored at once

    page.select_change(second.record_id)
    assert not editor.quote_check.isChecked() and not editor.anonymise_check.isChecked()
    assert not services.changes.get(second.record_id).may_be_quoted  # loading is not an edit
    page.select_change(first.record_id)
    assert editor.quote_check.isChecked() and editor.anonymise_check.isChecked()
    editor.quote_check.setFocus()
    qtbot.keyClick(editor.quote_check, Qt.Key_Space)
    assert not services.changes.get(first.record_id).may_be_quoted
