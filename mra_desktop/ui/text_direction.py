"""Fields that run the way their own text runs, whatever the interface language.

A facilitator types French into an Arabic interface and Arabic into a French one, and
starts Arabic sentences with "MRA", "WhatsApp" or "CHU". Qt lays a field's text out by its
first strong letter and aligns it by the interface's direction: "MRA: اجتماع …" then runs
left to right with its full stop at the wrong end, and a French note sits on the right of
an Arabic screen. Here every paragraph of a field takes the direction the PDF gives it
(:func:`mra_desktop.core.direction.paragraph_direction`: the letters of the whole
paragraph vote), aligned on its own side, and the caret follows as the text is typed:

- a line edit takes the direction of its text;
- a multi-line field gives each paragraph its own direction; a paragraph without letters
  (or with as many of each) takes the direction of the whole field, and a field without
  letters the interface language's, so an empty field starts on the interface's side.

:class:`PlainTextEdit` is the multi-line field of the program: a :class:`QTextEdit` that
takes plain text only (QPlainTextEdit lays the last line of a right-to-left paragraph
out on the left). :class:`LineEdit` is the line edit. Both follow their text from the
start; :func:`follow_text_direction` makes any other line edit or text edit follow too.
"""

from __future__ import annotations

from PySide6.QtCore import QObject, Qt
from PySide6.QtGui import QTextBlockFormat, QTextCursor
from PySide6.QtWidgets import QLineEdit, QPlainTextEdit, QTextEdit, QWidget

from mra_desktop.core.direction import paragraph_direction
from mra_desktop.ui.i18n import current_language, notifier

_PROPERTY = "mra_follows_text_direction"
_LTR, _RTL = Qt.LayoutDirection.LeftToRight, Qt.LayoutDirection.RightToLeft


def text_direction(text: str, fallback: Qt.LayoutDirection | None = None) -> Qt.LayoutDirection:
    """The direction ``text`` is laid out in: its letters decide; a tie or no letters
    takes ``fallback``, or the interface language's direction."""
    if fallback is None:
        language = current_language()
    else:
        language = "ar" if fallback == _RTL else "en"
    return _RTL if paragraph_direction(text, language) == "rtl" else _LTR


def follows_text_direction(widget: QWidget) -> bool:
    """Whether a field lays its text out by its own direction (for tests and checks)."""
    return bool(widget.property(_PROPERTY))


class _Follower(QObject):
    """Keeps one field's direction in step with its text and the interface language."""

    def __init__(self, widget: QLineEdit | QTextEdit | QPlainTextEdit) -> None:
        super().__init__(widget)
        self.widget = widget
        self._busy = False
        widget.setProperty(_PROPERTY, True)
        if isinstance(widget, QLineEdit):
            widget.textChanged.connect(self.update)
        else:
            widget.document().contentsChanged.connect(self.update)
        notifier.language_applied.connect(self.update)
        self.update()

    def update(self, *_args: object) -> None:
        if self._busy:
            return
        widget = self.widget
        if isinstance(widget, QLineEdit):
            direction = text_direction(widget.text())
            if widget.layoutDirection() != direction:
                widget.setLayoutDirection(direction)
            return
        document = widget.document()
        whole = text_direction(document.toPlainText())
        if widget.layoutDirection() != whole:
            # the scroll bar and an empty paragraph's caret stand on the field's side
            widget.setLayoutDirection(whole)
        option = document.defaultTextOption()
        if option.textDirection() != whole:
            option.setTextDirection(whole)
            document.setDefaultTextOption(option)
        block = document.begin()
        edits: list[tuple[int, Qt.LayoutDirection]] = []
        while block.isValid():
            direction = text_direction(block.text(), whole)
            if block.blockFormat().layoutDirection() != direction:
                edits.append((block.position(), direction))
            block = block.next()
        if not edits:
            return
        # A block's direction is a format of the document, not an edit of its text: the
        # field's own signals (autosave, the meeting's history) do not hear of it, and in
        # the field's own undo stack it joins the typing that called for it.
        undo, redo = document.availableUndoSteps(), document.availableRedoSteps()
        was_blocked = widget.blockSignals(True)
        self._busy = True
        try:
            cursor = QTextCursor(document)
            if undo:
                cursor.joinPreviousEditBlock()
            else:
                cursor.beginEditBlock()
            for position, direction in edits:
                cursor.setPosition(position)
                block_format = QTextBlockFormat(cursor.blockFormat())
                block_format.setLayoutDirection(direction)
                cursor.setBlockFormat(block_format)
            cursor.endEditBlock()
            if not undo and not redo and document.isUndoRedoEnabled():
                document.clearUndoRedoStacks()  # text just set: nothing to take back
        finally:
            self._busy = False
            widget.blockSignals(was_blocked)


def follow_text_direction(widget: QLineEdit | QTextEdit | QPlainTextEdit) -> None:
    """Make a field lay its text out by its own direction from now on (see the module
    notes); calling it again changes nothing."""
    if not follows_text_direction(widget):
        _Follower(widget)


class LineEdit(QLineEdit):
    """A line edit whose text runs (and aligns) by its own direction."""

    def __init__(self, text: str = "", parent: QWidget | None = None) -> None:
        super().__init__(text, parent)
        follow_text_direction(self)


class PlainTextEdit(QTextEdit):
    """Multi-line plain text whose paragraphs run (and align) by their own direction."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setAcceptRichText(False)
        follow_text_direction(self)
