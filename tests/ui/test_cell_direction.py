"""Each cell of the program's tables runs by its own text's direction: an English change
title in an Arabic table read "day medical permanence: medical certificates-7"."""

from __future__ import annotations

from typing import Any

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QStyleOptionViewItem, QTableWidget, QTableWidgetItem
from shell_fixtures import english  # noqa: F401

from mra_desktop.ui.i18n import apply_language
from mra_desktop.ui.tables import show_whole_text

LTR, RTL = Qt.LayoutDirection.LeftToRight, Qt.LayoutDirection.RightToLeft


@pytest.mark.parametrize("lang", ["ar", "fr"])
def test_a_cell_takes_the_direction_of_its_own_text(
    qtbot: Any, english: Any, lang: str  # noqa: F811
) -> None:
    apply_language(english, lang)
    table = QTableWidget(4, 1)
    qtbot.addWidget(table)
    show_whole_text(table)
    texts = {
        "7-day medical permanence: medical certificates on Saturdays and Sundays": LTR,
        "إحداث خلية للتكفل بالنساء ضحايا العنف": RTL,
        "MRA: اجتماع اللجنة المحلية بتازة": RTL,  # mostly Arabic letters
        "2022": RTL if lang == "ar" else LTR,  # no letters: the interface's direction
    }
    for row, text in enumerate(texts):
        table.setItem(row, 0, QTableWidgetItem(text))
    delegate = table.itemDelegate()
    for row, (text, wanted) in enumerate(texts.items()):
        option = QStyleOptionViewItem()
        delegate.initStyleOption(option, table.model().index(row, 0))
        assert option.text == text
        assert option.direction == wanted, text
