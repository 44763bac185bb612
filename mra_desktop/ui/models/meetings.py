"""The meetings table: one row per meeting, over ``services.meeting_overview``.

Rows come from the database a page at a time, as the view scrolls to them (Qt's
``canFetchMore``/``fetchMore``); the database filters, counts and sorts, so the list opens
as fast with thousands of meetings as with a few.

The last column is MRA's review of each meeting, as the newest receipt from MRA told it
(:mod:`mra_desktop.core.receipts`); its tooltip tells it in full (MRA's comment, the
national most significant change chosen among the meeting's changes).
"""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

from PySide6.QtCore import (
    QAbstractTableModel,
    QCoreApplication,
    QModelIndex,
    QPersistentModelIndex,
    Qt,
)

from mra_desktop.ui.i18n import format_date, vocabulary_codes, word
from mra_desktop.ui.sentences import join_list

if TYPE_CHECKING:
    from mra_desktop.core.receipts.views import ReviewView
    from mra_desktop.core.services import MeetingSummary, Services

RECORD_ID_ROLE = Qt.ItemDataRole.UserRole
PAGE_SIZE = 200  # rows read at a time: a few screens' worth

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
    "mra_review",
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
        "mra_review": QCoreApplication.translate("MeetingList", "MRA's review"),
    }
    return titles[code]


def short_word(vocabulary: str, code: str | None) -> str:
    """A catalogue word without its explanation in brackets: "Justice" for "Justice
    (courts and Public Prosecution)" (a list of sectors in one cell; the tooltip has the
    whole names)."""
    full = word(vocabulary, code)
    short = full.split(" (", 1)[0].strip()
    return short or full


class MeetingTableModel(QAbstractTableModel):
    def __init__(self, services: Services | None = None, parent: Any = None) -> None:
        super().__init__(parent)
        self.services = services
        self.criteria: dict[str, Any] = {}
        self.sort_column = COLUMNS.index("date")
        self.sort_order = Qt.SortOrder.DescendingOrder
        self._rows: list[MeetingSummary] = []
        self._total = 0
        #: MRA's review of the rows read so far that a receipt described, by meeting id
        self.reviews: dict[str, ReviewView] = {}

    # -- loading -----------------------------------------------------------------------
    def search(self, **criteria: Any) -> None:
        """Show the meetings matching ``criteria`` (arguments of ``meetings.search``)."""
        self.criteria = {k: v for k, v in criteria.items() if v not in (None, "", False)}
        self.refresh()

    def refresh(self) -> None:
        """Read the number of matching meetings and the first page of them again."""
        self.beginResetModel()
        self.reviews = {}
        if self.services is None:
            self._rows, self._total = [], 0
        else:
            self._total = self.services.meeting_overview.count(**self.criteria)
            self._rows = self._page(0) if self._total else []
        self.endResetModel()

    def _page(self, offset: int) -> list[MeetingSummary]:
        assert self.services is not None
        column = COLUMNS[self.sort_column]
        ranks = None
        if column == "kind":  # by the words the facilitator reads
            codes = sorted(
                vocabulary_codes("meeting_kind"), key=lambda c: word("meeting_kind", c).casefold()
            )
            ranks = {code: n for n, code in enumerate(codes)}
        rows = self.services.meeting_overview.page(
            sort=column,
            descending=self.sort_order == Qt.SortOrder.DescendingOrder,
            ranks=ranks,
            offset=offset,
            limit=PAGE_SIZE,
            **self.criteria,
        )
        reviewed = [row.id for row in rows if row.mra_review is not None]
        if reviewed:  # the details of MRA's reviews, for the tooltips: one query a page
            from mra_desktop.core.receipts.views import mra_reviews

            self.reviews.update(mra_reviews(self.services.db, reviewed))
        return rows

    def canFetchMore(self, parent: AnyIndex = QModelIndex()) -> bool:  # noqa: B008, N802
        return not parent.isValid() and len(self._rows) < self._total

    def fetchMore(self, parent: AnyIndex = QModelIndex()) -> None:  # noqa: B008, N802
        if not self.canFetchMore(parent):
            return
        rows = self._page(len(self._rows))[: self._total - len(self._rows)]
        if not rows:  # fewer meetings than counted: a change elsewhere, a refresh follows
            self._total = len(self._rows)
            return
        first = len(self._rows)
        self.beginInsertRows(QModelIndex(), first, first + len(rows) - 1)
        self._rows.extend(rows)
        self.endInsertRows()

    def sort(self, column: int, order: Qt.SortOrder = Qt.SortOrder.AscendingOrder) -> None:
        """The database sorts: the first page in the new order is read."""
        if (column, order) == (self.sort_column, self.sort_order):
            return
        self.sort_column, self.sort_order = column, order
        self.refresh()

    def retranslate(self) -> None:
        """Words from the catalogue and the headers follow the interface language."""
        self.headerDataChanged.emit(Qt.Orientation.Horizontal, 0, len(COLUMNS) - 1)
        if COLUMNS[self.sort_column] == "kind" and self.services is not None:
            self.refresh()  # sorted by words that have just changed
        elif self._rows:
            self.dataChanged.emit(
                self.index(0, 0), self.index(len(self._rows) - 1, len(COLUMNS) - 1)
            )

    # -- access ------------------------------------------------------------------------
    def total(self) -> int:
        """How many meetings match, read from the database yet or not."""
        return self._total

    def meeting_at(self, row: int) -> MeetingSummary:
        return self._rows[row]

    def row_of(self, meeting_id: str) -> int:
        """The row of a meeting, reading further pages until it comes (-1: not listed)."""
        start = 0
        while True:
            for row in range(start, len(self._rows)):
                if self._rows[row].id == meeting_id:
                    return row
            start = len(self._rows)
            self.fetchMore()
            if len(self._rows) == start:
                return -1

    def meeting_ids(self) -> list[str]:
        """The ids of the rows read so far."""
        return [meeting.id for meeting in self._rows]

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

    def data(self, index: AnyIndex, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid():
            return None
        meeting = self._rows[index.row()]
        column = COLUMNS[index.column()]
        if role == RECORD_ID_ROLE:
            return meeting.id
        if role == Qt.ItemDataRole.DisplayRole:
            return self._display(meeting, column)
        if role == Qt.ItemDataRole.ToolTipRole and column in ("title", "sectors", "partner"):
            return self._display(meeting, column, role_is_tooltip=True)
        if column == "mra_review":
            return self._review_data(meeting, role)
        if role == Qt.ItemDataRole.TextAlignmentRole and column in _NUMERIC:
            return int(Qt.AlignmentFlag.AlignCenter)
        return None

    def review_of(self, meeting_id: str) -> ReviewView | None:
        """MRA's review of a meeting, as the newest receipt told it (None: none did)."""
        return self.reviews.get(meeting_id)

    def _review_data(self, meeting: MeetingSummary, role: int) -> Any:
        review = self.reviews.get(meeting.id)
        if review is None:
            return None
        from mra_desktop.ui.receipt_words import review_colour, review_details

        if role == Qt.ItemDataRole.ToolTipRole:
            return "\n".join(review_details(review))
        if role == Qt.ItemDataRole.ForegroundRole:
            return review_colour(review.shown_state)
        return None

    def _display(
        self, meeting: MeetingSummary, column: str, role_is_tooltip: bool = False
    ) -> str:
        if column == "date":
            return format_date(meeting.date)
        if column == "title":
            return meeting.title
        if column == "partner":
            return meeting.partner
        if column == "place":
            return join_list((meeting.city, meeting.region), typed=True)
        if column == "kind":
            return word("meeting_kind", meeting.kind)
        if column == "sectors":
            if role_is_tooltip:
                return join_list(word("sector", s) for s in meeting.sectors or [])
            return join_list(short_word("sector", s) for s in meeting.sectors or [])
        if column == "status":
            return word("meeting_status", meeting.status)
        if column == "changes":
            return str(meeting.changes)
        if column == "action_items":
            return str(meeting.action_items)
        if column == "mra_review":
            review = self.reviews.get(meeting.id)
            if review is None:
                return ""
            from mra_desktop.ui.receipt_words import review_cell

            return review_cell(review)
        return ""
