"""The meetings table: one row per meeting, over ``services.meetings.search(...)``."""

from __future__ import annotations

import datetime as dt
from collections import Counter
from typing import Any

from PySide6.QtCore import (
    QAbstractTableModel,
    QCoreApplication,
    QModelIndex,
    QPersistentModelIndex,
    Qt,
)

from mra_desktop.core import models as m
from mra_desktop.core.services import Services
from mra_desktop.ui.i18n import format_date, word

RECORD_ID_ROLE = Qt.ItemDataRole.UserRole
SORT_ROLE = Qt.ItemDataRole.UserRole + 1

COLUMNS = (
    "date",
    "title",
    "partner",
    "place",
    "kind",
    "sectors",
    "status",
    "changes",
    "action_items",
)
_NUMERIC = {"changes", "action_items"}

AnyIndex = QModelIndex | QPersistentModelIndex


def column_title(code: str) -> str:
    titles = {
        "date": QCoreApplication.translate("MeetingList", "Date"),
        "title": QCoreApplication.translate("MeetingList", "Title"),
        "partner": QCoreApplication.translate("MeetingList", "Partner"),
        "place": QCoreApplication.translate("MeetingList", "Place"),
        "kind": QCoreApplication.translate("MeetingList", "Kind"),
        "sectors": QCoreApplication.translate("MeetingList", "Sectors"),
        "status": QCoreApplication.translate("MeetingList", "Status"),
        "changes": QCoreApplication.translate("MeetingList", "Changes"),
        "action_items": QCoreApplication.translate("MeetingList", "Action items"),
    }
    return titles[code]


class MeetingTableModel(QAbstractTableModel):
    def __init__(self, services: Services, parent: Any = None) -> None:
        super().__init__(parent)
        self.services = services
        self.criteria: dict[str, Any] = {}
        self._meetings: list[m.Meeting] = []
        self._partners: dict[str, str] = {}
        self._changes: Counter[str] = Counter()
        self._items: Counter[str] = Counter()

    # -- loading -----------------------------------------------------------------------
    def search(self, **criteria: Any) -> None:
        """Show the meetings matching ``criteria`` (arguments of ``meetings.search``)."""
        self.criteria = {k: v for k, v in criteria.items() if v not in (None, "", False)}
        self.refresh()

    def refresh(self) -> None:
        self.beginResetModel()
        self._meetings = self.services.meetings.search(**self.criteria)
        self._partners = {
            org.id: org.name for org in self.services.organisations.list(include_deleted=True)
        }
        self._changes = Counter(c.meeting_id for c in self.services.changes.list())
        self._items = Counter(i.meeting_id for i in self.services.action_items.list())
        self.endResetModel()

    def retranslate(self) -> None:
        """Words from the catalogue and the headers follow the interface language."""
        self.headerDataChanged.emit(Qt.Orientation.Horizontal, 0, len(COLUMNS) - 1)
        if self._meetings:
            self.dataChanged.emit(
                self.index(0, 0), self.index(len(self._meetings) - 1, len(COLUMNS) - 1)
            )

    # -- access ------------------------------------------------------------------------
    def meeting_at(self, row: int) -> m.Meeting:
        return self._meetings[row]

    def row_of(self, meeting_id: str) -> int:
        for row, meeting in enumerate(self._meetings):
            if meeting.id == meeting_id:
                return row
        return -1

    def meeting_ids(self) -> list[str]:
        return [meeting.id for meeting in self._meetings]

    # -- Qt model ----------------------------------------------------------------------
    def rowCount(self, parent: AnyIndex = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self._meetings)

    def columnCount(self, parent: AnyIndex = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(COLUMNS)

    def headerData(
        self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole
    ) -> Any:
        if orientation == Qt.Orientation.Horizontal and role == Qt.ItemDataRole.DisplayRole:
            return column_title(COLUMNS[section])
        return None

    def data(self, index: AnyIndex, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid():
            return None
        meeting = self._meetings[index.row()]
        column = COLUMNS[index.column()]
        if role == RECORD_ID_ROLE:
            return meeting.id
        if role == Qt.ItemDataRole.DisplayRole:
            return self._display(meeting, column)
        if role == Qt.ItemDataRole.ToolTipRole and column in ("title", "sectors", "partner"):
            return self._display(meeting, column)
        if role == SORT_ROLE:
            return self._sort_key(meeting, column)
        if role == Qt.ItemDataRole.TextAlignmentRole and column in _NUMERIC:
            return int(Qt.AlignmentFlag.AlignCenter)
        return None

    def _display(self, meeting: m.Meeting, column: str) -> str:
        if column == "date":
            return format_date(meeting.date)
        if column == "title":
            return meeting.title
        if column == "partner":
            return self._partners.get(meeting.organisation_id, "")
        if column == "place":
            return ", ".join(p for p in (meeting.city, meeting.region) if p)
        if column == "kind":
            return word("meeting_kind", meeting.kind)
        if column == "sectors":
            return ", ".join(word("sector", s) for s in meeting.sectors or [])
        if column == "status":
            return word("meeting_status", meeting.status)
        if column == "changes":
            return str(self._changes.get(meeting.id, 0))
        if column == "action_items":
            return str(self._items.get(meeting.id, 0))
        return ""

    def _sort_key(self, meeting: m.Meeting, column: str) -> Any:
        if column == "date":
            return (meeting.date or dt.date.min).isoformat()
        if column == "changes":
            return self._changes.get(meeting.id, 0)
        if column == "action_items":
            return self._items.get(meeting.id, 0)
        if column == "status":
            return m.MEETING_STATUSES.index(meeting.status)
        return self._display(meeting, column).casefold()
