"""Driver for the quit test: a meeting in Arabic in the REAL program, then Ctrl+Q.

Run as ``python tests/launch_program.py tests/ui/quit_driver.py --db X`` with
``MRA_QUIT_MEETING`` naming the meeting. It captures a change and describes it, chooses it
as the most significant with a reason, adds and moves an action item, undoes and redoes,
lets the step timer run as through a long meeting, and quits with Ctrl+Q.
"""

from __future__ import annotations

import os
from typing import Any

from PySide6.QtCore import QCoreApplication, QEvent, Qt
from PySide6.QtGui import QKeyEvent
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QApplication, QWidget

CAPTURE = "شهادة طبية مجانية للنساء ضحايا العنف"
DETAIL = "منذ مارس يرسل المندوب الإقليمي وحدة متنقلة إلى اثنتي عشرة قرية كل أسبوع. "
REASON = "لأن النساء لم يعدن يدفعن ثمن الشهادة"
ITEM = "اجتماعات شهرية للجنة المحلية"
# a long meeting: the step timer's label is updated once a second for three hours
LONG_MEETING_TICKS = 3 * 3600


def type_text(widget: QWidget, text: str) -> None:
    """Type any text (Arabic included: QTest.keyClicks knows Latin-1 only)."""
    for char in text:
        for kind in (QEvent.Type.KeyPress, QEvent.Type.KeyRelease):
            QCoreApplication.sendEvent(
                widget, QKeyEvent(kind, 0, Qt.KeyboardModifier.NoModifier, char)
            )


def ctrl(widget: QWidget, key: Qt.Key, shift: bool = False) -> None:
    modifiers = Qt.KeyboardModifier.ControlModifier
    if shift:
        modifiers |= Qt.KeyboardModifier.ShiftModifier
    QTest.keyClick(widget, key, modifiers)


def drive(window: Any) -> None:
    window.activateWindow()
    window.open_meeting(os.environ["MRA_QUIT_MEETING"])
    workspace = window.workspace
    workspace.timer.toggle()  # the facilitator starts the step timer
    workspace.focus_capture()
    capture = workspace.good_practices.capture
    type_text(capture, CAPTURE)
    QTest.keyClick(capture, Qt.Key.Key_Return)
    detail = workspace.good_practices.editor.fields["what_changed"]
    detail.setFocus()
    type_text(detail, DETAIL)
    ctrl(window, Qt.Key.Key_3)
    msc = workspace.most_significant
    msc.changes.setFocus()
    msc.changes.setCurrentRow(msc.changes.count() - 1)  # the change just captured
    QTest.keyClick(msc.changes, Qt.Key.Key_Space)
    msc.reason.setFocus()
    type_text(msc.reason, REASON)
    ctrl(window, Qt.Key.Key_4)
    cell = workspace.action_plan.cells[("health", "continue")]
    cell.add.setFocus()
    type_text(cell.add, ITEM)
    QTest.keyClick(cell.add, Qt.Key.Key_Return)
    cell.items.setFocus()
    cell.items.setCurrentRow(cell.items.count() - 1)  # the item just added
    ctrl(cell.items, Qt.Key.Key_Left)  # the board is mirrored in Arabic
    ctrl(QApplication.focusWidget() or window, Qt.Key.Key_Z)
    ctrl(QApplication.focusWidget() or window, Qt.Key.Key_Z, shift=True)
    timer = workspace.timer
    for _ in range(LONG_MEETING_TICKS):
        timer.ticked.emit(timer.text())
    ctrl(window, Qt.Key.Key_Q)
