"""A header whose column is narrower than its words wraps them onto more lines and the
header row grows to hold them (ui/tables.py); where every label fits, the header is
Qt's own."""

from __future__ import annotations

from typing import Any

from cut_text import header_cuts
from PySide6.QtGui import QStandardItemModel
from PySide6.QtWidgets import QTableView
from row_heights import settle

from mra_desktop.ui.tables import show_whole_text


def test_a_label_wider_than_its_column_wraps_and_the_header_grows(qtbot: Any, qapp: Any) -> None:
    model = QStandardItemModel(3, 3)
    model.setHorizontalHeaderLabels(["Changement", "Association partenaire", "Région"])
    view = QTableView()
    qtbot.addWidget(view)
    view.setModel(model)
    view.resize(500, 200)
    show_whole_text(view)
    view.show()
    settle()
    header = view.horizontalHeader()
    one_line = header.sizeHint().height()
    view.setColumnWidth(1, 200)
    settle()
    assert header.height() == one_line  # every label fits: Qt's own header
    view.setColumnWidth(1, 90)
    settle()
    assert header.height() > one_line
    assert header_cuts(header) == []
    view.setColumnWidth(1, 200)  # room again: one line again
    settle()
    assert header.height() == one_line
