"""Consolidation ▸ National report…: MRA's national report as a PDF, in Arabic, French or
English whatever the interface language, for a period and some partners, approved
meetings only unless every review state is asked for. Laid out off the UI thread with
progress and Cancel; a failure or a cancel writes nothing and says why in the dialog,
which is not modal."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QWidget

from mra_desktop.core.database import Database
from mra_desktop.core.national_pdf import ExportedNationalReport, export_national_pdf
from mra_desktop.ui.background import BackgroundJob
from mra_desktop.ui.export_pdf_dialog import choose_pdf_file, undrawable_sentence
from mra_desktop.ui.jobs import documents_folder
from mra_desktop.ui.mra.export_dialog import NationalExportDialog
from mra_desktop.ui.sentences import fill


def suggested_name(lang: str) -> str:
    return f"mra-national-report-{lang}.pdf"


class NationalReportDialog(NationalExportDialog):
    """The national report's language, meetings counted and file."""

    def __init__(self, db: Database, parent: QWidget | None = None) -> None:
        super().__init__(db, Path(), parent)
        self.setObjectName("NationalReportDialog")
        self._suggested = ""
        self.path_edit.clear()
        self.language_combo.currentIndexChanged.connect(lambda _i: self._follow_language())
        self.path_edit.textChanged.connect(lambda _t: self._update_buttons())
        self._follow_language()
        self.retranslate()
        self.fit()

    def retranslate(self) -> None:
        super().retranslate()
        self.setWindowTitle(QCoreApplication.translate("MraReport", "National report"))
        self.labels["language"].setText(
            QCoreApplication.translate("MraReport", "Report &language")
        )
        self.language_combo.setToolTip(
            QCoreApplication.translate(
                "MraReport", "The report's language, whatever the language of the interface"
            )
        )
        self.export_button.setText(QCoreApplication.translate("MraReport", "&Write the report"))
        self.export_button.setAccessibleName(
            QCoreApplication.translate("MraReport", "Write the national report")
        )
        self.open_button.setText(QCoreApplication.translate("MraReport", "&Open the report"))
        self.path_edit.setAccessibleName(
            QCoreApplication.translate("MraReport", "File to write the report to")
        )

    def _follow_language(self) -> None:
        """Follow the chosen language in the file name until the user picks their own."""
        current = self.path_edit.text().strip()
        folder = Path(current).parent if current else documents_folder()
        suggestion = str(folder / suggested_name(self.language()))
        if not current or current == self._suggested:
            self.path_edit.setText(suggestion)
        self._suggested = suggestion

    def _update_buttons(self) -> None:
        self.export_button.setEnabled(bool(self.path_edit.text().strip()) and self.job is None)

    def choose_place(self) -> None:
        choose_pdf_file(
            self,
            self.path_edit,
            QCoreApplication.translate("MraReport", "Save the national report as"),
            self._suggested,
        )

    def start_export(self) -> BackgroundJob | None:
        target = self.target(".pdf")
        if target is None:
            return None
        return self.run_export(
            lambda db, scope, lang, progress: export_national_pdf(
                db, scope, lang, target, progress=progress
            ),
            QCoreApplication.translate("MraReport", "Writing the national report…"),
        )

    def done_sentence(self, result: ExportedNationalReport) -> str:
        sentence = (
            fill(QCoreApplication.translate(
                "MraReport",
                "The national report was saved to %1: %2 meetings, %3 good practices, "
                "%4 action-plan items raised.",
            ), result.path, result.meetings, result.changes, result.action_items)
        )
        if result.undrawable:
            sentence += "\n" + undrawable_sentence(result.undrawable)
        return sentence
