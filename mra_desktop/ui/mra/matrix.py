"""The consolidation matrix: the counted changes by sector and sub-theme (or by obligation,
region, partner, kind or category of change), each cell with the changes, meetings,
participants and partners behind it.

Selecting a cell lists its changes (read-only, with meeting, partner and region) beside
the matrix, with MRA's short national summary of the cell, saved as it is typed; Enter on
a change opens it, Ctrl+Shift+F flags it as exemplary. The matrix is counted off the UI
thread (:func:`run_in_background`), on sessions of its own; a newer request makes an
older result be dropped.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any

from PySide6.QtCore import (
    QAbstractTableModel,
    QCoreApplication,
    QEvent,
    QModelIndex,
    QPersistentModelIndex,
    Qt,
    Signal,
)
from PySide6.QtGui import QAction, QBrush, QColor, QFont, QKeySequence
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QPushButton,
    QSplitter,
    QVBoxLayout,
    QWidget,
)

from mra_desktop.core.consolidation import (
    TOTAL,
    Cell,
    CellChange,
    Matrix,
    build_matrix,
    cell_changes,
    cell_summary,
    set_cell_summary,
    set_exemplary,
)
from mra_desktop.core.database import Database
from mra_desktop.core.national import Scope, partners_with_received_meetings
from mra_desktop.ui.background import BackgroundJob, run_in_background
from mra_desktop.ui.date_filter import date_filter_edit, date_limit
from mra_desktop.ui.i18n import format_date
from mra_desktop.ui.jobs import error_sentence
from mra_desktop.ui.look import heading
from mra_desktop.ui.meeting_list import with_shortcut
from mra_desktop.ui.messages import ERROR_STYLE
from mra_desktop.ui.mra.change_view import ChangeDialog
from mra_desktop.ui.mra.widgets import TextSaver, person_name, read_only_table, select_row
from mra_desktop.ui.mra.words import axis_word, full_key_word, key_word
from mra_desktop.ui.sentences import fill, ltr, shortcut_text
from mra_desktop.ui.text_direction import PlainTextEdit

MEASURES = ("changes", "meetings", "participants", "partners")
ROW_AXES = ("subtheme", "sector", "obligation", "region", "partner", "kind", "category")
COLUMN_AXES = (TOTAL, "obligation", "sector", "region", "partner", "kind", "category")
AnyIndex = QModelIndex | QPersistentModelIndex
GROUP_BACKGROUND = QColor("#eef2f6")


def measure_word(code: str) -> str:
    words = {
        "changes": QCoreApplication.translate("MraMatrix", "Changes"),
        "meetings": QCoreApplication.translate("MraMatrix", "Meetings"),
        "participants": QCoreApplication.translate("MraMatrix", "Participants"),
        "partners": QCoreApplication.translate("MraMatrix", "Partners"),
    }
    return words[code]


def cell_sentence(cell: Cell) -> str:
    return fill(
        QCoreApplication.translate(
            "MraMatrix", "%1 changes · %2 meetings · %3 participants · %4 partners"
        ),
        ltr(cell.changes),
        ltr(cell.meetings),
        ltr(cell.participants),
        ltr(cell.partners),
    )


@dataclass(frozen=True)
class CellRef:
    """A selected cell: its axes and keys (``column_key`` None for a row's totals)."""

    row_axis: str
    row_key: str
    column_axis: str
    column_key: str | None

    def summary_key(self) -> tuple[str, str, str, str]:
        if self.column_key is None:
            return (self.row_axis, self.row_key, TOTAL, "")
        return (self.row_axis, self.row_key, self.column_axis, self.column_key)


@dataclass(frozen=True)
class _Row:
    axis: str
    key: str
    group: bool  # a sector heading above its sub-themes


class MatrixModel(QAbstractTableModel):
    """The matrix as a table: a label column, then the four measures (totals only) or one
    column per key of the column axis and a total."""

    def __init__(self, parent: Any = None) -> None:
        super().__init__(parent)
        self.matrix: Matrix | None = None
        self.sectors: Matrix | None = None
        self.rows: list[_Row] = []

    def set_matrix(self, matrix: Matrix | None, sectors: Matrix | None = None) -> None:
        self.beginResetModel()
        self.matrix, self.sectors = matrix, sectors
        self.rows = []
        if matrix is not None:
            if matrix.rows == "subtheme" and sectors is not None:
                for sector in sectors.row_keys:
                    self.rows.append(_Row("sector", sector, True))
                    self.rows += [
                        _Row("subtheme", k, False)
                        for k in matrix.row_keys
                        if k.partition("/")[0] == sector
                    ]
            else:
                self.rows = [_Row(matrix.rows, k, False) for k in matrix.row_keys]
        self.endResetModel()

    def totals_only(self) -> bool:
        return self.matrix is None or self.matrix.columns == TOTAL

    def _source(self, row: _Row) -> Matrix | None:
        return self.sectors if row.axis == "sector" and row.group else self.matrix

    def cell_at(self, index: AnyIndex) -> tuple[CellRef, Cell] | None:
        if not index.isValid() or self.matrix is None or index.column() == 0:
            return None
        if index.row() >= len(self.rows):  # the totals' row
            return None
        row = self.rows[index.row()]
        source = self._source(row)
        assert source is not None
        if self.totals_only() or index.column() > len(self.matrix.column_keys):
            ref = CellRef(row.axis, row.key, self.matrix.columns, None)
            return ref, source.cell(row.key)
        key = self.matrix.column_keys[index.column() - 1]
        return CellRef(row.axis, row.key, self.matrix.columns, key), source.cell(row.key, key)

    def ref_of_row(self, row_number: int) -> CellRef | None:
        if self.matrix is None or not 0 <= row_number < len(self.rows):
            return None
        row = self.rows[row_number]
        return CellRef(row.axis, row.key, self.matrix.columns, None)

    def rowCount(self, parent: AnyIndex = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self.rows) + (1 if self.rows else 0)

    def columnCount(self, parent: AnyIndex = QModelIndex()) -> int:  # noqa: B008
        if parent.isValid() or self.matrix is None:
            return 0
        if self.totals_only():
            return 1 + len(MEASURES)
        return 1 + len(self.matrix.column_keys) + 1

    def headerData(
        self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole
    ) -> Any:
        if orientation != Qt.Orientation.Horizontal or self.matrix is None:
            return None
        if role not in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.ToolTipRole):
            return None
        if section == 0:
            return axis_word(self.matrix.rows)
        if self.totals_only():
            return measure_word(MEASURES[section - 1])
        if section > len(self.matrix.column_keys):
            return QCoreApplication.translate("MraMatrix", "Total")
        key = self.matrix.column_keys[section - 1]
        return key_word(self.matrix.columns, key, self.matrix.partner_names)

    def data(self, index: AnyIndex, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid() or self.matrix is None:
            return None
        if index.row() == len(self.rows):
            return self._total_data(index, role)
        row = self.rows[index.row()]
        if index.column() == 0:
            if role == Qt.ItemDataRole.DisplayRole:
                if row.axis == "subtheme":
                    return "    " + key_word(row.axis, row.key)
                return key_word(row.axis, row.key, self.matrix.partner_names)
            if role == Qt.ItemDataRole.ToolTipRole:
                return full_key_word(row.axis, row.key, self.matrix.partner_names)
            return self._row_style(row, role)
        found = self.cell_at(index)
        if found is None:
            return None
        _ref, cell = found
        if role == Qt.ItemDataRole.DisplayRole:
            if self.totals_only():
                return str(getattr(cell, MEASURES[index.column() - 1]))
            if cell.changes == 0:
                return ""
            return f"{cell.changes}\n{cell.meetings} · {cell.participants} · {cell.partners}"
        if role == Qt.ItemDataRole.ToolTipRole:
            return cell_sentence(cell)
        if role == Qt.ItemDataRole.TextAlignmentRole:
            return int(Qt.AlignmentFlag.AlignCenter)
        return self._row_style(row, role)

    def _total_data(self, index: AnyIndex, role: int) -> Any:
        assert self.matrix is not None
        if role == Qt.ItemDataRole.FontRole:
            font = QFont()
            font.setBold(True)
            return font
        if index.column() == 0:
            if role == Qt.ItemDataRole.DisplayRole:
                return QCoreApplication.translate("MraMatrix", "Total")
            return None
        if self.totals_only():
            cell = self.matrix.total
            if role == Qt.ItemDataRole.DisplayRole:
                return str(getattr(cell, MEASURES[index.column() - 1]))
        else:
            keys = self.matrix.column_keys
            cell = (
                self.matrix.total
                if index.column() > len(keys)
                else self.matrix.column_totals.get(keys[index.column() - 1], Cell())
            )
            if role == Qt.ItemDataRole.DisplayRole:
                return f"{cell.changes}\n{cell.meetings} · {cell.participants} · {cell.partners}"
        if role == Qt.ItemDataRole.ToolTipRole:
            return cell_sentence(cell)
        if role == Qt.ItemDataRole.TextAlignmentRole:
            return int(Qt.AlignmentFlag.AlignCenter)
        return None

    @staticmethod
    def _row_style(row: _Row, role: int) -> Any:
        if row.group and role == Qt.ItemDataRole.FontRole:
            font = QFont()
            font.setBold(True)
            return font
        if row.group and role == Qt.ItemDataRole.BackgroundRole:
            return QBrush(GROUP_BACKGROUND)
        return None


def change_column_title(code: str) -> str:
    titles = {
        "title": QCoreApplication.translate("MraMatrix", "Change"),
        "partner": QCoreApplication.translate("MraMatrix", "Partner"),
        "region": QCoreApplication.translate("MraMatrix", "Region"),
        "date": QCoreApplication.translate("MraMatrix", "Meeting"),
        "exemplary": QCoreApplication.translate("MraMatrix", "Exemplary"),
    }
    return titles[code]


CHANGE_COLUMNS = ("exemplary", "title", "partner", "region", "date")


class CellChangesModel(QAbstractTableModel):
    """The changes behind a cell, read-only."""

    def __init__(self, parent: Any = None) -> None:
        super().__init__(parent)
        self.changes: list[CellChange] = []

    def set_changes(self, changes: list[CellChange]) -> None:
        self.beginResetModel()
        self.changes = changes
        self.endResetModel()

    def rowCount(self, parent: AnyIndex = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self.changes)

    def columnCount(self, parent: AnyIndex = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(CHANGE_COLUMNS)

    def headerData(
        self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole
    ) -> Any:
        if orientation == Qt.Orientation.Horizontal and role == Qt.ItemDataRole.DisplayRole:
            code = CHANGE_COLUMNS[section]
            return "★" if code == "exemplary" else change_column_title(code)
        if orientation == Qt.Orientation.Horizontal and role == Qt.ItemDataRole.ToolTipRole:
            return change_column_title(CHANGE_COLUMNS[section])
        return None

    def data(self, index: AnyIndex, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid():
            return None
        change = self.changes[index.row()]
        column = CHANGE_COLUMNS[index.column()]
        if role == Qt.ItemDataRole.DisplayRole:
            if column == "exemplary":
                return "★" if change.exemplary else ""
            if column == "title":
                return change.title
            if column == "partner":
                return change.meeting.partner
            if column == "region":
                return change.meeting.region
            return format_date(change.meeting.date)
        if role == Qt.ItemDataRole.ToolTipRole:
            lines = [change.title, change.meeting.title]
            if change.exemplary:
                lines.append(QCoreApplication.translate("MraMatrix", "Exemplary: to quote"))
            if change.msc_selected:
                lines.append(
                    QCoreApplication.translate("MraMatrix", "The meeting's most significant change")
                )
            return "\n".join(lines)
        if role == Qt.ItemDataRole.TextAlignmentRole and column == "exemplary":
            return int(Qt.AlignmentFlag.AlignCenter)
        return None


class ConsolidationView(QWidget):
    """MRA ▸ Consolidation matrix."""

    # the user asked to open a meeting (its id)
    meeting_opened = Signal(str)
    # a matrix was counted and shown (for tests and the status bar)
    matrix_shown = Signal()

    def __init__(self, db: Database, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("ConsolidationView")
        self.db = db
        self.job: BackgroundJob | None = None
        self.generation = 0
        self.selected: CellRef | None = None
        self.dialogs: list[ChangeDialog] = []
        self._filled = False

        self.heading = heading()
        self.status_label = QLabel()
        self.status_label.setObjectName("MatrixStatus")
        self.rows_combo = QComboBox()
        self.columns_combo = QComboBox()
        self.rows_label = QLabel()
        self.rows_label.setBuddy(self.rows_combo)
        self.columns_label = QLabel()
        self.columns_label.setBuddy(self.columns_combo)
        self.partner_combo = QComboBox()
        self.partner_combo.setSizeAdjustPolicy(
            QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon
        )
        self.partner_combo.setMinimumContentsLength(14)
        self.date_from = date_filter_edit()
        self.date_to = date_filter_edit()
        self.from_label = QLabel()
        self.from_label.setBuddy(self.date_from)
        self.to_label = QLabel()
        self.to_label.setBuddy(self.date_to)
        self.all_states_check = QCheckBox()
        self.legend_label = QLabel()
        self.legend_label.setObjectName("MatrixLegend")
        self.legend_label.setWordWrap(True)

        self.model = MatrixModel(self)
        self.table = read_only_table("MatrixTable")
        self.table.setSelectionBehavior(self.table.SelectionBehavior.SelectItems)
        self.table.setModel(self.model)
        self.table.horizontalHeader().setDefaultSectionSize(100)
        self.table.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Interactive)

        # the selected cell
        self.cell_title = QLabel()
        self.cell_title.setObjectName("CellTitle")
        self.cell_title.setWordWrap(True)
        font = self.cell_title.font()
        font.setBold(True)
        font.setPointSizeF(font.pointSizeF() * 1.1)
        self.cell_title.setFont(font)
        self.cell_figures = QLabel()
        self.cell_figures.setObjectName("CellFigures")
        self.cell_figures.setWordWrap(True)
        self.summary_label = QLabel()
        self.summary_edit = PlainTextEdit()
        self.summary_edit.setObjectName("CellSummary")
        self.summary_edit.setTabChangesFocus(True)
        self.summary_edit.setMaximumHeight(100)
        self.summary_label.setBuddy(self.summary_edit)
        self.summary_error = QLabel()
        self.summary_error.setStyleSheet(ERROR_STYLE)
        self.summary_error.setWordWrap(True)
        self.summary_error.hide()
        self.changes_label = QLabel()
        self.changes_model = CellChangesModel(self)
        self.changes_table = read_only_table("CellChanges")
        self.changes_table.setModel(self.changes_model)
        self.changes_label.setBuddy(self.changes_table)
        header = self.changes_table.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
        header.setSectionResizeMode(CHANGE_COLUMNS.index("title"), QHeaderView.ResizeMode.Stretch)
        header.setSectionResizeMode(
            CHANGE_COLUMNS.index("exemplary"), QHeaderView.ResizeMode.ResizeToContents
        )
        header.setMinimumSectionSize(24)
        for column, width in (("partner", 105), ("region", 90), ("date", 82)):
            self.changes_table.setColumnWidth(CHANGE_COLUMNS.index(column), width)
        self.open_change_action = QAction(self)
        self.open_change_action.triggered.connect(self.open_selected_change)
        self.flag_action = QAction(self)
        self.flag_action.setShortcut(QKeySequence("Ctrl+Shift+F"))
        self.flag_action.setShortcutContext(Qt.ShortcutContext.WidgetWithChildrenShortcut)
        self.flag_action.triggered.connect(self.toggle_exemplary)
        self.addAction(self.flag_action)
        self.open_change_button = QPushButton()
        self.open_change_button.clicked.connect(self.open_change_action.trigger)
        self.flag_button = QPushButton()
        self.flag_button.setObjectName("FlagExemplary")
        self.flag_button.clicked.connect(self.flag_action.trigger)
        change_buttons = QHBoxLayout()
        change_buttons.addWidget(self.open_change_button)
        change_buttons.addWidget(self.flag_button)
        change_buttons.addStretch(1)
        self.cell_panel = QWidget()
        self.cell_panel.setObjectName("CellPanel")
        panel = QVBoxLayout(self.cell_panel)
        panel.setContentsMargins(8, 0, 0, 0)
        panel.addWidget(self.cell_title)
        panel.addWidget(self.cell_figures)
        panel.addWidget(self.summary_label)
        panel.addWidget(self.summary_edit)
        panel.addWidget(self.summary_error)
        panel.addWidget(self.changes_label)
        panel.addWidget(self.changes_table, 1)
        panel.addLayout(change_buttons)
        self.saver = TextSaver(self.summary_edit, self._save_summary, self._summary_failed, self)

        top = QHBoxLayout()
        top.addWidget(self.heading)
        top.addStretch(1)
        top.addWidget(self.status_label)
        controls = QHBoxLayout()
        controls.addWidget(self.rows_label)
        controls.addWidget(self.rows_combo)
        controls.addWidget(self.columns_label)
        controls.addWidget(self.columns_combo)
        controls.addSpacing(12)
        controls.addWidget(self.partner_combo)
        controls.addWidget(self.from_label)
        controls.addWidget(self.date_from)
        controls.addWidget(self.to_label)
        controls.addWidget(self.date_to)
        controls.addWidget(self.all_states_check)
        controls.addStretch(1)
        left = QWidget()
        left_layout = QVBoxLayout(left)
        left_layout.setContentsMargins(0, 0, 0, 0)
        left_layout.addWidget(self.legend_label)
        left_layout.addWidget(self.table, 1)
        self.splitter = QSplitter(Qt.Orientation.Horizontal)
        self.splitter.addWidget(left)
        self.splitter.addWidget(self.cell_panel)
        self.splitter.setStretchFactor(0, 3)
        self.splitter.setStretchFactor(1, 1)
        self.splitter.setSizes([910, 440])
        layout = QVBoxLayout(self)
        layout.addLayout(top)
        layout.addLayout(controls)
        layout.addWidget(self.splitter, 1)

        for combo in (self.rows_combo, self.columns_combo, self.partner_combo):
            combo.currentIndexChanged.connect(lambda _i: self.refresh())
        self.date_from.dateChanged.connect(lambda _d: self.refresh())
        self.date_to.dateChanged.connect(lambda _d: self.refresh())
        self.all_states_check.toggled.connect(lambda _c: self.refresh())
        self.table.selectionModel().currentChanged.connect(self._cell_changed)
        self.changes_table.activated.connect(lambda _i: self.open_selected_change())
        self.changes_table.selectionModel().currentRowChanged.connect(
            lambda _c, _p: self._update_change_buttons()
        )
        self.setTabOrder(self.rows_combo, self.columns_combo)
        self.setTabOrder(self.columns_combo, self.partner_combo)
        self.setTabOrder(self.partner_combo, self.date_from)
        self.setTabOrder(self.date_from, self.date_to)
        self.setTabOrder(self.date_to, self.all_states_check)
        self.setTabOrder(self.all_states_check, self.table)
        self.setTabOrder(self.table, self.summary_edit)
        self.setTabOrder(self.summary_edit, self.changes_table)
        self.retranslate()
        self._filled = True
        self._show_cell()

    # -- words -------------------------------------------------------------------------
    def retranslate(self) -> None:
        self.heading.setText(QCoreApplication.translate("MraMatrix", "Consolidation matrix"))
        self.rows_label.setText(QCoreApplication.translate("MraMatrix", "&Rows"))
        self.columns_label.setText(QCoreApplication.translate("MraMatrix", "Col&umns"))
        self.from_label.setText(QCoreApplication.translate("MraMatrix", "From"))
        self.to_label.setText(QCoreApplication.translate("MraMatrix", "to"))
        for edit in (self.date_from, self.date_to):
            edit.setSpecialValueText(QCoreApplication.translate("MraMatrix", "any date"))
        self.date_from.setAccessibleName(
            QCoreApplication.translate("MraMatrix", "Meetings from this date")
        )
        self.date_to.setAccessibleName(
            QCoreApplication.translate("MraMatrix", "Meetings up to this date")
        )
        self.partner_combo.setAccessibleName(
            QCoreApplication.translate("MraMatrix", "Only this partner's meetings")
        )
        self.all_states_check.setText(
            QCoreApplication.translate("MraMatrix", "Include every review &state")
        )
        self.all_states_check.setToolTip(
            QCoreApplication.translate(
                "MraMatrix", "Off: only approved meetings count, as in the national report."
            )
        )
        self.table.setAccessibleName(
            QCoreApplication.translate("MraMatrix", "Consolidation matrix")
        )
        self.summary_label.setText(
            QCoreApplication.translate("MraMatrix", "&National summary of this cell")
        )
        self.summary_edit.setPlaceholderText(
            QCoreApplication.translate(
                "MraMatrix",
                "A few sentences for the national report; saved as you type",
            )
        )
        self.summary_edit.setAccessibleName(
            QCoreApplication.translate("MraMatrix", "National summary of the selected cell")
        )
        self.changes_label.setText(QCoreApplication.translate("MraMatrix", "Chan&ges in this cell"))
        self.changes_table.setAccessibleName(
            QCoreApplication.translate("MraMatrix", "Changes in the selected cell")
        )
        self.open_change_action.setText(QCoreApplication.translate("MraMatrix", "Rea&d the change"))
        self.open_change_button.setText(self.open_change_action.text())
        self.open_change_button.setToolTip(
            fill(
                QCoreApplication.translate("MraMatrix", "Every field of the change (%1)"),
                shortcut_text("Enter"),
            )
        )
        self.flag_action.setText(QCoreApplication.translate("MraMatrix", "Flag as e&xemplary"))
        self.flag_button.setText(self.flag_action.text())
        self.flag_button.setToolTip(
            with_shortcut(
                QCoreApplication.translate(
                    "MraMatrix", "An exemplary change is quoted in the national report"
                ),
                self.flag_action.shortcut(),
            )
        )
        self._fill_combos()
        self._update_legend()
        previous = self.selected
        self.model.set_matrix(self.model.matrix, self.model.sectors)
        if self.model.matrix is not None:
            self._reselect(previous)
        else:
            self._show_cell()

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
        super().changeEvent(event)

    def _fill_combo(self, combo: QComboBox, items: list[tuple[Any, str]], default: Any) -> None:
        current = combo.currentData() if combo.count() else default
        combo.blockSignals(True)
        combo.clear()
        for code, text in items:
            combo.addItem(text, code)
        index = combo.findData(current)
        combo.setCurrentIndex(max(index, 0))
        combo.blockSignals(False)

    def _fill_combos(self) -> None:
        self._fill_combo(self.rows_combo, [(a, axis_word(a)) for a in ROW_AXES], "subtheme")
        self._fill_combo(self.columns_combo, [(a, axis_word(a)) for a in COLUMN_AXES], TOTAL)
        self._fill_combo(
            self.partner_combo,
            [(None, QCoreApplication.translate("MraMatrix", "All partners"))]
            + partners_with_received_meetings(self.db),
            None,
        )

    def _update_legend(self) -> None:
        totals_only = self.columns_combo.currentData() in (None, TOTAL)
        self.legend_label.setVisible(not totals_only)
        self.legend_label.setText(
            QCoreApplication.translate(
                "MraMatrix",
                "Each cell: the number of changes, then meetings · participants · partners.",
            )
        )

    # -- counting ----------------------------------------------------------------------
    def scope(self) -> Scope:
        partner = self.partner_combo.currentData()
        return Scope(
            date_limit(self.date_from),
            date_limit(self.date_to),
            (partner,) if partner else (),
            self.all_states_check.isChecked(),
        )

    def axes(self) -> tuple[str, str]:
        rows = self.rows_combo.currentData() or "subtheme"
        columns = self.columns_combo.currentData() or TOTAL
        if rows == columns:
            columns = TOTAL
        return rows, columns

    def refresh(self) -> BackgroundJob | None:
        """Count the matrix again, off the UI thread."""
        if not self._filled:
            return None
        self.saver.flush()
        self._update_legend()
        scope = self.scope()
        if scope.date_from and scope.date_to and scope.date_from > scope.date_to:
            self.status_label.setText(
                QCoreApplication.translate(
                    "MraMatrix", "The period is reversed: its end comes before its start."
                )
            )
            self.status_label.setStyleSheet(ERROR_STYLE)
            return None
        rows, columns = self.axes()
        self.generation += 1
        generation = self.generation
        self.status_label.setStyleSheet("")
        self.status_label.setText(QCoreApplication.translate("MraMatrix", "Counting…"))
        db = self.db

        def work(_progress: Any) -> tuple[int, Matrix, Matrix | None]:
            matrix = build_matrix(db, scope, rows, columns)
            sectors = build_matrix(db, scope, "sector", columns) if rows == "subtheme" else None
            return generation, matrix, sectors

        self.job = run_in_background(self, work, self._counted, self._failed)
        return self.job

    def _counted(self, result: tuple[int, Matrix, Matrix | None]) -> None:
        generation, matrix, sectors = result
        if generation != self.generation:  # a newer request is on its way
            return
        self.job = None
        previous = self.selected
        self.model.set_matrix(matrix, sectors)
        self._lay_out_table()
        total = matrix.total
        which = (
            QCoreApplication.translate("MraMatrix", "all review states")
            if self.all_states_check.isChecked()
            else QCoreApplication.translate("MraMatrix", "approved meetings")
        )
        self.status_label.setText(f"{cell_sentence(total)} ({which})")
        self._reselect(previous)
        self.matrix_shown.emit()

    def _lay_out_table(self) -> None:
        """One line per row with totals only, two (changes, then the rest) per cell with a
        column axis; the label column takes the room left."""
        lines = 1.4 if self.model.totals_only() else 2.6
        height = int(self.table.fontMetrics().lineSpacing() * lines) + 4
        self.table.verticalHeader().setDefaultSectionSize(height)
        header = self.table.horizontalHeader()
        if self.model.columnCount():
            # the figures take their width and the labels the rest (they wrap): every
            # column stays inside the table, none behind a scroll bar
            header.setSectionResizeMode(0, QHeaderView.ResizeMode.Stretch)
            for column in range(1, self.model.columnCount()):
                header.setSectionResizeMode(column, QHeaderView.ResizeMode.ResizeToContents)

    def _failed(self, error: BaseException) -> None:
        self.job = None
        text = error_sentence(error)
        self.status_label.setText(text)
        self.status_label.setStyleSheet(ERROR_STYLE)

    def _reselect(self, previous: CellRef | None) -> None:
        target = 0
        if previous is not None:
            for number, row in enumerate(self.model.rows):
                if (row.axis, row.key) == (previous.row_axis, previous.row_key):
                    target = number
                    break
        if self.model.rows:
            index = self.model.index(target, 1)
            self.table.setCurrentIndex(index)
        else:
            self.selected = None
            self._show_cell()

    # -- the selected cell -------------------------------------------------------------
    def _cell_changed(self, current: QModelIndex, _previous: QModelIndex) -> None:
        found = self.model.cell_at(current)
        if found is None:
            found_ref = self.model.ref_of_row(current.row()) if current.isValid() else None
            self.select_cell(found_ref)
        else:
            self.select_cell(found[0])

    def select_cell(self, ref: CellRef | None) -> None:
        self.saver.flush()
        self.selected = ref
        self._show_cell()

    def _show_cell(self) -> None:
        ref = self.selected
        matrix = self.model.matrix
        self.cell_panel.setEnabled(ref is not None and matrix is not None)
        self.summary_error.hide()
        if ref is None or matrix is None:
            self.cell_title.setText(
                QCoreApplication.translate("MraMatrix", "Choose a cell of the matrix.")
            )
            self.cell_figures.setText("")
            self.saver.load("")
            self.changes_model.set_changes([])
            self._update_change_buttons()
            return
        names = matrix.partner_names
        title = full_key_word(ref.row_axis, ref.row_key, names)
        if ref.column_key is not None:
            title += " × " + key_word(ref.column_axis, ref.column_key, names)
        self.cell_title.setText(title)
        source = self.model.sectors if ref.row_axis == "sector" and self.model.sectors else matrix
        assert source is not None
        self.cell_figures.setText(cell_sentence(source.cell(ref.row_key, ref.column_key)))
        self.saver.load(cell_summary(self.db, *ref.summary_key()).text)
        self.changes_model.set_changes(
            cell_changes(
                self.db,
                self.scope(),
                ref.row_axis,
                ref.row_key,
                ref.column_axis if ref.column_key is not None else TOTAL,
                ref.column_key,
            )
        )
        if self.changes_model.changes:
            self.select_change(0)
        self._update_change_buttons()

    def _update_change_buttons(self) -> None:
        change = self.current_change()
        self.open_change_action.setEnabled(change is not None)
        self.flag_action.setEnabled(change is not None)
        self.open_change_button.setEnabled(change is not None)
        self.flag_button.setEnabled(change is not None)
        if change is not None:
            self.flag_button.setText(
                QCoreApplication.translate("MraMatrix", "Remove the e&xemplary flag")
                if change.exemplary
                else QCoreApplication.translate("MraMatrix", "Flag as e&xemplary")
            )

    def _save_summary(self, text: str) -> None:
        if self.selected is None:
            return
        set_cell_summary(
            self.db, *self.selected.summary_key(), text, author=person_name(self.db)
        )
        self.summary_error.hide()

    def _summary_failed(self, error: Exception) -> None:
        sentence = error_sentence(error)
        self.summary_error.setText(sentence)
        self.summary_error.show()

    # -- changes -----------------------------------------------------------------------
    def select_change(self, row: int) -> None:
        select_row(self.changes_table, row, CHANGE_COLUMNS.index("title"))

    def current_change(self) -> CellChange | None:
        index = self.changes_table.currentIndex()
        if not index.isValid() or index.row() >= len(self.changes_model.changes):
            return None
        return self.changes_model.changes[index.row()]

    def open_selected_change(self) -> ChangeDialog | None:
        change = self.current_change()
        if change is None:
            return None
        dialog = ChangeDialog(self.db, change.id, self)
        dialog.meeting_requested.connect(self.meeting_opened.emit)
        dialog.flag_changed.connect(lambda _id: self._flags_changed())
        dialog.finished.connect(lambda _r, d=dialog: self._forget(d))
        self.dialogs.append(dialog)
        dialog.show()
        return dialog

    def _forget(self, dialog: ChangeDialog) -> None:
        if dialog in self.dialogs:
            self.dialogs.remove(dialog)
            dialog.deleteLater()

    def toggle_exemplary(self) -> None:
        change = self.current_change()
        if change is None:
            return
        set_exemplary(self.db, change.id, not change.exemplary, by=person_name(self.db))
        self._flags_changed()

    def _flags_changed(self) -> None:
        row = self.changes_table.currentIndex().row()
        self._show_cell()
        self.select_change(row)
        self._update_change_buttons()

    def flush(self) -> bool:
        return self.saver.flush()

    def showEvent(self, event: Any) -> None:
        self._fill_combo(
            self.partner_combo,
            [(None, QCoreApplication.translate("MraMatrix", "All partners"))]
            + partners_with_received_meetings(self.db),
            None,
        )
        self.refresh()
        super().showEvent(event)

    def hideEvent(self, event: Any) -> None:
        self.saver.flush()
        super().hideEvent(event)
