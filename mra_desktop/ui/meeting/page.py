"""The shape of a step page: three widgets for the workspace's three zones.

The workspace keeps three zones that stay put — the protocol (where we are, the current
question), the list of what was captured, the detail of the selected item — and each step
fills them with its own widgets.
"""

from __future__ import annotations

from PySide6.QtCore import QObject, Qt, Signal
from PySide6.QtWidgets import QFrame, QScrollArea, QVBoxLayout, QWidget

from mra_desktop.core.errors import MraError
from mra_desktop.core.services import RecordChange
from mra_desktop.ui.history import Target
from mra_desktop.ui.meeting.context import (
    FocusFlusher,
    MeetingContext,
    PresenterContent,
    text_label,
)


class StepPage(QObject):
    code = ""
    # what the presenter shows changed (another question, another step content)
    presenter_changed = Signal()

    def __init__(self, context: MeetingContext, flusher: FocusFlusher, parent: QObject) -> None:
        super().__init__(parent)
        self.context = context
        self.flusher = flusher
        # the protocol zone scrolls: a long introduction never pushes the window taller
        self.protocol_widget = QScrollArea()
        self.protocol_widget.setFocusPolicy(Qt.FocusPolicy.NoFocus)
        self.protocol_widget.setWidgetResizable(True)
        self.protocol_widget.setFrameShape(QFrame.Shape.NoFrame)
        self.protocol_widget.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.protocol_content = QWidget()
        self.protocol_widget.setWidget(self.protocol_content)
        self.list_widget = QWidget()
        self.detail_widget = QWidget()
        step = context.protocol.step(self.code)
        # the protocol zone always opens with the step's own words, in the meeting's language
        self.protocol_layout = QVBoxLayout(self.protocol_content)
        self.step_title = text_label(1.35, bold=True)
        self.step_title.setText(context.words(step["title"]))
        self.step_intro = text_label(1.0)
        self.step_intro.setText(context.words(step["intro"]))
        self.protocol_layout.addWidget(self.step_title)
        self.protocol_layout.addWidget(self.step_intro)

    def title(self) -> str:
        return self.context.words(self.context.protocol.step(self.code)["title"])

    # -- what the workspace calls ------------------------------------------------------------
    def retranslate(self) -> None:
        """Interface words (headings, buttons) in the interface language."""

    def refresh(self, change: RecordChange | None = None) -> None:
        """Data of the meeting changed (``None``: reload everything)."""

    def activated(self) -> None:
        """The step became the current one: put the focus where the typing is."""

    def presenter_content(self) -> PresenterContent:
        return PresenterContent(heading=self.title())

    def delete_selected(self) -> None:
        """Delete the selected record (with undo), when the step has one."""

    def reveal(self, target: Target) -> None:
        """An undo or redo changed ``target``: show it as it is now (selected, the field
        that changed in focus)."""
        self.refresh(None)

    def current_record(self) -> str | None:
        """The record selected on this step (to reopen there after a restart)."""
        return None

    def select_record(self, record_id: str) -> None:
        """Select a record again (after a restart)."""

    def find_widget(self, name: str) -> QWidget | None:
        """The field called ``name`` on this step (to put the focus back in it)."""
        for zone in (self.protocol_widget, self.list_widget, self.detail_widget):
            widget = zone.findChild(QWidget, name)
            if widget is not None:
                return widget
        return None

    def note_question(self, target: Target) -> str | None:
        """The question of the note an undo or redo changed (None: not a note)."""
        if target.record_type != "note":
            return None
        try:
            return self.context.services.notes.get(target.record_id).question
        except MraError:
            return None
