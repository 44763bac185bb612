"""Tables that show their whole text measure the rows in sight, not every row of their
model: a list of thousands of meetings opens as fast as one of a dozen, and what the
facilitator sees is never cut — after scrolling, a column resized, a value changed, a
font or a language changed, in English as in Arabic."""

from __future__ import annotations

from typing import Any

import pytest
from cut_text import cut_texts
from PySide6.QtCore import QAbstractTableModel, QModelIndex, QPersistentModelIndex, Qt
from PySide6.QtGui import QFont
from PySide6.QtWidgets import (
    QAbstractItemView,
    QHeaderView,
    QStyleOptionViewItem,
    QTableView,
)
from row_heights import narrow_columns, rows_in_sight, settle, wrongly_measured
from shell_fixtures import english  # noqa: F401

from mra_desktop.ui.i18n import apply_language
from mra_desktop.ui.tables import OwnDirectionDelegate, show_whole_text

AnyIndex = QModelIndex | QPersistentModelIndex
WORDS = "the commission of Taza agreed on free medical certificates for women".split()
ARABIC = "اتفقت اللجنة المحلية بتازة على شواهد طبية مجانية للنساء ضحايا العنف".split()


def long_text(row: int, words: list[str] = WORDS) -> str:
    """Between one and four lines' worth of words, varying from row to row."""
    count = 2 + (row * 7) % 23
    return " ".join(words[(row + n) % len(words)] for n in range(count))


class PagedModel(QAbstractTableModel):
    """Rows read a page at a time as the view scrolls to them (like the meetings list):
    a number, a text of several words and a short value."""

    def __init__(self, rows: list[list[str]], page: int = 0) -> None:
        super().__init__()
        self.rows = rows
        self.page = page or len(rows)
        self.shown = min(self.page, len(rows))

    def rowCount(self, parent: AnyIndex = QModelIndex()) -> int:  # noqa: B008, N802
        return 0 if parent.isValid() else self.shown

    def columnCount(self, parent: AnyIndex = QModelIndex()) -> int:  # noqa: B008, N802
        return 0 if parent.isValid() else 3

    def data(self, index: AnyIndex, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if role == Qt.ItemDataRole.DisplayRole:
            return self.rows[index.row()][index.column()]
        return None

    def headerData(self, section: int, orientation: Qt.Orientation, role: int = 0) -> Any:  # noqa: N802
        if orientation == Qt.Orientation.Horizontal and role == Qt.ItemDataRole.DisplayRole:
            return ("No.", "What was agreed", "Sector")[section]
        return None

    def canFetchMore(self, parent: AnyIndex = QModelIndex()) -> bool:  # noqa: B008, N802
        return not parent.isValid() and self.shown < len(self.rows)

    def fetchMore(self, parent: AnyIndex = QModelIndex()) -> None:  # noqa: B008, N802
        more = min(self.page, len(self.rows) - self.shown)
        self.beginInsertRows(QModelIndex(), self.shown, self.shown + more - 1)
        self.shown += more
        self.endInsertRows()

    def set_text(self, row: int, text: str) -> None:
        self.rows[row][1] = text
        self.dataChanged.emit(self.index(row, 1), self.index(row, 1))


class CountingDelegate(OwnDirectionDelegate):
    """Counts the cells measured."""

    measured = 0

    def sizeHint(self, option: QStyleOptionViewItem, index: QModelIndex) -> Any:  # noqa: N802
        self.measured += 1
        return super().sizeHint(option, index)


def make_rows(count: int, words: list[str] = WORDS, sector: str = "Justice") -> list[list[str]]:
    return [[str(n + 1), long_text(n, words), sector] for n in range(count)]


def table(qtbot: Any, model: PagedModel, width: int = 700, height: int = 420) -> QTableView:
    view = QTableView()
    qtbot.addWidget(view)
    view.setItemDelegate(CountingDelegate(view))
    view.setModel(model)
    view.verticalHeader().hide()
    view.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
    view.setColumnWidth(2, 90)
    show_whole_text(view, fitted=[0], stretched=[1])
    view.resize(width, height)
    view.show()
    qtbot.waitExposed(view)
    settle()
    return view


def scroll_to_bottom(view: QTableView) -> int:
    """Scrolls down a few rows at a time, as a wheel does, checking every step;
    returns the number of steps."""
    bar = view.verticalScrollBar()
    steps = 0
    while True:
        before = (bar.value(), view.model().rowCount())
        bar.setValue(bar.value() + 3)
        settle()
        steps += 1
        assert wrongly_measured(view) == [], f"step {steps}"
        assert narrow_columns(view, [0]) == [], f"step {steps}"
        assert cut_texts(view) == [], f"step {steps}"
        if (bar.value(), view.model().rowCount()) == before:
            return steps


def test_only_the_rows_in_sight_are_measured_whatever_the_size_of_the_model(
    qtbot: Any, english: Any  # noqa: F811
) -> None:
    measured = {}
    for count in (150, 3000):
        view = table(qtbot, PagedModel(make_rows(count)))
        measured[count] = view.itemDelegate().measured
        assert wrongly_measured(view) == []
        assert narrow_columns(view, [0]) == []
        assert cut_texts(view) == []
    # the same rows are in sight: the same cells are measured
    assert measured[3000] == measured[150]
    assert measured[3000] < 3 * len(rows_in_sight(view)) * 3 * 2


def test_scrolling_down_a_long_list_shows_every_row_whole(qtbot: Any, english: Any) -> None:  # noqa: F811
    model = PagedModel(make_rows(260), page=50)
    view = table(qtbot, model)
    assert model.rowCount() == 50
    assert scroll_to_bottom(view) > 20
    assert model.rowCount() == 260  # every page was read as the view came to it
    assert view.rowAt(view.viewport().height() - 1) in (-1, 259)
    # and back up again
    view.scrollToTop()
    settle()
    assert wrongly_measured(view) == []
    assert cut_texts(view) == []


def test_scrolling_by_pixels_moves_the_rows_by_as_many_pixels(qtbot: Any, english: Any) -> None:  # noqa: F811
    """A style that scrolls by pixels (macOS's): measuring the rows coming into sight
    above must not push the rows the facilitator is reading down."""
    view = table(qtbot, PagedModel(make_rows(300)))
    view.setVerticalScrollMode(QAbstractItemView.ScrollMode.ScrollPerPixel)
    bar = view.verticalScrollBar()
    view.scrollTo(view.model().index(200, 0), QAbstractItemView.ScrollHint.PositionAtTop)
    settle()
    assert wrongly_measured(view) == []
    for _ in range(15):
        middle = view.rowAt(view.viewport().height() // 2)
        before = view.rowViewportPosition(middle)
        bar.setValue(bar.value() - 40)
        settle()
        assert view.rowViewportPosition(middle) == before + 40
        assert wrongly_measured(view) == []
        assert cut_texts(view) == []


def test_a_column_resized_by_the_user_measures_the_rows_again(qtbot: Any, english: Any) -> None:  # noqa: F811
    model = PagedModel(make_rows(400))
    view = table(qtbot, model)
    view.verticalScrollBar().setValue(120)
    settle()
    header = view.horizontalHeader()
    header.setSectionResizeMode(1, QHeaderView.ResizeMode.Interactive)  # the user may drag it
    rows = rows_in_sight(view)
    heights = [view.rowHeight(row) for row in rows]
    wide = header.sectionSize(1)
    header.resizeSection(1, wide // 2)  # as a drag of its edge does
    settle()
    assert wrongly_measured(view) == []
    assert cut_texts(view) == []
    assert sum(view.rowHeight(row) for row in rows) > sum(heights)  # more lines each
    header.resizeSection(1, wide)
    settle()
    assert [view.rowHeight(row) for row in rows] == heights
    assert wrongly_measured(view) == []
    assert cut_texts(view) == []


def test_a_row_whose_text_changes_is_measured_again(qtbot: Any, english: Any) -> None:  # noqa: F811
    model = PagedModel(make_rows(400))
    view = table(qtbot, model)
    row = rows_in_sight(view)[2]
    height = view.rowHeight(row)
    model.set_text(row, " ".join(WORDS * 6))
    settle()
    assert view.rowHeight(row) > height
    assert wrongly_measured(view) == []
    assert cut_texts(view) == []


def test_a_bigger_font_measures_the_rows_and_columns_again(qtbot: Any, english: Any) -> None:  # noqa: F811
    view = table(qtbot, PagedModel(make_rows(400)))
    width = view.columnWidth(0)
    font = QFont(view.font())
    font.setPointSizeF(font.pointSizeF() * 1.8)
    view.setFont(font)
    settle()
    assert view.columnWidth(0) > width
    assert wrongly_measured(view) == []
    assert cut_texts(view) == []


def test_a_fitted_column_grows_as_wider_values_come_into_sight_and_then_holds(
    qtbot: Any, english: Any  # noqa: F811
) -> None:
    rows = make_rows(400)
    rows[350][0] = "350 (followed up in 2023 and 2024)"
    view = table(qtbot, PagedModel(rows))
    index = view.model().index(350, 0)
    view.scrollTo(index)
    settle()
    wide = view.columnWidth(0)
    assert wide >= view.sizeHintForIndex(index).width()
    assert cut_texts(view) == []
    view.scrollToTop()
    settle()
    assert view.columnWidth(0) == wide  # no jumping back and forth while scrolling
    assert wrongly_measured(view) == []


def test_the_current_row_chosen_far_down_is_shown_whole(qtbot: Any, english: Any) -> None:  # noqa: F811
    """Selecting a row far down (an undo reveals a meeting) scrolls to it at rows' estimated
    heights; once they are measured the row must still be in sight, whole."""
    more = " ".join(WORDS * 2)
    rows = [[number, f"{text} {more}", sector] for number, text, sector in make_rows(500)]
    view = table(qtbot, PagedModel(rows), width=400)
    assert view.rowHeight(0) > 1.5 * view.verticalHeader().defaultSectionSize()  # not a guess
    for row in (300, 480, 20, 410):
        index = view.model().index(row, 1)
        view.setCurrentIndex(index)
        view.scrollTo(index)
        settle()
        rect = view.visualRect(index)
        assert view.viewport().rect().contains(rect), row
        assert wrongly_measured(view) == []


@pytest.mark.parametrize("lang", ["ar", "fr"])
def test_a_right_to_left_interface_scrolls_and_measures_alike(
    qtbot: Any, english: Any, lang: str  # noqa: F811
) -> None:
    apply_language(english, lang)
    model = PagedModel(make_rows(200, ARABIC, "العدالة"), page=40)
    view = table(qtbot, model)
    assert view.isRightToLeft() == (lang == "ar")
    assert scroll_to_bottom(view) > 10
    assert model.rowCount() == 200
    header = view.horizontalHeader()
    header.setSectionResizeMode(1, QHeaderView.ResizeMode.Interactive)
    header.resizeSection(1, header.sectionSize(1) * 2 // 3)
    settle()
    assert wrongly_measured(view) == []
    assert cut_texts(view) == []


def test_sorting_and_filtering_measure_the_new_rows_in_sight(qtbot: Any, english: Any) -> None:  # noqa: F811
    from PySide6.QtCore import QSortFilterProxyModel

    model = PagedModel(make_rows(400))
    proxy = QSortFilterProxyModel()
    proxy.setSourceModel(model)
    view = table(qtbot, model)
    view.setModel(proxy)
    view.setSortingEnabled(True)
    settle()
    assert wrongly_measured(view) == []
    view.sortByColumn(1, Qt.SortOrder.DescendingOrder)  # a layout change: other rows in sight
    settle()
    assert wrongly_measured(view) == []
    assert cut_texts(view) == []
    proxy.setFilterKeyColumn(1)
    proxy.setFilterFixedString("certificates for")
    settle()
    assert 0 < proxy.rowCount() < 400
    assert wrongly_measured(view) == []
    assert cut_texts(view) == []

