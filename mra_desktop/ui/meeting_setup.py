"""Meeting setup: every field of the meeting, and who took part.

There is no Save button: each keystroke or choice goes to the Autosaver, which writes
within about a second, and at once when a field loses focus or the screen is left. A value
the meeting cannot take (a period that ends before it starts) shows why under its row and
waits there until it is put right. Participants are added from a row of fields under the
table (type, Enter, type the next one); Delete removes the selected participant. Ctrl+Z
takes back any of it, in the meeting's one history.
"""

from __future__ import annotations

import datetime as dt
import re
from typing import Any

from PySide6.QtCore import (
    QAbstractItemModel,
    QCoreApplication,
    QDate,
    QEvent,
    QModelIndex,
    QObject,
    QPersistentModelIndex,
    Qt,
    Signal,
)
from PySide6.QtGui import QAction, QKeySequence
from PySide6.QtWidgets import (
    QAbstractItemView,
    QApplication,
    QCheckBox,
    QComboBox,
    QDateEdit,
    QFormLayout,
    QGridLayout,
    QGroupBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QPushButton,
    QScrollArea,
    QSpinBox,
    QStyledItemDelegate,
    QStyleOptionViewItem,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from mra_desktop.core import models as m
from mra_desktop.core.errors import MraError
from mra_desktop.core.protocol import load_protocol, pick
from mra_desktop.core.services import RecordChange, Services
from mra_desktop.ui.autosave import Autosaver
from mra_desktop.ui.history import History, Target, clear_draft, mark_draft, pass_history_key
from mra_desktop.ui.i18n import (
    LANGUAGE_NAMES,
    current_language,
    from_qdate,
    to_qdate,
    vocabulary_codes,
    word,
)
from mra_desktop.ui.meeting_list import with_shortcut
from mra_desktop.ui.messages import ERROR_STYLE, describe_error
from mra_desktop.ui.models.participants import COLUMNS, RECORD_ID_ROLE, ParticipantsModel
from mra_desktop.ui.sentences import fill, join_list, ltr, shortcut_text
from mra_desktop.ui.tables import show_whole_text
from mra_desktop.ui.text_direction import LineEdit

_NOT_SET = QDate(2000, 1, 1)  # the minimum of an optional date means "not set"
# the form row that shows a field (fields sharing a row with another one)
_ROW_OF = {
    "status": "date",
    "region": "city",
    "format": "kind",
    "period_from": "period",
    "period_to": "period",
}
_NAME_SEPARATORS = re.compile(r"[,،;؛]")


def split_names(text: str) -> list[str]:
    """Facilitators typed as "Amina, Youssef" (Latin or Arabic commas, or semicolons)."""
    return [name.strip() for name in _NAME_SEPARATORS.split(text) if name.strip()]


class SectorDelegate(QStyledItemDelegate):
    """A list of the catalogue's participant sectors to edit the sector column."""

    def createEditor(
        self,
        parent: QWidget,
        option: QStyleOptionViewItem,
        index: QModelIndex | QPersistentModelIndex,
    ) -> QWidget:
        combo = QComboBox(parent)
        combo.addItem("—", None)
        for code in vocabulary_codes("participant_sector"):
            combo.addItem(word("participant_sector", code), code)
        combo.setAccessibleName(QCoreApplication.translate("Participants", "Sector"))
        return combo

    def setEditorData(self, editor: QWidget, index: QModelIndex | QPersistentModelIndex) -> None:
        assert isinstance(editor, QComboBox)
        value = index.data(Qt.ItemDataRole.EditRole) or None
        editor.setCurrentIndex(max(0, editor.findData(value)))

    def setModelData(
        self,
        editor: QWidget,
        model: QAbstractItemModel,
        index: QModelIndex | QPersistentModelIndex,
    ) -> None:
        assert isinstance(editor, QComboBox)
        model.setData(index, editor.currentData(), Qt.ItemDataRole.EditRole)


class MeetingSetupView(QWidget):
    # the facilitator wants to run the meeting now (its id)
    run_requested = Signal(str)
    # a short, non-modal sentence for the status bar
    status_message = Signal(str)

    def __init__(
        self,
        services: Services,
        autosaver: Autosaver,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.setObjectName("MeetingSetupView")
        self.services = services
        self.autosaver = autosaver
        self.history: History | None = None
        self.meeting_id: str | None = None
        self._field_widgets: list[QWidget] = []
        self.entry_widgets: list[QWidget] = []
        self._loading = False
        self._sectors: list[str] = []
        self._protocol = ("", "")

        self.heading = QLabel()
        font = self.heading.font()
        font.setPointSizeF(font.pointSizeF() * 1.4)
        font.setBold(True)
        self.heading.setFont(font)
        self.heading.setWordWrap(True)
        self.run_button = QPushButton()
        self.run_button.clicked.connect(self._run)

        # -- the meeting's fields --------------------------------------------------------
        self.title_edit = LineEdit()
        self.title_edit.setMaxLength(200)
        self.date_edit = self._date_edit(optional=False)
        self.city_edit = LineEdit()
        self.city_edit.setMaxLength(100)
        self.region_edit = LineEdit()
        self.region_edit.setMaxLength(100)
        self.kind_combo = QComboBox()
        self.scope_combo = QComboBox()
        self.sector_boxes: dict[str, QCheckBox] = {
            code: QCheckBox() for code in vocabulary_codes("sector")
        }
        self.format_combo = QComboBox()
        self.body_combo = QComboBox()
        self.period_from_edit = self._date_edit(optional=True)
        self.period_to_edit = self._date_edit(optional=True)
        self.period_dash = QLabel("–")
        self.language_combo = QComboBox()
        for code, name in LANGUAGE_NAMES.items():
            self.language_combo.addItem(name, code)
        self.facilitators_edit = LineEdit()
        self.status_combo = QComboBox()
        self.protocol_label = QLabel()
        self.protocol_label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.protocol_label.setWordWrap(True)

        for combo in (
            self.kind_combo,
            self.scope_combo,
            self.format_combo,
            self.body_combo,
            self.language_combo,
            self.status_combo,
        ):
            combo.setSizeAdjustPolicy(
                QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon
            )
            combo.setMinimumContentsLength(16)
        sectors_row = QGridLayout()
        for number, box in enumerate(self.sector_boxes.values()):
            sectors_row.addWidget(box, number, 0)
            box.toggled.connect(self._sectors_toggled)
        period_row = QHBoxLayout()
        period_row.addWidget(self.period_from_edit)
        period_row.addWidget(self.period_dash)
        period_row.addWidget(self.period_to_edit)
        period_row.addStretch(1)

        self.form_box = QGroupBox()
        self.form = QFormLayout(self.form_box)
        self.form.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.AllNonFixedFieldsGrow)
        self.labels: dict[str, QLabel] = {}
        # a refused value says why under its row (hidden while there is nothing to say)
        self.errors: dict[str, tuple[int, QLabel]] = {}
        # (name, field, buddy, [(name, field) on the same row])
        rows: list[tuple[str, Any, QWidget | None, list[tuple[str, QWidget]]]] = [
            ("title", self.title_edit, self.title_edit, []),
            ("date", self.date_edit, self.date_edit, [("status", self.status_combo)]),
            ("city", self.city_edit, self.city_edit, [("region", self.region_edit)]),
            ("kind", self.kind_combo, self.kind_combo, [("format", self.format_combo)]),
            ("scope", self.scope_combo, self.scope_combo, []),
            ("sectors", sectors_row, next(iter(self.sector_boxes.values())), []),
            ("body", self.body_combo, self.body_combo, []),
            ("period", period_row, self.period_from_edit, []),
            ("language", self.language_combo, self.language_combo, []),
            # the protocol's title is long: a row of its own, wrapped, never widening the form
            ("protocol", self.protocol_label, None, []),
            ("facilitators", self.facilitators_edit, self.facilitators_edit, []),
        ]
        for name, field, buddy, inline in rows:
            label = QLabel()
            if buddy is not None:
                label.setBuddy(buddy)
            self.labels[name] = label
            if not inline:
                self.form.addRow(label, field)
            else:
                row = QHBoxLayout()
                row.addWidget(field, 1)
                for inline_name, inline_field in inline:
                    inline_label = QLabel()
                    if not isinstance(inline_field, QLabel):
                        inline_label.setBuddy(inline_field)
                    self.labels[inline_name] = inline_label
                    row.addSpacing(8)
                    row.addWidget(inline_label)
                    row.addWidget(inline_field, 1)
                self.form.addRow(label, row)
            error = QLabel()
            error.setObjectName(f"error_{name}")
            error.setWordWrap(True)
            error.setStyleSheet(ERROR_STYLE)
            self.form.addRow("", error)
            self.errors[name] = (self.form.rowCount() - 1, error)
            self.form.setRowVisible(self.form.rowCount() - 1, False)

        # -- participants ----------------------------------------------------------------
        self.participants = ParticipantsModel(services, autosaver, self)
        self.participants.totals_changed.connect(self._update_totals)
        self.participants_box = QGroupBox()
        self.table = QTableView()
        self.table.setObjectName("ParticipantsTable")
        self.table.setModel(self.participants)
        self.table.setItemDelegateForColumn(COLUMNS.index("sector"), SectorDelegate(self.table))
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.setEditTriggers(
            QAbstractItemView.EditTrigger.DoubleClicked
            | QAbstractItemView.EditTrigger.EditKeyPressed
            | QAbstractItemView.EditTrigger.SelectedClicked
        )
        self.table.verticalHeader().setVisible(False)
        header = self.table.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
        header.setSectionResizeMode(COLUMNS.index("role"), QHeaderView.ResizeMode.Stretch)
        header.setSectionResizeMode(COLUMNS.index("institution"), QHeaderView.ResizeMode.Stretch)
        self.table.setColumnWidth(COLUMNS.index("sector"), 160)
        self.table.setColumnWidth(COLUMNS.index("name"), 130)
        # roles, institutions and sectors wrap rather than being cut
        show_whole_text(self.table, fitted=[COLUMNS.index("count")])

        self.new_role = LineEdit()
        self.new_role.setObjectName("NewParticipantRole")
        self.new_institution = LineEdit()
        self.new_sector = QComboBox()
        self.new_sector.setSizeAdjustPolicy(
            QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon
        )
        self.new_sector.setMinimumContentsLength(10)
        self.new_count = QSpinBox()
        self.new_count.setRange(1, 10_000)
        self.new_name = LineEdit()
        self.add_button = QPushButton()
        self.add_button.clicked.connect(self.add_participant)
        self.entry_widgets: list[QWidget] = [
            self.new_role,
            self.new_institution,
            self.new_sector,
            self.new_count,
            self.new_name,
        ]
        for widget in self.entry_widgets:
            widget.installEventFilter(self)
        for line in (self.new_role, self.new_institution, self.new_name):
            mark_draft(line)
        # two lines, so that every field shows its whole placeholder in any language
        entry = QGridLayout()
        entry.addWidget(self.new_role, 0, 0, 1, 2)
        entry.addWidget(self.new_institution, 0, 2, 1, 2)
        entry.addWidget(self.new_sector, 1, 0)
        entry.addWidget(self.new_count, 1, 1)
        entry.addWidget(self.new_name, 1, 2)
        entry.addWidget(self.add_button, 1, 3)
        for column, stretch in enumerate((3, 0, 2, 0)):
            entry.setColumnStretch(column, stretch)
        self.totals_label = QLabel()
        self.totals_label.setWordWrap(True)
        self.totals_label.setObjectName("ParticipantTotals")

        self.delete_action = QAction(self)
        self.delete_action.setShortcut(QKeySequence.StandardKey.Delete)
        self.delete_action.setShortcutContext(Qt.ShortcutContext.WidgetShortcut)
        self.delete_action.triggered.connect(self.remove_selected_participant)
        self.table.addAction(self.delete_action)

        participants_layout = QVBoxLayout(self.participants_box)
        participants_layout.addWidget(self.table, 1)
        participants_layout.addLayout(entry)
        participants_layout.addWidget(self.totals_label)

        # -- layout ----------------------------------------------------------------------
        top = QHBoxLayout()
        top.addWidget(self.heading, 1)
        top.addWidget(self.run_button)
        columns = QHBoxLayout()
        columns.addWidget(self.form_box, 1)
        columns.addWidget(self.participants_box, 1)
        inner = QWidget()
        inner_layout = QVBoxLayout(inner)
        inner_layout.setContentsMargins(0, 0, 0, 0)
        inner_layout.addLayout(top)
        inner_layout.addLayout(columns, 1)
        scroll = QScrollArea()
        scroll.setWidget(inner)
        scroll.setWidgetResizable(True)
        scroll.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        scroll.setFrameShape(QScrollArea.Shape.NoFrame)
        outer = QVBoxLayout(self)
        outer.setContentsMargins(0, 0, 0, 0)
        outer.addWidget(scroll)

        self._connect_fields()
        for name, widget in self._widgets_of_fields().items():
            if name != "sectors":
                widget.setObjectName(f"meeting_{name}")
        for code, box in self.sector_boxes.items():
            box.setObjectName(f"meeting_sector_{code}")
        self.autosaver.refused.connect(self._refused)
        self.autosaver.record_changed.connect(self.on_record_changed)
        self._field_widgets: list[QWidget] = [
            self.title_edit,
            self.date_edit,
            self.status_combo,
            self.city_edit,
            self.region_edit,
            self.kind_combo,
            self.format_combo,
            self.scope_combo,
            *self.sector_boxes.values(),
            self.body_combo,
            self.period_from_edit,
            self.period_to_edit,
            self.language_combo,
            self.facilitators_edit,
        ]
        for widget in self._field_widgets:
            widget.installEventFilter(self)
        order = [
            *self._field_widgets,
            self.table,
            *self.entry_widgets,
            self.add_button,
            self.run_button,
        ]
        for first, second in zip(order, order[1:], strict=False):
            self.setTabOrder(first, second)
        self.retranslate()
        self.setEnabled(False)

    # -- building ----------------------------------------------------------------------
    def _date_edit(self, optional: bool) -> QDateEdit:
        edit = QDateEdit()
        edit.setCalendarPopup(True)
        edit.setDisplayFormat("yyyy-MM-dd")  # Western digits, the order officials use
        if optional:
            edit.setMinimumDate(_NOT_SET)
            edit.setDate(_NOT_SET)
        return edit

    def _connect_fields(self) -> None:
        self.title_edit.textEdited.connect(lambda text: self._set("title", text))
        self.city_edit.textEdited.connect(lambda text: self._set("city", text))
        self.region_edit.textEdited.connect(lambda text: self._set("region", text))
        self.facilitators_edit.textEdited.connect(
            lambda text: self._set("facilitators", split_names(text))
        )
        self.date_edit.dateChanged.connect(lambda d: self._set("date", from_qdate(d)))
        self.period_from_edit.dateChanged.connect(
            lambda d: self._set("period_from", self._optional_date(d))
        )
        self.period_to_edit.dateChanged.connect(
            lambda d: self._set("period_to", self._optional_date(d))
        )
        for name, combo in (
            ("kind", self.kind_combo),
            ("format", self.format_combo),
            ("body", self.body_combo),
            ("language", self.language_combo),
            ("status", self.status_combo),
        ):
            combo.currentIndexChanged.connect(
                lambda _i, name=name, combo=combo: self._set(name, combo.currentData())
            )
        self.scope_combo.currentIndexChanged.connect(self._scope_changed)
        self.title_edit.editingFinished.connect(self.autosaver.flush)

    @staticmethod
    def _optional_date(value: QDate) -> dt.date | None:
        return None if value == _NOT_SET else from_qdate(value)

    def _fill_combo(self, combo: QComboBox, items: list[tuple[str | None, str]]) -> None:
        current = combo.currentData()
        was_loading, self._loading = self._loading, True
        combo.clear()
        for code, label in items:
            combo.addItem(label, code)
        combo.setCurrentIndex(max(0, combo.findData(current)))
        self._loading = was_loading

    def retranslate(self) -> None:
        labels = {
            "title": QCoreApplication.translate("MeetingSetup", "&Title"),
            "date": QCoreApplication.translate("MeetingSetup", "&Date"),
            "city": QCoreApplication.translate("MeetingSetup", "C&ity"),
            "region": QCoreApplication.translate("MeetingSetup", "&Region"),
            "kind": QCoreApplication.translate("MeetingSetup", "&Kind of meeting"),
            "scope": QCoreApplication.translate("MeetingSetup", "Sco&pe"),
            "sectors": QCoreApplication.translate("MeetingSetup", "Sectors covered"),
            "format": QCoreApplication.translate("MeetingSetup", "F&ormat"),
            "body": QCoreApplication.translate("MeetingSetup", "&Body"),
            "period": QCoreApplication.translate("MeetingSetup", "Period &under review"),
            "language": QCoreApplication.translate("MeetingSetup", "Lan&guage of the notes"),
            "facilitators": QCoreApplication.translate("MeetingSetup", "F&acilitators"),
            "status": QCoreApplication.translate("MeetingSetup", "&Status"),
            "protocol": QCoreApplication.translate("MeetingSetup", "Protocol"),
        }
        for name, text in labels.items():
            self.labels[name].setText(text)
        self.title_edit.setAccessibleName(QCoreApplication.translate("MeetingSetup", "Title"))
        self.date_edit.setAccessibleName(
            QCoreApplication.translate("MeetingSetup", "Date of the meeting")
        )
        self.city_edit.setAccessibleName(QCoreApplication.translate("MeetingSetup", "City"))
        self.region_edit.setAccessibleName(QCoreApplication.translate("MeetingSetup", "Region"))
        self.kind_combo.setAccessibleName(
            QCoreApplication.translate("MeetingSetup", "Kind of meeting")
        )
        self.scope_combo.setAccessibleName(QCoreApplication.translate("MeetingSetup", "Scope"))
        self.format_combo.setAccessibleName(QCoreApplication.translate("MeetingSetup", "Format"))
        self.body_combo.setAccessibleName(QCoreApplication.translate("MeetingSetup", "Body"))
        self.period_from_edit.setAccessibleName(
            QCoreApplication.translate("MeetingSetup", "Start of the period under review")
        )
        self.period_to_edit.setAccessibleName(
            QCoreApplication.translate("MeetingSetup", "End of the period under review")
        )
        self.language_combo.setAccessibleName(
            QCoreApplication.translate("MeetingSetup", "Language of the notes")
        )
        self.facilitators_edit.setAccessibleName(
            QCoreApplication.translate("MeetingSetup", "Facilitators")
        )
        self.facilitators_edit.setPlaceholderText(
            QCoreApplication.translate("MeetingSetup", "Names, separated by commas")
        )
        self.status_combo.setAccessibleName(QCoreApplication.translate("MeetingSetup", "Status"))
        self.protocol_label.setAccessibleName(
            QCoreApplication.translate("MeetingSetup", "Protocol")
        )
        for edit in (self.period_from_edit, self.period_to_edit):
            edit.setSpecialValueText(QCoreApplication.translate("MeetingSetup", "not set"))
        for code, box in self.sector_boxes.items():
            box.setText(word("sector", code))
            box.setAccessibleName(word("sector", code))
        self._fill_combo(self.kind_combo, self._vocabulary("meeting_kind"))
        self._fill_combo(self.scope_combo, self._vocabulary("meeting_scope"))
        self._fill_combo(self.format_combo, self._vocabulary("meeting_format"))
        self._fill_combo(self.status_combo, self._vocabulary("meeting_status"))
        self._fill_combo(
            self.body_combo,
            [
                (None, QCoreApplication.translate("MeetingSetup", "(none)")),
                *self._vocabulary("body"),
            ],
        )
        self._fill_combo(
            self.new_sector,
            [
                (None, QCoreApplication.translate("MeetingSetup", "Sector…")),
                *self._vocabulary("participant_sector"),
            ],
        )
        self.form_box.setTitle(QCoreApplication.translate("MeetingSetup", "The meeting"))
        self.participants_box.setTitle(QCoreApplication.translate("MeetingSetup", "Participants"))
        self.table.setAccessibleName(QCoreApplication.translate("MeetingSetup", "Participants"))
        self.new_role.setPlaceholderText(
            fill(
                QCoreApplication.translate("MeetingSetup", "Role or title, then %1"),
                shortcut_text("Enter"),
            )
        )
        self.new_role.setAccessibleName(
            QCoreApplication.translate("MeetingSetup", "Role or title of the new participant")
        )
        self.new_institution.setPlaceholderText(
            QCoreApplication.translate("MeetingSetup", "Institution")
        )
        self.new_institution.setAccessibleName(
            QCoreApplication.translate("MeetingSetup", "Institution of the new participant")
        )
        self.new_sector.setAccessibleName(
            QCoreApplication.translate("MeetingSetup", "Sector of the new participant")
        )
        self.new_count.setAccessibleName(
            QCoreApplication.translate("MeetingSetup", "Number of people")
        )
        self.new_count.setToolTip(QCoreApplication.translate("MeetingSetup", "Number of people"))
        self.new_name.setPlaceholderText(
            QCoreApplication.translate("MeetingSetup", "Name (optional)")
        )
        self.new_name.setAccessibleName(
            QCoreApplication.translate("MeetingSetup", "Name of the new participant (optional)")
        )
        self.add_button.setText(QCoreApplication.translate("MeetingSetup", "Add"))
        self.add_button.setToolTip(
            with_shortcut(
                QCoreApplication.translate("MeetingSetup", "Add this participant"), "Return"
            )
        )
        self.add_button.setAccessibleName(
            QCoreApplication.translate("MeetingSetup", "Add this participant")
        )
        self.delete_action.setText(QCoreApplication.translate("MeetingSetup", "Remove participant"))
        self.delete_action.setToolTip(
            with_shortcut(
                QCoreApplication.translate("MeetingSetup", "Remove the selected participant"),
                self.delete_action.shortcut(),
            )
        )
        self.run_button.setText(QCoreApplication.translate("MeetingSetup", "Run the meeting"))
        self.run_button.setToolTip(
            QCoreApplication.translate("MeetingSetup", "Go to the meeting's steps")
        )
        self.run_button.setAccessibleName(
            QCoreApplication.translate("MeetingSetup", "Run the meeting")
        )
        self.participants.retranslate()
        self._update_protocol_label()
        self._update_heading()
        self._update_totals()

    @staticmethod
    def _vocabulary(name: str) -> list[tuple[str | None, str]]:
        return [(code, word(name, code)) for code in vocabulary_codes(name)]

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
        super().changeEvent(event)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if watched in self._field_widgets or watched in self.entry_widgets:
            if pass_history_key(event, watched):
                return True
        if event.type() == QEvent.Type.FocusOut and watched in self._field_widgets:
            self.autosaver.flush()
            self.autosaver.end_run()
        if (
            event.type() == QEvent.Type.KeyPress
            and watched in self.entry_widgets
            and event.key() in (Qt.Key.Key_Return, Qt.Key.Key_Enter)  # type: ignore[attr-defined]
        ):
            self.add_participant()
            return True
        return super().eventFilter(watched, event)

    def hideEvent(self, event: Any) -> None:
        self.autosaver.flush()
        super().hideEvent(event)

    # -- loading -----------------------------------------------------------------------
    def set_meeting(self, meeting_id: str | None, history: History | None = None) -> None:
        self.autosaver.flush()
        self.meeting_id = meeting_id
        self.history = history
        self.load()
        self.participants.set_meeting(meeting_id)
        self._show_refusals()

    def load(self) -> None:
        """Show the stored values of the meeting."""
        if self.meeting_id is None:
            self.setEnabled(False)
            self._update_heading()
            return
        meeting = self.services.meetings.get(self.meeting_id)
        self._loading = True
        try:
            self.title_edit.setText(meeting.title)
            self.date_edit.setDate(to_qdate(meeting.date) if meeting.date else QDate.currentDate())
            self.city_edit.setText(meeting.city)
            self.region_edit.setText(meeting.region)
            self._select(self.kind_combo, meeting.kind)
            self._select(self.scope_combo, meeting.scope)
            self._sectors = list(meeting.sectors or [])
            for code, box in self.sector_boxes.items():
                box.setChecked(code in self._sectors)
            self._select(self.format_combo, meeting.format)
            self._select(self.body_combo, meeting.body)
            self.period_from_edit.setDate(
                to_qdate(meeting.period_from) if meeting.period_from else _NOT_SET
            )
            self.period_to_edit.setDate(
                to_qdate(meeting.period_to) if meeting.period_to else _NOT_SET
            )
            self._select(self.language_combo, meeting.language)
            self.facilitators_edit.setText(join_list(meeting.facilitators or [], typed=True))
            self._select(self.status_combo, meeting.status)
            self._protocol = (meeting.protocol_id, meeting.protocol_version)
            self._update_protocol_label()
        finally:
            self._loading = False
        self.setEnabled(not meeting.is_deleted)
        self._update_heading()

    def _update_protocol_label(self) -> None:
        """The protocol by its title in the catalogue, in the interface language (its id
        is for the program: "mra-participatory-assessment")."""
        protocol_id, version = self._protocol
        if not protocol_id:
            self.protocol_label.setText("—")
            return
        name = protocol_id
        try:
            protocol = load_protocol(version or None)
        except MraError:
            protocol = None
        if protocol is not None and protocol.id == protocol_id:
            name = pick(protocol.data["title"], current_language())
        self.protocol_label.setText(
            fill(QCoreApplication.translate("MeetingSetup", "%1, version %2"), name, ltr(version))
        )

    @staticmethod
    def _select(combo: QComboBox, code: str | None) -> None:
        combo.setCurrentIndex(max(0, combo.findData(code)))

    def _update_heading(self) -> None:
        title = self.title_edit.text().strip() if self.meeting_id else ""
        self.heading.setText(
            fill(QCoreApplication.translate("MeetingSetup", "Setup: %1"), title)
            if title
            else QCoreApplication.translate("MeetingSetup", "Meeting setup")
        )

    def on_record_changed(self, change: RecordChange) -> None:
        """This screen, another one or undo changed something this screen shows."""
        if self.meeting_id is None:
            return
        if change.record_type == "meeting" and change.record_id == self.meeting_id:
            if change.operation in ("deleted", "restored") or (
                not self.isVisible() and change.operation == "updated"
            ):
                self.load()
        elif change.record_type == "participant" and change.operation != "updated":
            self.participants.refresh()

    def reveal(self, target: Target) -> None:
        """An undo or redo changed ``target``: show the stored values, the record
        selected and the field that changed in focus."""
        self.load()
        self.participants.refresh()
        self._show_refusals()
        if target.record_type == "participant":
            row = self.participants.row_of(target.record_id)
            if row >= 0:
                self.table.setCurrentIndex(self.participants.index(row, 0))
            self.table.setFocus(Qt.FocusReason.OtherFocusReason)
            return
        widgets = self._widgets_of_fields()
        for name in sorted(target.fields):
            widget = widgets.get(name)
            if widget is not None:
                widget.setFocus(Qt.FocusReason.OtherFocusReason)
                return

    def focus_name(self) -> str:
        """The field in focus (to put the focus back there after a restart)."""
        focus = QApplication.focusWidget()
        return focus.objectName() if focus is not None and self.isAncestorOf(focus) else ""

    def focus_named(self, name: str) -> None:
        widget = self.findChild(QWidget, name) if name else None
        if widget is not None and widget.isEnabled():
            widget.setFocus(Qt.FocusReason.OtherFocusReason)

    def _widgets_of_fields(self) -> dict[str, QWidget]:
        return {
            "title": self.title_edit,
            "date": self.date_edit,
            "status": self.status_combo,
            "city": self.city_edit,
            "region": self.region_edit,
            "kind": self.kind_combo,
            "format": self.format_combo,
            "scope": self.scope_combo,
            "sectors": next(iter(self.sector_boxes.values())),
            "body": self.body_combo,
            "period_from": self.period_from_edit,
            "period_to": self.period_to_edit,
            "language": self.language_combo,
            "facilitators": self.facilitators_edit,
        }

    def _refused(self, record_type: str, record_id: str, _field: str, _sentence: str) -> None:
        if record_type == "meeting" and record_id == self.meeting_id:
            self._show_refusals()

    def _show_refusals(self) -> None:
        """Each refused value's sentence under its row; the other rows say nothing."""
        sentences: dict[str, str] = {}
        for (record_type, record_id, field), sentence in self.autosaver.refusals().items():
            if record_type == "meeting" and record_id == self.meeting_id:
                sentences.setdefault(_ROW_OF.get(field, field), sentence)
        for name, (row, label) in self.errors.items():
            label.setText(sentences.get(name, ""))
            self.form.setRowVisible(row, name in sentences)

    # -- editing -----------------------------------------------------------------------
    def _set(self, field: str, value: Any) -> None:
        if self._loading or self.meeting_id is None:
            return
        self.autosaver.set_field("meeting", self.meeting_id, field, value)
        if field == "title":
            self._update_heading()

    def _scope_changed(self) -> None:
        scope = self.scope_combo.currentData()
        if self._loading or scope is None:
            return
        if scope == "single_sector" and len(self._sectors) > 1:
            self._sectors = self._sectors[:1]
            self._loading = True
            for code, box in self.sector_boxes.items():
                box.setChecked(code in self._sectors)
            self._loading = False
            self._set("sectors", list(self._sectors))
        self._set("scope", scope)

    def _sectors_toggled(self) -> None:
        if self._loading:
            return
        sender = self.sender()
        checked = [code for code, box in self.sector_boxes.items() if box.isChecked()]
        if self.scope_combo.currentData() == "single_sector" and len(checked) > 1:
            # one sector only: the box just ticked replaces the others
            keep = next(
                (code for code, box in self.sector_boxes.items() if box is sender), checked[0]
            )
            self._loading = True
            for code, box in self.sector_boxes.items():
                box.setChecked(code == keep)
            self._loading = False
            checked = [keep]
        self._sectors = [code for code in m.SECTORS if code in checked]
        self._set("sectors", list(self._sectors))

    def _run(self) -> None:
        if self.meeting_id is None:
            return
        if self.status_combo.currentData() == "planned":
            self._select(self.status_combo, "in_progress")  # saved through the autosaver
        self.autosaver.flush()
        self.run_requested.emit(self.meeting_id)

    # -- participants ------------------------------------------------------------------
    def add_participant(self) -> str | None:
        if self.meeting_id is None:
            return None
        self.autosaver.flush()
        role = self.new_role.text().strip()
        if not role:
            self.status_message.emit(
                QCoreApplication.translate(
                    "MeetingSetup", "Type the participant's role or title first."
                )
            )
            self.new_role.setFocus()
            return None
        try:
            change = self.services.participants.create(
                meeting_id=self.meeting_id,
                role=role,
                institution=self.new_institution.text().strip(),
                sector=self.new_sector.currentData(),
                count=self.new_count.value(),
                name=self.new_name.text().strip() or None,
            )
        except MraError as exc:
            self.status_message.emit(describe_error(exc))
            return None
        self.autosaver.announce(change)
        if self.history is not None:
            self.history.record("add_participant", [change])
        for line in (self.new_role, self.new_institution, self.new_name):
            clear_draft(line)
        self.new_count.setValue(1)
        # the sector stays: people of one sector are often listed one after another
        self.new_role.setFocus(Qt.FocusReason.OtherFocusReason)
        row = self.participants.rowCount() - 1
        if row >= 0:
            self.table.scrollTo(self.participants.index(row, 0))
        return change.record_id

    def remove_selected_participant(self) -> None:
        index = self.table.currentIndex()
        if not index.isValid():
            return
        record_id = index.data(RECORD_ID_ROLE)
        row = index.row()
        self.autosaver.flush()  # an edit of the row is stored first, and comes back with it
        try:
            change = self.services.participants.delete(record_id)
        except MraError as exc:
            self.status_message.emit(describe_error(exc))
            return
        self.autosaver.discard("participant", record_id)
        self.autosaver.announce(change)
        if self.history is not None:
            self.history.record("remove_participant", [change])
        self.status_message.emit(
            fill(
                QCoreApplication.translate("MeetingSetup", "Participant removed — %1 to undo"),
                shortcut_text("Ctrl+Z"),
            )
        )
        count = self.participants.rowCount()
        if count:
            self.table.setCurrentIndex(self.participants.index(min(row, count - 1), 0))

    def _update_totals(self) -> None:
        totals = self.participants.totals_by_sector()
        parts = []
        for code in [*vocabulary_codes("participant_sector"), None]:
            if totals.get(code):
                label = (
                    word("participant_sector", code)
                    if code
                    else QCoreApplication.translate("MeetingSetup", "no sector")
                )
                # French puts a non-breaking space before the colon
                parts.append(
                    fill(QCoreApplication.translate("MeetingSetup", "%1: %2"), label, totals[code])
                )
        text = fill(
            QCoreApplication.translate("MeetingSetup", "Participants in all: %1"),
            ltr(self.participants.total()),
        )
        if parts:
            text += " — " + " · ".join(parts)
        self.totals_label.setText(text)
