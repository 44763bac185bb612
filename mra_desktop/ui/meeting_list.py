"""The meetings list: search, filters, new, follow-up, open, delete (undoable), restore,
and MRA's review of each meeting once a receipt from MRA has been imported (a column, its
tooltip, and the selected meeting's review told in full under the list)."""

from __future__ import annotations

import datetime as dt
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import (
    QCoreApplication,
    QEvent,
    QItemSelectionModel,
    QModelIndex,
    Qt,
    Signal,
)
from PySide6.QtGui import QAction, QKeySequence
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QFrame,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QTableView,
    QToolButton,
    QVBoxLayout,
    QWidget,
)

from mra_desktop.core.errors import MraError
from mra_desktop.core.protocol import load_protocol
from mra_desktop.ui.date_filter import date_filter_edit, date_limit
from mra_desktop.ui.i18n import current_language, vocabulary_codes, word
from mra_desktop.ui.messages import describe_error
from mra_desktop.ui.models.meetings import COLUMNS, RECORD_ID_ROLE, MeetingTableModel
from mra_desktop.ui.sentences import fill, ltr, shortcut_text
from mra_desktop.ui.tables import show_whole_text
from mra_desktop.ui.text_direction import LineEdit

if TYPE_CHECKING:
    from mra_desktop.core.services import RecordChange, Services
    from mra_desktop.ui.history import History, Target



def with_shortcut(text: str, shortcut: QKeySequence | str) -> str:
    """A tooltip that names its keyboard shortcut: "Delete the meeting (Del)", with the
    keys named as the interface language names them ("Suppr" in French)."""
    keys = shortcut_text(shortcut)
    return f"{text} ({keys})" if keys else text


# -- what a new meeting starts with ----------------------------------------------------------
def new_meeting_values(organisation_id: str, title: str, facilitator: str) -> dict[str, Any]:
    """A new meeting: today's date, the interface language, the facilitator, the protocol."""
    protocol = load_protocol()
    return {
        "organisation_id": organisation_id,
        "title": title,
        "date": dt.date.today(),
        "language": current_language(),
        "facilitators": [facilitator] if facilitator else [],
        "protocol_id": protocol.id,
        "protocol_version": protocol.version,
        "status": "planned",
    }


class MeetingListView(QWidget):
    # the user asked to open a meeting (its id)
    meeting_opened = Signal(str)
    # a meeting was created here (new or follow-up); the window shows its setup
    meeting_created = Signal(str)
    # a record was created, deleted or restored from this screen
    records_changed = Signal(object)
    # a new meeting needs an organisation and none is chosen yet
    organisation_needed = Signal()
    # a short, non-modal sentence for the status bar
    status_message = Signal(str)

    def __init__(
        self,
        services: Services | None,
        history: History | None,
        parent: QWidget | None = None,
    ):
        """``services`` may come later (:meth:`set_services`): the list is painted first."""
        super().__init__(parent)
        self.setObjectName("MeetingListView")
        self.services = services
        self.history = history
        if history is not None:
            history.revealed.connect(self.reveal)
        self.showing_deleted = False
        self._stale = False

        # sorted by the database (the model reads the rows a page at a time)
        self.model = MeetingTableModel(services, self)

        self.heading = QLabel()
        font = self.heading.font()
        font.setPointSizeF(font.pointSizeF() * 1.4)
        font.setBold(True)
        self.heading.setFont(font)
        self.count_label = QLabel()

        self.search_edit = LineEdit()
        self.search_edit.setClearButtonEnabled(True)
        self.status_filter = QComboBox()
        self.partner_filter = QComboBox()
        self.sector_filter = QComboBox()
        self.date_from = date_filter_edit()
        self.date_to = date_filter_edit()
        for combo in (self.status_filter, self.partner_filter, self.sector_filter):
            combo.setSizeAdjustPolicy(
                QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon
            )
            combo.setMinimumContentsLength(12)
        self.from_label = QLabel()
        self.to_label = QLabel()
        self.from_label.setBuddy(self.date_from)
        self.to_label.setBuddy(self.date_to)

        self.table = QTableView()
        self.table.setObjectName("MeetingTable")
        self.table.setModel(self.model)
        self.table.setSortingEnabled(True)
        self.table.sortByColumn(COLUMNS.index("date"), Qt.SortOrder.DescendingOrder)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.setAlternatingRowColors(True)
        self.table.verticalHeader().setVisible(False)
        header = self.table.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
        header.setStretchLastSection(False)
        for column, width in (("partner", 170), ("place", 140), ("sectors", 190)):
            self.table.setColumnWidth(COLUMNS.index(column), width)
        # titles, partners, places and sectors wrap rather than being cut
        show_whole_text(
            self.table,
            fitted=[
                COLUMNS.index(c)
                for c in ("date", "kind", "status", "changes", "action_items", "mra_review")
            ],
            stretched=[COLUMNS.index("title")],
        )
        self.table.setColumnHidden(COLUMNS.index("mra_review"), True)  # until a receipt
        self.table.activated.connect(self._open_index)
        self.empty_label = QLabel()
        self.empty_label.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.empty_label.setWordWrap(True)
        # MRA's review of the selected meeting, in full (from the newest receipt)
        self.review_label = QLabel()
        self.review_label.setObjectName("MraReviewDetail")
        self.review_label.setWordWrap(True)
        self.review_label.setTextFormat(Qt.TextFormat.PlainText)
        self.review_label.setFrameShape(QFrame.Shape.StyledPanel)
        self.review_label.setMargin(6)
        self.review_label.hide()
        self.has_receipts = False

        # actions: the main window shows them in its File menu too
        self.new_action = QAction(self)
        self.new_action.setShortcut(QKeySequence.StandardKey.New)
        self.new_action.triggered.connect(self.create_meeting)
        self.follow_up_action = QAction(self)
        self.follow_up_action.setShortcut(QKeySequence("Ctrl+Shift+N"))
        self.follow_up_action.triggered.connect(self.create_follow_up)
        self.open_action = QAction(self)
        self.open_action.setShortcut(QKeySequence("Ctrl+O"))
        self.open_action.triggered.connect(self.open_selected)
        self.delete_action = QAction(self)
        self.delete_action.setShortcut(QKeySequence.StandardKey.Delete)
        self.delete_action.setShortcutContext(Qt.ShortcutContext.WidgetWithChildrenShortcut)
        self.delete_action.triggered.connect(self.delete_selected)
        self.restore_action = QAction(self)
        self.restore_action.setShortcut(QKeySequence("Ctrl+R"))
        self.restore_action.setShortcutContext(Qt.ShortcutContext.WidgetWithChildrenShortcut)
        self.restore_action.triggered.connect(self.restore_selected)
        self.deleted_action = QAction(self)
        self.deleted_action.setCheckable(True)
        self.deleted_action.setShortcut(QKeySequence("Ctrl+Shift+D"))
        self.deleted_action.toggled.connect(self.show_deleted)
        self.find_action = QAction(self)
        self.find_action.setShortcut(QKeySequence.StandardKey.Find)
        self.find_action.setShortcutContext(Qt.ShortcutContext.WidgetWithChildrenShortcut)
        self.find_action.triggered.connect(self.focus_search)
        for action in (self.delete_action, self.restore_action, self.find_action):
            self.addAction(action)

        self.new_button = self._button(self.new_action)
        self.follow_up_button = self._button(self.follow_up_action)
        self.open_button = self._button(self.open_action)
        self.delete_button = self._button(self.delete_action)
        self.restore_button = self._button(self.restore_action)
        self.deleted_button = self._button(self.deleted_action)

        top = QHBoxLayout()
        top.addWidget(self.heading)
        top.addStretch(1)
        top.addWidget(self.count_label)
        filters = QHBoxLayout()
        filters.addWidget(self.search_edit, 3)
        filters.addWidget(self.status_filter, 1)
        filters.addWidget(self.partner_filter, 2)
        filters.addWidget(self.sector_filter, 1)
        filters.addWidget(self.from_label)
        filters.addWidget(self.date_from)
        filters.addWidget(self.to_label)
        filters.addWidget(self.date_to)
        buttons = QHBoxLayout()
        for button in (
            self.new_button,
            self.follow_up_button,
            self.open_button,
            self.delete_button,
            self.restore_button,
        ):
            buttons.addWidget(button)
        buttons.addStretch(1)
        buttons.addWidget(self.deleted_button)
        layout = QVBoxLayout(self)
        layout.addLayout(top)
        layout.addLayout(filters)
        layout.addLayout(buttons)
        layout.addWidget(self.table, 1)
        layout.addWidget(self.empty_label)
        layout.addWidget(self.review_label)

        self.search_edit.textChanged.connect(self.apply_filters)
        for combo in (self.status_filter, self.partner_filter, self.sector_filter):
            combo.currentIndexChanged.connect(self.apply_filters)
        self.date_from.dateChanged.connect(self.apply_filters)
        self.date_to.dateChanged.connect(self.apply_filters)
        self.table.selectionModel().selectionChanged.connect(self._update_actions)
        self.model.modelReset.connect(self._after_reset)

        self.setTabOrder(self.search_edit, self.status_filter)
        self.setTabOrder(self.status_filter, self.partner_filter)
        self.setTabOrder(self.partner_filter, self.sector_filter)
        self.setTabOrder(self.sector_filter, self.date_from)
        self.setTabOrder(self.date_from, self.date_to)
        self.setTabOrder(self.date_to, self.table)

        self._fill_filters()
        self.retranslate()
        self.apply_filters()

    # -- building ----------------------------------------------------------------------
    def _button(self, action: QAction) -> QToolButton:
        button = QToolButton()
        button.setDefaultAction(action)
        button.setToolButtonStyle(Qt.ToolButtonStyle.ToolButtonTextBesideIcon)
        return button

    def _fill_combo(self, combo: QComboBox, everything: str, items: list[tuple[str, str]]) -> None:
        current = combo.currentData()
        combo.blockSignals(True)
        combo.clear()
        combo.addItem(everything, None)
        for code, label in items:
            combo.addItem(label, code)
        index = combo.findData(current) if current is not None else 0
        combo.setCurrentIndex(max(index, 0))
        combo.blockSignals(False)

    def _fill_filters(self) -> None:
        self._fill_combo(
            self.status_filter,
            QCoreApplication.translate("MeetingList", "All statuses"),
            [(c, word("meeting_status", c)) for c in vocabulary_codes("meeting_status")],
        )
        self._fill_partners()
        self._fill_combo(
            self.sector_filter,
            QCoreApplication.translate("MeetingList", "All sectors"),
            [(c, word("sector", c)) for c in vocabulary_codes("sector")],
        )

    def retranslate(self) -> None:
        self.heading.setText(
            QCoreApplication.translate("MeetingList", "Recently deleted meetings")
            if self.showing_deleted
            else QCoreApplication.translate("MeetingList", "Meetings")
        )
        self.search_edit.setPlaceholderText(
            with_shortcut(
                QCoreApplication.translate("MeetingList", "Search titles and places"),
                QKeySequence.StandardKey.Find,
            )
        )
        self.search_edit.setAccessibleName(
            QCoreApplication.translate("MeetingList", "Search meetings")
        )
        self.status_filter.setAccessibleName(
            QCoreApplication.translate("MeetingList", "Filter by status")
        )
        self.partner_filter.setAccessibleName(
            QCoreApplication.translate("MeetingList", "Filter by partner")
        )
        self.sector_filter.setAccessibleName(
            QCoreApplication.translate("MeetingList", "Filter by sector")
        )
        self.from_label.setText(QCoreApplication.translate("MeetingList", "From"))
        self.to_label.setText(QCoreApplication.translate("MeetingList", "to"))
        for edit in (self.date_from, self.date_to):
            edit.setSpecialValueText(QCoreApplication.translate("MeetingList", "any date"))
        self.date_from.setAccessibleName(
            QCoreApplication.translate("MeetingList", "Meetings from this date")
        )
        self.date_to.setAccessibleName(
            QCoreApplication.translate("MeetingList", "Meetings up to this date")
        )
        self.table.setAccessibleName(QCoreApplication.translate("MeetingList", "Meetings"))
        texts = (
            (
                self.new_action,
                QCoreApplication.translate("MeetingList", "&New meeting"),
                QCoreApplication.translate("MeetingList", "Prepare a new meeting"),
            ),
            (
                self.follow_up_action,
                QCoreApplication.translate("MeetingList", "&Follow-up meeting"),
                QCoreApplication.translate(
                    "MeetingList",
                    "A new meeting with the same setup, reviewing the period since this one",
                ),
            ),
            (
                self.open_action,
                QCoreApplication.translate("MeetingList", "&Open meeting"),
                QCoreApplication.translate("MeetingList", "Open the selected meeting"),
            ),
            (
                self.delete_action,
                QCoreApplication.translate("MeetingList", "&Delete meeting"),
                fill(
                    QCoreApplication.translate(
                        "MeetingList", "Delete the selected meeting (%1 brings it back)"
                    ),
                    shortcut_text("Ctrl+Z"),
                ),
            ),
            (
                self.restore_action,
                QCoreApplication.translate("MeetingList", "&Restore meeting"),
                QCoreApplication.translate("MeetingList", "Bring the selected meeting back"),
            ),
            (
                self.deleted_action,
                QCoreApplication.translate("MeetingList", "Recen&tly deleted"),
                QCoreApplication.translate("MeetingList", "Show the deleted meetings"),
            ),
            (
                self.find_action,
                QCoreApplication.translate("MeetingList", "&Find"),
                QCoreApplication.translate("MeetingList", "Search the meetings"),
            ),
        )
        for action, text, tip in texts:
            action.setText(text)
            action.setToolTip(with_shortcut(tip, action.shortcut()))
            action.setStatusTip(tip)
        self._fill_filters()
        self.model.retranslate()
        self._after_reset()

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
        super().changeEvent(event)

    # -- searching ---------------------------------------------------------------------
    def criteria(self) -> dict[str, Any]:
        return {
            "text": self.search_edit.text(),
            "status": self.status_filter.currentData(),
            "organisation_id": self.partner_filter.currentData(),
            "sector": self.sector_filter.currentData(),
            "date_from": date_limit(self.date_from),
            "date_to": date_limit(self.date_to),
            "deleted_only": self.showing_deleted,
        }

    def apply_filters(self) -> None:
        selected = self.current_meeting_id()
        self.model.search(**self.criteria())
        if selected:
            self.select_meeting(selected)

    def _fill_partners(self) -> None:
        partners = self.services.organisations.list() if self.services is not None else []
        self._fill_combo(
            self.partner_filter,
            QCoreApplication.translate("MeetingList", "All partners"),
            [(org.id, org.name) for org in partners],
        )

    def set_services(self, services: Services, history: History | None = None) -> None:
        """The database to list and the history of what is done here (given once the
        window has painted)."""
        self.services = services
        if history is not None:
            self.history = history
            history.revealed.connect(self.reveal)
        self.model.services = services
        self.refresh()

    def refresh(self) -> None:
        """Read the meetings again (after a change elsewhere, or a receipt from MRA)."""
        self._fill_partners()
        self._show_review_column()
        self.apply_filters()

    def _show_review_column(self) -> None:
        """MRA's review is a column once a receipt from MRA has been imported here."""
        if self.services is not None:
            from mra_desktop.core.receipts.views import has_receipts

            self.has_receipts = has_receipts(self.services.db)
        self.table.setColumnHidden(COLUMNS.index("mra_review"), not self.has_receipts)

    def on_record_changed(self, change: RecordChange) -> None:
        """A record changed elsewhere: refresh when the list shows something of it (at
        once when on screen, otherwise when it is shown again)."""
        if change.record_type in ("meeting", "organisation") or (
            change.record_type in ("change", "action_item") and change.operation != "updated"
        ):
            if self.isVisible():
                self.refresh()
            else:
                self._stale = True

    def showEvent(self, event: Any) -> None:
        if self._stale:
            self._stale = False
            self.refresh()
        super().showEvent(event)

    def focus_search(self) -> None:
        self.search_edit.setFocus(Qt.FocusReason.ShortcutFocusReason)
        self.search_edit.selectAll()

    def show_deleted(self, deleted: bool) -> None:
        if self.deleted_action.isChecked() != deleted:
            self.deleted_action.setChecked(deleted)  # calls back here through toggled
            return
        self.showing_deleted = deleted
        self.retranslate()
        self.apply_filters()

    def _after_reset(self) -> None:
        rows = self.model.total()
        self.count_label.setText(
            fill(QCoreApplication.translate("MeetingList", "Meetings: %1"), ltr(rows))
            if self.services is not None
            else ""  # not known until the database is open
        )
        if rows:
            self.empty_label.hide()
        else:
            if self.services is None:
                self.empty_label.setText(
                    QCoreApplication.translate("MeetingList", "Opening the database…")
                )
            elif self.showing_deleted:
                self.empty_label.setText(
                    QCoreApplication.translate("MeetingList", "No deleted meetings.")
                )
            elif any(v for k, v in self.criteria().items() if k != "deleted_only"):
                self.empty_label.setText(
                    QCoreApplication.translate("MeetingList", "No meeting matches these filters.")
                )
            else:
                self.empty_label.setText(
                    fill(
                        QCoreApplication.translate(
                            "MeetingList", "No meetings yet. Press %1 to prepare the first one."
                        ),
                        shortcut_text(self.new_action.shortcut()),
                    )
                )
            self.empty_label.show()
        self._update_actions()

    def _show_review(self) -> None:
        from mra_desktop.ui.receipt_words import review_details

        meeting_id = self.current_meeting_id()
        review = self.model.review_of(meeting_id) if meeting_id else None
        if review is None:
            self.review_label.hide()
            self.review_label.clear()
            return
        lines = review_details(review)
        lines[0] = fill(QCoreApplication.translate("MeetingList", "MRA's review: %1"), lines[0])
        self.review_label.setText("\n".join(lines))
        self.review_label.show()

    def _update_actions(self) -> None:
        self._show_review()
        has = self.current_meeting_id() is not None
        live = not self.showing_deleted
        self.open_action.setEnabled(has and live)
        self.follow_up_action.setEnabled(has and live)
        self.delete_action.setEnabled(has and live)
        self.restore_action.setEnabled(has and not live)
        self.restore_action.setVisible(not live)
        self.restore_button.setVisible(not live)
        self.new_action.setEnabled(True)

    # -- selection ---------------------------------------------------------------------
    def current_meeting_id(self) -> str | None:
        index = self.table.currentIndex()
        if not index.isValid() or not self.table.selectionModel().isSelected(index):
            rows = self.table.selectionModel().selectedRows()
            if not rows:
                return None
            index = rows[0]
        value = index.data(RECORD_ID_ROLE)
        return str(value) if value else None

    def select_meeting(self, meeting_id: str) -> bool:
        row = self.model.row_of(meeting_id)
        if row < 0:
            return False
        index = self.model.index(row, 0)
        self.table.selectionModel().setCurrentIndex(
            index,
            QItemSelectionModel.SelectionFlag.ClearAndSelect
            | QItemSelectionModel.SelectionFlag.Rows,
        )
        self.table.scrollTo(index)
        return True

    def visible_meeting_ids(self) -> list[str]:
        return [
            str(self.model.index(row, 0).data(RECORD_ID_ROLE))
            for row in range(self.model.rowCount())
        ]

    # -- doing -------------------------------------------------------------------------
    def _open_index(self, index: QModelIndex) -> None:
        if self.showing_deleted:
            return
        meeting_id = index.data(RECORD_ID_ROLE)
        if meeting_id:
            self.meeting_opened.emit(str(meeting_id))

    def open_selected(self) -> None:
        meeting_id = self.current_meeting_id()
        if meeting_id and not self.showing_deleted:
            self.meeting_opened.emit(meeting_id)

    def _organisation(self) -> str | None:
        from mra_desktop.core.identity import database_identity

        return database_identity(self.services.db).organisation_id

    def create_meeting(self) -> str | None:
        from mra_desktop.core.identity import database_identity

        organisation_id = self._organisation()
        if organisation_id is None:
            self.organisation_needed.emit()
            return None
        values = new_meeting_values(
            organisation_id,
            QCoreApplication.translate("MeetingList", "New meeting"),
            database_identity(self.services.db).facilitator,
        )
        change = self.services.meetings.create(**values)
        self.history.record("new_meeting", [change])
        self._changed(change)
        self.meeting_created.emit(change.record_id)
        return change.record_id

    def create_follow_up(self, meeting_id: str | None = None) -> str | None:
        """The follow-up of the selected meeting: its setup, its participants and its
        action plan to follow up, written as one (one Ctrl+Z takes all of it back)."""
        from mra_desktop.core.follow_up import create_follow_up

        meeting_id = meeting_id or self.current_meeting_id()
        if meeting_id is None:
            return None
        try:
            made = create_follow_up(self.services, meeting_id)
        except MraError as exc:
            self.status_message.emit(describe_error(exc))
            return None
        self.history.record("follow_up_meeting", made.changes)
        self._changed(made.changes[0])
        self.meeting_created.emit(made.meeting_id)
        return made.meeting_id

    def delete_selected(self) -> None:
        meeting_id = self.current_meeting_id()
        if meeting_id is None or self.showing_deleted:
            return
        row = self.table.currentIndex().row()
        change = self.services.meetings.delete(meeting_id)
        self.history.record("delete_meeting", [change])
        self._changed(change)
        self.status_message.emit(
            fill(
                QCoreApplication.translate("MeetingList", "Meeting deleted — %1 to undo"),
                shortcut_text("Ctrl+Z"),
            )
        )
        self._select_row_near(row)

    def restore_selected(self) -> None:
        meeting_id = self.current_meeting_id()
        if meeting_id is None or not self.showing_deleted:
            return
        row = self.table.currentIndex().row()
        change = self.services.meetings.restore(meeting_id)
        self.history.record("restore_meeting", [change])
        self._changed(change)
        self.status_message.emit(
            fill(
                QCoreApplication.translate("MeetingList", "Meeting restored — %1 to undo"),
                shortcut_text("Ctrl+Z"),
            )
        )
        self._select_row_near(row)

    def _select_row_near(self, row: int) -> None:
        count = self.model.rowCount()
        if count == 0:
            return
        index = self.model.index(min(max(row, 0), count - 1), 0)
        self.table.selectionModel().setCurrentIndex(
            index,
            QItemSelectionModel.SelectionFlag.ClearAndSelect
            | QItemSelectionModel.SelectionFlag.Rows,
        )

    def _changed(self, change: RecordChange) -> None:
        self.refresh()
        self.records_changed.emit(change)

    def reveal(self, target: Target) -> None:
        """An undo or redo changed a meeting: show the list it is in, with it selected."""
        self.refresh()
        if target.record_type == "meeting":
            deleted = not target.live
            if deleted != self.showing_deleted:
                self.show_deleted(deleted)
            self.select_meeting(target.record_id)
        self.table.setFocus(Qt.FocusReason.OtherFocusReason)
