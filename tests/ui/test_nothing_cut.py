"""Nothing is cut at 1366×768 in Arabic, French or English: every main screen (the ones
``mra-desktop screenshots`` renders) is walked, and every label, button, combo box, header
and visible cell measured (tests/ui/cut_text.py)."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest
from cut_text import cut_texts
from PySide6.QtCore import QPoint
from PySide6.QtWidgets import QMainWindow, QScrollArea, QWidget
from shell_fixtures import english  # noqa: F401
from sync_fixtures import synchronous  # noqa: F401

from mra_desktop.ui.i18n import apply_language
from mra_desktop.ui.main_window import MEETING_PAGE, SETUP_PAGE, MainWindow
from mra_desktop.ui.screenshots import take_screenshots


def test_no_text_is_cut_on_any_screen_at_1366x768(tmp_path: Path, english: Any) -> None:  # noqa: F811
    problems: list[str] = []
    seen: list[str] = []

    def check(widget: QWidget, name: str) -> None:
        seen.append(name)
        problems.extend(f"{name}: {problem}" for problem in cut_texts(widget))
        if isinstance(widget, QMainWindow):
            problems.extend(f"{name}: {problem}" for problem in _edge_problems(widget))

    take_screenshots(tmp_path, sizes=[(1366, 768)], visit=check)
    assert len(seen) >= 60
    assert problems == [], "\n" + "\n".join(problems)


def _edge_problems(window: QMainWindow) -> list[str]:
    """Every screen keeps an outer margin: nothing it shows touches the window's edges."""
    central = window.centralWidget()
    problems = []
    for child in central.findChildren(QWidget):
        if not child.isVisibleTo(window) or child.width() == 0 or child.parentWidget() is None:
            continue
        if child.parentWidget() is not central and child.parentWidget().parentWidget() is not central:
            continue  # a screen's own top-level parts are enough to say where it stands
        left = child.mapTo(window, QPoint(0, 0)).x()
        right = left + child.width()
        if left < 12 or right > window.width() - 12:
            problems.append(f"{child.objectName() or type(child).__name__} touches the edge")
    return problems


# -- states the screenshots do not show -----------------------------------------------------


@pytest.fixture
def demo_window(qtbot: Any, services: Any, english: Any) -> Iterator[MainWindow]:  # noqa: F811
    from mra_desktop.core.demo import load_demo
    from mra_desktop.ui.app import application

    application()  # the program's fonts and look
    load_demo(services)
    window = MainWindow(services)
    qtbot.addWidget(window)
    window.resize(1366, 768)
    window.show()
    qtbot.waitExposed(window)
    yield window


def _settle() -> None:
    from mra_desktop.ui.screenshots import _settle as settle

    settle()


def _demo_meeting(services: Any, lang: str) -> str:
    meetings = [m for m in services.meetings.list() if m.language == lang] or (
        services.meetings.list()
    )
    return str(max(meetings, key=lambda m: len(services.changes.for_meeting(m.id))).id)


@pytest.mark.parametrize("lang", ["ar", "fr", "en"])
def test_a_meeting_without_a_period_shows_its_empty_dates_whole(
    qtbot: Any, services: Any, demo_window: MainWindow, qapp: Any, lang: str
) -> None:
    """The French "Période concernée" showed "n renseignée" for "non renseignée"."""
    meeting_id = _demo_meeting(services, lang)
    services.meetings.update(meeting_id, period_from=None, period_to=None)
    apply_language(qapp, lang)
    demo_window.open_meeting(meeting_id, SETUP_PAGE)
    _settle()
    setup = demo_window.setup
    assert setup.period_from_edit.text() == setup.period_from_edit.specialValueText()
    assert cut_texts(demo_window) == []


@pytest.mark.parametrize("lang", ["ar", "fr", "en"])
def test_step_2_shows_the_question_and_its_notes_without_scrolling(
    qtbot: Any, services: Any, demo_window: MainWindow, qapp: Any, lang: str
) -> None:
    apply_language(qapp, lang)
    demo_window.open_meeting(_demo_meeting(services, lang), MEETING_PAGE, "good_practices")
    _settle()
    page = demo_window.workspace.good_practices
    for index in range(len(page.questions)):  # the longest question included
        page.set_question(index)
        _settle()
        for widget in (page.question, page.notes):
            area = _scroll_area_of(widget)
            assert area.verticalScrollBar().value() == 0
            top = widget.mapTo(area.viewport(), QPoint(0, 0)).y()
            assert top >= 0 and top + widget.height() <= area.viewport().height(), (
                f"question {index + 1}: {widget.objectName()} is not all in view"
            )
        # the notes field is a real field, not a sliver: at least four lines
        assert page.notes.viewport().height() >= 4 * page.notes.fontMetrics().lineSpacing()
        assert cut_texts(demo_window) == []


def _scroll_area_of(widget: QWidget) -> QScrollArea:
    parent = widget.parentWidget()
    while parent is not None and not isinstance(parent, QScrollArea):
        parent = parent.parentWidget()
    assert parent is not None
    return parent


@pytest.mark.parametrize("lang", ["ar", "fr", "en"])
def test_the_sync_export_counts_stay_whole_after_an_export(
    qtbot: Any, services: Any, demo_window: MainWindow, qapp: Any, lang: str, tmp_path: Path,
    synchronous: None,  # noqa: F811
) -> None:
    """After an export, its message took the room of the counts (two rows were left)."""
    from mra_desktop.core.identity import set_identity
    from mra_desktop.ui.sync_export_dialog import SyncExportDialog

    own = services.organisations.create(name="Association Amal", city="El-Hajeb")
    set_identity(services.db, own.record_id)  # a partner's database exports for MRA
    apply_language(qapp, lang)
    dialog = SyncExportDialog(services, demo_window)
    qtbot.addWidget(dialog)
    dialog.show()
    dialog.path_edit.setText(str(tmp_path / "for-mra.mrasync"))
    dialog.unencrypted_check.setChecked(True)
    dialog.export_button.click()
    _settle()
    assert dialog.result is not None and dialog.message_label.isVisible()
    table = dialog.counts_table
    for row in range(table.rowCount()):
        rect = table.visualRect(table.model().index(row, 0))
        assert table.viewport().rect().contains(rect), f"row {row} of the counts is hidden"
    assert cut_texts(dialog) == []
