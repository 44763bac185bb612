"""Tables that show their whole text: nothing elided ("جمعيات المجتمع المد..."), whatever
the language.

A cell wraps its words and its row grows to hold them; a column is never narrower than
the words of its header. Columns of short values (dates, numbers, a state) take the width
of their longest value; the columns of free text share the rest of the table's width.
Where a screen has less room than its headers' words (MRA's side tables in French), a
header wraps its words onto more lines and the header row grows to hold them.

Each cell runs and aligns by its own text's direction (:func:`paragraph_direction`, as
the text fields and the PDF do): an English title in an Arabic table reads "7-day medical
permanence", not "day medical permanence-7".
"""

from __future__ import annotations

from collections.abc import Iterable
from typing import Any

from PySide6.QtCore import (
    QAbstractItemModel,
    QCoreApplication,
    QEvent,
    QModelIndex,
    QObject,
    QRect,
    QSize,
    Qt,
    QTimer,
)
from PySide6.QtGui import QFont, QFontMetrics
from PySide6.QtWidgets import (
    QAbstractItemView,
    QHeaderView,
    QStyle,
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
    the width they were given, never less than their header's words.

    Only the rows in sight are measured (see :class:`_WholeText`): a list of thousands of
    rows costs what a screenful does. A column left to Qt's ResizeToContents is fitted the
    same way. Calling it again on a view adds to what an earlier call asked."""
    view.setWordWrap(True)
    view.setTextElideMode(Qt.TextElideMode.ElideNone)
    if type(view.itemDelegate()) is QStyledItemDelegate:  # Qt's own, not one of a screen
        view.setItemDelegate(OwnDirectionDelegate(view))
    header = view.horizontalHeader()
    header.setTextElideMode(Qt.TextElideMode.ElideNone)
    keeper = view.findChild(_WholeText) or _WholeText(view)
    if view.findChild(_WrappedHeaders) is None:
        _WrappedHeaders(view)
    for column in stretched:
        header.setSectionResizeMode(column, QHeaderView.ResizeMode.Stretch)
    keeper.fit(fitted)


_SETTLE = QEvent.Type(QEvent.registerEventType())
# the view's and its items' properties that change how much room a text takes
_MEASURED_ROLES = frozenset(
    {
        Qt.ItemDataRole.DisplayRole,
        Qt.ItemDataRole.DecorationRole,
        Qt.ItemDataRole.FontRole,
        Qt.ItemDataRole.SizeHintRole,
        Qt.ItemDataRole.CheckStateRole,
    }
)
_REMEASURE_EVENTS = frozenset(
    {
        QEvent.Type.FontChange,
        QEvent.Type.StyleChange,
        QEvent.Type.LanguageChange,
        QEvent.Type.LocaleChange,
        QEvent.Type.LayoutDirectionChange,
    }
)


class _WholeText(QObject):
    """Keeps a table's rows as tall as their wrapped text, and its fitted columns as wide
    as their values, measuring only the rows in sight.

    Qt's ResizeToContents measures every row of the model (and every cell of each) each
    time anything changes; on a list of a few hundred meetings that was half a second
    before the list could paint. Here a row is measured when it comes into sight (with a
    screenful below it, so that scrolling and Page Down find their rows measured), and
    measured again once what decides its height changes: a column's width, the font, the
    language, its data, a new model, rows reset, sorted or filtered. The rows out of
    sight keep the height they had: they only weigh on the scroll bar.

    A fitted column takes its header's width, then grows as wider values come into sight;
    it never shrinks while scrolling (its values would make it jump), only when the
    words change (language, font) or the model is replaced.

    The work is done before Qt paints: every change posts one event, which Qt delivers
    before its (lower-priority) paint; a paint that comes first all the same (a grab)
    measures what it is about to show.
    """

    PASSES = 8  # measuring rows shows others, widening a column changes heights: settles fast

    def __init__(self, view: QTableView) -> None:
        super().__init__(view)
        self.view = view
        self.fitted: set[int] = set()
        self._model: QAbstractItemModel | None = None
        self._selection: QObject | None = None
        self._heights: set[int] = set()  # rows measured at the columns as they are
        self._widths: set[int] = set()  # rows whose values the fitted columns took in
        self._columns: tuple[tuple[int, bool], ...] = ()  # the columns the rows were measured at
        self._refit = True  # the fitted columns start again from their headers' words
        self._follow = False  # the current row changed: keep it in sight once measured
        self._posted = False
        self._busy = False
        view.verticalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Fixed)
        header = view.horizontalHeader()
        header.sectionCountChanged.connect(self._sections_changed)
        header.sectionResized.connect(self.request)
        view.verticalScrollBar().valueChanged.connect(self.request)
        view.installEventFilter(self)
        view.viewport().installEventFilter(self)
        self._watch_model()
        self._keep_headers()

    # -- what is asked -----------------------------------------------------------------
    def fit(self, columns: Iterable[int]) -> None:
        """Fit these columns, and those left to Qt's ResizeToContents."""
        self.fitted.update(columns)
        self._adopt_sections()
        self._keep_headers()
        self._refit = True
        self.request()

    def _adopt_sections(self) -> None:
        header = self.view.horizontalHeader()
        for column in range(header.count()):
            if header.sectionResizeMode(column) == QHeaderView.ResizeMode.ResizeToContents:
                self.fitted.add(column)
        for column in self.fitted:
            if column < header.count():
                header.setSectionResizeMode(column, QHeaderView.ResizeMode.Fixed)

    # -- what changes ------------------------------------------------------------------
    def _watch_model(self) -> None:
        """Follows the view's model and selection model, which may be given later or
        replaced."""
        view = self.view
        model = view.model()
        if model is not self._model:
            if self._model is not None and isValid(self._model):
                for signal, slot in self._model_signals(self._model):
                    signal.disconnect(slot)
            self._model = model
            if model is not None:
                for signal, slot in self._model_signals(model):
                    signal.connect(slot)
            self._forget_all(refit=True)
        selection = view.selectionModel()
        if selection is not self._selection:
            self._selection = selection
            if selection is not None:
                selection.currentChanged.connect(self._current_changed)

    def _model_signals(self, model: QAbstractItemModel) -> list[tuple[Any, Any]]:
        return [
            (model.modelReset, self._forget_all),
            (model.layoutChanged, self._forget_all),
            (model.rowsMoved, self._forget_all),
            (model.rowsInserted, self._rows_inserted),
            (model.rowsRemoved, self._rows_removed),
            (model.dataChanged, self._data_changed),
            (model.headerDataChanged, self._header_changed),
        ]

    def _forget_all(self, *_args: object, refit: bool = False) -> None:
        self._heights.clear()
        self._widths.clear()
        self._refit = self._refit or refit
        self.request()

    def _ours(self, parent: QModelIndex) -> bool:
        """Rows of the level the view shows, while it lives (a QTableWidget empties its
        model as it is destroyed)."""
        return isValid(self.view) and parent == self.view.rootIndex()

    def _rows_inserted(self, parent: QModelIndex, first: int, last: int) -> None:
        if self._ours(parent):
            count = last - first + 1
            self._heights = {row + count if row >= first else row for row in self._heights}
            self._widths = {row + count if row >= first else row for row in self._widths}
            self.request()

    def _rows_removed(self, parent: QModelIndex, first: int, last: int) -> None:
        if self._ours(parent):
            count = last - first + 1

            def moved(rows: set[int]) -> set[int]:
                kept = (row for row in rows if not first <= row <= last)
                return {row - count if row > last else row for row in kept}

            self._heights, self._widths = moved(self._heights), moved(self._widths)
            self.request()

    def _data_changed(
        self, top_left: QModelIndex, bottom_right: QModelIndex, roles: Any = ()
    ) -> None:
        if roles and _MEASURED_ROLES.isdisjoint(roles):
            return  # a colour, a tooltip
        if not self._ours(top_left.parent()):
            return
        rows = range(top_left.row(), bottom_right.row() + 1)
        self._heights.difference_update(rows)
        self._widths.difference_update(rows)
        self.request()

    def _header_changed(self, orientation: Qt.Orientation, *_args: object) -> None:
        if orientation == Qt.Orientation.Horizontal:
            self._keep_headers()
            self._refit = True
            self.request()

    def _sections_changed(self, *_args: object) -> None:
        if not isValid(self.view):
            return
        self._adopt_sections()
        self._watch_model()
        self._keep_headers()
        self._refit = True
        self.request()

    def _current_changed(self, current: QModelIndex, *_args: object) -> None:
        self._follow = current.isValid()  # Qt scrolls to it (autoScroll): heights may change
        self.request()

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:  # noqa: N802
        kind = event.type()
        if watched is self.view:
            if kind in _REMEASURE_EVENTS:
                self._forget_all(refit=True)
            elif kind == QEvent.Type.Show:
                self.request()
        elif kind == QEvent.Type.Paint:
            # a paint before the posted event (a grab): measure what is about to show; no
            # scrolling in the middle of a paint
            self._settle(scroll=False)
        elif kind == QEvent.Type.Resize:
            self.request()
        return False

    def request(self, *_args: object) -> None:
        """Measure before the next paint (once, however many changes come first)."""
        if not self._posted:
            self._posted = True
            QCoreApplication.postEvent(self, QEvent(_SETTLE))

    def event(self, event: QEvent) -> bool:
        if event.type() == _SETTLE:
            self._posted = False
            self._settle(scroll=True)
            return True
        return super().event(event)

    # -- measuring ---------------------------------------------------------------------
    def _settle(self, scroll: bool) -> None:
        view = self.view
        if self._busy or not isValid(view) or not view.isVisible():
            return
        self._watch_model()
        if self._model is None:
            return
        self._busy = True
        try:
            follow = scroll and self._follow and view.hasAutoScroll()
            if scroll:
                self._follow = False
            # scrolled by pixels, a row measured above the first in sight would push the
            # rows being read down: they are held where they were
            by_pixel = scroll and (
                view.verticalScrollMode() == QAbstractItemView.ScrollMode.ScrollPerPixel
            )
            for _ in range(self.PASSES):
                anchor = view.rowAt(0)
                position = view.rowViewportPosition(anchor) if anchor >= 0 else 0
                changed = self._measure(self._rows_in_sight(above=by_pixel))
                if by_pixel and anchor >= 0 and changed:
                    shift = view.rowViewportPosition(anchor) - position
                    if shift:
                        view.updateGeometries()  # the scroll bar's range, for the rows' heights
                        bar = view.verticalScrollBar()
                        bar.setValue(bar.value() + shift)
                if follow and not self._in_sight(view.currentIndex()):
                    view.updateGeometries()  # the scroll bar's range, for rows just read
                    view.scrollTo(view.currentIndex())
                    changed = True
                if not changed:
                    break
        finally:
            self._busy = False

    def _rows_in_sight(self, above: bool) -> list[int]:
        """The rows in the viewport, a screenful below (and above, asked)."""
        header = self.view.verticalHeader()
        count = header.count()
        if count == 0:
            return []
        first = max(header.visualIndexAt(0), 0)
        last = header.visualIndexAt(self.view.viewport().height() - 1)
        if last < 0:
            last = count - 1
        page = last - first + 1
        start = max(first - page, 0) if above else first
        end = min(last + page, count - 1)
        rows = (header.logicalIndex(visual) for visual in range(start, end + 1))
        return [row for row in rows if not header.isSectionHidden(row)]

    def _in_sight(self, index: QModelIndex) -> bool:
        if not index.isValid():
            return True
        rect = self.view.visualRect(index)
        viewport = self.view.viewport().rect()
        if rect.height() > viewport.height():
            return viewport.top() <= rect.top() < viewport.bottom()
        return rect.top() >= viewport.top() and rect.bottom() <= viewport.bottom()

    def _measure(self, rows: list[int]) -> bool:
        """Fits the columns to these rows' values, then measures their heights; whether
        anything changed size."""
        view = self.view
        header = view.horizontalHeader()
        changed = self._fit_columns(rows)
        columns = tuple(
            (header.sectionSize(column), header.isSectionHidden(column))
            for column in range(header.count())
        )
        if columns != self._columns:  # a column resized, hidden or shown: rows wrap anew
            self._columns = columns
            self._heights.clear()
        for row in rows:
            if row in self._heights:
                continue
            self._heights.add(row)
            height = view.rowHeight(row)
            view.resizeRowToContents(row)
            changed = changed or view.rowHeight(row) != height
        return changed

    def _fit_columns(self, rows: list[int]) -> bool:
        view = self.view
        header = view.horizontalHeader()
        if self._refit:  # new words: the columns start again from their headers
            self._refit = False
            self._widths.clear()
            start = {column: header.sectionSizeHint(column) for column in self.fitted}
        else:
            start = {column: header.sectionSize(column) for column in self.fitted}
        new = [row for row in rows if row not in self._widths]
        self._widths.update(new)
        model, root = self._model, view.rootIndex()
        assert model is not None
        grid = 1 if view.showGrid() else 0  # a cell is drawn a grid line narrower (as Qt counts)
        changed = False
        for column, width in start.items():
            if (
                column >= header.count()
                or header.isSectionHidden(column)
                or header.sectionResizeMode(column) != QHeaderView.ResizeMode.Fixed
            ):
                continue  # not shown, or a screen has set its width another way since
            for row in new:
                index = model.index(row, column, root)
                width = max(width, view.sizeHintForIndex(index).width() + grid)
            width = min(max(width, header.minimumSectionSize()), header.maximumSectionSize())
            if width != header.sectionSize(column):
                header.resizeSection(column, width)  # the stretched columns follow
                changed = True
        return changed

    def _keep_headers(self, *_args: object) -> None:
        """An interactive column is never narrower than its header's words: checked when
        asked, on new columns and on new words (a language), not on every change of rows:
        a screen may narrow a column after that, where the words would not fit beside the
        others (MRA's narrow side tables in French)."""
        if not isValid(self.view):
            return
        header = self.view.horizontalHeader()
        for column in range(header.count()):
            if header.sectionResizeMode(column) != QHeaderView.ResizeMode.Interactive:
                continue
            wanted = header.sectionSizeHint(column)
            if header.sectionSize(column) < wanted:
                header.resizeSection(column, wanted)


class _WrappedHeaders(QObject):
    """Header labels wrap at their spaces when their column is narrower than their words,
    and the header row grows to the tallest: "Association partenaire" on two lines rather
    than "ociation parten". Where every label fits on one line the header is Qt's own."""

    def __init__(self, view: QTableView) -> None:
        super().__init__(view)
        self.view = view
        header = view.horizontalHeader()
        wrap = Qt.AlignmentFlag(int(Qt.TextFlag.TextWordWrap))
        header.setDefaultAlignment(header.defaultAlignment() | wrap)
        self._timer = QTimer(self)
        self._timer.setSingleShot(True)
        self._timer.setInterval(0)
        self._timer.timeout.connect(self.fit)
        # (QTimer.start would take a signal's first number for its interval)
        header.sectionResized.connect(self.request)
        header.sectionCountChanged.connect(self.request)
        header.geometriesChanged.connect(self.request)
        header.installEventFilter(self)
        self._timer.start()

    def request(self, *_args: object) -> None:
        self._timer.start()

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:  # noqa: N802
        if event.type() in _REMEASURE_EVENTS or event.type() == QEvent.Type.Show:
            self.request()
        return False

    def needed_height(self) -> int:
        """The height the tallest wrapped label needs (0 when every one fits on a line)."""
        header = self.view.horizontalHeader()
        model = header.model()
        if model is None:
            return 0
        style = header.style()
        margin = style.pixelMetric(QStyle.PixelMetric.PM_HeaderMargin, None, header)
        arrow = style.pixelMetric(QStyle.PixelMetric.PM_HeaderMarkSize, None, header)
        font = QFont(header.font())
        font.setBold(True)  # the highlighted section's label is drawn in bold
        metrics = QFontMetrics(font)
        one_line = metrics.height()
        tallest = 0
        for column in range(header.count()):
            if header.isSectionHidden(column):
                continue
            text = str(model.headerData(column, Qt.Orientation.Horizontal) or "")
            width = header.sectionSize(column) - 2 * margin
            if header.isSortIndicatorShown() and header.sortIndicatorSection() == column:
                width -= arrow + margin
            if not text or metrics.horizontalAdvance(text) <= width:
                continue
            flags = int(Qt.AlignmentFlag.AlignCenter) | int(Qt.TextFlag.TextWordWrap)
            height = metrics.boundingRect(QRect(0, 0, max(width, 1), 100000), flags, text).height()
            if height > one_line:
                tallest = max(tallest, height + 2 * margin)
        return tallest

    def fit(self) -> None:
        if not isValid(self.view):
            return
        header = self.view.horizontalHeader()
        height = self.needed_height()
        if height != header.minimumHeight():
            header.setMinimumHeight(height)
            self.view.updateGeometries()  # the header row and the rows below it move


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
