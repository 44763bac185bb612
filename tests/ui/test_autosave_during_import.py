"""An edit saved while MRA imports a large file: the interface does not wait for the
import's write lock, the edit waits off the UI thread and lands once the import commits,
in the order it was typed."""

from __future__ import annotations

import threading
import time
from pathlib import Path
from typing import Any

from PySide6.QtCore import QElapsedTimer, QTimer

from mra_desktop.core.database import open_database
from mra_desktop.core.progress import Progress
from mra_desktop.core.sync import import_sync_file
from mra_desktop.ui.autosave import Autosaver
from mra_desktop.ui.sentences import visible
from tests.benchmarks.sync_bench_data import enrol_partner, generate_records, sync_file

#: how long the UI thread may be kept from its events while the import holds the lock
UI_BOUND_S = 0.5  # the import lingers 2 s holding the lock: waiting for it would show


def test_an_edit_during_a_long_import_lands_without_blocking_the_interface(
    qtbot: Any, services: Any, meeting: Any, tmp_path: Path
) -> None:
    records = generate_records(6000)
    path = tmp_path / "partner.mrasync"
    path.write_bytes(sync_file(records, None))
    enrol_partner(services.db, records)
    change = services.changes.create(meeting_id=meeting.id, sector="health", title="Avant").record_id

    holding = threading.Event()
    outcome: list[Any] = []

    def long_import() -> None:
        """The import, made long: once it holds the write lock (it is writing), it
        lingers two seconds before going on, as a file of 300,000 records would."""
        db = open_database(services.db.path)
        lingered = []

        def on_step(done: int, total: int, message: str) -> None:
            if message.endswith("writing") and done > 0.66 * total and not lingered:
                lingered.append(True)
                holding.set()
                time.sleep(2.0)

        try:
            outcome.append(import_sync_file(db, path, [], Progress(on_step),
                                            allow_unencrypted=True))
        finally:
            db.close()

    worker = threading.Thread(target=long_import)
    worker.start()
    assert holding.wait(30), "the import never started writing"

    # the UI thread's heartbeat: the longest gap between two ticks while the edit waits
    gaps: list[float] = []
    clock = QElapsedTimer()
    clock.start()
    last = [clock.elapsed()]

    def tick() -> None:
        now = clock.elapsed()
        gaps.append((now - last[0]) / 1000)
        last[0] = now

    heartbeat = QTimer()
    heartbeat.timeout.connect(tick)
    heartbeat.start(20)

    saver = Autosaver(services, delay_ms=50)
    waited: list[bool] = []
    saver.waiting.connect(lambda: waited.append(True))
    saver.set_field("change", change, "title", "Pendant l'import")
    start = time.perf_counter()
    assert saver.flush() is True
    flush_seconds = time.perf_counter() - start
    saver.set_field("change", change, "title", "Pendant l'import, corrigé")
    saver.flush()  # queued behind the first, never before it
    assert waited, "the busy database was not noticed"
    assert flush_seconds < UI_BOUND_S, f"the UI thread waited {flush_seconds:.2f} s"

    qtbot.waitUntil(lambda: not saver.has_pending(), timeout=30_000)
    heartbeat.stop()
    worker.join(30)
    assert outcome and outcome[0].status == "imported"
    assert services.changes.get(change).title == "Pendant l'import, corrigé"
    assert max(gaps) < UI_BOUND_S, f"the UI thread was kept {max(gaps):.2f} s from its events"
    qtbot.waitUntil(lambda: saver.last_saved is not None, timeout=5000)  # "Saved at …"


def test_when_nothing_holds_the_database_an_edit_is_stored_at_once(
    services: Any, meeting: Any
) -> None:
    change = services.changes.create(meeting_id=meeting.id, sector="health", title="x").record_id
    saver = Autosaver(services)
    saver.set_field("change", change, "story", "Tout de suite")
    assert saver.flush() is True and not saver.has_pending()
    assert services.changes.get(change).story == "Tout de suite"


def test_a_refused_value_is_said_at_once_even_while_the_database_is_busy(
    qtbot: Any, services: Any, meeting: Any
) -> None:
    """The value is checked before the database is needed: the sentence comes at once,
    the refused value stays pending (to be corrected), and the other fields wait for the
    database and are stored."""
    import sqlite3

    change = services.changes.create(meeting_id=meeting.id, sector="health", title="x").record_id
    lock = sqlite3.connect(services.db.path, check_same_thread=False)
    lock.execute("BEGIN IMMEDIATE")  # another program writing
    release = threading.Timer(1.0, lock.rollback)
    release.start()
    saver = Autosaver(services)
    failures: list[str] = []
    saver.failed.connect(failures.append)
    saver.set_field("change", change, "title", "")
    saver.set_field("change", change, "before", "Rien")
    assert saver.flush() is False
    assert visible(failures[0]) == "The title cannot be empty."
    assert saver.has_pending()  # "Rien" waits for the database
    qtbot.waitUntil(lambda: services.changes.get(change).before == "Rien", timeout=20_000)
    release.join()
    lock.close()
    assert services.changes.get(change).title == "x"
    assert {k: visible(v) for k, v in saver.refusals().items()} == {
        ("change", change, "title"): "The title cannot be empty."
    }
    assert saver.pending_keys() == [("change", change, "title")]  # until it is corrected
    saver.set_field("change", change, "title", "Rien n'existait")
    assert saver.flush() is True and saver.refusals() == {}
    assert services.changes.get(change).title == "Rien n'existait"
