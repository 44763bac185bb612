"""The presenter window: what the room sees on a projector or a second screen.

It shows the current step's protocol words in large type, in the meeting's language, and
follows the facilitator. It never shows notes, the timer or anything typed about what
participants said (only change titles, when the group chooses among them).
"""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, QEvent, Qt
from PySide6.QtGui import QGuiApplication, QKeyEvent, QResizeEvent
from PySide6.QtWidgets import QFrame, QLabel, QScrollArea, QVBoxLayout, QWidget

from mra_desktop.ui.meeting.context import PresenterContent, scaled_font

# the window height at which the type has its base size; a taller window (a projector
# in full screen) enlarges it in proportion, up to MAX_SCALE times
BASE_HEIGHT = 640
MAX_SCALE = 3.0


class PresenterWindow(QWidget):
    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent, Qt.WindowType.Window)
        self._scale = 1.0
        self.setObjectName("presenter")
        self.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose, False)
        self.setAutoFillBackground(True)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(48, 36, 48, 36)
        self.heading = self._label(1.8, bold=True)
        self.counter = self._label(1.4)
        self.question = self._label(3.0)
        self.question.setObjectName("presenter_question")
        layout.addWidget(self.heading)
        layout.addWidget(self.counter)
        layout.addSpacing(24)
        layout.addWidget(self.question)
        self.items_area = QScrollArea()
        self.items_area.setFocusPolicy(Qt.FocusPolicy.NoFocus)
        self.items_area.setWidgetResizable(True)
        self.items_area.setFrameShape(QFrame.Shape.NoFrame)
        layout.addWidget(self.items_area, 1)
        layout.addStretch(0)
        self.item_labels: list[QLabel] = []
        self.retranslate()

    def _label(self, factor: float, bold: bool = False) -> QLabel:
        label = QLabel()
        label.setWordWrap(True)
        label.setTextFormat(Qt.TextFormat.PlainText)
        label.setAlignment(Qt.AlignmentFlag.AlignHCenter | Qt.AlignmentFlag.AlignTop)
        label.setProperty("presenter_size", factor)
        label.setFont(scaled_font(self, factor * self._scale, bold))
        return label

    def resizeEvent(self, event: QResizeEvent) -> None:  # noqa: N802
        super().resizeEvent(event)
        scale = min(max(event.size().height() / BASE_HEIGHT, 1.0), MAX_SCALE)
        if abs(scale - self._scale) >= 0.05:
            self._scale = scale
            for label in self.findChildren(QLabel):
                factor = label.property("presenter_size")
                if factor is not None:
                    label.setFont(scaled_font(self, float(factor) * scale, label.font().bold()))

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
        if event.key() in (Qt.Key.Key_F5, Qt.Key.Key_Escape):
            self.close()
            return
        super().keyPressEvent(event)

    def show_content(self, content: PresenterContent) -> None:
        self.heading.setText(content.heading)
        self.counter.setText(content.counter)
        self.counter.setVisible(bool(content.counter))
        self.question.setText(content.question)
        self.question.setVisible(bool(content.question))
        box = QWidget()
        layout = QVBoxLayout(box)
        self.item_labels = []
        for title, text in content.items:
            name = self._label(2.0, bold=True)
            name.setText(title)
            layout.addWidget(name)
            self.item_labels.append(name)
            if text:
                body = self._label(1.5)
                body.setText(text)
                layout.addWidget(body)
                self.item_labels.append(body)
            layout.addSpacing(18)
        layout.addStretch(1)
        old = self.items_area.takeWidget()
        self.items_area.setWidget(box)
        if old is not None:
            old.deleteLater()
        self.items_area.setVisible(bool(content.items))
        # without a list, the question sits high on the screen rather than mid-way
        self.layout().setStretch(self.layout().count() - 1, 0 if content.items else 1)

    def texts(self) -> list[str]:
        """Every text the room can read (for tests and accessibility checks)."""
        return [label.text() for label in self.findChildren(QLabel) if label.text()]

    def place(self, facilitator: QWidget | None) -> None:
        """Full screen on a second screen when there is one; otherwise a normal window."""
        screens = QGuiApplication.screens()
        own = facilitator.screen() if facilitator is not None else None
        others = [s for s in screens if s is not own]
        if len(screens) > 1 and others:
            target = others[0]
            self.setScreen(target)
            self.setGeometry(target.geometry())
            self.showFullScreen()
        else:
            if not self.isVisible():
                self.resize(1024, 640)
            self.showNormal()
        self.raise_()
