"""Progress and cancellation as a plain object, passed to long core functions.

The core calls :meth:`Progress.step`; the GUI polls or wraps it to drive a progress
dialog through queued signals, and sets :attr:`cancelled` from its Cancel button. A
cancelled job raises :class:`Cancelled` at its next step and writes nothing.
"""

from __future__ import annotations

import threading
from collections.abc import Callable

from mra_desktop.core.errors import MraError


class Cancelled(MraError):
    code = "cancelled"

    def __init__(self) -> None:
        super().__init__("Cancelled; nothing was written.")


class Progress:
    def __init__(self, on_change: Callable[[int, int, str], None] | None = None) -> None:
        self.done = 0
        self.total = 0
        self.message = ""
        self._cancel = threading.Event()
        self._on_change = on_change

    @property
    def cancelled(self) -> bool:
        return self._cancel.is_set()

    def cancel(self) -> None:
        self._cancel.set()

    def step(self, done: int, total: int, message: str = "") -> None:
        """Record progress; raise :class:`Cancelled` if the user asked to stop."""
        self.done, self.total, self.message = done, total, message or self.message
        if self._on_change is not None:
            self._on_change(done, total, self.message)
        if self.cancelled:
            raise Cancelled()


NO_PROGRESS = Progress()
