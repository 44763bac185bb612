"""After a restart (or a crash) the program reopens where the facilitator was: the last
meeting, its step, the record selected and the field in focus; the step timer keeps the
time banked on each step, and stops when the meeting ends."""

from __future__ import annotations

from typing import Any

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication
from shell_fixtures import english  # noqa: F401

from mra_desktop.core.identity import set_identity
from mra_desktop.core.local_state import RESUME_KEY, read_state, step_timer_key
from mra_desktop.ui.main_window import LIST_PAGE, MEETING_PAGE, SETUP_PAGE, MainWindow


@pytest.fixture
def item(services: Any, meeting: Any, english: Any) -> str:  # noqa: F811
    set_identity(services.db, meeting.organisation_id)
    services.changes.create(meeting_id=meeting.id, sector="health", title="Free certificates")
    return str(
        services.action_items.create(
            meeting_id=meeting.id, sector="justice", action="start", text="Interpreters"
        ).record_id
    )


def start(qtbot: Any, services: Any) -> MainWindow:
    """The program's start: a main window on the database, reopening where it was."""
    window = MainWindow(services)
    qtbot.addWidget(window)
    window.show()
    qtbot.waitExposed(window)
    window.activateWindow()
    qtbot.waitUntil(lambda: QApplication.activeWindow() is window, timeout=3000)
    window.resume()
    return window


def test_a_restart_reopens_the_meeting_at_its_step_record_and_field(
    qtbot: Any, services: Any, meeting: Any, item: str
) -> None:
    window = start(qtbot, services)
    assert window.current_page() == LIST_PAGE  # nothing to reopen on the first start
    window.open_meeting(meeting.id)
    qtbot.keyClick(QApplication.focusWidget(), Qt.Key.Key_4, Qt.KeyboardModifier.ControlModifier)
    plan = window.workspace.action_plan
    plan.select_item(item)
    plan.responsible.setFocus()
    qtbot.keyClicks(plan.responsible, "Court clerk")
    window.close()

    again = start(qtbot, services)
    assert again.current_page() == MEETING_PAGE and again.meeting_id == meeting.id
    assert again.workspace.current_step() == "action_plan"
    assert again.workspace.action_plan.item_id == item
    assert again.workspace.action_plan.responsible.hasFocus()
    assert services.action_items.get(item).responsible == "Court clerk"


def test_after_a_crash_it_reopens_where_it_was_a_second_before(
    qtbot: Any, services: Any, meeting: Any, item: str
) -> None:
    window = start(qtbot, services)
    window.open_meeting(meeting.id)
    window.workspace.set_step("good_practices")
    field = window.workspace.good_practices.editor.fields["who_decided"]
    window.workspace.good_practices.editor.focus_field("who_decided")
    qtbot.keyClicks(field, "The provincial delegate")
    qtbot.waitUntil(
        lambda: (read_state(services.db, RESUME_KEY) or {}).get("focus") == "change_who_decided",
        timeout=3000,
    )
    # the program dies here: no closeEvent; another one starts on the same database
    again = start(qtbot, services)
    assert again.workspace is not None and again.workspace.current_step() == "good_practices"
    assert again.workspace.good_practices.editor.fields["who_decided"].hasFocus()
    window.hide()


def test_the_setup_and_the_list_are_reopened_too(
    qtbot: Any, services: Any, meeting: Any, item: str
) -> None:
    window = start(qtbot, services)
    window.open_meeting(meeting.id, SETUP_PAGE)
    window.setup.region_edit.setFocus()
    window.close()
    again = start(qtbot, services)
    assert again.current_page() == SETUP_PAGE and again.setup.region_edit.hasFocus()
    again.show_list()
    again.close()
    third = start(qtbot, services)
    assert third.current_page() == LIST_PAGE and third.meeting_id == meeting.id


def test_a_deleted_meeting_is_not_reopened(
    qtbot: Any, services: Any, meeting: Any, item: str
) -> None:
    window = start(qtbot, services)
    window.open_meeting(meeting.id)
    window.close()
    services.meetings.delete(meeting.id)
    again = start(qtbot, services)
    assert again.current_page() == LIST_PAGE and again.meeting_id is None


def test_the_step_timer_keeps_its_time_across_a_restart(
    qtbot: Any, services: Any, meeting: Any, item: str
) -> None:
    window = start(qtbot, services)
    window.open_meeting(meeting.id)
    timer = window.workspace.timer
    timer.toggle()  # Ctrl+Shift+T
    qtbot.wait(1100)
    window.workspace.set_step("good_practices")
    banked = timer.elapsed("due_diligence")
    assert banked >= 1000
    window.close()
    stored = read_state(services.db, step_timer_key(meeting.id))
    assert stored is not None and stored["elapsed_ms"]["due_diligence"] == banked

    again = start(qtbot, services)
    restored = again.workspace.timer
    assert restored.elapsed("due_diligence") == banked
    assert restored.running  # it ran when the program ended: it runs on
    again.workspace.set_step("due_diligence")
    assert again.workspace.timer_label.text() == "00:01"


def test_the_step_timer_stops_when_the_meeting_is_ended(
    qtbot: Any, services: Any, meeting: Any, item: str
) -> None:
    window = start(qtbot, services)
    window.open_meeting(meeting.id)
    window.workspace.timer.toggle()
    window.workspace.set_step("review")
    window.workspace.review.complete_button.click()
    assert services.meetings.get(meeting.id).status == "completed"
    assert not window.workspace.timer.running
    assert read_state(services.db, step_timer_key(meeting.id))["running"] is False
    window.close()
    again = start(qtbot, services)
    assert not again.workspace.timer.running
