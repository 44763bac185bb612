"""Qt's own dialogs speak the interface language and are wide enough for its words."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest
from PySide6.QtCore import QFileInfo
from PySide6.QtGui import QAction
from PySide6.QtWidgets import (
    QAbstractButton,
    QApplication,
    QComboBox,
    QFileDialog,
    QFileIconProvider,
    QLabel,
    QLineEdit,
    QMessageBox,
    QTextEdit,
    QWidget,
)
from shell_fixtures import english  # noqa: F401

from mra_desktop.ui import dialogs
from mra_desktop.ui.i18n import apply_language
from mra_desktop.ui.text_direction import PlainTextEdit

TITLE, TEXT = "mra-desktop", "…"


def _texts(widget: QWidget) -> set[str]:
    found: set[str] = set()
    for child in [widget, *widget.findChildren(QWidget)]:
        if isinstance(child, QLabel | QAbstractButton) and child.text():
            found.add(child.text())
        if child.toolTip():
            found.add(child.toolTip())
        if isinstance(child, QComboBox):
            found.update(child.itemText(i) for i in range(child.count()))
    found.update(action.text() for action in widget.findChildren(QAction) if action.text())
    return found


def _qt_words(qtbot: Any, folder: Path) -> set[str]:
    """Every word Qt shows in the dialogs and menus the program uses."""
    words: set[str] = set()
    for mode in ("open", "save", "folder"):
        dialog = dialogs._file_dialog(None, TITLE, folder, [("Files", "*.pub")])
        dialog.setOption(QFileDialog.Option.DontUseNativeDialog)
        if mode == "save":
            dialog.setAcceptMode(QFileDialog.AcceptMode.AcceptSave)
        if mode == "folder":
            dialog.setFileMode(QFileDialog.FileMode.Directory)
        qtbot.addWidget(dialog)
        dialog.show()
        words |= _texts(dialog)
        dialog.close()
    buttons = QMessageBox.StandardButton
    box = dialogs.message_box(
        None, QMessageBox.Icon.Warning, TITLE, TEXT,
        buttons.Close | buttons.Cancel | buttons.Yes | buttons.No | buttons.Save,
    )
    qtbot.addWidget(box)
    words |= _texts(box)
    for field in (QLineEdit("abc"), PlainTextEdit()):
        menu = field.createStandardContextMenu()
        words.update(a.text() for a in menu.actions() if a.text())
    words.add(QFileIconProvider().type(QFileInfo(str(folder))))
    return words - {TITLE, TEXT, str(folder), dialogs.file_filter("Files", "*.pub"), "OK"}


@pytest.fixture
def folder(tmp_path: Path) -> Path:
    (tmp_path / "inner").mkdir()
    return tmp_path


@pytest.mark.parametrize("lang", ["ar", "fr"])
def test_qt_dialogs_show_no_english(qtbot: Any, english: QApplication, folder: Path, lang: str) -> None:  # noqa: F811
    in_english = _qt_words(qtbot, folder)
    assert "&Look in:" in in_english and "Folder" in in_english  # the check sees them
    apply_language(english, lang)
    still_english = sorted(
        word for word in _qt_words(qtbot, folder) & in_english if any(c.isalpha() for c in word)
    )
    assert still_english == []


@pytest.fixture(params=["ar", "fr"])
def language(request: pytest.FixtureRequest, english: QApplication) -> Iterator[str]:  # noqa: F811
    apply_language(english, request.param)
    yield request.param


def _fits(button: QAbstractButton) -> bool:
    text = button.text().replace("&", "")
    return button.fontMetrics().horizontalAdvance(text) + 16 <= button.width()


def test_a_message_box_is_wide_enough_for_its_words(qtbot: Any, language: str) -> None:
    box = dialogs.message_box(
        None,
        QMessageBox.Icon.Warning,
        TITLE,
        "Close?",
        QMessageBox.StandardButton.Close | QMessageBox.StandardButton.Cancel,
    )
    qtbot.addWidget(box)
    box.show()
    qtbot.waitExposed(box)
    em = box.fontMetrics().horizontalAdvance("M")
    assert box.width() >= dialogs.MESSAGE_WIDTH_EM * em
    assert all(_fits(button) for button in box.buttons())


def test_a_file_dialog_is_wide_enough_for_its_words(qtbot: Any, language: str, folder: Path) -> None:
    dialog = dialogs._file_dialog(None, TITLE, folder, [("Files", "*.pub")])
    dialog.setOption(QFileDialog.Option.DontUseNativeDialog)
    qtbot.addWidget(dialog)
    dialog.show()
    qtbot.waitExposed(dialog)
    em = dialog.fontMetrics().horizontalAdvance("M")
    assert dialog.width() >= dialogs.FILE_DIALOG_SIZE_EM[0] * em
    buttons = [b for b in dialog.findChildren(QAbstractButton) if b.text() and b.isVisible()]
    assert buttons and all(_fits(button) for button in buttons)


def test_the_plain_text_fields_menu_is_translated(qtbot: Any, language: str) -> None:
    field = QTextEdit()
    qtbot.addWidget(field)
    texts = [a.text() for a in field.createStandardContextMenu().actions() if a.text()]
    assert texts and not any("Paste" in t or "Copy" in t for t in texts)
