"""The Autosaver: debounced writes, bounded wait under continuous typing, errors in words."""

from __future__ import annotations

import time

from mra_desktop.ui.autosave import Autosaver


def test_continuous_typing_is_stored_within_a_second(qtbot, services, meeting) -> None:  # type: ignore[no-untyped-def]
    change = services.changes.create(meeting_id=meeting.id, sector="health", title="x").record_id
    saver = Autosaver(services, delay_ms=700, max_wait_ms=900)
    start = time.monotonic()
    typed = ""
    # a keystroke every 100 ms keeps restarting the debounce
    while time.monotonic() - start < 1.5:
        typed += "a"
        saver.set_field("change", change, "story", typed)
        qtbot.wait(100)
        if services.changes.get(change).story:
            break
    assert services.changes.get(change).story, "nothing stored after 1.5 s of typing"
    assert time.monotonic() - start < 1.2


def test_refused_value_is_reported_and_others_kept(qtbot, services, meeting) -> None:  # type: ignore[no-untyped-def]
    change = services.changes.create(meeting_id=meeting.id, sector="health", title="x").record_id
    saver = Autosaver(services)
    failures: list[str] = []
    saver.failed.connect(failures.append)
    saver.set_field("change", change, "title", "")
    saver.set_field("change", change, "before", "Rien")
    assert saver.flush() is False
    assert failures == ["The title cannot be empty."]
    assert saver.flush() is True
    stored = services.changes.get(change)
    assert (stored.title, stored.before) == ("x", "Rien")
