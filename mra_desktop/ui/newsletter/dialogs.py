"""The newsletter's two small dialogs: Newsletter ▸ New issue…, and Add a change… (the
changes of the issue's period that the partner allows to be quoted)."""

from __future__ import annotations

import datetime as dt

from PySide6.QtCore import QCoreApplication, QDate, QEvent, Qt
from PySide6.QtWidgets import (
    QComboBox,
    QDateEdit,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QListWidget,
    QListWidgetItem,
    QVBoxLayout,
    QWidget,
)

from mra_desktop.core.database import Database
from mra_desktop.core.errors import MraError
from mra_desktop.core.newsletter import issues
from mra_desktop.ui.i18n import LANGUAGE_NAMES, format_date, from_qdate, to_qdate, word
from mra_desktop.ui.messages import ERROR_STYLE
from mra_desktop.ui.mra.widgets import person_name
from mra_desktop.ui.newsletter.words import describe_newsletter_error
from mra_desktop.ui.text_direction import LineEdit, PlainTextEdit


def default_period(db: Database, today: dt.date | None = None) -> tuple[dt.date, dt.date]:
    """The day after the newest published issue's period (else six months back) to today."""
    today = today or dt.date.today()
    ends = [i.period_to for i in issues.list_issues(db) if i.status == "published"]
    start = max(ends) + dt.timedelta(days=1) if ends else today - dt.timedelta(days=182)
    return min(start, today), today


class IssueFields:
    """The fields of an issue (language, period, title, editorial) and their labels, as
    the New issue dialog and the newsletter screen both show them."""

    def __init__(self) -> None:
        self.language_combo = QComboBox()
        for code in issues.LANGUAGES:
            self.language_combo.addItem(LANGUAGE_NAMES[code], code)
        self.date_from = QDateEdit()
        self.date_to = QDateEdit()
        for edit in (self.date_from, self.date_to):
            edit.setCalendarPopup(True)
            edit.setDisplayFormat("yyyy-MM-dd")
            edit.setMinimumDate(QDate(2000, 1, 1))
        self.to_label = QLabel()
        self.period = QHBoxLayout()
        self.period.setContentsMargins(0, 0, 0, 0)
        self.period.addWidget(self.date_from)
        self.period.addWidget(self.to_label)
        self.period.addWidget(self.date_to)
        self.period.addStretch(1)
        self.title_edit = LineEdit()
        self.title_edit.setMaxLength(issues.MAX_TITLE)
        self.editorial_edit = PlainTextEdit()
        self.editorial_edit.setTabChangesFocus(True)
        self.labels = {k: QLabel() for k in ("title", "language", "period", "editorial")}
        for key, widget in (
            ("title", self.title_edit),
            ("language", self.language_combo),
            ("period", self.date_from),
            ("editorial", self.editorial_edit),
        ):
            self.labels[key].setBuddy(widget)

    def add_to(self, form: QFormLayout, order: tuple[str, ...] = ()) -> None:
        rows = {
            "language": self.language_combo,
            "period": self.period,
            "title": self.title_edit,
            "editorial": self.editorial_edit,
        }
        for key in order or ("language", "period", "title", "editorial"):
            form.addRow(self.labels[key], rows[key])


class NewIssueDialog(QDialog):
    """Newsletter ▸ New issue…: language (Arabic first), period, title, editorial."""

    def __init__(self, db: Database, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("NewIssueDialog")
        self.db = db
        self.result_draft: issues.DraftResult | None = None
        self.fields = IssueFields()
        start, end = default_period(db)
        self.fields.date_from.setDate(to_qdate(start))
        self.fields.date_to.setDate(to_qdate(end))
        self.language_combo = self.fields.language_combo
        self.date_from, self.date_to = self.fields.date_from, self.fields.date_to
        self.title_edit, self.editorial_edit = self.fields.title_edit, self.fields.editorial_edit
        self.labels, self.to_label = self.fields.labels, self.fields.to_label
        form = QFormLayout()
        self.fields.add_to(form)
        self.explanation = QLabel()
        self.explanation.setWordWrap(True)
        self.error_label = QLabel()
        self.error_label.setObjectName("NewIssueError")
        self.error_label.setWordWrap(True)
        self.error_label.setStyleSheet(ERROR_STYLE)
        self.error_label.hide()
        self.buttons = QDialogButtonBox()
        self.create_button = self.buttons.addButton("", QDialogButtonBox.ButtonRole.AcceptRole)
        self.create_button.setDefault(True)
        self.cancel_button = self.buttons.addButton(QDialogButtonBox.StandardButton.Cancel)
        self.buttons.accepted.connect(self.accept)
        self.buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addWidget(self.explanation)
        layout.addWidget(self.error_label)
        layout.addWidget(self.buttons)
        self.language_combo.currentIndexChanged.connect(lambda _i: self._placeholder())
        self.date_from.dateChanged.connect(lambda _d: self._placeholder())
        self.date_to.dateChanged.connect(lambda _d: self._placeholder())
        self.retranslate()
        self.resize(max(620, self.sizeHint().width()), self.sizeHint().height())

    def retranslate(self) -> None:
        self.setWindowTitle(QCoreApplication.translate("NewIssueDialog", "New newsletter issue"))
        self.labels["language"].setText(QCoreApplication.translate("NewIssueDialog", "&Language"))
        self.labels["period"].setText(QCoreApplication.translate("NewIssueDialog", "&Period from"))
        self.to_label.setText(QCoreApplication.translate("NewIssueDialog", "to"))
        self.date_to.setAccessibleName(
            QCoreApplication.translate("NewIssueDialog", "Last day of the period")
        )
        self.labels["title"].setText(QCoreApplication.translate("NewIssueDialog", "&Title"))
        self.labels["editorial"].setText(QCoreApplication.translate("NewIssueDialog", "&Editorial"))
        self.explanation.setText(
            QCoreApplication.translate(
                "NewIssueDialog",
                "The draft starts with the period's figures, the national most significant "
                "changes and the exemplary changes of approved meetings — only those the "
                "partner allows to be quoted. You can then reorder, remove, add and edit them.",
            )
        )
        self.create_button.setText(QCoreApplication.translate("NewIssueDialog", "&Make the draft"))
        self.cancel_button.setText(QCoreApplication.translate("NewIssueDialog", "Cancel"))
        self._placeholder()

    def changeEvent(self, event: QEvent) -> None:  # noqa: N802
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
        super().changeEvent(event)

    def _period(self) -> tuple[dt.date | None, dt.date | None]:
        return from_qdate(self.date_from.date()), from_qdate(self.date_to.date())

    def _placeholder(self) -> None:
        start, end = self._period()
        if start and end:
            language = str(self.language_combo.currentData())
            self.title_edit.setPlaceholderText(issues.default_title(language, start, end))

    def accept(self) -> None:
        start, end = self._period()
        title = self.title_edit.text().strip() or None
        try:
            self.result_draft = issues.create_draft(
                self.db,
                language=str(self.language_combo.currentData()),
                period_from=start,
                period_to=end,
                title=title,
                editorial=self.editorial_edit.toPlainText(),
                created_by=person_name(self.db),
            )
        except MraError as exc:
            self.error_label.setText(describe_newsletter_error(exc))
            self.error_label.setToolTip(exc.message)
            self.error_label.show()
            return
        super().accept()


class AddChangeDialog(QDialog):
    """The changes of the issue's period that may still be added (the partner allows them
    to be quoted); the chosen ones go after the selected item."""

    def __init__(self, db: Database, issue_id: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("AddChangeDialog")
        self.db = db
        self.issue_id = issue_id
        self.heading = QLabel()
        self.heading.setWordWrap(True)
        self.changes = QListWidget()
        self.changes.setObjectName("AddChangeList")
        self.changes.setSelectionMode(QListWidget.SelectionMode.ExtendedSelection)
        self.changes.setWordWrap(True)
        for change, partner, date in issues.candidates(db, issue_id):
            item = QListWidgetItem()
            item.setData(Qt.ItemDataRole.UserRole, change.id)
            item.setData(Qt.ItemDataRole.UserRole + 1, (change.title, partner, date, change))
            self.changes.addItem(item)
        self.empty = QLabel()
        self.empty.setWordWrap(True)
        self.empty.setVisible(self.changes.count() == 0)
        self.buttons = QDialogButtonBox()
        self.add_button = self.buttons.addButton("", QDialogButtonBox.ButtonRole.AcceptRole)
        self.add_button.setDefault(True)
        self.cancel_button = self.buttons.addButton(QDialogButtonBox.StandardButton.Cancel)
        self.buttons.accepted.connect(self.accept)
        self.buttons.rejected.connect(self.reject)
        self.changes.itemDoubleClicked.connect(lambda _i: self.accept())
        layout = QVBoxLayout(self)
        layout.addWidget(self.heading)
        layout.addWidget(self.changes, 1)
        layout.addWidget(self.empty)
        layout.addWidget(self.buttons)
        self.retranslate()
        self.resize(680, 460)

    def retranslate(self) -> None:
        self.setWindowTitle(QCoreApplication.translate("AddChangeDialog", "Add a change"))
        self.heading.setText(
            QCoreApplication.translate(
                "AddChangeDialog",
                "Changes of the issue's period that their partner allows to be quoted:",
            )
        )
        self.empty.setText(
            QCoreApplication.translate(
                "AddChangeDialog",
                "Every change of the period that may be quoted is already in the issue.",
            )
        )
        anonymised = QCoreApplication.translate("AddChangeDialog", "anonymised")
        for row in range(self.changes.count()):
            item = self.changes.item(row)
            title, partner, date, change = item.data(Qt.ItemDataRole.UserRole + 1)
            details = " — ".join(
                part
                for part in (
                    word("sector", change.sector),
                    partner,
                    format_date(date),
                    anonymised if change.anonymise else "",
                )
                if part
            )
            item.setText(f"{title}\n{details}")
        self.add_button.setText(QCoreApplication.translate("AddChangeDialog", "&Add"))
        self.cancel_button.setText(QCoreApplication.translate("AddChangeDialog", "Cancel"))

    def changeEvent(self, event: QEvent) -> None:  # noqa: N802
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
        super().changeEvent(event)

    def chosen(self) -> list[str]:
        return [str(item.data(Qt.ItemDataRole.UserRole)) for item in self.changes.selectedItems()]
