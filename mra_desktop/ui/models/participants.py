"""Who took part in a meeting: a table model over ``services.participants``.

Edits in the table go through the Autosaver (every keystroke reaches the database
within about a second); adding and removing rows is done by the setup screen, on the
meeting's undo history, after which :meth:`ParticipantsModel.refresh` reads them again.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any

from PySide6.QtCore import (
    QAbstractTableModel,
    QCoreApplication,
    QModelIndex,
    QPersistentModelIndex,
    Qt,
    Signal,
)

from mra_desktop.core.services import Services
from mra_desktop.ui.autosave import Autosaver
from mra_desktop.ui.i18n import word

RECORD_ID_ROLE = Qt.ItemDataRole.UserRole
COLUMNS = ("role", "institution", "sector", "count", "name")

AnyIndex = QModelIndex | QPersistentModelIndex


def column_title(code: str) -> str:
    titles = {
        "role": QCoreApplication.translate("Participants", "Role or title"),
        "institution": QCoreApplication.translate("Participants", "Institution"),
        "sector": QCoreApplication.translate("Participants", "Sector"),
        "count": QCoreApplication.translate("Participants", "Number"),
        "name": QCoreApplication.translate("Participants", "Name (optional)"),
    }
    return titles[code]


@dataclass
class ParticipantRow:
    id: str
    role: str
    institution: str
    sector: str | None
    count: int
    name: str | None


class ParticipantsModel(QAbstractTableModel):
    # the rows or their counts changed (totals need updating)
    totals_changed = Signal()

    def __init__(self, services: Services, autosaver: Autosaver, parent: Any = None) -> None:
        super().__init__(parent)
        self.services = services
        self.autosaver = autosaver
        self.meeting_id: str | None = None
        self._rows: list[ParticipantRow] = []

    def set_meeting(self, meeting_id: str | None) -> None:
        self.meeting_id = meeting_id
        self.refresh()

    def refresh(self) -> None:
        self.beginResetModel()
        if self.meeting_id is None:
            self._rows = []
        else:
            self._rows = [
                ParticipantRow(p.id, p.role, p.institution, p.sector, p.count, p.name)
                for p in self.services.participants.for_meeting(self.meeting_id)
            ]
        self.endResetModel()
        self.totals_changed.emit()

    def retranslate(self) -> None:
        self.headerDataChanged.emit(Qt.Orientation.Horizontal, 0, len(COLUMNS) - 1)
        if self._rows:
            self.dataChanged.emit(self.index(0, 0), self.index(len(self._rows) - 1, 4))

    # -- facts -------------------------------------------------------------------------
    def row_at(self, row: int) -> ParticipantRow:
        return self._rows[row]

    def row_of(self, record_id: str) -> int:
        return next((n for n, row in enumerate(self._rows) if row.id == record_id), -1)

    def totals_by_sector(self) -> dict[str | None, int]:
        totals: dict[str | None, int] = {}
        for row in self._rows:
            totals[row.sector] = totals.get(row.sector, 0) + row.count
        return totals

    def total(self) -> int:
        return sum(row.count for row in self._rows)

    # -- Qt model ----------------------------------------------------------------------
    def rowCount(self, parent: AnyIndex = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self._rows)

    def columnCount(self, parent: AnyIndex = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(COLUMNS)

    def headerData(
        self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole
    ) -> Any:
        if orientation == Qt.Orientation.Horizontal and role == Qt.ItemDataRole.DisplayRole:
            return column_title(COLUMNS[section])
        return None

    def flags(self, index: AnyIndex) -> Qt.ItemFlag:
        if not index.isValid():
            return Qt.ItemFlag.NoItemFlags
        return Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsSelectable | Qt.ItemFlag.ItemIsEditable

    def data(self, index: AnyIndex, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid():
            return None
        row = self._rows[index.row()]
        column = COLUMNS[index.column()]
        if role == RECORD_ID_ROLE:
            return row.id
        value = getattr(row, column)
        if role == Qt.ItemDataRole.DisplayRole:
            if column == "sector":
                return word("participant_sector", value)
            if column == "count":
                return str(value)
            return value or ""
        if role == Qt.ItemDataRole.EditRole:
            if column == "count":
                return int(value)
            return value or ""
        if role == Qt.ItemDataRole.TextAlignmentRole and column == "count":
            return int(Qt.AlignmentFlag.AlignCenter)
        return None

    def setData(self, index: AnyIndex, value: Any, role: int = Qt.ItemDataRole.EditRole) -> bool:
        if not index.isValid() or role != Qt.ItemDataRole.EditRole:
            return False
        row = self._rows[index.row()]
        column = COLUMNS[index.column()]
        if column == "count":
            try:
                value = max(1, int(value))
            except (TypeError, ValueError):
                return False
        elif column == "sector":
            value = value or None
        elif column == "name":
            value = (value or "").strip() or None
        else:
            value = str(value or "")
            if column == "role" and not value.strip():
                return False  # a participant needs a role; keep the old one
        if getattr(row, column) == value:
            return False
        setattr(row, column, value)
        self.autosaver.set_field("participant", row.id, column, value)
        self.dataChanged.emit(index, index)
        if column in ("count", "sector"):
            self.totals_changed.emit()
        return True
