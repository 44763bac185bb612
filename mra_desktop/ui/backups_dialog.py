"""File ▸ Backups: the database's backups, "Back up now", a read-only look at one, and
restoring one (the current database is kept as a backup first).

The dialog is modal: while it is open, and above all while a restore runs, nothing else
in the window writes to the database.
"""

from __future__ import annotations

from pathlib import Path
from typing import Any

from PySide6.QtCore import QCoreApplication, QEvent, Qt, Signal
from PySide6.QtWidgets import (
    QAbstractItemView,
    QDialog,
    QDialogButtonBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QMessageBox,
    QPushButton,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from mra_desktop.core.backups import BackupInfo, RestoreResult, backups_folder, list_backups
from mra_desktop.core.errors import MraError
from mra_desktop.ui.auto_backup import restore_in_window, restore_refusal, sentence_for
from mra_desktop.ui.backup_words import backup_time, file_size, reason_word
from mra_desktop.ui.dialogs import open_file_name, widen
from mra_desktop.ui.jobs import open_path
from mra_desktop.ui.messages import ERROR_STYLE
from mra_desktop.ui.sentences import fill, ltr

COLUMNS = ("when", "reason", "meetings", "changes", "action_items", "size")


def _item(text: str, number: bool = False) -> QTableWidgetItem:
    item = QTableWidgetItem(text)
    item.setFlags(Qt.ItemFlag.ItemIsSelectable | Qt.ItemFlag.ItemIsEnabled)
    if number:
        item.setTextAlignment(Qt.AlignmentFlag.AlignTrailing | Qt.AlignmentFlag.AlignVCenter)
    return item


class BackupsDialog(QDialog):
    """The backups of the window's database, newest first."""

    # a backup replaced the database (a RestoreResult)
    restored = Signal(object)

    def __init__(self, window: Any, parent: QWidget | None = None) -> None:
        super().__init__(parent if parent is not None else window)
        self.setObjectName("BackupsDialog")
        self.setModal(True)
        self.window_ = window
        self.db_path = window.services.db.location
        self.backups: list[BackupInfo] = []
        self.viewers: list[QDialog] = []
        self.busy = False

        self.intro_label = QLabel()
        self.intro_label.setWordWrap(True)
        self.folder_label = QLabel()
        self.folder_label.setObjectName("BackupsFolder")
        self.folder_label.setWordWrap(True)
        self.folder_label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.show_folder_button = QPushButton()
        folder_row = QHBoxLayout()
        folder_row.addWidget(self.folder_label, 1)
        folder_row.addWidget(self.show_folder_button)

        self.table = QTableWidget(0, len(COLUMNS))
        self.table.setObjectName("BackupsTable")
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.verticalHeader().hide()
        self.table.setAlternatingRowColors(True)
        header = self.table.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(1, QHeaderView.ResizeMode.Stretch)

        self.message_label = QLabel()
        self.message_label.setObjectName("BackupsMessage")
        self.message_label.setWordWrap(True)
        self.message_label.hide()

        self.back_up_button = QPushButton()
        self.open_button = QPushButton()
        self.restore_button = QPushButton()
        self.restore_file_button = QPushButton()
        actions = QHBoxLayout()
        for button in (
            self.back_up_button,
            self.open_button,
            self.restore_button,
            self.restore_file_button,
        ):
            actions.addWidget(button)
        actions.addStretch(1)
        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        self.buttons.rejected.connect(self.reject)
        actions.addWidget(self.buttons)

        layout = QVBoxLayout(self)
        layout.addWidget(self.intro_label)
        layout.addLayout(folder_row)
        layout.addWidget(self.table, 1)
        layout.addWidget(self.message_label)
        layout.addLayout(actions)

        self.show_folder_button.clicked.connect(self.show_folder)
        self.back_up_button.clicked.connect(self.back_up_now)
        self.open_button.clicked.connect(self.open_selected)
        self.restore_button.clicked.connect(self.restore_selected)
        self.restore_file_button.clicked.connect(self.restore_other_file)
        self.table.itemSelectionChanged.connect(self._update_buttons)
        self.table.doubleClicked.connect(lambda _index: self.open_selected())

        self.retranslate()
        self.refresh()
        self.resize(max(860, self.sizeHint().width()), 480)

    # -- words -------------------------------------------------------------------------
    def retranslate(self) -> None:
        self.setWindowTitle(QCoreApplication.translate("Backups", "Backups"))
        self.intro_label.setText(
            QCoreApplication.translate(
                "Backups",
                "The database is backed up every 30 minutes while the program is open (when "
                "something changed), when it closes, and before every import, upgrade and "
                "restore. Each backup is checked before it is kept. Everything of the last day "
                "is kept, then one backup a day for 12 days, one a week for 10 weeks and one a "
                "month for 9 months.",
            )
        )
        self.folder_label.setText(
            fill(
                QCoreApplication.translate("Backups", "Folder: %1"),
                ltr(str(backups_folder(self.db_path))),
            )
        )
        self.show_folder_button.setText(QCoreApplication.translate("Backups", "Show the &folder"))
        self.back_up_button.setText(QCoreApplication.translate("Backups", "&Back up now"))
        self.open_button.setText(QCoreApplication.translate("Backups", "&Open read-only"))
        self.open_button.setToolTip(
            QCoreApplication.translate(
                "Backups", "Look at the meetings and changes of the selected backup"
            )
        )
        self.restore_button.setText(QCoreApplication.translate("Backups", "&Restore…"))
        self.restore_button.setToolTip(
            QCoreApplication.translate(
                "Backups",
                "Replace the database with the selected backup; the current database is kept "
                "as a backup first",
            )
        )
        self.restore_file_button.setText(
            QCoreApplication.translate("Backups", "Restore from a f&ile…")
        )
        self.restore_file_button.setToolTip(
            QCoreApplication.translate(
                "Backups", "Restore a backup kept elsewhere (a USB stick, another computer)"
            )
        )
        self.buttons.button(QDialogButtonBox.StandardButton.Close).setText(
            QCoreApplication.translate("Backups", "Close")
        )
        self.table.setHorizontalHeaderLabels(
            [
                QCoreApplication.translate("Backups", "Date"),
                QCoreApplication.translate("Backups", "Reason"),
                QCoreApplication.translate("Backups", "Meetings"),
                QCoreApplication.translate("Backups", "Changes"),
                QCoreApplication.translate("Backups", "Action items"),
                QCoreApplication.translate("Backups", "Size"),
            ]
        )
        self.table.setAccessibleName(QCoreApplication.translate("Backups", "Backups"))
        self._fill()

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
        super().changeEvent(event)

    # -- listing -----------------------------------------------------------------------
    def refresh(self) -> None:
        self.backups = list_backups(self.db_path)
        self._fill()

    def _fill(self) -> None:
        selected = self.selected()
        self.table.setRowCount(len(self.backups))
        for row, backup in enumerate(self.backups):
            counts = backup.counts
            cells = (
                _item(backup_time(backup.created_at)),
                _item(reason_word(backup.reason)),
                _item(str(counts.get("meeting", "")), number=True),
                _item(str(counts.get("change", "")), number=True),
                _item(str(counts.get("action_item", "")), number=True),
                _item(file_size(backup.size), number=True),
            )
            cells[0].setData(Qt.ItemDataRole.UserRole, str(backup.path))
            cells[0].setToolTip(str(backup.path))
            for column, cell in enumerate(cells):
                self.table.setItem(row, column, cell)
        row = 0
        if selected is not None:
            row = next((i for i, b in enumerate(self.backups) if b.path == selected.path), 0)
        if self.backups:
            # not selectRow(): right to left, before the view is laid out, it selects nothing
            self.table.setCurrentCell(row, 0)
        self._update_buttons()

    def selected(self) -> BackupInfo | None:
        rows = self.table.selectionModel().selectedRows() if self.table.selectionModel() else []
        if not rows or rows[0].row() >= len(self.backups):
            return None
        return self.backups[rows[0].row()]

    def _update_buttons(self) -> None:
        chosen = self.selected()
        usable = chosen is not None and chosen.reason != "damaged"
        self.open_button.setEnabled(usable and not self.busy)
        self.restore_button.setEnabled(usable and not self.busy)
        self.back_up_button.setEnabled(not self.busy)
        self.restore_file_button.setEnabled(not self.busy)
        self.buttons.setEnabled(not self.busy)

    def _show_message(self, text: str, error: bool = False) -> None:
        self.message_label.setText(text)
        self.message_label.setStyleSheet(ERROR_STYLE if error else "")
        self.message_label.show()

    def show_folder(self) -> None:
        folder = backups_folder(self.db_path)
        open_path(folder if folder.is_dir() else folder.parent)

    # -- backing up --------------------------------------------------------------------
    def back_up_now(self) -> None:
        def done(info: BackupInfo) -> None:
            self._set_busy(False)
            self.refresh()
            self._show_message(
                fill(QCoreApplication.translate("Backups", "Backup made: %1"), ltr(info.path.name))
            )

        def failed(sentence: str) -> None:
            self._set_busy(False)
            self.refresh()
            self._show_message(sentence, error=True)

        self.window_.flush()
        self._set_busy(True)
        job = self.window_.auto_backup.back_up_now(done, failed)
        if job is None and self.busy:  # another backup is running
            self._set_busy(False)
            self._show_message(
                QCoreApplication.translate(
                    "Backups", "A backup is being made; try again in a moment."
                )
            )

    def _set_busy(self, busy: bool) -> None:
        self.busy = busy
        self._update_buttons()

    # -- looking -----------------------------------------------------------------------
    def open_selected(self) -> QDialog | None:
        chosen = self.selected()
        if chosen is None or chosen.reason == "damaged":
            return None
        from mra_desktop.ui.backup_viewer import BackupViewer

        try:
            viewer = BackupViewer(chosen, self)
        except MraError as exc:
            self._show_message(sentence_for(exc), error=True)
            return None
        self.viewers.append(viewer)
        viewer.finished.connect(lambda _r, v=viewer: self._forget_viewer(v))
        viewer.show()
        return viewer

    def _forget_viewer(self, viewer: QDialog) -> None:
        if viewer in self.viewers:
            self.viewers.remove(viewer)
            viewer.deleteLater()

    # -- restoring ---------------------------------------------------------------------
    def restore_question(self, backup: BackupInfo) -> str:
        return fill(
            QCoreApplication.translate(
                "Backups",
                "Replace everything in this database with the backup of %1 (%2 meetings, %3 "
                "changes)? The database as it is now is kept as a backup first.",
            ),
            backup_time(backup.created_at),
            ltr(backup.counts.get("meeting", 0)),
            ltr(backup.counts.get("change", 0)),
        )

    def confirm(self, question: str) -> bool:
        """Ask the one question before a restore (tests answer it)."""
        box = QMessageBox(self)
        box.setIcon(QMessageBox.Icon.Warning)
        box.setWindowTitle(QCoreApplication.translate("Backups", "Restore a backup"))
        box.setText(question)
        restore = box.addButton(
            QCoreApplication.translate("Backups", "Restore"), QMessageBox.ButtonRole.AcceptRole
        )
        cancel = box.addButton(
            QCoreApplication.translate("Backups", "Cancel"), QMessageBox.ButtonRole.RejectRole
        )
        box.setDefaultButton(cancel)
        widen(box)
        box.exec()
        return box.clickedButton() is restore

    def restore_selected(self) -> bool:
        chosen = self.selected()
        if chosen is None or chosen.reason == "damaged":
            return False
        return self.restore(chosen)

    def restore_other_file(self) -> bool:
        name = open_file_name(
            self,
            QCoreApplication.translate("Backups", "Restore a backup"),
            backups_folder(self.db_path),
            [
                (QCoreApplication.translate("Backups", "Backups"), "*.sqlite *.dump"),
                (QCoreApplication.translate("Backups", "All files"), "*"),
            ],
        )
        if not name:
            return False
        from mra_desktop.core.backups import check_backup_file

        try:
            backup = check_backup_file(Path(name))
        except MraError as exc:
            self._show_message(sentence_for(exc), error=True)
            return False
        return self.restore(backup)

    def restore(self, backup: BackupInfo) -> bool:
        """Ask, then replace the database with ``backup``; False when not started."""
        refusal = restore_refusal(self.window_)
        if refusal is not None:
            self._show_message(refusal, error=True)
            return False
        if self.busy or not self.confirm(self.restore_question(backup)):
            return False
        self._set_busy(True)
        self._show_message(QCoreApplication.translate("Backups", "Restoring the backup…"))

        def done(result: RestoreResult) -> None:
            self._set_busy(False)
            self.refresh()
            self._show_message(
                fill(
                    QCoreApplication.translate(
                        "Backups",
                        "Restored: the database now holds the backup of %1. The database as it was "
                        "is kept as the backup of %2.",
                    ),
                    backup_time(backup.created_at),
                    backup_time(result.kept.created_at) if result.kept else "—",
                )
            )
            self.restored.emit(result)

        def failed(sentence: str) -> None:
            self._set_busy(False)
            self.refresh()
            self._show_message(sentence, error=True)

        job = restore_in_window(self.window_, backup.path, self, done, failed)
        if job is None:
            self._set_busy(False)
        return job is not None

    def reject(self) -> None:
        if self.busy:  # a restore cannot stop halfway; the dialog closes when it ends
            return
        for viewer in list(self.viewers):
            viewer.close()
        super().reject()
