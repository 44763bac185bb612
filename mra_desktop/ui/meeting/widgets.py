"""Small editors shared by the step pages: a plain-text field and a note per question."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtGui import QFontMetrics, QTextCursor
from PySide6.QtWidgets import QSizePolicy, QTextEdit, QWidget

from mra_desktop.ui.meeting.context import FocusFlusher, MeetingContext
from mra_desktop.ui.text_direction import PlainTextEdit


class TextField(PlainTextEdit):
    """Multi-line plain text that lets Tab move on (a meeting is typed, not formatted);
    each paragraph runs the way its own text runs."""

    def __init__(self, lines: int = 3, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setTabChangesFocus(True)
        # Ctrl+Z belongs to the meeting's history (which holds typing too), not the field
        self.setUndoRedoEnabled(False)
        self.setLineWrapMode(QTextEdit.LineWrapMode.WidgetWidth)
        self.setFixedHeight(QFontMetrics(self.font()).lineSpacing() * lines + 14)

    def set_text_quietly(self, text: str) -> None:
        self.blockSignals(True)
        self.setPlainText(text)
        self.blockSignals(False)

    def focus_at_end(self) -> None:
        self.setFocus(Qt.FocusReason.OtherFocusReason)
        self.moveCursor(QTextCursor.MoveOperation.End)


class NoteEditor(TextField):
    """What was said in answer to one protocol question, autosaved as a Note record.

    The note record is created on the first keystroke (an empty note is never stored
    for a question nobody answered), then its text goes through the Autosaver.
    """

    def __init__(
        self,
        context: MeetingContext,
        flusher: FocusFlusher,
        lines: int = 5,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(lines, parent)
        self.setMaximumHeight(16777215)  # notes grow with the space the zone has
        self.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Expanding)
        self.context = context
        self.question: str | None = None
        self.note_id: str | None = None
        flusher.watch(self)
        self.textChanged.connect(self._edited)

    def set_question(self, code: str) -> None:
        if code == self.question:
            return
        self.context.flush()
        self.question = code
        self.reload()

    def reload(self) -> None:
        self.note_id = None
        text = ""
        if self.question is not None:
            for note in self.context.services.notes.for_meeting(self.context.meeting_id):
                if note.question == self.question:
                    self.note_id, text = note.id, note.text
                    break
        if text != self.toPlainText():
            self.set_text_quietly(text)

    def _edited(self) -> None:
        if self.question is None:
            return
        if self.note_id is None:
            change = self.context.write(
                self.context.services.notes.set_text, self.context.meeting_id, self.question, ""
            )
            if change is None:
                return
            self.note_id = change.record_id
            # the note's creation is the first step of its typing: one Ctrl+Z takes both back
            self.context.history.record_edit(
                [change, self.context.captured()], self.context.autosaver.run, ["text"]
            )
        self.context.set_field("note", self.note_id, "text", self.toPlainText())
