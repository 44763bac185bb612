"""The Qt binding itself: a signal emitted from Python must not lose a reference to
``True`` each time (PySide6 6.12.0 does: after a few thousand emissions — an afternoon of
autosaves — the interpreter frees ``True`` and the program aborts)."""

from __future__ import annotations

import sys

from PySide6.QtCore import QObject, Signal


class _Relay(QObject):
    fired = Signal()
    carried = Signal(object)


def test_emitting_a_signal_keeps_the_references_of_true_and_false(qapp) -> None:  # type: ignore[no-untyped-def]
    relay = _Relay()
    received: list[object] = []
    relay.fired.connect(lambda: received.append(None))
    relay.carried.connect(received.append)
    before = sys.getrefcount(True), sys.getrefcount(False)
    for number in range(200):  # enough to see a loss, too few to free True
        relay.fired.emit()
        relay.carried.emit(number)
    after = sys.getrefcount(True), sys.getrefcount(False)
    assert len(received) == 400
    assert after[0] >= before[0] - 10 and after[1] >= before[1] - 10, (before, after)
