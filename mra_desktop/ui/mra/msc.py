"""The national Most Significant Change round: per domain (sector by default), the changes
the meetings chose as their most significant, and the panel's choice with its reason in
full sentences, dissent, who chose and when.

Choosing is an explicit act (the button); once a domain has its choice, edits of the
reason and the dissent are saved as they are typed, as long as the reason is still
written as full sentences (otherwise the sentence saying why shows in place and the text
waits).
"""

from __future__ import annotations

from html import escape
from typing import Any

from PySide6.QtCore import (
    QAbstractTableModel,
    QCoreApplication,
    QDate,
    QEvent,
    QModelIndex,
    QPersistentModelIndex,
    Qt,
)
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QDateEdit,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QGroupBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QListWidget,
    QListWidgetItem,
    QPushButton,
    QSplitter,
    QTextBrowser,
    QVBoxLayout,
    QWidget,
)

from mra_desktop.core.database import Database
from mra_desktop.core.errors import MraError
from mra_desktop.core.msc import (
    Candidate,
    ChoiceView,
    RoundView,
    candidates,
    choices,
    choose,
    create_round,
    list_rounds,
    reason_problem,
)
from mra_desktop.ui.i18n import format_date, from_qdate, word
from mra_desktop.ui.jobs import error_sentence
from mra_desktop.ui.look import heading
from mra_desktop.ui.messages import ERROR_STYLE, describe_error
from mra_desktop.ui.mra.change_view import change_html
from mra_desktop.ui.mra.widgets import TextSaver, person_name, read_only_table, select_row
from mra_desktop.ui.mra.words import not_specified
from mra_desktop.ui.sentences import fill, ltr
from mra_desktop.ui.text_direction import LineEdit, PlainTextEdit

AnyIndex = QModelIndex | QPersistentModelIndex
COLUMNS = ("chosen", "title", "partner", "date")


def domain_word(axis: str, key: str) -> str:
    if key == "":
        return not_specified()
    return word("change_class", key) if axis == "category" else word("sector", key)


def domain_keys(axis: str) -> list[str]:
    from mra_desktop.ui.i18n import vocabulary_codes

    return vocabulary_codes("change_class" if axis == "category" else "sector")


class CandidatesModel(QAbstractTableModel):
    def __init__(self, parent: Any = None) -> None:
        super().__init__(parent)
        self.candidates: list[Candidate] = []
        self.chosen_id: str | None = None

    def set_candidates(self, found: list[Candidate], chosen_id: str | None) -> None:
        self.beginResetModel()
        self.candidates, self.chosen_id = found, chosen_id
        self.endResetModel()

    def rowCount(self, parent: AnyIndex = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self.candidates)

    def columnCount(self, parent: AnyIndex = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(COLUMNS)

    def headerData(
        self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole
    ) -> Any:
        if orientation != Qt.Orientation.Horizontal or role != Qt.ItemDataRole.DisplayRole:
            return None
        titles = {
            "chosen": "✓",
            "title": QCoreApplication.translate("MraMsc", "Change chosen by a meeting"),
            "partner": QCoreApplication.translate("MraMsc", "Partner"),
            "date": QCoreApplication.translate("MraMsc", "Meeting"),
        }
        return titles[COLUMNS[section]]

    def data(self, index: AnyIndex, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid():
            return None
        found = self.candidates[index.row()]
        column = COLUMNS[index.column()]
        if role == Qt.ItemDataRole.DisplayRole:
            if column == "chosen":
                return "✓" if found.change.id == self.chosen_id else ""
            if column == "title":
                return found.change.title
            if column == "partner":
                return found.meeting.partner
            return format_date(found.meeting.date)
        if role == Qt.ItemDataRole.ToolTipRole:
            return f"{found.change.title}\n{found.meeting.title}"
        if role == Qt.ItemDataRole.TextAlignmentRole and column == "chosen":
            return int(Qt.AlignmentFlag.AlignCenter)
        return None


class NewRoundDialog(QDialog):
    """A new national round: its title, period and domains."""

    def __init__(self, db: Database, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("NewRoundDialog")
        self.db = db
        self.created: str | None = None
        self.title_edit = LineEdit()
        self.date_from = QDateEdit()
        self.date_to = QDateEdit()
        today = QDate.currentDate()
        for edit, date in ((self.date_from, today.addMonths(-12)), (self.date_to, today)):
            edit.setCalendarPopup(True)
            edit.setDisplayFormat("yyyy-MM-dd")
            edit.setDate(date)
        self.domain_combo = QComboBox()
        self.error_label = QLabel()
        self.error_label.setStyleSheet(ERROR_STYLE)
        self.error_label.setWordWrap(True)
        self.error_label.hide()
        self.labels = {k: QLabel() for k in ("title", "from", "to", "domain")}
        for key, widget in (
            ("title", self.title_edit),
            ("from", self.date_from),
            ("to", self.date_to),
            ("domain", self.domain_combo),
        ):
            self.labels[key].setBuddy(widget)
        form = QFormLayout()
        form.addRow(self.labels["title"], self.title_edit)
        form.addRow(self.labels["from"], self.date_from)
        form.addRow(self.labels["to"], self.date_to)
        form.addRow(self.labels["domain"], self.domain_combo)
        self.buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel
        )
        self.buttons.accepted.connect(self.accept)
        self.buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addWidget(self.error_label)
        layout.addWidget(self.buttons)
        self.retranslate()

    def retranslate(self) -> None:
        self.setWindowTitle(QCoreApplication.translate("MraMsc", "New national round"))
        self.labels["title"].setText(QCoreApplication.translate("MraMsc", "&Title"))
        self.labels["from"].setText(QCoreApplication.translate("MraMsc", "Meetings &from"))
        self.labels["to"].setText(QCoreApplication.translate("MraMsc", "Meetings &to"))
        self.labels["domain"].setText(QCoreApplication.translate("MraMsc", "&Domains"))
        self.domain_combo.clear()
        self.domain_combo.addItem(
            QCoreApplication.translate("MraMsc", "One choice per sector"), "sector"
        )
        self.domain_combo.addItem(
            QCoreApplication.translate("MraMsc", "One choice per category of change"), "category"
        )
        self.buttons.button(QDialogButtonBox.StandardButton.Ok).setText(
            QCoreApplication.translate("MraMsc", "&Create")
        )
        self.buttons.button(QDialogButtonBox.StandardButton.Cancel).setText(
            QCoreApplication.translate("MraMsc", "Cancel")
        )

    def accept(self) -> None:
        try:
            self.created = create_round(
                self.db,
                self.title_edit.text(),
                created_by=person_name(self.db),
                period_from=from_qdate(self.date_from.date()),
                period_to=from_qdate(self.date_to.date()),
                domain_axis=str(self.domain_combo.currentData()),
            )
        except MraError as error:
            self.error_label.setText(describe_error(error))
            self.error_label.show()
            return
        super().accept()


class NationalMscView(QWidget):
    """MRA ▸ National most significant change."""

    def __init__(self, db: Database, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("NationalMscView")
        self.db = db
        self.round: RoundView | None = None
        self.pool: dict[str, list[Candidate]] = {}
        self.chosen: dict[str, ChoiceView] = {}
        self.domain: str | None = None

        self.heading = heading()
        self.round_label = QLabel()
        self.round_combo = QComboBox()
        self.round_combo.setObjectName("RoundCombo")
        self.round_combo.setSizeAdjustPolicy(
            QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon
        )
        self.round_combo.setMinimumContentsLength(40)
        self.round_label.setBuddy(self.round_combo)
        self.period_label = QLabel()
        self.new_round_button = QPushButton()
        self.all_states_check = QCheckBox()
        self.intro_label = QLabel()
        self.intro_label.setWordWrap(True)

        self.domain_list = QListWidget()
        self.domain_list.setObjectName("DomainList")
        self.domain_list.setWordWrap(True)
        self.domain_list.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.domain_list.setSpacing(2)
        self.model = CandidatesModel(self)
        self.table = read_only_table("CandidateTable")
        self.table.setModel(self.model)
        header = self.table.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
        header.setSectionResizeMode(COLUMNS.index("title"), QHeaderView.ResizeMode.Stretch)
        self.table.setColumnWidth(0, 28)
        self.table.setColumnWidth(COLUMNS.index("partner"), 130)
        self.table.setColumnWidth(COLUMNS.index("date"), 90)
        self.detail = QTextBrowser()
        self.detail.setObjectName("CandidateText")

        self.choice_box = QGroupBox()
        self.choice_state = QLabel()
        self.choice_state.setObjectName("ChoiceState")
        self.choice_state.setWordWrap(True)
        self.reason_label = QLabel()
        self.reason_edit = PlainTextEdit()
        self.reason_edit.setObjectName("ChoiceReason")
        self.reason_edit.setTabChangesFocus(True)
        self.reason_label.setBuddy(self.reason_edit)
        self.dissent_label = QLabel()
        self.dissent_edit = PlainTextEdit()
        self.dissent_edit.setObjectName("ChoiceDissent")
        self.dissent_edit.setTabChangesFocus(True)
        self.dissent_edit.setMaximumHeight(70)
        self.dissent_label.setBuddy(self.dissent_edit)
        self.name_label = QLabel()
        self.name_edit = LineEdit()
        self.name_label.setBuddy(self.name_edit)
        self.choose_button = QPushButton()
        self.choose_button.setObjectName("ChooseButton")
        self.error_label = QLabel()
        self.error_label.setObjectName("ChoiceError")
        self.error_label.setStyleSheet(ERROR_STYLE)
        self.error_label.setWordWrap(True)
        self.error_label.hide()
        name_row = QHBoxLayout()
        name_row.addWidget(self.name_label)
        name_row.addWidget(self.name_edit, 1)
        name_row.addWidget(self.choose_button)
        box = QVBoxLayout(self.choice_box)
        box.addWidget(self.choice_state)
        box.addWidget(self.reason_label)
        box.addWidget(self.reason_edit, 1)
        box.addWidget(self.dissent_label)
        box.addWidget(self.dissent_edit)
        box.addLayout(name_row)
        box.addWidget(self.error_label)
        self.reason_saver = TextSaver(self.reason_edit, self._save_edit, self._show_error, self)
        self.dissent_saver = TextSaver(self.dissent_edit, self._save_edit, self._show_error, self)

        middle = QWidget()
        middle_layout = QVBoxLayout(middle)
        middle_layout.setContentsMargins(0, 0, 0, 0)
        middle_layout.addWidget(self.table, 1)
        middle_layout.addWidget(self.detail, 2)
        self.splitter = QSplitter(Qt.Orientation.Horizontal)
        self.splitter.addWidget(self.domain_list)
        self.splitter.addWidget(middle)
        self.splitter.addWidget(self.choice_box)
        self.splitter.setSizes([220, 560, 540])
        top = QHBoxLayout()
        top.addWidget(self.heading)
        top.addStretch(1)
        controls = QHBoxLayout()
        controls.addWidget(self.round_label)
        controls.addWidget(self.round_combo, 2)
        controls.addWidget(self.new_round_button)
        controls.addWidget(self.period_label)
        controls.addStretch(1)
        controls.addWidget(self.all_states_check)
        layout = QVBoxLayout(self)
        layout.addLayout(top)
        layout.addLayout(controls)
        layout.addWidget(self.intro_label)
        layout.addWidget(self.splitter, 1)

        self.round_combo.currentIndexChanged.connect(lambda _i: self._round_changed())
        self.all_states_check.toggled.connect(lambda _c: self.refresh())
        self.new_round_button.clicked.connect(self.new_round)
        self.domain_list.currentRowChanged.connect(lambda _r: self._domain_changed())
        self.table.selectionModel().currentRowChanged.connect(lambda _c, _p: self._show_candidate())
        self.choose_button.clicked.connect(self.choose_selected)
        self.setTabOrder(self.round_combo, self.new_round_button)
        self.setTabOrder(self.new_round_button, self.all_states_check)
        self.setTabOrder(self.all_states_check, self.domain_list)
        self.setTabOrder(self.domain_list, self.table)
        self.setTabOrder(self.table, self.reason_edit)
        self.setTabOrder(self.reason_edit, self.dissent_edit)
        self.setTabOrder(self.dissent_edit, self.name_edit)
        self.setTabOrder(self.name_edit, self.choose_button)
        self.retranslate()
        self.refresh()

    # -- words -------------------------------------------------------------------------
    def retranslate(self) -> None:
        self.heading.setText(
            QCoreApplication.translate("MraMsc", "National most significant change")
        )
        self.round_label.setText(QCoreApplication.translate("MraMsc", "&Round"))
        self.new_round_button.setText(QCoreApplication.translate("MraMsc", "&New round…"))
        self.all_states_check.setText(
            QCoreApplication.translate("MraMsc", "Include every review &state")
        )
        self.intro_label.setText(
            QCoreApplication.translate(
                "MraMsc",
                "Each meeting chose its most significant change. Per domain, the panel now "
                "chooses one of them and says why in full sentences; a member who disagrees "
                "can be recorded.",
            )
        )
        self.domain_list.setAccessibleName(QCoreApplication.translate("MraMsc", "Domains"))
        self.table.setAccessibleName(
            QCoreApplication.translate("MraMsc", "Changes the meetings chose")
        )
        self.detail.setAccessibleName(QCoreApplication.translate("MraMsc", "The change"))
        self.choice_box.setTitle(QCoreApplication.translate("MraMsc", "The panel's choice"))
        self.reason_label.setText(
            QCoreApplication.translate("MraMsc", "&Why this change (in full sentences)")
        )
        self.reason_edit.setAccessibleName(
            QCoreApplication.translate("MraMsc", "Why the panel chose this change")
        )
        self.dissent_label.setText(QCoreApplication.translate("MraMsc", "D&issent (if any)"))
        self.dissent_edit.setAccessibleName(
            QCoreApplication.translate("MraMsc", "Dissent of panel members")
        )
        self.name_label.setText(QCoreApplication.translate("MraMsc", "Chosen &by"))
        self.name_edit.setAccessibleName(QCoreApplication.translate("MraMsc", "Who chose"))
        self.choose_button.setText(QCoreApplication.translate("MraMsc", "Ch&oose this change"))
        self._fill_domains()
        self._show_candidate()

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
        super().changeEvent(event)

    # -- loading -----------------------------------------------------------------------
    def refresh(self) -> None:
        self.flush()
        current = self.round_combo.currentData()
        rounds = list_rounds(self.db)
        self.round_combo.blockSignals(True)
        self.round_combo.clear()
        for found in rounds:
            self.round_combo.addItem(found.title, found.id)
        index = self.round_combo.findData(current) if current else 0
        self.round_combo.setCurrentIndex(max(index, 0))
        self.round_combo.blockSignals(False)
        self._round_changed()

    def _round_changed(self) -> None:
        self.flush()
        round_id = self.round_combo.currentData()
        self.round = next((r for r in list_rounds(self.db) if r.id == round_id), None)
        if self.round is None:
            self.pool, self.chosen = {}, {}
            self.period_label.setText(
                QCoreApplication.translate(
                    "MraMsc", "No round yet: create one for the period of your report."
                )
            )
        else:
            self.pool = candidates(
                self.db, self.round.id, all_states=self.all_states_check.isChecked()
            )
            self.chosen = choices(self.db, self.round.id)
            self.period_label.setText(self._period(self.round))
        self._fill_domains()

    @staticmethod
    def _period(found: RoundView) -> str:
        start = format_date(found.period_from) or "…"
        end = format_date(found.period_to) or "…"
        return fill(QCoreApplication.translate("MraMsc", "Meetings from %1 to %2"), start, end)

    def _fill_domains(self) -> None:
        axis = self.round.domain_axis if self.round else "sector"
        keys = domain_keys(axis)
        keys += [k for k in self.pool if k not in keys]
        current = self.domain
        self.domain_list.blockSignals(True)
        self.domain_list.clear()
        for key in keys:
            count = len(self.pool.get(key, []))
            if key in self.chosen:
                state = "✓ " + QCoreApplication.translate("MraMsc", "chosen")
            elif count:
                state = fill(QCoreApplication.translate("MraMsc", "%1 candidates"), ltr(count))
            else:
                state = QCoreApplication.translate("MraMsc", "no candidate")
            item = QListWidgetItem(f"{domain_word(axis, key)}\n{state}")
            item.setData(Qt.ItemDataRole.UserRole, key)
            if key in self.chosen:
                font = item.font()
                font.setBold(True)
                item.setFont(font)
            self.domain_list.addItem(item)
        self.domain_list.blockSignals(False)
        row = next(
            (
                i
                for i in range(self.domain_list.count())
                if self.domain_list.item(i).data(Qt.ItemDataRole.UserRole) == current
            ),
            0,
        )
        if self.domain_list.count():
            self.domain_list.setCurrentRow(row)
        self._domain_changed()

    def _domain_changed(self) -> None:
        self.flush()
        item = self.domain_list.currentItem()
        self.domain = item.data(Qt.ItemDataRole.UserRole) if item else None
        found = self.pool.get(self.domain or "", [])
        choice = self.chosen.get(self.domain or "")
        self.model.set_candidates(found, choice.change.id if choice else None)
        if found:
            row = next(
                (i for i, c in enumerate(found) if choice and c.change.id == choice.change.id), 0
            )
            select_row(self.table, row, COLUMNS.index("title"))
        self._show_choice()
        self._show_candidate()

    def current_candidate(self) -> Candidate | None:
        index = self.table.currentIndex()
        if not index.isValid() or index.row() >= len(self.model.candidates):
            return None
        return self.model.candidates[index.row()]

    def _show_candidate(self) -> None:
        found = self.current_candidate()
        self.detail.setHtml(change_html(self.db, found.change.id) if found else "")
        choice = self.chosen.get(self.domain or "")
        same = bool(found and choice and choice.change.id == found.change.id)
        self.choose_button.setEnabled(found is not None and not same)

    def _show_choice(self) -> None:
        choice = self.chosen.get(self.domain or "")
        self.error_label.hide()
        if choice is None:
            self.choice_state.setText(
                QCoreApplication.translate("MraMsc", "Not chosen yet in this domain.")
                if self.pool.get(self.domain or "")
                else QCoreApplication.translate(
                    "MraMsc", "No meeting of this period chose a change in this domain."
                )
            )
            self.reason_saver.load("")
            self.dissent_saver.load("")
            self.name_edit.setText(person_name(self.db))
            return
        self.choice_state.setText(
            "<b>{}</b><br>{}".format(
                escape(choice.change.title),
                escape(
                    fill(
                        QCoreApplication.translate("MraMsc", "Chosen by %1 on %2"),
                        choice.chosen_by,
                        format_date(choice.chosen_at.date(), long=True),
                    )
                ),
            )
        )
        self.reason_saver.load(choice.reason)
        self.dissent_saver.load(choice.dissent)
        self.name_edit.setText(choice.chosen_by)

    # -- choosing ----------------------------------------------------------------------
    def _show_error(self, error: Exception) -> None:
        text = error_sentence(error)
        self.error_label.setText(text)
        self.error_label.show()

    def choose_selected(self) -> bool:
        found = self.current_candidate()
        if found is None or self.round is None or self.domain is None:
            return False
        self.reason_saver.timer.stop()
        self.dissent_saver.timer.stop()
        try:
            made = choose(
                self.db,
                self.round.id,
                self.domain,
                found.change.id,
                reason=self.reason_edit.toPlainText(),
                dissent=self.dissent_edit.toPlainText(),
                chosen_by=self.name_edit.text(),
            )
        except MraError as error:
            self._show_error(error)
            if error.code.startswith("msc_reason"):
                self.reason_edit.setFocus(Qt.FocusReason.OtherFocusReason)
            return False
        self.chosen[self.domain] = made
        self.reason_saver.load(made.reason)
        self.dissent_saver.load(made.dissent)
        self._fill_domains()
        return True

    def _save_edit(self, _text: str) -> None:
        """A chosen domain's reason or dissent, edited: saved when the reason still reads
        as full sentences."""
        choice = self.chosen.get(self.domain or "")
        if choice is None or self.round is None or self.domain is None:
            return  # nothing chosen yet: the text waits for "Choose this change"
        reason = self.reason_edit.toPlainText()
        problem = reason_problem(reason)
        if problem is not None:
            raise problem
        self.chosen[self.domain] = choose(
            self.db,
            self.round.id,
            self.domain,
            choice.change.id,
            reason=reason,
            dissent=self.dissent_edit.toPlainText(),
            chosen_by=self.name_edit.text() or choice.chosen_by,
        )
        self.error_label.hide()

    def new_round(self) -> NewRoundDialog:
        dialog = NewRoundDialog(self.db, self)
        dialog.accepted.connect(lambda: self._round_created(dialog.created))
        dialog.open()
        return dialog

    def _round_created(self, round_id: str | None) -> None:
        self.refresh()
        index = self.round_combo.findData(round_id)
        if index >= 0:
            self.round_combo.setCurrentIndex(index)

    def flush(self) -> bool:
        return self.reason_saver.flush() and self.dissent_saver.flush()

    def showEvent(self, event: Any) -> None:
        self.refresh()
        super().showEvent(event)

    def hideEvent(self, event: Any) -> None:
        self.flush()
        super().hideEvent(event)
