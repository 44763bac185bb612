"""Step 4: the action plan — a Continue / Stop / Start board by sector and for the system.

Each cell of the board lists its items and has a line to add one (type, Enter). An item
moves to another cell by dragging it there, or from the keyboard between columns with
Ctrl+Left/Right and between sectors with Ctrl+Up/Down; Enter or F2 opens it in the detail
pane; Del deletes it (Ctrl+Z undoes).
"""

from __future__ import annotations

from collections.abc import Sequence

from PySide6.QtCore import QByteArray, QCoreApplication, QMimeData, QObject, Qt, QTimer, Signal
from PySide6.QtGui import (
    QAction,
    QDragEnterEvent,
    QDragMoveEvent,
    QDropEvent,
    QKeyEvent,
    QResizeEvent,
)
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QFormLayout,
    QFrame,
    QGridLayout,
    QLabel,
    QListWidget,
    QListWidgetItem,
    QPushButton,
    QScrollArea,
    QVBoxLayout,
    QWidget,
)

from mra_desktop.core import models as m
from mra_desktop.core.errors import NotFoundError
from mra_desktop.core.services import RecordChange
from mra_desktop.ui.history import Target, clear_draft, mark_draft
from mra_desktop.ui.meeting.context import (
    FocusFlusher,
    MeetingContext,
    PresenterContent,
    combo_code,
    fill_combo,
    scaled_font,
    text_label,
)
from mra_desktop.ui.meeting.follow_up import PreviousPlanPanel
from mra_desktop.ui.meeting.page import StepPage
from mra_desktop.ui.meeting.widgets import NoteEditor, TextField
from mra_desktop.ui.sentences import fill, shortcut_text
from mra_desktop.ui.text_direction import LineEdit

ACTIONS = ("continue", "stop", "start")
QUESTIONS = {"continue": "ap_continue", "stop": "ap_stop", "start": "ap_start"}


# what a dragged action item carries: its id
ITEM_MIME = "application/x-mra-desktop-action-item"


class CellList(QListWidget):
    """The items of one cell. Typing a letter here starts a new item in the cell; an item
    dragged from another cell and dropped here is reported by ``dropped``."""

    typed = Signal(str)
    edit_requested = Signal()
    dropped = Signal(str)  # the id of the item dropped here

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setDragEnabled(True)
        self.setAcceptDrops(True)
        self.setDropIndicatorShown(False)
        self.setDragDropMode(QAbstractItemView.DragDropMode.DragDrop)
        # the record moves through the services and the board is refilled: the list
        # itself must not remove the dragged entry, as a move would
        self.setDefaultDropAction(Qt.DropAction.CopyAction)

    def mimeTypes(self) -> list[str]:  # noqa: N802
        return [ITEM_MIME]

    def mimeData(self, items: Sequence[QListWidgetItem]) -> QMimeData:  # noqa: N802
        data = QMimeData()
        if items:
            item_id = str(items[0].data(Qt.ItemDataRole.UserRole))
            data.setData(ITEM_MIME, QByteArray(item_id.encode()))
        return data

    def _accepts(self, event: QDragEnterEvent | QDragMoveEvent | QDropEvent) -> bool:
        if event.mimeData().hasFormat(ITEM_MIME) and event.source() is not self:
            event.setDropAction(Qt.DropAction.CopyAction)
            event.accept()
            return True
        event.ignore()
        return False

    def dragEnterEvent(self, event: QDragEnterEvent) -> None:  # noqa: N802
        self._accepts(event)

    def dragMoveEvent(self, event: QDragMoveEvent) -> None:  # noqa: N802
        self._accepts(event)

    def dropEvent(self, event: QDropEvent) -> None:  # noqa: N802
        if self._accepts(event):
            self.dropped.emit(bytes(event.mimeData().data(ITEM_MIME).data()).decode())

    def fit(self) -> None:
        """As tall as its items, within limits, so the board stays readable."""
        self.doItemsLayout()
        rows = sum(self.visualItemRect(self.item(i)).height() for i in range(self.count()))
        line = self.fontMetrics().lineSpacing()
        height = max(line * 2 + 8, min(rows + 2 * self.frameWidth() + 4, line * 12))
        if height != self.height() or self.minimumHeight() != height:
            self.setFixedHeight(height)

    def resizeEvent(self, event: QResizeEvent) -> None:  # noqa: N802
        super().resizeEvent(event)
        if event.size().width() != event.oldSize().width():
            QTimer.singleShot(0, self, self.fit)  # wrapped items take more or fewer lines now

    def keyPressEvent(self, event: QKeyEvent) -> None:  # noqa: N802
        mods = event.modifiers() & ~Qt.KeyboardModifier.ShiftModifier
        text = event.text()
        if event.key() == Qt.Key.Key_F2 or (
            event.key() in (Qt.Key.Key_Return, Qt.Key.Key_Enter) and not mods
        ):
            self.edit_requested.emit()
            return
        if text and text.isprintable() and not text.isspace() and not mods:
            self.typed.emit(text)
            return
        super().keyPressEvent(event)


class BoardCell(QFrame):
    def __init__(self, sector: str, action: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.sector = sector
        self.action = action
        self.setFrameShape(QFrame.Shape.StyledPanel)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(3, 3, 3, 3)
        layout.setSpacing(2)
        self.items = CellList()
        self.items.setObjectName(f"cell_{sector}_{action}")
        self.items.setWordWrap(True)
        self.items.setAlternatingRowColors(True)
        self.items.setContextMenuPolicy(Qt.ContextMenuPolicy.ActionsContextMenu)
        self.add = LineEdit()
        self.add.setObjectName(f"add_{sector}_{action}")
        mark_draft(self.add)
        layout.addWidget(self.items)
        layout.addWidget(self.add)
        layout.addStretch(1)
        self.items.typed.connect(self._start_typing)

    def _start_typing(self, text: str) -> None:
        self.add.setFocus()
        self.add.insert(text)


class ActionPlanPage(StepPage):
    code = "action_plan"

    def __init__(self, context: MeetingContext, flusher: FocusFlusher, parent: QObject) -> None:
        super().__init__(context, flusher, parent)
        self.item_id: str | None = None
        self._loading = False
        self.item_actions: list[QAction] = []
        self.cells: dict[tuple[str, str], BoardCell] = {}
        self.rows: list[str] = []

        # -- protocol zone: the three questions, each with its notes
        self.note_editors: dict[str, NoteEditor] = {}
        self.note_labels: dict[str, QLabel] = {}
        for action in ACTIONS:
            entry = context.protocol.question(QUESTIONS[action])
            question = text_label(1.2)
            question.setObjectName(f"question_{action}")
            question.setText(context.words(entry["text"]))
            notes = NoteEditor(context, flusher, lines=3)
            notes.setObjectName(f"notes_{action}")
            notes.set_question(QUESTIONS[action])
            label = QLabel()
            label.setBuddy(notes)
            self.note_editors[action] = notes
            self.note_labels[action] = label
            self.protocol_layout.addSpacing(6)
            self.protocol_layout.addWidget(question)
            self.protocol_layout.addWidget(label)
            self.protocol_layout.addWidget(notes, 1)

        # -- list zone: the previous meeting's plan to follow up (if any), then the board
        outer = QVBoxLayout(self.list_widget)
        self.previous_plan = PreviousPlanPanel(context, flusher)
        outer.addWidget(self.previous_plan)
        self.board_label = QLabel()
        self.board_label.setFont(scaled_font(self.board_label, 1.1, bold=True))
        outer.addWidget(self.board_label)
        self.scroll = QScrollArea()
        self.scroll.setFocusPolicy(Qt.FocusPolicy.NoFocus)
        self.scroll.setWidgetResizable(True)
        self.scroll.setFrameShape(QFrame.Shape.NoFrame)
        outer.addWidget(self.scroll, 1)
        self.board: QWidget | None = None

        # -- detail zone: the selected item
        detail = QVBoxLayout(self.detail_widget)
        self.detail_heading = QLabel()
        self.detail_heading.setFont(scaled_font(self.detail_heading, 1.1, bold=True))
        self.empty = QLabel()
        self.empty.setWordWrap(True)
        self.form_widget = QWidget()
        form = QFormLayout(self.form_widget)
        form.setRowWrapPolicy(QFormLayout.RowWrapPolicy.WrapAllRows)
        self.text = TextField(4)
        self.text.setObjectName("item_text")
        self.column = QComboBox()
        self.column.setObjectName("item_column")
        self.sector = QComboBox()
        self.sector.setObjectName("item_sector")
        self.level = QComboBox()
        self.level.setObjectName("item_level")
        self.responsible = LineEdit()
        self.responsible.setObjectName("item_responsible")
        self.responsible.setMaxLength(200)
        self.timeframe = LineEdit()
        self.timeframe.setObjectName("item_timeframe")
        self.timeframe.setMaxLength(100)
        self.delete_button = QPushButton()
        self.form_labels = [QLabel() for _ in range(6)]
        for label, widget in zip(
            self.form_labels,
            (self.text, self.column, self.sector, self.level, self.responsible, self.timeframe),
            strict=True,
        ):
            label.setBuddy(widget)
            form.addRow(label, widget)
        form.addRow(self.delete_button)
        detail.addWidget(self.detail_heading)
        detail.addWidget(self.empty)
        detail.addWidget(self.form_widget)
        detail.addStretch(1)
        fill_combo(self.column, [(a, context.label("action", a)) for a in ACTIONS], None)
        fill_combo(
            self.level,
            [
                (e["code"], context.words(e["label"]))
                for e in context.protocol.vocabulary("action_level")
            ],
            None,
        )
        self.text.textChanged.connect(self._text_edited)
        self.responsible.textEdited.connect(lambda t: self._field("responsible", t))
        self.timeframe.textEdited.connect(lambda t: self._field("timeframe", t))
        self.level.currentIndexChanged.connect(self._level_chosen)
        self.column.currentIndexChanged.connect(self._column_chosen)
        self.sector.currentIndexChanged.connect(self._sector_chosen)
        self.delete_button.clicked.connect(self.delete_selected)
        flusher.watch(
            self.text, self.responsible, self.timeframe, self.level, self.column, self.sector
        )
        for widget in (
            self.text,
            self.responsible,
            self.timeframe,
            self.level,
            self.column,
            self.sector,
        ):
            widget.installEventFilter(self)

        self.retranslate()
        self.refresh()

    # -- actions ---------------------------------------------------------------------------------
    def attach_item_actions(self, actions: list[QAction]) -> None:
        """Shortcuts that act on the selected item (Del, moves) work in every cell."""
        self.item_actions = list(actions)
        for cell in self.cells.values():
            cell.items.addActions(self.item_actions)

    def retranslate(self) -> None:
        for action, label in self.note_labels.items():
            label.setText(
                fill(
                    QCoreApplication.translate("ActionPlanPage", "Notes: %1"),
                    self.context.label("action", action),
                )
            )
            self.note_editors[action].setAccessibleName(
                fill(
                    QCoreApplication.translate("ActionPlanPage", "Notes on the question %1"),
                    self.context.label("action", action),
                )
            )
        self.previous_plan.retranslate()
        self.board_label.setText(QCoreApplication.translate("ActionPlanPage", "Action plan"))
        self.detail_heading.setText(QCoreApplication.translate("ActionPlanPage", "Action item"))
        self.empty.setText(
            fill(
                QCoreApplication.translate(
                    "ActionPlanPage",
                    "Type an item in a cell of the board and press %1; select it to edit it here.",
                ),
                shortcut_text("Enter"),
            )
        )
        names = (
            QCoreApplication.translate("ActionPlanPage", "&Text"),
            QCoreApplication.translate("ActionPlanPage", "Col&umn"),
            QCoreApplication.translate("ActionPlanPage", "&Sector"),
            QCoreApplication.translate("ActionPlanPage", "&Policy or practice"),
            QCoreApplication.translate("ActionPlanPage", "&Responsible"),
            QCoreApplication.translate("ActionPlanPage", "T&imeframe"),
        )
        for label, name in zip(self.form_labels, names, strict=True):
            label.setText(name)
        self.text.setAccessibleName(
            QCoreApplication.translate("ActionPlanPage", "Text of the action item")
        )
        self.column.setAccessibleName(
            QCoreApplication.translate("ActionPlanPage", "Continue, stop or start")
        )
        self.sector.setAccessibleName(
            QCoreApplication.translate("ActionPlanPage", "Sector of the action item")
        )
        self.level.setAccessibleName(
            QCoreApplication.translate("ActionPlanPage", "Written policy or practice")
        )
        self.responsible.setAccessibleName(
            QCoreApplication.translate("ActionPlanPage", "Who is responsible")
        )
        self.timeframe.setAccessibleName(QCoreApplication.translate("ActionPlanPage", "Timeframe"))
        self.delete_button.setText(
            fill(
                QCoreApplication.translate("ActionPlanPage", "Delete item (%1)"),
                shortcut_text("Del"),
            )
        )
        self.delete_button.setAccessibleName(
            QCoreApplication.translate("ActionPlanPage", "Delete the action item")
        )
        for cell in self.cells.values():
            self._word_cell(cell)

    def _word_cell(self, cell: BoardCell) -> None:
        where = fill(
            QCoreApplication.translate("ActionPlanPage", "%1 — %2"),
            self.context.label("action", cell.action),
            self.context.label("sector", cell.sector),
        )
        cell.items.setAccessibleName(where)
        cell.items.setToolTip(
            fill(
                QCoreApplication.translate(
                    "ActionPlanPage",
                    "%1\n%2 or %3: edit. %4: delete (%5 to undo).\n"
                    "%6 / %7: other column. %8 / %9: other sector.",
                ),
                where,
                *map(
                    shortcut_text,
                    (
                        "Enter",
                        "F2",
                        "Del",
                        "Ctrl+Z",
                        "Ctrl+Left",
                        "Ctrl+Right",
                        "Ctrl+Up",
                        "Ctrl+Down",
                    ),
                ),
            )
        )
        cell.add.setPlaceholderText(
            fill(QCoreApplication.translate("ActionPlanPage", "Add… (%1)"), shortcut_text("Enter"))
        )
        cell.add.setAccessibleName(
            fill(QCoreApplication.translate("ActionPlanPage", "Add an item: %1"), where)
        )

    # -- the board -------------------------------------------------------------------------------
    def _row_codes(self, items: list[m.ActionItem]) -> list[str]:
        wanted = set(self.context.sector_codes()) | {i.sector for i in items} | {"system"}
        return [c for c in self.context.protocol.codes("sectors") if c in wanted]

    def _build_board(self, rows: list[str]) -> None:
        board = QWidget()
        grid = QGridLayout(board)
        grid.setSpacing(4)
        for column, action in enumerate(ACTIONS, start=1):
            header = QLabel(self.context.label("action", action))
            header.setFont(scaled_font(header, 1.2, bold=True))
            header.setAlignment(Qt.AlignmentFlag.AlignCenter)
            grid.addWidget(header, 0, column)
            grid.setColumnStretch(column, 1)
        self.cells = {}
        for row, sector in enumerate(rows, start=1):
            label = QLabel(self.context.label("sector", sector))
            label.setWordWrap(True)
            label.setMaximumWidth(140)
            label.setFont(scaled_font(label, 1.0, bold=True))
            grid.addWidget(label, row, 0)
            for column, action in enumerate(ACTIONS, start=1):
                cell = BoardCell(sector, action)
                cell.items.addActions(self.item_actions)
                cell.items.currentItemChanged.connect(
                    lambda current, _previous, c=cell: self._cell_current(c, current)
                )
                cell.items.edit_requested.connect(self.edit_selected)
                cell.items.dropped.connect(lambda item_id, c=cell: self._dropped(item_id, c))
                cell.add.returnPressed.connect(lambda c=cell: self.add_item(c))
                self.flusher.watch(cell.add)
                self._word_cell(cell)
                self.cells[(sector, action)] = cell
                grid.addWidget(cell, row, column)
        # keyboard order: row by row, each cell's list then its add line
        previous: QWidget | None = None
        for sector in rows:
            for action in ACTIONS:
                cell = self.cells[(sector, action)]
                for widget in (cell.items, cell.add):
                    if previous is not None:
                        QWidget.setTabOrder(previous, widget)
                    previous = widget
        old = self.scroll.takeWidget()
        self.scroll.setWidget(board)
        self.board = board
        if old is not None:
            old.deleteLater()
        self.rows = rows

    def refresh(self, change: RecordChange | None = None) -> None:
        self.previous_plan.refresh(change)
        if change is not None and change.record_type not in ("action_item", "meeting"):
            return
        items = self.context.action_items()
        rows = self._row_codes(items)
        if rows != self.rows:
            self._build_board(rows)
        self._loading = True
        try:
            by_cell: dict[tuple[str, str], list[m.ActionItem]] = {}
            for item in items:
                by_cell.setdefault((item.sector, item.action), []).append(item)
            for key, cell in self.cells.items():
                self._fill_cell(cell, by_cell.get(key, []))
        finally:
            self._loading = False
        if self.item_id is not None and not any(i.id == self.item_id for i in items):
            self.item_id = None
        self._select_in_cells(self.item_id)
        self._show_item(force=change is None or change.operation != "updated")

    def _fill_cell(self, cell: BoardCell, items: list[m.ActionItem]) -> None:
        widget = cell.items
        ids = [widget.item(i).data(Qt.ItemDataRole.UserRole) for i in range(widget.count())]
        if ids == [i.id for i in items]:
            for row, item in enumerate(items):
                self._word_item(widget.item(row), item)
            widget.fit()
            return
        widget.blockSignals(True)
        widget.clear()
        for item in items:
            entry = QListWidgetItem()
            entry.setData(Qt.ItemDataRole.UserRole, item.id)
            self._word_item(entry, item)
            widget.addItem(entry)
        widget.blockSignals(False)
        widget.fit()

    def _word_item(self, entry: QListWidgetItem, item: m.ActionItem) -> None:
        entry.setText(item.text)
        tip = [item.text, self.context.label("action_level", item.level)]
        if item.responsible:
            tip.append(item.responsible)
        if item.timeframe:
            tip.append(item.timeframe)
        entry.setToolTip("\n".join(tip))

    def _select_in_cells(self, item_id: str | None) -> BoardCell | None:
        found: BoardCell | None = None
        for cell in self.cells.values():
            widget = cell.items
            widget.blockSignals(True)
            match = None
            for row in range(widget.count()):
                if widget.item(row).data(Qt.ItemDataRole.UserRole) == item_id:
                    match = widget.item(row)
            if match is not None:
                widget.setCurrentItem(match)
                found = cell
            else:
                widget.clearSelection()
                widget.setCurrentItem(None)
            widget.blockSignals(False)
        return found

    def _cell_current(self, cell: BoardCell, current: QListWidgetItem | None) -> None:
        if self._loading or current is None:
            return
        item_id = current.data(Qt.ItemDataRole.UserRole)
        if item_id == self.item_id:
            return
        self.context.flush()
        self.item_id = item_id
        self._select_in_cells(item_id)
        self._show_item(force=True)

    def selected_cell(self) -> BoardCell | None:
        for cell in self.cells.values():
            current = cell.items.currentItem()
            if current is not None and current.data(Qt.ItemDataRole.UserRole) == self.item_id:
                return cell
        return None

    def select_item(self, item_id: str, focus: bool = True) -> None:
        self.item_id = item_id
        cell = self._select_in_cells(item_id)
        self._show_item(force=True)
        if cell is not None and focus:
            cell.items.setFocus()

    # -- editing ---------------------------------------------------------------------------------
    def add_item(self, cell: BoardCell) -> None:
        text = cell.add.text().strip()
        if not text:
            return
        change = self.context.write(
            self.context.services.action_items.create,
            meeting_id=self.context.meeting_id,
            sector=cell.sector,
            action=cell.action,
            text=text,
        )
        if change is None:
            return
        self.context.record("add_action_item", [change, self.context.captured()])
        clear_draft(cell.add)
        self.item_id = change.record_id
        self.refresh()
        cell.add.setFocus()

    def _current_item(self) -> m.ActionItem | None:
        if self.item_id is None:
            return None
        try:
            return self.context.services.action_items.get(self.item_id, include_deleted=False)
        except NotFoundError:
            return None

    def _show_item(self, force: bool = False) -> None:
        item = self._current_item()
        self.form_widget.setVisible(item is not None)
        self.empty.setVisible(item is None)
        if item is None or not force:
            return
        self._loading = True
        try:
            if self.text.toPlainText() != item.text:
                self.text.set_text_quietly(item.text)
            self.responsible.setText(item.responsible)
            self.timeframe.setText(item.timeframe)
            fill_combo(
                self.column, [(a, self.context.label("action", a)) for a in ACTIONS], item.action
            )
            fill_combo(
                self.sector, [(s, self.context.label("sector", s)) for s in self.rows], item.sector
            )
            index = self.level.findData(item.level)
            self.level.blockSignals(True)
            self.level.setCurrentIndex(max(index, 0))
            self.level.blockSignals(False)
        finally:
            self._loading = False

    def _field(self, name: str, value: str) -> None:
        if self._loading or self.item_id is None:
            return
        self.context.set_field("action_item", self.item_id, name, value)

    def _text_edited(self) -> None:
        text = self.text.toPlainText()
        if text.strip():  # an item keeps its last words rather than none
            self._field("text", text)

    def _level_chosen(self, _index: int) -> None:
        level = combo_code(self.level)
        if not self._loading and self.item_id is not None and level is not None:
            self._field("level", level)
            self.context.flush()

    def _column_chosen(self, _index: int) -> None:
        action = combo_code(self.column)
        if not self._loading and action is not None:
            self._move_to(action=action, focus=False)

    def _sector_chosen(self, _index: int) -> None:
        sector = combo_code(self.sector)
        if not self._loading and sector is not None:
            self._move_to(sector=sector, focus=False)

    def edit_selected(self) -> None:
        if self.item_id is not None:
            self.text.setFocus()
            self.text.moveCursor(self.text.textCursor().MoveOperation.End)

    def move_visual(self, dx: int, dy: int) -> None:
        """Move the selected item by one cell as the facilitator sees the board."""
        item = self._current_item()
        if item is None:
            return
        if self.list_widget.isRightToLeft():
            dx = -dx  # the board is mirrored: "left" is the next column
        column = ACTIONS.index(item.action) + dx
        row = self.rows.index(item.sector) + dy if item.sector in self.rows else 0
        if not (0 <= column < len(ACTIONS) and 0 <= row < len(self.rows)):
            return
        self._move_to(action=ACTIONS[column], sector=self.rows[row], focus=True)

    def _dropped(self, item_id: str, cell: BoardCell) -> None:
        """An item dragged into ``cell``: it moves there once the drag has ended."""

        def move() -> None:
            if item_id not in {i.id for i in self.context.action_items()}:
                return
            self.context.flush()
            self.select_item(item_id, focus=False)
            self._move_to(action=cell.action, sector=cell.sector, focus=True)

        QTimer.singleShot(0, self, move)

    def _move_to(
        self, action: str | None = None, sector: str | None = None, focus: bool = True
    ) -> None:
        item = self._current_item()
        if item is None:
            return
        values = {}
        if action is not None and action != item.action:
            values["action"] = action
        if sector is not None and sector != item.sector:
            values["sector"] = sector
        if not values:
            return
        change = self.context.write(self.context.services.action_items.update, item.id, **values)
        if change is None:
            return
        self.context.record("move_action_item", [change])
        self.refresh()
        self.select_item(item.id, focus=focus)

    def delete_selected(self) -> None:
        item = self._current_item()
        if item is None:
            return
        cell = self.selected_cell()
        change = self.context.write(self.context.services.action_items.delete, item.id)
        if change is None:
            return
        self.context.record("delete_action_item", [change])
        self.item_id = None
        self.refresh()
        if cell is not None:
            if cell.items.count():
                cell.items.setCurrentRow(0)
            cell.items.setFocus()
        self.context.message_shown.emit(
            fill(
                QCoreApplication.translate("ActionPlanPage", "Action item deleted — %1 to undo"),
                shortcut_text("Ctrl+Z"),
            )
        )

    def eventFilter(self, watched: QObject, event: object) -> bool:  # noqa: N802
        # Esc in the detail pane goes back to the item on the board
        if isinstance(event, QKeyEvent) and event.type() == QKeyEvent.Type.KeyPress:
            if event.key() == Qt.Key.Key_Escape and not event.modifiers():
                cell = self.selected_cell()
                if cell is not None:
                    cell.items.setFocus()
                    return True
        return False

    def current_record(self) -> str | None:
        return self.item_id

    def select_record(self, record_id: str) -> None:
        if self._current_item() is None or self.item_id != record_id:
            self.select_item(record_id, focus=False)

    def reveal(self, target: Target) -> None:
        question = self.note_question(target)
        if question is not None:
            for editor in self.note_editors.values():
                if editor.question == question:
                    editor.reload()
                    editor.focus_at_end()
            return
        if target.record_type == "action_follow_up":
            self.previous_plan.reveal(target)
            return
        self.refresh()
        if target.record_type != "action_item" or not target.live:
            self.activated()
            return
        self.select_item(target.record_id, focus=True)
        fields = {
            "text": self.text,
            "responsible": self.responsible,
            "timeframe": self.timeframe,
            "level": self.level,
        }
        changed = [fields[name] for name in sorted(target.fields) if name in fields]
        if changed:
            if isinstance(changed[0], TextField):
                changed[0].focus_at_end()
            else:
                changed[0].setFocus(Qt.FocusReason.OtherFocusReason)

    def activated(self) -> None:
        cell = self.selected_cell()
        if cell is not None:
            cell.items.setFocus()
        elif self.rows:
            self.cells[(self.rows[0], ACTIONS[0])].add.setFocus()

    def presenter_content(self) -> PresenterContent:
        items = [
            (
                self.context.label("action", action),
                self.context.words(self.context.protocol.question(QUESTIONS[action])["text"]),
            )
            for action in ACTIONS
        ]
        return PresenterContent(heading=self.title(), items=items)
