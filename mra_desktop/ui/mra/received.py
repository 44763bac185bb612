"""MRA's received meetings: every meeting imported from a partner, its counts and its
review (received → reviewed → approved, or has issues with a comment), with filters by
partner, region, sector, period and state, and search.

The keyboard does it all: Ctrl+F searches, the arrows move in the list, Ctrl+1 … Ctrl+4
set the state of the selected meeting (received, reviewed, approved, has issues), the
comment is saved as it is typed, Enter opens the meeting. Only approved meetings count in
the national outputs; a reviewed meeting whose partner sent a new version shows as
"changed since review" until someone sets its state again.
"""

from __future__ import annotations

import datetime as dt
from typing import Any

from PySide6.QtCore import (
    QAbstractTableModel,
    QCoreApplication,
    QEvent,
    QModelIndex,
    QPersistentModelIndex,
    QSortFilterProxyModel,
    Qt,
    Signal,
)
from PySide6.QtGui import QAction, QKeySequence
from PySide6.QtWidgets import (
    QComboBox,
    QGridLayout,
    QGroupBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QListWidget,
    QPushButton,
    QSizePolicy,
    QSplitter,
    QVBoxLayout,
    QWidget,
)

from mra_desktop.core.database import Database
from mra_desktop.core.errors import MraError
from mra_desktop.core.mra_records import REVIEW_STATES
from mra_desktop.core.national import partners_with_received_meetings
from mra_desktop.core.review import (
    SHOWN_STATES,
    ReceivedFilter,
    ReceivedMeeting,
    received_meetings,
    received_regions,
    review_history,
    set_review_comment,
    set_review_state,
    state_counts,
)
from mra_desktop.ui.date_filter import date_filter_edit, date_limit
from mra_desktop.ui.i18n import format_date, vocabulary_codes, word
from mra_desktop.ui.jobs import error_sentence
from mra_desktop.ui.look import heading
from mra_desktop.ui.meeting_list import with_shortcut
from mra_desktop.ui.messages import ERROR_STYLE
from mra_desktop.ui.models.meetings import short_word
from mra_desktop.ui.mra.widgets import TextSaver, person_name, read_only_table, select_row
from mra_desktop.ui.mra.words import state_colour, state_word
from mra_desktop.ui.sentences import fill, join_list, ltr
from mra_desktop.ui.tables import show_whole_text
from mra_desktop.ui.text_direction import LineEdit, PlainTextEdit

ID_ROLE = Qt.ItemDataRole.UserRole
SORT_ROLE = Qt.ItemDataRole.UserRole + 1
COLUMNS = (
    "date",
    "state",
    "partner",
    "region",
    "kind",
    "sectors",
    "participants",
    "changes",
    "action_items",
)
_NUMERIC = {"participants", "changes", "action_items"}
AnyIndex = QModelIndex | QPersistentModelIndex


def column_title(code: str) -> str:
    titles = {
        "date": QCoreApplication.translate("MraReceived", "Date"),
        "partner": QCoreApplication.translate("MraReceived", "Partner"),
        "region": QCoreApplication.translate("MraReceived", "Region"),
        "kind": QCoreApplication.translate("MraReceived", "Kind"),
        "sectors": QCoreApplication.translate("MraReceived", "Sectors"),
        "participants": QCoreApplication.translate("MraReceived", "Participants"),
        "changes": QCoreApplication.translate("MraReceived", "Changes"),
        "action_items": QCoreApplication.translate("MraReceived", "Action items"),
        "state": QCoreApplication.translate("MraReceived", "Review"),
    }
    return titles[code]


class ReceivedTableModel(QAbstractTableModel):
    """One row per received meeting (a list from :func:`received_meetings`)."""

    def __init__(self, parent: Any = None) -> None:
        super().__init__(parent)
        self.rows: list[ReceivedMeeting] = []

    def set_rows(self, rows: list[ReceivedMeeting]) -> None:
        self.beginResetModel()
        self.rows = rows
        self.endResetModel()

    def retranslate(self) -> None:
        self.headerDataChanged.emit(Qt.Orientation.Horizontal, 0, len(COLUMNS) - 1)
        if self.rows:
            self.dataChanged.emit(
                self.index(0, 0), self.index(len(self.rows) - 1, len(COLUMNS) - 1)
            )

    def row_of(self, meeting_id: str) -> int:
        return next((i for i, r in enumerate(self.rows) if r.id == meeting_id), -1)

    def rowCount(self, parent: AnyIndex = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self.rows)

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
        row = self.rows[index.row()]
        column = COLUMNS[index.column()]
        if role == ID_ROLE:
            return row.id
        if role == Qt.ItemDataRole.DisplayRole:
            return self.display(row, column)
        if role == Qt.ItemDataRole.ToolTipRole:
            lines = [row.title]
            if column == "state" and row.review.comment:
                lines.append(row.review.comment)
            if row.open_conflicts:
                lines.append(
                    fill(
                        QCoreApplication.translate(
                            "MraReceived", "%1 conflict(s) waiting for a decision"
                        ),
                        ltr(row.open_conflicts),
                    )
                )
            return "\n".join(lines)
        if role == Qt.ItemDataRole.ForegroundRole and column == "state":
            return state_colour(row.review.state)
        if role == SORT_ROLE:
            if column == "date":
                return (row.date or dt.date.min).isoformat()
            if column in _NUMERIC:
                return getattr(row, column)
            if column == "state":
                return SHOWN_STATES.index(row.review.state)
            return self.display(row, column).casefold()
        if role == Qt.ItemDataRole.TextAlignmentRole and column in _NUMERIC:
            return int(Qt.AlignmentFlag.AlignCenter)
        return None

    @staticmethod
    def display(row: ReceivedMeeting, column: str) -> str:
        if column == "date":
            return format_date(row.date)
        if column == "partner":
            return row.partner
        if column == "region":
            return row.region
        if column == "kind":
            return word("meeting_kind", row.kind)
        if column == "sectors":  # short names; the filter and the panel have the whole ones
            return join_list(short_word("sector", s) for s in row.sectors)
        if column in _NUMERIC:
            return str(getattr(row, column))
        if column == "state":
            text = state_word(row.review.state)
            return f"{text} ⚠" if row.open_conflicts else text
        return ""


class ReceivedMeetingsView(QWidget):
    """MRA ▸ Received meetings."""

    # the user asked to open a meeting (its id)
    meeting_opened = Signal(str)
    # a review state or comment was stored (the meeting's id)
    review_changed = Signal(str)
    # a short sentence for the status bar
    status_message = Signal(str)

    def __init__(self, db: Database, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("ReceivedMeetingsView")
        self.db = db
        self.current: ReceivedMeeting | None = None
        self._all: list[ReceivedMeeting] = []

        self.heading = heading()
        self.counts_label = QLabel()
        self.counts_label.setObjectName("ReviewCounts")
        self.search_edit = LineEdit()
        self.search_edit.setClearButtonEnabled(True)
        self.partner_filter = QComboBox()
        self.region_filter = QComboBox()
        self.sector_filter = QComboBox()
        self.state_filter = QComboBox()
        for combo in (
            self.partner_filter,
            self.region_filter,
            self.sector_filter,
            self.state_filter,
        ):
            combo.setSizeAdjustPolicy(
                QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon
            )
            combo.setMinimumContentsLength(10)
        # the review states are few and short: always shown whole
        self.state_filter.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToContents)
        self.state_filter.setSizePolicy(QSizePolicy.Policy.Minimum, QSizePolicy.Policy.Fixed)
        self.date_from = date_filter_edit()
        self.date_to = date_filter_edit()
        self.from_label = QLabel()
        self.from_label.setBuddy(self.date_from)
        self.to_label = QLabel()
        self.to_label.setBuddy(self.date_to)

        self.model = ReceivedTableModel(self)
        self.proxy = QSortFilterProxyModel(self)
        self.proxy.setSourceModel(self.model)
        self.proxy.setSortRole(SORT_ROLE)
        self.table = read_only_table("ReceivedTable")
        self.table.setModel(self.proxy)
        self.table.setSortingEnabled(True)
        self.table.sortByColumn(COLUMNS.index("date"), Qt.SortOrder.DescendingOrder)
        header = self.table.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
        for column, width in (("partner", 140), ("region", 100), ("kind", 100)):
            self.table.setColumnWidth(COLUMNS.index(column), width)
        # every column inside the table's width: short values take their width, partners,
        # regions, kinds and sectors wrap
        show_whole_text(
            self.table,
            fitted=[
                COLUMNS.index(c)
                for c in ("date", "state", "participants", "changes", "action_items")
            ],
            stretched=[COLUMNS.index("sectors")],
        )
        self.empty_label = QLabel()
        self.empty_label.setWordWrap(True)
        self.empty_label.setAlignment(Qt.AlignmentFlag.AlignCenter)

        # the review of the selected meeting
        self.panel = QWidget()
        self.panel.setObjectName("ReviewPanel")
        self.title_label = QLabel()
        self.title_label.setObjectName("ReviewedTitle")
        self.title_label.setWordWrap(True)
        font = self.title_label.font()
        font.setBold(True)
        font.setPointSizeF(font.pointSizeF() * 1.15)
        self.title_label.setFont(font)
        self.facts_label = QLabel()
        self.facts_label.setWordWrap(True)
        self.state_label = QLabel()
        self.state_label.setObjectName("ReviewState")
        self.state_box = QGroupBox()
        self.state_actions: dict[str, QAction] = {}
        self.state_buttons: dict[str, QPushButton] = {}
        buttons = QGridLayout()  # two by two: the panel stays narrow, the table wide
        for number, state in enumerate(REVIEW_STATES, start=1):
            action = QAction(self)
            action.setShortcut(QKeySequence(f"Ctrl+{number}"))
            action.setShortcutContext(Qt.ShortcutContext.WidgetWithChildrenShortcut)
            action.triggered.connect(lambda _c=False, s=state: self.set_state(s))
            self.addAction(action)
            self.state_actions[state] = action
            button = QPushButton()
            button.setObjectName(f"Review_{state}")
            button.clicked.connect(action.trigger)
            self.state_buttons[state] = button
        for place, state in enumerate(("reviewed", "approved", "has_issues", "received")):
            buttons.addWidget(self.state_buttons[state], place // 2, place % 2)
        self.comment_label = QLabel()
        self.comment_edit = PlainTextEdit()
        self.comment_edit.setObjectName("ReviewComment")
        self.comment_edit.setTabChangesFocus(True)
        self.comment_edit.setMaximumHeight(110)
        self.comment_label.setBuddy(self.comment_edit)
        self.reviewer_label = QLabel()
        self.reviewer_label.setWordWrap(True)
        self.error_label = QLabel()
        self.error_label.setObjectName("ReviewError")
        self.error_label.setWordWrap(True)
        self.error_label.setStyleSheet(ERROR_STYLE)
        self.error_label.hide()
        box = QVBoxLayout(self.state_box)
        box.addWidget(self.state_label)
        box.addLayout(buttons)
        box.addWidget(self.comment_label)
        box.addWidget(self.comment_edit)
        box.addWidget(self.reviewer_label)
        box.addWidget(self.error_label)
        self.history_label = QLabel()
        self.history_list = QListWidget()
        self.history_list.setObjectName("ReviewHistory")
        self.history_list.setWordWrap(True)
        self.history_label.setBuddy(self.history_list)
        self.open_action = QAction(self)
        self.open_action.setShortcut(QKeySequence("Ctrl+O"))
        self.open_action.setShortcutContext(Qt.ShortcutContext.WidgetWithChildrenShortcut)
        self.open_action.triggered.connect(self.open_current)
        self.addAction(self.open_action)
        self.open_button = QPushButton()
        self.open_button.clicked.connect(self.open_action.trigger)
        self.find_action = QAction(self)
        self.find_action.setShortcut(QKeySequence.StandardKey.Find)
        self.find_action.setShortcutContext(Qt.ShortcutContext.WidgetWithChildrenShortcut)
        self.find_action.triggered.connect(self.focus_search)
        self.addAction(self.find_action)
        panel = QVBoxLayout(self.panel)
        panel.setContentsMargins(8, 0, 0, 0)
        panel.addWidget(self.title_label)
        panel.addWidget(self.facts_label)
        panel.addWidget(self.state_box)
        panel.addWidget(self.history_label)
        panel.addWidget(self.history_list, 1)
        panel.addWidget(self.open_button)
        self.saver = TextSaver(self.comment_edit, self._save_comment, self._show_error, self)

        top = QHBoxLayout()
        top.addWidget(self.heading)
        top.addStretch(1)
        top.addWidget(self.counts_label)
        filters = QHBoxLayout()
        filters.addWidget(self.search_edit, 3)
        for combo in (
            self.partner_filter,
            self.region_filter,
            self.sector_filter,
            self.state_filter,
        ):
            filters.addWidget(combo, 1)
        filters.addWidget(self.from_label)
        filters.addWidget(self.date_from)
        filters.addWidget(self.to_label)
        filters.addWidget(self.date_to)
        left = QWidget()
        left_layout = QVBoxLayout(left)
        left_layout.setContentsMargins(0, 0, 0, 0)
        left_layout.addWidget(self.table, 1)
        left_layout.addWidget(self.empty_label)
        self.splitter = QSplitter(Qt.Orientation.Horizontal)
        self.splitter.addWidget(left)
        self.splitter.addWidget(self.panel)
        self.splitter.setStretchFactor(0, 3)
        self.splitter.setStretchFactor(1, 1)
        self.splitter.setSizes([1000, 340])
        layout = QVBoxLayout(self)
        layout.addLayout(top)
        layout.addLayout(filters)
        layout.addWidget(self.splitter, 1)

        self.search_edit.textChanged.connect(self.apply_filters)
        for combo in (
            self.partner_filter,
            self.region_filter,
            self.sector_filter,
            self.state_filter,
        ):
            combo.currentIndexChanged.connect(self.apply_filters)
        self.date_from.dateChanged.connect(self.apply_filters)
        self.date_to.dateChanged.connect(self.apply_filters)
        self.table.selectionModel().currentRowChanged.connect(self._row_changed)
        self.table.activated.connect(lambda _index: self.open_current())
        self.setTabOrder(self.search_edit, self.partner_filter)
        self.setTabOrder(self.partner_filter, self.region_filter)
        self.setTabOrder(self.region_filter, self.sector_filter)
        self.setTabOrder(self.sector_filter, self.state_filter)
        self.setTabOrder(self.state_filter, self.date_from)
        self.setTabOrder(self.date_from, self.date_to)
        self.setTabOrder(self.date_to, self.table)
        self.setTabOrder(self.table, self.state_buttons["reviewed"])
        self.retranslate()
        self.refresh()

    # -- words -------------------------------------------------------------------------
    def retranslate(self) -> None:
        self.heading.setText(QCoreApplication.translate("MraReceived", "Received meetings"))
        self.search_edit.setPlaceholderText(
            with_shortcut(
                QCoreApplication.translate(
                    "MraReceived", "Search titles, places, partners, comments"
                ),
                QKeySequence.StandardKey.Find,
            )
        )
        self.search_edit.setAccessibleName(
            QCoreApplication.translate("MraReceived", "Search the received meetings")
        )
        self.partner_filter.setAccessibleName(
            QCoreApplication.translate("MraReceived", "Filter by partner")
        )
        self.region_filter.setAccessibleName(
            QCoreApplication.translate("MraReceived", "Filter by region")
        )
        self.sector_filter.setAccessibleName(
            QCoreApplication.translate("MraReceived", "Filter by sector")
        )
        self.state_filter.setAccessibleName(
            QCoreApplication.translate("MraReceived", "Filter by review state")
        )
        self.from_label.setText(QCoreApplication.translate("MraReceived", "From"))
        self.to_label.setText(QCoreApplication.translate("MraReceived", "to"))
        for edit in (self.date_from, self.date_to):
            edit.setSpecialValueText(QCoreApplication.translate("MraReceived", "any date"))
        self.date_from.setAccessibleName(
            QCoreApplication.translate("MraReceived", "Meetings from this date")
        )
        self.date_to.setAccessibleName(
            QCoreApplication.translate("MraReceived", "Meetings up to this date")
        )
        self.table.setAccessibleName(QCoreApplication.translate("MraReceived", "Received meetings"))
        self.state_box.setTitle(QCoreApplication.translate("MraReceived", "Review"))
        texts = {
            "received": (
                QCoreApplication.translate("MraReceived", "Bac&k to received"),
                QCoreApplication.translate("MraReceived", "Not reviewed yet"),
            ),
            "reviewed": (
                QCoreApplication.translate("MraReceived", "Mark &reviewed"),
                QCoreApplication.translate("MraReceived", "Read, not approved yet"),
            ),
            "approved": (
                QCoreApplication.translate("MraReceived", "&Approve"),
                QCoreApplication.translate(
                    "MraReceived", "Approved meetings count in the national report"
                ),
            ),
            "has_issues": (
                QCoreApplication.translate("MraReceived", "Has &issues"),
                QCoreApplication.translate(
                    "MraReceived", "Something must be corrected; say what in the comment"
                ),
            ),
        }
        for state, (text, tip) in texts.items():
            action = self.state_actions[state]
            action.setText(text)
            action.setToolTip(with_shortcut(tip, action.shortcut()))
            self.state_buttons[state].setText(text)
            self.state_buttons[state].setToolTip(with_shortcut(tip, action.shortcut()))
        self.comment_label.setText(QCoreApplication.translate("MraReceived", "Comme&nt"))
        self.comment_edit.setPlaceholderText(
            QCoreApplication.translate(
                "MraReceived", "What the partner should correct or complete; saved as you type"
            )
        )
        self.comment_edit.setAccessibleName(
            QCoreApplication.translate("MraReceived", "Review comment")
        )
        self.history_label.setText(QCoreApplication.translate("MraReceived", "Histor&y"))
        self.open_action.setText(QCoreApplication.translate("MraReceived", "&Open the meeting"))
        self.open_button.setText(self.open_action.text())
        self.open_button.setToolTip(
            with_shortcut(
                QCoreApplication.translate("MraReceived", "Read the whole meeting"),
                self.open_action.shortcut(),
            )
        )
        self._fill_filters()
        self.model.retranslate()
        self._show_counts()
        self._show_current()

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
        super().changeEvent(event)

    def _fill_combo(self, combo: QComboBox, everything: str, items: list[tuple[str, str]]) -> None:
        current = combo.currentData()
        combo.blockSignals(True)
        combo.clear()
        combo.addItem(everything, None)
        for code, text in items:
            combo.addItem(text, code)
        index = combo.findData(current) if current is not None else 0
        combo.setCurrentIndex(max(index, 0))
        combo.blockSignals(False)

    def _fill_filters(self) -> None:
        self._fill_combo(
            self.partner_filter,
            QCoreApplication.translate("MraReceived", "All partners"),
            partners_with_received_meetings(self.db),
        )
        self._fill_combo(
            self.region_filter,
            QCoreApplication.translate("MraReceived", "All regions"),
            [(r, r) for r in received_regions(self.db)],
        )
        self._fill_combo(
            self.sector_filter,
            QCoreApplication.translate("MraReceived", "All sectors"),
            [(c, word("sector", c)) for c in vocabulary_codes("sector")],
        )
        self._fill_combo(
            self.state_filter,
            QCoreApplication.translate("MraReceived", "All review states"),
            [(s, state_word(s)) for s in SHOWN_STATES],
        )

    # -- loading -----------------------------------------------------------------------
    def criteria(self) -> ReceivedFilter:
        return ReceivedFilter(
            text=self.search_edit.text(),
            partner_id=self.partner_filter.currentData(),
            region=self.region_filter.currentData(),
            sector=self.sector_filter.currentData(),
            state=self.state_filter.currentData(),
            date_from=date_limit(self.date_from),
            date_to=date_limit(self.date_to),
        )

    def refresh(self) -> None:
        """Read the meetings again (after an import, or when the screen is shown)."""
        self.saver.flush()
        self._fill_filters()
        self._all = received_meetings(self.db)
        self.apply_filters()

    def apply_filters(self) -> None:
        selected = self.current.id if self.current else None
        self.model.set_rows(received_meetings(self.db, self.criteria()))
        self._show_counts()
        self.empty_label.setVisible(not self.model.rows)
        self.empty_label.setText(
            QCoreApplication.translate("MraReceived", "No meeting matches these filters.")
            if self._all
            else QCoreApplication.translate(
                "MraReceived",
                "No meeting has been received yet: import partners' sync files "
                "(File ▸ Import sync files…).",
            )
        )
        if selected and self.model.row_of(selected) >= 0:
            self.select_meeting(selected)
        elif self.model.rows:
            select_row(self.table, 0)
        else:
            self._set_current(None)

    def _show_counts(self) -> None:
        counts = state_counts(self._all)
        parts = [
            f"{state_word(state)}: {counts[state]}"
            for state in SHOWN_STATES
            if counts[state] or state != "changed"
        ]
        self.counts_label.setText(" · ".join(parts))
        self.counts_label.setToolTip(
            QCoreApplication.translate(
                "MraReceived",
                "Only approved meetings count in the national report and spreadsheets.",
            )
        )

    # -- selection ---------------------------------------------------------------------
    def select_meeting(self, meeting_id: str) -> None:
        row = self.model.row_of(meeting_id)
        if row < 0:
            return
        select_row(self.table, self.proxy.mapFromSource(self.model.index(row, 0)).row())

    def _row_changed(self, current: QModelIndex, _previous: QModelIndex) -> None:
        if not current.isValid():
            self._set_current(None)
            return
        source = self.proxy.mapToSource(current)
        self._set_current(self.model.rows[source.row()])

    def _set_current(self, meeting: ReceivedMeeting | None) -> None:
        self.saver.flush()
        self.current = meeting
        self.error_label.hide()
        self._show_current()

    def _show_current(self) -> None:
        meeting = self.current
        self.panel.setEnabled(meeting is not None)
        if meeting is None:
            self.title_label.setText("")
            self.facts_label.setText("")
            self.state_label.setText("")
            self.saver.load("")
            self.history_list.clear()
            return
        self.title_label.setText(meeting.title)
        place = join_list((meeting.city, meeting.region), typed=True)
        received_on = (
            fill(
                QCoreApplication.translate("MraReceived", "received on %1"),
                format_date(meeting.received_at.date()),
            )
            if meeting.received_at
            else ""
        )
        self.facts_label.setText(
            "\n".join(
                part
                for part in (
                    meeting.partner,
                    " · ".join(p for p in (place, format_date(meeting.date, long=True)) if p),
                    fill(
                        QCoreApplication.translate(
                            "MraReceived", "%1 participants · %2 changes · %3 action items"
                        ),
                        ltr(meeting.participants),
                        ltr(meeting.changes),
                        ltr(meeting.action_items),
                    ),
                    received_on,
                )
                if part
            )
        )
        state = meeting.review.state
        text = state_word(state)
        if state == "changed":
            text += " — " + fill(
                QCoreApplication.translate(
                    "MraReceived",
                    "the partner sent a new version after it was marked %1; read it and set "
                    "its state again",
                ),
                state_word(meeting.review.stored_state),
            )
        if meeting.open_conflicts:
            text += "\n" + fill(
                QCoreApplication.translate(
                    "MraReceived",
                    "%1 conflict(s) waiting for a decision (File ▸ Import sync files)",
                ),
                ltr(meeting.open_conflicts),
            )
        self.state_label.setText(text)
        self.state_label.setWordWrap(True)
        self.state_label.setStyleSheet(f"color: {state_colour(state).name()}; font-weight: bold;")
        if not self.saver.pending:
            self.saver.load(meeting.review.comment)
        name = person_name(self.db)
        self.reviewer_label.setText(
            fill(QCoreApplication.translate("MraReceived", "Reviewing as %1"), name)
            if name
            else QCoreApplication.translate(
                "MraReceived", "Write your name in Settings: every review says who made it."
            )
        )
        self.history_list.clear()
        for entry in reversed(review_history(self.db, meeting.id)):
            line = f"{format_date(entry.at.date())} · {state_word(entry.state)} · {entry.reviewer}"
            if entry.comment:
                line += f"\n{entry.comment}"
            self.history_list.addItem(line)

    # -- acting ------------------------------------------------------------------------
    def focus_search(self) -> None:
        self.search_edit.setFocus(Qt.FocusReason.ShortcutFocusReason)
        self.search_edit.selectAll()

    def open_current(self) -> None:
        if self.current is not None:
            self.saver.flush()
            self.meeting_opened.emit(self.current.id)

    def _show_error(self, error: Exception) -> None:
        sentence = error_sentence(error)
        self.error_label.setText(sentence)
        self.error_label.show()

    def _save_comment(self, text: str) -> None:
        if self.current is None:
            return
        if set_review_comment(
            self.db, self.current.id, text, reviewer=person_name(self.db)
        ):
            self.error_label.hide()
            self.review_changed.emit(self.current.id)

    def set_state(self, state: str) -> bool:
        """Set the selected meeting's review state (with the comment as typed)."""
        if self.current is None:
            return False
        meeting_id = self.current.id
        self.saver.timer.stop()
        try:
            set_review_state(
                self.db,
                meeting_id,
                state,
                reviewer=person_name(self.db),
                comment=self.comment_edit.toPlainText(),
            )
        except MraError as error:
            self._show_error(error)
            if error.code == "review_needs_comment":
                self.comment_edit.setFocus(Qt.FocusReason.OtherFocusReason)
            return False
        self.saver.load(self.comment_edit.toPlainText().strip())
        self.error_label.hide()
        self._all = received_meetings(self.db)
        self.apply_filters()
        self.select_meeting(meeting_id)
        self.review_changed.emit(meeting_id)
        self.status_message.emit(
            fill(
                QCoreApplication.translate("MraReceived", "Review state set: %1"), state_word(state)
            )
        )
        return True

    def flush(self) -> bool:
        return self.saver.flush()

    def showEvent(self, event: Any) -> None:
        self.refresh()
        super().showEvent(event)

    def hideEvent(self, event: Any) -> None:
        self.saver.flush()
        super().hideEvent(event)
