"""Checks that a table's rows in sight are as tall as their text needs (for the tests of
tables that measure only the rows in sight)."""

from __future__ import annotations

from PySide6.QtWidgets import QApplication, QTableView


def settle() -> None:
    """Lets the view measure and paint what changed."""
    for _ in range(4):
        QApplication.processEvents()


def rows_in_sight(view: QTableView) -> list[int]:
    first = view.rowAt(0)
    last = view.rowAt(view.viewport().height() - 1)
    if last < 0:
        last = view.model().rowCount() - 1
    return list(range(first, last + 1))


def wanted_height(view: QTableView, row: int) -> int:
    """The height Qt's own resizeRowToContents gives a row: its cells' at the width they
    are painted at, and never less than a row header's."""
    return max(view.sizeHintForRow(row), view.verticalHeader().sectionSizeHint(row))


def wrongly_measured(view: QTableView) -> list[tuple[int, int, int]]:
    """The rows in sight whose height is not the one their text needs (neither cut nor
    taller): (row, height, wanted)."""
    return [
        (row, view.rowHeight(row), wanted_height(view, row))
        for row in rows_in_sight(view)
        if view.rowHeight(row) != wanted_height(view, row)
    ]


def narrow_columns(view: QTableView, columns: list[int]) -> list[tuple[int, int, int]]:
    """The fitted columns narrower than Qt's own measure of their values in sight (so
    that a date or a state would wrap): (column, width, wanted)."""
    header = view.horizontalHeader()
    precision = header.resizeContentsPrecision()
    header.setResizeContentsPrecision(0)  # the rows in sight
    try:
        wanted = {column: view.sizeHintForColumn(column) for column in columns}
    finally:
        header.setResizeContentsPrecision(precision)
    return [
        (column, view.columnWidth(column), wanted[column])
        for column in columns
        if view.columnWidth(column) < wanted[column]
    ]
