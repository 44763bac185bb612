"""Step 3: the group picks the change or changes it finds most significant, and says why."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, QObject, Qt
from PySide6.QtWidgets import QLabel, QListWidget, QListWidgetItem, QVBoxLayout, QWidget

from mra_desktop.core import models as m
from mra_desktop.core.errors import NotFoundError
from mra_desktop.core.services import RecordChange
from mra_desktop.ui.history import Target
from mra_desktop.ui.meeting.context import (
    FocusFlusher,
    MeetingContext,
    PresenterContent,
    scaled_font,
    scrolling,
    text_label,
)
from mra_desktop.ui.meeting.page import StepPage
from mra_desktop.ui.meeting.widgets import NoteEditor, TextField
from mra_desktop.ui.sentences import fill, shortcut_text

QUESTION = "msc_choice"


class MostSignificantPage(StepPage):
    code = "most_significant"

    def __init__(self, context: MeetingContext, flusher: FocusFlusher, parent: QObject) -> None:
        super().__init__(context, flusher, parent)
        self.change_id: str | None = None
        self._loading = False
        question = context.protocol.question(QUESTION)
        self.question = text_label(1.6)
        self.question.setObjectName("current_question")
        self.question.setText(context.words(question["text"]))
        self.notes_label = QLabel()
        self.notes = NoteEditor(context, flusher)
        self.notes.setObjectName("question_notes")
        self.notes.set_question(QUESTION)
        self.notes_label.setBuddy(self.notes)
        self.protocol_layout.addSpacing(8)
        self.protocol_layout.addWidget(self.question)
        self.protocol_layout.addSpacing(8)
        self.protocol_layout.addWidget(self.notes_label)
        self.protocol_layout.addWidget(self.notes, 1)

        layout = QVBoxLayout(self.list_widget)
        self.list_label = QLabel()
        self.list_label.setWordWrap(True)
        self.changes = QListWidget()
        self.changes.setObjectName("msc_list")
        self.changes.setWordWrap(True)
        self.changes.setFont(scaled_font(self.changes, 1.1))
        self.list_label.setBuddy(self.changes)
        layout.addWidget(self.list_label)
        layout.addWidget(self.changes, 1)
        self.changes.itemChanged.connect(self._item_changed)
        self.changes.currentItemChanged.connect(lambda *_: self._show_current())

        detail = QVBoxLayout(self.detail_widget)
        self.detail_title = text_label(1.3, bold=True)
        self.detail_sector = text_label(1.0)
        self.detail_summary = text_label(1.0)
        self.reason_label = QLabel()
        self.reason_label.setWordWrap(True)
        self.reason = TextField(6)
        self.reason.setObjectName("msc_reason")
        self.reason.setMaximumHeight(16777215)
        self.reason_label.setBuddy(self.reason)
        self.reason.textChanged.connect(self._reason_edited)
        flusher.watch(self.reason)
        summary = QWidget()
        summary_layout = QVBoxLayout(summary)
        summary_layout.setContentsMargins(0, 0, 0, 0)
        summary_layout.addWidget(self.detail_title)
        summary_layout.addWidget(self.detail_sector)
        summary_layout.addWidget(self.detail_summary)
        summary_layout.addStretch(1)
        self.summary_area = scrolling(summary)  # a tab stop: the keyboard scrolls it
        detail.addWidget(self.summary_area, 2)
        detail.addSpacing(8)
        detail.addWidget(self.reason_label)
        detail.addWidget(self.reason, 1)
        self.retranslate()
        self.refresh()

    def retranslate(self) -> None:
        self.notes_label.setText(
            QCoreApplication.translate("MostSignificantPage", "&Notes on the choice")
        )
        self.notes.setAccessibleName(
            QCoreApplication.translate(
                "MostSignificantPage", "Notes on the choice of the most significant change"
            )
        )
        self.list_label.setText(
            fill(
                QCoreApplication.translate(
                    "MostSignificantPage",
                    "&Tick the change or changes the group finds most significant (%1)",
                ),
                shortcut_text("Space"),
            )
        )
        self.summary_area.setAccessibleName(
            QCoreApplication.translate("MostSignificantPage", "The selected change")
        )
        self.changes.setAccessibleName(
            QCoreApplication.translate("MostSignificantPage", "Changes to choose from")
        )
        self.reason_label.setText(
            QCoreApplication.translate("MostSignificantPage", "&Why the group chose this change")
        )
        self.reason.setAccessibleName(
            QCoreApplication.translate("MostSignificantPage", "Why the group chose this change")
        )
        self.reason.setPlaceholderText(
            QCoreApplication.translate(
                "MostSignificantPage", "Tick the change first, then write why."
            )
        )

    # -- list -------------------------------------------------------------------------------
    def refresh(self, change: RecordChange | None = None) -> None:
        if change is not None and change.record_type != "change":
            return
        current = self.change_id
        changes = self.context.changes()
        self._loading = True
        self.changes.blockSignals(True)
        try:
            self.changes.clear()
            for record in changes:
                item = QListWidgetItem(self._item_text(record))
                item.setData(Qt.ItemDataRole.UserRole, record.id)
                item.setFlags(item.flags() | Qt.ItemFlag.ItemIsUserCheckable)
                item.setCheckState(
                    Qt.CheckState.Checked if record.msc_selected else Qt.CheckState.Unchecked
                )
                self.changes.addItem(item)
                if record.id == current:
                    self.changes.setCurrentItem(item)
            if self.changes.currentItem() is None and self.changes.count():
                self.changes.setCurrentRow(0)
        finally:
            self.changes.blockSignals(False)
            self._loading = False
        self._show_current(
            reload_reason=change is None
            or change.record_id != self.change_id
            or "msc_selected" in change.fields
            or change.operation != "updated"
        )

    def _item_text(self, record: m.Change) -> str:
        return f"{record.title}  —  {self.context.label('sector', record.sector)}"

    def _item_changed(self, item: QListWidgetItem) -> None:
        if self._loading:
            return
        change_id = item.data(Qt.ItemDataRole.UserRole)
        chosen = item.checkState() == Qt.CheckState.Checked
        self.context.flush()  # the reason typed so far is stored (and undone) on its own
        try:
            record = self.context.services.changes.get(change_id, include_deleted=False)
        except NotFoundError:
            return
        if record.msc_selected == chosen:
            return
        values: dict[str, object] = {"msc_selected": chosen}
        if not chosen and record.msc_reason:
            values["msc_reason"] = ""  # a reason goes with the choice; undo brings both back
        change = self.context.write(self.context.services.changes.update, change_id, **values)
        if change is None:
            self.refresh()
            return
        self.context.record(
            "choose_msc" if chosen else "unchoose_msc", [change, self.context.captured()]
        )
        self.presenter_changed.emit()

    def _show_current(self, reload_reason: bool = True) -> None:
        item = self.changes.currentItem()
        change_id = item.data(Qt.ItemDataRole.UserRole) if item is not None else None
        if change_id != self.change_id:
            self.context.flush()
            reload_reason = True
        self.change_id = change_id
        record = None
        if change_id is not None:
            try:
                record = self.context.services.changes.get(change_id, include_deleted=False)
            except NotFoundError:
                record = None
        if record is None:
            self.detail_title.setText(
                QCoreApplication.translate("MostSignificantPage", "No change captured yet.")
            )
            self.detail_sector.clear()
            self.detail_summary.clear()
            self.reason.set_text_quietly("")
            self.reason.setEnabled(False)
            return
        self.detail_title.setText(record.title)
        self.detail_sector.setText(self.context.label("sector", record.sector))
        protocol = self.context.protocol
        parts = []
        for name in ("what_changed", "now", "results", "significance"):
            value = (getattr(record, name) or "").strip()
            if value:
                parts.append(f"{self.context.words(protocol.change_field(name)['label'])}\n{value}")
        self.detail_summary.setText("\n\n".join(parts))
        self.reason.setEnabled(record.msc_selected)
        if reload_reason and self.reason.toPlainText() != record.msc_reason:
            self.reason.set_text_quietly(record.msc_reason)

    def _reason_edited(self) -> None:
        if self.change_id is None or not self.reason.isEnabled():
            return
        self.context.set_field("change", self.change_id, "msc_reason", self.reason.toPlainText())

    def chosen(self) -> list[str]:
        return [
            self.changes.item(i).data(Qt.ItemDataRole.UserRole)
            for i in range(self.changes.count())
            if self.changes.item(i).checkState() == Qt.CheckState.Checked
        ]

    def activated(self) -> None:
        self.refresh()
        self.changes.setFocus()

    def current_record(self) -> str | None:
        return self.change_id

    def select_record(self, record_id: str) -> None:
        for row in range(self.changes.count()):
            if self.changes.item(row).data(Qt.ItemDataRole.UserRole) == record_id:
                self.changes.setCurrentRow(row)
                return

    def reveal(self, target: Target) -> None:
        if self.note_question(target) is not None:
            self.notes.reload()
            self.notes.focus_at_end()
            return
        self.refresh()
        self.select_record(target.record_id)
        self._show_current(reload_reason=True)
        if "msc_reason" in target.fields and self.reason.isEnabled():
            self.reason.focus_at_end()
        else:
            self.changes.setFocus()

    def presenter_content(self) -> PresenterContent:
        question = self.context.protocol.question(QUESTION)
        items = [
            (f"{n}. {record.title}", "") for n, record in enumerate(self.context.changes(), start=1)
        ]
        return PresenterContent(
            heading=self.title(), question=self.context.words(question["text"]), items=items
        )
