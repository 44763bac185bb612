"""MRA's exports of the counted meetings, in dialogs that are not modal.

:class:`NationalExportDialog` holds what they share: the language, the meetings that count
(a period, some partners or every one, approved meetings only or every review state), the
place to write to, and the export itself, run off the UI thread on a database opened for
the job with progress and Cancel; a failure writes nothing and says why in the dialog.

:class:`SpreadsheetExportDialog` writes one XLSX workbook or one CSV file per table; the
national report's dialog is :class:`~mra_desktop.ui.mra.report_dialog.NationalReportDialog`.
"""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path
from typing import Any

from PySide6.QtCore import QCoreApplication, QEvent, Qt, Signal
from PySide6.QtWidgets import (
    QAbstractItemView,
    QCheckBox,
    QComboBox,
    QDateEdit,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QListWidget,
    QListWidgetItem,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from mra_desktop.core.database import Database
from mra_desktop.core.errors import MraError
from mra_desktop.core.national import Scope, partners_with_received_meetings
from mra_desktop.core.spreadsheets import ExportedSpreadsheet, export_csv, export_xlsx
from mra_desktop.ui.background import BackgroundJob, run_in_background
from mra_desktop.ui.date_filter import date_filter_edit, date_limit
from mra_desktop.ui.dialogs import existing_folder, save_file_name
from mra_desktop.ui.i18n import LANGUAGE_NAMES, current_language
from mra_desktop.ui.jobs import (
    documents_folder,
    error_sentence,
    open_path,
    relabelled,
    with_own_database,
)
from mra_desktop.ui.messages import ERROR_STYLE, describe_error
from mra_desktop.ui.sentences import fill
from mra_desktop.ui.text_direction import LineEdit

_PARTNER_ROWS = 5  # the partners list shows this many before it scrolls


class NationalExportDialog(QDialog):
    """The language, the meetings counted, the file, and the export job."""

    # the file(s) were written (the core's result)
    exported = Signal(object)

    def __init__(self, db: Database, default_path: Path, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.db = db
        self.job: BackgroundJob | None = None
        self.written: Path | None = None

        self.language_combo = QComboBox()
        for code in ("ar", "fr", "en"):
            self.language_combo.addItem(LANGUAGE_NAMES[code], code)
        self.language_combo.setCurrentIndex(self.language_combo.findData(current_language()))
        self.partner_list = QListWidget()
        self.partner_list.setSelectionMode(QAbstractItemView.SelectionMode.NoSelection)
        for org_id, name in partners_with_received_meetings(db):
            item = QListWidgetItem(name)
            item.setData(Qt.ItemDataRole.UserRole, org_id)
            item.setFlags(Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsUserCheckable)
            item.setCheckState(Qt.CheckState.Unchecked)
            self.partner_list.addItem(item)
        self.partner_list.ensurePolished()
        rows = min(max(self.partner_list.count(), 2), _PARTNER_ROWS)
        row_height = max(
            self.partner_list.sizeHintForRow(0), self.partner_list.fontMetrics().lineSpacing() + 9
        )
        self.partner_list.setFixedHeight(rows * row_height + 2 * self.partner_list.frameWidth())
        self.partner_hint = QLabel()
        partners = QVBoxLayout()
        partners.setContentsMargins(0, 0, 0, 0)
        partners.addWidget(self.partner_list)
        partners.addWidget(self.partner_hint)
        self.date_from = QDateEdit()
        self.date_to = QDateEdit()
        for edit in (self.date_from, self.date_to):
            date_filter_edit(edit)
        period = QHBoxLayout()
        period.setContentsMargins(0, 0, 0, 0)
        self.to_label = QLabel()
        period.addWidget(self.date_from)
        period.addWidget(self.to_label)
        period.addWidget(self.date_to)
        period.addStretch(1)
        self.all_states_check = QCheckBox()
        self.path_edit = LineEdit(str(default_path))
        self.browse_button = QPushButton()
        path_row = QHBoxLayout()
        path_row.setContentsMargins(0, 0, 0, 0)
        path_row.addWidget(self.path_edit, 1)
        path_row.addWidget(self.browse_button)
        self.labels = {k: QLabel() for k in ("language", "partner", "period", "file")}
        for key, widget in (
            ("language", self.language_combo),
            ("partner", self.partner_list),
            ("period", self.date_from),
            ("file", self.path_edit),
        ):
            self.labels[key].setBuddy(widget)
        self.form = QFormLayout()
        self.form.addRow(self.labels["language"], self.language_combo)
        self.form.addRow(self.labels["partner"], partners)
        self.form.addRow(self.labels["period"], period)
        self.form.addRow("", self.all_states_check)
        self.form.addRow(self.labels["file"], path_row)
        self.message_label = QLabel()
        self.message_label.setObjectName("ExportMessage")
        self.message_label.setWordWrap(True)
        self.message_label.hide()
        self.open_button = QPushButton()
        self.open_button.hide()
        self.buttons = QDialogButtonBox()
        self.export_button = self.buttons.addButton("", QDialogButtonBox.ButtonRole.AcceptRole)
        self.export_button.setDefault(True)
        self.close_button = self.buttons.addButton(QDialogButtonBox.StandardButton.Close)
        self.buttons.accepted.connect(self.start_export)
        self.buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addLayout(self.form)
        layout.addWidget(self.message_label)
        result_row = QHBoxLayout()
        result_row.addWidget(self.open_button)
        result_row.addStretch(1)
        layout.addLayout(result_row)
        layout.addStretch(1)
        layout.addWidget(self.buttons)
        self.browse_button.clicked.connect(self.choose_place)
        self.open_button.clicked.connect(lambda: self.written and open_path(self.written))

    def fit(self) -> None:
        """A size that shows every row, once the words are in."""
        layout = self.layout()
        width = max(600, self.sizeHint().width())
        self.resize(width, max(self.sizeHint().height(), layout.totalHeightForWidth(width)))

    def retranslate(self) -> None:
        self.labels["language"].setText(QCoreApplication.translate("MraExport", "&Language"))
        self.labels["partner"].setText(QCoreApplication.translate("MraExport", "&Partners"))
        self.partner_hint.setText(
            QCoreApplication.translate(
                "MraExport", "Tick some partners to count only their meetings; none: every partner."
            )
        )
        self.partner_list.setAccessibleName(
            QCoreApplication.translate("MraExport", "Partners whose meetings count")
        )
        self.labels["period"].setText(QCoreApplication.translate("MraExport", "Meetings &from"))
        self.to_label.setText(QCoreApplication.translate("MraExport", "to"))
        for edit in (self.date_from, self.date_to):
            edit.setSpecialValueText(QCoreApplication.translate("MraExport", "any date"))
        self.date_to.setAccessibleName(
            QCoreApplication.translate("MraExport", "Meetings up to this date")
        )
        self.all_states_check.setText(
            QCoreApplication.translate(
                "MraExport", "Include every review &state (not only approved meetings)"
            )
        )
        self.labels["file"].setText(QCoreApplication.translate("MraExport", "Save &to"))
        self.browse_button.setText(QCoreApplication.translate("MraExport", "&Choose…"))
        self.export_button.setText(QCoreApplication.translate("MraExport", "&Export"))
        self.close_button.setText(QCoreApplication.translate("MraExport", "Close"))
        self.open_button.setText(QCoreApplication.translate("MraExport", "&Open it"))

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
        super().changeEvent(event)

    def choose_place(self) -> None:
        raise NotImplementedError

    def start_export(self) -> BackgroundJob | None:
        raise NotImplementedError

    # -- what counts -------------------------------------------------------------------
    def language(self) -> str:
        return str(self.language_combo.currentData())

    def partners(self) -> tuple[str, ...]:
        """The ids of the partners ticked (none: every partner)."""
        return tuple(
            str(item.data(Qt.ItemDataRole.UserRole))
            for item in (self.partner_list.item(i) for i in range(self.partner_list.count()))
            if item.checkState() == Qt.CheckState.Checked
        )

    def set_partners(self, ids: tuple[str, ...]) -> None:
        for index in range(self.partner_list.count()):
            item = self.partner_list.item(index)
            ticked = item.data(Qt.ItemDataRole.UserRole) in ids
            item.setCheckState(Qt.CheckState.Checked if ticked else Qt.CheckState.Unchecked)

    def scope(self) -> Scope:
        return Scope(
            date_limit(self.date_from),
            date_limit(self.date_to),
            self.partners(),
            self.all_states_check.isChecked(),
        )

    # -- the job -----------------------------------------------------------------------
    def target(self, suffix: str | None) -> Path | None:
        """The place typed, ending in ``suffix`` (added to the field when missing)."""
        text = self.path_edit.text().strip()
        if not text:
            return None
        target = Path(text).expanduser()
        if suffix and target.suffix.lower() != suffix:
            target = target.with_name(target.name + suffix)
            self.path_edit.setText(str(target))
        return target

    def _show_message(self, text: str, error: bool, details: str = "") -> None:
        self.message_label.setText(text)
        self.message_label.setToolTip(details)
        self.message_label.setStyleSheet(ERROR_STYLE if error else "")
        self.message_label.show()
        self.open_button.setVisible(not error)
        self.grow()

    def grow(self) -> None:
        """Make room for a sentence that wraps (the layout does not ask for it)."""
        layout = self.layout()
        layout.activate()
        needed = layout.totalHeightForWidth(self.width())
        if needed > self.height():
            self.resize(self.width(), needed)

    def run_export(
        self, write: Callable[[Database, Scope, str, Any], Any], label: str
    ) -> BackgroundJob | None:
        """Run ``write(db, scope, language, progress)`` off the UI thread, on a database
        opened for the job, under a progress dialog titled ``label``."""
        if self.job is not None:
            return None
        db_path, scope, lang = self.db.location, self.scope(), self.language()

        def work(progress: Any) -> Any:
            return with_own_database(
                db_path, lambda db: write(db, scope, lang, relabelled(progress, label))
            )

        self.message_label.hide()
        self.open_button.hide()
        self.export_button.setEnabled(False)
        self.job = run_in_background(self, work, self._finished, self._failed, progress_title=label)
        if self.job.is_finished():  # ran synchronously (tests)
            self.job = None
        return self.job

    def _finished(self, result: Any) -> None:
        self.job = None
        self.export_button.setEnabled(True)
        self.written = Path(result.path)
        self._show_message(self.done_sentence(result), error=False)
        self.exported.emit(result)

    def done_sentence(self, result: Any) -> str:
        raise NotImplementedError

    def _failed(self, error: BaseException) -> None:
        self.job = None
        self.export_button.setEnabled(True)
        if isinstance(error, MraError) and error.code.startswith("scope_"):
            sentence = describe_error(error)
        elif isinstance(error, MraError) and error.code == "cancelled":
            sentence = QCoreApplication.translate(
                "MraExport", "Export cancelled; nothing was written."
            )
        else:
            sentence = error_sentence(error)
        details = error.message if isinstance(error, MraError) else ""
        self._show_message(sentence, error=True, details=details)

    def reject(self) -> None:
        if self.job is not None:  # closing while it runs stops it; nothing is written
            self.job.cancel()
        super().reject()


class SpreadsheetExportDialog(NationalExportDialog):
    """Consolidation ▸ Export spreadsheets…"""

    def __init__(self, db: Database, parent: QWidget | None = None) -> None:
        super().__init__(db, documents_folder() / "mra-national.xlsx", parent)
        self.setObjectName("SpreadsheetExportDialog")
        self.format_combo = QComboBox()
        self.labels["format"] = QLabel()
        self.labels["format"].setBuddy(self.format_combo)
        self.form.insertRow(0, self.labels["format"], self.format_combo)
        self.setTabOrder(self.format_combo, self.language_combo)
        self.format_combo.currentIndexChanged.connect(lambda _i: self._follow_format())
        self.retranslate()
        self.fit()

    def retranslate(self) -> None:
        super().retranslate()
        self.setWindowTitle(QCoreApplication.translate("MraExport", "Export spreadsheets"))
        current = self.format_combo.currentData() or "xlsx"
        self.format_combo.blockSignals(True)
        self.format_combo.clear()
        self.format_combo.addItem(
            QCoreApplication.translate("MraExport", "One Excel workbook (.xlsx)"), "xlsx"
        )
        self.format_combo.addItem(
            QCoreApplication.translate("MraExport", "CSV files, one per table, in a folder"), "csv"
        )
        self.format_combo.setCurrentIndex(self.format_combo.findData(current))
        self.format_combo.blockSignals(False)
        self.labels["format"].setText(QCoreApplication.translate("MraExport", "Fo&rmat"))

    def format(self) -> str:
        return str(self.format_combo.currentData())

    def _follow_format(self) -> None:
        path = Path(self.path_edit.text().strip() or documents_folder() / "mra-national.xlsx")
        if self.format() == "xlsx":
            if path.suffix.lower() != ".xlsx":
                path = path.with_name((path.stem or "mra-national") + ".xlsx")
        elif path.suffix.lower() == ".xlsx":
            path = path.with_suffix("")
        self.path_edit.setText(str(path))

    def choose_place(self) -> None:
        if self.format() == "xlsx":
            path = save_file_name(
                self,
                QCoreApplication.translate("MraExport", "Save the workbook as"),
                self.path_edit.text(),
                [(QCoreApplication.translate("MraExport", "Excel workbooks"), "*.xlsx")],
                "xlsx",
            )
        else:
            path = existing_folder(
                self,
                QCoreApplication.translate("MraExport", "Folder for the CSV files"),
                self.path_edit.text(),
            )
        if path:
            self.path_edit.setText(path)

    def start_export(self) -> BackgroundJob | None:
        target = self.target(".xlsx" if self.format() == "xlsx" else None)
        if target is None:
            return None
        writer = export_xlsx if self.format() == "xlsx" else export_csv
        return self.run_export(
            lambda db, scope, lang, progress: writer(db, target, scope, lang, progress),
            QCoreApplication.translate("MraExport", "Writing the spreadsheets…"),
        )

    def done_sentence(self, result: ExportedSpreadsheet) -> str:
        return (
            fill(QCoreApplication.translate(
                "MraExport", "Written to %1: %2 meetings, %3 changes, %4 action items."
            ), result.path, result.meetings, result.changes, result.action_items)
        )
