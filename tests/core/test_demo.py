"""The demo dataset: the 2022 report in full, two complete meetings, idempotent loading."""

from __future__ import annotations

import pytest

from mra_desktop.core.demo import load_demo, load_demo_data
from mra_desktop.core.protocol import load_protocol


@pytest.fixture
def loaded(services):  # type: ignore[no-untyped-def]
    load_demo(services)
    return services


def _live(services, kind: str) -> int:  # type: ignore[no-untyped-def]
    return services.db.counts()[kind]["live"]


def test_demo_holds_the_report_and_loads_twice_without_duplicates(loaded) -> None:  # type: ignore[no-untyped-def]
    first = {kind: c["live"] for kind, c in loaded.db.counts().items()}
    assert first["organisation"] == 6
    assert first["change"] >= 40
    assert first["action_item"] >= 60
    again = load_demo(loaded)
    assert again.total_added() == 0
    assert {kind: c["live"] for kind, c in loaded.db.counts().items()} == first


def test_every_sector_has_good_practices_and_action_items(loaded) -> None:  # type: ignore[no-untyped-def]
    changes = loaded.changes.list()
    items = loaded.action_items.list()
    for sector in ("health", "justice", "law_enforcement", "system"):
        assert any(c.sector == sector for c in changes), sector
        assert any(i.sector == sector for i in items), sector
    for action in ("continue", "stop", "start"):
        assert any(i.action == action for i in items), action
    english = [c for c in changes if _meeting_language(loaded, c.meeting_id) == "en"]
    assert len(english) >= 40
    assert all(c.objective for c in english)
    # the report gives an outcome for every change but one (the prosecutors' action strategies)
    assert len([c for c in english if not c.results]) <= 1


def _meeting_language(services, meeting_id: str) -> str:  # type: ignore[no-untyped-def]
    return services.meetings.get(meeting_id).language


@pytest.mark.parametrize("language", ["ar", "fr"])
def test_complete_meeting_in_arabic_and_french(loaded, language) -> None:  # type: ignore[no-untyped-def]
    meetings = [mt for mt in loaded.meetings.list() if mt.language == language]
    assert len(meetings) == 1
    meeting = meetings[0]
    assert meeting.protocol_version == load_protocol().version
    assert loaded.participants.for_meeting(meeting.id)
    notes = loaded.notes.texts(meeting.id)
    assert {q["code"] for q in load_protocol().questions()} <= set(notes)
    changes = loaded.changes.for_meeting(meeting.id)
    assert len(changes) >= 4
    precise = load_protocol().precision_fields()
    for change in changes:
        unanswered = [f for f in precise if getattr(change, f) in ("", None, "unknown")]
        assert unanswered == [], (change.title, unanswered)
        assert change.obligations
    assert any(c.msc_selected and c.msc_reason for c in changes)
    actions = {i.action for i in loaded.action_items.for_meeting(meeting.id)}
    assert actions == {"continue", "stop", "start"}


def test_demo_file_uses_only_known_codes() -> None:
    data = load_demo_data()
    protocol = load_protocol()
    subthemes = {
        s: {t["code"] for t in protocol.subthemes(s)} for s in protocol.codes("sectors")
    }
    for meeting in data["meetings"]:
        for record in meeting.get("changes", []) + meeting.get("action_items", []):
            assert record["subtheme"] is None or record["subtheme"] in subthemes[record["sector"]]
        for note in meeting.get("notes", []):
            protocol.question(note["question"])  # raises KeyError on an unknown question
