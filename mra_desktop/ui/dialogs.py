"""Qt's own dialogs (files, messages) as the program opens them: in the interface
language, wide enough for it, with file patterns that keep their order in Arabic.

Qt's words ("Look in:", "Cancel") come from Qt's translations, which the language module
loads (:mod:`mra_desktop.ui.i18n`), completed by the program's own for what Qt's Arabic
and French lack. A message box or a file dialog sized for English words cuts Arabic and
French ones ("ألغِ" shown as "الغ"): each is made at least :data:`MESSAGE_WIDTH_EM` or
:data:`FILE_DIALOG_SIZE_EM` wide, and every button at least as wide as its words.

Each function is one question to the user; tests replace them.
"""

from __future__ import annotations

from collections.abc import Sequence
from pathlib import Path

from PySide6.QtCore import QSize
from PySide6.QtWidgets import (
    QAbstractButton,
    QDialog,
    QFileDialog,
    QGridLayout,
    QLineEdit,
    QMessageBox,
    QSizePolicy,
    QSpacerItem,
    QWidget,
)

from mra_desktop.ui.sentences import file_filter
from mra_desktop.ui.text_direction import follow_text_direction

#: (label, patterns): "Public keys", "*.pub"
Filter = tuple[str, str]

#: the narrowest message box and file dialog, in widths of the letter "M" of the font
MESSAGE_WIDTH_EM = 26
FILE_DIALOG_SIZE_EM = (52, 32)


def _em(widget: QWidget) -> int:
    return max(widget.fontMetrics().horizontalAdvance("M"), 8)


def fit_buttons(dialog: QWidget) -> None:
    """Every button of ``dialog`` at least as wide as its words, with room on each side."""
    for button in dialog.findChildren(QAbstractButton):
        text = button.text().replace("&&", "\0").replace("&", "").replace("\0", "&")
        if not text:
            continue
        wanted = button.fontMetrics().horizontalAdvance(text) + 3 * _em(button)
        if button.minimumWidth() < wanted:
            button.setMinimumWidth(wanted)


def _filters(filters: Sequence[Filter]) -> str:
    return ";;".join(file_filter(label, patterns) for label, patterns in filters)


def _file_dialog(
    parent: QWidget | None, title: str, start: str | Path, filters: Sequence[Filter]
) -> QFileDialog:
    dialog = QFileDialog(parent, title, str(start), _filters(filters))
    em = _em(dialog)
    width, height = FILE_DIALOG_SIZE_EM
    dialog.resize(dialog.sizeHint().expandedTo(QSize(width * em, height * em)))
    fit_buttons(dialog)
    # Qt's own dialog (where there is no native one): a file name typed runs by its text
    file_name = dialog.findChild(QLineEdit, "fileNameEdit")
    if file_name is not None:
        follow_text_direction(file_name)
    return dialog


def open_file_name(
    parent: QWidget | None, title: str, start: str | Path, filters: Sequence[Filter]
) -> str:
    """A file to open ("" when the user cancels)."""
    dialog = _file_dialog(parent, title, start, filters)
    dialog.setFileMode(QFileDialog.FileMode.ExistingFile)
    if dialog.exec() != QDialog.DialogCode.Accepted or not dialog.selectedFiles():
        return ""
    return dialog.selectedFiles()[0]


def open_file_names(
    parent: QWidget | None, title: str, start: str | Path, filters: Sequence[Filter]
) -> list[str]:
    """Files to open (none when the user cancels)."""
    dialog = _file_dialog(parent, title, start, filters)
    dialog.setFileMode(QFileDialog.FileMode.ExistingFiles)
    if dialog.exec() != QDialog.DialogCode.Accepted:
        return []
    return list(dialog.selectedFiles())


def save_file_name(
    parent: QWidget | None,
    title: str,
    start: str | Path,
    filters: Sequence[Filter],
    suffix: str,
) -> str:
    """Where to write a file ("" when the user cancels); ``suffix`` ("pdf") is added to a
    name typed without it."""
    dialog = _file_dialog(parent, title, start, filters)
    dialog.setAcceptMode(QFileDialog.AcceptMode.AcceptSave)
    dialog.setFileMode(QFileDialog.FileMode.AnyFile)
    dialog.setDefaultSuffix(suffix)
    if dialog.exec() != QDialog.DialogCode.Accepted or not dialog.selectedFiles():
        return ""
    path = dialog.selectedFiles()[0]
    if not path.lower().endswith("." + suffix.lower()):
        path += "." + suffix
    return path


def existing_folder(parent: QWidget | None, title: str, start: str | Path) -> str:
    """A folder ("" when the user cancels)."""
    dialog = _file_dialog(parent, title, start, [])
    dialog.setFileMode(QFileDialog.FileMode.Directory)
    dialog.setOption(QFileDialog.Option.ShowDirsOnly, True)
    if dialog.exec() != QDialog.DialogCode.Accepted or not dialog.selectedFiles():
        return ""
    return dialog.selectedFiles()[0]


def message_box(
    parent: QWidget | None,
    icon: QMessageBox.Icon,
    title: str,
    text: str,
    buttons: QMessageBox.StandardButton = QMessageBox.StandardButton.Ok,
    default: QMessageBox.StandardButton = QMessageBox.StandardButton.NoButton,
) -> QMessageBox:
    """A message box wide enough for its words in the interface language (not shown)."""
    box = QMessageBox(icon, title, text, buttons, parent)
    if default != QMessageBox.StandardButton.NoButton:
        box.setDefaultButton(default)
    widen(box)
    return box


def widen(box: QMessageBox) -> None:
    """Make a message box at least :data:`MESSAGE_WIDTH_EM` wide, and its buttons as wide
    as their words (QMessageBox sizes itself and ignores a minimum width: a spacer in its
    grid is the way it takes one)."""
    layout = box.layout()
    if isinstance(layout, QGridLayout):
        spacer = QSpacerItem(
            MESSAGE_WIDTH_EM * _em(box), 0, QSizePolicy.Policy.Minimum, QSizePolicy.Policy.Fixed
        )
        layout.addItem(spacer, layout.rowCount(), 0, 1, layout.columnCount())
    fit_buttons(box)


def show_message(
    parent: QWidget | None, icon: QMessageBox.Icon, title: str, text: str
) -> None:
    """Tell the user something, with one button to close the box."""
    message_box(parent, icon, title, text).exec()


def ask(
    parent: QWidget | None,
    title: str,
    text: str,
    buttons: QMessageBox.StandardButton,
    default: QMessageBox.StandardButton,
) -> QMessageBox.StandardButton:
    """A question with standard buttons; the button pressed (``default`` on Escape when
    it is the escape button)."""
    box = message_box(parent, QMessageBox.Icon.Warning, title, text, buttons, default)
    return QMessageBox.StandardButton(box.exec())
