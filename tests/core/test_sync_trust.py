"""What MRA can trust: ownership, revisions, enrolment, undoing an import, the change
sequence, and the sentences for a busy database or a full disk."""

from __future__ import annotations

import copy
import datetime as dt
import errno
import hashlib
import os
import sqlite3
import uuid
from pathlib import Path
from typing import Any

import pytest
from cryptography.hazmat.primitives.asymmetric.ed25519 import Ed25519PrivateKey
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st
from sqlalchemy import event, select, text

from mra_desktop.core import database as database_module
from mra_desktop.core import models as m
from mra_desktop.core.database import Database, open_database
from mra_desktop.core.errors import DatabaseBusyError, DatabaseWriteError, NotFoundError
from mra_desktop.core.files import FileWriteError
from mra_desktop.core.services import Services
from mra_desktop.core.sync import (
    EnrolmentError,
    RevertError,
    enrol,
    export_sync,
    import_sync_files,
    list_conflicts,
    list_imports,
    list_partners,
    resolve_conflict,
    revert_import,
    revoke,
)
from mra_desktop.core.sync.cards import IdentityCard
from mra_desktop.core.sync.container import seal
from tests.sync_support import (
    CARD,
    DEVICE,
    MEETING_ID,
    ORG_ID,
    build_file,
    build_v1_file,
    dump,
    enrol_device,
    enrol_tafiil,
    fill_partner,
    manifest_for,
    records_of,
    rehash,
    small_records,
)

Records = dict[str, list[dict[str, Any]]]

# a second partner, Association Amal of Taza, with its own laptop
SIGNER_B = Ed25519PrivateKey.from_private_bytes(hashlib.sha256(b"Amal laptop").digest())
ORG_B = "6d5c4b3a-2f1e-4d0c-9b8a-7f6e5d4c3b2a"
DEVICE_B = "1e2d3c4b-5a69-4788-9a6b-5c4d3e2f1a0b"
CARD_B = IdentityCard(ORG_B, "Association Amal", DEVICE_B, SIGNER_B.public_key().public_bytes_raw())


def _file_b(records: Records, **manifest: Any) -> bytes:
    body = manifest_for(records, device_id=DEVICE_B,
                        organisation={"id": ORG_B, "name": "Association Amal"})
    body.update(manifest)
    return seal(body, __import__("json").dumps({"records": records}).encode(), None, SIGNER_B)


def _records_b() -> Records:
    """Amal's own small payload: its organisation, a meeting, a change and a note."""
    records = small_records()
    ids = {ORG_ID: ORG_B, MEETING_ID: "7a6b5c4d-3e2f-4a1b-8c9d-0e1f2a3b4c5d",
           "4b3c2d1e-0f9a-4b8c-9d7e-6f5a4b3c2d1e": "8b7c6d5e-4f3a-4b2c-9d0e-1f2a3b4c5d6e",
           "5c4d3e2f-1a0b-4c9d-8e7f-6a5b4c3d2e1f": "9c8d7e6f-5a4b-4c3d-8e1f-2a3b4c5d6e7f"}
    for record_type, items in records.items():
        for record in items:
            for key in ("id", "organisation_id", "meeting_id"):
                if record.get(key) in ids:
                    record[key] = ids[record[key]]
            record["device_id"] = DEVICE_B
            rehash(record_type, record)
    records["organisation"][0]["name"] = "Association Amal"
    rehash("organisation", records["organisation"][0])
    return records


def _import(db: Database, tmp_path: Path, data: bytes, name: str = "f.mrasync", **options: Any):  # type: ignore[no-untyped-def]
    path = tmp_path / name
    path.write_bytes(data)
    [outcome] = import_sync_files(db, [path], [], allow_unencrypted=True, **options)
    return outcome


@pytest.fixture
def mra(tmp_path: Path):  # type: ignore[no-untyped-def]
    """MRA's database: records of its own, Tafiil and Amal enrolled, each with its records."""
    db = open_database(tmp_path / "mra.sqlite")
    fill_partner(Services(db))  # MRA's own records
    enrol_tafiil(db)
    enrol(db, CARD_B)
    assert _import(db, tmp_path, build_file()).status == "imported"
    assert _import(db, tmp_path, _file_b(_records_b())).status == "imported"
    yield db
    db.close()


def _owned_rows(db: Database, organisation_ids: set[str], mra_made: bool) -> dict[str, Any]:
    """The rows of the given organisations (and MRA's own records), every column."""
    result: dict[str, Any] = {}
    with db.engine.connect() as conn:
        meetings = {
            row.id for row in conn.execute(text("SELECT id, organisation_id, origin_import_id FROM meeting"))
            if row.organisation_id in organisation_ids or (mra_made and row.origin_import_id is None)
        }
        for model in m.RECORD_TYPES:
            table = model.__table__
            for row in conn.execute(select(table)).mappings():
                owner_ok = (
                    row["id"] in organisation_ids if model is m.Organisation
                    else row["id"] in meetings if model is m.Meeting
                    else row["meeting_id"] in meetings
                )
                if owner_ok or (mra_made and row["origin_import_id"] is None):
                    result[row["id"]] = dict(row)
    return result


# -- a hostile partner, at random --------------------------------------------------------
_TEMPLATES = small_records()


@st.composite
def _hostile_file(draw: Any, pools: dict[str, list[str]]) -> Records:
    """A file Amal's laptop signed, made of records whose ids and parents are drawn from
    Tafiil's, MRA's, Amal's own records and new ids, its changes with or without consent:
    correct hashes and counts, so that only ownership can stop it."""
    records: Records = {t: [] for t in _TEMPLATES}
    used: set[str] = set()
    for _ in range(draw(st.integers(1, 6))):
        record_type = draw(st.sampled_from(["organisation", "meeting", "change", "note"]))
        record = copy.deepcopy(_TEMPLATES[record_type][0])
        record_id = draw(st.one_of(st.sampled_from(pools[record_type]),
                                   st.builds(lambda: str(uuid.uuid4()))))
        if record_id in used:
            continue
        used.add(record_id)
        record["id"] = record_id
        if record_type == "meeting":
            record["organisation_id"] = draw(st.sampled_from(pools["organisation"]))
        elif record_type != "organisation":
            record["meeting_id"] = draw(st.sampled_from(pools["meeting"]))
        record["revision"] = draw(st.sampled_from([1, 2, 5, 99_999, 2**31 - 1]))
        record["device_id"] = DEVICE_B
        if draw(st.booleans()):
            record["deleted_at"] = "2022-05-01T10:00:00+00:00"
        text_field = "name" if record_type == "organisation" else "title" if record_type in ("meeting", "change") else "text"
        record[text_field] = draw(st.sampled_from(["Écrasé", "مكتوب فوق", "x"]))
        if record_type == "change":  # consent given on a change it does not own, too
            record["may_be_quoted"] = draw(st.booleans())
            record["anonymise"] = draw(st.booleans())
        records[record_type].append(rehash(record_type, record))
    return records


def test_random_files_from_one_partner_never_change_anothers_or_mras_records(tmp_path: Path) -> None:
    db = open_database(tmp_path / "mra.sqlite")
    mra_ids = fill_partner(Services(db))
    enrol_tafiil(db)
    enrol(db, CARD_B)
    _import(db, tmp_path, build_file())
    _import(db, tmp_path, _file_b(_records_b()))
    tafiil, amal = small_records(), _records_b()
    pools = {
        t: [r["id"] for r in tafiil[t]] + [r["id"] for r in amal[t]]
        + ([mra_ids[t]] if t in mra_ids else [])
        for t in tafiil
    }
    protected = {ORG_ID}
    before = _owned_rows(db, protected, mra_made=True)
    counter = {"imported": 0, "refused": 0}

    @settings(max_examples=150, deadline=None, database=None, derandomize=True,
              suppress_health_check=[HealthCheck.too_slow])
    @given(_hostile_file(pools))
    def check(records: Records) -> None:
        outcome = _import(db, tmp_path, _file_b(records))
        counter["imported" if outcome.ok else "refused"] += 1
        assert _owned_rows(db, protected, mra_made=True) == before

    check()
    db.close()
    assert counter["imported"] and counter["refused"]  # both kinds were met


# -- ownership, by name -------------------------------------------------------------------
def test_a_partner_cannot_move_its_meeting_to_another_organisation(mra: Database, tmp_path: Path) -> None:
    records = small_records()
    meeting = records["meeting"][0]
    meeting.update(organisation_id=ORG_B, revision=2, title="Déplacée")
    rehash("meeting", meeting)
    before = dump(mra)
    outcome = _import(mra, tmp_path, build_file(records))
    assert outcome.code == "sync_not_owner"
    assert f"the meeting {MEETING_ID} belongs to another organisation" in outcome.message
    assert dump(mra) == before


def test_a_partner_cannot_take_another_partners_meeting(mra: Database, tmp_path: Path) -> None:
    amal_meeting = _records_b()["meeting"][0]
    records = {t: [] for t in small_records()}
    records["meeting"] = [rehash("meeting", {**amal_meeting, "organisation_id": ORG_ID,
                                             "revision": 7, "device_id": DEVICE})]
    before = dump(mra)
    outcome = _import(mra, tmp_path, build_file(records))
    assert "belongs to another organisation at MRA" in outcome.message
    assert dump(mra) == before


def test_enrolment_refuses_a_card_claiming_a_known_organisation_under_another_name(
    mra: Database,
) -> None:
    forged = IdentityCard(ORG_ID, "Association Amal", str(uuid.uuid4()),
                          Ed25519PrivateKey.generate().public_key().public_bytes_raw())
    with pytest.raises(EnrolmentError, match="MRA knows its organisation id .* as “Association Tafiil”"):
        enrol(mra, forged)
    with mra.session() as session:
        own = session.scalars(select(m.Organisation).where(m.Organisation.origin_import_id.is_(None))).first()
    assert own is not None
    mras = IdentityCard(own.id, own.name, str(uuid.uuid4()),
                        Ed25519PrivateKey.generate().public_key().public_bytes_raw())
    with pytest.raises(EnrolmentError, match="MRA's own organisation"):
        enrol(mra, mras)


def test_enrol_list_and_revoke(mra: Database) -> None:
    again = enrol(mra, CARD)
    assert again.already
    partners = list_partners(mra)
    assert [p.organisation_name for p in partners] == ["Association Amal", "Association Tafiil"]
    tafiil = next(p for p in partners if p.key_id == CARD.key_id)
    assert tafiil.imports == 1 and tafiil.last_import_at is not None
    revoked, now = revoke(mra, CARD.fingerprint.replace(" ", ""))
    assert now and revoked.revoked
    assert revoke(mra, CARD.fingerprint)[1] is False
    with pytest.raises(EnrolmentError, match="was revoked on"):
        enrol(mra, CARD)
    with pytest.raises(NotFoundError, match="No enrolled device"):
        revoke(mra, "12345 12345 12345 12345 12345")
    with pytest.raises(EnrolmentError, match="is not a fingerprint"):
        revoke(mra, "12345")


# -- revisions ------------------------------------------------------------------------------
def _tafiil_note(revision: int, text_value: str) -> bytes:
    records = small_records()
    note = records["note"][0]
    note.update(revision=revision, text=text_value)
    rehash("note", note)
    return build_file(records, manifest=manifest_for(records, sequence=12 + revision))


def test_a_revision_far_beyond_becomes_a_conflict_not_a_frozen_record(mra: Database, tmp_path: Path) -> None:
    outcome = _import(mra, tmp_path, _tafiil_note(2**31 - 1, "Gelé pour toujours"))
    assert outcome.counts is not None and outcome.counts.conflicts == 1
    [conflict] = list_conflicts(mra)
    assert conflict.reason == "revision_jump"
    assert conflict.incoming["text"] == "Gelé pour toujours"
    note = Services(mra).notes.get("5c4d3e2f-1a0b-4c9d-8e7f-6a5b4c3d2e1f")
    assert note.revision == 1 and note.text == "ما الذي تغير؟"
    decision = resolve_conflict(mra, conflict.id, "incoming")
    assert decision.revision == 2  # the absurd revision is not adopted
    # the partner's next ordinary edit still arrives
    assert _import(mra, tmp_path, _tafiil_note(3, "Corrigé"), "g.mrasync").counts.updated == 1


def test_a_lower_revision_with_new_content_is_a_conflict_an_old_one_changes_nothing(
    mra: Database, tmp_path: Path
) -> None:
    assert _import(mra, tmp_path, _tafiil_note(5, "Version 5"), "5.mrasync").counts.updated == 1
    restored = _import(mra, tmp_path, _tafiil_note(3, "Corrigée après restauration"), "3.mrasync")
    assert restored.counts.conflicts == 1
    assert list_conflicts(mra)[0].reason == "older_revision"
    stale = _import(mra, tmp_path, _tafiil_note(1, "ما الذي تغير؟"), "1.mrasync")
    assert stale.counts.unchanged == 4 and stale.counts.conflicts == 0  # seen before: stale


# -- undoing an import ----------------------------------------------------------------------
def test_an_import_is_undone_and_a_later_one_blocks_the_undo_of_an_earlier(
    mra: Database, tmp_path: Path
) -> None:
    first_state = records_of(mra)
    second = _import(mra, tmp_path, _tafiil_note(2, "Version 2"), "2.mrasync")
    [log_first] = [i for i in list_imports(mra) if i.source_organisation == "Association Tafiil"
                   and i.id != second.import_id]
    with pytest.raises(RevertError, match=r"cannot be undone: 1 of its records changed since \(the note"):
        revert_import(mra, log_first.id)
    result = revert_import(mra, second.import_id[:8])
    assert (result.removed, result.restored) == (0, 1)
    assert records_of(mra) == first_state
    with pytest.raises(RevertError, match="already undone"):
        revert_import(mra, second.import_id)
    undone = revert_import(mra, log_first.id)
    assert undone.removed == 4
    assert ORG_ID not in records_of(mra)["organisation"]
    # the undone file can be imported again
    assert _import(mra, tmp_path, build_file(), "again.mrasync").counts.new == 4
    with pytest.raises(NotFoundError):
        revert_import(mra, "zzzz")


def test_undoing_an_import_reopens_the_conflicts_it_closed(mra: Database, tmp_path: Path) -> None:
    _import(mra, tmp_path, _tafiil_note(1, "Autre version, même révision"), "c.mrasync")
    assert list_conflicts(mra)[0].status == "open"
    newer = _import(mra, tmp_path, _tafiil_note(2, "Version 2"), "2.mrasync")
    assert list_conflicts(mra) == []
    revert_import(mra, newer.import_id)
    [reopened] = list_conflicts(mra)
    assert reopened.status == "open"


# -- the change sequence, not the clock -------------------------------------------------
def test_since_last_follows_the_change_sequence_whatever_the_clock_says(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    partner = open_database(tmp_path / "p.sqlite")
    services = Services(partner)
    ids = fill_partner(services)
    real = m.utcnow
    monkeypatch.setattr(m, "utcnow", lambda: real() + dt.timedelta(days=1))  # clock ahead
    export_sync(partner, tmp_path / "1.mrasync", unencrypted=True)
    monkeypatch.setattr(m, "utcnow", real)  # the clock is put right
    services.changes.update(ids["change"], title="Corrigé après l'heure")
    second = export_sync(partner, tmp_path / "2.mrasync", unencrypted=True, since_last=True)
    assert second.scope == "since_last" and second.record_count == 1
    assert second.since_sequence is not None and second.sequence > second.since_sequence
    third = export_sync(partner, tmp_path / "3.mrasync", unencrypted=True, since_last=True)
    assert third.record_count == 0
    partner.close()


# -- the environment ------------------------------------------------------------------------
def test_a_locked_database_gets_one_sentence(
    mra: Database, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setattr(database_module, "BUSY_TIMEOUT_MS", 200)
    busy = open_database(mra.path)
    blocker = sqlite3.connect(mra.path)
    blocker.execute("BEGIN IMMEDIATE")
    try:
        outcome = _import(busy, tmp_path, _tafiil_note(2, "Version 2"))
        assert outcome.status == "rejected" and outcome.code == "database_busy"
        assert outcome.message.startswith("The database is busy")
        partner = open_database(tmp_path / "p.sqlite")
        fill_partner(Services(partner))
        lock = sqlite3.connect(partner.path)
        lock.execute("BEGIN IMMEDIATE")
        with pytest.raises(DatabaseBusyError):
            export_sync(partner, tmp_path / "out.mrasync", unencrypted=True)
        lock.rollback()
        lock.close()
        assert not (tmp_path / "out.mrasync").exists()
        partner.close()
    finally:
        blocker.rollback()
        blocker.close()
        busy.close()


def _failing_at(point: str, monkeypatch: pytest.MonkeyPatch, partner: Database) -> None:
    full = OSError(errno.ENOSPC, "No space left on device")
    if point == "writing":
        real = os.fdopen

        def fdopen(*args: Any, **kwargs: Any) -> Any:
            handle = real(*args, **kwargs)

            class Full:
                def __enter__(self) -> Any:
                    return self

                def __exit__(self, *exc: Any) -> None:
                    handle.close()

                def write(self, data: bytes) -> None:
                    raise full

            return Full()

        monkeypatch.setattr(os, "fdopen", fdopen)
    elif point == "flushing":
        monkeypatch.setattr(os, "fsync", lambda fd: (_ for _ in ()).throw(full))
    elif point in ("logging", "committing"):
        def fail(*args: Any, **kwargs: Any) -> None:
            raise sqlite3.OperationalError("database or disk is full")

        if point == "logging":
            @event.listens_for(partner.engine, "before_cursor_execute")
            def before(conn: Any, cursor: Any, statement: str, *rest: Any) -> None:
                if statement.startswith("INSERT INTO export_log"):
                    fail()
        else:
            event.listen(partner.engine, "commit", fail)
    elif point == "renaming":
        real_replace = os.replace

        def replace(source: Any, target: Any) -> None:
            if str(source).endswith(".part") and str(target).endswith("out.mrasync"):
                raise full
            real_replace(source, target)

        monkeypatch.setattr(os, "replace", replace)


@pytest.mark.parametrize("point", ["writing", "flushing", "logging", "renaming", "committing"])
@pytest.mark.parametrize("earlier_file", [False, True])
def test_a_full_disk_at_any_point_of_an_export_leaves_no_file_and_no_log(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, point: str, earlier_file: bool
) -> None:
    partner = open_database(tmp_path / "p.sqlite")
    fill_partner(Services(partner))
    target = tmp_path / "out" / "out.mrasync"
    target.parent.mkdir()
    if earlier_file:
        target.write_bytes(b"an earlier export, kept")
    _failing_at(point, monkeypatch, partner)
    with pytest.raises((FileWriteError, DatabaseWriteError)) as refused:
        export_sync(partner, target, unencrypted=True)
    assert "\n" not in refused.value.message
    assert "full" in refused.value.message
    monkeypatch.undo()
    left = sorted(p.name for p in target.parent.iterdir())
    assert left == (["out.mrasync"] if earlier_file else [])
    if earlier_file:
        assert target.read_bytes() == b"an earlier export, kept"
    with partner.session() as session:
        assert session.query(m.ExportLog).count() == 0
    partner.close()


def test_names_from_a_file_are_shown_and_logged_escaped(tmp_path: Path) -> None:
    mra = open_database(tmp_path / "fresh.sqlite")  # nobody enrolled: an unsigned file passes
    outcome = _import(
        mra, tmp_path,
        build_v1_file(organisation="Amal\nmra-desktop: all files imported OK\x1b[2J\u202e"),
        allow_unsigned=True,
    )
    assert outcome.status == "imported"
    escaped = "Amal\\x0amra-desktop: all files imported OK\\x1b[2J\\u202e"
    assert outcome.source_organisation == escaped
    assert escaped in outcome.message and "\n" not in outcome.message
    with mra.session() as session:
        log = session.get(m.ImportLog, outcome.import_id)
        assert log is not None and log.source_organisation == escaped
    mra.close()


def test_demo_records_are_marked_by_the_migration_of_an_older_database(tmp_path: Path) -> None:
    from alembic import command

    from mra_desktop.core.database import _alembic_config
    from mra_desktop.core.demo import load_demo

    db = open_database(tmp_path / "old.sqlite")
    load_demo(Services(db))
    with db.engine.begin() as conn:
        for model in m.RECORD_TYPES:
            conn.execute(text(f'UPDATE "{model.__tablename__}" SET demo = 0'))
        command.downgrade(_alembic_config(conn), "0003")
        command.upgrade(_alembic_config(conn), "head")
    with db.engine.connect() as conn:
        not_marked = sum(
            conn.execute(text(f'SELECT count(*) FROM "{model.__tablename__}" WHERE demo = 0')).scalar_one()
            for model in m.RECORD_TYPES
        )
    assert not_marked == 0
    db.close()


def test_two_enrolled_devices_of_one_organisation_both_import(tmp_path: Path) -> None:
    partner = open_database(tmp_path / "a.sqlite")
    fill_partner(Services(partner))
    from tests.sync_support import second_device

    other = second_device(tmp_path / "a.sqlite", tmp_path / "b.sqlite")
    mra = open_database(tmp_path / "mra.sqlite")
    enrol_device(mra, partner)
    enrol_device(mra, other)
    assert [p.organisation_name for p in list_partners(mra)] == ["Association Amal"] * 2
    export_sync(partner, tmp_path / "a.mrasync", unencrypted=True)
    export_sync(other, tmp_path / "b.mrasync", unencrypted=True)
    outcomes = import_sync_files(mra, [tmp_path / "a.mrasync", tmp_path / "b.mrasync"],
                                 allow_unencrypted=True)
    assert [o.status for o in outcomes] == ["imported", "imported"]
    for db in (partner, other, mra):
        db.close()
