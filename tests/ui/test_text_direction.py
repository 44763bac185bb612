"""Every text field runs and aligns the way its own text runs, whatever the interface
language, decided by the rule the PDF uses (core/direction.py)."""

from __future__ import annotations

from collections.abc import Iterator
from typing import Any

import pytest
from PySide6.QtCore import QCoreApplication, QEvent, Qt
from PySide6.QtGui import QKeyEvent
from PySide6.QtWidgets import (
    QAbstractSpinBox,
    QApplication,
    QComboBox,
    QLineEdit,
    QMainWindow,
    QPlainTextEdit,
    QTextEdit,
    QWidget,
)
from shell_fixtures import english  # noqa: F401

from mra_desktop.ui.autosave import Autosaver
from mra_desktop.ui.history import History
from mra_desktop.ui.i18n import apply_language
from mra_desktop.ui.meeting.widgets import TextField
from mra_desktop.ui.meeting.workspace import STEPS, MeetingWorkspace
from mra_desktop.ui.text_direction import LineEdit, follows_text_direction

RTL, LTR = Qt.LayoutDirection.RightToLeft, Qt.LayoutDirection.LeftToRight
MIXED_ARABIC = "MRA: اجتماع اللجنة المحلية بتازة مع وكيل الملك."
FRENCH = "Le CHU de Fès (المستشفى) a ouvert une unité."


def type_text(widget: QWidget, text: str) -> None:
    for char in text:
        for kind in (QEvent.Type.KeyPress, QEvent.Type.KeyRelease):
            QCoreApplication.sendEvent(widget, QKeyEvent(kind, 0, Qt.KeyboardModifier.NoModifier, char))


def blocks(field: QTextEdit) -> list[tuple[str, Qt.LayoutDirection]]:
    found = []
    block = field.document().begin()
    while block.isValid():
        found.append((block.text(), block.textDirection()))
        block = block.next()
    return found


@pytest.fixture
def arabic(english: QApplication) -> Iterator[QApplication]:  # noqa: F811
    apply_language(english, "ar")
    yield english


def test_a_paragraph_runs_the_way_most_of_its_letters_run_as_it_is_typed(qtbot: Any, arabic: Any) -> None:
    field = TextField(4)
    qtbot.addWidget(field)
    field.show()
    edits: list[str] = []
    field.textChanged.connect(lambda: edits.append(field.toPlainText()))
    assert blocks(field) == [("", RTL)]  # empty: the interface's side
    type_text(field, MIXED_ARABIC)
    # Qt's first-strong-letter rule would make this line left to right ("M")
    assert blocks(field) == [(MIXED_ARABIC, RTL)]
    qtbot.keyClick(field, Qt.Key.Key_Return)
    assert blocks(field)[1] == ("", RTL)  # an empty paragraph takes the field's side
    type_text(field, FRENCH)
    assert blocks(field) == [(MIXED_ARABIC, RTL), (FRENCH, LTR)]
    # the direction is a format, not an edit: the field reports each keystroke once
    assert len(edits) == len(MIXED_ARABIC) + 1 + len(FRENCH)


def test_a_french_note_in_an_arabic_interface_and_back(qtbot: Any, arabic: Any) -> None:
    field = TextField(4)
    qtbot.addWidget(field)
    field.set_text_quietly("Compte rendu : 12 participants.\n2022\nوكيل الملك حاضر")
    assert blocks(field) == [
        ("Compte rendu : 12 participants.", LTR),
        ("2022", LTR),  # no letters: the field's direction (mostly French)
        ("وكيل الملك حاضر", RTL),
    ]
    assert field.layoutDirection() == LTR
    apply_language(arabic, "fr")
    field.set_text_quietly("")
    assert blocks(field) == [("", LTR)]


def test_the_last_line_of_an_arabic_paragraph_stands_on_the_right(qtbot: Any, arabic: Any) -> None:
    field = TextField(6)
    qtbot.addWidget(field)
    field.resize(260, 200)
    field.show()
    field.set_text_quietly(
        "اجتماع اللجنة المحلية للتكفل بالنساء ضحايا العنف بمدينة تازة في شهر ماي "
        "مع ممثلي النيابة العامة والشرطة"
    )
    qtbot.waitUntil(lambda: field.document().begin().layout().lineCount() > 1)
    layout = field.document().begin().layout()
    right_edges = [layout.lineAt(i).naturalTextRect().right() for i in range(layout.lineCount())]
    width = field.viewport().width()
    assert all(edge > width - 20 for edge in right_edges), (right_edges, width)


@pytest.mark.parametrize(
    ("language", "text", "expected"),
    [
        ("fr", "MRA: اجتماع اللجنة", RTL),
        ("ar", "Le CHU de Fès", LTR),
        ("ar", "", RTL),
        ("fr", "", LTR),
        ("ar", "2022", RTL),
        ("ar", "/home/amal/rapport.pdf", LTR),
    ],
)
def test_a_line_runs_the_way_its_text_runs(qtbot: Any, english: Any, language: str, text: str, expected: Any) -> None:  # noqa: F811
    apply_language(english, language)
    line = LineEdit()
    qtbot.addWidget(line)
    type_text(line, text)
    assert line.layoutDirection() == expected
    assert line.text() == text


def _text_inputs(root: QWidget) -> list[QWidget]:
    found = []
    for widget in root.findChildren(QWidget):
        if isinstance(widget, QLineEdit):
            parent = widget.parentWidget()
            if isinstance(parent, QAbstractSpinBox | QComboBox):
                continue  # numbers and dates; a list's own editor
            if widget.echoMode() != QLineEdit.EchoMode.Normal:
                continue  # a passphrase shows no letters
            found.append(widget)
        elif isinstance(widget, QTextEdit | QPlainTextEdit) and not widget.isReadOnly():
            found.append(widget)
    return found


def test_every_field_of_a_meeting_follows_its_text(qtbot: Any, services: Any, meeting: Any, arabic: Any) -> None:
    services.changes.create(meeting_id=meeting.id, sector="health", title="Free certificates")
    services.action_items.create(meeting_id=meeting.id, sector="health", action="stop", text="Fees")
    window = QMainWindow()
    autosaver = Autosaver(services)
    workspace = MeetingWorkspace(services, autosaver, History(services, autosaver), meeting.id)
    window.setCentralWidget(workspace)
    qtbot.addWidget(window)
    window.show()
    checked = 0
    for step in STEPS:
        workspace.set_step(step)
        for widget in _text_inputs(workspace):
            assert follows_text_direction(widget), f"{step}: {type(widget).__name__} {widget.objectName()}"
            checked += 1
    assert checked > 20


def test_every_field_of_the_other_screens_follows_its_text(qtbot: Any, services: Any, meeting: Any, arabic: Any) -> None:
    from mra_desktop.ui.export_pdf_dialog import ExportPdfDialog
    from mra_desktop.ui.first_run import FirstRunDialog
    from mra_desktop.ui.main_window import SETUP_PAGE, MainWindow
    from mra_desktop.ui.settings import SettingsDialog
    from mra_desktop.ui.sync_export_dialog import SyncExportDialog

    window = MainWindow(services)
    qtbot.addWidget(window)
    window.show()
    window.open_meeting(meeting.id, SETUP_PAGE)
    window.show_import()
    screens: list[QWidget] = [
        window,
        FirstRunDialog(services),
        SettingsDialog(services, window),
        ExportPdfDialog(services, meeting.id, window),
        SyncExportDialog(services, window),
    ]
    unfollowed = []
    checked = 0
    for screen in screens:
        for widget in _text_inputs(screen):
            checked += 1
            if not follows_text_direction(widget):
                unfollowed.append(f"{type(screen).__name__}: {type(widget).__name__} {widget.objectName()}")
    assert unfollowed == []
    assert checked > 10
