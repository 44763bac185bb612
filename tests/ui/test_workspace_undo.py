"""One undo history per meeting: every action a facilitator takes, in any step or in the
setup, is taken back by Ctrl+Z and done again by Ctrl+Shift+Z (or Ctrl+Y) from anywhere in
the meeting, exactly: the database rows are as they were, text included. Undo first shows
the step the action belongs to, with the record selected, and the Edit menu names it."""

from __future__ import annotations

import datetime as dt
import sqlite3
from collections.abc import Callable
from dataclasses import dataclass
from typing import Any

import pytest
from PySide6.QtCore import QCoreApplication, QEvent, Qt
from PySide6.QtGui import QKeyEvent
from PySide6.QtWidgets import QApplication, QMessageBox, QWidget
from shell_fixtures import english  # noqa: F401

from mra_desktop.core.identity import set_identity
from mra_desktop.ui.i18n import apply_language
from mra_desktop.ui.main_window import MEETING_PAGE, SETUP_PAGE, MainWindow
from mra_desktop.ui.sentences import visible

TABLES = ("meeting", "participant", "change", "action_item", "note")
# bookkeeping that must grow with every write, undo and redo included, for the sync
BOOKKEEPING = {"revision", "updated_at", "change_seq"}

Rows = dict[str, dict[str, tuple[Any, ...]]]


def rows(services: Any) -> Rows:
    """Every live row of the meeting's tables, as SQLite stores it, but the bookkeeping."""
    connection = sqlite3.connect(services.db.path)
    try:
        result: Rows = {}
        for table in TABLES:
            cursor = connection.execute(f'SELECT * FROM "{table}" WHERE deleted_at IS NULL')
            names = [d[0] for d in cursor.description]
            keep = [i for i, name in enumerate(names) if name not in BOOKKEEPING]
            result[table] = {
                row[names.index("id")]: tuple(row[i] for i in keep) for row in cursor.fetchall()
            }
        return result
    finally:
        connection.close()


def type_text(widget: QWidget, text: str) -> None:
    """Type as the keyboard does (any script; QTest.keyClicks knows Latin-1 only)."""
    for char in text:
        for kind in (QEvent.Type.KeyPress, QEvent.Type.KeyRelease):
            QCoreApplication.sendEvent(
                widget, QKeyEvent(kind, 0, Qt.KeyboardModifier.NoModifier, char)
            )


def press(qtbot: Any, key: Qt.Key, modifiers: Any = Qt.KeyboardModifier.ControlModifier) -> None:
    """A key pressed wherever the focus is, as a facilitator does."""
    qtbot.keyClick(QApplication.focusWidget(), key, modifiers)


def undo(qtbot: Any) -> None:
    press(qtbot, Qt.Key.Key_Z)


def redo(qtbot: Any) -> None:
    press(qtbot, Qt.Key.Key_Z, Qt.KeyboardModifier.ControlModifier | Qt.KeyboardModifier.ShiftModifier)


@pytest.fixture
def ids(services: Any, meeting: Any) -> dict[str, str]:
    """A meeting under way: a change, an action item and a participant already there."""
    set_identity(services.db, meeting.organisation_id)
    change = services.changes.create(
        meeting_id=meeting.id, sector="health", title="Free medical certificates"
    ).record_id
    item = services.action_items.create(
        meeting_id=meeting.id, sector="health", action="continue", text="Monthly meetings"
    ).record_id
    participant = services.participants.create(
        meeting_id=meeting.id, role="Procureur du Roi", sector="justice", count=1
    ).record_id
    services.meetings.update(meeting.id, status="in_progress")
    return {"meeting": meeting.id, "change": change, "item": item, "participant": participant}


@pytest.fixture
def window(
    qtbot: Any, services: Any, ids: dict[str, str], english: Any, monkeypatch: Any  # noqa: F811
) -> MainWindow:
    # a test that fails with a value still refused must not wait for an answer at teardown
    monkeypatch.setattr(
        "mra_desktop.ui.main_window.ask", lambda *_args: QMessageBox.StandardButton.Close
    )
    main = MainWindow(services)
    qtbot.addWidget(main)
    main.show()
    qtbot.waitExposed(main)
    main.activateWindow()
    qtbot.waitUntil(lambda: QApplication.activeWindow() is main, timeout=3000)
    main.open_meeting(ids["meeting"])
    return main


# -- the actions, each where a facilitator takes it -------------------------------------


def capture(qtbot: Any, window: MainWindow, ids: dict[str, str]) -> None:
    window.workspace.focus_capture()
    type_text(window.workspace.good_practices.capture, "Interpreter in Tamazight at the court")
    press(qtbot, Qt.Key.Key_Return, Qt.KeyboardModifier.NoModifier)


def step(qtbot: Any, number: int) -> None:
    press(qtbot, getattr(Qt.Key, f"Key_{number}"))


def describe(qtbot: Any, window: MainWindow, ids: dict[str, str]) -> None:
    step(qtbot, 2)
    gp = window.workspace.good_practices
    gp.select_change(ids["change"])
    gp.editor.focus_field("now")
    type_text(gp.editor.fields["now"], "A doctor signs the certificate the same day")


def change_sector(qtbot: Any, window: MainWindow, ids: dict[str, str]) -> None:
    step(qtbot, 2)
    gp = window.workspace.good_practices
    gp.select_change(ids["change"])
    gp.editor.focus_field("sector")
    gp.editor.sector.setCurrentIndex(gp.editor.sector.findData("justice"))


def delete_change(qtbot: Any, window: MainWindow, ids: dict[str, str]) -> None:
    step(qtbot, 2)
    gp = window.workspace.good_practices
    gp.select_change(ids["change"])
    gp.view.setFocus()
    press(qtbot, Qt.Key.Key_Delete, Qt.KeyboardModifier.NoModifier)


def take_notes(qtbot: Any, window: MainWindow, ids: dict[str, str]) -> None:
    step(qtbot, 2)
    notes = window.workspace.good_practices.notes
    notes.setFocus()
    type_text(notes, "The unit opens at night since January")


def choose(qtbot: Any, window: MainWindow, ids: dict[str, str]) -> None:
    step(qtbot, 3)
    msc = window.workspace.most_significant
    msc.changes.setFocus()
    msc.changes.setCurrentRow(0)
    press(qtbot, Qt.Key.Key_Space, Qt.KeyboardModifier.NoModifier)


def give_reason(qtbot: Any, window: MainWindow, ids: dict[str, str]) -> None:
    step(qtbot, 3)
    msc = window.workspace.most_significant
    msc.reason.setFocus()
    type_text(msc.reason, "Women no longer pay for the certificate")


def choose_with_reason(qtbot: Any, window: MainWindow, ids: dict[str, str]) -> None:
    choose(qtbot, window, ids)
    give_reason(qtbot, window, ids)


def add_item(qtbot: Any, window: MainWindow, ids: dict[str, str]) -> None:
    step(qtbot, 4)
    cell = window.workspace.action_plan.cells[("justice", "start")]
    cell.add.setFocus()
    type_text(cell.add, "Interpreters at every hearing")
    press(qtbot, Qt.Key.Key_Return, Qt.KeyboardModifier.NoModifier)


def move_item(qtbot: Any, window: MainWindow, ids: dict[str, str]) -> None:
    step(qtbot, 4)
    window.workspace.action_plan.select_item(ids["item"])
    press(qtbot, Qt.Key.Key_Right)


def edit_item(qtbot: Any, window: MainWindow, ids: dict[str, str]) -> None:
    step(qtbot, 4)
    plan = window.workspace.action_plan
    plan.select_item(ids["item"])
    plan.responsible.setFocus()
    type_text(plan.responsible, "Regional commission")


def delete_item(qtbot: Any, window: MainWindow, ids: dict[str, str]) -> None:
    step(qtbot, 4)
    window.workspace.action_plan.select_item(ids["item"])
    press(qtbot, Qt.Key.Key_Delete, Qt.KeyboardModifier.NoModifier)


def complete(qtbot: Any, window: MainWindow, ids: dict[str, str]) -> None:
    step(qtbot, 5)
    window.workspace.review.complete_button.setFocus()
    press(qtbot, Qt.Key.Key_Space, Qt.KeyboardModifier.NoModifier)


def add_participant(qtbot: Any, window: MainWindow, ids: dict[str, str]) -> None:
    press(qtbot, Qt.Key.Key_E, Qt.KeyboardModifier.ControlModifier | Qt.KeyboardModifier.ShiftModifier)
    window.setup.new_role.setFocus()
    type_text(window.setup.new_role, "Médecin légiste")
    press(qtbot, Qt.Key.Key_Return, Qt.KeyboardModifier.NoModifier)


def remove_participant(qtbot: Any, window: MainWindow, ids: dict[str, str]) -> None:
    press(qtbot, Qt.Key.Key_E, Qt.KeyboardModifier.ControlModifier | Qt.KeyboardModifier.ShiftModifier)
    window.setup.table.setFocus()
    window.setup.table.setCurrentIndex(window.setup.participants.index(0, 0))
    press(qtbot, Qt.Key.Key_Delete, Qt.KeyboardModifier.NoModifier)


def edit_meeting(qtbot: Any, window: MainWindow, ids: dict[str, str]) -> None:
    press(qtbot, Qt.Key.Key_E, Qt.KeyboardModifier.ControlModifier | Qt.KeyboardModifier.ShiftModifier)
    window.setup.city_edit.setFocus()
    window.setup.city_edit.end(False)
    type_text(window.setup.city_edit, " Centre")


Act = Callable[[Any, MainWindow, dict[str, str]], None]


@dataclass(frozen=True)
class Case:
    act: Act
    where: str  # the step (or "setup") undo shows again
    action: str  # the Edit menu's words for it
    before: Act | None = None  # what was done earlier (not undone here)


CASES = {
    "capture": Case(capture, "good_practices", "Capture change"),
    "describe": Case(describe, "good_practices", "Edit change"),
    "change_sector": Case(change_sector, "good_practices", "Edit change"),
    "delete_change": Case(delete_change, "good_practices", "Delete change"),
    "notes": Case(take_notes, "good_practices", "Edit notes"),
    "choose": Case(choose, "most_significant", "Choose as most significant"),
    "reason": Case(give_reason, "most_significant", "Edit the reason for the choice", choose),
    "unchoose": Case(choose, "most_significant", "Remove from the most significant", choose_with_reason),
    "add_item": Case(add_item, "action_plan", "Add action item"),
    "move_item": Case(move_item, "action_plan", "Move action item"),
    "edit_item": Case(edit_item, "action_plan", "Edit action item"),
    "delete_item": Case(delete_item, "action_plan", "Delete action item"),
    "complete": Case(complete, "review", "Mark the meeting completed"),
    "add_participant": Case(add_participant, "setup", "Add participant"),
    "remove_participant": Case(remove_participant, "setup", "Remove participant"),
    "edit_meeting": Case(edit_meeting, "setup", "Edit meeting details"),
}


def shown(window: MainWindow) -> str:
    if window.current_page() == SETUP_PAGE:
        return "setup"
    assert window.current_page() == MEETING_PAGE and window.workspace is not None
    return window.workspace.current_step()


def go_elsewhere(qtbot: Any, window: MainWindow, case: Case) -> None:
    """Leave the step (or the setup) the action was taken in, by the keyboard."""
    if case.where == "setup":
        press(qtbot, Qt.Key.Key_R, Qt.KeyboardModifier.ControlModifier | Qt.KeyboardModifier.ShiftModifier)
        press(qtbot, Qt.Key.Key_1)
    else:
        press(qtbot, Qt.Key.Key_1 if case.where != "due_diligence" else Qt.Key.Key_2)
    assert shown(window) != case.where


@pytest.mark.parametrize("name", list(CASES))
def test_undo_from_another_step_gives_back_exactly_what_was_there(
    qtbot: Any, services: Any, window: MainWindow, ids: dict[str, str], name: str
) -> None:
    case = CASES[name]
    if case.before is not None:
        case.before(qtbot, window, ids)
        go_elsewhere(qtbot, window, case)
    before = rows(services)
    case.act(qtbot, window, ids)
    # the Edit menu names the action, even while what was typed is still in memory
    assert window.undo_action.isEnabled()
    assert visible(window.undo_action.text()) == f"&Undo {case.action}"
    go_elsewhere(qtbot, window, case)  # what was typed is stored on the way
    after = rows(services)
    assert after != before

    undo(qtbot)
    assert rows(services) == before
    assert shown(window) == case.where  # the step of the action is shown first
    assert visible(window.redo_action.text()) == f"&Redo {case.action}"
    assert f"Undone: {case.action}" in visible(window.statusBar().currentMessage())

    go_elsewhere(qtbot, window, case)
    redo(qtbot)
    assert rows(services) == after
    assert shown(window) == case.where
    undo(qtbot)
    assert rows(services) == before
    press(qtbot, Qt.Key.Key_Y)  # Ctrl+Y redoes too
    assert rows(services) == after


def test_the_issue_step_3_choice_and_reason_survive_a_board_move_and_its_undo(
    qtbot: Any, services: Any, window: MainWindow, ids: dict[str, str]
) -> None:
    """Step 3: tick a change and type the group's reason; Ctrl+4; Ctrl+Right on a board
    item; Ctrl+Z. The move is taken back, nothing else; the reason stays, in the database
    too. Further Ctrl+Z take back the reason, then the choice, each on step 3; redo brings
    back both, the reason's text included."""
    choose(qtbot, window, ids)
    give_reason(qtbot, window, ids)
    reason = "Women no longer pay for the certificate"
    press(qtbot, Qt.Key.Key_4)  # the reason, still in memory, is stored on the way
    plan = window.workspace.action_plan
    plan.select_item(ids["item"])
    press(qtbot, Qt.Key.Key_Right)
    assert services.action_items.get(ids["item"]).action == "stop"
    chosen = services.changes.get(ids["change"])
    assert (chosen.msc_selected, chosen.msc_reason) == (True, reason)

    undo(qtbot)
    assert services.action_items.get(ids["item"]).action == "continue"
    assert window.workspace.current_step() == "action_plan"
    assert plan.item_id == ids["item"]  # the item is selected where it came back
    chosen = services.changes.get(ids["change"])
    assert (chosen.msc_selected, chosen.msc_reason) == (True, reason)

    undo(qtbot)  # the reason
    msc = window.workspace.most_significant
    assert window.workspace.current_step() == "most_significant"
    assert services.changes.get(ids["change"]).msc_reason == ""
    assert msc.reason.toPlainText() == "" and msc.reason.hasFocus()
    undo(qtbot)  # the choice
    assert not services.changes.get(ids["change"]).msc_selected
    assert not window.undo_action.isEnabled()

    redo(qtbot)
    redo(qtbot)
    chosen = services.changes.get(ids["change"])
    assert (chosen.msc_selected, chosen.msc_reason) == (True, reason)
    assert msc.reason.toPlainText() == reason
    redo(qtbot)
    assert services.action_items.get(ids["item"]).action == "stop"


def test_ctrl_z_in_a_field_takes_back_the_last_sentence_typed_there(
    qtbot: Any, services: Any, window: MainWindow, ids: dict[str, str]
) -> None:
    gp = window.workspace.good_practices
    gp.select_change(ids["change"])
    field = gp.editor.fields["what_changed"]
    gp.editor.focus_field("what_changed")
    type_text(field, "The delegate sends a mobile unit. It visits twelve villages")
    undo(qtbot)  # nothing was stored yet: it is stored, then the last sentence goes
    assert field.toPlainText() == "The delegate sends a mobile unit. "
    assert services.changes.get(ids["change"]).what_changed == "The delegate sends a mobile unit. "
    assert field.hasFocus()
    undo(qtbot)
    assert field.toPlainText() == ""
    assert services.changes.get(ids["change"]).what_changed == ""
    redo(qtbot)
    redo(qtbot)
    assert field.toPlainText() == "The delegate sends a mobile unit. It visits twelve villages"
    assert services.changes.get(ids["change"]).what_changed == field.toPlainText()
    type_text(field, " every week.")  # typing again after undo and redo: a new step
    undo(qtbot)
    assert field.toPlainText() == "The delegate sends a mobile unit. It visits twelve villages"


def test_a_refused_value_is_what_ctrl_z_takes_back_first(
    qtbot: Any, services: Any, window: MainWindow, ids: dict[str, str]
) -> None:
    press(qtbot, Qt.Key.Key_E, Qt.KeyboardModifier.ControlModifier | Qt.KeyboardModifier.ShiftModifier)
    setup = window.setup
    services.meetings.update(ids["meeting"], period_to="2022-06-30")
    setup.load()
    setup.city_edit.setFocus()
    type_text(setup.city_edit, "x")
    setup.period_from_edit.setFocus()  # the city is stored on the way
    setup.period_from_edit.setDate(setup.period_to_edit.date().addDays(10))
    window.autosaver.flush()
    _row, error = setup.errors["period"]
    assert error.isVisible()
    assert visible(window.undo_action.text()) == "&Undo Edit meeting details"
    undo(qtbot)
    assert not error.isVisible()
    assert not window.autosaver.has_pending()
    assert services.meetings.get(ids["meeting"]).period_from is None
    assert setup.period_from_edit.date() == setup.period_from_edit.minimumDate()  # not set
    assert services.meetings.get(ids["meeting"]).city.endswith("x")  # stored, not touched
    undo(qtbot)
    assert not services.meetings.get(ids["meeting"]).city.endswith("x")


def test_each_meeting_has_its_own_history(
    qtbot: Any, services: Any, window: MainWindow, ids: dict[str, str], meeting: Any
) -> None:
    other = services.meetings.create(
        organisation_id=meeting.organisation_id, title="Gendarmerie unit", sectors=["health"]
    ).record_id
    move_item(qtbot, window, ids)
    window.open_meeting(other)
    assert not window.undo_action.isEnabled()  # nothing done in this meeting yet
    undo(qtbot)
    assert services.action_items.get(ids["item"]).action == "stop"
    window.open_meeting(ids["meeting"])
    assert visible(window.undo_action.text()) == "&Undo Move action item"
    undo(qtbot)
    assert services.action_items.get(ids["item"]).action == "continue"


def test_the_edit_menu_names_the_action_in_the_interface_language(
    qtbot: Any, services: Any, window: MainWindow, ids: dict[str, str], qapp: Any
) -> None:
    move_item(qtbot, window, ids)
    apply_language(qapp, "fr")
    qtbot.waitUntil(lambda: visible(window.undo_action.text()) != "&Undo Move action item", timeout=2000)
    assert visible(window.undo_action.text()) == "&Annuler le déplacement de l'action"
    apply_language(qapp, "ar")
    qtbot.waitUntil(lambda: "&Annuler" not in window.undo_action.text(), timeout=2000)
    assert visible(window.undo_action.text()) == "&تراجع عن نقل الإجراء"
    undo(qtbot)
    assert "تم التراجع عن نقل الإجراء" in visible(window.statusBar().currentMessage())


SAVED_WRITES = {
    "capture": capture,
    "add_participant": add_participant,
    "remove_participant": remove_participant,
    "add_item": add_item,
    "move_item": move_item,
    "delete_item": delete_item,
    "delete_change": delete_change,
    "choose": choose,
    "complete": complete,
}


@pytest.mark.parametrize("name", list(SAVED_WRITES))
def test_saved_at_tells_the_time_of_every_write(
    qtbot: Any, services: Any, window: MainWindow, ids: dict[str, str], name: str
) -> None:
    def saved_just_now() -> bool:
        text = visible(window.saved_label.text())
        if not text.startswith("Saved at "):
            return False
        when = dt.datetime.combine(dt.date.today(), dt.time.fromisoformat(text[-8:]))
        return abs((dt.datetime.now() - when).total_seconds()) < 3

    def long_ago() -> None:
        window.last_saved = dt.datetime.combine(dt.date.today(), dt.time(0, 0, 1))
        window._refresh_saved_label()
        assert visible(window.saved_label.text()) == "Saved at 00:00:01"

    long_ago()
    SAVED_WRITES[name](qtbot, window, ids)
    assert saved_just_now(), window.saved_label.text()
    long_ago()
    undo(qtbot)
    assert saved_just_now(), window.saved_label.text()
    long_ago()
    redo(qtbot)
    assert saved_just_now(), window.saved_label.text()


def test_ctrl_z_in_the_capture_line_takes_back_its_typing_then_the_capture(
    qtbot: Any, services: Any, window: MainWindow, ids: dict[str, str]
) -> None:
    window.workspace.focus_capture()
    line = window.workspace.good_practices.capture
    type_text(line, "Interpreter at the cour")
    undo(qtbot)  # not captured yet: the line's own typing goes
    assert line.text() == ""
    assert len(services.changes.for_meeting(ids["meeting"])) == 1
    type_text(line, "Interpreter at the court")
    press(qtbot, Qt.Key.Key_Return, Qt.KeyboardModifier.NoModifier)
    assert len(services.changes.for_meeting(ids["meeting"])) == 2
    assert line.text() == "" and line.hasFocus()
    undo(qtbot)  # the line is empty: the capture goes
    assert [c.id for c in services.changes.for_meeting(ids["meeting"])] == [ids["change"]]
    redo(qtbot)
    assert len(services.changes.for_meeting(ids["meeting"])) == 2
