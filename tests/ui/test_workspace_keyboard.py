"""Keyboard and accessibility: a sensible tab order, names on every control, shortcuts
shown in the actions' tooltips."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QAbstractButton,
    QAbstractItemView,
    QAbstractScrollArea,
    QApplication,
    QComboBox,
    QLineEdit,
    QMainWindow,
    QTextEdit,
    QWidget,
)

from mra_desktop.ui.autosave import Autosaver
from mra_desktop.ui.history import History
from mra_desktop.ui.meeting import STEPS, MeetingWorkspace


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


def test_tab_goes_from_capture_to_the_list_then_the_detail(qtbot, services, meeting) -> None:  # type: ignore[no-untyped-def]
    services.changes.create(meeting_id=meeting.id, sector="health", title="Free certificates")
    _window, ws = open_workspace(qtbot, services, meeting.id)
    ws.set_step("good_practices")
    gp = ws.good_practices
    order = []
    for _ in range(6):
        order.append(QApplication.focusWidget())
        qtbot.keyClick(QApplication.focusWidget(), Qt.Key_Tab)
    assert order[:4] == [gp.capture, gp.sector, gp.view, gp.editor.sector]
    assert order[5] is gp.editor.fields["title"]
    # a multi-line field lets Tab move on instead of typing a tab
    gp.editor.fields["before"].setFocus()
    qtbot.keyClick(gp.editor.fields["before"], Qt.Key_Tab)
    assert QApplication.focusWidget() is gp.editor.fields["now"]
    assert gp.editor.fields["before"].toPlainText() == ""


def test_every_control_has_a_name_and_every_action_shows_its_shortcut(qtbot, services, meeting) -> None:  # type: ignore[no-untyped-def]
    services.changes.create(meeting_id=meeting.id, sector="health", title="Free certificates")
    services.action_items.create(meeting_id=meeting.id, sector="health", action="stop", text="Fees")
    _window, ws = open_workspace(qtbot, services, meeting.id)
    unnamed = []
    for step in STEPS:
        ws.set_step(step)
        for widget in ws.findChildren(QWidget):
            focusable = widget.focusPolicy() != Qt.FocusPolicy.NoFocus and widget.isVisibleTo(ws)
            control = isinstance(
                widget,
                QAbstractButton | QComboBox | QLineEdit | QTextEdit | QAbstractItemView
                | QAbstractScrollArea,
            )
            if not (focusable and control) or isinstance(widget.parentWidget(), QComboBox):
                continue
            text = widget.text() if isinstance(widget, QAbstractButton) else ""
            if not (widget.accessibleName() or text):
                unnamed.append(f"{step}: {type(widget).__name__} {widget.objectName()}")
    assert unnamed == []
    for action in ws.actions():
        assert action.text(), action.objectName()
        if not action.shortcut().isEmpty():
            assert action.shortcut().toString() in action.toolTip()
    assert "Ctrl+1" in ws.step_bar.buttons["due_diligence"].toolTip()
    assert "F5" in ws.presenter_button.toolTip()


def test_alt_down_opens_a_combo_rather_than_the_next_question(qtbot, services, meeting) -> None:  # type: ignore[no-untyped-def]
    services.changes.create(meeting_id=meeting.id, sector="health", title="Free certificates")
    _window, ws = open_workspace(qtbot, services, meeting.id)
    ws.set_step("good_practices")
    gp = ws.good_practices
    qtbot.keyClick(gp.capture, Qt.Key_Down, Qt.AltModifier)
    assert gp.current_question() == "gp_success"  # elsewhere Alt+Down is the next question
    level = gp.editor.fields["level"]
    level.setFocus()
    qtbot.keyClick(level, Qt.Key_Down, Qt.AltModifier)
    assert gp.current_question() == "gp_success"
    assert level.view().isVisible()
    level.hidePopup()
