"""Export a meeting's report as PDF: language, names or not, where to save.

The report's language is the meeting's by default, whatever the interface language. The
PDF is laid out off the UI thread (through :func:`run_in_background`, with a progress
dialog and Cancel) on a database opened for that job; a cancel or a failure writes
nothing, and the sentence saying why stays in the dialog, which is not modal.
"""

from __future__ import annotations

from pathlib import Path
from typing import Any

from PySide6.QtCore import QCoreApplication, QEvent, Signal
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from mra_desktop.core.errors import MraError
from mra_desktop.core.report_pdf import ExportedReport, export_meeting_pdf
from mra_desktop.core.services import Services
from mra_desktop.ui.background import BackgroundJob, run_in_background
from mra_desktop.ui.dialogs import save_file_name
from mra_desktop.ui.i18n import LANGUAGE_NAMES, current_language, format_date
from mra_desktop.ui.jobs import (
    documents_folder,
    error_sentence,
    open_path,
    relabelled,
    safe_file_name,
    with_own_database,
)
from mra_desktop.ui.messages import ERROR_STYLE
from mra_desktop.ui.sentences import fill, join_list, ltr
from mra_desktop.ui.text_direction import LineEdit

REPORT_LANGUAGES = ("ar", "fr", "en")


def suggested_name(date: Any, title: str, lang: str) -> str:
    """``2022-03-14 Local commission (fr).pdf``"""
    day = date.isoformat() if date else ""
    return safe_file_name(f"{day} {title} ({lang})") + ".pdf"


def undrawable_sentence(characters: tuple[str, ...]) -> str:
    """The warning for the characters of a report that no font could draw."""
    listed = join_list(ltr(f"{char} (U+{ord(char):04X})") for char in characters)
    return fill(
        QCoreApplication.translate(
            "ExportPdf", "No font of the report can draw %1: the report shows their codes instead."
        ),
        listed,
    )


def choose_pdf_file(parent: QWidget, edit: QLineEdit, title: str, suggested: str) -> None:
    """Ask where to save a PDF, starting from ``edit``'s text (or ``suggested``), and put
    the answer, ending in .pdf, in ``edit``."""
    path = save_file_name(
        parent,
        title,
        edit.text().strip() or suggested,
        [(QCoreApplication.translate("ExportPdf", "PDF files"), "*.pdf")],
        "pdf",
    )
    if path:
        edit.setText(path)


class ExportPdfDialog(QDialog):
    """File > Export report as PDF… for one meeting."""

    # the report was written (its path)
    exported = Signal(object)

    def __init__(self, services: Services, meeting_id: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("ExportPdfDialog")
        self.services = services
        self.meeting = services.meetings.get(meeting_id)
        self.job: BackgroundJob | None = None
        self.written: Path | None = None
        self._suggested = ""

        self.meeting_label = QLabel()
        self.meeting_label.setWordWrap(True)
        # a label of its own: in one label, the date would take an Arabic title's direction
        self.date_label = QLabel()
        self.language_combo = QComboBox()
        for code in REPORT_LANGUAGES:
            self.language_combo.addItem(LANGUAGE_NAMES[code], code)
        start = self.meeting.language if self.meeting.language in REPORT_LANGUAGES else "en"
        self.language_combo.setCurrentIndex(self.language_combo.findData(start))
        self.names_check = QCheckBox()
        self.names_check.setChecked(False)
        self.notes_check = QCheckBox()
        self.notes_check.setChecked(True)
        self.path_edit = LineEdit()
        self.browse_button = QPushButton()
        path_row = QHBoxLayout()
        path_row.setContentsMargins(0, 0, 0, 0)
        path_row.addWidget(self.path_edit, 1)
        path_row.addWidget(self.browse_button)

        self.labels = {key: QLabel() for key in ("meeting", "language", "file")}
        self.labels["language"].setBuddy(self.language_combo)
        self.labels["file"].setBuddy(self.path_edit)
        form = QFormLayout()
        form.addRow(self.labels["language"], self.language_combo)
        form.addRow("", self.names_check)
        form.addRow("", self.notes_check)
        form.addRow(self.labels["file"], path_row)

        self.message_label = QLabel()
        self.message_label.setObjectName("ExportMessage")
        self.message_label.setWordWrap(True)
        self.message_label.hide()
        self.open_file_button = QPushButton()
        self.open_folder_button = QPushButton()
        result_row = QHBoxLayout()
        result_row.addWidget(self.open_file_button)
        result_row.addWidget(self.open_folder_button)
        result_row.addStretch(1)
        self.open_file_button.hide()
        self.open_folder_button.hide()

        self.buttons = QDialogButtonBox()
        self.export_button = self.buttons.addButton("", QDialogButtonBox.ButtonRole.AcceptRole)
        self.export_button.setDefault(True)
        self.close_button = self.buttons.addButton(QDialogButtonBox.StandardButton.Close)
        self.buttons.accepted.connect(self.start_export)
        self.buttons.rejected.connect(self.reject)

        layout = QVBoxLayout(self)
        layout.addWidget(self.labels["meeting"])
        layout.addWidget(self.meeting_label)
        layout.addWidget(self.date_label)
        layout.addLayout(form)
        layout.addWidget(self.message_label)
        layout.addLayout(result_row)
        layout.addStretch(1)
        layout.addWidget(self.buttons)

        self.browse_button.clicked.connect(self.choose_file)
        self.language_combo.currentIndexChanged.connect(lambda _i: self._update_suggestion())
        self.path_edit.textChanged.connect(lambda _t: self._update_buttons())
        self.open_file_button.clicked.connect(lambda: self.written and open_path(self.written))
        self.open_folder_button.clicked.connect(
            lambda: self.written and open_path(self.written.parent)
        )
        self.setTabOrder(self.language_combo, self.names_check)
        self.setTabOrder(self.names_check, self.notes_check)
        self.setTabOrder(self.notes_check, self.path_edit)
        self.setTabOrder(self.path_edit, self.browse_button)
        self._update_suggestion()
        self.retranslate()
        width = max(560, self.sizeHint().width())
        self.resize(width, max(self.sizeHint().height(), layout.totalHeightForWidth(width)))

    # -- words -------------------------------------------------------------------------
    def retranslate(self) -> None:
        self.setWindowTitle(QCoreApplication.translate("ExportPdf", "Export the report as PDF"))
        self.labels["meeting"].setText(QCoreApplication.translate("ExportPdf", "Meeting"))
        font = self.labels["meeting"].font()
        font.setBold(True)
        self.labels["meeting"].setFont(font)
        self.labels["language"].setText(
            QCoreApplication.translate("ExportPdf", "Report &language")
        )
        self.labels["file"].setText(QCoreApplication.translate("ExportPdf", "Save &to"))
        self.meeting_label.setText(self.meeting.title)
        day = format_date(self.meeting.date, long=True)
        self.date_label.setText(day)
        self.date_label.setVisible(bool(day))
        self.names_check.setText(
            QCoreApplication.translate("ExportPdf", "Include the participants' &names")
        )
        self.names_check.setToolTip(
            QCoreApplication.translate(
                "ExportPdf",
                "Off: the report lists roles and institutions only, as MRA's reports do.",
            )
        )
        self.notes_check.setText(
            QCoreApplication.translate("ExportPdf", "Include the &discussion notes")
        )
        self.notes_check.setToolTip(
            QCoreApplication.translate(
                "ExportPdf", "A Discussion section with the notes taken for each question."
            )
        )
        self.browse_button.setText(QCoreApplication.translate("ExportPdf", "&Choose…"))
        self.export_button.setText(QCoreApplication.translate("ExportPdf", "&Export"))
        self.close_button.setText(QCoreApplication.translate("ExportPdf", "Close"))
        self.open_file_button.setText(QCoreApplication.translate("ExportPdf", "&Open the file"))
        self.open_folder_button.setText(
            QCoreApplication.translate("ExportPdf", "Open the &folder")
        )
        self.language_combo.setAccessibleName(
            QCoreApplication.translate("ExportPdf", "Report language")
        )
        self.language_combo.setToolTip(
            QCoreApplication.translate(
                "ExportPdf", "The report's language; the meeting's language unless you choose"
            )
        )
        self.names_check.setAccessibleName(
            QCoreApplication.translate("ExportPdf", "Include the participants' names")
        )
        self.path_edit.setAccessibleName(
            QCoreApplication.translate("ExportPdf", "File to write the report to")
        )
        self.browse_button.setAccessibleName(
            QCoreApplication.translate("ExportPdf", "Choose where to save the report")
        )
        self.browse_button.setToolTip(
            QCoreApplication.translate("ExportPdf", "Choose where to save the report")
        )
        self.export_button.setAccessibleName(
            QCoreApplication.translate("ExportPdf", "Export the report")
        )
        self.message_label.setAccessibleName(
            QCoreApplication.translate("ExportPdf", "Result of the export")
        )

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
        super().changeEvent(event)

    # -- choosing ----------------------------------------------------------------------
    def language(self) -> str:
        return str(self.language_combo.currentData())

    def _update_suggestion(self) -> None:
        """Follow the chosen language in the file name until the user picks their own."""
        current = self.path_edit.text().strip()
        folder = Path(current).parent if current else documents_folder()
        name = suggested_name(self.meeting.date, self.meeting.title, self.language())
        suggestion = str(folder / name)
        if not current or current == self._suggested:
            self.path_edit.setText(suggestion)
        self._suggested = suggestion

    def choose_file(self) -> None:
        choose_pdf_file(
            self,
            self.path_edit,
            QCoreApplication.translate("ExportPdf", "Save the report as"),
            self._suggested,
        )

    def _update_buttons(self) -> None:
        running = self.job is not None
        self.export_button.setEnabled(bool(self.path_edit.text().strip()) and not running)

    def _show_message(self, text: str, error: bool, details: str = "") -> None:
        self.message_label.setText(text)
        self.message_label.setToolTip(details)
        self.message_label.setStyleSheet(ERROR_STYLE if error else "")
        self.message_label.show()

    # -- exporting ---------------------------------------------------------------------
    def start_export(self) -> BackgroundJob | None:
        text = self.path_edit.text().strip()
        if not text or self.job is not None:
            return None
        target = Path(text).expanduser()
        if target.suffix.lower() != ".pdf":
            target = target.with_name(target.name + ".pdf")
            self.path_edit.setText(str(target))
        db_path = self.services.db.location
        meeting_id, lang = self.meeting.id, self.language()
        include_names = self.names_check.isChecked()
        include_notes = self.notes_check.isChecked()
        label = QCoreApplication.translate("ExportPdf", "Writing the report…")

        def work(progress: Any) -> ExportedReport:
            return with_own_database(
                db_path,
                lambda db: export_meeting_pdf(
                    Services(db),
                    meeting_id,
                    lang,
                    target,
                    include_names=include_names,
                    include_notes=include_notes,
                    progress=relabelled(progress, label),
                ),
            )

        self.message_label.hide()
        self.open_file_button.hide()
        self.open_folder_button.hide()
        self.job = run_in_background(self, work, self._done, self._failed, progress_title=label)
        if self.job is not None and self.job.is_finished():  # ran synchronously (tests)
            self.job = None
        self._update_buttons()
        return self.job

    def _done(self, result: ExportedReport) -> None:
        self.job = None
        self.written = Path(result.path)
        sentence = fill(
            QCoreApplication.translate("ExportPdf", "The report was saved to %1"), ltr(self.written)
        )
        if result.undrawable:
            sentence += "\n" + undrawable_sentence(result.undrawable)
        self._show_message(sentence, error=False)
        self.open_file_button.show()
        self.open_folder_button.show()
        self._update_buttons()
        self.exported.emit(self.written)

    def _failed(self, error: BaseException) -> None:
        self.job = None
        sentence = error_sentence(error)
        if isinstance(error, MraError) and error.code == "cancelled":
            sentence = QCoreApplication.translate(
                "ExportPdf", "Export cancelled; no file was written."
            )
        # the core's own sentence, for whoever helps, where it is in the interface language
        english = isinstance(error, MraError) and current_language() == "en"
        details = error.message if english else ""
        self._show_message(sentence, error=True, details=details)
        self._update_buttons()

    def reject(self) -> None:
        if self.job is not None:  # closing while it runs stops it; nothing is written
            self.job.cancel()
        super().reject()
