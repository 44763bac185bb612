"""File > Export for MRA…: write a sync file of this database for MRA.

The dialog says where the file goes, whether it is encrypted (MRA's key and its
fingerprint; without it, an explicit "without encryption" choice that first shows what
that means), and what it holds (every record, or only what changed since the last
export). The file is written off the UI thread; the result (counts, path) stays in the
dialog.
"""

from __future__ import annotations

from pathlib import Path
from typing import Any

from PySide6.QtCore import QCoreApplication, QEvent, Qt, Signal
from PySide6.QtWidgets import (
    QAbstractItemView,
    QAbstractScrollArea,
    QButtonGroup,
    QCheckBox,
    QDialog,
    QDialogButtonBox,
    QGroupBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLayout,
    QPushButton,
    QRadioButton,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from mra_desktop.core import models as m
from mra_desktop.core.identity import database_identity
from mra_desktop.core.services import Services
from mra_desktop.core.sync import ExportResult, export_sync, last_export, suggested_file_name
from mra_desktop.core.sync.export import export_preview
from mra_desktop.ui.background import BackgroundJob, run_in_background
from mra_desktop.ui.dialogs import save_file_name
from mra_desktop.ui.i18n import format_date
from mra_desktop.ui.jobs import (
    documents_folder,
    error_sentence,
    open_path,
    relabelled,
    with_own_database,
)
from mra_desktop.ui.messages import ERROR_STYLE
from mra_desktop.ui.recipient_key import RecipientKeyWidget
from mra_desktop.ui.sentences import fill, ltr
from mra_desktop.ui.text_direction import LineEdit

WARNING_STYLE = "color: #8a4b00;"
RECORD_TYPES = [model.record_type for model in m.RECORD_TYPES]


def record_type_name(record_type: str) -> str:
    names = {
        "organisation": QCoreApplication.translate("SyncExport", "Organisations"),
        "meeting": QCoreApplication.translate("SyncExport", "Meetings"),
        "participant": QCoreApplication.translate("SyncExport", "Participants"),
        "change": QCoreApplication.translate("SyncExport", "Changes"),
        "action_item": QCoreApplication.translate("SyncExport", "Action items"),
        "note": QCoreApplication.translate("SyncExport", "Notes"),
    }
    return names.get(record_type, record_type)


def unencrypted_warning() -> str:
    # the words of mra_desktop.core.sync.UNENCRYPTED_WARNING, in the interface language
    return QCoreApplication.translate(
        "SyncExport",
        "This sync file is not encrypted: anyone who gets a copy of it can read everything "
        "it holds.",
    )


class SyncExportDialog(QDialog):
    # a sync file was written (the ExportResult)
    exported = Signal(object)

    def __init__(self, services: Services, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("SyncExportDialog")
        self.services = services
        self.db = services.db
        self.job: BackgroundJob | None = None
        self.result: ExportResult | None = None
        self.last = last_export(self.db)
        self.has_organisation = database_identity(self.db).organisation_id is not None

        # where
        self.where_box = QGroupBox()
        self.path_edit = LineEdit(str(documents_folder() / suggested_file_name(self.db)))
        self.browse_button = QPushButton()
        where_row = QHBoxLayout(self.where_box)
        where_row.addWidget(self.path_edit, 1)
        where_row.addWidget(self.browse_button)

        # encryption
        self.encryption_box = QGroupBox()
        self.key_widget = RecipientKeyWidget(self.db, self, removable=False)
        self.unencrypted_check = QCheckBox()
        self.warning_label = QLabel()
        self.warning_label.setObjectName("UnencryptedWarning")
        self.warning_label.setWordWrap(True)
        self.warning_label.setStyleSheet(WARNING_STYLE)
        self.warning_label.hide()
        encryption_layout = QVBoxLayout(self.encryption_box)
        encryption_layout.addWidget(self.key_widget)
        encryption_layout.addWidget(self.unencrypted_check)
        encryption_layout.addWidget(self.warning_label)

        # contents
        self.contents_box = QGroupBox()
        self.full_radio = QRadioButton()
        self.since_radio = QRadioButton()
        self.scope_group = QButtonGroup(self)
        self.scope_group.addButton(self.full_radio)
        self.scope_group.addButton(self.since_radio)
        self.full_radio.setChecked(True)
        self.since_radio.setEnabled(self.last is not None)
        self.counts_table = QTableWidget(len(RECORD_TYPES), 2)
        self.counts_table.setObjectName("SyncCounts")
        self.counts_table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.counts_table.setSelectionMode(QAbstractItemView.SelectionMode.NoSelection)
        self.counts_table.verticalHeader().hide()
        header = self.counts_table.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        self.counts_table.setSizeAdjustPolicy(
            QAbstractScrollArea.SizeAdjustPolicy.AdjustToContents
        )
        self.counts_table.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.counts_table.setVerticalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        # what never leaves: the demo data, other organisations' records
        self.left_out_label = QLabel()
        self.left_out_label.setObjectName("LeftOut")
        self.left_out_label.setWordWrap(True)
        self.left_out: dict[str, int] = {}
        choices = QVBoxLayout()
        choices.addWidget(self.full_radio)
        choices.addWidget(self.since_radio)
        choices.addWidget(self.left_out_label)
        choices.addStretch(1)
        contents_layout = QHBoxLayout(self.contents_box)
        contents_layout.addLayout(choices, 1)
        contents_layout.addWidget(self.counts_table, 0)

        self.message_label = QLabel()
        self.message_label.setObjectName("ExportMessage")
        self.message_label.setWordWrap(True)
        self.message_label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.message_label.hide()
        self.open_folder_button = QPushButton()
        self.open_folder_button.hide()

        self.buttons = QDialogButtonBox()
        self.export_button = self.buttons.addButton("", QDialogButtonBox.ButtonRole.AcceptRole)
        self.export_button.setDefault(True)
        self.close_button = self.buttons.addButton(QDialogButtonBox.StandardButton.Close)
        self.buttons.accepted.connect(self.start_export)
        self.buttons.rejected.connect(self.reject)

        layout = QVBoxLayout(self)
        layout.addWidget(self.where_box)
        layout.addWidget(self.encryption_box)
        layout.addWidget(self.contents_box, 1)
        layout.addWidget(self.message_label)
        layout.addWidget(self.open_folder_button, 0, Qt.AlignmentFlag.AlignLeading)
        layout.addWidget(self.buttons)
        # the dialog grows with what it shows rather than squeezing it
        layout.setSizeConstraint(QLayout.SizeConstraint.SetMinimumSize)

        self.browse_button.clicked.connect(self.choose_file)
        self.path_edit.textChanged.connect(lambda _t: self._update_buttons())
        self.unencrypted_check.toggled.connect(lambda _c: self._update_encryption())
        self.key_widget.key_changed.connect(lambda _k: self._update_encryption())
        self.open_folder_button.clicked.connect(
            lambda: self.result is not None and open_path(self.result.path.parent)
        )
        self._fill_counts()
        self.retranslate()
        self._update_encryption()
        self.resize(max(720, self.sizeHint().width()), self.sizeHint().height())

    # -- words -------------------------------------------------------------------------
    def retranslate(self) -> None:
        self.setWindowTitle(QCoreApplication.translate("SyncExport", "Export for MRA"))
        self.where_box.setTitle(QCoreApplication.translate("SyncExport", "Save to"))
        self.encryption_box.setTitle(QCoreApplication.translate("SyncExport", "Encryption"))
        self.contents_box.setTitle(QCoreApplication.translate("SyncExport", "What it contains"))
        self.browse_button.setText(QCoreApplication.translate("SyncExport", "&Choose…"))
        self.unencrypted_check.setText(
            QCoreApplication.translate("SyncExport", "Export &without encryption")
        )
        self.warning_label.setText(unencrypted_warning())
        self.full_radio.setText(QCoreApplication.translate("SyncExport", "E&verything"))
        if self.last is not None:
            self.since_radio.setText(
                fill(
                    QCoreApplication.translate(
                        "SyncExport", "&Only what changed since the last export (%1)"
                    ),
                    format_date(self.last.exported_at.date(), long=True),
                )
            )
        else:
            self.since_radio.setText(
                QCoreApplication.translate(
                    "SyncExport", "&Only what changed since the last export (there was none)"
                )
            )
        self.left_out_label.setText(self._left_out_text())
        self.left_out_label.setVisible(bool(self.left_out_label.text()))
        self.counts_table.setHorizontalHeaderLabels(
            [
                QCoreApplication.translate("SyncExport", "Records"),
                QCoreApplication.translate("SyncExport", "To export")
                if self.result is None
                else QCoreApplication.translate("SyncExport", "In the file"),
            ]
        )
        for row, record_type in enumerate(RECORD_TYPES):
            item = self.counts_table.item(row, 0)
            if item is not None:
                item.setText(record_type_name(record_type))
        self._fit_counts()
        self.export_button.setText(QCoreApplication.translate("SyncExport", "&Export"))
        self.close_button.setText(QCoreApplication.translate("SyncExport", "Close"))
        self.open_folder_button.setText(
            QCoreApplication.translate("SyncExport", "Open the &folder")
        )
        self.path_edit.setAccessibleName(
            QCoreApplication.translate("SyncExport", "File to write the sync file to")
        )
        self.browse_button.setAccessibleName(
            QCoreApplication.translate("SyncExport", "Choose where to save the sync file")
        )
        self.browse_button.setToolTip(
            QCoreApplication.translate("SyncExport", "Choose where to save the sync file")
        )
        self.unencrypted_check.setAccessibleName(
            QCoreApplication.translate("SyncExport", "Export without encryption")
        )
        self.counts_table.setAccessibleName(
            QCoreApplication.translate("SyncExport", "Records per type")
        )
        self.message_label.setAccessibleName(
            QCoreApplication.translate("SyncExport", "Result of the export")
        )
        if self.result is not None:
            self._show_result(self.result)

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
        super().changeEvent(event)

    # -- state -------------------------------------------------------------------------
    def _left_out_text(self) -> str:
        lines = []
        if self.left_out.get("demo"):
            lines.append(
                fill(QCoreApplication.translate(
                    "SyncExport",
                    "Demo records stay on this computer: they are never exported (%1).",
                ), self.left_out["demo"])
            )
        if self.left_out.get("other_organisations"):
            lines.append(
                fill(QCoreApplication.translate(
                    "SyncExport",
                    "Records of other organisations stay on this computer: a sync file "
                    "carries only your organisation's records (%1).",
                ), self.left_out["other_organisations"])
            )
        if not self.has_organisation:
            lines.append(
                QCoreApplication.translate(
                    "SyncExport", "Choose your organisation in Settings first."
                )
            )
        return "\n".join(lines)

    def _fill_counts(self, counts: dict[str, int] | None = None) -> None:
        if counts is None:
            counts, self.left_out = export_preview(self.db)
        for row, record_type in enumerate(RECORD_TYPES):
            name = QTableWidgetItem(record_type_name(record_type))
            number = QTableWidgetItem(str(counts.get(record_type, 0)))
            number.setTextAlignment(Qt.AlignmentFlag.AlignCenter)
            self.counts_table.setItem(row, 0, name)
            self.counts_table.setItem(row, 1, number)
        self._fit_counts()

    def _fit_counts(self) -> None:
        """Every row and column of the counts stays in sight, whatever else the dialog
        shows (an export's message, the longer heading "In the file" after an export)."""
        table = self.counts_table
        table.resizeColumnsToContents()
        table.resizeRowsToContents()
        rows = sum(table.rowHeight(row) for row in range(table.rowCount()))
        header = table.horizontalHeader().sizeHint().height()
        table.setMinimumHeight(rows + header + 2 * table.frameWidth())
        columns = sum(table.columnWidth(column) for column in range(table.columnCount()))
        table.setMinimumWidth(columns + 2 * table.frameWidth())

    def has_key(self) -> bool:
        return self.key_widget.key is not None

    def _update_encryption(self) -> None:
        has_key = self.has_key()
        self.unencrypted_check.setVisible(not has_key)
        if has_key and self.unencrypted_check.isChecked():
            self.unencrypted_check.setChecked(False)
        self.warning_label.setVisible(not has_key and self.unencrypted_check.isChecked())
        self._update_buttons()

    def can_export(self) -> bool:
        return (
            self.job is None
            and self.has_organisation
            and bool(self.path_edit.text().strip())
            and (self.has_key() or self.unencrypted_check.isChecked())
        )

    def _update_buttons(self) -> None:
        self.export_button.setEnabled(self.can_export())
        self.export_button.setToolTip(
            ""
            if self.has_key() or self.unencrypted_check.isChecked()
            else QCoreApplication.translate(
                "SyncExport", "Install MRA's key, or choose to export without encryption."
            )
        )

    def choose_file(self) -> None:
        path = save_file_name(
            self,
            QCoreApplication.translate("SyncExport", "Save the sync file as"),
            self.path_edit.text().strip(),
            [(QCoreApplication.translate("SyncExport", "Sync files"), "*.mrasync")],
            "mrasync",
        )
        if path:
            self.path_edit.setText(path)

    # -- exporting ---------------------------------------------------------------------
    def start_export(self) -> BackgroundJob | None:
        if not self.can_export():
            return None
        target = Path(self.path_edit.text().strip()).expanduser()
        db_path = self.db.location
        unencrypted = not self.has_key() and self.unencrypted_check.isChecked()
        since_last = self.since_radio.isChecked()
        label = QCoreApplication.translate("SyncExport", "Writing the sync file…")

        def work(progress: Any) -> ExportResult:
            return with_own_database(
                db_path,
                lambda db: export_sync(
                    db,
                    target,
                    unencrypted=unencrypted,
                    since_last=since_last,
                    progress=relabelled(progress, label),
                ),
            )

        self.message_label.hide()
        self.open_folder_button.hide()
        self.job = run_in_background(self, work, self._done, self._failed, progress_title=label)
        if self.job.is_finished():  # ran synchronously (tests)
            self.job = None
        self._update_buttons()
        return self.job

    def _show_result(self, result: ExportResult) -> None:
        lines = [
            fill(QCoreApplication.translate("SyncExport", "Written: %1"), ltr(result.path)),
            fill(
                QCoreApplication.translate("SyncExport", "Records: %1 (deletion marks: %2)."),
                ltr(result.record_count),
                ltr(result.deleted_count),
            ),
            QCoreApplication.translate("SyncExport", "Encrypted for MRA's key.")
            if result.encrypted
            else unencrypted_warning(),
            fill(QCoreApplication.translate(
                "SyncExport", "Signed by this computer (fingerprint %1)."
            ), ltr(result.signer_fingerprint)),
        ]
        self.message_label.setText("\n".join(lines))
        self.message_label.setStyleSheet("" if result.encrypted else WARNING_STYLE)
        self.message_label.show()
        self.open_folder_button.show()

    def _done(self, result: ExportResult) -> None:
        self.job = None
        self.result = result
        self.last = last_export(self.db)
        self.since_radio.setEnabled(True)
        self.left_out = dict(result.left_out)
        self._fill_counts({t: c["total"] for t, c in result.counts.items()})
        self.retranslate()
        self._update_buttons()
        self.exported.emit(result)

    def _failed(self, error: BaseException) -> None:
        self.job = None
        self.message_label.setText(error_sentence(error))
        self.message_label.setStyleSheet(ERROR_STYLE)
        self.message_label.show()
        self._update_buttons()

    def reject(self) -> None:
        if self.job is not None:
            self.job.cancel()
        super().reject()
