"""Services: what lands in the database, and the sentences bad input gets."""

from __future__ import annotations

import datetime as dt

import pytest
from sqlalchemy import text

from mra_desktop.core.errors import NotFoundError, ValidationError
from mra_desktop.core.models import Change


def _row(db, table: str, record_id: str) -> dict:  # type: ignore[no-untyped-def]
    with db.engine.connect() as conn:
        row = conn.execute(text(f'SELECT * FROM "{table}" WHERE id = :id'), {"id": record_id})
        return dict(row.mappings().one())


def test_create_stores_bookkeeping_and_content(services, db, meeting) -> None:  # type: ignore[no-untyped-def]
    created = services.changes.create(
        meeting_id=meeting.id,
        sector="health",
        title="Bureaux réservés aux femmes victimes de violence",
        obligations=["protect", "prevent", "protect"],
    )
    row = _row(db, "change", created.record_id)
    assert row["title"] == "Bureaux réservés aux femmes victimes de violence"
    assert row["revision"] == 1
    assert row["device_id"] == db.device_id
    assert row["deleted_at"] is None
    assert row["position"] == 0
    record = services.changes.get(created.record_id)
    assert record.obligations == ["prevent", "protect"]  # de-duplicated, catalogue order
    assert row["content_hash"] == record.compute_content_hash()
    assert created.operation == "created"
    assert created.fields["title"][1] == "Bureaux réservés aux femmes victimes de violence"


def test_update_bumps_revision_time_and_hash_and_reports_fields(services, db, meeting) -> None:  # type: ignore[no-untyped-def]
    created = services.changes.create(meeting_id=meeting.id, sector="health", title="Offices")
    before = services.changes.get(created.record_id)
    result = services.changes.update(
        created.record_id, before="No private office", now="A private office", title="Offices"
    )
    after = services.changes.get(created.record_id)
    assert result.operation == "updated"
    assert dict(result.fields) == {
        "before": ("", "No private office"),
        "now": ("", "A private office"),
    }
    assert after.revision == 2 == result.revision
    assert after.updated_at >= before.updated_at
    assert after.content_hash != before.content_hash
    assert after.updated_at.tzinfo is not None


def test_update_with_same_values_changes_nothing(services, meeting) -> None:  # type: ignore[no-untyped-def]
    created = services.changes.create(meeting_id=meeting.id, sector="health", title="Offices")
    result = services.changes.update(created.record_id, title="Offices", sector="health")
    assert result.operation == "unchanged" and not result.changed
    assert services.changes.get(created.record_id).revision == 1


def test_identical_content_gives_identical_hash(services, meeting) -> None:  # type: ignore[no-untyped-def]
    a = services.action_items.create(
        meeting_id=meeting.id, sector="system", action="start", text="Create a shared database", position=5
    )
    b = services.action_items.create(
        meeting_id=meeting.id, sector="system", action="start", text="Create a shared database", position=5
    )
    ra, rb = services.action_items.get(a.record_id), services.action_items.get(b.record_id)
    assert ra.id != rb.id
    assert ra.content_hash == rb.content_hash
    services.action_items.update(b.record_id, text="Create a shared database!")
    assert services.action_items.get(b.record_id).content_hash != ra.content_hash


def test_soft_delete_and_restore(services, db, meeting) -> None:  # type: ignore[no-untyped-def]
    created = services.participants.create(meeting_id=meeting.id, role="Deputy Prosecutor", count=2)
    deleted = services.participants.delete(created.record_id)
    assert deleted.operation == "deleted"
    assert services.participants.for_meeting(meeting.id) == []
    assert [p.id for p in services.participants.list(deleted_only=True)] == [created.record_id]
    row = _row(db, "participant", created.record_id)
    assert row["deleted_at"] is not None and row["revision"] == 2
    with pytest.raises(ValidationError, match="restore it first"):
        services.participants.update(created.record_id, count=3)
    restored = services.participants.restore(created.record_id)
    assert restored.operation == "restored" and restored.revision == 3
    assert [p.role for p in services.participants.for_meeting(meeting.id)] == ["Deputy Prosecutor"]


@pytest.mark.parametrize(
    "values, field, message",
    [
        ({"sector": "health"}, "title", "Short title is required."),
        ({"sector": "health", "title": "   "}, "title", "Short title is required."),
        ({"sector": "army", "title": "x"}, "sector", "Sector must be one of health, justice"),
        ({"sector": "health", "title": "x" * 201}, "title", "too long (201 characters; at most 200)"),
        ({"sector": "health", "title": "x", "level": "planet"}, "level", "Level must be one of"),
        ({"sector": "health", "title": "x", "obligations": ["protect", "forget"]}, "obligations", "may only contain"),
        ({"sector": "health", "title": "x", "obligations": "protect"}, "obligations", "must be a list"),
        ({"sector": "health", "title": "x", "covid": "yes"}, "covid", "must be yes or no"),
        ({"sector": "health", "title": "x", "colour": "red"}, "colour", "no field called 'colour'"),
        ({"sector": "health", "title": "x", "msc_reason": "Because"}, "msc_reason", "chosen as most significant"),
        ({"sector": "health", "title": "x", "story": "y" * 20_001}, "story", "too long"),
    ],
)
def test_bad_change_input_is_refused_with_a_sentence(services, meeting, values, field, message) -> None:  # type: ignore[no-untyped-def]
    with pytest.raises(ValidationError) as info:
        services.changes.create(meeting_id=meeting.id, **values)
    assert info.value.field == field
    assert message in str(info.value)
    assert services.changes.for_meeting(meeting.id) == []


@pytest.mark.parametrize(
    "values, message",
    [
        ({"date": "14/03/2022"}, "must be a date written YYYY-MM-DD"),
        ({"period_from": "2022-06-01", "period_to": "2022-01-01"}, "must end after it starts"),
        ({"scope": "single_sector", "sectors": ["health", "justice"]}, "covers one sector only"),
        ({"status": "done"}, "Status must be one of planned, in_progress, completed"),
        ({"language": "es"}, "Language of the notes must be one of ar, fr, en"),
    ],
)
def test_bad_meeting_updates_change_nothing(services, meeting, values, message) -> None:  # type: ignore[no-untyped-def]
    with pytest.raises(ValidationError, match=message):
        services.meetings.update(meeting.id, **values)
    again = services.meetings.get(meeting.id)
    assert again.revision == meeting.revision
    assert again.content_hash == meeting.content_hash


def test_participant_count_must_be_positive(services, meeting) -> None:  # type: ignore[no-untyped-def]
    with pytest.raises(ValidationError, match="at least 1"):
        services.participants.create(meeting_id=meeting.id, role="Judge", count=0)
    with pytest.raises(ValidationError, match="whole number"):
        services.participants.create(meeting_id=meeting.id, role="Judge", count="3")


def test_references_to_missing_or_deleted_records_are_refused(services, meeting) -> None:  # type: ignore[no-untyped-def]
    with pytest.raises(ValidationError, match="no meeting with id nope"):
        services.changes.create(meeting_id="nope", sector="health", title="x")
    with pytest.raises(ValidationError, match="no organisation"):
        services.meetings.create(organisation_id="nope", title="x")
    services.meetings.delete(meeting.id)
    with pytest.raises(ValidationError, match="was deleted"):
        services.action_items.create(meeting_id=meeting.id, sector="health", action="stop", text="x")
    with pytest.raises(NotFoundError):
        services.changes.get("missing")


def test_positions_follow_creation_and_move_reorders(services, meeting) -> None:  # type: ignore[no-untyped-def]
    ids = [
        services.changes.create(meeting_id=meeting.id, sector="health", title=t).record_id
        for t in ("one", "two", "three")
    ]
    services.changes.move(ids[2], 0)
    assert [c.title for c in services.changes.for_meeting(meeting.id)] == ["three", "one", "two"]


def test_notes_are_one_per_question(services, meeting) -> None:  # type: ignore[no-untyped-def]
    services.notes.set_text(meeting.id, "gp_best", "Le jour où la cellule a ouvert le samedi")
    services.notes.set_text(meeting.id, "gp_best", "Le jour où la cellule a ouvert le week-end")
    services.notes.set_text(meeting.id, "ap_stop", "Arrêter de renvoyer les femmes")
    assert services.notes.texts(meeting.id) == {
        "gp_best": "Le jour où la cellule a ouvert le week-end",
        "ap_stop": "Arrêter de renvoyer les femmes",
    }


def test_meeting_search_filters(services, meeting) -> None:  # type: ignore[no-untyped-def]
    org = meeting.organisation_id
    other = services.meetings.create(
        organisation_id=org, title="Entretien individuel, Taza", city="Taza", date="2021-06-01",
        status="completed", sectors=["law_enforcement"], scope="single_sector",
    ).record_id
    assert [m.id for m in services.meetings.search(text="taza")] == [other]
    assert [m.id for m in services.meetings.search(status="completed")] == [other]
    assert [m.id for m in services.meetings.search(sector="health")] == [meeting.id]
    assert [m.id for m in services.meetings.search(date_from=dt.date(2022, 1, 1))] == [meeting.id]
    assert {m.id for m in services.meetings.search(organisation_id=org)} == {meeting.id, other}
    services.meetings.delete(other)
    assert [m.id for m in services.meetings.search(deleted_only=True)] == [other]


def test_participant_totals_by_sector(services, meeting) -> None:  # type: ignore[no-untyped-def]
    services.participants.create(meeting_id=meeting.id, role="Doctor", sector="health", count=2)
    services.participants.create(meeting_id=meeting.id, role="Nurse", sector="health", count=3)
    services.participants.create(meeting_id=meeting.id, role="Judge", sector="justice", count=1)
    assert services.participants.totals_by_sector(meeting.id) == {"health": 5, "justice": 1}


def test_change_model_lists_every_precise_field() -> None:
    fields = set(Change.content_fields())
    assert {
        "what_changed", "change_kind", "before", "now", "who_decided", "location", "level",
        "ongoing", "objective", "results", "story", "significance", "difference",
        "obligations", "change_class", "references", "covid",
    } <= fields
