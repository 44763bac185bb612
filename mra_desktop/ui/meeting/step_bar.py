"""The step bar (five steps, moved between freely) and the facilitator's step timer."""

from __future__ import annotations

from collections.abc import Sequence

from PySide6.QtCore import QCoreApplication, QElapsedTimer, QObject, QTimer, Signal
from PySide6.QtWidgets import QButtonGroup, QHBoxLayout, QPushButton, QWidget

from mra_desktop.ui.icons import icon
from mra_desktop.ui.sentences import fill, ltr, shortcut_text


def step_name(code: str) -> str:
    """Short interface name of a step (the catalogue's full title is in the tooltip)."""
    names = {
        "due_diligence": QCoreApplication.translate("StepBar", "Due diligence"),
        "good_practices": QCoreApplication.translate("StepBar", "Good practices"),
        "most_significant": QCoreApplication.translate("StepBar", "Most significant change"),
        "action_plan": QCoreApplication.translate("StepBar", "Action plan"),
        "review": QCoreApplication.translate("StepBar", "Review"),
    }
    return names.get(code, code)


class StepBar(QWidget):
    # the facilitator clicked a step (its code)
    step_clicked = Signal(str)

    def __init__(self, steps: Sequence[str], parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.steps = list(steps)
        self.titles: dict[str, str] = {}
        layout = QHBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(2)
        self.group = QButtonGroup(self)
        self.group.setExclusive(True)
        self.buttons: dict[str, QPushButton] = {}
        for number, code in enumerate(self.steps, start=1):
            button = QPushButton()
            button.setCheckable(True)
            button.setObjectName(f"step_{code}")
            button.setProperty("number", number)
            button.setIcon(icon(code))
            button.clicked.connect(lambda _checked=False, c=code: self.step_clicked.emit(c))
            self.group.addButton(button, number)
            self.buttons[code] = button
            layout.addWidget(button, 1)

    def set_titles(self, titles: dict[str, str]) -> None:
        """The catalogue's step titles, in the meeting's language, for the tooltips."""
        self.titles = dict(titles)
        self.retranslate()

    def retranslate(self) -> None:
        for number, code in enumerate(self.steps, start=1):
            button = self.buttons[code]
            button.setText(f"{number}. {step_name(code)}")
            button.setAccessibleName(
                fill(
                    QCoreApplication.translate("StepBar", "Step %1: %2"),
                    ltr(number),
                    step_name(code),
                )
            )
            tip = self.titles.get(code, "")
            shortcut = shortcut_text(f"Ctrl+{number}")
            button.setToolTip(f"{tip}\n({shortcut})" if tip else f"({shortcut})")

    def set_current(self, code: str) -> None:
        self.buttons[code].setChecked(True)


class StepTimer(QObject):
    """Elapsed time per step, for the facilitator only (never on the presenter).

    :meth:`state` and :meth:`restore` carry the time banked on each step (and whether the
    timer runs) across a restart; the workspace keeps them in the database."""

    # the time shown changed (mm:ss of the current step)
    ticked = Signal(str)
    # the timer was started or paused (True when running)
    running_changed = Signal(bool)

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.step = ""
        self.elapsed_ms: dict[str, int] = {}
        self.running = False
        self._clock = QElapsedTimer()
        self._tick = QTimer(self)
        self._tick.setInterval(1000)
        self._tick.timeout.connect(self._emit)

    def _bank(self) -> None:
        if self.running and self._clock.isValid():
            self.elapsed_ms[self.step] = self.elapsed_ms.get(self.step, 0) + self._clock.restart()

    def set_step(self, code: str) -> None:
        self._bank()
        self.step = code
        self._emit()

    def toggle(self) -> None:
        if self.running:
            self._bank()
            self.running = False
            self._tick.stop()
        else:
            self.running = True
            self._clock.start()
            self._tick.start()
        self.running_changed.emit(self.running)
        self._emit()

    def pause(self) -> None:
        if self.running:
            self.toggle()

    def state(self) -> dict[str, object]:
        """The time spent on each step until now, and whether the timer runs."""
        steps = set(self.elapsed_ms) | {self.step}
        elapsed = {code: self.elapsed(code) for code in sorted(steps) if code}
        return {"elapsed_ms": {k: v for k, v in elapsed.items() if v}, "running": self.running}

    def restore(self, state: dict[str, object] | None) -> None:
        """Take back the time of an earlier session (``state`` as :meth:`state` gave it)."""
        elapsed = state.get("elapsed_ms") if state else None
        if isinstance(elapsed, dict):
            self.elapsed_ms = {
                str(code): int(ms)
                for code, ms in elapsed.items()
                if isinstance(ms, int) and not isinstance(ms, bool) and ms > 0
            }
        if state and state.get("running") is True and not self.running:
            self.toggle()
        self._emit()

    def elapsed(self, code: str | None = None) -> int:
        """Elapsed milliseconds of a step (the current one by default)."""
        code = self.step if code is None else code
        total = self.elapsed_ms.get(code, 0)
        if self.running and code == self.step and self._clock.isValid():
            total += self._clock.elapsed()
        return total

    def text(self) -> str:
        seconds = self.elapsed() // 1000
        return f"{seconds // 60:02d}:{seconds % 60:02d}"

    def _emit(self) -> None:
        self.ticked.emit(self.text())
