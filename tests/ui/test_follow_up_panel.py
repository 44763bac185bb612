"""At a follow-up meeting, the action-plan step shows the previous plan's items, each
with a status and a comment: chosen from the keyboard, stored at once, undone like every
other edit."""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import QCoreApplication, QEvent, Qt
from PySide6.QtGui import QKeyEvent
from PySide6.QtWidgets import QApplication, QMainWindow, QWidget
from shell_fixtures import english  # noqa: F401

from mra_desktop.core.follow_up import create_follow_up
from mra_desktop.ui.autosave import Autosaver
from mra_desktop.ui.history import History
from mra_desktop.ui.meeting.workspace import MeetingWorkspace
from mra_desktop.ui.sentences import visible


def type_text(widget: QWidget, text: str) -> None:
    for char in text:
        for kind in (QEvent.Type.KeyPress, QEvent.Type.KeyRelease):
            QCoreApplication.sendEvent(widget, QKeyEvent(kind, 0, Qt.KeyboardModifier.NoModifier, char))


def open_workspace(
    qtbot: Any, services: Any, meeting_id: str
) -> tuple[QMainWindow, MeetingWorkspace, History]:
    window = QMainWindow()
    autosaver = Autosaver(services)
    history = History(services, autosaver)
    history.follow_edits(True)
    workspace = MeetingWorkspace(services, autosaver, history, meeting_id)
    history.revealed.connect(workspace.reveal)  # as the main window does
    window.setCentralWidget(workspace)
    qtbot.addWidget(window)
    window.show()
    qtbot.waitExposed(window)
    window.activateWindow()
    qtbot.waitUntil(lambda: QApplication.activeWindow() is window, timeout=3000)
    workspace.set_step("action_plan")
    return window, workspace, history


def test_the_previous_plan_is_followed_up_from_the_keyboard_and_undone(
    qtbot: Any, services: Any, meeting: Any, english: Any  # noqa: F811
) -> None:
    for sector, action, text in (
        ("justice", "start", "A listening office at the court"),
        ("health", "continue", "The unit's night duty"),
    ):
        services.action_items.create(meeting_id=meeting.id, sector=sector, action=action, text=text)
    follow_id = create_follow_up(services, meeting.id).meeting_id
    _window, workspace, history = open_workspace(qtbot, services, follow_id)
    panel = workspace.action_plan.previous_plan
    assert panel.isVisible()
    # the board's order, in the words of the meeting's language (French), as on the board
    assert [visible(row.label.text()) for row in panel.rows] == [
        "Santé · Continuer: The unit's night duty",
        "Justice (tribunaux et ministère public) · Commencer: A listening office at the court",
    ]
    first = panel.rows[0]
    record_id = first.follow_up_id
    first.status.setFocus()
    qtbot.keyClick(first.status, Qt.Key.Key_Down)  # Not recorded yet -> Done
    assert services.action_follow_ups.get(record_id).status == "done"  # stored at once
    qtbot.keyClick(QApplication.focusWidget(), Qt.Key.Key_Tab)
    assert QApplication.focusWidget() is first.comment
    type_text(first.comment, "Every night since March")
    qtbot.waitUntil(
        lambda: services.action_follow_ups.get(record_id).comment == "Every night since March",
        timeout=2000,
    )
    qtbot.keyClick(QApplication.focusWidget(), Qt.Key.Key_Tab)
    assert QApplication.focusWidget() is panel.rows[1].status  # on to the next item
    history.undo()  # the comment
    assert services.action_follow_ups.get(record_id).comment == ""
    assert panel.rows[0].comment.text() == "" and panel.rows[0].comment.hasFocus()
    history.undo()  # the status
    assert services.action_follow_ups.get(record_id).status is None
    assert panel.rows[0].status.currentData() is None
    history.redo()
    assert services.action_follow_ups.get(record_id).status == "done"


def test_a_meeting_that_follows_none_shows_no_previous_plan(
    qtbot: Any, services: Any, meeting: Any, english: Any  # noqa: F811
) -> None:
    _window, workspace, _history = open_workspace(qtbot, services, meeting.id)
    assert not workspace.action_plan.previous_plan.isVisible()
