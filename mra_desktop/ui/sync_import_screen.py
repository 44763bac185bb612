"""MRA's import screen: partners' sync files in, each file's outcome, the import history
(where an import can be undone) and the conflicts waiting for a decision.

Files come through "Choose files…" or by dropping them on the screen, several at once.
Only files signed by an enrolled partner device are imported (File ▸ Partners); files
that are not encrypted, or of the older unsigned format, only when the option below the
drop zone is ticked for this session. Encrypted files need MRA's private key: it is
unlocked once per session (key file and passphrase, asked on the screen itself, not in
a modal dialog) and kept in memory until the program closes or "Forget the keys" is
pressed; while MRA changes its key, several can be unlocked. Files that needed a key
while none was unlocked wait and are imported as soon as one is. Imports and undoing run
off the UI thread with progress, each on a database opened for the job.

"Write a receipt…" writes, for the partner whose file the chosen import brought (in the
files imported now, or in the history), a receipt that tells the partner which of its
files arrived and how MRA reviewed each of its meetings (:mod:`mra_desktop.core.receipts`).
"""

from __future__ import annotations

from pathlib import Path
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QCoreApplication, QEvent, QItemSelectionModel, Qt, Signal
from PySide6.QtGui import QColor
from PySide6.QtWidgets import (
    QAbstractItemView,
    QCheckBox,
    QFormLayout,
    QGroupBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QMessageBox,
    QPushButton,
    QTableWidget,
    QTableWidgetItem,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)

from mra_desktop.core.backups import create_backup
from mra_desktop.core.database import Database
from mra_desktop.core.errors import MraError
from mra_desktop.core.sync import (
    FileOutcome,
    ImportView,
    PrivateKey,
    RevertError,
    WrongPassphraseError,
    import_sync_files,
    list_imports,
    read_private_key,
    revert_import,
)
from mra_desktop.core.text import shown
from mra_desktop.ui.background import BackgroundJob, run_in_background
from mra_desktop.ui.conflicts_view import ConflictsView
from mra_desktop.ui.dialogs import open_file_name, open_file_names, save_file_name
from mra_desktop.ui.file_drop import FileDropTarget
from mra_desktop.ui.i18n import current_language, format_date
from mra_desktop.ui.jobs import documents_folder, error_sentence, relabelled, with_own_database
from mra_desktop.ui.look import drop_zone, heading
from mra_desktop.ui.messages import ERROR_STYLE, describe_error
from mra_desktop.ui.sentences import fill, ltr
from mra_desktop.ui.tables import show_whole_text
from mra_desktop.ui.text_direction import LineEdit

if TYPE_CHECKING:
    from mra_desktop.core.receipts.writing import WrittenView

# the import history's columns, in order
HISTORY_COLUMNS = (
    "imported", "file", "partner", "exported", "new", "updated", "unchanged", "conflicts",
    "deleted", "signer", "undone", "receipt",
)
# the columns of several words, which share the width the others leave
HISTORY_SHARED = ("partner", "signer")

KEY_NEEDED = "sync_key_required"
STATUS_COLOURS = {"imported": "#1b5e20", "already_imported": "#455a64", "rejected": "#b00020",
                  "cancelled": "#8a4b00", "waiting": "#8a4b00"}


def status_word(status: str) -> str:
    words = {
        "imported": QCoreApplication.translate("SyncImport", "Imported"),
        "already_imported": QCoreApplication.translate("SyncImport", "Already imported"),
        "rejected": QCoreApplication.translate("SyncImport", "Rejected"),
        "cancelled": QCoreApplication.translate("SyncImport", "Cancelled"),
        "waiting": QCoreApplication.translate("SyncImport", "Waiting for the key"),
    }
    return words.get(status, status)


def outcome_sentence(outcome: FileOutcome) -> str:
    """One sentence for a file's outcome, in the interface language where the interface
    knows the words (the reasons for refusing a file come from the core)."""
    if outcome.status == "imported":
        sentence = fill(
            QCoreApplication.translate("SyncImport", "Imported; exported on %1."),
            format_date(outcome.exported_at.date()) if outcome.exported_at else "—",
        )
        if outcome.encrypted is False:
            sentence += " " + QCoreApplication.translate(
                "SyncImport", "It was not encrypted."
            )
        if outcome.signed is False:
            sentence += " " + QCoreApplication.translate(
                "SyncImport", "It was not signed: nothing shows who made it."
            )
        return sentence
    if outcome.status == "already_imported" and outcome.previously_imported_at is not None:
        return fill(
            QCoreApplication.translate("SyncImport", "Already imported on %1; nothing changed."),
            format_date(outcome.previously_imported_at.date()),
        )
    if outcome.status == "cancelled":
        return QCoreApplication.translate(
            "SyncImport", "Not imported: the import was cancelled."
        )
    if outcome.status == "waiting":
        return QCoreApplication.translate(
            "SyncImport", "Encrypted: unlock MRA's private key to import it."
        )
    if current_language() == "en" and outcome.message:
        return outcome.message  # the core's sentence names the exact problem
    return describe_error(outcome.code or "sync")


class SyncImportScreen(FileDropTarget, QWidget):
    """File > Import sync files…"""

    # files were imported (the list of FileOutcome); the records may have changed
    files_imported = Signal(object)
    # a conflict was decided (the ConflictDecision)
    conflict_resolved = Signal(object)

    def __init__(self, db: Database, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("SyncImportScreen")
        self.setAcceptDrops(True)
        self.db = db
        self.private_keys: list[PrivateKey] = []  # unlocked this session
        self.job: BackgroundJob | None = None
        self.outcomes: list[FileOutcome] = []  # this session's, newest last
        self.waiting: list[Path] = []  # encrypted files waiting for the key

        self.heading = heading(scale=1.3)
        self.heading.setObjectName("ImportHeading")
        self.drop_label = drop_zone("DropZone")
        self.choose_button = QPushButton()
        self.choose_button.setObjectName("ChooseSyncFiles")
        top = QHBoxLayout()
        top.addWidget(self.drop_label, 1)
        top.addWidget(self.choose_button)
        # what MRA accepts beyond signed, encrypted files: asked for each session
        self.allow_unencrypted_check = QCheckBox()
        self.allow_unencrypted_check.setObjectName("AllowUnencrypted")
        self.allow_unsigned_check = QCheckBox()
        self.allow_unsigned_check.setObjectName("AllowUnsigned")
        options = QHBoxLayout()
        options.addWidget(self.allow_unencrypted_check)
        options.addWidget(self.allow_unsigned_check)
        options.addStretch(1)

        # MRA's private key, unlocked once per session
        self.key_box = QGroupBox()
        self.key_state = QLabel()
        self.key_state.setWordWrap(True)
        self.key_path_edit = LineEdit()
        self.key_browse_button = QPushButton()
        self.passphrase_edit = QLineEdit()
        self.passphrase_edit.setEchoMode(QLineEdit.EchoMode.Password)
        self.unlock_button = QPushButton()
        self.forget_button = QPushButton()
        self.another_key_button = QPushButton()
        self.key_error = QLabel()
        self.key_error.setObjectName("KeyError")
        self.key_error.setWordWrap(True)
        self.key_error.setStyleSheet(ERROR_STYLE)
        self.key_error.hide()
        self.key_labels = {"file": QLabel(), "passphrase": QLabel()}
        self.key_labels["file"].setBuddy(self.key_path_edit)
        self.key_labels["passphrase"].setBuddy(self.passphrase_edit)
        key_file_row = QHBoxLayout()
        key_file_row.addWidget(self.key_path_edit, 1)
        key_file_row.addWidget(self.key_browse_button)
        passphrase_row = QHBoxLayout()
        passphrase_row.addWidget(self.passphrase_edit, 1)
        passphrase_row.addWidget(self.unlock_button)
        self.key_form = QWidget()
        key_form = QFormLayout(self.key_form)
        key_form.setContentsMargins(0, 0, 0, 0)
        key_form.addRow(self.key_labels["file"], key_file_row)
        key_form.addRow(self.key_labels["passphrase"], passphrase_row)
        key_state_row = QHBoxLayout()
        key_state_row.addWidget(self.key_state, 1)
        key_state_row.addWidget(self.another_key_button)
        key_state_row.addWidget(self.forget_button)
        key_layout = QVBoxLayout(self.key_box)
        key_layout.addLayout(key_state_row)
        key_layout.addWidget(self.key_form)
        key_layout.addWidget(self.key_error)

        self.message_label = QLabel()
        self.message_label.setObjectName("ImportMessage")
        self.message_label.setWordWrap(True)
        self.message_label.hide()

        # outcomes, history, conflicts
        self.outcome_table = self._table(11)
        self.outcome_table.setObjectName("ImportOutcomes")
        self.outcome_table.horizontalHeader().setSectionResizeMode(
            10, QHeaderView.ResizeMode.Stretch
        )
        self.history_table = self._table(len(HISTORY_COLUMNS))
        self.history_table.setObjectName("ImportHistory")
        self.history_table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.imports: list[ImportView] = []
        self.undo_button = QPushButton()
        self.undo_button.setObjectName("UndoImport")
        self.undo_button.setEnabled(False)
        self.history_page = QWidget()
        history_layout = QVBoxLayout(self.history_page)
        history_layout.setContentsMargins(0, 0, 0, 0)
        history_layout.addWidget(self.history_table, 1)
        undo_row = QHBoxLayout()
        undo_row.addWidget(self.undo_button)
        undo_row.addStretch(1)
        history_layout.addLayout(undo_row)
        # the history's dates, counts and file names (one word: they cannot wrap) take
        # their width; partners and signers share the rest and wrap rather than being cut
        history_header = self.history_table.horizontalHeader()
        # a count needs less than the style's minimum width of a column (about 90 pixels)
        history_header.setMinimumSectionSize(2 * history_header.fontMetrics().height())
        show_whole_text(
            self.history_table,
            fitted=[i for i, c in enumerate(HISTORY_COLUMNS) if c not in HISTORY_SHARED],
            stretched=[HISTORY_COLUMNS.index(c) for c in HISTORY_SHARED],
        )
        # a partner's long name must not squeeze the message
        self.outcome_table.horizontalHeader().setSectionResizeMode(
            1, QHeaderView.ResizeMode.Interactive
        )
        self.outcome_table.setColumnWidth(1, 220)
        self.conflicts = ConflictsView(db)
        self.tabs = QTabWidget()
        self.tabs.addTab(self.outcome_table, "")
        self.tabs.addTab(self.conflicts, "")
        self.tabs.addTab(self.history_page, "")

        layout = QVBoxLayout(self)
        layout.addWidget(self.heading)
        layout.addLayout(top)
        layout.addLayout(options)
        layout.addWidget(self.key_box)
        layout.addWidget(self.message_label)
        layout.addWidget(self.tabs, 1)
        # a receipt for the partner of the chosen import (files imported now, or history)
        self.receipt_button = QPushButton()
        self.receipt_button.setObjectName("WriteReceipt")
        self.receipt_button.setEnabled(False)
        receipt_row = QHBoxLayout()
        receipt_row.addWidget(self.receipt_button)
        receipt_row.addStretch(1)
        layout.addLayout(receipt_row)

        self.choose_button.clicked.connect(self.choose_files)
        self.key_browse_button.clicked.connect(self.choose_key_file)
        self.unlock_button.clicked.connect(self.unlock)
        self.passphrase_edit.returnPressed.connect(self.unlock)
        self.forget_button.clicked.connect(self.forget_key)
        self.another_key_button.clicked.connect(self._show_key_form)
        self.undo_button.clicked.connect(self.undo_selected)
        self.history_table.itemSelectionChanged.connect(self._update_undo)
        self.history_table.itemSelectionChanged.connect(self._update_receipt)
        self.outcome_table.itemSelectionChanged.connect(self._update_receipt)
        self.tabs.currentChanged.connect(self._update_receipt)
        self.receipt_button.clicked.connect(self.write_receipt)
        self.conflicts.conflict_resolved.connect(self._conflict_resolved)
        self.setTabOrder(self.choose_button, self.key_path_edit)
        self.setTabOrder(self.key_path_edit, self.key_browse_button)
        self.setTabOrder(self.key_browse_button, self.passphrase_edit)
        self.setTabOrder(self.passphrase_edit, self.unlock_button)
        self.setTabOrder(self.unlock_button, self.tabs)
        self.retranslate()
        self.refresh()

    @staticmethod
    def _table(columns: int) -> QTableWidget:
        table = QTableWidget(0, columns)
        table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        table.setWordWrap(True)
        table.verticalHeader().hide()
        table.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        return table

    # -- words -------------------------------------------------------------------------
    def retranslate(self) -> None:
        self.heading.setText(
            QCoreApplication.translate("SyncImport", "Import partners' sync files")
        )
        self.drop_label.setText(
            fill(
                QCoreApplication.translate(
                    "SyncImport",
                    "Drop %1 files here, several at once if you like, or choose them.",
                ),
                ltr(".mrasync"),
            )
        )
        self.choose_button.setText(QCoreApplication.translate("SyncImport", "Ch&oose files…"))
        self.choose_button.setToolTip(
            QCoreApplication.translate("SyncImport", "Choose the sync files to import")
        )
        self.choose_button.setAccessibleName(
            QCoreApplication.translate("SyncImport", "Choose the sync files to import")
        )
        self.key_box.setTitle(QCoreApplication.translate("SyncImport", "MRA's private key"))
        self.key_labels["file"].setText(QCoreApplication.translate("SyncImport", "&Key file"))
        self.key_labels["passphrase"].setText(
            QCoreApplication.translate("SyncImport", "&Passphrase")
        )
        self.key_browse_button.setText(QCoreApplication.translate("SyncImport", "Choose…"))
        self.unlock_button.setText(QCoreApplication.translate("SyncImport", "&Unlock"))
        self.forget_button.setText(QCoreApplication.translate("SyncImport", "Fo&rget the keys"))
        self.another_key_button.setText(
            QCoreApplication.translate("SyncImport", "Unlock &another key…")
        )
        self.another_key_button.setToolTip(
            QCoreApplication.translate(
                "SyncImport",
                "While MRA changes its key, files may come for the old or the new one",
            )
        )
        self.allow_unencrypted_check.setText(
            QCoreApplication.translate("SyncImport", "Also import files that are not encr&ypted")
        )
        self.allow_unencrypted_check.setToolTip(
            QCoreApplication.translate(
                "SyncImport",
                "Anyone could have read such a file on its way. Tick only for files you "
                "know the origin of; it stays ticked until the program closes.",
            )
        )
        self.allow_unsigned_check.setText(
            QCoreApplication.translate(
                "SyncImport", "Also import unsi&gned files (older mra-desktop)"
            )
        )
        self.allow_unsigned_check.setToolTip(
            QCoreApplication.translate(
                "SyncImport",
                "Nothing shows who made an unsigned file: anyone could have written it. "
                "Its records may still only be one organisation's, never MRA's own.",
            )
        )
        self.undo_button.setText(QCoreApplication.translate("SyncImport", "Undo th&is import…"))
        self.undo_button.setToolTip(
            QCoreApplication.translate(
                "SyncImport",
                "Remove what the chosen import brought and give back what it replaced",
            )
        )
        self.receipt_button.setText(
            QCoreApplication.translate("SyncImport", "&Write a receipt for the partner…")
        )
        self.receipt_button.setToolTip(
            QCoreApplication.translate(
                "SyncImport",
                "A signed file for the partner of the chosen import: which of its files "
                "arrived, and how MRA reviewed each of its meetings (state and comment)",
            )
        )
        self.key_path_edit.setAccessibleName(
            QCoreApplication.translate("SyncImport", "MRA's private key file")
        )
        self.key_path_edit.setPlaceholderText(
            fill(
                QCoreApplication.translate("SyncImport", "The file ending in %1"), ltr(".key")
            )
        )
        self.key_browse_button.setAccessibleName(
            QCoreApplication.translate("SyncImport", "Choose MRA's private key file")
        )
        self.passphrase_edit.setAccessibleName(
            QCoreApplication.translate("SyncImport", "Passphrase of the private key")
        )
        self.unlock_button.setAccessibleName(
            QCoreApplication.translate("SyncImport", "Unlock the private key")
        )
        self.forget_button.setAccessibleName(
            QCoreApplication.translate("SyncImport", "Forget the unlocked keys")
        )
        self.outcome_table.setHorizontalHeaderLabels(
            [
                QCoreApplication.translate("SyncImport", "File"),
                QCoreApplication.translate("SyncImport", "Partner"),
                QCoreApplication.translate("SyncImport", "Status"),
                QCoreApplication.translate("SyncImport", "New"),
                QCoreApplication.translate("SyncImport", "Updated"),
                QCoreApplication.translate("SyncImport", "Unchanged"),
                QCoreApplication.translate("SyncImport", "Conflicts"),
                QCoreApplication.translate("SyncImport", "Deleted"),
                QCoreApplication.translate("SyncImport", "Encrypted"),
                QCoreApplication.translate("SyncImport", "Signed by"),
                QCoreApplication.translate("SyncImport", "Message"),
            ]
        )
        headers = {
            "imported": QCoreApplication.translate("SyncImport", "Imported on"),
            "file": QCoreApplication.translate("SyncImport", "File"),
            "partner": QCoreApplication.translate("SyncImport", "Partner"),
            "exported": QCoreApplication.translate("SyncImport", "Exported on"),
            "new": QCoreApplication.translate("SyncImport", "New"),
            "updated": QCoreApplication.translate("SyncImport", "Updated"),
            "unchanged": QCoreApplication.translate("SyncImport", "Unchanged"),
            "conflicts": QCoreApplication.translate("SyncImport", "Conflicts"),
            "deleted": QCoreApplication.translate("SyncImport", "Deleted"),
            "signer": QCoreApplication.translate("SyncImport", "Signed by"),
            "undone": QCoreApplication.translate("SyncImport", "Undone on"),
            "receipt": QCoreApplication.translate("SyncImport", "Receipt written on"),
        }
        self.history_table.setHorizontalHeaderLabels([headers[c] for c in HISTORY_COLUMNS])
        if self.imports:  # the receipts' tooltips, in the new language
            self.refresh()
        self.outcome_table.setAccessibleName(
            QCoreApplication.translate("SyncImport", "What happened to each file")
        )
        self.history_table.setAccessibleName(
            QCoreApplication.translate("SyncImport", "Every import so far, newest first")
        )
        self._update_key_state()
        self._update_tabs()
        self._fill_outcomes()

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
        super().changeEvent(event)

    def _update_tabs(self) -> None:
        self.tabs.setTabText(0, QCoreApplication.translate("SyncImport", "Files imported now"))
        self.tabs.setTabText(
            1,
            fill(
                QCoreApplication.translate("SyncImport", "Conflicts (%1)"),
                ltr(self.conflicts.count()),
            ),
        )
        self.tabs.setTabText(2, QCoreApplication.translate("SyncImport", "Import history"))

    def _update_key_state(self) -> None:
        if self.private_keys:
            fingerprints = "; ".join(ltr(k.fingerprint) for k in self.private_keys)
            self.key_state.setText(
                fill(
                    QCoreApplication.translate(
                        "SyncImport", "Unlocked for this session; fingerprint %1."
                    ),
                    fingerprints,
                )
            )
        else:
            self.key_state.setText(
                QCoreApplication.translate(
                    "SyncImport",
                    "Encrypted files need MRA's private key, unlocked once per session. "
                    "Files that are not encrypted need no key.",
                )
            )
        self.key_form.setVisible(not self.private_keys)
        self.forget_button.setVisible(bool(self.private_keys))
        self.another_key_button.setVisible(bool(self.private_keys))

    def _show_key_form(self) -> None:
        self.key_form.show()
        self.another_key_button.hide()
        self.key_path_edit.clear()
        self.key_path_edit.setFocus()

    # -- the key -----------------------------------------------------------------------
    def choose_key_file(self) -> None:
        path = open_file_name(
            self,
            QCoreApplication.translate("SyncImport", "MRA's private key"),
            self.key_path_edit.text().strip(),
            [
                (QCoreApplication.translate("SyncImport", "Private keys"), "*.key"),
                (QCoreApplication.translate("SyncImport", "All files"), "*"),
            ],
        )
        if path:
            self.key_path_edit.setText(path)
            self.passphrase_edit.setFocus()

    def unlock(self) -> BackgroundJob | None:
        path = self.key_path_edit.text().strip()
        passphrase = self.passphrase_edit.text()
        if not path:
            self._key_problem(
                QCoreApplication.translate("SyncImport", "Choose MRA's private key file first.")
            )
            return None
        self.unlock_button.setEnabled(False)
        # the key derivation takes a moment on purpose: off the UI thread, without a dialog
        return run_in_background(
            self,
            lambda _progress: read_private_key(path, passphrase),
            self._unlocked,
            self._unlock_failed,
        )

    def _unlocked(self, key: PrivateKey) -> None:
        if all(k.key_id != key.key_id for k in self.private_keys):
            self.private_keys.append(key)
        self.passphrase_edit.clear()
        self.unlock_button.setEnabled(True)
        self.key_error.hide()
        self._update_key_state()
        if self.waiting:
            waiting, self.waiting = self.waiting, []
            self.import_files(waiting)

    def _unlock_failed(self, error: BaseException) -> None:
        self.unlock_button.setEnabled(True)
        if isinstance(error, WrongPassphraseError):
            sentence = QCoreApplication.translate(
                "SyncImport", "The passphrase is wrong; type it again."
            )
        else:
            sentence = error_sentence(error)
        self._key_problem(sentence)
        self.passphrase_edit.selectAll()
        self.passphrase_edit.setFocus()

    def _key_problem(self, sentence: str) -> None:
        self.key_error.setText(sentence)
        self.key_error.show()

    def forget_key(self) -> None:
        self.private_keys = []
        self._update_key_state()

    # -- files -------------------------------------------------------------------------
    def choose_files(self) -> None:
        paths = open_file_names(
            self,
            QCoreApplication.translate("SyncImport", "Sync files to import"),
            "",
            [
                (QCoreApplication.translate("SyncImport", "Sync files"), "*.mrasync"),
                (QCoreApplication.translate("SyncImport", "All files"), "*"),
            ],
        )
        if paths:
            self.import_files([Path(p) for p in paths])

    def files_dropped(self, paths: list[Path]) -> None:
        self.import_files(paths)

    def import_files(self, paths: list[Path]) -> BackgroundJob | None:
        """Import ``paths`` off the UI thread; the outcomes appear in the table."""
        if not paths:
            return None
        if self.job is not None:
            self._show_message(
                QCoreApplication.translate(
                    "SyncImport", "An import is running; drop the files again when it ends."
                ),
                error=True,
            )
            return None
        db_path = self.db.location
        on_server = self.db.on_server
        keys = list(self.private_keys)
        allow_unencrypted = self.allow_unencrypted_check.isChecked()
        allow_unsigned = self.allow_unsigned_check.isChecked()
        label = QCoreApplication.translate("SyncImport", "Importing sync files…")

        def work(progress: Any) -> list[FileOutcome]:
            if not on_server:  # (a server's: every import there can be undone instead)
                create_backup(db_path, "before-import", if_changed=True)  # as it was
            return with_own_database(
                db_path,
                lambda db: import_sync_files(
                    db,
                    paths,
                    keys,
                    relabelled(progress, label),
                    allow_unencrypted=allow_unencrypted,
                    allow_unsigned=allow_unsigned,
                ),
            )

        self.message_label.hide()
        self.choose_button.setEnabled(False)
        job = run_in_background(self, work, self._imported, self._failed, progress_title=label)
        self.job = None if job.is_finished() else job
        return job

    def _imported(self, outcomes: list[FileOutcome]) -> None:
        self.job = None
        self.choose_button.setEnabled(True)
        for outcome in outcomes:
            locked = not self.private_keys
            if outcome.status == "rejected" and outcome.code == KEY_NEEDED and locked:
                outcome.status = "waiting"
                if outcome.path not in self.waiting:
                    self.waiting.append(outcome.path)
        # a file imported again replaces its earlier row of this session
        done = {o.path for o in outcomes}
        self.outcomes = [o for o in self.outcomes if o.path not in done] + outcomes
        self._fill_outcomes()
        self.refresh()
        self.tabs.setCurrentIndex(0)
        # the first file imported is chosen: its partner's receipt is one click away
        first = next((n for n, o in enumerate(self.outcomes) if o in outcomes and o.ok), None)
        if first is not None:  # (selectRow selects nothing in a right-to-left table not
            # yet painted)
            self.outcome_table.selectionModel().select(
                self.outcome_table.model().index(first, 0),
                QItemSelectionModel.SelectionFlag.ClearAndSelect
                | QItemSelectionModel.SelectionFlag.Rows,
            )
        if self.waiting:
            self._key_problem(
                fill(
                    QCoreApplication.translate(
                        "SyncImport",
                        "Encrypted files waiting for MRA's private key: %1. Choose the key file "
                        "and type its passphrase.",
                    ),
                    ltr(len(self.waiting)),
                )
            )
            self.key_path_edit.setFocus()
        self.files_imported.emit(outcomes)

    def _failed(self, error: BaseException) -> None:
        self.job = None
        self.choose_button.setEnabled(True)
        self._show_message(error_sentence(error), error=True)

    def _show_message(self, text: str, error: bool) -> None:
        self.message_label.setText(text)
        self.message_label.setStyleSheet(ERROR_STYLE if error else "")
        self.message_label.show()

    # -- tables ------------------------------------------------------------------------
    def _fill_outcomes(self) -> None:
        table = self.outcome_table
        table.setRowCount(len(self.outcomes))
        for row, outcome in enumerate(self.outcomes):
            counts = outcome.counts
            numbers = (
                [counts.new, counts.updated, counts.unchanged, counts.conflicts, counts.deleted]
                if counts is not None
                else [None] * 5
            )
            encrypted = {
                True: QCoreApplication.translate("SyncImport", "Yes"),
                False: QCoreApplication.translate("SyncImport", "No"),
                None: "",
            }[outcome.encrypted]
            status = QTableWidgetItem(status_word(outcome.status))
            status.setData(Qt.ItemDataRole.UserRole, outcome.status)
            status.setForeground(QColor(STATUS_COLOURS.get(outcome.status, "#000000")))
            if outcome.signer_fingerprint:
                signed = ltr(outcome.signer_fingerprint)
            elif outcome.signed is False:
                signed = QCoreApplication.translate("SyncImport", "Not signed")
            else:
                signed = ""
            cells = [
                QTableWidgetItem(shown(outcome.path.name)),
                QTableWidgetItem(outcome.source_organisation),
                status,
                *[QTableWidgetItem("" if n is None else str(n)) for n in numbers],
                QTableWidgetItem(encrypted),
                QTableWidgetItem(signed),
                QTableWidgetItem(outcome_sentence(outcome)),
            ]
            cells[0].setToolTip(shown(outcome.path))
            cells[-1].setToolTip(outcome.message or outcome_sentence(outcome))
            for column, item in enumerate(cells):
                if 3 <= column <= 7:
                    item.setTextAlignment(Qt.AlignmentFlag.AlignCenter)
                table.setItem(row, column, item)
        table.resizeRowsToContents()

    def outcome_row(self, name: str) -> dict[str, str]:
        """What the outcome table shows for the file ``name`` (by column header)."""
        table = self.outcome_table
        for row in range(table.rowCount()):
            if table.item(row, 0).text() == name:
                return {
                    table.horizontalHeaderItem(c).text(): table.item(row, c).text()
                    for c in range(table.columnCount())
                }
        raise KeyError(name)

    def refresh(self) -> None:
        """Re-read the history and the conflicts from the database."""
        from mra_desktop.core.receipts.writing import receipts_written

        receipts: dict[str, WrittenView] = {}
        try:
            self.imports = list_imports(self.db, limit=500)
            for receipt in receipts_written(self.db):  # newest first: the newest is kept
                receipts.setdefault(receipt.import_id, receipt)
        except MraError as exc:
            self._show_message(describe_error(exc), error=True)
            self.imports = []
        table = self.history_table
        table.setRowCount(len(self.imports))
        for row, item in enumerate(self.imports):
            counts = item.counts
            receipt = receipts.get(item.id)
            values = [
                format_date(item.imported_at.date()) + " " + item.imported_at.strftime("%H:%M"),
                item.file_name,
                item.source_organisation,
                format_date(item.exported_at.date()) if item.exported_at else "",
                counts["new"],
                counts["updated"],
                counts["unchanged"],
                counts["conflicts"],
                counts["deleted"],
                ltr(item.signer_fingerprint)
                if item.signer_fingerprint
                else QCoreApplication.translate("SyncImport", "Not signed"),
                format_date(item.reverted_at.date()) if item.reverted_at else "",
                format_date(receipt.written_at.date()) if receipt else "",
            ]
            for column, value in enumerate(values):
                cell = QTableWidgetItem(str(value))
                if 4 <= column <= 8:
                    cell.setTextAlignment(Qt.AlignmentFlag.AlignCenter)
                if item.reverted_at is not None:
                    cell.setForeground(QColor("#777777"))
                table.setItem(row, column, cell)
            receipt_cell = table.item(row, HISTORY_COLUMNS.index("receipt"))
            receipt_cell.setToolTip(
                fill(
                    QCoreApplication.translate(
                        "SyncImport", "Receipt no. %1, written on %2 at %3 UTC, saved as %4."
                    ),
                    receipt.number,
                    format_date(receipt.written_at.date()),
                    ltr(receipt.written_at.strftime("%H:%M")),
                    ltr(receipt.file_name),
                )
                if receipt
                else QCoreApplication.translate(
                    "SyncImport", "No receipt written for this import yet."
                )
            )
        self._update_undo()
        self._update_receipt()
        self.conflicts.refresh()
        self._update_tabs()

    # -- undoing an import ---------------------------------------------------------------
    def selected_import(self) -> ImportView | None:
        rows = {index.row() for index in self.history_table.selectedIndexes()}
        if len(rows) != 1:
            return None
        row = rows.pop()
        return self.imports[row] if 0 <= row < len(self.imports) else None

    def _update_undo(self) -> None:
        chosen = self.selected_import()
        self.undo_button.setEnabled(
            chosen is not None and chosen.reverted_at is None and self.job is None
        )

    def confirm_undo(self, item: ImportView) -> bool:
        """Ask before undoing (tests replace this)."""
        answer = QMessageBox.question(
            self,
            QCoreApplication.translate("SyncImport", "Undo this import?"),
            fill(QCoreApplication.translate(
                "SyncImport",
                "Undo the import of %1 (%2, imported on %3)? The records it brought are "
                "removed and those it replaced get their earlier version back.",
            ), ltr(item.file_name), item.source_organisation, format_date(item.imported_at.date())),
            QMessageBox.StandardButton.Yes | QMessageBox.StandardButton.Cancel,
            QMessageBox.StandardButton.Cancel,
        )
        return answer == QMessageBox.StandardButton.Yes

    def undo_selected(self) -> BackgroundJob | None:
        item = self.selected_import()
        if item is None or item.reverted_at is not None or self.job is not None:
            return None
        if not self.confirm_undo(item):
            return None
        db_path = self.db.location
        import_id = item.id
        label = QCoreApplication.translate("SyncImport", "Undoing the import…")
        job = run_in_background(
            self,
            lambda _progress: with_own_database(db_path, lambda db: revert_import(db, import_id)),
            self._undone,
            self._undo_failed,
            progress_title=label,
        )
        self.job = None if job.is_finished() else job
        self._update_undo()
        return job

    def _undone(self, result: Any) -> None:
        self.job = None
        self._show_message(
            fill(QCoreApplication.translate(
                "SyncImport",
                "Import undone: %1 records removed, %2 given back their earlier version.",
            ), result.removed, result.restored),
            error=False,
        )
        self.refresh()
        self.files_imported.emit([])

    def _undo_failed(self, error: BaseException) -> None:
        self.job = None
        sentence = error_sentence(error)
        if isinstance(error, RevertError) and current_language() != "en":
            sentence = QCoreApplication.translate(
                "SyncImport",
                "This import cannot be undone: later imports changed some of its records "
                "(or a conflict of it was decided); undo those first.",
            )
        self._show_message(sentence, error=True)
        self.message_label.setToolTip(error_sentence(error))
        self._update_undo()

    # -- receipts for partners -----------------------------------------------------------
    def receipt_choice(self) -> tuple[str, str] | None:
        """The import a receipt would be written for (its id and partner), from the
        tab shown: the chosen file imported now, or the chosen import of the history."""
        if self.tabs.currentIndex() == 0:
            rows = {index.row() for index in self.outcome_table.selectedIndexes()}
            if len(rows) != 1:
                return None
            row = rows.pop()
            outcome = self.outcomes[row] if 0 <= row < len(self.outcomes) else None
            if outcome is None or not outcome.ok or not outcome.import_id:
                return None
            return outcome.import_id, outcome.source_organisation
        if self.tabs.currentIndex() == 2:
            item = self.selected_import()
            return (item.id, item.source_organisation) if item is not None else None
        return None

    def _update_receipt(self) -> None:
        self.receipt_button.setEnabled(self.receipt_choice() is not None and self.job is None)

    def ask_receipt_path(self, suggested: Path) -> Path | None:
        """Where to save the receipt, or None (tests replace this)."""
        path = save_file_name(
            self,
            QCoreApplication.translate("SyncImport", "Save the receipt as"),
            suggested,
            [(QCoreApplication.translate("SyncImport", "Receipts for partners"), "*.mrareceipt")],
            "mrareceipt",
        )
        return Path(path) if path else None

    def write_receipt(self) -> BackgroundJob | None:
        """Write the receipt for the chosen import's partner off the UI thread."""
        from mra_desktop.core.receipts.writing import suggested_receipt_name, write_receipt

        choice = self.receipt_choice()
        if choice is None or self.job is not None:
            return None
        import_id, partner = choice
        target = self.ask_receipt_path(documents_folder() / suggested_receipt_name(partner))
        if target is None:
            return None
        db_path = self.db.location
        label = QCoreApplication.translate("SyncImport", "Writing the receipt…")
        self.message_label.hide()
        self.receipt_button.setEnabled(False)
        job = run_in_background(
            self,
            lambda _progress: with_own_database(
                db_path, lambda db: write_receipt(db, import_id, target)
            ),
            self._receipt_written,
            self._receipt_failed,
            progress_title=label,
        )
        self.job = None if job.is_finished() else job
        return job

    def _receipt_written(self, result: Any) -> None:
        self.job = None
        self.refresh()  # the history says which import has a receipt now
        self._update_receipt()
        self._show_message(
            fill(QCoreApplication.translate(
                "SyncImport",
                "Receipt for %1 written to %2: %3 file(s), %4 meeting(s) with MRA's review. "
                "Send it to the partner (e-mail, WhatsApp or USB stick); only the partner's "
                "enrolled computers can read it.",
            ), result.organisation_name, ltr(shown(result.path)), result.files, result.meetings),
            error=False,
        )

    def _receipt_failed(self, error: BaseException) -> None:
        self.job = None
        self._update_receipt()
        sentence = error_sentence(error)
        if isinstance(error, MraError) and current_language() != "en":
            if error.code.startswith("receipt"):
                sentence = describe_error(error)
        self._show_message(sentence, error=True)
        self.message_label.setToolTip(error_sentence(error))

    def _conflict_resolved(self, decision: Any) -> None:
        self._update_tabs()
        self.conflict_resolved.emit(decision)

    def is_busy(self) -> bool:
        return self.job is not None
