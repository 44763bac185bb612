"""File ▸ Receipts from MRA…: the receipts MRA sent this partner, and importing one.

A receipt comes from MRA by e-mail, WhatsApp or USB stick after MRA imported the
partner's sync files. It is imported by "Import a receipt…", by dropping the file on the
window, or by double-clicking it (the program opens this window with it). What it says
is shown here: the partner's files MRA imported (with what each did) and each of the
partner's meetings with MRA's review, MRA's comment and the national most significant
change chosen among its changes; the meetings list shows the reviews too. A receipt that
MRA did not sign, or that is for someone else, is refused with one sentence and changes
nothing. The window is not modal: a meeting can go on beside it.
"""

from __future__ import annotations

from pathlib import Path
from typing import Any

from PySide6.QtCore import QCoreApplication, QEvent, Qt, Signal
from PySide6.QtGui import QColor
from PySide6.QtWidgets import (
    QAbstractItemView,
    QDialog,
    QDialogButtonBox,
    QFileDialog,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QListWidget,
    QListWidgetItem,
    QPushButton,
    QSplitter,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from mra_desktop.core.database import Database
from mra_desktop.core.errors import MraError
from mra_desktop.core.receipts.container import FILE_SUFFIX
from mra_desktop.core.receipts.views import ReceiptView, received_receipts
from mra_desktop.ui.background import BackgroundJob, run_in_background
from mra_desktop.ui.file_drop import FileDropTarget
from mra_desktop.ui.i18n import current_language, format_date
from mra_desktop.ui.jobs import error_sentence, with_own_database
from mra_desktop.ui.messages import ERROR_STYLE
from mra_desktop.ui.receipt_words import (
    MSC_MARK,
    domain_word,
    own_direction,
    receipt_refusal,
    review_colour,
    review_word,
)
from mra_desktop.ui.sentences import fill
from mra_desktop.ui.tables import show_whole_text

RECEIPT_ID_ROLE = Qt.ItemDataRole.UserRole
OK_STYLE = "color: #1b5e20;"


def is_receipt(path: Path) -> bool:
    return path.suffix.lower() == FILE_SUFFIX


def _table(columns: int, name: str) -> QTableWidget:
    table = QTableWidget(0, columns)
    table.setObjectName(name)
    table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
    table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
    table.setWordWrap(True)
    table.verticalHeader().hide()
    table.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
    return table


class ReceiptsDialog(FileDropTarget, QDialog):
    """The receipts from MRA, newest first, and what the selected one says."""

    # a receipt was imported (its ReceiptOutcome): MRA's reviews may have changed
    receipt_imported = Signal(object)

    def __init__(self, db: Database, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("ReceiptsDialog")
        self.setAcceptDrops(True)
        self.db = db
        self.receipts: list[ReceiptView] = []
        self.job: BackgroundJob | None = None

        self.intro = QLabel()
        self.intro.setWordWrap(True)
        self.receipt_list = QListWidget()
        self.receipt_list.setObjectName("ReceiptList")
        self.receipt_list.setMinimumWidth(190)
        self.list_label = QLabel()
        self.list_label.setBuddy(self.receipt_list)
        self.files_label = QLabel()
        self.files_table = _table(9, "ReceiptFiles")
        files_header = self.files_table.horizontalHeader()
        # a count needs less than the style's minimum width of a column (about 90 pixels)
        files_header.setMinimumSectionSize(2 * files_header.fontMetrics().height())
        show_whole_text(self.files_table, fitted=range(1, 9), stretched=[0])
        self.meetings_label = QLabel()
        self.meetings_table = _table(4, "ReceiptMeetings")
        self.meetings_table.horizontalHeader().setSectionResizeMode(
            1, QHeaderView.ResizeMode.Interactive
        )
        self.meetings_table.setColumnWidth(1, 280)
        # long comments and titles wrap, and rows are measured again when widths change
        show_whole_text(self.meetings_table, fitted=[0, 2], stretched=[3])
        self.empty_label = QLabel()
        self.empty_label.setWordWrap(True)
        self.empty_label.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.message_label = QLabel()
        self.message_label.setObjectName("ReceiptMessage")
        self.message_label.setWordWrap(True)
        self.message_label.setTextFormat(Qt.TextFormat.PlainText)
        self.message_label.hide()
        self.import_button = QPushButton()
        self.import_button.setObjectName("ImportReceipt")
        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)

        left = QWidget()
        left_layout = QVBoxLayout(left)
        left_layout.setContentsMargins(0, 0, 0, 0)
        left_layout.addWidget(self.list_label)
        left_layout.addWidget(self.receipt_list, 1)
        right = QWidget()
        right_layout = QVBoxLayout(right)
        right_layout.setContentsMargins(0, 0, 0, 0)
        right_layout.addWidget(self.files_label)
        right_layout.addWidget(self.files_table, 1)
        right_layout.addWidget(self.meetings_label)
        right_layout.addWidget(self.meetings_table, 2)
        self.splitter = QSplitter(Qt.Orientation.Horizontal)
        self.splitter.addWidget(left)
        self.splitter.addWidget(right)
        self.splitter.setStretchFactor(1, 1)
        self.splitter.setSizes([220, 880])
        bottom = QHBoxLayout()
        bottom.addWidget(self.import_button)
        bottom.addStretch(1)
        bottom.addWidget(self.buttons)
        layout = QVBoxLayout(self)
        layout.addWidget(self.intro)
        layout.addWidget(self.message_label)
        layout.addWidget(self.splitter, 1)
        layout.addWidget(self.empty_label)
        layout.addLayout(bottom)

        self.import_button.clicked.connect(self.choose_file)
        self.buttons.rejected.connect(self.reject)
        self.receipt_list.currentRowChanged.connect(self._show_receipt)
        self.resize(1120, 620)
        self.retranslate()
        self.refresh()

    # -- words -------------------------------------------------------------------------
    def retranslate(self) -> None:
        self.setWindowTitle(QCoreApplication.translate("Receipts", "Receipts from MRA"))
        self.intro.setText(
            QCoreApplication.translate(
                "Receipts",
                "After importing your sync files, MRA sends a receipt: which files arrived "
                "and how each meeting was reviewed. Import it here, or drop the file on this "
                "window; it is checked with MRA's key installed in Settings.",
            )
        )
        self.list_label.setText(QCoreApplication.translate("Receipts", "&Receipts"))
        self.files_label.setText(
            QCoreApplication.translate("Receipts", "Your sync files that MRA imported")
        )
        self.meetings_label.setText(
            QCoreApplication.translate("Receipts", "Your meetings, as MRA reviewed them")
        )
        self.files_table.setHorizontalHeaderLabels(
            [
                QCoreApplication.translate("Receipts", "File"),
                QCoreApplication.translate("Receipts", "Exported"),
                QCoreApplication.translate("Receipts", "Imported by MRA"),
                QCoreApplication.translate("Receipts", "New"),
                QCoreApplication.translate("Receipts", "Updated"),
                QCoreApplication.translate("Receipts", "Unchanged"),
                QCoreApplication.translate("Receipts", "Conflicts"),
                QCoreApplication.translate("Receipts", "Deleted"),
                QCoreApplication.translate("Receipts", "Undone by MRA"),
            ]
        )
        self.meetings_table.setHorizontalHeaderLabels(
            [
                QCoreApplication.translate("Receipts", "Date"),
                QCoreApplication.translate("Receipts", "Meeting"),
                QCoreApplication.translate("Receipts", "MRA's review"),
                QCoreApplication.translate("Receipts", "MRA's comment and national choice"),
            ]
        )
        self.empty_label.setText(
            QCoreApplication.translate(
                "Receipts",
                "No receipt from MRA yet. MRA sends one (a file ending in .mrareceipt) after "
                "importing your sync files.",
            )
        )
        self.import_button.setText(QCoreApplication.translate("Receipts", "&Import a receipt…"))
        self.import_button.setToolTip(
            QCoreApplication.translate("Receipts", "Choose a receipt file MRA sent you")
        )
        self.buttons.button(QDialogButtonBox.StandardButton.Close).setText(
            QCoreApplication.translate("Receipts", "Close")
        )
        self._fill_list()

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
        super().changeEvent(event)

    # -- the receipts ------------------------------------------------------------------
    def refresh(self, select_id: str | None = None) -> None:
        try:
            self.receipts = received_receipts(self.db)
        except MraError as exc:
            self._say(exc.message, error=True)
            self.receipts = []
        self._fill_list(select_id)

    def _fill_list(self, select_id: str | None = None) -> None:
        if not hasattr(self, "receipts"):
            return
        current = select_id or self.current_receipt_id()
        self.receipt_list.blockSignals(True)
        self.receipt_list.clear()
        for receipt in self.receipts:
            text = fill(
                QCoreApplication.translate("Receipts", "%1 (no. %2)"),
                format_date(receipt.issued_at.date(), long=True),
                receipt.number,
            )
            item = QListWidgetItem(text)
            item.setData(RECEIPT_ID_ROLE, receipt.id)
            item.setToolTip(
                fill(
                    QCoreApplication.translate("Receipts", "Imported on %1 from %2"),
                    format_date(receipt.imported_at.date()),
                    receipt.file_name,
                )
            )
            self.receipt_list.addItem(item)
        self.receipt_list.blockSignals(False)
        has = bool(self.receipts)
        self.splitter.setVisible(has)
        self.empty_label.setVisible(not has)
        row = next((i for i, r in enumerate(self.receipts) if r.id == current), 0)
        if has:
            self.receipt_list.setCurrentRow(row)
        self._show_receipt(row if has else -1)

    def current_receipt_id(self) -> str | None:
        item = self.receipt_list.currentItem() if hasattr(self, "receipt_list") else None
        value = item.data(RECEIPT_ID_ROLE) if item is not None else None
        return str(value) if value else None

    def _show_receipt(self, row: int) -> None:
        receipt = self.receipts[row] if 0 <= row < len(self.receipts) else None
        files = receipt.files if receipt else ()
        self.files_table.setRowCount(len(files))
        for index, item in enumerate(files):
            counts = item.counts
            values = [
                item.file_name,
                format_date(item.exported_at.date()) if item.exported_at else "",
                format_date(item.imported_at.date()) + " " + item.imported_at.strftime("%H:%M"),
                *(str(counts[k]) for k in ("new", "updated", "unchanged", "conflicts", "deleted")),
                format_date(item.undone_at.date()) if item.undone_at else "",
            ]
            for column, value in enumerate(values):
                cell = QTableWidgetItem(value)
                if 3 <= column <= 7:
                    cell.setTextAlignment(Qt.AlignmentFlag.AlignCenter)
                if receipt is not None and item.import_id == receipt.for_import_id:
                    font = cell.font()
                    font.setBold(True)
                    cell.setFont(font)
                if item.undone_at is not None:
                    cell.setForeground(QColor("#777777"))
                self.files_table.setItem(index, column, cell)
        meetings = receipt.meetings if receipt else ()
        self.meetings_table.setRowCount(len(meetings))
        for index, review in enumerate(meetings):
            state = review.shown_state
            details = []
            if review.changed_since_review:
                details.append(
                    fill(QCoreApplication.translate(
                        "MraReview",
                        "MRA had marked it “%1” before your newer version arrived; MRA will "
                        "review it again.",
                    ), review_word(review.state))
                )
            if review.comment:
                details.append(own_direction(review.comment))
            for choice in review.national_msc:
                details.append(
                    fill(QCoreApplication.translate(
                        "MraReview",
                        "%1 National most significant change (%2): “%3”. MRA's reason: %4",
                    ),
                    MSC_MARK,
                    domain_word(choice),
                    own_direction(choice.change_title),
                    own_direction(choice.reason),
                )
                )
            state_text = review_word(state)
            if review.national_msc:
                state_text += f" {MSC_MARK}"
            cells = [
                QTableWidgetItem(format_date(review.date) if review.date else ""),
                QTableWidgetItem(review.title),
                QTableWidgetItem(state_text),
                QTableWidgetItem("\n".join(details)),
            ]
            cells[2].setForeground(review_colour(state))
            cells[1].setToolTip(review.title)
            cells[3].setToolTip("\n".join(details))
            for column, cell in enumerate(cells):
                self.meetings_table.setItem(index, column, cell)

    def meeting_rows(self) -> list[dict[str, str]]:
        """What the meetings table shows, by column header (for tests)."""
        table = self.meetings_table
        return [
            {
                table.horizontalHeaderItem(c).text(): table.item(r, c).text()
                for c in range(table.columnCount())
            }
            for r in range(table.rowCount())
        ]

    # -- importing ---------------------------------------------------------------------
    def choose_file(self) -> BackgroundJob | None:
        path = self.ask_for_file()
        return self.import_file(path) if path is not None else None

    def ask_for_file(self) -> Path | None:
        """The receipt file to import, or None (tests replace this)."""
        path, _filter = QFileDialog.getOpenFileName(
            self,
            QCoreApplication.translate("Receipts", "A receipt from MRA"),
            "",
            QCoreApplication.translate(
                "Receipts", "Receipts from MRA (*.mrareceipt);;All files (*)"
            ),
        )
        return Path(path) if path else None

    def import_file(self, path: Path) -> BackgroundJob | None:
        """Import the receipt at ``path`` off the UI thread; the outcome is said above the
        list and the receipt selected."""
        if self.job is not None:
            return None
        from mra_desktop.core.receipts.reading import import_receipt

        db_path = self.db.location
        self.import_button.setEnabled(False)
        self.message_label.hide()
        job = run_in_background(
            self,
            lambda _progress: with_own_database(db_path, lambda db: import_receipt(db, path)),
            self._imported,
            self._refused,
        )
        self.job = None if job.is_finished() else job
        return job

    def _imported(self, outcome: Any) -> None:
        self.job = None
        self.import_button.setEnabled(True)
        receipt = outcome.receipt
        when = format_date(receipt.issued_at.date(), long=True)
        if outcome.already:
            sentence = fill(QCoreApplication.translate(
                "Receipts", "This receipt of %1 was already imported on %2; nothing changed."
            ), when, format_date(outcome.previously_imported_at.date()))
        else:
            sentence = fill(QCoreApplication.translate(
                "Receipts", "Receipt of %1 imported: MRA's review of %2 meeting(s) is shown."
            ), when, outcome.updated)
            if outcome.kept:
                sentence += " " + fill(QCoreApplication.translate(
                    "Receipts",
                    "%1 meeting(s) keep what a newer receipt said.",
                ), outcome.kept)
            if outcome.removed:
                sentence += " " + fill(QCoreApplication.translate(
                    "Receipts",
                    "%1 meeting(s) are no longer held by MRA.",
                ), outcome.removed)
        self._say(sentence, error=False)
        self.refresh(select_id=receipt.id)
        self.receipt_imported.emit(outcome)

    def _refused(self, error: BaseException) -> None:
        self.job = None
        self.import_button.setEnabled(True)
        sentence = error_sentence(error)
        if isinstance(error, MraError) and current_language() != "en":
            sentence = receipt_refusal(error.code) or sentence
        self._say(sentence, error=True)
        self.message_label.setToolTip(error_sentence(error))

    def _say(self, text: str, *, error: bool) -> None:
        self.message_label.setText(text)
        self.message_label.setStyleSheet(ERROR_STYLE if error else OK_STYLE)
        self.message_label.show()

    # -- dropping ----------------------------------------------------------------------
    def accepts_dropped(self, path: Path) -> bool:
        return is_receipt(path)

    def files_dropped(self, paths: list[Path]) -> None:
        self.import_file(paths[0])
