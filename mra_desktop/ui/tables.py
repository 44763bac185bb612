"""Tables that show their whole text: nothing elided ("جمعيات المجتمع المد..."), whatever
the language.

A cell wraps its words and its row grows to hold them; a column is never narrower than
the words of its header. Columns of short values (dates, numbers, a state) take the width
of their longest value; the columns of free text share the rest of the table's width.

Each cell runs and aligns by its own text's direction (:func:`paragraph_direction`, as
the text fields and the PDF do): an English title in an Arabic table reads "7-day medical
permanence", not "day medical permanence-7".
"""

from __future__ import annotations

from collections.abc import Iterable

from PySide6.QtCore import QEvent, QModelIndex, QObject, QRect, QSize, Qt, QTimer
from PySide6.QtWidgets import (
    QHeaderView,
    QStyledItemDelegate,
    QStyleOptionViewItem,
    QTableView,
    QTreeView,
)
from shiboken6 import isValid

from mra_desktop.core.direction import paragraph_direction
from mra_desktop.ui.i18n import current_language


class OwnDirectionDelegate(QStyledItemDelegate):
    """Draws and measures each cell in the direction its own text runs."""

    def initStyleOption(self, option: QStyleOptionViewItem, index: QModelIndex) -> None:  # noqa: N802
        super().initStyleOption(option, index)
        if option.text:
            rtl = paragraph_direction(option.text, current_language()) == "rtl"
            option.direction = (
                Qt.LayoutDirection.RightToLeft if rtl else Qt.LayoutDirection.LeftToRight
            )


def show_whole_text(
    view: QTableView,
    fitted: Iterable[int] = (),
    stretched: Iterable[int] = (),
) -> None:
    """Wrap every cell and let rows grow; ``fitted`` columns take the width of their
    longest value (and header), ``stretched`` ones share what is left; the others keep
    the width they were given, never less than their header's words."""
    view.setWordWrap(True)
    view.setTextElideMode(Qt.TextElideMode.ElideNone)
    if type(view.itemDelegate()) is QStyledItemDelegate:  # Qt's own, not one of a screen
        view.setItemDelegate(OwnDirectionDelegate(view))
    view.verticalHeader().setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
    header = view.horizontalHeader()
    header.setTextElideMode(Qt.TextElideMode.ElideNone)
    for column in fitted:
        header.setSectionResizeMode(column, QHeaderView.ResizeMode.ResizeToContents)
    for column in stretched:
        header.setSectionResizeMode(column, QHeaderView.ResizeMode.Stretch)
    _HeaderKeeper(view)


class _HeaderKeeper(QObject):
    """Widens an interactive column whose header's words would not fit (on a new model,
    new headers, or a change of language)."""

    def __init__(self, view: QTableView) -> None:
        super().__init__(view)
        self.view = view
        self._model: QObject | None = None
        # a model given later, or another one, shows as a new count of sections
        view.horizontalHeader().sectionCountChanged.connect(self.fit)
        # a column that changes width changes how many lines its cells wrap to: Qt does
        # not measure the rows again by itself
        self._rows = QTimer(self)
        self._rows.setSingleShot(True)
        self._rows.setInterval(0)
        self._rows.timeout.connect(view.resizeRowsToContents)
        view.horizontalHeader().sectionResized.connect(lambda *_a: self._rows.start())
        self.fit()

    def fit(self, *_args: object) -> None:
        if not isValid(self.view):  # a QTableWidget empties its model as it is destroyed
            return
        model = self.view.model()
        if model is not None and model is not self._model:
            self._model = model
            model.headerDataChanged.connect(self.fit)
            model.modelReset.connect(self.fit)
            model.layoutChanged.connect(self.fit)
        header = self.view.horizontalHeader()
        for column in range(header.count()):
            if header.sectionResizeMode(column) != QHeaderView.ResizeMode.Interactive:
                continue
            wanted = header.sectionSizeHint(column)
            if header.sectionSize(column) < wanted:
                header.resizeSection(column, wanted)


def wrap_tree_rows(view: QTreeView) -> None:
    """A tree whose items wrap their words: rows are measured again when it is shown or
    changes width (Qt keeps the heights it measured at the first layout, at whatever
    width the tree had then)."""
    view.setWordWrap(True)
    view.setUniformRowHeights(False)
    view.setTextElideMode(Qt.TextElideMode.ElideNone)
    view.setItemDelegate(_WrappingDelegate(view))
    _Remeasure(view)


class _WrappingDelegate(OwnDirectionDelegate):
    """Measures an item at the width of its column (QTreeView measures it on one line)."""

    def __init__(self, view: QTreeView) -> None:
        super().__init__(view)
        self.view = view

    def sizeHint(self, option: QStyleOptionViewItem, index: QModelIndex) -> QSize:  # noqa: N802
        depth = 0
        parent = index.parent()
        while parent.isValid():
            depth += 1
            parent = parent.parent()
        indent = self.view.indentation() * (depth + (1 if self.view.rootIsDecorated() else 0))
        width = self.view.columnWidth(index.column()) - (indent if index.column() == 0 else 0)
        measured = QStyleOptionViewItem(option)
        measured.rect = QRect(0, 0, max(width, 1), 100000)
        return super().sizeHint(measured, index)


class _Remeasure(QObject):
    def __init__(self, view: QTreeView) -> None:
        super().__init__(view)
        self.view = view
        self.timer = QTimer(self)
        self.timer.setSingleShot(True)
        self.timer.setInterval(0)
        self.timer.timeout.connect(view.doItemsLayout)
        view.header().sectionResized.connect(lambda *_a: self.timer.start())
        view.installEventFilter(self)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:  # noqa: N802
        if event.type() in (QEvent.Type.Show, QEvent.Type.Resize):
            self.timer.start()
        return False
