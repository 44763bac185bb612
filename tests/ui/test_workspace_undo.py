"""Deleting a change or an action item never asks; Ctrl+Z brings it back (shared stack)."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtGui import QUndoStack
from PySide6.QtWidgets import QApplication, QMainWindow

from mra_desktop.ui.autosave import Autosaver
from mra_desktop.ui.meeting import MeetingWorkspace


def open_workspace(qtbot, services, meeting_id: str, stack: QUndoStack):  # type: ignore[no-untyped-def]
    window = QMainWindow()
    workspace = MeetingWorkspace(services, Autosaver(services), stack, meeting_id)
    window.setCentralWidget(workspace)
    qtbot.addWidget(window)
    window.show()
    qtbot.waitExposed(window)
    window.activateWindow()
    qtbot.waitUntil(lambda: QApplication.activeWindow() is window, timeout=3000)
    return window, workspace


def test_delete_a_change_with_del_and_undo_it(qtbot, services, meeting) -> None:  # type: ignore[no-untyped-def]
    stack = QUndoStack()
    for title in ("Free medical certificates", "Night duty at the unit", "Interpreter in court"):
        services.changes.create(meeting_id=meeting.id, sector="health", title=title)
    window, ws = open_workspace(qtbot, services, meeting.id, stack)
    ws.set_step("good_practices")
    gp = ws.good_practices
    middle = services.changes.for_meeting(meeting.id)[1]
    gp.select_change(middle.id)
    # an edit still waiting in the Autosaver is stored before the change goes away
    gp.editor.fields["before"].setFocus()
    qtbot.keyClicks(gp.editor.fields["before"], "Nobody on duty at night")
    gp.view.setFocus()
    qtbot.keyClick(gp.view, Qt.Key_Delete)

    assert services.changes.get(middle.id).is_deleted
    assert [c.title for c in services.changes.for_meeting(meeting.id)] == [
        "Free medical certificates",
        "Interpreter in court",
    ]
    assert gp.model.rowCount() == 2
    assert "Ctrl+Z" in ws.message.text() and ws.message.isVisible()
    assert "Ctrl+Z" in window.statusBar().currentMessage()
    assert stack.canUndo()

    stack.undo()
    restored = services.changes.get(middle.id)
    assert not restored.is_deleted and restored.before == "Nobody on duty at night"
    assert gp.model.rowCount() == 3
    assert gp.model.data(gp.model.index(1, 0)) == "Night duty at the unit"

    stack.redo()
    assert services.changes.get(middle.id).is_deleted
    assert gp.model.rowCount() == 2


def test_del_in_a_text_field_deletes_characters_not_the_change(qtbot, services, meeting) -> None:  # type: ignore[no-untyped-def]
    services.changes.create(meeting_id=meeting.id, sector="health", title="Free certificates")
    _window, ws = open_workspace(qtbot, services, meeting.id, QUndoStack())
    ws.set_step("good_practices")
    title = ws.good_practices.editor.fields["title"]
    title.setFocus()
    title.setCursorPosition(0)
    qtbot.keyClick(title, Qt.Key_Delete)
    assert title.text() == "ree certificates"
    assert len(services.changes.for_meeting(meeting.id)) == 1


def test_delete_an_action_item_and_undo_it(qtbot, services, meeting) -> None:  # type: ignore[no-untyped-def]
    stack = QUndoStack()
    kept = services.action_items.create(
        meeting_id=meeting.id, sector="justice", action="start", text="Interpreter in Tamazight"
    )
    gone = services.action_items.create(
        meeting_id=meeting.id, sector="justice", action="start", text="Stop asking for witnesses"
    )
    _window, ws = open_workspace(qtbot, services, meeting.id, stack)
    ws.set_step("action_plan")
    cell = ws.action_plan.cells[("justice", "start")]
    assert cell.items.count() == 2
    cell.items.setFocus()
    cell.items.setCurrentRow(1)
    qtbot.keyClick(cell.items, Qt.Key_Delete)
    assert services.action_items.get(gone.record_id).is_deleted
    assert not services.action_items.get(kept.record_id).is_deleted
    assert [cell.items.item(i).text() for i in range(cell.items.count())] == ["Interpreter in Tamazight"]

    stack.undo()
    assert not services.action_items.get(gone.record_id).is_deleted
    assert cell.items.count() == 2
    assert stack.redoText()  # the command says what Ctrl+Y would do again


def test_unchoosing_the_most_significant_change_is_undone_with_its_reason(qtbot, services, meeting) -> None:  # type: ignore[no-untyped-def]
    stack = QUndoStack()
    created = services.changes.create(meeting_id=meeting.id, sector="health", title="Free certificates")
    services.changes.update(created.record_id, msc_selected=True, msc_reason="Women no longer pay")
    _window, ws = open_workspace(qtbot, services, meeting.id, stack)
    ws.set_step("most_significant")
    msc = ws.most_significant
    assert msc.reason.toPlainText() == "Women no longer pay"
    qtbot.keyClick(msc.changes, Qt.Key_Space)  # untick
    stored = services.changes.get(created.record_id)
    assert (stored.msc_selected, stored.msc_reason) == (False, "")
    assert not msc.reason.isEnabled()
    stack.undo()
    stored = services.changes.get(created.record_id)
    assert (stored.msc_selected, stored.msc_reason) == (True, "Women no longer pay")
    assert msc.reason.toPlainText() == "Women no longer pay" and msc.reason.isEnabled()
