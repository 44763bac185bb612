"""MRA's review of received meetings: states, comments and history are MRA's own records,
untouched by imports; a reviewed meeting that arrives again changed says so."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

import pytest
from sqlalchemy import select

from mra_desktop.core import models as m
from mra_desktop.core.errors import NotFoundError
from mra_desktop.core.mra_records import MeetingReview, ReviewEvent
from mra_desktop.core.mra_side import is_mra_database
from mra_desktop.core.national import Scope, national_figures
from mra_desktop.core.review import (
    ReceivedFilter,
    ReviewError,
    received_meetings,
    review_history,
    set_review_comment,
    set_review_state,
    state_counts,
)
from mra_desktop.core.sync import list_conflicts, resolve_conflict
from tests.mra_support import Partner, import_file, received


@pytest.fixture
def partner(tmp_path: Path):  # type: ignore[no-untyped-def]
    folder = tmp_path / "partner"
    folder.mkdir()
    made = Partner(folder)
    yield made
    made.close()


def test_a_database_becomes_mras_with_its_first_import(db, partner: Partner) -> None:  # type: ignore[no-untyped-def]
    assert not is_mra_database(db)
    import_file(db, partner.export())
    assert is_mra_database(db)


def test_an_imported_meeting_is_received_with_counts_from_its_records(db, partner: Partner) -> None:  # type: ignore[no-untyped-def]
    import_file(db, partner.export())
    [row] = received_meetings(db)
    assert row.id == partner.ids["meeting"]
    assert (row.partner, row.region, row.kind, row.sectors) == (
        "Association Amal", "", "group", ("health", "justice"))
    # the deleted participant does not count: 2 judges only
    assert (row.participants, row.changes, row.action_items) == (2, 1, 1)
    assert row.review.state == "received"
    assert row.received_at is not None


def test_review_states_comment_and_history(db, partner: Partner) -> None:  # type: ignore[no-untyped-def]
    import_file(db, partner.export())
    meeting = partner.ids["meeting"]
    set_review_state(db, meeting, "reviewed", reviewer="Khadija Amrani")
    with pytest.raises(ReviewError, match="Say what the issue is"):
        set_review_state(db, meeting, "has_issues", reviewer="Khadija Amrani")
    set_review_state(db, meeting, "has_issues", reviewer="Nadia  Tazi",
                     comment="  The place of the change is missing. ")
    [row] = received_meetings(db)
    assert (row.review.state, row.review.comment, row.review.reviewer) == (
        "has_issues", "The place of the change is missing.", "Nadia Tazi")
    with pytest.raises(ReviewError, match="keeps a comment"):
        set_review_comment(db, meeting, "", reviewer="Nadia Tazi")
    assert set_review_comment(db, meeting, "Place and date missing.", reviewer="Nadia Tazi")
    assert not set_review_comment(db, meeting, "Place and date missing.", reviewer="Nadia Tazi")
    set_review_state(db, meeting, "approved", reviewer="Khadija Amrani")
    history = review_history(db, meeting)
    assert [(h.state, h.reviewer) for h in history] == [
        ("reviewed", "Khadija Amrani"), ("has_issues", "Nadia Tazi"), ("approved", "Khadija Amrani")]
    assert history[1].comment == "The place of the change is missing."
    # approving keeps the comment the reviewer wrote
    assert received_meetings(db)[0].review.comment == "Place and date missing."


def test_bad_review_input_changes_nothing(db, partner: Partner, services) -> None:  # type: ignore[no-untyped-def]
    import_file(db, partner.export())
    meeting = partner.ids["meeting"]
    with pytest.raises(ReviewError, match="Unknown review state"):
        set_review_state(db, meeting, "published", reviewer="K")
    with pytest.raises(ReviewError, match="Write your name"):
        set_review_state(db, meeting, "approved", reviewer="   ")
    with pytest.raises(NotFoundError):
        set_review_state(db, "no-such-meeting", "approved", reviewer="K")
    org = services.organisations.create(name="MRA")
    local = services.meetings.create(organisation_id=org.record_id, title="MRA's own").record_id
    with pytest.raises(ReviewError, match="Only meetings received from a partner"):
        set_review_state(db, local, "approved", reviewer="K")
    with db.session() as session:
        assert session.scalars(select(MeetingReview)).all() == []
        assert session.scalars(select(ReviewEvent)).all() == []


def test_importing_the_same_file_again_leaves_the_review_alone(db, partner: Partner) -> None:  # type: ignore[no-untyped-def]
    path = partner.export()
    import_file(db, path)
    meeting = partner.ids["meeting"]
    set_review_state(db, meeting, "approved", reviewer="K", comment="Fine.")
    again = import_file(db, path)
    assert again.status == "already_imported"
    # a new file from the partner with nothing new in it
    import_file(db, partner.export())
    [row] = received_meetings(db)
    assert (row.review.state, row.review.comment) == ("approved", "Fine.")
    assert national_figures(db, Scope()).meetings == 1


def test_an_approved_meeting_that_arrives_changed_goes_back_to_changed_since_review(db, partner: Partner) -> None:  # type: ignore[no-untyped-def]
    import_file(db, partner.export())
    meeting = partner.ids["meeting"]
    set_review_state(db, meeting, "approved", reviewer="K", comment="Precise.")
    assert national_figures(db, Scope()).meetings == 1
    partner.services.changes.create(meeting_id=meeting, sector="justice", title="Un nouveau changement")
    outcome = import_file(db, partner.export())
    assert outcome.counts.new == 1
    [row] = received_meetings(db)
    assert row.review.state == "changed"
    # what MRA wrote stays: the stored state, the comment, the reviewer
    assert (row.review.stored_state, row.review.comment, row.review.reviewer) == (
        "approved", "Precise.", "K")
    assert row.changes == 2
    # it no longer counts as approved until a person approves it again
    assert national_figures(db, Scope()).meetings == 0
    assert national_figures(db, Scope(all_states=True)).meetings == 1
    assert state_counts(received_meetings(db))["changed"] == 1
    assert [r.id for r in received_meetings(db, ReceivedFilter(state="changed"))] == [meeting]
    set_review_state(db, meeting, "approved", reviewer="K")
    assert received_meetings(db)[0].review.state == "approved"
    assert national_figures(db, Scope()).meetings == 1


def test_an_edited_or_deleted_record_of_a_reviewed_meeting_also_marks_it(db, partner: Partner) -> None:  # type: ignore[no-untyped-def]
    import_file(db, partner.export())
    meeting = partner.ids["meeting"]
    set_review_state(db, meeting, "has_issues", reviewer="K", comment="Missing the place.")
    partner.services.action_items.delete(partner.ids["action_item"])
    import_file(db, partner.export())
    assert received_meetings(db)[0].review.state == "changed"
    set_review_state(db, meeting, "reviewed", reviewer="K")
    partner.services.notes.update(partner.ids["note"], text="نص معدل")
    import_file(db, partner.export())
    assert received_meetings(db)[0].review.state == "changed"


def test_a_conflict_decided_after_the_review_marks_the_meeting(db, partner: Partner, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    from tests.sync_support import second_device

    import_file(db, partner.export())
    meeting = partner.ids["meeting"]
    other = second_device(partner.db.path, tmp_path / "other.sqlite")
    try:
        from mra_desktop.core.services import Services

        partner.services.changes.update(partner.ids["change"], title="Version A")
        Services(other).changes.update(partner.ids["change"], title="Version B")
        import_file(db, partner.export())
        set_review_state(db, meeting, "approved", reviewer="K")
        path = tmp_path / "other.mrasync"
        from mra_desktop.core.sync import export_sync

        export_sync(other, path, unencrypted=True)
        from mra_desktop.core.sync import device_card
        from mra_desktop.core.sync.partners import enrol

        enrol(db, device_card(other))  # the partner's second laptop, enrolled too
        outcome = import_file(db, path)
        assert outcome.counts.conflicts == 1
        # an open conflict is shown, but the content MRA read has not changed yet
        [row] = received_meetings(db)
        assert row.open_conflicts == 1 and row.review.state == "approved"
        [conflict] = list_conflicts(db)
        resolve_conflict(db, conflict.id, "incoming")
        [row] = received_meetings(db)
        assert row.review.state == "changed" and row.open_conflicts == 0
    finally:
        other.close()


def test_filters_and_search(services) -> None:  # type: ignore[no-untyped-def]
    db = services.db
    a = received(services, partner="Amal", region="Fès-Meknès", date="2021-06-01", sectors=["health"])
    b = received(services, partner="FADD", region="Marrakech-Safi", date="2022-02-01", sectors=["justice"])
    c = received(services, partner="Tafiil", region="Fès-Meknès", date="2022-06-01", sectors=["health", "system"])
    set_review_state(db, b["meeting"], "has_issues", reviewer="K", comment="Dates do not match.")
    ids = lambda **kw: [r.id for r in received_meetings(db, ReceivedFilter(**kw))]  # noqa: E731
    assert ids() == [c["meeting"], b["meeting"], a["meeting"]]  # newest first
    assert ids(partner_id=a["organisation"]) == [a["meeting"]]
    assert ids(region="Fès-Meknès") == [c["meeting"], a["meeting"]]
    assert ids(sector="health") == [c["meeting"], a["meeting"]]
    assert ids(state="has_issues") == [b["meeting"]]
    assert ids(state="received") == [c["meeting"], a["meeting"]]
    assert ids(date_from=dt.date(2022, 1, 1), date_to=dt.date(2022, 3, 1)) == [b["meeting"]]
    assert ids(text="tafiil") == [c["meeting"]]
    assert ids(text="DATES do not") == [b["meeting"]]  # the review comment is searched too
    assert ids(text="nothing like this") == []


def test_meetings_made_here_are_not_received(services) -> None:  # type: ignore[no-untyped-def]
    org = services.organisations.create(name="MRA")
    services.meetings.create(organisation_id=org.record_id, title="MRA's own meeting")
    assert received_meetings(services.db) == []
    with services.db.session() as session:
        assert session.scalars(select(m.Meeting)).one().origin_import_id is None


def test_a_database_becomes_mras_when_it_enrols_a_partner(db, partner: Partner) -> None:  # type: ignore[no-untyped-def]
    from mra_desktop.core.sync import device_card
    from mra_desktop.core.sync.partners import enrol

    assert not is_mra_database(db)
    enrol(db, device_card(partner.db))
    assert is_mra_database(db)
