"""The newsletter screen: issues, the selected issue's items, their editor, and a live
preview of what the e-mail shows.

Three zones that stay put (they mirror in Arabic): on the start side the issues and the
items of the selected one (reordered by dragging, Ctrl+Up / Ctrl+Down or the buttons);
in the middle the issue's title, language, period and editorial, or the selected item's
texts; on the end side the preview — the same HTML as the e-mail file, in a
``QTextBrowser``, each paragraph in its own direction — refreshed a moment after each
edit. Texts are saved as they are typed (about a second, and at once on leaving a field).
A published issue is shown read-only: the core refuses any change to it.
"""

from __future__ import annotations

from pathlib import Path
from typing import Any

from PySide6.QtCore import QCoreApplication, QEvent, QObject, Qt, QTimer, Signal
from PySide6.QtGui import QKeyEvent, QKeySequence, QShortcut
from PySide6.QtWidgets import (
    QAbstractItemView,
    QFileDialog,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QListWidget,
    QListWidgetItem,
    QMessageBox,
    QPushButton,
    QScrollArea,
    QSplitter,
    QTabWidget,
    QTextBrowser,
    QVBoxLayout,
    QWidget,
)

from mra_desktop.core.database import Database
from mra_desktop.core.errors import MraError
from mra_desktop.core.newsletter import issues
from mra_desktop.core.newsletter.content import issue_content
from mra_desktop.core.newsletter.html import content_html, export_issue_html
from mra_desktop.core.newsletter.records import NewsletterIssue, NewsletterItem
from mra_desktop.ui.background import BackgroundJob, run_in_background
from mra_desktop.ui.i18n import format_date, from_qdate, to_qdate, word
from mra_desktop.ui.jobs import documents_folder, error_sentence, safe_file_name, with_own_database
from mra_desktop.ui.look import heading
from mra_desktop.ui.messages import ERROR_STYLE
from mra_desktop.ui.mra.widgets import TextSaver, person_name
from mra_desktop.ui.newsletter.dialogs import AddChangeDialog, IssueFields, NewIssueDialog
from mra_desktop.ui.newsletter.words import (
    describe_newsletter_error,
    figures_label,
    issue_details,
    issue_label,
)
from mra_desktop.ui.sentences import fill, join_list
from mra_desktop.ui.text_direction import LineEdit, PlainTextEdit

PREVIEW_DELAY_MS = 250
# the item texts the editor shows, in the order the issue prints them
TEXTS = ("title", "lead", "before", "now", "decided", "results", "why", "place")
WARNING_STYLE = "color: #8a4b00;"


def _item_words() -> dict[str, str]:
    return {
        "title": QCoreApplication.translate("NewsletterView", "&Title"),
        "lead": QCoreApplication.translate("NewsletterView", "What changed (the opening)"),
        "before": QCoreApplication.translate("NewsletterView", "Before"),
        "now": QCoreApplication.translate("NewsletterView", "Now"),
        "decided": QCoreApplication.translate("NewsletterView", "Who decided"),
        "results": QCoreApplication.translate("NewsletterView", "Results and impact"),
        "why": QCoreApplication.translate("NewsletterView", "Why it matters"),
        "place": QCoreApplication.translate("NewsletterView", "Place"),
    }


class _ItemList(QListWidget):
    """The items of an issue; dragging one reorders the issue."""

    moved = Signal(str, int)  # item id, new position

    def __init__(self) -> None:
        super().__init__()
        self.setObjectName("NewsletterItems")
        self.setDragDropMode(QAbstractItemView.DragDropMode.InternalMove)
        self.setDefaultDropAction(Qt.DropAction.MoveAction)
        self.setWordWrap(True)

    def dropEvent(self, event: Any) -> None:  # noqa: N802
        dragged = self.currentItem()
        super().dropEvent(event)
        if dragged is not None:
            self.moved.emit(str(dragged.data(Qt.ItemDataRole.UserRole)), self.row(dragged))


class NewsletterView(QWidget):
    """Newsletter ▸ Issues."""

    # a short, non-modal sentence for the status bar
    status_message = Signal(str)

    def __init__(self, db: Database, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("NewsletterView")
        self.db = db
        self.issue: NewsletterIssue | None = None
        self.items: list[NewsletterItem] = []
        self.states: dict[str, issues.SourceState] = {}
        self.item_id: str | None = None
        self.job: BackgroundJob | None = None
        self.summaries: list[issues.IssueSummary] = []
        self.anchors: dict[str, str] = {}  # item id -> its anchor in the preview
        self._loading = False

        self.heading = heading(self)
        # -- issues and items -------------------------------------------------------------
        self.issues_label = QLabel()
        self.issue_list = QListWidget()
        self.issue_list.setObjectName("NewsletterIssues")
        self.issue_list.setWordWrap(True)
        self.issues_label.setBuddy(self.issue_list)
        self.new_button = QPushButton()
        self.delete_button = QPushButton()
        issue_buttons = QHBoxLayout()
        issue_buttons.addWidget(self.new_button)
        issue_buttons.addWidget(self.delete_button)
        issue_buttons.addStretch(1)
        self.items_label = QLabel()
        self.item_list = _ItemList()
        self.items_label.setBuddy(self.item_list)
        self.up_button = QPushButton()
        self.down_button = QPushButton()
        self.remove_button = QPushButton()
        self.add_button = QPushButton()
        self.figures_button = QPushButton()
        item_buttons = QHBoxLayout()
        for button in (self.up_button, self.down_button, self.remove_button):
            item_buttons.addWidget(button)
        item_buttons.addStretch(1)
        more_buttons = QHBoxLayout()
        more_buttons.addWidget(self.add_button)
        more_buttons.addWidget(self.figures_button)
        more_buttons.addStretch(1)
        lists = QWidget()
        left = QVBoxLayout(lists)
        left.setContentsMargins(0, 0, 0, 0)
        left.addWidget(self.issues_label)
        left.addWidget(self.issue_list, 2)
        left.addLayout(issue_buttons)
        left.addWidget(self.items_label)
        left.addWidget(self.item_list, 3)
        left.addLayout(item_buttons)
        left.addLayout(more_buttons)

        # -- the issue's fields -----------------------------------------------------------
        self.state_label = QLabel()
        self.state_label.setObjectName("NewsletterIssueState")
        self.state_label.setWordWrap(True)
        self.issue_fields = IssueFields()
        self.title_edit = self.issue_fields.title_edit
        self.title_edit.setObjectName("NewsletterTitle")
        self.language_combo = self.issue_fields.language_combo
        self.date_from, self.date_to = self.issue_fields.date_from, self.issue_fields.date_to
        self.to_label = self.issue_fields.to_label
        self.editorial_edit = self.issue_fields.editorial_edit
        self.editorial_edit.setObjectName("NewsletterEditorial")
        self.refresh_button = QPushButton()
        self.issue_labels = self.issue_fields.labels
        issue_page = QWidget()
        issue_form = QFormLayout(issue_page)
        issue_form.addRow(self.state_label)
        self.issue_fields.add_to(issue_form, ("title", "language", "period", "editorial"))
        issue_form.addRow("", self.refresh_button)

        # -- the selected item's texts ----------------------------------------------------
        self.source_label = QLabel()
        self.source_label.setObjectName("NewsletterItemSource")
        self.source_label.setWordWrap(True)
        self.note_label = QLabel()
        self.note_label.setObjectName("NewsletterItemNote")
        self.note_label.setWordWrap(True)
        self.fields: dict[str, LineEdit | PlainTextEdit] = {}
        self.field_labels: dict[str, QLabel] = {}
        item_page = QWidget()
        item_form = QVBoxLayout(item_page)
        item_form.addWidget(self.source_label)
        item_form.addWidget(self.note_label)
        for name in TEXTS:
            label = QLabel()
            editor: LineEdit | PlainTextEdit
            if name == "title":
                editor = LineEdit()
            else:
                editor = PlainTextEdit()
                editor.setTabChangesFocus(True)
                editor.setMinimumHeight(60 if name in ("place", "decided") else 90)
            editor.setObjectName(f"newsletter_item_{name}")
            label.setBuddy(editor)
            self.fields[name] = editor
            self.field_labels[name] = label
            item_form.addWidget(label)
            item_form.addWidget(editor)
        self.reload_button = QPushButton()
        item_form.addWidget(self.reload_button)
        item_form.addStretch(1)
        item_scroll = QScrollArea()
        item_scroll.setWidgetResizable(True)
        item_scroll.setWidget(item_page)
        item_scroll.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.tabs = QTabWidget()
        self.tabs.addTab(issue_page, "")
        self.tabs.addTab(item_scroll, "")

        # -- the preview and what is done with the issue ---------------------------------
        self.preview_label = QLabel()
        self.preview = QTextBrowser()
        self.preview.setObjectName("NewsletterPreview")
        self.preview.setOpenLinks(False)
        self.preview_label.setBuddy(self.preview)
        self.publish_button = QPushButton()
        self.html_button = QPushButton()
        self.pdf_button = QPushButton()
        actions = QHBoxLayout()
        for button in (self.publish_button, self.html_button, self.pdf_button):
            actions.addWidget(button)
        actions.addStretch(1)
        preview_box = QWidget()
        right = QVBoxLayout(preview_box)
        right.setContentsMargins(0, 0, 0, 0)
        right.addWidget(self.preview_label)
        right.addWidget(self.preview, 1)
        right.addLayout(actions)

        self.message_label = QLabel()
        self.message_label.setObjectName("NewsletterMessage")
        self.message_label.setWordWrap(True)
        self.message_label.hide()
        splitter = QSplitter()
        splitter.addWidget(lists)
        splitter.addWidget(self.tabs)
        splitter.addWidget(preview_box)
        splitter.setStretchFactor(0, 2)
        splitter.setStretchFactor(1, 3)
        splitter.setStretchFactor(2, 4)
        splitter.setChildrenCollapsible(False)
        layout = QVBoxLayout(self)
        layout.addWidget(self.heading)
        layout.addWidget(splitter, 1)
        layout.addWidget(self.message_label)

        # -- saving ------------------------------------------------------------------------
        self.savers: dict[str, TextSaver] = {
            "issue_title": TextSaver(self.title_edit, self._save_title, self._failed, self),
            "editorial": TextSaver(self.editorial_edit, self._save_editorial, self._failed, self),
        }
        for name, editor in self.fields.items():
            self.savers[name] = TextSaver(
                editor, lambda text, n=name: self._save_item_text(n, text), self._failed, self
            )
        self.preview_timer = QTimer(self)
        self.preview_timer.setSingleShot(True)
        self.preview_timer.setInterval(PREVIEW_DELAY_MS)
        self.preview_timer.timeout.connect(self.refresh_preview)

        self.issue_list.currentRowChanged.connect(lambda _r: self._issue_chosen())
        self.item_list.currentRowChanged.connect(lambda _r: self._item_chosen())
        self.item_list.moved.connect(self._dragged)
        self.new_button.clicked.connect(self.new_issue)
        self.delete_button.clicked.connect(self.delete_draft)
        self.up_button.clicked.connect(lambda: self.move_selected(-1))
        self.down_button.clicked.connect(lambda: self.move_selected(1))
        self.remove_button.clicked.connect(self.remove_selected)
        self.add_button.clicked.connect(self.add_changes)
        self.figures_button.clicked.connect(self.add_figures)
        self.reload_button.clicked.connect(self.reload_selected)
        self.refresh_button.clicked.connect(self.refresh_figures)
        self.language_combo.currentIndexChanged.connect(lambda _i: self._language_chosen())
        self.date_from.dateChanged.connect(lambda _d: self._period_changed())
        self.date_to.dateChanged.connect(lambda _d: self._period_changed())
        self.publish_button.clicked.connect(self.publish)
        self.html_button.clicked.connect(lambda: self.export("html"))
        self.pdf_button.clicked.connect(lambda: self.export("pdf"))
        for keys, step in (("Ctrl+Up", -1), ("Ctrl+Down", 1)):
            shortcut = QShortcut(QKeySequence(keys), self.item_list)
            shortcut.setContext(Qt.ShortcutContext.WidgetShortcut)
            shortcut.activated.connect(lambda s=step: self.move_selected(s))
        self.item_list.installEventFilter(self)
        self.retranslate()
        self.reload()

    # -- words -------------------------------------------------------------------------------
    def retranslate(self) -> None:
        self.heading.setText(QCoreApplication.translate("NewsletterView", "Newsletter"))
        self.issues_label.setText(QCoreApplication.translate("NewsletterView", "&Issues"))
        self.items_label.setText(
            QCoreApplication.translate("NewsletterView", "Ite&ms of the issue")
        )
        self.new_button.setText(QCoreApplication.translate("NewsletterView", "&New issue…"))
        self.delete_button.setText(
            QCoreApplication.translate("NewsletterView", "Delete the draft…")
        )
        self.up_button.setText(QCoreApplication.translate("NewsletterView", "Move up"))
        self.down_button.setText(QCoreApplication.translate("NewsletterView", "Move down"))
        self.up_button.setToolTip(
            QCoreApplication.translate("NewsletterView", "Move the item up (Ctrl+Up)")
        )
        self.down_button.setToolTip(
            QCoreApplication.translate("NewsletterView", "Move the item down (Ctrl+Down)")
        )
        self.remove_button.setText(QCoreApplication.translate("NewsletterView", "Remove"))
        self.remove_button.setToolTip(
            QCoreApplication.translate(
                "NewsletterView", "Take the item out of the issue (Del); the change stays as it is"
            )
        )
        self.add_button.setText(QCoreApplication.translate("NewsletterView", "&Add a change…"))
        self.figures_button.setText(QCoreApplication.translate("NewsletterView", "Add the figures"))
        self.issue_labels["title"].setText(
            QCoreApplication.translate("NewsletterView", "Title of the iss&ue")
        )
        self.issue_labels["language"].setText(
            QCoreApplication.translate("NewsletterView", "&Language")
        )
        self.issue_labels["period"].setText(
            QCoreApplication.translate("NewsletterView", "&Period from")
        )
        self.to_label.setText(QCoreApplication.translate("NewsletterView", "to"))
        self.date_to.setAccessibleName(
            QCoreApplication.translate("NewsletterView", "Last day of the period")
        )
        self.issue_labels["editorial"].setText(
            QCoreApplication.translate("NewsletterView", "&Editorial")
        )
        self.refresh_button.setText(
            QCoreApplication.translate("NewsletterView", "Count the figures again")
        )
        self.refresh_button.setToolTip(
            QCoreApplication.translate(
                "NewsletterView", "Meetings approved since the draft was made are counted too"
            )
        )
        self.tabs.setTabText(0, QCoreApplication.translate("NewsletterView", "Issue"))
        self.tabs.setTabText(1, QCoreApplication.translate("NewsletterView", "Item"))
        for name, text in _item_words().items():
            self.field_labels[name].setText(text)
        self.reload_button.setText(
            QCoreApplication.translate("NewsletterView", "Take the texts from the change again")
        )
        self.reload_button.setToolTip(
            QCoreApplication.translate(
                "NewsletterView", "Your edits of this item are replaced by the change's texts"
            )
        )
        self.preview_label.setText(
            QCoreApplication.translate("NewsletterView", "Pre&view (as the e-mail shows it)")
        )
        self.publish_button.setText(QCoreApplication.translate("NewsletterView", "Pu&blish…"))
        self.html_button.setText(
            QCoreApplication.translate("NewsletterView", "Save as &HTML (e-mail)…")
        )
        self.pdf_button.setText(QCoreApplication.translate("NewsletterView", "Save as P&DF…"))
        self._fill_issue_list()
        self._fill_item_list()
        self._show_issue_state()
        self._show_item_source()

    def changeEvent(self, event: QEvent) -> None:  # noqa: N802
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
        super().changeEvent(event)

    # -- reading ------------------------------------------------------------------------------
    def reload(self, issue_id: str | None = None, item_id: str | None = None) -> None:
        """Read the issues again and show ``issue_id`` (else the one shown, else the first)."""
        self.flush()
        wanted = issue_id or (self.issue.id if self.issue else None)
        self.summaries = issues.list_issues(self.db)
        self._fill_issue_list()
        ids = [s.id for s in self.summaries]
        row = ids.index(wanted) if wanted in ids else (0 if ids else -1)
        self.issue_list.blockSignals(True)
        self.issue_list.setCurrentRow(row)
        self.issue_list.blockSignals(False)
        self._load_issue(ids[row] if row >= 0 else None, item_id)

    def _fill_issue_list(self) -> None:
        current = self.issue_list.currentRow()
        self.issue_list.blockSignals(True)
        self.issue_list.clear()
        for summary in self.summaries:
            item = QListWidgetItem(
                issue_label(summary.number, summary.title)
                + "\n"
                + issue_details(summary.language, summary.period_from, summary.period_to)
            )
            item.setData(Qt.ItemDataRole.UserRole, summary.id)
            self.issue_list.addItem(item)
        self.issue_list.setCurrentRow(current)
        self.issue_list.blockSignals(False)

    def _load_issue(self, issue_id: str | None, item_id: str | None = None) -> None:
        self.issue = issues.find_issue(self.db, issue_id) if issue_id else None
        self.items = issues.issue_items(self.db, issue_id) if issue_id else []
        self.states = issues.source_states(self.db, issue_id) if issue_id else {}
        self._loading = True
        try:
            issue = self.issue
            self.savers["issue_title"].load(issue.title if issue else "")
            self.savers["editorial"].load(issue.editorial if issue else "")
            self.language_combo.setCurrentIndex(
                max(self.language_combo.findData(issue.language if issue else "ar"), 0)
            )
            self.date_from.setDate(to_qdate(issue.period_from if issue else None))
            self.date_to.setDate(to_qdate(issue.period_to if issue else None))
        finally:
            self._loading = False
        self._fill_item_list()
        ids = [i.id for i in self.items]
        self.item_list.blockSignals(True)
        self.item_list.setCurrentRow(ids.index(item_id) if item_id in ids else -1)
        self.item_list.blockSignals(False)
        self._show_item(item_id if item_id in ids else None)
        self._show_issue_state()
        self._enable()
        self.refresh_preview()

    def _item_text(self, number: int, item: NewsletterItem) -> str:
        if item.kind == "figures":
            return figures_label()
        marks = []
        state = self.states.get(item.id)
        if state is not None and not state.quotable:
            marks.append(QCoreApplication.translate("NewsletterView", "⚠ may no longer be quoted"))
        if state is not None and state.anonymise:
            marks.append(QCoreApplication.translate("NewsletterView", "anonymised"))
        if item.edited:
            marks.append(QCoreApplication.translate("NewsletterView", "edited"))
        if state is not None and state.newer:
            marks.append(QCoreApplication.translate("NewsletterView", "newer version"))
        text = f"{number}. {item.title}"
        return text + ("\n" + " · ".join(marks) if marks else "")

    def _fill_item_list(self) -> None:
        current = self.item_list.currentRow()
        self.item_list.blockSignals(True)
        self.item_list.clear()
        number = 0
        for item in self.items:
            if item.kind == "change":
                number += 1
            entry = QListWidgetItem(self._item_text(number, item))
            entry.setData(Qt.ItemDataRole.UserRole, item.id)
            self.item_list.addItem(entry)
        self.item_list.setCurrentRow(min(current, self.item_list.count() - 1))
        self.item_list.blockSignals(False)

    def frozen(self) -> bool:
        return self.issue is None or self.issue.status != "draft"

    def _enable(self) -> None:
        editable = not self.frozen()
        item = self.selected_item()
        for widget in (self.title_edit, self.editorial_edit):
            widget.setReadOnly(not editable)
        for widget in (self.language_combo, self.date_from, self.date_to, self.refresh_button):
            widget.setEnabled(editable)
        self.delete_button.setEnabled(editable)
        self.publish_button.setEnabled(editable)
        self.html_button.setEnabled(self.issue is not None)
        self.pdf_button.setEnabled(self.issue is not None)
        self.add_button.setEnabled(editable)
        self.figures_button.setEnabled(
            editable and not any(i.kind == "figures" for i in self.items)
        )
        self.item_list.setDragEnabled(editable)
        for button in (self.up_button, self.down_button, self.remove_button):
            button.setEnabled(editable and item is not None)
        is_change = item is not None and item.kind == "change"
        state = self.states.get(item.id) if item is not None else None
        anonymised = state is not None and state.anonymise
        for name, editor in self.fields.items():
            locked = not editable or not is_change or (name == "place" and anonymised)
            editor.setReadOnly(locked)
        self.reload_button.setEnabled(editable and is_change)

    def _show_issue_state(self) -> None:
        issue = self.issue
        if issue is None:
            self.state_label.setText(
                QCoreApplication.translate(
                    "NewsletterView", "No issue yet: Newsletter ▸ New issue… makes a draft."
                )
            )
            return
        if issue.status == "published" and issue.number is not None:
            text = (
                fill(QCoreApplication.translate(
                    "NewsletterView",
                    "Issue %1, published on %2 by %3. A published issue cannot be changed; "
                    "it can be saved again as HTML or PDF.",
                ),
                issue.number,
                format_date(issue.published_at.date() if issue.published_at else None),
                issue.published_by or "—",
                )
            )
        else:
            text = (
                fill(
                    QCoreApplication.translate("NewsletterView", "Draft made on %1 by %2."),
                    format_date(issue.created_at.date()),
                    issue.created_by or "—",
                )
            )
        self.state_label.setText(text)

    def selected_item(self) -> NewsletterItem | None:
        entry = self.item_list.currentItem()
        if entry is None:
            return None
        wanted = entry.data(Qt.ItemDataRole.UserRole)
        return next((i for i in self.items if i.id == wanted), None)

    def _issue_chosen(self) -> None:
        entry = self.issue_list.currentItem()
        self.flush()
        self.message_label.hide()
        self._load_issue(str(entry.data(Qt.ItemDataRole.UserRole)) if entry else None)
        self.tabs.setCurrentIndex(0)

    def _item_chosen(self) -> None:
        self.flush()
        item = self.selected_item()
        self._show_item(item.id if item else None)
        self._enable()
        if item is not None and item.kind == "change":
            self.tabs.setCurrentIndex(1)
        if item is not None and item.id in self.anchors:
            self.preview.scrollToAnchor(self.anchors[item.id])

    def _show_item(self, item_id: str | None) -> None:
        self.item_id = item_id
        item = next((i for i in self.items if i.id == item_id), None)
        self._loading = True
        try:
            for name in TEXTS:
                value = getattr(item, name) if item is not None and item.kind == "change" else ""
                self.savers[name].load(value or "")
        finally:
            self._loading = False
        self._show_item_source()

    def _show_item_source(self) -> None:
        item = next((i for i in self.items if i.id == self.item_id), None)
        if item is None or item.kind != "change":
            if item is None:
                text = QCoreApplication.translate(
                    "NewsletterView", "Choose an item of the issue to edit its texts."
                )
            else:
                text = QCoreApplication.translate(
                    "NewsletterView",
                    "The figures are counted from the approved meetings of the period.",
                )
            self.source_label.setText(text)
            self.note_label.hide()
            return
        why = {
            "msc": QCoreApplication.translate("NewsletterView", "national most significant change"),
            "exemplary": QCoreApplication.translate("NewsletterView", "exemplary change"),
        }.get(item.highlight, "")
        source = (
            fill(QCoreApplication.translate(
                "NewsletterView", "From a change recorded by %1 at the meeting of %2 — %3."
            ),
                item.partner,
                format_date(item.meeting_date),
                join_list(p for p in (word("sector", item.sector), why) if p),
            )
        )
        if item.edited:
            source += " " + QCoreApplication.translate(
                "NewsletterView", "Edited for the newsletter; the change itself is unchanged."
            )
        self.source_label.setText(source)
        notes: list[str] = []
        style = WARNING_STYLE
        state = self.states.get(item.id)
        if state is not None and not state.quotable:
            style = ERROR_STYLE
            notes.append(
                QCoreApplication.translate(
                    "NewsletterView",
                    "The partner no longer allows this change to be quoted: it is left out of "
                    "what is printed. Remove it before publishing.",
                )
            )
        if state is not None and state.anonymise:
            notes.append(
                QCoreApplication.translate(
                    "NewsletterView",
                    "Anonymised at the partner's request: the names of the meeting's people "
                    "are replaced and the place follows the change's level. Read the texts for "
                    "any other name before publishing.",
                )
            )
        if state is not None and state.newer:
            notes.append(
                QCoreApplication.translate(
                    "NewsletterView",
                    "The partner has sent a newer version of this change since its texts were "
                    "taken.",
                )
            )
        self.note_label.setText("\n".join(notes))
        self.note_label.setStyleSheet(style)
        self.note_label.setVisible(bool(notes))

    # -- writing ------------------------------------------------------------------------------
    def _failed(self, error: Exception) -> None:
        if isinstance(error, MraError):
            self.show_error(describe_newsletter_error(error), error.message)
        else:
            self.show_error(error_sentence(error))

    def show_error(self, text: str, details: str = "") -> None:
        self.message_label.setText(text)
        self.message_label.setToolTip(details)
        self.message_label.setStyleSheet(ERROR_STYLE)
        self.message_label.show()

    def show_note(self, text: str) -> None:
        self.message_label.setText(text)
        self.message_label.setToolTip("")
        self.message_label.setStyleSheet("")
        self.message_label.show()

    def _write(self, func: Any, *args: Any, **kwargs: Any) -> Any:
        """One write of the core; a refusal is shown in place and changes nothing."""
        try:
            result = func(*args, **kwargs)
        except MraError as exc:
            self._failed(exc)
            return None
        self.message_label.hide()
        return True if result is None else result

    def _after_text_saved(self) -> None:
        self.message_label.hide()
        self.preview_timer.start()

    def _save_title(self, text: str) -> None:
        if self._loading or self.frozen() or self.issue is None:
            return
        issues.update_issue(self.db, self.issue.id, title=text)
        self.issue.title = " ".join(text.split())
        for summary_row in range(self.issue_list.count()):
            entry = self.issue_list.item(summary_row)
            if entry.data(Qt.ItemDataRole.UserRole) == self.issue.id:
                entry.setText(
                    issue_label(self.issue.number, self.issue.title)
                    + "\n"
                    + issue_details(
                        self.issue.language, self.issue.period_from, self.issue.period_to
                    )
                )
        self._after_text_saved()

    def _save_editorial(self, text: str) -> None:
        if self._loading or self.frozen() or self.issue is None:
            return
        issues.update_issue(self.db, self.issue.id, editorial=text)
        self._after_text_saved()

    def _save_item_text(self, name: str, text: str) -> None:
        item = next((i for i in self.items if i.id == self.item_id), None)
        if self._loading or self.frozen() or item is None or item.kind != "change":
            return
        if issues.edit_item(self.db, item.id, **{name: text}):
            setattr(item, name, text.strip())
            item.edited = True
            row = self.items.index(item)
            entry = self.item_list.item(row)
            if entry is not None:
                number = sum(1 for i in self.items[: row + 1] if i.kind == "change")
                entry.setText(self._item_text(number, item))
            self._show_item_source()
        self._after_text_saved()

    def _language_chosen(self) -> None:
        if self._loading or self.frozen() or self.issue is None:
            return
        language = str(self.language_combo.currentData())
        if self._write(issues.update_issue, self.db, self.issue.id, language=language):
            self.reload()

    def _period_changed(self) -> None:
        if self._loading or self.frozen() or self.issue is None:
            return
        start, end = from_qdate(self.date_from.date()), from_qdate(self.date_to.date())
        if self._write(
            issues.update_issue, self.db, self.issue.id, period_from=start, period_to=end
        ):
            self._load_issue(self.issue.id, self.item_id)

    def refresh_figures(self) -> None:
        if self.issue is not None and self._write(issues.refresh_figures, self.db, self.issue.id):
            self.refresh_preview()

    def move_selected(self, step: int) -> None:
        item = self.selected_item()
        if item is None or self.frozen():
            return
        position = self.items.index(item) + step
        if 0 <= position < len(self.items) and self._write(
            issues.move_item, self.db, item.id, position
        ):
            self._load_issue(self.issue.id if self.issue else None, item.id)
            self.item_list.setFocus()

    def _dragged(self, item_id: str, position: int) -> None:
        if self.frozen():
            return
        self._write(issues.move_item, self.db, item_id, position)
        self._load_issue(self.issue.id if self.issue else None, item_id)

    def remove_selected(self) -> None:
        item = self.selected_item()
        if item is None or self.frozen() or self.issue is None:
            return
        row = self.items.index(item)
        if self._write(issues.remove_item, self.db, item.id):
            following = self.items[row + 1] if row + 1 < len(self.items) else None
            previous = self.items[row - 1] if row > 0 else None
            keep = following or previous
            self._load_issue(self.issue.id, keep.id if keep else None)
            self.status_message.emit(
                QCoreApplication.translate(
                    "NewsletterView",
                    "Item removed from the issue; Add a change… puts it back.",
                )
            )

    def add_changes(self) -> AddChangeDialog | None:
        if self.frozen() or self.issue is None:
            return None
        self.flush()
        dialog = AddChangeDialog(self.db, self.issue.id, self)
        dialog.accepted.connect(lambda: self._add_chosen(dialog.chosen()))
        dialog.open()
        return dialog

    def _add_chosen(self, change_ids: list[str]) -> None:
        if self.issue is None:
            return
        selected = self.selected_item()
        position = self.items.index(selected) + 1 if selected is not None else len(self.items)
        last = None
        for offset, change_id in enumerate(change_ids):
            last = self._write(
                issues.add_change, self.db, self.issue.id, change_id, position=position + offset
            )
        self._load_issue(self.issue.id, last if isinstance(last, str) else None)

    def add_figures(self) -> None:
        if self.issue is not None and not self.frozen():
            added = self._write(issues.add_figures, self.db, self.issue.id)
            self._load_issue(self.issue.id, added if isinstance(added, str) else None)

    def reload_selected(self) -> None:
        item = self.selected_item()
        if item is None or self.frozen() or self.issue is None:
            return
        if self._write(issues.reload_item, self.db, item.id):
            self._load_issue(self.issue.id, item.id)

    def new_issue(self) -> NewIssueDialog:
        self.flush()
        dialog = NewIssueDialog(self.db, self)
        dialog.accepted.connect(lambda: self._made(dialog))
        dialog.open()
        return dialog

    def _made(self, dialog: NewIssueDialog) -> None:
        made = dialog.result_draft
        if made is None:
            return
        self.reload(made.issue_id)
        if made.withheld:
            self.show_note(
                fill(QCoreApplication.translate(
                    "NewsletterView",
                    "Chosen changes left out because their partner has not agreed that they "
                    "may be quoted: %1.",
                ), len(made.withheld))
            )
        self.status_message.emit(QCoreApplication.translate("NewsletterView", "Draft made."))

    def delete_draft(self) -> None:
        if self.issue is None or self.frozen():
            return
        answer = QMessageBox.question(
            self,
            QCoreApplication.translate("NewsletterView", "Delete the draft"),
            fill(QCoreApplication.translate(
                "NewsletterView",
                "Delete the draft “%1” and its items? The partners' changes stay as they are.",
            ), self.issue.title),
        )
        if answer == QMessageBox.StandardButton.Yes and self._write(
            issues.delete_draft, self.db, self.issue.id
        ):
            self.issue = None
            self.reload()

    def publish(self) -> None:
        if self.issue is None or self.frozen():
            return
        self.flush()
        number = 1 + max((s.number or 0 for s in issues.list_issues(self.db)), default=0)
        answer = QMessageBox.question(
            self,
            QCoreApplication.translate("NewsletterView", "Publish the issue"),
            fill(QCoreApplication.translate(
                "NewsletterView",
                "Publish “%1” as issue %2, dated today? A published issue can no longer be "
                "changed.",
            ), self.issue.title, number),
        )
        if answer != QMessageBox.StandardButton.Yes:
            return
        published = self._write(
            issues.publish, self.db, self.issue.id, by=person_name(self.db)
        )
        if published:
            self.reload(self.issue.id)
            self.status_message.emit(
                fill(QCoreApplication.translate("NewsletterView", "Issue %1 published."), published)
            )

    def export(self, kind: str, path: Path | None = None) -> BackgroundJob | None:
        """Save the issue as e-mail HTML or as a PDF (off the UI thread)."""
        if self.issue is None or self.job is not None:
            return None
        self.flush()
        if path is None:
            number = str(self.issue.number) if self.issue.number else "draft"
            name = safe_file_name(f"newsletter-{number}-{self.issue.language}.{kind}")
            chosen, _filter = QFileDialog.getSaveFileName(
                self,
                QCoreApplication.translate("NewsletterView", "Save the issue as"),
                str(documents_folder() / name),
                QCoreApplication.translate("NewsletterView", "E-mail pages (*.html)")
                if kind == "html"
                else QCoreApplication.translate("NewsletterView", "PDF documents (*.pdf)"),
            )
            if not chosen:
                return None
            path = Path(chosen)
        if path.suffix.lower() != f".{kind}":
            path = path.with_name(path.name + f".{kind}")
        db_path, issue_id = self.db.location, self.issue.id
        from mra_desktop.core.newsletter.pdf import export_issue_pdf  # loads reportlab

        writer = export_issue_html if kind == "html" else export_issue_pdf

        def work(_progress: Any) -> Any:
            return with_own_database(db_path, lambda db: writer(db, issue_id, path))

        label = QCoreApplication.translate("NewsletterView", "Writing the issue…")
        self.job = run_in_background(
            self, work, self._exported, self._export_failed, progress_title=label
        )
        if self.job.is_finished():
            self.job = None
        return self.job

    def _exported(self, result: Any) -> None:
        self.job = None
        content = getattr(result, "content", result)
        path = getattr(result, "path", None)
        text = fill(QCoreApplication.translate("NewsletterView", "Issue saved: %1"), path or "")
        if content.withheld:
            text += " " + fill(QCoreApplication.translate(
                "NewsletterView",
                "Items left out because their partner no longer allows them to be quoted: %1.",
            ), len(content.withheld))
        self.show_note(text)
        self.status_message.emit(text)

    def _export_failed(self, error: BaseException) -> None:
        self.job = None
        self.show_error(error_sentence(error), error.message if isinstance(error, MraError) else "")

    # -- preview ------------------------------------------------------------------------------
    def refresh_preview(self) -> None:
        self.preview_timer.stop()
        if self.issue is None:
            self.preview.clear()
            self.anchors = {}
            return
        bar = self.preview.verticalScrollBar()
        at = bar.value()
        try:
            content = issue_content(self.db, self.issue.id)
        except MraError as exc:
            self._failed(exc)
            return
        # each printed item is the cell id="item-N" (N counts the items printed)
        self.anchors = {b.item_id: f"item-{n}" for n, b in enumerate(content.blocks, start=1)}
        self.preview.setHtml(content_html(content, preview=True))
        bar.setValue(at)

    # -- housekeeping -------------------------------------------------------------------------
    def flush(self) -> bool:
        """Store what was typed and not saved yet (leaving the screen, closing)."""
        if not hasattr(self, "savers"):
            return True
        return all([saver.flush() for saver in self.savers.values()])

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:  # noqa: N802
        if (
            watched is self.item_list
            and event.type() == QEvent.Type.KeyPress
            and isinstance(event, QKeyEvent)
            and event.key() == Qt.Key.Key_Delete
            and not event.modifiers()
        ):
            self.remove_selected()
            return True
        return False
