"""MRA's screens driven as a reviewer would: the menu that appears in MRA's database, the
received meetings and their review by keyboard, the matrix counted off the UI thread with
its cell's changes, summary and flags, the national MSC round, the national report and the
spreadsheet export."""

from __future__ import annotations

import subprocess
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest
from PySide6.QtCore import QDate, Qt
from shell_fixtures import english  # noqa: F401

from mra_desktop.core.consolidation import build_matrix, cell_changes, cell_summary, is_exemplary
from mra_desktop.core.demo import demo_id
from mra_desktop.core.identity import set_facilitator
from mra_desktop.core.mra_demo import load_mra_demo
from mra_desktop.core.msc import choices, list_rounds
from mra_desktop.core.national import Scope
from mra_desktop.core.review import received_meetings, review_history
from mra_desktop.core.services import Services
from mra_desktop.ui import background
from mra_desktop.ui.i18n import apply_language
from mra_desktop.ui.main_window import MainWindow
from mra_desktop.ui.mra.matrix import MatrixModel
from mra_desktop.ui.mra.received import COLUMNS, ReceivedTableModel
from mra_desktop.ui.sentences import visible
from tests.mra_support import mra_demo_copy

ISSUES = demo_id("meeting", "vfm-2022-05-informal-agadir")
REASON = ("Removing the aggressor rather than the woman keeps her and the children at home. "
          "Other provinces can copy it without a new law.")


@pytest.fixture
def synchronous() -> Iterator[None]:
    background.set_synchronous(True)
    yield
    background.set_synchronous(False)


@pytest.fixture
def mra(tmp_path: Path) -> Iterator[Any]:
    db = mra_demo_copy(tmp_path)
    set_facilitator(db, "Khadija Amrani")
    yield Services(db)
    db.close()


@pytest.fixture
def window(qtbot: Any, mra: Any, english: Any, synchronous: None) -> MainWindow:  # noqa: F811
    main = MainWindow(mra)
    qtbot.addWidget(main)
    main.show()
    qtbot.waitExposed(main)
    return main


def _visible_menus(window: MainWindow) -> list[str]:
    return [a.text() for a in window.menuBar().actions() if a.isVisible()]


def test_the_consolidation_menu_appears_only_in_mras_database(qtbot: Any, services: Any, english: Any) -> None:  # noqa: F811
    main = MainWindow(services)
    qtbot.addWidget(main)
    assert "&Consolidation" not in _visible_menus(main)
    assert not main.mra_side.received_action.isEnabled()
    load_mra_demo(services)
    main.import_screen.files_imported.emit([])  # what an import tells the window
    assert "&Consolidation" in _visible_menus(main)
    assert [a.text() for a in main.mra_side.menu.actions() if a.text()] == [
        "&Received meetings", "Consolidation &matrix", "National most &significant change",
        "&National report…", "Export &spreadsheets…"]
    assert main.mra_side.received_action.shortcut().toString() == "Ctrl+Shift+V"


def test_received_meetings_are_listed_with_their_counts_and_states(window: MainWindow) -> None:
    view = window.mra_side.received
    window.mra_side.show_received()
    assert window.stack.currentWidget() is view
    assert view.model.rowCount() == 17
    assert "Approved: 13" in view.counts_label.text() and "Has issues: 1" in view.counts_label.text()
    view.state_filter.setCurrentIndex(view.state_filter.findData("has_issues"))
    assert [r.id for r in view.model.rows] == [ISSUES]
    row = view.model.rows[0]
    assert view.model.display(row, "state") == "Has issues"
    assert view.model.display(row, "participants") == "2"
    assert view.current is not None and view.current.id == ISSUES
    assert "Where exactly" in view.comment_edit.toPlainText()
    assert view.history_list.count() == 2
    view.state_filter.setCurrentIndex(0)
    view.search_edit.setText("Ouarzazate")
    assert {r.partner for r in view.model.rows} == {"Fédération des Ligues des Droits des Femmes"}


def test_reviewing_by_keyboard(qtbot: Any, window: MainWindow, mra: Any) -> None:
    view = window.mra_side.received
    window.mra_side.show_received()
    view.select_meeting(ISSUES)
    view.table.setFocus()
    qtbot.keyClick(view.table, Qt.Key.Key_3, Qt.KeyboardModifier.ControlModifier)  # approve
    [row] = [r for r in received_meetings(mra.db) if r.id == ISSUES]
    assert row.review.state == "approved" and row.review.reviewer == "Khadija Amrani"
    assert review_history(mra.db, ISSUES)[-1].state == "approved"
    # has issues needs a comment: refused in place, the state stays, the cursor goes there
    view.comment_edit.setPlainText("")
    view.saver.timer.stop()
    qtbot.keyClick(view.table, Qt.Key.Key_4, Qt.KeyboardModifier.ControlModifier)
    assert view.error_label.isVisible() and "Say what the issue is" in view.error_label.text()
    assert [r for r in received_meetings(mra.db) if r.id == ISSUES][0].review.state == "approved"
    view.comment_edit.setPlainText("The place is missing.")
    qtbot.keyClick(view.table, Qt.Key.Key_4, Qt.KeyboardModifier.ControlModifier)
    row = [r for r in received_meetings(mra.db) if r.id == ISSUES][0]
    assert (row.review.state, row.review.comment) == ("has_issues", "The place is missing.")


def test_a_comment_is_saved_as_typed_and_on_close(qtbot: Any, window: MainWindow, mra: Any) -> None:
    view = window.mra_side.received
    window.mra_side.show_received()
    view.select_meeting(ISSUES)
    view.comment_edit.setPlainText("Saved a second after typing.")
    qtbot.waitUntil(lambda: not view.saver.pending, timeout=3000)
    assert [r for r in received_meetings(mra.db) if r.id == ISSUES][0].review.comment == (
        "Saved a second after typing.")
    view.comment_edit.setPlainText("Typed just before closing.")
    window.close()
    assert [r for r in received_meetings(mra.db) if r.id == ISSUES][0].review.comment == (
        "Typed just before closing.")


def test_the_received_model_sorts_by_what_it_shows(mra: Any, english: Any) -> None:  # noqa: F811
    model = ReceivedTableModel()
    model.set_rows(received_meetings(mra.db))
    state = COLUMNS.index("state")
    texts = {model.data(model.index(r, state)) for r in range(model.rowCount())}
    assert texts == {"Received", "Reviewed", "Approved", "Has issues"}
    changes = COLUMNS.index("changes")
    assert model.data(model.index(0, changes), Qt.ItemDataRole.UserRole + 1) == model.rows[0].changes


def test_the_matrix_model_groups_subthemes_under_their_sector(mra: Any, english: Any) -> None:  # noqa: F811
    db = mra.db
    model = MatrixModel()
    matrix, sectors = build_matrix(db, Scope()), build_matrix(db, Scope(), "sector")
    model.set_matrix(matrix, sectors)
    assert model.rowCount() == len(matrix.row_keys) + len(sectors.row_keys) + 1  # + totals
    assert model.data(model.index(0, 0)) == "Health"
    assert model.data(model.index(1, 0)).strip() == "Staff and services"
    assert [model.headerData(c, Qt.Orientation.Horizontal) for c in range(5)] == [
        "Sector and sub-theme", "Changes", "Meetings", "Participants", "Partners"]
    assert model.data(model.index(1, 1)) == "4" and model.data(model.index(1, 3)) == "2"
    assert model.data(model.index(model.rowCount() - 1, 1)) == str(matrix.total.changes)
    by_obligation = build_matrix(db, Scope(), "subtheme", "obligation")
    model.set_matrix(by_obligation, build_matrix(db, Scope(), "sector", "obligation"))
    assert model.headerData(2, Qt.Orientation.Horizontal) == "Protect"
    cell = by_obligation.cell("health/staff_services", "protect")
    assert model.data(model.index(1, 2)) == (
        f"{cell.changes}\n{cell.meetings} · {cell.participants} · {cell.partners}")


def test_the_matrix_screen_lists_a_cells_changes_and_keeps_its_summary(qtbot: Any, window: MainWindow, mra: Any) -> None:
    view = window.mra_side.matrix
    window.mra_side.show_matrix()
    assert view.model.matrix is not None and view.model.matrix.total.meetings == 13
    view.table.setCurrentIndex(view.model.index(1, 1))  # Health — Staff and services
    assert view.cell_title.text() == "Health — Staff and services"
    expected = cell_changes(mra.db, Scope(), "subtheme", "health/staff_services")
    assert [c.id for c in view.changes_model.changes] == [c.id for c in expected]
    assert visible(view.cell_figures.text()) == "4 changes · 2 meetings · 2 participants · 2 partners"
    view.summary_edit.setPlainText("Night shifts everywhere.")
    view.table.setCurrentIndex(view.model.index(2, 1))  # leaving the cell stores it
    assert cell_summary(mra.db, "subtheme", "health/staff_services").text == "Night shifts everywhere."
    view.table.setCurrentIndex(view.model.index(1, 1))
    view.select_change(0)
    first = view.current_change()
    assert first is not None and not first.exemplary
    qtbot.keyClick(view.changes_table, Qt.Key.Key_F,
                   Qt.KeyboardModifier.ControlModifier | Qt.KeyboardModifier.ShiftModifier)
    assert is_exemplary(mra.db, first.id)
    dialog = view.open_selected_change()
    assert dialog is not None and first.title in dialog.browser.toPlainText()
    assert dialog.exemplary_check.isChecked()
    dialog.exemplary_check.setChecked(False)
    assert not is_exemplary(mra.db, first.id)
    dialog.close()


def test_in_french_a_cells_changes_keep_their_titles_whole(
    qtbot: Any, window: MainWindow, qapp: Any
) -> None:
    """The changes of a cell sit in a narrow side table; its French headers are long. A
    screen that narrows its partner column keeps it so as cells are chosen (each a new
    list of changes): the titles beside it keep their room, none of their words cut."""
    from cut_text import cut_texts
    from row_heights import settle

    apply_language(qapp, "fr")
    window.resize(1366, 768)
    window.mra_side.show_matrix()
    view = window.mra_side.matrix
    for row in (1, 2, 1, 3):
        view.table.setCurrentIndex(view.model.index(row, 1))
        settle()
        assert view.changes_model.rowCount() > 0
        cells = [p for p in cut_texts(view.changes_table) if ": cell " in p or ": word of " in p]
        assert cells == [], row


def test_mras_side_table_in_french_shows_association_partenaire_whole(
    qtbot: Any, qapp: Any, window: MainWindow
) -> None:
    """The changes of a matrix cell sit in a narrow side table whose French headers are
    longer than its columns ("ociation parten" before)."""
    from cut_text import header_cuts
    from row_heights import settle

    apply_language(qapp, "fr")
    window.resize(1366, 768)
    window.mra_side.show_matrix()
    view = window.mra_side.matrix
    view.table.setCurrentIndex(view.model.index(1, 1))
    settle()
    header = view.changes_table.horizontalHeader()
    labels = [
        str(view.changes_model.headerData(c, Qt.Orientation.Horizontal)) for c in range(header.count())
    ]
    assert "Association partenaire" in labels
    assert header_cuts(header) == []


def test_the_matrix_is_counted_off_the_ui_thread_and_follows_its_axes(qtbot: Any, window: MainWindow) -> None:
    view = window.mra_side.matrix
    window.mra_side.show_matrix()
    background.set_synchronous(False)
    with qtbot.waitSignal(view.matrix_shown, timeout=10_000):
        view.columns_combo.setCurrentIndex(view.columns_combo.findData("obligation"))
        assert view.status_label.text() == "Counting…"  # the window stays usable meanwhile
    assert view.model.matrix.columns == "obligation" and view.legend_label.isVisible()
    # two quick requests: only the newest is shown
    with qtbot.waitSignal(view.matrix_shown, timeout=10_000):
        view.rows_combo.setCurrentIndex(view.rows_combo.findData("region"))
        view.columns_combo.setCurrentIndex(view.columns_combo.findData("partner"))
    qtbot.wait(200)
    assert (view.model.matrix.rows, view.model.matrix.columns) == ("region", "partner")
    view.date_from.setDate(QDate(2022, 6, 1))
    view.date_to.setDate(QDate(2022, 1, 1))
    assert "reversed" in view.status_label.text()


def test_the_national_msc_round(qtbot: Any, window: MainWindow, mra: Any) -> None:
    view = window.mra_side.msc
    window.mra_side.show_msc()
    assert view.domain_list.count() == 4
    assert "chosen" in view.domain_list.item(0).text()
    [round_] = list_rounds(mra.db)
    view.domain_list.setCurrentRow(2)  # law enforcement: the panel chose the second
    assert view.model.rowCount() == 2
    assert view.model.data(view.model.index(1, 0)) == "✓"
    assert "Nadia Tazi" in view.choice_state.text()
    from mra_desktop.ui.mra.widgets import select_row

    select_row(view.table, 0)
    assert view.choose_button.isEnabled()
    view.reason_edit.setPlainText("Faster.")
    assert not view.choose_selected()
    assert "full sentences" in view.error_label.text()
    assert choices(mra.db, round_.id)["law_enforcement"].chosen_by == "Nadia Tazi"
    view.reason_edit.setPlainText(REASON)
    view.name_edit.setText("Khadija Amrani")
    assert view.choose_selected()
    stored = choices(mra.db, round_.id)["law_enforcement"]
    assert (stored.change.id, stored.reason, stored.chosen_by) == (
        view.model.candidates[0].change.id, REASON, "Khadija Amrani")
    view.dissent_edit.setPlainText("One member preferred the arrest of aggressors.")
    assert view.flush()
    assert choices(mra.db, round_.id)["law_enforcement"].dissent == (
        "One member preferred the arrest of aggressors.")


def test_exporting_spreadsheets_from_the_window(qtbot: Any, window: MainWindow, tmp_path: Path) -> None:
    dialog = window.mra_side.open_export()
    dialog.path_edit.setText(str(tmp_path / "national"))
    dialog.start_export()
    assert (tmp_path / "national.xlsx").exists()
    assert "13 meetings, 48 changes" in visible(dialog.message_label.text())
    dialog.format_combo.setCurrentIndex(dialog.format_combo.findData("csv"))
    assert dialog.path_edit.text() == str(tmp_path / "national")
    dialog.date_from.setDate(QDate(2030, 1, 1))
    dialog.start_export()
    assert "No meeting counts in this period" in dialog.message_label.text()
    assert not (tmp_path / "national").exists()


def test_writing_the_national_report_from_the_window(
    qtbot: Any, window: MainWindow, tmp_path: Path
) -> None:
    window.mra_side.report_action.trigger()
    [dialog] = [d for d in window.export_dialogs if d.objectName() == "NationalReportDialog"]
    assert dialog.isVisible() and not dialog.isModal()
    assert dialog.language() == "en" and dialog.path_edit.text().endswith("mra-national-report-en.pdf")
    dialog.language_combo.setCurrentIndex(dialog.language_combo.findData("fr"))
    assert dialog.path_edit.text().endswith("mra-national-report-fr.pdf")  # follows the language
    vfm = demo_id("organisation", "vfm")
    dialog.set_partners((vfm,))
    assert dialog.scope() == Scope(partner_ids=(vfm,))
    target = tmp_path / "rapport.pdf"
    dialog.path_edit.setText(str(target))
    dialog.start_export()
    assert target.read_bytes().startswith(b"%PDF-")
    assert "2 meetings, " in visible(dialog.message_label.text())
    assert dialog.open_button.isVisible()
    assert "Rapport national" in subprocess.run(
        ["pdfinfo", str(target)], capture_output=True, text=True, check=True).stdout
    assert visible(window.statusBar().currentMessage()) == f"National report written: {target}"
    dialog.date_from.setDate(QDate(2030, 1, 1))
    dialog.path_edit.setText(str(tmp_path / "empty.pdf"))
    dialog.start_export()
    assert "No meeting counts in this period" in dialog.message_label.text()
    assert not dialog.open_button.isVisible() and not (tmp_path / "empty.pdf").exists()


def test_cancelling_the_national_report_writes_nothing(
    qtbot: Any, mra: Any, english: Any, tmp_path: Path  # noqa: F811
) -> None:
    from mra_desktop.ui.mra.report_dialog import NationalReportDialog

    dialog = NationalReportDialog(mra.db)
    qtbot.addWidget(dialog)
    target = tmp_path / "cancelled.pdf"
    dialog.path_edit.setText(str(target))
    job = dialog.start_export()
    assert job is not None and not dialog.export_button.isEnabled()
    job.cancel()  # what the progress dialog's Cancel button does
    qtbot.waitUntil(job.is_finished, timeout=30_000)
    assert list(tmp_path.glob("*.pdf")) == [] and list(tmp_path.glob("*.part")) == []
    assert "cancelled" in dialog.message_label.text().lower()
    assert dialog.export_button.isEnabled()


def test_arabic_mirrors_mras_screens(qtbot: Any, window: MainWindow, qapp: Any) -> None:
    apply_language(qapp, "ar")
    qapp.processEvents()
    assert window.mra_side.menu.title().replace("&", "") == "التجميع"
    assert window.mra_side.received.heading.text() == "الاجتماعات الواردة"
    assert window.mra_side.matrix.layoutDirection() == Qt.LayoutDirection.RightToLeft
    assert window.mra_side.matrix.heading.text() == "مصفوفة التجميع"
    report = window.mra_side.open_report()
    assert report.windowTitle() == "التقرير الوطني" and report.language() == "ar"
    assert report.export_button.text() == "&كتابة التقرير"  # Alt and an Arabic letter
    assert report.layoutDirection() == Qt.LayoutDirection.RightToLeft
