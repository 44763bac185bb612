"""The previous meeting's action plan, at its follow-up: what became of each item.

Shown above the board of the action-plan step when the meeting follows up another one
(:func:`mra_desktop.core.follow_up.create_follow_up` made a record per item of the
previous plan). Each item is a row: its sector and column (Continue / Stop / Start), its
words, the status said in the room (done, in progress, not started, dropped) and a
comment. Tab goes from a status to its comment to the next item; the status is stored
when it is chosen and the comment as it is typed, each an undoable edit of the meeting's
history, as everywhere else.
"""

from __future__ import annotations

from dataclasses import dataclass

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtWidgets import (
    QComboBox,
    QFrame,
    QGridLayout,
    QLabel,
    QScrollArea,
    QSizePolicy,
    QVBoxLayout,
    QWidget,
)

from mra_desktop.core import models as m
from mra_desktop.core.follow_up import PreviousPlan, previous_action_plan
from mra_desktop.core.services import RecordChange
from mra_desktop.ui.history import Target
from mra_desktop.ui.i18n import format_date
from mra_desktop.ui.meeting.context import (
    FocusFlusher,
    MeetingContext,
    combo_code,
    fill_combo,
    scaled_font,
)
from mra_desktop.ui.sentences import fill
from mra_desktop.ui.text_direction import LineEdit

# at most this many rows are shown at once; the rest scroll, the board stays in view
VISIBLE_ROWS = 3


@dataclass
class _Row:
    follow_up_id: str
    label: QLabel
    status: QComboBox
    comment: LineEdit


class PreviousPlanPanel(QFrame):
    """The follow-up of the previous meeting's action plan (hidden for a meeting that
    follows none)."""

    def __init__(
        self, context: MeetingContext, flusher: FocusFlusher, parent: QWidget | None = None
    ) -> None:
        super().__init__(parent)
        self.setObjectName("PreviousPlan")
        self.setFrameShape(QFrame.Shape.StyledPanel)
        self.context = context
        self.flusher = flusher
        self.plan = PreviousPlan(None, [])
        self.rows: list[_Row] = []
        self._loading = False
        layout = QVBoxLayout(self)
        layout.setContentsMargins(6, 4, 6, 4)
        self.heading = QLabel()
        self.heading.setObjectName("previous_plan_heading")
        self.heading.setWordWrap(True)
        self.heading.setFont(scaled_font(self.heading, 1.05, bold=True))
        self.intro = QLabel()
        self.intro.setWordWrap(True)
        self.scroll = QScrollArea()
        self.scroll.setFocusPolicy(Qt.FocusPolicy.NoFocus)
        self.scroll.setWidgetResizable(True)
        self.scroll.setFrameShape(QFrame.Shape.NoFrame)
        self.scroll.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        layout.addWidget(self.heading)
        layout.addWidget(self.intro)
        layout.addWidget(self.scroll)
        self.setSizePolicy(QSizePolicy.Policy.Preferred, QSizePolicy.Policy.Maximum)
        self.reload()

    # -- words -----------------------------------------------------------------------------
    def _status_entries(self) -> list[tuple[str | None, str]]:
        return [
            (None, QCoreApplication.translate("PreviousPlan", "Not recorded yet")),
            *(
                (code, self.context.label("action_status", code))
                for code in m.ACTION_STATUSES
            ),
        ]

    def retranslate(self) -> None:
        previous = self.plan.meeting
        if previous is not None:
            self.heading.setText(
                fill(
                    QCoreApplication.translate(
                        "PreviousPlan", "The action plan of the previous meeting (%1, %2)"
                    ),
                    previous.title,
                    format_date(previous.date, long=True) if previous.date else "—",
                )
            )
        self.intro.setText(
            QCoreApplication.translate(
                "PreviousPlan",
                "What became of each item since then? Choose its status and say why in a "
                "comment; the report prints them under the action plan.",
            )
        )
        for row in self.rows:
            self._word_row(row)

    def _word_row(self, row: _Row) -> None:
        text = row.label.text()
        row.status.setAccessibleName(
            fill(QCoreApplication.translate("PreviousPlan", "Status of: %1"), text)
        )
        row.comment.setAccessibleName(
            fill(QCoreApplication.translate("PreviousPlan", "Comment on: %1"), text)
        )
        row.comment.setPlaceholderText(QCoreApplication.translate("PreviousPlan", "Comment"))

    def _item_words(self, item: m.ActionItem) -> str:
        return fill(
            QCoreApplication.translate("PreviousPlan", "%1 · %2: %3"),
            self.context.label("sector", item.sector),
            self.context.label("action", item.action),
            item.text,
        )

    # -- the rows ------------------------------------------------------------------------------
    def reload(self) -> None:
        """Read the follow-ups again and rebuild the rows (the focus stays on its field)."""
        focus = next(
            (
                (row.follow_up_id, widget is row.comment)
                for row in self.rows
                for widget in (row.status, row.comment)
                if widget.hasFocus()
            ),
            None,
        )
        self.plan = previous_action_plan(self.context.services, self.context.meeting_id)
        self.setVisible(bool(self.plan.items))
        content = QWidget()
        grid = QGridLayout(content)
        grid.setContentsMargins(0, 0, 0, 0)
        grid.setColumnStretch(0, 3)
        grid.setColumnStretch(2, 2)
        self.rows = []
        self._loading = True
        try:
            for index, followed in enumerate(self.plan.items):
                label = QLabel(self._item_words(followed.item))
                label.setWordWrap(True)
                label.setTextFormat(Qt.TextFormat.PlainText)
                status = QComboBox()
                status.setObjectName(f"follow_up_status_{index}")
                fill_combo(status, self._status_entries(), followed.status)
                comment = LineEdit(followed.comment)
                comment.setObjectName(f"follow_up_comment_{index}")
                label.setBuddy(status)
                row = _Row(followed.follow_up.id, label, status, comment)
                status.currentIndexChanged.connect(lambda _i, r=row: self._status_chosen(r))
                comment.textEdited.connect(lambda text, r=row: self._comment_typed(r, text))
                self.flusher.watch(status, comment)
                grid.addWidget(label, index, 0)
                grid.addWidget(status, index, 1)
                grid.addWidget(comment, index, 2)
                self._word_row(row)
                self.rows.append(row)
        finally:
            self._loading = False
        old = self.scroll.takeWidget()
        self.scroll.setWidget(content)
        if old is not None:
            old.deleteLater()
        for first, second in zip(
            [w for r in self.rows for w in (r.status, r.comment)],
            [w for r in self.rows for w in (r.status, r.comment)][1:],
            strict=False,
        ):
            QWidget.setTabOrder(first, second)
        self._fit()
        self.retranslate()
        if focus is not None:
            self.focus_field(*focus)

    def _fit(self) -> None:
        """As tall as its first rows; the rest scroll (the board stays in view)."""
        content = self.scroll.widget()
        if content is None:
            return
        content.adjustSize()
        shown = self.rows[:VISIBLE_ROWS]
        height = sum(max(r.label.sizeHint().height(), r.status.sizeHint().height()) for r in shown)
        spacing = content.layout().spacing() if content.layout() is not None else 6
        self.scroll.setFixedHeight(height + spacing * max(len(shown) - 1, 0) + 4)

    def refresh(self, change: RecordChange | None = None) -> None:
        """Data changed: the follow-ups, or the items of the previous plan they show."""
        if change is not None and change.record_type not in ("action_follow_up", "action_item"):
            return
        if change is not None and change.record_type == "action_follow_up":
            current = self._row(change.record_id)
            if current is not None and change.operation == "updated":
                self._show(current)  # a field edited here: keep the rows (and the caret)
                return
        self.reload()

    def _row(self, follow_up_id: str) -> _Row | None:
        return next((r for r in self.rows if r.follow_up_id == follow_up_id), None)

    def _show(self, row: _Row) -> None:
        record = self.context.services.action_follow_ups.get(row.follow_up_id)
        self._loading = True
        try:
            if combo_code(row.status) != record.status:
                fill_combo(row.status, self._status_entries(), record.status)
            if row.comment.text() != record.comment and not row.comment.hasFocus():
                row.comment.setText(record.comment)
                row.comment.setCursorPosition(0)  # a long comment shows its beginning
        finally:
            self._loading = False

    # -- editing -------------------------------------------------------------------------------
    def _status_chosen(self, row: _Row) -> None:
        if self._loading:
            return
        status = combo_code(row.status)
        self.context.set_field("action_follow_up", row.follow_up_id, "status", status)
        self.context.flush()

    def _comment_typed(self, row: _Row, text: str) -> None:
        if not self._loading:
            self.context.set_field("action_follow_up", row.follow_up_id, "comment", text)

    def focus_field(self, follow_up_id: str, comment: bool) -> None:
        row = self._row(follow_up_id)
        if row is None:
            return
        widget = row.comment if comment else row.status
        widget.setFocus(Qt.FocusReason.OtherFocusReason)
        self.scroll.ensureWidgetVisible(widget)

    def reveal(self, target: Target) -> None:
        """An undo or redo changed a follow-up: show it, its field in focus."""
        self.reload()
        self.focus_field(target.record_id, "comment" in target.fields)

    def first_field(self) -> QWidget | None:
        return self.rows[0].status if self.rows else None

