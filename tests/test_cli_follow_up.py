"""``mra-desktop follow-up``: the GUI's follow-up meeting from the command line."""

from __future__ import annotations

from pathlib import Path

import pytest

from mra_desktop.cli import main
from mra_desktop.core.database import open_database
from mra_desktop.core.follow_up import previous_action_plan
from mra_desktop.core.services import Services


@pytest.fixture
def db_file(tmp_path: Path) -> tuple[Path, str]:
    path = tmp_path / "m.sqlite"
    db = open_database(path)
    services = Services(db)
    org = services.organisations.create(name="Association Amal")
    meeting = services.meetings.create(
        organisation_id=org.record_id, title="اجتماع اللجنة المحلية", language="ar"
    )
    services.participants.create(meeting_id=meeting.record_id, role="وكيل الملك", count=1)
    services.action_items.create(
        meeting_id=meeting.record_id, sector="justice", action="start", text="خلية استماع"
    )
    db.close()
    return path, meeting.record_id


def test_follow_up_prints_the_new_meetings_id(db_file, capsys) -> None:  # type: ignore[no-untyped-def]
    path, meeting_id = db_file
    assert main(["--db", str(path), "follow-up", "--meeting", meeting_id[:8]]) == 0
    new_id = capsys.readouterr().out.strip()
    db = open_database(path)
    try:
        services = Services(db)
        new = services.meetings.get(new_id)
        assert new.title == "متابعة: اجتماع اللجنة المحلية"
        assert [p.role for p in services.participants.for_meeting(new_id)] == ["وكيل الملك"]
        plan = previous_action_plan(services, new_id)
        assert [i.item.text for i in plan.items] == ["خلية استماع"]
    finally:
        db.close()


@pytest.mark.parametrize("meeting", ["", "zzzz"])
def test_bad_meeting_is_one_line_and_exit_2(db_file, capsys, meeting: str) -> None:  # type: ignore[no-untyped-def]
    path, _ = db_file
    assert main(["--db", str(path), "follow-up", "--meeting", meeting]) == 2
    captured = capsys.readouterr()
    assert captured.out == ""
    assert captured.err.startswith("mra-desktop: ") and captured.err.count("\n") == 1
    db = open_database(path)
    try:
        assert len(Services(db).meetings.list()) == 1
    finally:
        db.close()


def test_a_deleted_meeting_is_refused(db_file, capsys) -> None:  # type: ignore[no-untyped-def]
    path, meeting_id = db_file
    db = open_database(path)
    Services(db).meetings.delete(meeting_id)
    db.close()
    assert main(["--db", str(path), "follow-up", "--meeting", meeting_id]) == 2
    assert "mra-desktop: " in capsys.readouterr().err
