"""The main window: screens, menus, the meeting workspace, the status bar, closing."""

from __future__ import annotations

import re
from typing import Any

import pytest
from PySide6.QtCore import Qt
from shell_fixtures import english, meetings, organisation  # noqa: F401

from mra_desktop import __version__
from mra_desktop.core.identity import database_identity
from mra_desktop.ui import preferences
from mra_desktop.ui.main_window import LIST_PAGE, MEETING_PAGE, SETUP_PAGE, MainWindow
from mra_desktop.ui.sentences import visible


@pytest.fixture
def window(qtbot: Any, services: Any, meetings: dict[str, str], english: Any) -> MainWindow:  # noqa: F811
    main = MainWindow(services)
    qtbot.addWidget(main)
    main.show()
    qtbot.waitExposed(main)
    return main


def _menu_titles(window: MainWindow) -> list[str]:
    return [a.text() for a in window.menuBar().actions() if a.isVisible()]


def test_menus_and_shortcuts(window: MainWindow) -> None:
    assert _menu_titles(window) == ["&File", "&Edit", "&View", "&Help"]  # no meeting open
    file_texts = [a.text() for a in window.file_menu.actions() if a.isVisible() and a.text()]
    assert file_texts[:3] == ["&New meeting", "&Follow-up meeting", "&Open meeting"]
    assert "&Settings…" in file_texts and file_texts[-1] == "&Quit"
    assert window.meeting_list.new_action.shortcut().toString() == "Ctrl+N"
    assert window.quit_action.shortcut().toString() == "Ctrl+Q"
    assert window.undo_action.shortcut().toString() == "Ctrl+Z"
    assert "(Ctrl+N)" in visible(window.meeting_list.new_action.toolTip())
    assert window.current_page() == LIST_PAGE


def test_ctrl_n_prepares_a_meeting_in_the_setup_screen(
    qtbot: Any, services: Any, window: MainWindow, organisation: str  # noqa: F811
) -> None:
    before = len(services.meetings.list())
    qtbot.keyClick(window.meeting_list.table, Qt.Key.Key_N, Qt.KeyboardModifier.ControlModifier)
    assert len(services.meetings.list()) == before + 1
    assert window.current_page() == SETUP_PAGE
    assert window.setup.title_edit.hasFocus()
    assert window.setup.title_edit.text() == "New meeting"
    assert "Meeting" in [t.replace("&", "") for t in _menu_titles(window)]


def test_opening_a_meeting_shows_its_workspace_and_its_menu(
    qtbot: Any, window: MainWindow, meetings: dict[str, str]  # noqa: F811
) -> None:
    window.meeting_list.select_meeting(meetings["taza"])
    window.meeting_list.table.setFocus()
    qtbot.keyClick(window.meeting_list.table, Qt.Key.Key_Return)
    assert window.current_page() == MEETING_PAGE
    assert window.workspace is not None and window.workspace.meeting_id == meetings["taza"]
    assert window.meeting_menu.actions() == window.workspace.actions()
    assert visible(window.counts_label.text()) == "Changes: 2 · Action items: 1"
    window.show_list()  # the steps' shortcuts leave with the steps
    assert window.workspace.actions()[0] not in window.meeting_menu.actions()
    window.open_meeting(meetings["agadir"])
    assert window.workspace.meeting_id == meetings["agadir"]
    assert visible(window.counts_label.text()) == "Changes: 0 · Action items: 0"


def test_status_bar_says_when_it_saved_and_why_not(
    qtbot: Any, services: Any, window: MainWindow, meetings: dict[str, str]  # noqa: F811
) -> None:
    window.open_meeting(meetings["hajeb"], SETUP_PAGE)
    qtbot.keyClicks(window.setup.city_edit, " Centre")
    qtbot.waitUntil(lambda: window.saved_label.text().startswith("Saved at"), timeout=3000)
    assert re.fullmatch(r"Saved at \d\d:\d\d:\d\d", visible(window.saved_label.text()))
    assert services.meetings.get(meetings["hajeb"]).city == "El-Hajeb Centre"
    window.setup.period_from_edit.setDate(window.setup.period_from_edit.date().addYears(30))
    window.setup.period_to_edit.setDate(window.setup.period_from_edit.date().addDays(-5))
    window.autosaver.flush()
    assert "period" in window.saved_label.text()
    # the sentence also stands under the period's row, until the value is put right
    _row, error = window.setup.errors["period"]
    assert error.isVisible() and "period" in error.text()
    window.setup.period_to_edit.setDate(window.setup.period_from_edit.date().addDays(5))
    window.autosaver.flush()
    assert not error.isVisible()
    assert window.saved_label.text().startswith("Saved at")


def test_edit_undo_restores_a_deleted_meeting(
    qtbot: Any, services: Any, window: MainWindow, meetings: dict[str, str]  # noqa: F811
) -> None:
    window.meeting_list.select_meeting(meetings["agadir"])
    window.meeting_list.table.setFocus()
    qtbot.keyClick(window.meeting_list.table, Qt.Key.Key_Delete)
    assert services.meetings.get(meetings["agadir"]).is_deleted
    assert visible(window.statusBar().currentMessage()) == "Meeting deleted — Ctrl+Z to undo"
    assert window.undo_action.isEnabled()
    assert visible(window.undo_action.text()) == "&Undo Delete meeting"
    qtbot.keyClick(window.meeting_list.table, Qt.Key.Key_Z, Qt.KeyboardModifier.ControlModifier)
    assert not services.meetings.get(meetings["agadir"]).is_deleted
    assert meetings["agadir"] in window.meeting_list.visible_meeting_ids()


def test_settings_edit_the_organisation_and_the_facilitator(
    qtbot: Any, services: Any, window: MainWindow, organisation: str  # noqa: F811
) -> None:
    dialog = window.open_settings()
    assert dialog.form.organisation_combo.currentData() == organisation
    dialog.form.name_edit.setText("Association Amal pour la Femme")
    dialog.form.facilitator_edit.setText("Samira Idrissi")
    assert dialog.sync_box.isVisible()  # the place kept for MRA's public key
    dialog.accept()
    assert services.organisations.get(organisation).name == "Association Amal pour la Femme"
    assert database_identity(services.db).facilitator == "Samira Idrissi"
    partners = {window.meeting_list.partner_filter.itemText(i)
                for i in range(window.meeting_list.partner_filter.count())}
    assert "Association Amal pour la Femme" in partners


def test_cancelled_settings_switch_the_language_back(qtbot: Any, qapp: Any, window: MainWindow) -> None:
    dialog = window.open_settings()
    combo = dialog.form.language_combo
    combo.setCurrentIndex(combo.findData("ar"))
    assert qapp.layoutDirection() == Qt.LayoutDirection.RightToLeft
    dialog.reject()
    assert qapp.layoutDirection() == Qt.LayoutDirection.LeftToRight
    assert window.language_actions["en"].isChecked()


def test_about_names_the_version_and_the_database(
    window: MainWindow, services: Any, monkeypatch: pytest.MonkeyPatch
) -> None:
    shown: list[str] = []
    monkeypatch.setattr(
        "mra_desktop.ui.main_window.show_message",
        lambda parent, icon, title, text: shown.append(text),
    )
    window.about_action.trigger()
    assert __version__ in shown[0] and str(services.db.path) in shown[0]


def test_closing_stores_pending_edits_and_the_geometry(
    qtbot: Any, services: Any, window: MainWindow, meetings: dict[str, str]  # noqa: F811
) -> None:
    window.open_meeting(meetings["hajeb"], SETUP_PAGE)
    window.setup.title_edit.selectAll()
    qtbot.keyClicks(window.setup.title_edit, "Typed just before closing")
    assert window.autosaver.has_pending()
    window.close()  # no waiting for the debounce
    assert services.meetings.get(meetings["hajeb"]).title == "Typed just before closing"
    geometry, _state = preferences.window_geometry()
    assert geometry is not None


def test_the_window_shows_before_its_database_and_fills_when_given_it(
    qtbot: Any, services: Any, meetings: dict[str, str], english: Any  # noqa: F811
) -> None:
    """At start the window paints first (menus, an empty list saying the database is being
    opened), then gets the database: the list fills, the other screens come to be."""
    main = MainWindow()
    qtbot.addWidget(main)
    main.show()
    qtbot.waitExposed(main)
    assert _menu_titles(main) == ["&File", "&Edit", "&View", "&Help"]
    assert main.meeting_list.empty_label.text() == "Opening the database…"
    assert main.meeting_list.count_label.text() == ""  # not "Meetings: 0" before it knows
    assert main.stack.count() == 1
    main.set_services(services)
    assert visible(main.meeting_list.count_label.text()) == "Meetings: 4"
    assert set(main.meeting_list.visible_meeting_ids()) == set(meetings.values())
    assert main.meeting_list.empty_label.isHidden()
    main.open_meeting(meetings["taza"], SETUP_PAGE)
    assert main.current_page() == SETUP_PAGE and main.setup.title_edit.text() == "Local commission, Taza"
