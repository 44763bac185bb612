"""The presenter window: what the room sees on a projector or a second screen.

It has three views, switched from the keyboard (Tab and Shift+Tab in the presenter, or
Shift+F5 from the facilitator's window): the current step's protocol words in the
meeting's language, following the facilitator; the changes captured so far, by sector
(their titles only); and the action-plan board, Continue / Stop / Start by sector. It
never shows notes, the timer, or anything typed about a change but its title.

The type is as large as the window allows: it grows with the window's height, and
shrinks (never below three quarters of that, to stay readable from the back of a room)
until everything fits, so that a long question is never cut. What does not fit even then
(a long board) scrolls: the arrow keys and Page Up/Down in the presenter.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass, field

from PySide6.QtCore import QCoreApplication, QEvent, Qt, QTimer, Signal
from PySide6.QtGui import QGuiApplication, QKeyEvent, QResizeEvent, QScreen
from PySide6.QtWidgets import (
    QFrame,
    QGridLayout,
    QLabel,
    QScrollArea,
    QStackedWidget,
    QVBoxLayout,
    QWidget,
)

from mra_desktop.ui.meeting.context import PresenterContent, scaled_font

# the window height at which the type has its base size; a taller window (a projector
# in full screen) enlarges it in proportion, up to MAX_SCALE times
BASE_HEIGHT = 640
MAX_SCALE = 3.0
# how far the type may shrink to fit (a share of the size the window's height gives): no
# further, or the back of the room could not read it; what does not fit then scrolls
MIN_FIT = 0.75
VIEWS = ("step", "changes", "board")


@dataclass(frozen=True)
class ChangesContent:
    """The changes captured, by sector: (sector, [change titles])."""

    heading: str
    groups: Sequence[tuple[str, Sequence[str]]] = field(default_factory=tuple)
    empty: str = ""


@dataclass(frozen=True)
class BoardContent:
    """The action plan: the three column names, and per sector its items per column."""

    heading: str
    columns: Sequence[str] = field(default_factory=tuple)
    rows: Sequence[tuple[str, Sequence[Sequence[str]]]] = field(default_factory=tuple)
    empty: str = ""


class _Page(QScrollArea):
    """One view: a column of labels in a frameless scroll area."""

    def __init__(self) -> None:
        super().__init__()
        self.setWidgetResizable(True)
        self.setFrameShape(QFrame.Shape.NoFrame)
        self.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        # no scroll bar on the wall: the facilitator scrolls with the keyboard
        self.setVerticalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.setFocusPolicy(Qt.FocusPolicy.NoFocus)
        self.box = QWidget()
        self.box.setObjectName("presenter_page")
        self.setWidget(self.box)
        self.layout_ = QVBoxLayout(self.box)
        self.layout_.setContentsMargins(0, 0, 0, 0)
        self.layout_.setSpacing(0)

    def clear(self) -> None:
        """Start the view afresh: what is added to ``layout_`` shows at :meth:`commit`."""
        self._next = QWidget()
        self._next.setObjectName("presenter_page")
        self.layout_ = QVBoxLayout(self._next)
        self.layout_.setContentsMargins(0, 0, 0, 0)
        self.layout_.setSpacing(0)

    def commit(self) -> None:
        old = self.takeWidget()
        self.setWidget(self._next)
        self._next.show()
        self.box = self._next
        if old is not None:
            old.hide()
            old.deleteLater()

    def needed_height(self) -> int:
        width = self.viewport().width()
        layout = self.box.layout()
        layout.activate()
        return layout.totalHeightForWidth(width) if layout.hasHeightForWidth() else (
            layout.totalSizeHint().height()
        )


class PresenterWindow(QWidget):
    # the view shown changed ("step", "changes" or "board")
    view_changed = Signal(str)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent, Qt.WindowType.Window)
        self._scale = 1.0
        self._fit = 1.0
        self.view = "step"
        self.setObjectName("presenter")
        self.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose, False)
        self.setAutoFillBackground(True)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(48, 36, 48, 36)
        self.stack = QStackedWidget()
        self.stack.setFocusPolicy(Qt.FocusPolicy.NoFocus)
        layout.addWidget(self.stack)
        self.pages = {view: _Page() for view in VIEWS}
        for view in VIEWS:
            self.stack.addWidget(self.pages[view])
        self.heading = self._label(1.8, bold=True)
        self.counter = self._label(1.4)
        self.question = self._label(3.0)
        self.question.setObjectName("presenter_question")
        self.item_labels: list[QLabel] = []
        self._content = PresenterContent(heading="")
        self._changes = ChangesContent(heading="")
        self._board = BoardContent(heading="")
        self._fit_timer = QTimer(self)
        self._fit_timer.setSingleShot(True)
        self._fit_timer.setInterval(0)
        self._fit_timer.timeout.connect(self.fit)
        self._build_step_page()
        self.retranslate()

    # -- labels ----------------------------------------------------------------------------
    def _label(self, factor: float, bold: bool = False, centred: bool = True) -> QLabel:
        label = QLabel()
        label.setWordWrap(True)
        label.setTextFormat(Qt.TextFormat.PlainText)
        align = Qt.AlignmentFlag.AlignHCenter if centred else Qt.AlignmentFlag.AlignLeading
        label.setAlignment(align | Qt.AlignmentFlag.AlignTop)
        label.setProperty("presenter_size", factor)
        label.setFont(scaled_font(self, factor * self._scale * self._fit, bold))
        return label

    def _apply_fonts(self, page: QWidget) -> None:
        size = self._scale * self._fit
        for label in page.findChildren(QLabel):
            factor = label.property("presenter_size")
            if factor is not None:
                label.setFont(scaled_font(self, float(factor) * size, label.font().bold()))

    # -- the three views ---------------------------------------------------------------------
    def _build_step_page(self) -> None:
        page = self.pages["step"]
        for label in (self.heading, self.counter, self.question):
            label.setParent(None)  # kept: the page they were on goes
        page.clear()
        # the labels of the step's words are kept (tests and screen readers find them)
        content = self._content
        page.layout_.addWidget(self.heading)
        page.layout_.addSpacing(8)
        page.layout_.addWidget(self.counter)
        page.layout_.addSpacing(24)
        page.layout_.addWidget(self.question)
        self.heading.setText(content.heading)
        self.heading.setVisible(True)
        self.counter.setText(content.counter)
        self.counter.setVisible(bool(content.counter))
        self.question.setText(content.question)
        self.question.setVisible(bool(content.question))
        self.item_labels = []
        for title, text in content.items:
            page.layout_.addSpacing(18)
            name = self._label(2.0, bold=True)
            name.setText(title)
            page.layout_.addWidget(name)
            self.item_labels.append(name)
            if text:
                body = self._label(1.5)
                body.setText(text)
                page.layout_.addWidget(body)
                self.item_labels.append(body)
        page.layout_.addStretch(1)
        page.commit()

    def _build_changes_page(self) -> None:
        page = self.pages["changes"]
        page.clear()
        content = self._changes
        heading = self._label(1.8, bold=True)
        heading.setText(content.heading)
        page.layout_.addWidget(heading)
        if not content.groups and content.empty:
            page.layout_.addSpacing(24)
            empty = self._label(2.0)
            empty.setText(content.empty)
            page.layout_.addWidget(empty)
        number = 0
        for sector, titles in content.groups:
            page.layout_.addSpacing(24)
            band = self._label(1.8, bold=True, centred=False)
            band.setText(sector)
            band.setObjectName("presenter_band")
            page.layout_.addWidget(band)
            for title in titles:
                number += 1
                page.layout_.addSpacing(6)
                line = self._label(1.7, centred=False)
                line.setText(f"{number}. {title}")
                page.layout_.addWidget(line)
        page.layout_.addStretch(1)
        page.commit()

    def _build_board_page(self) -> None:
        page = self.pages["board"]
        page.clear()
        content = self._board
        heading = self._label(1.8, bold=True)
        heading.setText(content.heading)
        page.layout_.addWidget(heading)
        page.layout_.addSpacing(18)
        if not content.rows and content.empty:
            empty = self._label(2.0)
            empty.setText(content.empty)
            page.layout_.addWidget(empty)
        grid = QGridLayout()
        grid.setHorizontalSpacing(36)
        grid.setVerticalSpacing(6)
        columns = list(content.columns)
        for column, name in enumerate(columns):
            header = self._label(1.8, bold=True)
            header.setText(name)
            grid.addWidget(header, 0, column)
            grid.setColumnStretch(column, 1)
        row = 1
        for sector, cells in content.rows:
            band = self._label(1.6, bold=True, centred=False)
            band.setText(sector)
            band.setObjectName("presenter_band")
            band.setContentsMargins(0, 18, 0, 0)
            grid.addWidget(band, row, 0, 1, max(len(columns), 1))
            row += 1
            for column, texts in enumerate(cells):
                cell = QVBoxLayout()
                cell.setSpacing(10)
                for text in texts:
                    line = self._label(1.4, centred=False)
                    line.setText(f"• {text}")
                    cell.addWidget(line)
                cell.addStretch(1)
                grid.addLayout(cell, row, column)
            row += 1
        if columns:
            page.layout_.addLayout(grid)
        page.layout_.addStretch(1)
        page.commit()

    # -- what is shown -----------------------------------------------------------------------
    def show_content(self, content: PresenterContent) -> None:
        """The current step's words (the view that follows the facilitator)."""
        self._content = content
        self._build_step_page()
        self._refit()

    def show_changes(self, content: ChangesContent) -> None:
        self._changes = content
        self._build_changes_page()
        self._refit()

    def show_board(self, content: BoardContent) -> None:
        self._board = content
        self._build_board_page()
        self._refit()

    def set_view(self, view: str) -> None:
        if view not in VIEWS:
            raise ValueError(f"unknown presenter view {view!r}")
        changed = view != self.view
        self.view = view
        self.stack.setCurrentWidget(self.pages[view])
        self._refit()
        if changed:
            self.view_changed.emit(view)

    def next_view(self, step: int = 1) -> None:
        self.set_view(VIEWS[(VIEWS.index(self.view) + step) % len(VIEWS)])

    def texts(self) -> list[str]:
        """Every text the room can read (for tests and accessibility checks)."""
        page = self.pages[self.view]
        return [
            label.text()
            for label in page.findChildren(QLabel)
            if label.text() and not label.isHidden()
        ]

    # -- size ----------------------------------------------------------------------------------
    def _refit(self) -> None:
        self._fit_timer.start()
        if self.isVisible():
            self.fit()

    def fit(self) -> None:
        """The largest type (up to what the window's height gives) at which the current
        view fits the window; never smaller than MIN_FIT of it (the rest then scrolls)."""
        self._fit_timer.stop()
        page = self.pages[self.view]
        low, high = MIN_FIT, 1.0
        self._fit = high
        self._apply_fonts(page.box)
        if self._fits(page):
            return
        for _ in range(7):
            middle = (low + high) / 2
            self._fit = middle
            self._apply_fonts(page.box)
            if self._fits(page):
                low = middle
            else:
                high = middle
        self._fit = low
        self._apply_fonts(page.box)

    def _fits(self, page: _Page) -> bool:
        return page.needed_height() <= page.viewport().height()

    def resizeEvent(self, event: QResizeEvent) -> None:  # noqa: N802
        super().resizeEvent(event)
        self._scale = min(max(event.size().height() / BASE_HEIGHT, 1.0), MAX_SCALE)
        self.fit()

    def showEvent(self, event: object) -> None:  # noqa: N802
        super().showEvent(event)  # type: ignore[arg-type]
        self.fit()

    # -- words and keys ------------------------------------------------------------------------
    def retranslate(self) -> None:
        self.setWindowTitle(
            QCoreApplication.translate("PresenterWindow", "mra-desktop — presenter")
        )
        self.setAccessibleName(QCoreApplication.translate("PresenterWindow", "Presenter window"))

    def changeEvent(self, event: QEvent) -> None:  # noqa: N802
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
        super().changeEvent(event)

    def keyPressEvent(self, event: QKeyEvent) -> None:  # noqa: N802
        key = event.key()
        if key in (Qt.Key.Key_F5, Qt.Key.Key_Escape):
            self.close()
            return
        if key == Qt.Key.Key_Tab:
            self.next_view(1)
            return
        if key == Qt.Key.Key_Backtab:
            self.next_view(-1)
            return
        bar = self.pages[self.view].verticalScrollBar()
        steps = {
            Qt.Key.Key_Down: bar.singleStep() * 3,
            Qt.Key.Key_Up: -bar.singleStep() * 3,
            Qt.Key.Key_PageDown: bar.pageStep(),
            Qt.Key.Key_PageUp: -bar.pageStep(),
        }
        if key in steps:
            bar.setValue(bar.value() + steps[key])
            return
        super().keyPressEvent(event)

    def focusNextPrevChild(self, next: bool) -> bool:  # noqa: N802, A002
        return False  # Tab switches the view here, it does not move a focus

    # -- where -----------------------------------------------------------------------------------
    def place(self, facilitator: QWidget | None) -> None:
        """Full screen on the largest screen other than the facilitator's; on a single
        screen (a projector that mirrors the laptop), full screen on it."""
        target = presenter_screen(facilitator.screen() if facilitator is not None else None)
        if target is not None:
            self.setScreen(target)
            self.setGeometry(target.geometry())
        self.showFullScreen()
        self.raise_()


def presenter_screen(own: QScreen | None) -> QScreen | None:
    """The screen for the room: the largest one that is not the facilitator's, or the only
    one there is."""
    screens = QGuiApplication.screens()
    others = [screen for screen in screens if screen is not own]
    candidates = others or screens
    if not candidates:
        return None
    return max(candidates, key=lambda s: s.geometry().width() * s.geometry().height())
