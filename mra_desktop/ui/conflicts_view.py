"""Open conflicts of imported sync files, and one conflict's two versions side by side.

A conflict is a record the import would not decide alone: changed in two ways with the
same revision, sent at a revision far beyond the stored one, or sent back at a lower
revision with content never seen here (each is said above the versions). The version in
this database stays until someone decides; the incoming one waits in the conflict. The
table shows field | this database's version | incoming version, with the
fields that differ highlighted; deciding is quick and runs on the UI thread.
"""

from __future__ import annotations

import json
from typing import Any

from PySide6.QtCore import QCoreApplication, QEvent, Qt, Signal
from PySide6.QtGui import QBrush, QColor, QFont
from PySide6.QtWidgets import (
    QAbstractItemView,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QPushButton,
    QSplitter,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from mra_desktop.core.database import Database
from mra_desktop.core.errors import MraError
from mra_desktop.core.protocol import load_protocol, pick
from mra_desktop.core.sync import ConflictView, list_conflicts, resolve_conflict
from mra_desktop.core.sync.records import content_fields
from mra_desktop.core.text import shown, shown_text
from mra_desktop.ui.i18n import current_language, format_date, word
from mra_desktop.ui.messages import ERROR_STYLE, describe_error
from mra_desktop.ui.sentences import fill, join_list

DIFFERENT_BACKGROUND = QColor("#fff3c4")
CONFLICT_ID_ROLE = Qt.ItemDataRole.UserRole + 1


def record_type_word(record_type: str) -> str:
    words = {
        "organisation": QCoreApplication.translate("Conflicts", "Organisation"),
        "meeting": QCoreApplication.translate("Conflicts", "Meeting"),
        "participant": QCoreApplication.translate("Conflicts", "Participant"),
        "change": QCoreApplication.translate("Conflicts", "Change"),
        "action_item": QCoreApplication.translate("Conflicts", "Action item"),
        "note": QCoreApplication.translate("Conflicts", "Note"),
        "action_follow_up": QCoreApplication.translate(
            "Conflicts", "Follow-up of an action item"
        ),
    }
    return words.get(record_type, record_type)


def field_label(record_type: str, name: str) -> str:
    if record_type == "change":
        try:
            entry = load_protocol().change_field(name)
        except KeyError:
            entry = None
        if entry is not None:
            return pick(entry["label"], current_language())
    labels = {
        "name": QCoreApplication.translate("Conflicts", "Name"),
        "city": QCoreApplication.translate("Conflicts", "City"),
        "region": QCoreApplication.translate("Conflicts", "Region"),
        "title": QCoreApplication.translate("Conflicts", "Title"),
        "date": QCoreApplication.translate("Conflicts", "Date"),
        "sector": QCoreApplication.translate("Conflicts", "Sector"),
        "sectors": QCoreApplication.translate("Conflicts", "Sectors"),
        "role": QCoreApplication.translate("Conflicts", "Role or title"),
        "institution": QCoreApplication.translate("Conflicts", "Institution"),
        "count": QCoreApplication.translate("Conflicts", "Number of people"),
        "text": QCoreApplication.translate("Conflicts", "Text"),
        "responsible": QCoreApplication.translate("Conflicts", "Responsible actor"),
        "timeframe": QCoreApplication.translate("Conflicts", "Timeframe"),
        "status": QCoreApplication.translate("Conflicts", "Status"),
        "language": QCoreApplication.translate("Conflicts", "Language"),
        "facilitators": QCoreApplication.translate("Conflicts", "Facilitators"),
        "position": QCoreApplication.translate("Conflicts", "Position in the list"),
        "deleted_at": QCoreApplication.translate("Conflicts", "Deleted on"),
        "subtheme": QCoreApplication.translate("Conflicts", "Sub-theme"),
        "organisation_id": QCoreApplication.translate("Conflicts", "Organisation"),
        "meeting_id": QCoreApplication.translate("Conflicts", "Meeting"),
        "kind": QCoreApplication.translate("Conflicts", "Kind of meeting"),
        "scope": QCoreApplication.translate("Conflicts", "Scope"),
        "format": QCoreApplication.translate("Conflicts", "Format"),
        "body": QCoreApplication.translate("Conflicts", "Body"),
        "period_from": QCoreApplication.translate("Conflicts", "Start of the period under review"),
        "period_to": QCoreApplication.translate("Conflicts", "End of the period under review"),
        "protocol_id": QCoreApplication.translate("Conflicts", "Protocol"),
        "protocol_version": QCoreApplication.translate("Conflicts", "Protocol version"),
        "msc_selected": QCoreApplication.translate(
            "Conflicts", "Chosen as the most significant change"
        ),
        "msc_reason": QCoreApplication.translate("Conflicts", "Why the group chose this change"),
        "action": QCoreApplication.translate("Conflicts", "Continue, stop or start"),
        "level": QCoreApplication.translate("Conflicts", "Level"),
        "question": QCoreApplication.translate("Conflicts", "Question"),
        "action_item_id": QCoreApplication.translate("Conflicts", "Action item"),
        "comment": QCoreApplication.translate("Conflicts", "Comment"),
        # the partner's consent (FORMAT.md, section 3.1)
        "may_be_quoted": QCoreApplication.translate(
            "Conflicts", "May be quoted in MRA's newsletter"
        ),
        "anonymise": QCoreApplication.translate("Conflicts", "Anonymise"),
    }
    return labels.get(name, name.replace("_", " "))


# fields whose values are catalogue codes, and the vocabulary that words them
_VOCABULARY = {
    ("meeting", "sectors"): "sector",
    ("meeting", "kind"): "meeting_kind",
    ("meeting", "scope"): "meeting_scope",
    ("meeting", "format"): "meeting_format",
    ("meeting", "status"): "meeting_status",
    ("meeting", "language"): "language",
    ("meeting", "body"): "body",
    ("participant", "sector"): "participant_sector",
    ("change", "sector"): "sector",
    ("change", "change_kind"): "change_kind",
    ("change", "level"): "level",
    ("change", "ongoing"): "ongoing",
    ("change", "change_class"): "change_class",
    ("change", "obligations"): "obligation",
    ("action_item", "sector"): "sector",
    ("action_item", "action"): "action",
    ("action_item", "level"): "action_level",
    ("action_follow_up", "status"): "action_status",
}


def field_value_text(record_type: str, name: str, version: dict[str, Any]) -> str:
    """A field's value as a person reads it: catalogue words instead of codes."""
    value = version.get(name)
    if name == "subtheme" and isinstance(value, str) and version.get("sector"):
        return load_protocol().subtheme_label(str(version["sector"]), value, current_language())
    vocabulary = _VOCABULARY.get((record_type, name))
    if vocabulary is not None and value:
        codes = value if isinstance(value, list) else [value]
        return join_list(word(vocabulary, str(code)) for code in codes)
    return value_text(value)


def reason_text(conflict: ConflictView) -> str:
    """Why the import left this record to a person."""
    if conflict.reason == "revision_jump":
        return fill(QCoreApplication.translate(
            "Conflicts",
            "The incoming version claims revision %1, far beyond this database's %2: not a "
            "series of edits. Taking it keeps the record's own numbering.",
        ), conflict.incoming_revision, conflict.local_revision)
    if conflict.reason == "older_revision":
        return fill(QCoreApplication.translate(
            "Conflicts",
            "The incoming version is older (revision %1, here %2) but says something this "
            "database never held: perhaps the partner restored a backup and corrected it.",
        ), conflict.incoming_revision, conflict.local_revision)
    return fill(QCoreApplication.translate(
        "Conflicts", "Both versions have revision %1 but say different things."
    ), conflict.local_revision)


def value_text(value: Any) -> str:
    if value is None or value == "" or value == []:
        return "—"
    if isinstance(value, bool):
        return (
            QCoreApplication.translate("Conflicts", "Yes")
            if value
            else QCoreApplication.translate("Conflicts", "No")
        )
    if isinstance(value, list):
        return join_list(value_text(v) for v in value)
    if isinstance(value, dict):
        return shown(json.dumps(value, ensure_ascii=False))
    return shown_text(value)


class ConflictsView(QWidget):
    """The open conflicts (left) and the selected one's versions side by side (right)."""

    # a conflict was decided (the ConflictDecision)
    conflict_resolved = Signal(object)

    def __init__(self, db: Database, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("ConflictsView")
        self.db = db
        self.conflicts: list[ConflictView] = []

        self.list_label = QLabel()
        self.list = QTableWidget(0, 3)
        self.list.setObjectName("ConflictList")
        self.list.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.list.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.list.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.list.verticalHeader().hide()
        self.list.horizontalHeader().setSectionResizeMode(0, QHeaderView.ResizeMode.Stretch)
        self.list_label.setBuddy(self.list)
        left = QWidget()
        left_layout = QVBoxLayout(left)
        left_layout.setContentsMargins(0, 0, 0, 0)
        left_layout.addWidget(self.list_label)
        left_layout.addWidget(self.list, 1)

        self.title_label = QLabel()
        self.title_label.setObjectName("ConflictTitle")
        self.title_label.setWordWrap(True)
        self.title_label.setTextFormat(Qt.TextFormat.PlainText)
        title_font = self.title_label.font()
        title_font.setBold(True)
        self.title_label.setFont(title_font)
        self.source_label = QLabel()
        self.source_label.setWordWrap(True)
        self.reason_label = QLabel()
        self.reason_label.setObjectName("ConflictReason")
        self.reason_label.setWordWrap(True)
        self.versions = QTableWidget(0, 3)
        self.versions.setObjectName("ConflictVersions")
        self.versions.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.versions.setWordWrap(True)
        self.versions.verticalHeader().hide()
        header = self.versions.horizontalHeader()
        header.setSectionResizeMode(0, QHeaderView.ResizeMode.Interactive)
        self.versions.setColumnWidth(0, 200)
        header.setSectionResizeMode(1, QHeaderView.ResizeMode.Stretch)
        header.setSectionResizeMode(2, QHeaderView.ResizeMode.Stretch)
        self.keep_button = QPushButton()
        self.take_button = QPushButton()
        self.error_label = QLabel()
        self.error_label.setWordWrap(True)
        self.error_label.setStyleSheet(ERROR_STYLE)
        self.error_label.hide()
        buttons = QHBoxLayout()
        buttons.addWidget(self.keep_button)
        buttons.addWidget(self.take_button)
        buttons.addStretch(1)
        right = QWidget()
        right_layout = QVBoxLayout(right)
        right_layout.setContentsMargins(0, 0, 0, 0)
        right_layout.addWidget(self.title_label)
        right_layout.addWidget(self.source_label)
        right_layout.addWidget(self.reason_label)
        right_layout.addWidget(self.versions, 1)
        right_layout.addWidget(self.error_label)
        right_layout.addLayout(buttons)

        self.empty_label = QLabel()
        self.empty_label.setWordWrap(True)
        self.splitter = QSplitter()
        self.splitter.addWidget(left)
        self.splitter.addWidget(right)
        self.splitter.setStretchFactor(0, 2)
        self.splitter.setStretchFactor(1, 3)
        layout = QVBoxLayout(self)
        layout.addWidget(self.empty_label)
        layout.addWidget(self.splitter, 1)

        self.list.currentCellChanged.connect(lambda *_cells: self._show_selected())
        self.keep_button.clicked.connect(lambda: self.resolve("local"))
        self.take_button.clicked.connect(lambda: self.resolve("incoming"))
        self.retranslate()
        self.refresh()

    def retranslate(self) -> None:
        self.list_label.setText(QCoreApplication.translate("Conflicts", "Open co&nflicts"))
        self.list.setHorizontalHeaderLabels(
            [
                QCoreApplication.translate("Conflicts", "Record"),
                QCoreApplication.translate("Conflicts", "Partner"),
                QCoreApplication.translate("Conflicts", "Found on"),
            ]
        )
        self.versions.setHorizontalHeaderLabels(
            [
                QCoreApplication.translate("Conflicts", "Field"),
                QCoreApplication.translate("Conflicts", "This database's version"),
                QCoreApplication.translate("Conflicts", "Incoming version"),
            ]
        )
        self.keep_button.setText(
            QCoreApplication.translate("Conflicts", "Keep this &database's version")
        )
        self.take_button.setText(
            QCoreApplication.translate("Conflicts", "&Take the incoming version")
        )
        self.empty_label.setText(
            QCoreApplication.translate(
                "Conflicts",
                "No open conflicts. A conflict appears when a record was changed in two "
                "different ways; both versions are then kept until you choose one.",
            )
        )
        self.list.setAccessibleName(QCoreApplication.translate("Conflicts", "Open conflicts"))
        self.versions.setAccessibleName(
            QCoreApplication.translate("Conflicts", "The two versions, field by field")
        )
        self.keep_button.setAccessibleName(
            QCoreApplication.translate("Conflicts", "Keep this database's version")
        )
        self.take_button.setAccessibleName(
            QCoreApplication.translate("Conflicts", "Take the incoming version")
        )
        self.keep_button.setToolTip(
            QCoreApplication.translate(
                "Conflicts", "The record stays as it is in this database"
            )
        )
        self.take_button.setToolTip(
            QCoreApplication.translate(
                "Conflicts", "The record takes the content of the file just imported"
            )
        )
        self._fill_list(self.selected_id())

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
        super().changeEvent(event)

    # -- content -----------------------------------------------------------------------
    def refresh(self) -> None:
        chosen = self.selected_id()
        try:
            self.conflicts = list_conflicts(self.db)
        except MraError as exc:
            self.conflicts = []
            self.error_label.setText(describe_error(exc))
            self.error_label.show()
        self._fill_list(chosen)

    def count(self) -> int:
        return len(self.conflicts)

    def selected_id(self) -> str | None:
        row = self.list.currentRow()
        item = self.list.item(row, 0) if row >= 0 else None
        return str(item.data(CONFLICT_ID_ROLE)) if item is not None else None

    def selected(self) -> ConflictView | None:
        chosen = self.selected_id()
        return next((c for c in self.conflicts if c.id == chosen), None)

    def _fill_list(self, chosen: str | None) -> None:
        self.list.blockSignals(True)
        self.list.setRowCount(len(self.conflicts))
        for row, conflict in enumerate(self.conflicts):
            record = QTableWidgetItem(
                f"{record_type_word(conflict.record_type)} · {conflict.title}"
            )
            record.setData(CONFLICT_ID_ROLE, conflict.id)
            record.setToolTip(conflict.title)
            self.list.setItem(row, 0, record)
            self.list.setItem(row, 1, QTableWidgetItem(conflict.source_organisation))
            self.list.setItem(
                row, 2, QTableWidgetItem(format_date(conflict.detected_at.date()))
            )
        self.list.blockSignals(False)
        self.list.resizeColumnToContents(2)
        ids = [c.id for c in self.conflicts]
        if self.conflicts:
            row = ids.index(chosen) if chosen in ids else 0
            self.list.blockSignals(True)
            self.list.setCurrentCell(row, 0)  # selects the whole row (SelectRows)
            self.list.blockSignals(False)
        self.empty_label.setVisible(not self.conflicts)
        self.splitter.setVisible(bool(self.conflicts))
        self._show_selected()

    def _show_selected(self) -> None:
        conflict = self.selected()
        self.keep_button.setEnabled(conflict is not None)
        self.take_button.setEnabled(conflict is not None)
        if conflict is None:
            self.title_label.clear()
            self.source_label.clear()
            self.reason_label.clear()
            self.versions.setRowCount(0)
            return
        self.title_label.setText(f"{record_type_word(conflict.record_type)} · {conflict.title}")
        self.source_label.setText(
            fill(
                QCoreApplication.translate("Conflicts", "Incoming from %1, file %2"),
                shown(conflict.source_organisation or "—"),
                shown(conflict.source_file),
            )
        )
        self.reason_label.setText(reason_text(conflict))
        fields = list(content_fields(conflict.record_type))
        self.versions.setRowCount(len(fields))
        bold = QFont(self.versions.font())
        bold.setBold(True)
        for row, name in enumerate(fields):
            items = [
                QTableWidgetItem(field_label(conflict.record_type, name)),
                QTableWidgetItem(field_value_text(conflict.record_type, name, conflict.local)),
                QTableWidgetItem(field_value_text(conflict.record_type, name, conflict.incoming)),
            ]
            differs = name in conflict.differing_fields
            for column, item in enumerate(items):
                item.setData(Qt.ItemDataRole.UserRole, differs)
                if differs:
                    item.setBackground(QBrush(DIFFERENT_BACKGROUND))
                    item.setForeground(QBrush(QColor("#000000")))
                    item.setFont(bold)
                self.versions.setItem(row, column, item)
        self.versions.resizeRowsToContents()
        self.error_label.hide()

    def differing_rows(self) -> list[str]:
        """The field labels highlighted as different (for tests and screen readers)."""
        return [
            self.versions.item(row, 0).text()
            for row in range(self.versions.rowCount())
            if self.versions.item(row, 0).data(Qt.ItemDataRole.UserRole)
        ]

    def resolve(self, choice: str) -> None:
        conflict = self.selected()
        if conflict is None:
            return
        try:
            decision = resolve_conflict(self.db, conflict.id, choice)
        except MraError as exc:
            self.error_label.setText(describe_error(exc))
            self.error_label.show()
            self.refresh()
            return
        self.refresh()
        self.conflict_resolved.emit(decision)

