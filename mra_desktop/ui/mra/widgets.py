"""Small pieces MRA's screens share: text saved as it is typed, a heading, a table."""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QEvent, QItemSelectionModel, QObject, Qt, QTimer
from PySide6.QtWidgets import (
    QAbstractItemView,
    QLabel,
    QTableView,
    QTextEdit,
    QWidget,
)

SAVE_DELAY_MS = 700


class TextSaver(QObject):
    """Saves an editor's text about a second after the last keystroke, and at once when
    the editor loses focus or :meth:`flush` is called (nothing typed is lost).

    ``save(text)`` raises to refuse; ``failed(error)`` then shows why, and the text stays
    in the editor to be saved again."""

    def __init__(
        self,
        editor: QTextEdit,
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
            self.editor.setPlainText(text)
        finally:
            self._loading = False
        self._pending = False

    def _typed(self) -> None:
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
        try:
            self._save(self.editor.toPlainText())
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


def heading(parent: QWidget | None = None, scale: float = 1.4) -> QLabel:
    label = QLabel(parent)
    font = label.font()
    font.setPointSizeF(font.pointSizeF() * scale)
    font.setBold(True)
    label.setFont(font)
    return label


def read_only_table(name: str) -> QTableView:
    table = QTableView()
    table.setObjectName(name)
    table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
    table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
    table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
    table.setAlternatingRowColors(True)
    table.setWordWrap(False)
    table.verticalHeader().setVisible(False)
    table.setTabKeyNavigation(False)
    table.setHorizontalScrollMode(QAbstractItemView.ScrollMode.ScrollPerPixel)
    table.setTextElideMode(Qt.TextElideMode.ElideRight)
    return table
