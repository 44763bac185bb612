"""The Autosaver: debounced writes, bounded wait under continuous typing, errors in words."""

from __future__ import annotations

import time

from mra_desktop.ui.autosave import Autosaver
from mra_desktop.ui.sentences import visible


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


def test_a_refused_value_stays_pending_and_the_others_are_stored(qtbot, services, meeting) -> None:  # type: ignore[no-untyped-def]
    change = services.changes.create(meeting_id=meeting.id, sector="health", title="x").record_id
    saver = Autosaver(services)
    failures: list[str] = []
    refusals: list[tuple[str, str, str, str]] = []
    saver.failed.connect(failures.append)
    saver.refused.connect(lambda *args: refusals.append(args))
    saver.set_field("change", change, "title", "")
    saver.set_field("change", change, "before", "Rien")
    assert saver.flush() is False
    assert [visible(f) for f in failures] == ["The title cannot be empty."]
    assert [(*r[:3], visible(r[3])) for r in refusals] == [
        ("change", change, "title", "The title cannot be empty.")
    ]
    assert services.changes.get(change).before == "Rien"
    assert saver.pending_keys() == [("change", change, "title")]  # kept until it is fixed
    assert saver.flush() is False and services.changes.get(change).title == "x"
    saver.set_field("change", change, "title", "Free certificates")
    assert saver.flush() is True
    assert services.changes.get(change).title == "Free certificates"
    assert refusals[-1] == ("change", change, "title", "")  # no longer refused
    assert not saver.has_pending()


def test_a_period_ending_before_it_starts_keeps_the_city_typed_with_it(qtbot, services, meeting) -> None:  # type: ignore[no-untyped-def]
    """The refusal names a field that is not among the pending edits (the end of the
    period, while the start was typed): the city typed with it is stored all the same."""
    services.meetings.update(meeting.id, period_to="2022-06-30")
    saver = Autosaver(services)
    refusals: list[tuple[str, str, str, str]] = []
    saver.refused.connect(lambda *args: refusals.append(args))
    saver.set_field("meeting", meeting.id, "city", "Azrou")
    saver.set_field("meeting", meeting.id, "period_from", "2022-09-01")
    assert saver.flush() is False
    stored = services.meetings.get(meeting.id)
    assert stored.city == "Azrou"
    assert stored.period_from is None
    assert refusals == [
        ("meeting", meeting.id, "period_from", "The period under review must end after it starts.")
    ]
    assert saver.pending_keys() == [("meeting", meeting.id, "period_from")]
    saver.set_field("meeting", meeting.id, "period_to", "2022-12-31")  # put right
    assert saver.flush() is True
    stored = services.meetings.get(meeting.id)
    assert (str(stored.period_from), str(stored.period_to)) == ("2022-09-01", "2022-12-31")
    assert refusals[-1] == ("meeting", meeting.id, "period_from", "")


def test_edits_of_a_deleted_record_are_dropped_with_a_sentence(qtbot, services, meeting) -> None:  # type: ignore[no-untyped-def]
    change = services.changes.create(meeting_id=meeting.id, sector="health", title="x").record_id
    saver = Autosaver(services)
    failures: list[str] = []
    saver.failed.connect(failures.append)
    saver.set_field("change", change, "before", "Rien")
    services.changes.delete(change)
    assert saver.flush() is False
    assert failures == ["This record was deleted; restore it first."]
    assert not saver.has_pending()
