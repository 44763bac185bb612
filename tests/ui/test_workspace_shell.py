"""The workspace inside the real main window: Meeting menu, shared undo, status bar,
language switch with mirroring."""

from __future__ import annotations

from PySide6.QtCore import QEvent, Qt, QTranslator
from PySide6.QtGui import QKeySequence
from PySide6.QtWidgets import QApplication, QMainWindow
from shell_fixtures import english  # noqa: F401  (fixture)

from mra_desktop.ui.autosave import Autosaver
from mra_desktop.ui.history import History
from mra_desktop.ui.i18n import apply_language
from mra_desktop.ui.main_window import MainWindow
from mra_desktop.ui.meeting import MeetingWorkspace
from mra_desktop.ui.sentences import visible


def open_window(qtbot, services, meeting_id: str) -> MainWindow:  # type: ignore[no-untyped-def]
    window = MainWindow(services)
    qtbot.addWidget(window)
    window.show()
    qtbot.waitExposed(window)
    window.activateWindow()
    qtbot.waitUntil(lambda: QApplication.activeWindow() is window, timeout=3000)
    window.open_meeting(meeting_id)
    return window


def test_meeting_menu_shared_undo_and_status_bar(qtbot, services, meeting, english) -> None:  # type: ignore[no-untyped-def]  # noqa: F811
    window = open_window(qtbot, services, meeting.id)
    ws = window.workspace
    assert isinstance(ws, MeetingWorkspace) and ws.isVisible()

    # every workspace action is in the Meeting menu, with its shortcut shown
    menu_actions = window.meeting_menu.actions()
    shortcuts = {a.shortcut().toString(QKeySequence.SequenceFormat.PortableText) for a in menu_actions}
    for expected in ("Ctrl+1", "Ctrl+5", "Ctrl+PgDown", "Alt+Down", "Ctrl+Shift+C", "F5", "Del",
                     "Ctrl+Left", "Ctrl+Shift+T"):
        assert expected in shortcuts, expected
    assert all(a.text() for a in menu_actions)

    # capture through the window's keyboard; the status bar counts follow
    qtbot.keyClick(window, Qt.Key_C, Qt.ControlModifier | Qt.ShiftModifier)
    capture = ws.good_practices.capture
    assert QApplication.focusWidget() is capture
    qtbot.keyClicks(capture, "Free certificates")
    qtbot.keyClick(capture, Qt.Key_Return)
    assert len(services.changes.for_meeting(meeting.id)) == 1
    assert "1" in window.counts_label.text()

    # Del in the list, then the window's Edit > Undo
    ws.good_practices.view.setFocus()
    qtbot.keyClick(ws.good_practices.view, Qt.Key_Delete)
    assert services.changes.for_meeting(meeting.id) == []
    assert "Ctrl+Z" in window.statusBar().currentMessage()
    window.undo_action.trigger()
    assert [c.title for c in services.changes.for_meeting(meeting.id)] == ["Free certificates"]
    assert ws.good_practices.model.rowCount() == 1

    # leaving the meeting stores what is pending
    change_id = services.changes.for_meeting(meeting.id)[0].id
    ws.good_practices.select_change(change_id)
    field = ws.good_practices.editor.fields["who_decided"]
    field.setFocus()
    qtbot.keyClicks(field, "The hospital director")
    window.close_meeting()
    assert services.changes.get(change_id).who_decided == "The hospital director"


def test_language_switch_retranslates_and_mirrors(qtbot, services, meeting, english) -> None:  # type: ignore[no-untyped-def]  # noqa: F811
    window = open_window(qtbot, services, meeting.id)
    ws = window.workspace
    ws.set_step("action_plan")
    apply_language(QApplication.instance(), "ar")
    qtbot.waitUntil(lambda: ws.isRightToLeft(), timeout=2000)
    QApplication.sendEvent(ws, QEvent(QEvent.Type.LanguageChange))
    # the protocol words stay in the meeting's language (French here), whatever the interface
    assert ws.action_plan.step_title.text().startswith("Développer un plan d'action")
    # the board mirrored: Ctrl+Left now moves an item towards "Stop"
    item = services.action_items.create(
        meeting_id=meeting.id, sector="health", action="continue", text="Keep the unit"
    )
    ws.action_plan.refresh()
    ws.action_plan.select_item(item.record_id)
    qtbot.keyClick(QApplication.focusWidget(), Qt.Key_Left, Qt.ControlModifier)
    assert services.action_items.get(item.record_id).action == "stop"


class _Marking(QTranslator):
    """Stands in for a translation: marks every interface string of the workspace (and
    leaves the others, Qt's names of keys among them, untranslated: None, not "")."""

    def translate(self, context, source, disambiguation=None, n=-1):  # type: ignore[no-untyped-def]
        return f"«{source}»" if context in {"MeetingWorkspace", "StepBar", "GoodPracticesPage",
                                            "ChangeEditor", "ActionPlanPage", "ReviewPage"} else None


def test_interface_words_follow_a_language_change_but_protocol_words_do_not(qtbot, services, meeting) -> None:  # type: ignore[no-untyped-def]
    window = QMainWindow()
    autosaver = Autosaver(services)
    ws = MeetingWorkspace(services, autosaver, History(services, autosaver), meeting.id)
    window.setCentralWidget(ws)
    qtbot.addWidget(window)
    question = ws.good_practices.question.text()
    translator = _Marking()
    app = QApplication.instance()
    app.installTranslator(translator)
    QApplication.sendEvent(app, QEvent(QEvent.Type.LanguageChange))  # as i18n.apply_language
    try:
        qtbot.waitUntil(
            lambda: visible(ws.presenter_button.text()) == "«Presenter (F5)»", timeout=2000
        )
        assert ws.step_bar.buttons["review"].text() == "5. «Review»"
        assert visible(ws.good_practices.capture.placeholderText()) == (
            "«Type a change and press Enter»"
        )
        assert ws.next_step_action.text() == "«Next step»"
        assert ws.good_practices.editor.heading.text() == "«The change, precisely»"
        assert ws.review.complete_button.text() == "«Mark the meeting completed»"
        assert ws.good_practices.question.text() == question  # the meeting's language stays
    finally:
        app.removeTranslator(translator)
        QApplication.sendEvent(app, QEvent(QEvent.Type.LanguageChange))
    qtbot.waitUntil(lambda: visible(ws.presenter_button.text()) == "Presenter (F5)", timeout=2000)
