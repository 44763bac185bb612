"""Long work runs off the UI thread; results, errors and Cancel come back to the UI thread."""

from __future__ import annotations

import threading
from typing import Any

import pytest
from PySide6.QtWidgets import QPushButton

from mra_desktop.core.progress import Cancelled, Progress
from mra_desktop.ui import background
from mra_desktop.ui.background import run_in_background


def test_result_arrives_on_the_ui_thread(qtbot: Any) -> None:
    ui_thread = threading.get_ident()
    seen: dict[str, Any] = {}

    def work(progress: Progress) -> int:
        seen["worker"] = threading.get_ident()
        progress.step(1, 2, "half")
        return 42

    def done(result: int) -> None:
        seen["result"] = result
        seen["callback"] = threading.get_ident()

    job = run_in_background(None, work, done, pytest.fail)
    qtbot.waitUntil(job.is_finished, timeout=5000)
    assert seen["result"] == 42
    assert seen["worker"] != ui_thread
    assert seen["callback"] == ui_thread


def test_errors_arrive_on_the_ui_thread(qtbot: Any) -> None:
    errors: list[BaseException] = []

    def work(progress: Progress) -> None:
        raise ValueError("the file is not a sync file")

    job = run_in_background(None, work, lambda _r: pytest.fail("no result"), errors.append)
    qtbot.waitUntil(job.is_finished, timeout=5000)
    assert [str(e) for e in errors] == ["the file is not a sync file"]


def test_cancel_from_the_progress_dialog_stops_the_work(qtbot: Any) -> None:
    started = threading.Event()
    errors: list[BaseException] = []

    def work(progress: Progress) -> None:
        started.set()
        for done in range(10_000):
            progress.step(done, 10_000, "working")
            threading.Event().wait(0.001)

    job = run_in_background(None, work, None, errors.append, progress_title="Exporting")
    assert job.dialog is not None and job.dialog.labelText() == "Exporting"
    assert started.wait(5)
    qtbot.waitUntil(lambda: job.dialog is not None and job.dialog.maximum() == 10_000, timeout=5000)
    job.dialog.findChild(QPushButton).click()  # the Cancel button
    qtbot.waitUntil(job.is_finished, timeout=5000)
    assert len(errors) == 1 and isinstance(errors[0], Cancelled)
    assert job.dialog is None


def test_synchronous_mode_for_tests() -> None:
    background.set_synchronous(True)
    try:
        results: list[int] = []
        job = run_in_background(None, lambda p: 7, results.append)
        assert job.is_finished() and results == [7]
    finally:
        background.set_synchronous(False)
