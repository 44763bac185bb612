"""Small pieces MRA's screens share: text saved as it is typed, a heading, a table, the
actions of MRA's menus."""

from __future__ import annotations

from collections.abc import Callable, Iterable
from typing import Any

from PySide6.QtCore import QEvent, QItemSelectionModel, QObject, QTimer
from PySide6.QtGui import QAction, QKeySequence
from PySide6.QtWidgets import (
    QAbstractItemView,
    QLineEdit,
    QTableView,
    QTextEdit,
)

from mra_desktop.ui.tables import show_whole_text

SAVE_DELAY_MS = 700


class TextSaver(QObject):
    """Saves an editor's text about a second after the last keystroke, and at once when
    the editor loses focus or :meth:`flush` is called (nothing typed is lost).

    ``save(text)`` raises to refuse; ``failed(error)`` then shows why, and the text stays
    in the editor to be saved again."""

    def __init__(
        self,
        editor: QTextEdit | QLineEdit,
        save: Callable[[str], None],
        failed: Callable[[Exception], None],
        parent: QObject | None = None,
    ) -> None:
        super().__init__(parent or editor)
        self.editor = editor
        self._save = save
        self._failed = failed
        self._pending = False
        self._loading = False
        self.timer = QTimer(self)
        self.timer.setSingleShot(True)
        self.timer.setInterval(SAVE_DELAY_MS)
        self.timer.timeout.connect(self.flush)
        editor.textChanged.connect(self._typed)
        editor.installEventFilter(self)

    def load(self, text: str) -> None:
        """Show stored text (not an edit: nothing is saved)."""
        self.flush()
        self._loading = True
        try:
            if isinstance(self.editor, QLineEdit):
                self.editor.setText(text)
                self.editor.setCursorPosition(0)
            else:
                self.editor.setPlainText(text)
        finally:
            self._loading = False
        self._pending = False

    def _typed(self, *_args: object) -> None:
        if self._loading:
            return
        self._pending = True
        self.timer.start()

    @property
    def pending(self) -> bool:
        return self._pending

    def flush(self) -> bool:
        self.timer.stop()
        if not self._pending:
            return True
        self._pending = False
        editor = self.editor
        text = editor.text() if isinstance(editor, QLineEdit) else editor.toPlainText()
        try:
            self._save(text)
        except Exception as exc:  # shown where the text is; it stays to be saved again
            self._pending = True
            self._failed(exc)
            return False
        return True

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if watched is self.editor and event.type() == QEvent.Type.FocusOut:
            self.flush()
        return False


def select_row(table: QTableView, row: int, column: int = 0) -> None:
    """Make ``row`` the current, selected row (QTableView.selectRow loses the current
    index in a right-to-left layout)."""
    model = table.model()
    if model is None or not 0 <= row < model.rowCount():
        return
    index = model.index(row, column)
    table.selectionModel().setCurrentIndex(
        index,
        QItemSelectionModel.SelectionFlag.ClearAndSelect | QItemSelectionModel.SelectionFlag.Rows,
    )
    table.scrollTo(index)


def read_only_table(name: str) -> QTableView:
    table = QTableView()
    table.setObjectName(name)
    table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
    table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
    table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
    table.setAlternatingRowColors(True)
    table.verticalHeader().setVisible(False)
    table.setTabKeyNavigation(False)
    table.setHorizontalScrollMode(QAbstractItemView.ScrollMode.ScrollPerPixel)
    show_whole_text(table)  # cells wrap, rows grow: nothing is elided
    return table


def window_action(window: Any, shortcut: str | None, slot: Callable[[], Any]) -> QAction:
    """An action of a menu of MRA's side, its shortcut working anywhere in the window."""
    action = QAction(window)
    if shortcut:
        action.setShortcut(QKeySequence(shortcut))
    action.triggered.connect(slot)
    window.addAction(action)
    return action


def word_actions(texts: Iterable[tuple[QAction, str, str]]) -> None:
    """Give each action its text, and its tip (with the shortcut) as tooltip and status."""
    from mra_desktop.ui.meeting_list import with_shortcut

    for action, text, tip in texts:
        action.setText(text)
        action.setToolTip(with_shortcut(tip, action.shortcut()))
        action.setStatusTip(tip)


def person_name(db: Any) -> str:
    """The name of the person at this computer (Settings, kept in the database), recorded
    with each review, flag, summary and choice."""
    from mra_desktop.core.identity import database_identity

    return database_identity(db).facilitator
