"""Meeting setup: every edit reaches the database without a Save button; participants are
typed in quickly from the keyboard and removed with undo."""

from __future__ import annotations

import datetime as dt
from typing import Any

import pytest
from PySide6.QtCore import QDate, Qt
from shell_fixtures import english, meetings, organisation  # noqa: F401

from mra_desktop.ui.autosave import Autosaver
from mra_desktop.ui.history import History
from mra_desktop.ui.meeting_setup import MeetingSetupView, split_names
from mra_desktop.ui.models.participants import COLUMNS
from mra_desktop.ui.sentences import visible


@pytest.fixture
def setup(qtbot: Any, services: Any, meetings: dict[str, str], english: Any) -> MeetingSetupView:  # noqa: F811
    autosaver = Autosaver(services)
    view = MeetingSetupView(services, autosaver)
    qtbot.addWidget(view)
    view.resize(1366, 740)
    view.show()
    history = History(services, autosaver)
    history.follow_edits(True)
    view.set_meeting(meetings["hajeb"], history)
    return view


def _stored(services: Any, meeting_id: str) -> Any:
    return services.meetings.get(meeting_id)


def test_shows_the_stored_meeting(setup: MeetingSetupView, meetings: dict[str, str]) -> None:  # noqa: F811
    assert setup.title_edit.text() == "Hospital social workers"
    assert setup.date_edit.date() == QDate(2022, 3, 14)
    assert setup.kind_combo.currentData() == "individual"
    assert setup.scope_combo.currentData() == "single_sector"
    assert [c for c, box in setup.sector_boxes.items() if box.isChecked()] == ["health"]
    assert setup.format_combo.currentData() == "video"
    assert setup.body_combo.currentData() == "health"
    assert setup.language_combo.currentData() == "fr"
    assert setup.facilitators_edit.text() == "Amina Oubella"
    assert setup.period_from_edit.text() == "not set"
    assert setup.participants.rowCount() == 2
    assert "Participants in all: 3" in visible(setup.totals_label.text())
    assert visible(setup.heading.text()) == "Setup: Hospital social workers"


def test_typing_a_title_lands_in_the_database_after_the_debounce(
    qtbot: Any, services: Any, setup: MeetingSetupView, meetings: dict[str, str]  # noqa: F811
) -> None:
    setup.title_edit.setFocus()
    setup.title_edit.selectAll()
    qtbot.keyClicks(setup.title_edit, "Social workers of the provincial hospital")
    assert _stored(services, meetings["hajeb"]).title == "Hospital social workers"  # not yet
    qtbot.waitUntil(
        lambda: _stored(services, meetings["hajeb"]).title
        == "Social workers of the provincial hospital",
        timeout=3000,
    )
    assert visible(setup.heading.text()) == "Setup: Social workers of the provincial hospital"


def test_every_field_is_autosaved(
    qtbot: Any, services: Any, setup: MeetingSetupView, meetings: dict[str, str]  # noqa: F811
) -> None:
    setup.kind_combo.setCurrentIndex(setup.kind_combo.findData("group"))
    setup.format_combo.setCurrentIndex(setup.format_combo.findData("in_person"))
    setup.body_combo.setCurrentIndex(setup.body_combo.findData(None))
    setup.status_combo.setCurrentIndex(setup.status_combo.findData("in_progress"))
    setup.language_combo.setCurrentIndex(setup.language_combo.findData("ar"))
    setup.date_edit.setDate(QDate(2022, 3, 15))
    setup.period_from_edit.setDate(QDate(2021, 9, 1))
    setup.period_to_edit.setDate(QDate(2022, 3, 1))
    setup.city_edit.setText("")
    qtbot.keyClicks(setup.city_edit, "Azrou")
    setup.facilitators_edit.setText("")
    setup.facilitators_edit.insert("Amina Oubella، يوسف العلوي; Sara")
    setup.scope_combo.setCurrentIndex(setup.scope_combo.findData("multisectoral"))
    setup.sector_boxes["justice"].click()
    setup.autosaver.flush()  # what a focus change or leaving the screen does
    meeting = _stored(services, meetings["hajeb"])
    assert meeting.kind == "group"
    assert meeting.format == "in_person"
    assert meeting.body is None
    assert meeting.status == "in_progress"
    assert meeting.language == "ar"
    assert meeting.date == dt.date(2022, 3, 15)
    assert (meeting.period_from, meeting.period_to) == (dt.date(2021, 9, 1), dt.date(2022, 3, 1))
    assert meeting.city == "Azrou"
    assert meeting.facilitators == ["Amina Oubella", "يوسف العلوي", "Sara"]
    assert meeting.scope == "multisectoral"
    assert meeting.sectors == ["health", "justice"]
    setup.period_from_edit.setDate(setup.period_from_edit.minimumDate())  # "not set"
    setup.autosaver.flush()
    assert _stored(services, meetings["hajeb"]).period_from is None


def test_single_sector_scope_keeps_one_sector(
    qtbot: Any, services: Any, setup: MeetingSetupView, meetings: dict[str, str]  # noqa: F811
) -> None:
    setup.sector_boxes["justice"].click()  # single sector: justice replaces health
    assert [c for c, box in setup.sector_boxes.items() if box.isChecked()] == ["justice"]
    setup.autosaver.flush()
    assert _stored(services, meetings["hajeb"]).sectors == ["justice"]


def test_a_refused_value_is_said_and_not_stored(
    qtbot: Any, services: Any, setup: MeetingSetupView, meetings: dict[str, str]  # noqa: F811
) -> None:
    setup.period_from_edit.setDate(QDate(2022, 3, 1))
    setup.period_to_edit.setDate(QDate(2022, 1, 1))  # ends before it starts
    with qtbot.waitSignal(setup.autosaver.failed) as failed:
        setup.autosaver.flush()
    assert "period" in failed.args[0]
    assert _stored(services, meetings["hajeb"]).period_to is None


def test_participants_quick_entry_from_the_keyboard(
    qtbot: Any, services: Any, setup: MeetingSetupView, meetings: dict[str, str]  # noqa: F811
) -> None:
    setup.new_role.setFocus()
    qtbot.keyClicks(setup.new_role, "Procureur du Roi")
    qtbot.keyClick(setup.new_role, Qt.Key.Key_Tab)
    qtbot.keyClicks(setup.new_institution, "Tribunal de premiere instance")
    setup.new_sector.setCurrentIndex(setup.new_sector.findData("justice"))
    setup.new_count.setValue(2)
    qtbot.keyClick(setup.new_institution, Qt.Key.Key_Return)  # Enter adds the row
    assert setup.new_role.text() == "" and setup.new_role.hasFocus()
    qtbot.keyClicks(setup.new_role, "Substitut")
    qtbot.keyClick(setup.new_role, Qt.Key.Key_Enter)  # the sector stays chosen
    stored = services.participants.for_meeting(meetings["hajeb"])
    assert [(p.role, p.institution, p.sector, p.count) for p in stored[2:]] == [
        ("Procureur du Roi", "Tribunal de premiere instance", "justice", 2),
        ("Substitut", "", "justice", 1),
    ]
    assert setup.participants.rowCount() == 4
    assert setup.participants.totals_by_sector() == {"health": 3, "justice": 3}
    text = visible(setup.totals_label.text())
    assert "Participants in all: 6" in text
    assert "Health: 3" in text and "Justice (courts and Public Prosecution): 3" in text
    qtbot.keyClick(setup.new_role, Qt.Key.Key_Return)  # nothing typed: nothing added
    assert setup.participants.rowCount() == 4


def test_delete_removes_a_participant_and_undo_brings_it_back(
    qtbot: Any, services: Any, setup: MeetingSetupView, meetings: dict[str, str]  # noqa: F811
) -> None:
    setup.table.setFocus()
    setup.table.setCurrentIndex(setup.participants.index(1, 0))
    removed = setup.participants.row_at(1).id
    qtbot.keyClick(setup.table, Qt.Key.Key_Delete)
    assert services.participants.get(removed).is_deleted
    assert setup.participants.rowCount() == 1
    assert "Participants in all: 2" in visible(setup.totals_label.text())
    assert setup.history is not None
    setup.history.undo()
    assert not services.participants.get(removed).is_deleted
    assert setup.participants.rowCount() == 2
    assert "Participants in all: 3" in visible(setup.totals_label.text())


def test_editing_a_cell_is_autosaved(
    qtbot: Any, services: Any, setup: MeetingSetupView, meetings: dict[str, str]  # noqa: F811
) -> None:
    model = setup.participants
    first = model.row_at(0).id
    assert model.setData(model.index(0, COLUMNS.index("count")), 5)
    assert model.setData(model.index(0, COLUMNS.index("sector")), "other")
    assert not model.setData(model.index(0, COLUMNS.index("role")), "  ")  # a role is needed
    assert "Participants in all: 6" in visible(setup.totals_label.text())
    qtbot.waitUntil(lambda: services.participants.get(first).count == 5, timeout=3000)
    assert services.participants.get(first).sector == "other"
    assert services.participants.get(first).role == "Assistante sociale"


def test_run_button_starts_a_planned_meeting(
    qtbot: Any, services: Any, setup: MeetingSetupView, meetings: dict[str, str]  # noqa: F811
) -> None:
    with qtbot.waitSignal(setup.run_requested) as run:
        setup.run_button.click()
    assert run.args == [meetings["hajeb"]]
    assert _stored(services, meetings["hajeb"]).status == "in_progress"


def test_split_names_accepts_latin_and_arabic_commas() -> None:
    assert split_names(" Amina ,يوسف، Sara ; ") == ["Amina", "يوسف", "Sara"]


def test_the_totals_by_sector_take_french_punctuation(
    setup: MeetingSetupView, english: Any  # noqa: F811
) -> None:
    """« Santé : 2 », with a non-breaking space before the colon, as in the report."""
    from mra_desktop.ui.i18n import apply_language

    apply_language(english, "fr")
    try:
        setup._update_totals()
        text = visible(setup.totals_label.text())
    finally:
        apply_language(english, "en")
    assert "Santé\u00a0: " in text and "Santé: " not in text
