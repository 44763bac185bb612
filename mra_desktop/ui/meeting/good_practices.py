"""Step 2: good practices — the questions in turn, fast capture, the list, the detail.

The one-keystroke path is the fastest thing on the screen: type a line in the capture
field, press Enter, and a new change exists in the chosen sector, selected in the list,
with the focus still in the capture field for the next one.
"""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, QItemSelectionModel, QObject, Qt, Signal
from PySide6.QtGui import QKeyEvent
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QPushButton,
    QTableView,
    QVBoxLayout,
)

from mra_desktop.core.models import Change
from mra_desktop.core.services import RecordChange
from mra_desktop.ui.history import Target, clear_draft, mark_draft
from mra_desktop.ui.meeting.change_editor import ChangeEditor
from mra_desktop.ui.meeting.change_list import ID_ROLE, ChangeListModel
from mra_desktop.ui.meeting.context import (
    FocusFlusher,
    MeetingContext,
    PresenterContent,
    combo_code,
    fill_combo,
    scaled_font,
    text_label,
)
from mra_desktop.ui.meeting.page import StepPage
from mra_desktop.ui.meeting.precision import missing_fields
from mra_desktop.ui.meeting.widgets import NoteEditor
from mra_desktop.ui.sentences import fill, ltr, shortcut_text
from mra_desktop.ui.tables import show_whole_text
from mra_desktop.ui.text_direction import LineEdit

TITLE_LIMIT = 200


class CaptureLine(LineEdit):
    """The capture field; Ctrl+Up/Ctrl+Down change the sector without leaving it."""

    sector_step_requested = Signal(int)

    def keyPressEvent(self, event: QKeyEvent) -> None:  # noqa: N802
        if event.modifiers() == Qt.KeyboardModifier.ControlModifier and event.key() in (
            Qt.Key.Key_Up,
            Qt.Key.Key_Down,
        ):
            self.sector_step_requested.emit(-1 if event.key() == Qt.Key.Key_Up else 1)
            return
        super().keyPressEvent(event)


class GoodPracticesPage(StepPage):
    code = "good_practices"
    # the selected change in the list (None when the list is empty)
    change_selected = Signal(object)

    def __init__(self, context: MeetingContext, flusher: FocusFlusher, parent: QObject) -> None:
        super().__init__(context, flusher, parent)
        self.questions = context.protocol.questions(self.code)
        self.question_index = 0

        # -- protocol zone: the current question, large, and what was said about it
        nav = QHBoxLayout()
        self.counter = QLabel()
        self.previous_button = QPushButton()
        self.next_button = QPushButton()
        self.previous_button.clicked.connect(self.previous_question)
        self.next_button.clicked.connect(self.next_question)
        nav.addWidget(self.counter, 1)
        nav.addWidget(self.previous_button)
        nav.addWidget(self.next_button)
        self.question = text_label(1.6)
        self.question.setObjectName("current_question")
        self.notes_label = QLabel()
        self.notes = NoteEditor(context, flusher)
        self.notes.setObjectName("question_notes")
        self.notes_label.setBuddy(self.notes)
        self.protocol_layout.addSpacing(8)
        self.protocol_layout.addLayout(nav)
        self.protocol_layout.addWidget(self.question)
        self.protocol_layout.addSpacing(8)
        self.protocol_layout.addWidget(self.notes_label)
        self.protocol_layout.addWidget(self.notes, 1)

        # -- list zone: capture first, then what was captured
        layout = QVBoxLayout(self.list_widget)
        capture_row = QHBoxLayout()
        self.capture = CaptureLine()
        self.capture.setObjectName("capture")
        mark_draft(self.capture)
        self.capture.setMaxLength(20_000)
        self.capture.setFont(scaled_font(self.capture, 1.15))
        self.capture.returnPressed.connect(self.capture_change)
        self.capture.sector_step_requested.connect(self._step_sector)
        self.sector_label = QLabel()
        self.sector = QComboBox()
        self.sector.setObjectName("capture_sector")
        self.sector_label.setBuddy(self.sector)
        fill_combo(
            self.sector,
            [(c, context.label("sector", c)) for c in context.sector_codes()],
            context.sector_codes()[0],
        )
        self.sector.setSizeAdjustPolicy(
            QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon
        )
        self.sector.setMinimumContentsLength(16)
        capture_row.addWidget(self.sector_label)
        capture_row.addWidget(self.sector, 1)
        self.list_label = QLabel()
        self.model = ChangeListModel(context)
        self.view = QTableView()
        self.view.setObjectName("change_list")
        self.view.setModel(self.model)
        self.view.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.view.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.view.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.view.setTabKeyNavigation(False)
        self.view.verticalHeader().hide()
        header = self.view.horizontalHeader()
        header.setSectionResizeMode(1, QHeaderView.ResizeMode.Interactive)
        header.resizeSection(1, 130)
        show_whole_text(self.view, fitted=[2], stretched=[0])  # titles and sectors wrap
        self.view.setAlternatingRowColors(True)
        self.list_label.setBuddy(self.view)
        layout.addWidget(self.capture)
        layout.addLayout(capture_row)
        layout.addWidget(self.list_label)
        layout.addWidget(self.view, 1)
        self.view.selectionModel().currentRowChanged.connect(self._current_changed)
        self.view.activated.connect(lambda _index: self.edit_selected())

        # -- detail zone
        detail = QVBoxLayout(self.detail_widget)
        detail.setContentsMargins(0, 0, 0, 0)
        self.editor = ChangeEditor(context, flusher)
        self.editor.leave_requested.connect(self.view.setFocus)
        detail.addWidget(self.editor)

        flusher.watch(self.capture)
        self._show_question()
        self.retranslate()
        self.refresh()

    # -- words ---------------------------------------------------------------------------------
    def retranslate(self) -> None:
        self.previous_button.setText(
            QCoreApplication.translate("GoodPracticesPage", "Previous question")
        )
        self.previous_button.setToolTip(
            fill(
                QCoreApplication.translate("GoodPracticesPage", "Previous question (%1)"),
                shortcut_text("Alt+Up"),
            )
        )
        self.next_button.setText(QCoreApplication.translate("GoodPracticesPage", "Next question"))
        self.next_button.setToolTip(
            fill(
                QCoreApplication.translate("GoodPracticesPage", "Next question (%1)"),
                shortcut_text("Alt+Down"),
            )
        )
        self.notes_label.setText(
            QCoreApplication.translate("GoodPracticesPage", "&Notes on this question")
        )
        self.notes.setAccessibleName(
            QCoreApplication.translate("GoodPracticesPage", "Notes on the current question")
        )
        self.notes.setPlaceholderText(
            QCoreApplication.translate(
                "GoodPracticesPage", "What the participants say about this question"
            )
        )
        self.capture.setPlaceholderText(
            fill(
                QCoreApplication.translate("GoodPracticesPage", "Type a change and press %1"),
                shortcut_text("Enter"),
            )
        )
        self.capture.setAccessibleName(
            QCoreApplication.translate("GoodPracticesPage", "Capture a change")
        )
        self.capture.setToolTip(
            fill(
                QCoreApplication.translate(
                    "GoodPracticesPage",
                    "Type a change and press %1 (%2 comes back here).\n"
                    "%3 / %4 choose the sector.",
                ),
                shortcut_text("Enter"),
                shortcut_text("Ctrl+Shift+C"),
                shortcut_text("Ctrl+Up"),
                shortcut_text("Ctrl+Down"),
            )
        )
        self.sector_label.setText(QCoreApplication.translate("GoodPracticesPage", "&Sector"))
        self.sector.setAccessibleName(
            QCoreApplication.translate("GoodPracticesPage", "Sector of the next change")
        )
        self.list_label.setText(
            QCoreApplication.translate("GoodPracticesPage", "Changes ca&ptured")
        )
        self.view.setAccessibleName(
            QCoreApplication.translate("GoodPracticesPage", "Changes captured")
        )
        self.view.setToolTip(
            fill(
                QCoreApplication.translate(
                    "GoodPracticesPage", "%1: describe the change. %2: delete it (%3 to undo)."
                ),
                shortcut_text("Enter"),
                shortcut_text("Del"),
                shortcut_text("Ctrl+Z"),
            )
        )
        self.model.retranslate()
        self._show_question()

    # -- questions -----------------------------------------------------------------------------
    def _show_question(self) -> None:
        if not self.questions:
            return
        entry = self.questions[self.question_index]
        self.question.setText(self.context.words(entry["text"]))
        self.counter.setText(
            fill(
                QCoreApplication.translate("GoodPracticesPage", "Question %1 of %2"),
                ltr(self.question_index + 1),
                ltr(len(self.questions)),
            )
        )
        self.previous_button.setEnabled(self.question_index > 0)
        self.next_button.setEnabled(self.question_index < len(self.questions) - 1)
        self.notes.set_question(entry["code"])

    def current_question(self) -> str:
        return str(self.questions[self.question_index]["code"]) if self.questions else ""

    def set_question(self, index: int) -> None:
        index = max(0, min(index, len(self.questions) - 1))
        if index == self.question_index:
            return
        self.question_index = index
        self._show_question()
        self.presenter_changed.emit()

    def previous_question(self) -> None:
        self.set_question(self.question_index - 1)

    def next_question(self) -> None:
        self.set_question(self.question_index + 1)

    # -- capture ------------------------------------------------------------------------------
    def _step_sector(self, step: int) -> None:
        count = self.sector.count()
        if count:
            self.sector.setCurrentIndex((self.sector.currentIndex() + step) % count)

    def capture_change(self) -> None:
        text = self.capture.text().strip()
        if not text:
            return
        sector = combo_code(self.sector) or self.context.sector_codes()[0]
        values = {"title": text[:TITLE_LIMIT]}
        if len(text) > TITLE_LIMIT:
            values["what_changed"] = text  # nothing typed is ever cut off
        change = self.context.write(
            self.context.services.changes.create,
            meeting_id=self.context.meeting_id,
            sector=sector,
            **values,
        )
        if change is None:
            return
        self.context.record("capture_change", [change, self.context.captured()])
        clear_draft(self.capture)
        self.refresh()
        self.select_change(change.record_id)
        self.capture.setFocus()

    # -- list --------------------------------------------------------------------------------
    def refresh(self, change: RecordChange | None = None) -> None:
        if change is not None and change.record_type not in ("change", "meeting"):
            return
        selected = self.selected_change_id()
        self.model.set_changes(self.context.changes())
        if selected is not None and self.model.row_of(selected) >= 0:
            self.select_change(selected)
        elif self.model.rowCount():
            self.select_change(self.model.rows[0].id)
        else:
            self._current_changed()

    def selected_change_id(self) -> str | None:
        index = self.view.selectionModel().currentIndex()
        if not index.isValid():
            return None
        value = self.model.data(index, ID_ROLE)
        return value if isinstance(value, str) else None

    def select_change(self, change_id: str) -> bool:
        row = self.model.row_of(change_id)
        if row < 0:
            return False
        index = self.model.index(row, 0)
        self.view.selectionModel().setCurrentIndex(
            index,
            QItemSelectionModel.SelectionFlag.ClearAndSelect
            | QItemSelectionModel.SelectionFlag.Rows,
        )
        self.view.scrollTo(index)
        self.editor.show_change(change_id)
        return True

    def _current_changed(self, *_args: object) -> None:
        change_id = self.selected_change_id()
        self.editor.show_change(change_id)
        self.change_selected.emit(change_id)

    def edit_selected(self) -> None:
        """Enter on a change: go to its first unanswered question of the fiche."""
        change_id = self.selected_change_id()
        if change_id is None:
            return
        change: Change = self.context.services.changes.get(change_id)
        missing = missing_fields(change, self.context.protocol)
        self.editor.focus_field(missing[0] if missing else "title")

    def go_to_field(self, change_id: str, field: str) -> None:
        if self.select_change(change_id):
            self.editor.focus_field(field)

    def delete_selected(self) -> None:
        change_id = self.selected_change_id()
        if change_id is None:
            return
        row = self.model.row_of(change_id)
        change = self.context.write(self.context.services.changes.delete, change_id)
        if change is None:
            return
        self.context.record("delete_change", [change])
        self.refresh()
        if self.model.rowCount():
            self.select_change(self.model.rows[min(row, self.model.rowCount() - 1)].id)
        self.view.setFocus()
        self.context.message_shown.emit(
            fill(
                QCoreApplication.translate("GoodPracticesPage", "Change deleted — %1 to undo"),
                shortcut_text("Ctrl+Z"),
            )
        )

    def activated(self) -> None:
        self.capture.setFocus()

    def current_record(self) -> str | None:
        return self.selected_change_id()

    def select_record(self, record_id: str) -> None:
        self.select_change(record_id)

    def reveal(self, target: Target) -> None:
        question = self.note_question(target)
        if question is not None:
            codes = [str(entry["code"]) for entry in self.questions]
            if question in codes:
                self.set_question(codes.index(question))
            self.notes.reload()
            self.notes.focus_at_end()
            return
        self.refresh()
        if target.record_type == "change" and target.live and self.select_change(target.record_id):
            self.editor.show_change(target.record_id, force=True)
            fields = sorted(target.fields)
            if "sector" in fields or len(fields) == 1:
                self.editor.focus_field("sector" if "sector" in fields else fields[0])
                return
        self.view.setFocus()

    def focus_capture(self) -> None:
        self.capture.setFocus()
        self.capture.selectAll()

    def presenter_content(self) -> PresenterContent:
        if not self.questions:
            return PresenterContent(heading=self.title())
        entry = self.questions[self.question_index]
        return PresenterContent(
            heading=self.title(),
            question=self.context.words(entry["text"]),
            counter=f"{self.question_index + 1} / {len(self.questions)}",
        )
