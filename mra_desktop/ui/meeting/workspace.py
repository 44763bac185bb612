"""The meeting workspace: five steps, three zones that stay put, autosave everywhere.

At the top, the step bar (Ctrl+1…Ctrl+5, Ctrl+PgDown/Ctrl+PgUp) with the facilitator's
step timer and the presenter button. Below, three zones side by side — the protocol (where
we are, the current question), the list of what was captured, the detail of the selected
item — filled by the current step. The application's layout direction mirrors the whole
arrangement in Arabic; nothing here sets a direction.
"""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, QEvent, Qt, QTimer, Signal
from PySide6.QtGui import QAction, QKeySequence
from PySide6.QtWidgets import (
    QApplication,
    QHBoxLayout,
    QLabel,
    QMainWindow,
    QPushButton,
    QSplitter,
    QStackedWidget,
    QVBoxLayout,
    QWidget,
)

from mra_desktop.core.errors import MraError
from mra_desktop.core.local_state import read_state, step_timer_key, write_state
from mra_desktop.core.services import RecordChange, Services
from mra_desktop.ui.autosave import Autosaver
from mra_desktop.ui.history import History, Target
from mra_desktop.ui.meeting.action_plan import ActionPlanPage
from mra_desktop.ui.meeting.context import FocusFlusher, MeetingContext
from mra_desktop.ui.meeting.due_diligence import DueDiligencePage
from mra_desktop.ui.meeting.good_practices import GoodPracticesPage
from mra_desktop.ui.meeting.most_significant import MostSignificantPage
from mra_desktop.ui.meeting.page import StepPage
from mra_desktop.ui.meeting.presenter import BoardContent, ChangesContent, PresenterWindow
from mra_desktop.ui.meeting.review import ReviewPage
from mra_desktop.ui.meeting.step_bar import StepBar, StepTimer, step_name
from mra_desktop.ui.meeting.widgets import TextField
from mra_desktop.ui.sentences import fill, ltr, shortcut_text

# how often a running step timer's time is written to the database
TIMER_SAVE_MS = 5000
STEPS = ("due_diligence", "good_practices", "most_significant", "action_plan", "review")
_PAGES: tuple[type[StepPage], ...] = (
    DueDiligencePage,
    GoodPracticesPage,
    MostSignificantPage,
    ActionPlanPage,
    ReviewPage,
)
# default widths of the three zones per step (the facilitator may drag them)
_ZONES = {
    "due_diligence": [320, 420, 520],
    "good_practices": [420, 400, 440],
    "most_significant": [330, 430, 500],
    "action_plan": [300, 620, 340],
    "review": [330, 480, 450],
}


class MeetingWorkspace(QWidget):
    # the current step changed (its code)
    step_changed = Signal(str)
    # a short sentence for the status bar ("Change deleted — Ctrl+Z to undo")
    message_shown = Signal(str)

    def __init__(
        self,
        services: Services,
        autosaver: Autosaver,
        history: History,
        meeting_id: str,
        parent: QWidget | None = None,
        step: str | None = None,
    ) -> None:
        super().__init__(parent)
        self.setObjectName("MeetingWorkspace")
        self.context = MeetingContext(services, autosaver, history, meeting_id, self)
        self.flusher = FocusFlusher(self.context, self)
        self.presenter: PresenterWindow | None = None
        self._step = step if step in STEPS else STEPS[0]
        self._zone_sizes = {code: list(sizes) for code, sizes in _ZONES.items()}
        self._stale: set[str] = set()

        layout = QVBoxLayout(self)
        top = QHBoxLayout()
        self.step_bar = StepBar(STEPS)
        self.step_bar.step_clicked.connect(self.set_step)
        self.timer = StepTimer(self)
        self.timer_label = QLabel("00:00")
        self.timer_label.setObjectName("step_timer")
        self.timer_button = QPushButton()
        self.timer_button.setObjectName("timer_button")
        self.timer_button.clicked.connect(self.timer.toggle)
        self.timer.ticked.connect(self.timer_label.setText)
        self.timer.running_changed.connect(self._timer_started_or_paused)
        # while it runs, the timer's time reaches the database every few seconds
        self._timer_saver = QTimer(self)
        self._timer_saver.setInterval(TIMER_SAVE_MS)
        self._timer_saver.timeout.connect(self._save_timer)
        self.presenter_button = QPushButton()
        self.presenter_button.setObjectName("presenter_button")
        self.presenter_button.clicked.connect(self.toggle_presenter)
        top.addWidget(self.step_bar, 1)
        top.addSpacing(12)
        top.addWidget(self.timer_label)
        top.addWidget(self.timer_button)
        top.addWidget(self.presenter_button)
        layout.addLayout(top)
        self.message = QLabel()
        self.message.setObjectName("workspace_message")
        self.message.setVisible(False)
        self._message_timer = QTimer(self)
        self._message_timer.setSingleShot(True)
        self._message_timer.setInterval(8000)
        self._message_timer.timeout.connect(self.message.hide)
        layout.addWidget(self.message)

        self.splitter = QSplitter(Qt.Orientation.Horizontal)
        self.splitter.setChildrenCollapsible(False)
        self.protocol_zone = QStackedWidget()
        self.list_zone = QStackedWidget()
        self.detail_zone = QStackedWidget()
        for zone, name in (
            (self.protocol_zone, "protocol_zone"),
            (self.list_zone, "list_zone"),
            (self.detail_zone, "detail_zone"),
        ):
            zone.setObjectName(name)
            self.splitter.addWidget(zone)
        self.splitter.splitterMoved.connect(self._zones_moved)
        layout.addWidget(self.splitter, 1)

        self.pages: dict[str, StepPage] = {}
        self.context.record_changed.connect(self._record_changed)
        self.context.message_shown.connect(self.show_message)
        self._build_actions()
        self._build_pages()
        self.retranslate()
        self._show_step(self._step, force=True)
        self.timer.restore(read_state(services.db, step_timer_key(meeting_id)))
        if self.context.meeting().status == "completed":
            self.timer.pause()  # an ended meeting's timer does not run

    # -- pages ---------------------------------------------------------------------------------
    def _build_pages(self) -> None:
        for page_class in _PAGES:
            page = page_class(self.context, self.flusher, self)
            self.pages[page.code] = page
            self.protocol_zone.addWidget(page.protocol_widget)
            self.list_zone.addWidget(page.list_widget)
            self.detail_zone.addWidget(page.detail_widget)
            page.presenter_changed.connect(self._update_presenter)
        self.step_bar.set_titles({code: page.title() for code, page in self.pages.items()})
        self.review.field_requested.connect(self.go_to_change_field)
        self.good_practices.view.addAction(self.delete_action)
        self.good_practices.view.setContextMenuPolicy(Qt.ContextMenuPolicy.ActionsContextMenu)
        self.action_plan.attach_item_actions([self.delete_action, *self.move_actions])

    def _rebuild_pages(self) -> None:
        """The meeting's language, sectors or protocol changed (in its setup): every step
        shows the new words; the current step and question stay."""
        self.context.flush()
        question = self.good_practices.question_index
        for page in self.pages.values():
            for widget in (page.protocol_widget, page.list_widget, page.detail_widget):
                widget.hide()
                widget.setParent(None)
                widget.deleteLater()
            page.deleteLater()
        self.pages = {}
        self.context.reload()
        self._build_pages()
        self.good_practices.set_question(question)
        for page in self.pages.values():
            page.retranslate()
        self._stale.clear()
        self._show_step(self._step, force=True)

    @property
    def good_practices(self) -> GoodPracticesPage:
        page = self.pages["good_practices"]
        assert isinstance(page, GoodPracticesPage)
        return page

    @property
    def most_significant(self) -> MostSignificantPage:
        page = self.pages["most_significant"]
        assert isinstance(page, MostSignificantPage)
        return page

    @property
    def action_plan(self) -> ActionPlanPage:
        page = self.pages["action_plan"]
        assert isinstance(page, ActionPlanPage)
        return page

    @property
    def review(self) -> ReviewPage:
        page = self.pages["review"]
        assert isinstance(page, ReviewPage)
        return page

    @property
    def meeting_id(self) -> str:
        return self.context.meeting_id

    # -- actions ---------------------------------------------------------------------------------
    def _action(self, shortcut: str | None, slot: object) -> QAction:
        action = QAction(self)
        if shortcut:
            action.setShortcut(QKeySequence(shortcut))
        action.triggered.connect(slot)
        return action

    def _build_actions(self) -> None:
        self.step_actions: list[QAction] = []
        for number, code in enumerate(STEPS, start=1):
            action = self._action(f"Ctrl+{number}", lambda _c=False, c=code: self.set_step(c))
            action.setObjectName(f"action_step_{code}")
            self.step_actions.append(action)
        self.next_step_action = self._action("Ctrl+PgDown", lambda: self.move_step(1))
        self.previous_step_action = self._action("Ctrl+PgUp", lambda: self.move_step(-1))
        self.previous_question_action = self._action("Alt+Up", self._previous_question)
        self.next_question_action = self._action("Alt+Down", self._next_question)
        self.capture_action = self._action("Ctrl+Shift+C", self.focus_capture)
        self.delete_action = self._action("Del", self.delete_selected)
        # Del deletes only where items are listed; in a text field it deletes characters
        self.delete_action.setShortcutContext(Qt.ShortcutContext.WidgetShortcut)
        self.presenter_action = self._action("F5", self.toggle_presenter)
        self.presenter_view_action = self._action("Shift+F5", self.next_presenter_view)
        self.timer_action = self._action("Ctrl+Shift+T", self.timer.toggle)
        self.complete_action = self._action(None, lambda: self.review.toggle_completed())
        # moves on the action-plan board: only while a cell of the board has the focus
        self.move_left_action = self._action("Ctrl+Left", lambda: self._move_item(-1, 0))
        self.move_right_action = self._action("Ctrl+Right", lambda: self._move_item(1, 0))
        self.move_up_action = self._action("Ctrl+Up", lambda: self._move_item(0, -1))
        self.move_down_action = self._action("Ctrl+Down", lambda: self._move_item(0, 1))
        self.move_actions = [
            self.move_left_action,
            self.move_right_action,
            self.move_up_action,
            self.move_down_action,
        ]
        for action in self.move_actions:
            action.setShortcutContext(Qt.ShortcutContext.WidgetShortcut)
        window_actions = [
            *self.step_actions,
            self.next_step_action,
            self.previous_step_action,
            self.previous_question_action,
            self.next_question_action,
            self.capture_action,
            self.presenter_action,
            self.presenter_view_action,
            self.timer_action,
        ]
        self.addActions(window_actions)
        from mra_desktop.ui.icons import icon

        for code, action in zip(STEPS, self.step_actions, strict=True):
            action.setIcon(icon(code))
        self.presenter_action.setIcon(icon("presenter"))
        self.presenter_button.setIcon(icon("presenter"))
        self.timer_action.setIcon(icon("timer"))
        self.timer_button.setIcon(icon("timer"))
        self.delete_action.setIcon(icon("delete"))

    def actions(self) -> list[QAction]:  # type: ignore[override]
        """Everything the Meeting menu offers, in menu order, with their shortcuts."""
        return [
            *self.step_actions,
            self.previous_step_action,
            self.next_step_action,
            self.previous_question_action,
            self.next_question_action,
            self.capture_action,
            self.delete_action,
            *self.move_actions,
            self.presenter_action,
            self.presenter_view_action,
            self.timer_action,
            self.complete_action,
        ]

    # -- words ---------------------------------------------------------------------------------
    def retranslate(self) -> None:
        self.step_bar.retranslate()
        for number, (code, action) in enumerate(zip(STEPS, self.step_actions, strict=True), 1):
            action.setText(
                fill(
                    QCoreApplication.translate("MeetingWorkspace", "Step %1: %2"),
                    ltr(number),
                    step_name(code),
                )
            )
        self.next_step_action.setText(QCoreApplication.translate("MeetingWorkspace", "Next step"))
        self.previous_step_action.setText(
            QCoreApplication.translate("MeetingWorkspace", "Previous step")
        )
        self.previous_question_action.setText(
            QCoreApplication.translate("MeetingWorkspace", "Previous question")
        )
        self.next_question_action.setText(
            QCoreApplication.translate("MeetingWorkspace", "Next question")
        )
        self.capture_action.setText(
            QCoreApplication.translate("MeetingWorkspace", "Capture a change")
        )
        self.delete_action.setText(
            QCoreApplication.translate("MeetingWorkspace", "Delete the selected item")
        )
        self.presenter_action.setText(
            QCoreApplication.translate("MeetingWorkspace", "Presenter window")
        )
        self.presenter_view_action.setText(
            QCoreApplication.translate(
                "MeetingWorkspace", "Presenter: the question, the changes or the action plan"
            )
        )
        self.timer_action.setText(
            QCoreApplication.translate("MeetingWorkspace", "Start or pause the step timer")
        )
        self.complete_action.setText(
            QCoreApplication.translate("MeetingWorkspace", "Mark the meeting completed")
        )
        self.move_left_action.setText(
            QCoreApplication.translate(
                "MeetingWorkspace", "Move action item to the column on the left"
            )
        )
        self.move_right_action.setText(
            QCoreApplication.translate(
                "MeetingWorkspace", "Move action item to the column on the right"
            )
        )
        self.move_up_action.setText(
            QCoreApplication.translate("MeetingWorkspace", "Move action item to the sector above")
        )
        self.move_down_action.setText(
            QCoreApplication.translate("MeetingWorkspace", "Move action item to the sector below")
        )
        for action in self.actions():
            shortcut = shortcut_text(action.shortcut())
            action.setToolTip(f"{action.text()} ({shortcut})" if shortcut else action.text())
        self.presenter_button.setText(
            fill(
                QCoreApplication.translate("MeetingWorkspace", "Presenter (%1)"),
                shortcut_text("F5"),
            )
        )
        self.presenter_button.setToolTip(
            fill(
                QCoreApplication.translate(
                    "MeetingWorkspace",
                    "Show the current question in large type on a second screen (%1)",
                ),
                shortcut_text("F5"),
            )
        )
        self.presenter_button.setAccessibleName(
            QCoreApplication.translate("MeetingWorkspace", "Presenter window")
        )
        self.timer_label.setAccessibleName(
            QCoreApplication.translate("MeetingWorkspace", "Time spent on this step")
        )
        self.timer_label.setToolTip(
            QCoreApplication.translate(
                "MeetingWorkspace", "Time spent on this step (only you see it)"
            )
        )
        self._word_timer()
        for page in self.pages.values():
            page.retranslate()

    def _timer_started_or_paused(self, running: bool) -> None:
        self._word_timer()
        if running:
            self._timer_saver.start()
        else:
            self._timer_saver.stop()
        self._save_timer()

    def _save_timer(self) -> None:
        """The step timer's time, in the database: it survives a crash or a restart."""
        try:
            write_state(
                self.context.services.db, step_timer_key(self.meeting_id), self.timer.state()
            )
        except Exception:  # noqa: BLE001 - a timer's seconds never interrupt a meeting
            pass

    def _word_timer(self) -> None:
        running = self.timer.running
        self.timer_button.setText(
            QCoreApplication.translate("MeetingWorkspace", "Pause")
            if running
            else QCoreApplication.translate("MeetingWorkspace", "Start timer")
        )
        self.timer_button.setToolTip(
            fill(
                QCoreApplication.translate(
                    "MeetingWorkspace", "Start or pause the step timer (%1)"
                ),
                shortcut_text("Ctrl+Shift+T"),
            )
        )
        self.timer_button.setAccessibleName(
            QCoreApplication.translate("MeetingWorkspace", "Pause the step timer")
            if running
            else QCoreApplication.translate("MeetingWorkspace", "Start the step timer")
        )

    def changeEvent(self, event: QEvent) -> None:  # noqa: N802
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
        super().changeEvent(event)

    # -- steps -----------------------------------------------------------------------------------
    def current_step(self) -> str:
        return self._step

    def set_step(self, code: str) -> None:
        if code not in self.pages:
            raise ValueError(f"unknown step {code!r}")
        self.context.flush()
        changed = code != self._step
        self._show_step(code)
        if changed:
            self.step_changed.emit(code)

    def _show_step(self, code: str, force: bool = False) -> None:
        previous = self._step
        self._step = code
        page = self.pages[code]
        self.step_bar.set_current(code)
        if force or previous != code or sum(self.splitter.sizes()) == 0:
            self.splitter.blockSignals(True)
            self.splitter.setSizes(self._zone_sizes[code])
            self.splitter.blockSignals(False)
        self.protocol_zone.setCurrentWidget(page.protocol_widget)
        self.list_zone.setCurrentWidget(page.list_widget)
        self.detail_zone.setCurrentWidget(page.detail_widget)
        if code in self._stale:
            self._stale.discard(code)
            page.refresh(None)
        self.timer.set_step(code)
        if previous != code and self.timer.running:
            self._save_timer()
        page.activated()
        self._update_presenter()

    def move_step(self, delta: int) -> None:
        index = STEPS.index(self._step) + delta
        if 0 <= index < len(STEPS):
            self.set_step(STEPS[index])

    def _zones_moved(self, *_args: object) -> None:
        self._zone_sizes[self._step] = self.splitter.sizes()

    def _previous_question(self) -> None:
        if self._step == "good_practices":
            self.good_practices.previous_question()

    def _next_question(self) -> None:
        if self._step == "good_practices":
            self.good_practices.next_question()

    def focus_capture(self) -> None:
        if self._step != "good_practices":
            self.set_step("good_practices")
        self.good_practices.focus_capture()

    def go_to_change_field(self, change_id: str, field: str) -> None:
        """From the review: open the change in step 2 with the focus in ``field``."""
        self.set_step("good_practices")
        self.good_practices.go_to_field(change_id, field)

    def delete_selected(self) -> None:
        self.pages[self._step].delete_selected()

    def step_of(self, target: Target) -> str:
        """The step where what an undo or redo changed is seen."""
        if target.where in self.pages:
            return str(target.where)
        if target.record_type == "change":
            chosen = target.fields and target.fields <= {"msc_selected", "msc_reason"}
            return "most_significant" if chosen else "good_practices"
        if target.record_type in ("action_item", "action_follow_up"):
            return "action_plan"
        if target.record_type == "note":
            try:
                question = self.context.services.notes.get(target.record_id).question
                return str(self.context.protocol.question(question)["step"])
            except (MraError, KeyError):
                return self._step
        return "review"

    def place(self) -> dict[str, str]:
        """Where the facilitator is: the step, the record selected, the field in focus."""
        focus = QApplication.focusWidget()
        name = focus.objectName() if focus is not None and self.isAncestorOf(focus) else ""
        return {
            "step": self._step,
            "record_id": self.pages[self._step].current_record() or "",
            "focus": name,
        }

    def restore_place(self, place: dict[str, object]) -> None:
        """Go back where :meth:`place` said (after a crash or a restart)."""
        step = place.get("step")
        if isinstance(step, str) and step in self.pages:
            self.set_step(step)
        page = self.pages[self._step]
        record_id = place.get("record_id")
        if isinstance(record_id, str) and record_id:
            page.select_record(record_id)
        name = place.get("focus")
        widget = page.find_widget(name) if isinstance(name, str) and name else None
        if widget is not None and widget.isEnabled():
            if isinstance(widget, TextField):
                widget.focus_at_end()
            else:
                widget.setFocus(Qt.FocusReason.OtherFocusReason)

    def reveal(self, target: Target) -> None:
        """After an undo or redo: show its step, with the record selected and the field
        that changed in focus, so the facilitator sees what was taken back."""
        step = self.step_of(target)
        self.set_step(step)
        self.pages[step].reveal(target)

    def _move_item(self, dx: int, dy: int) -> None:
        if self._step == "action_plan":
            self.action_plan.move_visual(dx, dy)

    # -- data ------------------------------------------------------------------------------------
    def _record_changed(self, change: object) -> None:
        if not isinstance(change, RecordChange):
            return
        if (
            change.record_type == "meeting"
            and change.record_id == self.meeting_id
            and {"language", "sectors", "protocol_version"} & set(change.fields)
        ):
            # after the write that announced it has finished
            QTimer.singleShot(0, self, self._rebuild_pages)
            return
        if (
            change.record_type == "meeting"
            and change.record_id == self.meeting_id
            and change.fields.get("status", (None, None))[1] == "completed"
        ):
            self.timer.pause()  # the meeting has ended: so has its step timer
        for code, page in self.pages.items():
            if code == self._step:
                page.refresh(change)
            else:
                self._stale.add(code)
        if self.presenter is not None and self.presenter.isVisible():
            self._update_presenter()

    def flush(self) -> None:
        """Store every pending edit now (before the meeting is left or the window closes),
        and the step timer's time."""
        self.context.flush()
        self._save_timer()

    def hideEvent(self, event: object) -> None:  # noqa: N802
        self.context.flush()
        super().hideEvent(event)  # type: ignore[arg-type]

    def show_message(self, text: str) -> None:
        self.message.setText(text)
        self.message.setVisible(True)
        self._message_timer.start()
        window = self.window()
        if isinstance(window, QMainWindow) and window.statusBar() is not None:
            window.statusBar().showMessage(text, 8000)
        self.message_shown.emit(text)

    # -- presenter -------------------------------------------------------------------------------
    def open_presenter(self) -> QWidget:
        """Show the presenter window (second screen when there is one) and return it."""
        if self.presenter is None:
            self.presenter = PresenterWindow(self)
        self._update_presenter()
        self.presenter.place(self.window())
        return self.presenter

    def toggle_presenter(self) -> None:
        if self.presenter is not None and self.presenter.isVisible():
            self.presenter.close()
        else:
            self.open_presenter()

    def next_presenter_view(self) -> None:
        """The presenter's next view: the step's words, the changes, the board (Shift+F5)."""
        if self.presenter is None or not self.presenter.isVisible():
            self.open_presenter()
        assert self.presenter is not None
        self.presenter.next_view()

    def _update_presenter(self) -> None:
        if self.presenter is None:
            return
        self.presenter.show_content(self.pages[self._step].presenter_content())
        self.presenter.show_changes(self._presenter_changes())
        self.presenter.show_board(self._presenter_board())

    def _presenter_changes(self) -> ChangesContent:
        """The changes' titles by sector, in the meeting's language: nothing else of them."""
        context = self.context
        by_sector: dict[str, list[str]] = {}
        for change in context.changes():
            by_sector.setdefault(change.sector, []).append(change.title)
        order = [*context.protocol.codes("sectors")]
        groups = [
            (context.label("sector", code), by_sector[code]) for code in order if code in by_sector
        ]
        groups += [(code, titles) for code, titles in by_sector.items() if code not in order]
        heading = context.words(context.protocol.step("good_practices")["title"])
        return ChangesContent(heading=heading, groups=groups)

    def _presenter_board(self) -> BoardContent:
        """The action plan as the board shows it: per sector, Continue / Stop / Start."""
        from mra_desktop.ui.meeting.action_plan import ACTIONS

        context = self.context
        items = context.action_items()
        sectors = list(context.sector_codes())
        sectors += [item.sector for item in items if item.sector not in sectors]
        rows = []
        for sector in dict.fromkeys(sectors):
            cells = [
                [item.text for item in items if item.sector == sector and item.action == action]
                for action in ACTIONS
            ]
            if any(cells):
                rows.append((context.label("sector", sector), cells))
        return BoardContent(
            heading=context.words(context.protocol.step("action_plan")["title"]),
            columns=[context.label("action", action) for action in ACTIONS],
            rows=rows,
        )
