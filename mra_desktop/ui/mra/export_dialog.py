"""Export the counted meetings as spreadsheets: one XLSX workbook or one CSV file per
table, in Arabic, French or English, for a period and a partner, approved meetings only
unless every review state is asked for. Written off the UI thread on a database opened for
the job, with progress and Cancel; a failure writes nothing and says why in the dialog."""

from __future__ import annotations

import datetime as dt
from pathlib import Path
from typing import Any

from PySide6.QtCore import QCoreApplication, QDate, QEvent, Signal
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QDateEdit,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from mra_desktop.core.database import Database
from mra_desktop.core.errors import MraError
from mra_desktop.core.national import Scope, partners_with_received_meetings
from mra_desktop.core.spreadsheets import ExportedSpreadsheet, export_csv, export_xlsx
from mra_desktop.ui.background import BackgroundJob, run_in_background
from mra_desktop.ui.dialogs import existing_folder, save_file_name
from mra_desktop.ui.i18n import LANGUAGE_NAMES, current_language, from_qdate
from mra_desktop.ui.jobs import (
    documents_folder,
    error_sentence,
    open_path,
    relabelled,
    with_own_database,
)
from mra_desktop.ui.messages import ERROR_STYLE, describe_error
from mra_desktop.ui.sentences import fill, ltr
from mra_desktop.ui.text_direction import LineEdit

_ANY_DATE = QDate(2000, 1, 1)


class SpreadsheetExportDialog(QDialog):
    """MRA ▸ Export spreadsheets…"""

    # the spreadsheet(s) were written (the ExportedSpreadsheet)
    exported = Signal(object)

    def __init__(self, db: Database, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("SpreadsheetExportDialog")
        self.db = db
        self.job: BackgroundJob | None = None
        self.written: Path | None = None

        self.format_combo = QComboBox()
        self.language_combo = QComboBox()
        for code in ("ar", "fr", "en"):
            self.language_combo.addItem(LANGUAGE_NAMES[code], code)
        self.language_combo.setCurrentIndex(self.language_combo.findData(current_language()))
        self.partner_combo = QComboBox()
        self.date_from = QDateEdit()
        self.date_to = QDateEdit()
        for edit in (self.date_from, self.date_to):
            edit.setCalendarPopup(True)
            edit.setDisplayFormat("yyyy-MM-dd")
            edit.setMinimumDate(_ANY_DATE)
            edit.setDate(_ANY_DATE)
        period = QHBoxLayout()
        period.setContentsMargins(0, 0, 0, 0)
        self.to_label = QLabel()
        period.addWidget(self.date_from)
        period.addWidget(self.to_label)
        period.addWidget(self.date_to)
        period.addStretch(1)
        self.all_states_check = QCheckBox()
        self.path_edit = LineEdit(str(documents_folder() / "mra-national.xlsx"))
        self.browse_button = QPushButton()
        path_row = QHBoxLayout()
        path_row.setContentsMargins(0, 0, 0, 0)
        path_row.addWidget(self.path_edit, 1)
        path_row.addWidget(self.browse_button)
        self.labels = {k: QLabel() for k in ("format", "language", "partner", "period", "file")}
        for key, widget in (
            ("format", self.format_combo),
            ("language", self.language_combo),
            ("partner", self.partner_combo),
            ("period", self.date_from),
            ("file", self.path_edit),
        ):
            self.labels[key].setBuddy(widget)
        form = QFormLayout()
        form.addRow(self.labels["format"], self.format_combo)
        form.addRow(self.labels["language"], self.language_combo)
        form.addRow(self.labels["partner"], self.partner_combo)
        form.addRow(self.labels["period"], period)
        form.addRow("", self.all_states_check)
        form.addRow(self.labels["file"], path_row)
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
        layout.addLayout(form)
        layout.addWidget(self.message_label)
        layout.addWidget(self.open_button)
        layout.addStretch(1)
        layout.addWidget(self.buttons)
        self.browse_button.clicked.connect(self.choose_place)
        self.format_combo.currentIndexChanged.connect(lambda _i: self._follow_format())
        self.open_button.clicked.connect(lambda: self.written and open_path(self.written))
        self.retranslate()
        self.resize(max(600, self.sizeHint().width()), self.sizeHint().height())

    def retranslate(self) -> None:
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
        partner = self.partner_combo.currentData()
        self.partner_combo.clear()
        self.partner_combo.addItem(QCoreApplication.translate("MraExport", "All partners"), None)
        for org_id, name in partners_with_received_meetings(self.db):
            self.partner_combo.addItem(name, org_id)
        self.partner_combo.setCurrentIndex(max(self.partner_combo.findData(partner), 0))
        self.labels["format"].setText(QCoreApplication.translate("MraExport", "Fo&rmat"))
        self.labels["language"].setText(QCoreApplication.translate("MraExport", "&Language"))
        self.labels["partner"].setText(QCoreApplication.translate("MraExport", "&Partner"))
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

    def scope(self) -> Scope:
        def limit(edit: QDateEdit) -> dt.date | None:
            return None if edit.date() == _ANY_DATE else from_qdate(edit.date())

        partner = self.partner_combo.currentData()
        return Scope(
            limit(self.date_from),
            limit(self.date_to),
            (partner,) if partner else (),
            self.all_states_check.isChecked(),
        )

    def _show_message(self, text: str, error: bool, details: str = "") -> None:
        self.message_label.setText(text)
        self.message_label.setToolTip(details)
        self.message_label.setStyleSheet(ERROR_STYLE if error else "")
        self.message_label.show()

    def start_export(self) -> BackgroundJob | None:
        text = self.path_edit.text().strip()
        if not text or self.job is not None:
            return None
        target = Path(text).expanduser()
        if self.format() == "xlsx" and target.suffix.lower() != ".xlsx":
            target = target.with_name(target.name + ".xlsx")
            self.path_edit.setText(str(target))
        db_path, scope, lang, kind = (
            Path(self.db.path),
            self.scope(),
            self.language(),
            self.format(),
        )
        label = QCoreApplication.translate("MraExport", "Writing the spreadsheets…")
        writer = export_xlsx if kind == "xlsx" else export_csv

        def work(progress: Any) -> ExportedSpreadsheet:
            return with_own_database(
                db_path, lambda db: writer(db, target, scope, lang, relabelled(progress, label))
            )

        self.message_label.hide()
        self.open_button.hide()
        self.export_button.setEnabled(False)
        self.job = run_in_background(self, work, self._done, self._failed, progress_title=label)
        if self.job.is_finished():
            self.job = None
        return self.job

    def language(self) -> str:
        return str(self.language_combo.currentData())

    def _done(self, result: ExportedSpreadsheet) -> None:
        self.job = None
        self.export_button.setEnabled(True)
        self.written = result.path
        self._show_message(
            fill(
                QCoreApplication.translate(
                    "MraExport", "Written to %1: %2 meetings, %3 changes, %4 action items."
                ),
                ltr(result.path),
                ltr(result.meetings),
                ltr(result.changes),
                ltr(result.action_items),
            ),
            error=False,
        )
        self.open_button.show()
        self.exported.emit(result)

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
        # the core's own sentence, for whoever helps, where it is in the interface language
        english = isinstance(error, MraError) and current_language() == "en"
        details = error.message if english else ""
        self._show_message(sentence, error=True, details=details)

    def reject(self) -> None:
        if self.job is not None:
            self.job.cancel()
        super().reject()
