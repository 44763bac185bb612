"""Step 5: review — which changes are not precise yet, a summary, and closing the meeting.

The precision check lists, for each change, the fiche's questions it does not answer yet;
one click (or Enter) on a question goes to that field of that change in step 2.
"""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, QObject, Qt, Signal
from PySide6.QtWidgets import (
    QFrame,
    QGridLayout,
    QGroupBox,
    QLabel,
    QPushButton,
    QScrollArea,
    QTreeWidget,
    QTreeWidgetItem,
    QVBoxLayout,
    QWidget,
)

from mra_desktop.core.services import RecordChange
from mra_desktop.ui.history import Target
from mra_desktop.ui.meeting.context import (
    FocusFlusher,
    MeetingContext,
    PresenterContent,
    scaled_font,
    text_label,
)
from mra_desktop.ui.meeting.page import StepPage
from mra_desktop.ui.meeting.precision import missing_fields
from mra_desktop.ui.sentences import fill, shortcut_text
from mra_desktop.ui.tables import wrap_tree_rows

CHANGE_ROLE = Qt.ItemDataRole.UserRole
FIELD_ROLE = Qt.ItemDataRole.UserRole + 1


class ReviewPage(StepPage):
    code = "review"
    # go to a field of a change in step 2 (change id, field name)
    field_requested = Signal(str, str)
    # the meeting's status was set (its code)
    status_set = Signal(str)

    def __init__(self, context: MeetingContext, flusher: FocusFlusher, parent: QObject) -> None:
        super().__init__(context, flusher, parent)
        example = context.protocol.data["precision_example"]
        self.example_heading = QLabel()
        self.example_heading.setFont(scaled_font(self.example_heading, 1.0, bold=True))
        self.example_intro = text_label()
        self.example_intro.setText(context.words(example["intro"]))
        self.vague_label = QLabel()
        self.vague_label.setFont(scaled_font(self.vague_label, 1.0, bold=True))
        self.vague = text_label()
        self.vague.setText(context.words(example["vague"]))
        self.precise_label = QLabel()
        self.precise_label.setFont(scaled_font(self.precise_label, 1.0, bold=True))
        self.precise = text_label()
        self.precise.setText(context.words(example["precise"]))
        for widget in (
            self.example_heading,
            self.example_intro,
            self.vague_label,
            self.vague,
            self.precise_label,
            self.precise,
        ):
            self.protocol_layout.addWidget(widget)
        self.protocol_layout.addStretch(1)

        layout = QVBoxLayout(self.list_widget)
        self.check_label = QLabel()
        self.check_label.setFont(scaled_font(self.check_label, 1.1, bold=True))
        self.check_hint = QLabel()
        self.check_hint.setWordWrap(True)
        self.tree = QTreeWidget()
        self.tree.setObjectName("precision_check")
        self.tree.setHeaderHidden(True)
        wrap_tree_rows(self.tree)
        self.check_label.setBuddy(self.tree)
        self.all_precise = QLabel()
        self.all_precise.setWordWrap(True)
        self.all_precise.setFont(scaled_font(self.all_precise, 1.2))
        self.all_precise.setAlignment(Qt.AlignmentFlag.AlignTop)
        layout.addWidget(self.check_label)
        layout.addWidget(self.check_hint)
        layout.addWidget(self.all_precise)
        layout.addWidget(self.tree, 1)
        layout.addStretch(0)  # takes the space when the tree is hidden
        self.list_layout = layout
        self.tree.itemClicked.connect(lambda item, _col: self._go(item))
        self.tree.itemActivated.connect(lambda item, _col: self._go(item))

        outer = QVBoxLayout(self.detail_widget)
        self.summary_heading = QLabel()
        self.summary_heading.setFont(scaled_font(self.summary_heading, 1.1, bold=True))
        self.scroll = QScrollArea()
        self.scroll.setWidgetResizable(True)
        self.scroll.setFrameShape(QFrame.Shape.NoFrame)
        self.status_label = QLabel()
        self.status_label.setWordWrap(True)
        self.complete_button = QPushButton()
        self.complete_button.setObjectName("complete_meeting")
        self.complete_button.clicked.connect(self.toggle_completed)
        outer.addWidget(self.summary_heading)
        outer.addWidget(self.scroll, 1)
        outer.addWidget(self.status_label)
        outer.addWidget(self.complete_button)
        self.retranslate()
        self.refresh()

    # -- words ---------------------------------------------------------------------------------
    def retranslate(self) -> None:
        self.example_heading.setText(
            QCoreApplication.translate("ReviewPage", "A vague change and a precise one")
        )
        self.vague_label.setText(QCoreApplication.translate("ReviewPage", "Vague"))
        self.precise_label.setText(QCoreApplication.translate("ReviewPage", "Precise"))
        self.check_label.setText(QCoreApplication.translate("ReviewPage", "&Precision check"))
        self.check_hint.setText(
            fill(
                QCoreApplication.translate(
                    "ReviewPage",
                    "Questions of the fiche each change does not answer yet. "
                    "Click one (or press %1) to answer it.",
                ),
                shortcut_text("Enter"),
            )
        )
        self.tree.setAccessibleName(
            QCoreApplication.translate("ReviewPage", "Questions not answered yet, by change")
        )
        self.all_precise.setText(
            QCoreApplication.translate(
                "ReviewPage", "Every change answers all the questions of the fiche."
            )
        )
        self.scroll.setAccessibleName(
            QCoreApplication.translate("ReviewPage", "Summary of the meeting")
        )
        self.summary_heading.setText(
            QCoreApplication.translate("ReviewPage", "Summary of the meeting")
        )
        self.refresh()

    # -- content ---------------------------------------------------------------------------------
    def refresh(self, change: RecordChange | None = None) -> None:
        if change is not None and change.record_type not in (
            "change",
            "action_item",
            "participant",
            "meeting",
        ):
            return
        self._fill_check()
        self._fill_summary()
        self._show_status()

    def entries(self) -> list[tuple[str, list[str]]]:
        """(change id, missing field names) for every change that is not precise yet."""
        result = []
        for record in self.context.changes():
            missing = missing_fields(record, self.context.protocol)
            if missing:
                result.append((record.id, missing))
        return result

    def _fill_check(self) -> None:
        protocol = self.context.protocol
        selected = self.tree.currentItem()
        keep = (
            (selected.data(0, CHANGE_ROLE), selected.data(0, FIELD_ROLE))
            if selected is not None
            else None
        )
        self.tree.clear()
        restore: QTreeWidgetItem | None = None
        for record in self.context.changes():
            missing = missing_fields(record, protocol)
            if not missing:
                continue
            asked = len(protocol.precision_fields())
            top = QTreeWidgetItem(
                [
                    f"{record.title}  —  {self.context.label('sector', record.sector)}  "
                    f"({asked - len(missing)}/{asked})"
                ]
            )
            top.setData(0, CHANGE_ROLE, record.id)
            top.setData(0, FIELD_ROLE, missing[0])
            top.setFont(0, scaled_font(self.tree, 1.0, bold=True))
            self.tree.addTopLevelItem(top)
            if keep == (record.id, missing[0]) and keep is not None:
                restore = top
            for name in missing:
                spec = protocol.change_field(name)
                child = QTreeWidgetItem([self.context.words(spec["help"])])
                child.setToolTip(0, self.context.words(spec["label"]))
                child.setData(0, CHANGE_ROLE, record.id)
                child.setData(0, FIELD_ROLE, name)
                top.addChild(child)
                if keep == (record.id, name):
                    restore = child
            top.setExpanded(True)
        if restore is not None:
            self.tree.setCurrentItem(restore)
        self.all_precise.setVisible(self.tree.topLevelItemCount() == 0)
        pending = self.tree.topLevelItemCount() > 0
        self.tree.setVisible(pending)
        self.check_hint.setVisible(pending)
        self.list_layout.setStretch(self.list_layout.count() - 1, 0 if pending else 1)

    def _go(self, item: QTreeWidgetItem) -> None:
        change_id = item.data(0, CHANGE_ROLE)
        field = item.data(0, FIELD_ROLE)
        if change_id and field:
            self.field_requested.emit(change_id, field)

    def _fill_summary(self) -> None:
        context = self.context
        content = QWidget()
        layout = QVBoxLayout(content)

        def box(title: str, rows: list[tuple[str, str]], empty: str) -> None:
            group = QGroupBox(title)
            # a grid, not a form: a form lays out wrapped labels at one line's height,
            # so long sector names overlapped the next row
            grid = QGridLayout(group)
            grid.setColumnStretch(0, 1)
            if not rows:
                grid.addWidget(QLabel(empty), 0, 0, 1, 2)
            for row, (label, value) in enumerate(rows):
                name = QLabel(label)
                name.setWordWrap(True)
                number = QLabel(value)
                number.setAlignment(Qt.AlignmentFlag.AlignTrailing | Qt.AlignmentFlag.AlignVCenter)
                grid.addWidget(name, row, 0)
                grid.addWidget(number, row, 1)
            layout.addWidget(group)

        totals = context.services.participants.totals_by_sector(context.meeting_id)
        participant_rows = [
            (
                context.label("participant_sector", code)
                if code
                else QCoreApplication.translate("ReviewPage", "Sector not given"),
                str(count),
            )
            for code, count in sorted(totals.items(), key=lambda kv: self._participant_order(kv[0]))
        ]
        if participant_rows:
            participant_rows.append(
                (QCoreApplication.translate("ReviewPage", "Total"), str(sum(totals.values())))
            )
        box(
            QCoreApplication.translate("ReviewPage", "Participants"),
            participant_rows,
            QCoreApplication.translate("ReviewPage", "No participants recorded."),
        )

        changes = context.changes()
        by_sector: dict[str, int] = {}
        for record in changes:
            by_sector[record.sector] = by_sector.get(record.sector, 0) + 1
        change_rows = [
            (context.label("sector", code), str(by_sector[code]))
            for code in context.protocol.codes("sectors")
            if code in by_sector
        ]
        if change_rows:
            change_rows.append(
                (QCoreApplication.translate("ReviewPage", "Total"), str(len(changes)))
            )
        box(
            QCoreApplication.translate("ReviewPage", "Changes by sector"),
            change_rows,
            QCoreApplication.translate("ReviewPage", "No changes captured."),
        )

        items = context.action_items()
        by_action = {
            a: sum(1 for i in items if i.action == a) for a in ("continue", "stop", "start")
        }
        box(
            QCoreApplication.translate("ReviewPage", "Action plan"),
            [(context.label("action", a), str(n)) for a, n in by_action.items()],
            "",
        )

        chosen = [c for c in changes if c.msc_selected]
        msc_rows = [(c.title, c.msc_reason.strip() or "—") for c in chosen]
        group = QGroupBox(QCoreApplication.translate("ReviewPage", "Most significant change"))
        group_layout = QVBoxLayout(group)
        if not msc_rows:
            group_layout.addWidget(
                QLabel(QCoreApplication.translate("ReviewPage", "Not chosen yet."))
            )
        for title, reason in msc_rows:
            name = text_label(bold=True)
            name.setText(title)
            why = text_label()
            why.setText(reason)
            group_layout.addWidget(name)
            group_layout.addWidget(why)
        layout.addWidget(group)
        layout.addStretch(1)
        old = self.scroll.takeWidget()
        self.scroll.setWidget(content)
        if old is not None:
            old.deleteLater()

    def _participant_order(self, code: str | None) -> int:
        codes = self.context.protocol.codes("participant_sectors")
        return codes.index(code) if code in codes else len(codes)

    def _show_status(self) -> None:
        status = self.context.meeting().status
        self.status_label.setText(
            fill(
                QCoreApplication.translate("ReviewPage", "Status of the meeting: %1"),
                self.context.label("meeting_status", status),
            )
        )
        if status == "completed":
            self.complete_button.setText(
                QCoreApplication.translate("ReviewPage", "Reopen the meeting")
            )
            self.complete_button.setAccessibleName(
                QCoreApplication.translate("ReviewPage", "Reopen the meeting")
            )
        else:
            self.complete_button.setText(
                QCoreApplication.translate("ReviewPage", "Mark the meeting completed")
            )
            self.complete_button.setAccessibleName(
                QCoreApplication.translate("ReviewPage", "Mark the meeting completed")
            )

    def toggle_completed(self) -> None:
        self.context.flush()
        status = self.context.meeting().status
        new = "in_progress" if status == "completed" else "completed"
        change = self.context.write(
            self.context.services.meetings.update, self.context.meeting_id, status=new
        )
        if change is not None:
            action = "complete_meeting" if new == "completed" else "reopen_meeting"
            self.context.record(action, [change], where=self.code)
            self.status_set.emit(new)
        self._show_status()

    def reveal(self, target: Target) -> None:
        self.refresh()
        self.complete_button.setFocus()

    def activated(self) -> None:
        self.refresh()
        if self.tree.topLevelItemCount():
            if self.tree.currentItem() is None:
                self.tree.setCurrentItem(self.tree.topLevelItem(0))
            self.tree.setFocus()
        else:
            self.complete_button.setFocus()

    def presenter_content(self) -> PresenterContent:
        step = self.context.protocol.step(self.code)
        return PresenterContent(heading=self.title(), question=self.context.words(step["intro"]))
