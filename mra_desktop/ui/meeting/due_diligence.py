"""Step 1: the five due-diligence obligations of the State, ready to show the room."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, QObject, Qt
from PySide6.QtWidgets import QLabel, QListWidget, QListWidgetItem, QVBoxLayout, QWidget

from mra_desktop.core.services import RecordChange
from mra_desktop.ui.meeting.context import (
    FocusFlusher,
    MeetingContext,
    PresenterContent,
    scaled_font,
    scrolling,
    text_label,
)
from mra_desktop.ui.meeting.page import StepPage
from mra_desktop.ui.sentences import fill, ltr


class DueDiligencePage(StepPage):
    code = "due_diligence"

    def __init__(self, context: MeetingContext, flusher: FocusFlusher, parent: QObject) -> None:
        super().__init__(context, flusher, parent)
        self.protocol_layout.addStretch(1)
        protocol = context.protocol

        layout = QVBoxLayout(self.list_widget)
        self.list_heading = QLabel()
        self.list_heading.setFont(scaled_font(self.list_heading, 1.1, bold=True))
        self.obligations = QListWidget()
        self.obligations.setWordWrap(True)
        self.obligations.setFont(scaled_font(self.obligations, 1.3))
        self.obligations.setSpacing(4)
        for number, code in enumerate(protocol.codes("obligations"), start=1):
            entry = protocol.obligation(code)
            item = QListWidgetItem(f"{number}. {context.words(entry['title'])}")
            item.setData(Qt.ItemDataRole.UserRole, code)
            self.obligations.addItem(item)
        self.list_heading.setBuddy(self.obligations)
        layout.addWidget(self.list_heading)
        layout.addWidget(self.obligations, 1)

        detail_content = QWidget()
        detail_area = scrolling(detail_content)
        detail_area.setFocusPolicy(Qt.FocusPolicy.NoFocus)
        QVBoxLayout(self.detail_widget).addWidget(detail_area)
        detail = QVBoxLayout(detail_content)
        self.detail_title = text_label(1.6, bold=True)
        self.detail_text = text_label(1.4)
        self.tagged = text_label(1.0)
        detail.addWidget(self.detail_title)
        detail.addWidget(self.detail_text)
        detail.addSpacing(12)
        detail.addWidget(self.tagged)
        detail.addStretch(1)
        self.obligations.currentRowChanged.connect(self._show)
        self.obligations.setCurrentRow(0)
        self.retranslate()

    def retranslate(self) -> None:
        self.list_heading.setText(
            QCoreApplication.translate("DueDiligencePage", "&The five obligations")
        )
        self.obligations.setAccessibleName(
            QCoreApplication.translate("DueDiligencePage", "The five due-diligence obligations")
        )
        self._show(self.obligations.currentRow())

    def refresh(self, change: RecordChange | None = None) -> None:
        if change is None or change.record_type == "change":
            self._show(self.obligations.currentRow())

    def activated(self) -> None:
        self.obligations.setFocus()

    def _show(self, row: int) -> None:
        item = self.obligations.item(row)
        if item is None:
            return
        code = item.data(Qt.ItemDataRole.UserRole)
        entry = self.context.protocol.obligation(code)
        self.detail_title.setText(self.context.words(entry["title"]))
        self.detail_text.setText(self.context.words(entry["description"]))
        count = sum(1 for c in self.context.changes() if code in (c.obligations or []))
        self.tagged.setText(
            fill(
                QCoreApplication.translate(
                    "DueDiligencePage", "Changes of this meeting tagged with it: %1"
                ),
                ltr(count),
            )
        )

    def presenter_content(self) -> PresenterContent:
        protocol = self.context.protocol
        items = [
            (
                f"{n}. {self.context.words(protocol.obligation(code)['title'])}",
                self.context.words(protocol.obligation(code)["description"]),
            )
            for n, code in enumerate(protocol.codes("obligations"), start=1)
        ]
        return PresenterContent(heading=self.title(), items=items)
