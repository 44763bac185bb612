"""A read-only look at one backup: its meetings, and for the chosen meeting its changes and
action plan, as they were when the backup was made.

It reads the backup through a read-only connection (never the live database), so nothing
seen here can be changed; restoring is the backups dialog's business.
"""

from __future__ import annotations

import datetime as dt
import html
import unicodedata
from typing import Any

from PySide6.QtCore import QCoreApplication, QEvent, Qt
from PySide6.QtWidgets import (
    QAbstractItemView,
    QDialog,
    QDialogButtonBox,
    QHeaderView,
    QLabel,
    QSplitter,
    QTableWidget,
    QTableWidgetItem,
    QTextBrowser,
    QVBoxLayout,
    QWidget,
)

from mra_desktop.core.backups import BackupInfo, BackupReader
from mra_desktop.core.protocol import load_protocol, pick
from mra_desktop.ui.backup_words import backup_time
from mra_desktop.ui.i18n import current_language, format_date, is_right_to_left, word
from mra_desktop.ui.sentences import fill, ltr

# the fields of a change shown when they are filled in, in the order of the fiche
CHANGE_TEXT_FIELDS = (
    "what_changed",
    "before",
    "now",
    "who_decided",
    "location",
    "objective",
    "results",
    "story",
    "significance",
    "difference",
    "references",
)


def _direction(text: str) -> str:
    """``rtl`` or ``ltr``: the direction of a text's first strong letter (a French answer in
    the Arabic interface keeps its full stop on the right side)."""
    for char in text:
        kind = unicodedata.bidirectional(char)
        if kind in ("R", "AL"):
            return "rtl"
        if kind == "L":
            return "ltr"
    return "rtl" if is_right_to_left(current_language()) else "ltr"


def _block(tag: str, text: str, *, bold_label: str = "") -> str:
    """One paragraph or heading in the direction of its own text, under a label in the
    interface's direction."""
    block = f'<{tag} dir="{_direction(text)}">{html.escape(text)}</{tag}>'
    if not bold_label:
        return block
    ui = "rtl" if is_right_to_left(current_language()) else "ltr"
    return f'<p dir="{ui}" style="margin-bottom:0"><b>{html.escape(bold_label)}</b></p>{block}'


def _date(value: Any) -> str:
    if not value:
        return ""
    try:
        return format_date(dt.date.fromisoformat(str(value)[:10]))
    except ValueError:
        return str(value)


class BackupViewer(QDialog):
    def __init__(self, backup: BackupInfo, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("BackupViewer")
        self.backup = backup
        self.reader = BackupReader(backup.path)
        self.closed = False
        self.meetings = self.reader.meetings()

        self.heading = QLabel()
        self.heading.setWordWrap(True)
        self.table = QTableWidget(0, 4)
        self.table.setObjectName("BackupMeetings")
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.verticalHeader().hide()
        header = self.table.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(1, QHeaderView.ResizeMode.Stretch)
        self.details = QTextBrowser()
        self.details.setObjectName("BackupMeetingDetails")
        self.details.setOpenLinks(False)
        # the list above, the chosen meeting below: both get the whole width for their text
        splitter = QSplitter(Qt.Orientation.Vertical)
        splitter.addWidget(self.table)
        splitter.addWidget(self.details)
        splitter.setStretchFactor(0, 2)
        splitter.setStretchFactor(1, 3)
        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        self.buttons.rejected.connect(self.reject)

        layout = QVBoxLayout(self)
        layout.addWidget(self.heading)
        layout.addWidget(splitter, 1)
        layout.addWidget(self.buttons)

        self.table.itemSelectionChanged.connect(self._show_selected)
        self.retranslate()
        if self.meetings:
            self.table.setCurrentCell(0, 0)  # selectRow() selects nothing right to left yet
        self.resize(1000, 700)

    def retranslate(self) -> None:
        self.setWindowTitle(
            fill(
                QCoreApplication.translate("BackupViewer", "Backup of %1 (read-only)"),
                backup_time(self.backup.created_at),
            )
        )
        self.heading.setText(
            fill(
                QCoreApplication.translate(
                    "BackupViewer",
                    "What the database held on %1: %2 meetings. Nothing can be changed here; to "
                    "bring it back, restore the backup.",
                ),
                backup_time(self.backup.created_at),
                ltr(len(self.meetings)),
            )
        )
        self.table.setHorizontalHeaderLabels(
            [
                QCoreApplication.translate("BackupViewer", "Date"),
                QCoreApplication.translate("BackupViewer", "Meeting"),
                QCoreApplication.translate("BackupViewer", "Changes"),
                QCoreApplication.translate("BackupViewer", "Action items"),
            ]
        )
        self.buttons.button(QDialogButtonBox.StandardButton.Close).setText(
            QCoreApplication.translate("BackupViewer", "Close")
        )
        self._fill()

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange and not self.closed:
            self.retranslate()
        super().changeEvent(event)

    def _fill(self) -> None:
        row_before = self.table.currentRow()
        self.table.setRowCount(len(self.meetings))
        for row, meeting in enumerate(self.meetings):
            title = str(meeting.get("title") or "")
            city = str(meeting.get("city") or "")
            cells = (
                QTableWidgetItem(_date(meeting.get("date"))),
                QTableWidgetItem(f"{title} · {city}" if city else title),
                QTableWidgetItem(str(meeting["change_count"])),
                QTableWidgetItem(str(meeting["action_item_count"])),
            )
            for column, cell in enumerate(cells):
                if column >= 2:
                    cell.setTextAlignment(
                        Qt.AlignmentFlag.AlignTrailing | Qt.AlignmentFlag.AlignVCenter
                    )
                self.table.setItem(row, column, cell)
        if 0 <= row_before < len(self.meetings):
            self.table.setCurrentCell(row_before, 0)
        self._show_selected()

    def selected_meeting(self) -> dict[str, Any] | None:
        row = self.table.currentRow()
        return self.meetings[row] if 0 <= row < len(self.meetings) else None

    def _show_selected(self) -> None:
        meeting = self.selected_meeting()
        if meeting is None:
            self.details.setHtml(
                "<p>"
                + html.escape(
                    QCoreApplication.translate("BackupViewer", "This backup holds no meeting.")
                )
                + "</p>"
            )
            return
        self.details.setHtml(self.meeting_html(meeting))

    def meeting_html(self, meeting: dict[str, Any]) -> str:
        lang = current_language()
        ui = "rtl" if is_right_to_left(lang) else "ltr"
        protocol = load_protocol()
        esc = html.escape
        parts = [_block("h2", str(meeting.get("title") or ""))]
        facts = [_date(meeting.get("date")), str(meeting.get("city") or "")]
        parts.append(f'<p dir="{ui}">{esc(" · ".join(f for f in facts if f))}</p>')
        changes = self.reader.changes(str(meeting["id"]))
        heading = QCoreApplication.translate("BackupViewer", "Changes (%1)")
        parts.append(f'<h3 dir="{ui}">{esc(fill(heading, ltr(len(changes))))}</h3>')
        for change in changes:
            sector = word("sector", change.get("sector"))
            parts.append(_block("h4", str(change.get("title") or ""), bold_label=sector))
            for name in CHANGE_TEXT_FIELDS:
                text = str(change.get(name) or "").strip()
                if text:
                    label = pick(protocol.change_field(name)["label"], lang)
                    parts.append(f'<p dir="{ui}"><b>{esc(label)}</b></p>')
                    parts.append(_block("p", text))
            if change.get("msc_selected"):
                chosen = QCoreApplication.translate(
                    "BackupViewer", "Chosen as the most significant change"
                )
                parts.append(f'<p dir="{ui}"><b>{esc(chosen)}</b></p>')
                reason = str(change.get("msc_reason") or "").strip()
                if reason:
                    parts.append(_block("p", reason))
        items = self.reader.action_items(str(meeting["id"]))
        heading = QCoreApplication.translate("BackupViewer", "Action plan (%1)")
        parts.append(f'<h3 dir="{ui}">{esc(fill(heading, ltr(len(items))))}</h3>')
        for item in items:
            label = f'{word("action", item.get("action"))} · {word("sector", item.get("sector"))}'
            parts.append(_block("p", str(item.get("text") or ""), bold_label=label))
        return "\n".join(parts)

    def done(self, result: int) -> None:
        self.closed = True  # its backup is read no more
        self.reader.close()
        super().done(result)
