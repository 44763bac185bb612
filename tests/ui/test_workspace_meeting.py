"""A whole meeting, driven through the real widgets from the keyboard, in ar, fr and en.

Each run captures changes with Enter, makes one precise field by field, tags obligations,
chooses the most significant change with a reason, builds the action plan and moves an
item between columns and sectors by keyboard, watches the review list shrink, and marks
the meeting completed — checking both the database and what the screen shows.
"""

from __future__ import annotations

from collections.abc import Iterator

import pytest
from PySide6.QtCore import Qt
from PySide6.QtGui import QDragEnterEvent, QDragMoveEvent, QDropEvent
from PySide6.QtWidgets import QApplication, QComboBox, QMainWindow

from mra_desktop.core.protocol import load_protocol
from mra_desktop.ui.autosave import Autosaver
from mra_desktop.ui.history import History
from mra_desktop.ui.meeting import MeetingWorkspace
from mra_desktop.ui.meeting.change_editor import ChangeEditor
from mra_desktop.ui.meeting.widgets import TextField

PROTOCOL = load_protocol()
PRECISE_TEXT = {
    "what_changed": "A mobile unit now visits villages",
    "before": "Women had to travel to the city",
    "now": "The unit visits twelve villages each week",
    "who_decided": "The provincial health delegate",
    "location": "Province of El-Hajeb",
    "objective": "Reach women far from services",
    "results": "Forty women received care in three months",
}


@pytest.fixture
def direction() -> Iterator[None]:
    app = QApplication.instance()
    assert isinstance(app, QApplication)
    yield
    app.setLayoutDirection(Qt.LayoutDirection.LeftToRight)


def open_workspace(qtbot, services, meeting_id: str) -> tuple[QMainWindow, MeetingWorkspace]:  # type: ignore[no-untyped-def]
    window = QMainWindow()
    autosaver = Autosaver(services)
    workspace = MeetingWorkspace(services, autosaver, History(services, autosaver), meeting_id)
    window.setCentralWidget(workspace)
    qtbot.addWidget(window)
    window.resize(1366, 768)
    window.show()
    qtbot.waitExposed(window)
    window.activateWindow()
    qtbot.waitUntil(lambda: QApplication.activeWindow() is window, timeout=3000)
    return window, workspace


def choose(qtbot, combo: QComboBox, code: str) -> None:  # type: ignore[no-untyped-def]
    """Pick an entry of a combo from the keyboard (focus, then arrow keys)."""
    combo.setFocus()
    target = combo.findData(code)
    assert target >= 0, code
    while combo.currentIndex() != target:
        qtbot.keyClick(combo, Qt.Key_Down if combo.currentIndex() < target else Qt.Key_Up)


def focused():  # type: ignore[no-untyped-def]
    return QApplication.focusWidget()


@pytest.mark.parametrize("lang", ["ar", "fr", "en"])
def test_a_whole_meeting_from_the_keyboard(qtbot, services, meeting, lang, direction) -> None:  # type: ignore[no-untyped-def]
    if lang == "ar":
        QApplication.instance().setLayoutDirection(Qt.LayoutDirection.RightToLeft)
    services.meetings.update(meeting.id, language=lang)
    window, ws = open_workspace(qtbot, services, meeting.id)
    mid = meeting.id

    # -- step 1: the five obligations, in the meeting's language ------------------------------
    assert ws.current_step() == "due_diligence"
    page1 = ws.pages["due_diligence"]
    titles = [page1.obligations.item(i).text() for i in range(page1.obligations.count())]
    assert len(titles) == 5
    assert PROTOCOL.obligation("prevent")["title"][lang] in titles[0]
    assert page1.step_title.text() == PROTOCOL.step("due_diligence")["title"][lang]

    # -- step 2 by keyboard; the question is the catalogue's, in the meeting's language -------
    qtbot.keyClick(ws, Qt.Key_2, Qt.ControlModifier)
    gp = ws.good_practices
    assert ws.current_step() == "good_practices"
    assert gp.question.text() == PROTOCOL.question("gp_most_significant")["text"][lang]
    qtbot.keyClick(focused(), Qt.Key_Down, Qt.AltModifier)
    assert gp.question.text() == PROTOCOL.question("gp_success")["text"][lang]
    qtbot.keyClick(focused(), Qt.Key_Up, Qt.AltModifier)
    assert gp.current_question() == "gp_most_significant"

    # notes on the question: the first keystroke creates the note, and the meeting starts
    assert services.meetings.get(mid).status == "planned"
    gp.notes.setFocus()
    qtbot.keyClicks(gp.notes, "Everyone talks about the mobile unit")
    gp.capture.setFocus()  # leaving the field stores it at once
    assert services.notes.texts(mid)["gp_most_significant"] == "Everyone talks about the mobile unit"
    assert services.meetings.get(mid).status == "in_progress"

    # -- capture: type, Enter; the focus stays in the capture field ---------------------------
    assert focused() is gp.capture
    qtbot.keyClicks(gp.capture, "Mobile health unit visits villages")
    qtbot.keyClick(gp.capture, Qt.Key_Return)
    qtbot.keyClick(gp.capture, Qt.Key_Down, Qt.ControlModifier)  # next sector: justice
    qtbot.keyClicks(gp.capture, "Prosecutor answers by phone")
    qtbot.keyClick(gp.capture, Qt.Key_Return)
    assert focused() is gp.capture and gp.capture.text() == ""
    changes = services.changes.for_meeting(mid)
    assert [(c.title, c.sector) for c in changes] == [
        ("Mobile health unit visits villages", "health"),
        ("Prosecutor answers by phone", "justice"),
    ]
    assert gp.model.rowCount() == 2
    assert gp.model.data(gp.model.index(1, 0)) == "Prosecutor answers by phone"
    assert gp.selected_change_id() == changes[1].id  # the new change is selected
    first, second = changes

    # -- make the first change precise, and watch the review list shrink ---------------------
    assert {cid for cid, _ in ws.review.entries()} == {first.id, second.id}
    gp.select_change(first.id)
    editor: ChangeEditor = gp.editor
    assert editor.labels["before"].text() == PROTOCOL.change_field("before")["label"][lang]
    assert editor.fields["before"].placeholderText() == PROTOCOL.change_field("before")["help"][lang]
    for name, text in PRECISE_TEXT.items():
        field = editor.fields[name]
        assert isinstance(field, TextField)
        field.setFocus()
        qtbot.keyClicks(field, text)
    choose(qtbot, editor.fields["level"], "province")
    choose(qtbot, editor.fields["ongoing"], "yes")
    editor.obligation_buttons["protect"].setFocus()
    qtbot.keyClick(editor.obligation_buttons["protect"], Qt.Key_Space)
    qtbot.keyClick(editor.obligation_buttons["repair"], Qt.Key_Space)
    editor.fields["title"].setFocus()
    stored = services.changes.get(first.id)
    for name, text in PRECISE_TEXT.items():
        assert getattr(stored, name) == text
    assert (stored.level, stored.ongoing) == ("province", "yes")
    assert stored.obligations == ["protect", "repair"]
    assert gp.model.data(gp.model.index(0, 2)) == "9/9"
    assert [cid for cid, _ in ws.review.entries()] == [second.id]

    # -- step 3: the group chooses the first change, and says why -----------------------------
    qtbot.keyClick(focused(), Qt.Key_3, Qt.ControlModifier)
    msc = ws.most_significant
    assert msc.question.text() == PROTOCOL.question("msc_choice")["text"][lang]
    assert focused() is msc.changes
    msc.changes.setCurrentRow(0)
    assert not msc.reason.isEnabled()
    qtbot.keyClick(msc.changes, Qt.Key_Space)
    assert services.changes.get(first.id).msc_selected is True
    assert msc.reason.isEnabled()
    msc.reason.setFocus()
    qtbot.keyClicks(msc.reason, "It reaches the women who were never reached")
    msc.changes.setFocus()
    assert services.changes.get(first.id).msc_reason == "It reaches the women who were never reached"

    # -- step 4: the action plan, moved by keyboard ------------------------------------------
    qtbot.keyClick(focused(), Qt.Key_PageDown, Qt.ControlModifier)
    assert ws.current_step() == "action_plan"
    plan = ws.action_plan
    assert plan.rows == ["health", "justice", "system"]
    cell = plan.cells[("health", "continue")]
    assert focused() is cell.add
    qtbot.keyClicks(cell.add, "Keep the mobile unit running")
    qtbot.keyClick(cell.add, Qt.Key_Return)
    assert focused() is cell.add
    (item,) = services.action_items.for_meeting(mid)
    assert (item.sector, item.action, item.text) == ("health", "continue", "Keep the mobile unit running")
    assert cell.items.count() == 1 and cell.items.item(0).text() == "Keep the mobile unit running"
    cell.items.setFocus()
    cell.items.setCurrentRow(0)
    # one column further along the reading direction: right in LTR, left in RTL
    along = Qt.Key_Left if lang == "ar" else Qt.Key_Right
    qtbot.keyClick(focused(), along, Qt.ControlModifier)
    assert services.action_items.get(item.id).action == "stop"
    qtbot.keyClick(focused(), Qt.Key_Down, Qt.ControlModifier)
    moved = services.action_items.get(item.id)
    assert (moved.sector, moved.action) == ("justice", "stop")
    target = plan.cells[("justice", "stop")].items
    assert focused() is target and target.count() == 1
    assert plan.cells[("health", "continue")].items.count() == 0
    # Enter opens the detail pane; the level and the responsible are stored
    qtbot.keyClick(target, Qt.Key_Return)
    assert focused() is plan.text
    choose(qtbot, plan.level, "policy")
    plan.responsible.setFocus()
    qtbot.keyClicks(plan.responsible, "Court registry")
    qtbot.keyClick(plan.responsible, Qt.Key_Escape)
    assert focused() is target
    stored_item = services.action_items.get(item.id)
    assert (stored_item.level, stored_item.responsible) == ("policy", "Court registry")
    # the notes of the Continue question
    notes = plan.note_editors["continue"]
    notes.setFocus()
    qtbot.keyClicks(notes, "Continue the unit")
    target.setFocus()
    assert services.notes.texts(mid)["ap_continue"] == "Continue the unit"

    # -- step 5: review; one click goes to the missing field of the change --------------------
    qtbot.keyClick(focused(), Qt.Key_5, Qt.ControlModifier)
    review = ws.review
    tree = review.tree
    assert tree.topLevelItemCount() == 1
    top = tree.topLevelItem(0)
    assert "Prosecutor answers by phone" in top.text(0)
    asked = [top.child(i).text(0) for i in range(top.childCount())]
    assert PROTOCOL.change_field("who_decided")["help"][lang] in asked
    assert len(asked) == 9  # nothing answered yet (ongoing "unknown" counts as unanswered)
    who = next(top.child(i) for i in range(top.childCount())
               if top.child(i).data(0, Qt.UserRole + 1) == "who_decided")
    tree.setCurrentItem(who)
    qtbot.keyClick(tree, Qt.Key_Return)
    assert ws.current_step() == "good_practices"
    assert gp.selected_change_id() == second.id
    assert focused() is gp.editor.fields["who_decided"]
    qtbot.keyClicks(focused(), "The King's prosecutor")
    qtbot.keyClick(ws, Qt.Key_5, Qt.ControlModifier)  # a step change stores pending edits
    assert services.changes.get(second.id).who_decided == "The King's prosecutor"
    top = tree.topLevelItem(0)
    assert top.childCount() == 8  # the list shrank by the answered question

    # the summary
    summary = [label.text() for label in review.scroll.widget().findChildren(type(review.status_label))]
    assert "It reaches the women who were never reached" in summary
    assert PROTOCOL.label("sector", "justice", lang) in summary

    # -- completed ------------------------------------------------------------------------------
    review.complete_button.setFocus()
    qtbot.keyClick(review.complete_button, Qt.Key_Space)
    assert services.meetings.get(mid).status == "completed"
    assert PROTOCOL.label("meeting_status", "completed", lang) in review.status_label.text()
    window.close()


# Qt offers no other way to build the drag events a test sends (PySide marks them deprecated)
@pytest.mark.filterwarnings("ignore::DeprecationWarning")
def test_an_action_item_dragged_to_another_cell_moves_there(qtbot, services, meeting) -> None:  # type: ignore[no-untyped-def]
    item = services.action_items.create(
        meeting_id=meeting.id, sector="health", action="start", text="Train the night shift"
    )
    _window, ws = open_workspace(qtbot, services, meeting.id)
    ws.set_step("action_plan")
    plan = ws.action_plan
    source = plan.cells[("health", "start")].items
    target = plan.cells[("justice", "continue")].items
    assert source.count() == 1 and target.count() == 0
    data = source.mimeData([source.item(0)])
    position = target.viewport().rect().center()
    for event_type in (QDragEnterEvent, QDragMoveEvent):
        entering = event_type(position, Qt.CopyAction | Qt.MoveAction, data, Qt.LeftButton,
                              Qt.NoModifier)
        QApplication.sendEvent(target.viewport(), entering)
        assert entering.isAccepted()
    drop = QDropEvent(position.toPointF(), Qt.CopyAction | Qt.MoveAction, data, Qt.LeftButton,
                      Qt.NoModifier)
    QApplication.sendEvent(target.viewport(), drop)
    assert drop.isAccepted() and drop.dropAction() == Qt.CopyAction  # the list removes nothing
    qtbot.waitUntil(lambda: services.action_items.get(item.record_id).action == "continue")
    moved = services.action_items.get(item.record_id)
    assert (moved.sector, moved.action, moved.text) == ("justice", "continue", "Train the night shift")
    assert source.count() == 0 and target.count() == 1
    assert target.item(0).text() == "Train the night shift" and target.currentRow() == 0
