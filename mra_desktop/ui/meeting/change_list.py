"""The list of the meeting's changes: sector, title and how precise each one is."""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from typing import Any

from PySide6.QtCore import (
    QAbstractTableModel,
    QCoreApplication,
    QModelIndex,
    QPersistentModelIndex,
    Qt,
)
from PySide6.QtGui import QBrush, QColor

from mra_desktop.core import models as m
from mra_desktop.ui.meeting.context import MeetingContext
from mra_desktop.ui.meeting.precision import missing_fields
from mra_desktop.ui.sentences import fill, join_list, ltr

ID_ROLE = Qt.ItemDataRole.UserRole + 1

_Index = QModelIndex | QPersistentModelIndex


@dataclass(frozen=True)
class ChangeRow:
    id: str
    sector: str
    title: str
    answered: int
    asked: int
    missing: tuple[str, ...]


class ChangeListModel(QAbstractTableModel):
    TITLE, SECTOR, PRECISION = range(3)

    def __init__(self, context: MeetingContext) -> None:
        super().__init__()
        self.context = context
        self.rows: list[ChangeRow] = []

    # -- filling -----------------------------------------------------------------------------
    def set_changes(self, changes: Sequence[m.Change]) -> None:
        """Show ``changes``; rows update in place when the same changes are listed, so a
        selection (and the editor bound to it) survives an autosave."""
        protocol = self.context.protocol
        asked = len(protocol.precision_fields())
        rows = []
        for change in changes:
            missing = tuple(missing_fields(change, protocol))
            rows.append(
                ChangeRow(
                    change.id, change.sector, change.title, asked - len(missing), asked, missing
                )
            )
        if [r.id for r in rows] == [r.id for r in self.rows]:
            self.rows = rows
            if rows:
                self.dataChanged.emit(self.index(0, 0), self.index(len(rows) - 1, 2))
            return
        self.beginResetModel()
        self.rows = rows
        self.endResetModel()

    def row_of(self, change_id: str) -> int:
        return next((i for i, row in enumerate(self.rows) if row.id == change_id), -1)

    def retranslate(self) -> None:
        self.headerDataChanged.emit(Qt.Orientation.Horizontal, 0, 2)

    # -- Qt model ----------------------------------------------------------------------------
    def rowCount(self, parent: _Index = QModelIndex()) -> int:  # noqa: B008, N802
        return 0 if parent.isValid() else len(self.rows)

    def columnCount(self, parent: _Index = QModelIndex()) -> int:  # noqa: B008, N802
        return 0 if parent.isValid() else 3

    def headerData(  # noqa: N802
        self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole
    ) -> Any:
        if orientation != Qt.Orientation.Horizontal or role != Qt.ItemDataRole.DisplayRole:
            return None
        return (
            QCoreApplication.translate("ChangeList", "Change"),
            QCoreApplication.translate("ChangeList", "Sector"),
            QCoreApplication.translate("ChangeList", "Precise"),
        )[section]

    def data(self, index: _Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid() or index.row() >= len(self.rows):
            return None
        row = self.rows[index.row()]
        column = index.column()
        if role == ID_ROLE:
            return row.id
        if role == Qt.ItemDataRole.DisplayRole:
            if column == self.SECTOR:
                return self.context.label("sector", row.sector)
            if column == self.TITLE:
                return row.title
            return f"{row.answered}/{row.asked}"
        if role == Qt.ItemDataRole.ToolTipRole:
            if column == self.PRECISION:
                text = QCoreApplication.translate(
                    "ChangeList", "Answers %1 of the %2 questions of the fiche"
                )
                text = fill(text, ltr(row.answered), ltr(row.asked))
                if row.missing:
                    labels = [
                        self.context.words(self.context.protocol.change_field(name)["label"])
                        for name in row.missing
                    ]
                    text += "\n" + fill(
                        QCoreApplication.translate("ChangeList", "Missing: %1"), join_list(labels)
                    )
                return text
            if column == self.TITLE:
                return row.title
            if column == self.SECTOR:
                return self.context.label("sector", row.sector)
        if role == Qt.ItemDataRole.AccessibleTextRole:
            return self.data(index, Qt.ItemDataRole.DisplayRole)
        if role == Qt.ItemDataRole.ForegroundRole and column == self.PRECISION:
            if row.answered == row.asked:
                return QBrush(QColor("#1b7f3b"))
            if row.answered <= row.asked // 3:
                return QBrush(QColor("#a05a00"))
        if role == Qt.ItemDataRole.TextAlignmentRole and column == self.PRECISION:
            return int(Qt.AlignmentFlag.AlignCenter)
        return None
