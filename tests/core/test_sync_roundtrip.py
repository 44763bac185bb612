"""Export at a partner, import at MRA: the same records arrive, edits and deletions follow,
re-imports change nothing, conflicts are kept for a person to decide."""

from __future__ import annotations

import struct
import zlib
from pathlib import Path

import pytest
from sqlalchemy import select

from mra_desktop.core import models as m
from mra_desktop.core.database import Database, open_database
from mra_desktop.core.errors import ValidationError
from mra_desktop.core.progress import Cancelled, Progress
from mra_desktop.core.services import Services
from mra_desktop.core.sync import (
    ConflictError,
    NoRecipientKeyError,
    export_sync,
    import_history,
    import_sync_file,
    import_sync_files,
    install_recipient_key,
    list_conflicts,
    open_conflict_count,
    resolve_conflict,
)
from mra_desktop.core.sync.container import read_header
from tests.sync_support import (
    dump,
    enrol_device,
    fill_partner,
    make_keys,
    records_of,
    second_device,
)


def _stored_payload(path: Path) -> bytes:
    data = path.read_bytes()
    manifest_size = struct.unpack(">I", data[10:14])[0]
    return data[14 + manifest_size :]


@pytest.fixture
def keys():  # type: ignore[no-untyped-def]
    return make_keys()


@pytest.fixture
def partner(tmp_path: Path):  # type: ignore[no-untyped-def]
    db = open_database(tmp_path / "partner.sqlite")
    yield db
    db.close()


@pytest.fixture
def mra(tmp_path: Path):  # type: ignore[no-untyped-def]
    db = open_database(tmp_path / "mra.sqlite")
    yield db
    db.close()


def _enrolled(mra: Database, *partners: Database) -> None:
    for partner in partners:
        enrol_device(mra, partner)


def test_full_export_imported_at_mra_gives_the_same_records_and_hashes(
    partner: Database, mra: Database, keys, tmp_path: Path  # type: ignore[no-untyped-def]
) -> None:
    ids = fill_partner(Services(partner))
    public, private, _ = keys
    path = tmp_path / "amal.mrasync"
    result = export_sync(partner, path, recipient_public_key=public)
    assert result.encrypted and result.record_count == 7 and result.deleted_count == 1
    _enrolled(mra, partner)

    outcome = import_sync_file(mra, path, private)

    assert outcome.status == "imported"
    assert outcome.counts is not None
    assert (outcome.counts.new, outcome.counts.deleted, outcome.counts.updated) == (6, 1, 0)
    assert outcome.message.startswith("Imported from Association Amal")
    assert records_of(mra) == records_of(partner)
    with mra.session() as session:
        for model in m.RECORD_TYPES:
            for record in session.scalars(select(model)):
                assert record.content_hash == record.compute_content_hash()
                assert record.origin_import_id == outcome.import_id
                assert record.device_id == partner.device_id
        gone = session.get(m.Participant, ids["deleted_participant"])
        assert gone is not None and gone.is_deleted
        log = session.get(m.ImportLog, outcome.import_id)
    assert log is not None
    assert log.file_name == "amal.mrasync"
    assert log.file_sha256 == result.file_sha256
    assert log.source_organisation == "Association Amal"
    assert log.source_device_id == partner.device_id
    assert (log.new_count, log.deleted_count, log.unchanged_count, log.conflict_count) == (6, 1, 0, 0)
    assert log.encrypted and log.format_version == 2
    assert log.source_organisation_id == ids["organisation"]
    assert log.signer_fingerprint == result.signer_fingerprint


def test_manifest_is_readable_without_the_key(partner: Database, keys, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    ids = fill_partner(Services(partner))
    path = tmp_path / "amal.mrasync"
    result = export_sync(partner, path, recipient_public_key=keys[0])
    header = read_header(path.read_bytes())
    manifest = header.manifest
    assert header.version == 2 and manifest.format == "mrasync" and manifest.format_version == 2
    assert manifest.device_id == partner.device_id
    assert (manifest.organisation.id, manifest.organisation.name) == (
        ids["organisation"], "Association Amal"
    )
    assert (manifest.counts.participant.total, manifest.counts.participant.deleted) == (2, 1)
    assert manifest.encryption is not None
    assert manifest.encryption.recipient_fingerprint == keys[0].fingerprint
    assert manifest.signature.fingerprint == result.signer_fingerprint
    assert manifest.protocol.id == "mra-participatory-assessment"
    assert manifest.sequence == result.sequence > 0


def test_only_the_databases_organisation_leaves_never_the_demo_or_others(
    partner: Database, tmp_path: Path
) -> None:
    from mra_desktop.core.demo import load_demo

    services = Services(partner)
    fill_partner(services)
    load_demo(services)
    other = services.organisations.create(name="جمعية التحدي")
    services.meetings.create(organisation_id=other.record_id, title="Une autre réunion")
    result = export_sync(partner, tmp_path / "a.mrasync", unencrypted=True)
    assert result.record_count == 7
    assert result.left_out == {"demo": 427, "other_organisations": 2}
    manifest = read_header((tmp_path / "a.mrasync").read_bytes()).manifest
    assert manifest.organisation.name == "Association Amal"


def test_importing_a_file_again_changes_nothing_and_says_when(
    partner: Database, mra: Database, keys, tmp_path: Path  # type: ignore[no-untyped-def]
) -> None:
    fill_partner(Services(partner))
    path = tmp_path / "amal.mrasync"
    export_sync(partner, path, recipient_public_key=keys[0])
    _enrolled(mra, partner)
    first = import_sync_file(mra, path, keys[1])
    before = dump(mra)

    again = import_sync_file(mra, path, keys[1])

    assert dump(mra) == before
    assert again.status == "already_imported"
    assert again.counts is not None and again.counts.unchanged == 7
    assert again.previously_imported_at is not None
    assert again.message.startswith("Already imported on ") and "nothing changed" in again.message
    assert len(import_history(mra)) == 1 and first.import_id == import_history(mra)[0].id


def test_since_last_export_carries_exactly_the_edits_and_deletions(
    partner: Database, mra: Database, keys, tmp_path: Path  # type: ignore[no-untyped-def]
) -> None:
    services = Services(partner)
    ids = fill_partner(services)
    _enrolled(mra, partner)
    public, private, _ = keys
    export_sync(partner, tmp_path / "1.mrasync", recipient_public_key=public)
    import_sync_file(mra, tmp_path / "1.mrasync", private)

    services.changes.update(ids["change"], title="Bureaux séparés", results="Plus de plaintes")
    services.meetings.update(ids["meeting"], date="2022-03-15", period_to="2022-03-01")
    services.notes.delete(ids["note"])
    new_item = services.action_items.create(
        meeting_id=ids["meeting"], sector="health", action="start", text="Ouvrir une cellule."
    )
    services.participants.restore(ids["deleted_participant"])
    second = export_sync(partner, tmp_path / "2.mrasync", recipient_public_key=public, since_last=True)

    assert second.scope == "since_last"
    assert {t: c["total"] for t, c in second.counts.items() if c["total"]} == {
        "meeting": 1, "change": 1, "note": 1, "action_item": 1, "participant": 1,
    }
    outcome = import_sync_file(mra, tmp_path / "2.mrasync", private)

    assert outcome.counts is not None
    assert (outcome.counts.new, outcome.counts.updated, outcome.counts.deleted) == (1, 3, 1)
    assert outcome.counts.unchanged == 0 and outcome.counts.conflicts == 0
    assert records_of(mra) == records_of(partner)
    with mra.session() as session:
        change = session.get(m.Change, ids["change"])
        assert change is not None and change.title == "Bureaux séparés" and change.revision == 2
        assert change.origin_import_id == outcome.import_id
        note = session.get(m.Note, ids["note"])
        assert note is not None and note.is_deleted
        assert session.get(m.ActionItem, new_item.record_id) is not None


def test_a_file_that_needs_an_earlier_one_says_so_and_the_pair_imports_in_any_order(
    partner: Database, tmp_path: Path
) -> None:
    services = Services(partner)
    ids = fill_partner(services)
    export_sync(partner, tmp_path / "1.mrasync", unencrypted=True)
    services.action_items.create(
        meeting_id=ids["meeting"], sector="health", action="start", text="Ouvrir une cellule."
    )
    export_sync(partner, tmp_path / "2.mrasync", unencrypted=True, since_last=True)

    alone = open_database(tmp_path / "alone.sqlite")
    _enrolled(alone, partner)
    [refused] = import_sync_files(alone, [tmp_path / "2.mrasync"], allow_unencrypted=True)
    assert refused.status == "rejected" and refused.code == "sync_file_needs_earlier"
    assert "import the partner's earlier files first" in refused.message
    assert refused.source_organisation == "Association Amal"  # which partner's files to find
    assert refused.exported_at is not None
    assert sum(c["live"] + c["deleted"] for c in alone.counts().values()) == 0
    # given together, newest first, they are imported oldest first
    outcomes = import_sync_files(
        alone, [tmp_path / "2.mrasync", tmp_path / "1.mrasync"], allow_unencrypted=True
    )
    assert [o.status for o in outcomes] == ["imported", "imported"]
    assert records_of(alone) == records_of(partner)
    alone.close()


def test_since_last_without_an_earlier_export_exports_everything(
    partner: Database, keys, tmp_path: Path  # type: ignore[no-untyped-def]
) -> None:
    fill_partner(Services(partner))
    result = export_sync(partner, tmp_path / "a.mrasync", recipient_public_key=keys[0], since_last=True)
    assert result.scope == "full" and result.since is None and result.record_count == 7
    again = export_sync(partner, tmp_path / "b.mrasync", recipient_public_key=keys[0], since_last=True)
    assert again.scope == "since_last" and again.since is not None
    with partner.session() as session:
        assert session.query(m.ExportLog).count() == 2


def _conflicting_devices(tmp_path: Path, keys) -> tuple[Database, Database, dict[str, str]]:  # type: ignore[no-untyped-def]
    """Two laptops with the same meeting, each editing one change to revision 2."""
    first = open_database(tmp_path / "laptop-a.sqlite")
    ids = fill_partner(Services(first))
    first.close()
    first = open_database(tmp_path / "laptop-a.sqlite")
    other = second_device(tmp_path / "laptop-a.sqlite", tmp_path / "laptop-b.sqlite")
    mra = open_database(tmp_path / "mra.sqlite")
    _enrolled(mra, first, other)
    mra.close()
    Services(first).changes.update(ids["change"], title="Version A")
    Services(other).changes.update(ids["change"], title="Version B")
    return first, other, ids


def test_same_revision_from_two_devices_becomes_a_recorded_conflict(
    mra: Database, keys, tmp_path: Path  # type: ignore[no-untyped-def]
) -> None:
    public, private, _ = keys
    a, b, ids = _conflicting_devices(tmp_path, keys)
    export_sync(a, tmp_path / "a.mrasync", recipient_public_key=public)
    export_sync(b, tmp_path / "b.mrasync", recipient_public_key=public)
    a.close()
    b.close()
    import_sync_file(mra, tmp_path / "a.mrasync", private)

    outcome = import_sync_file(mra, tmp_path / "b.mrasync", private)

    assert outcome.counts is not None and outcome.counts.conflicts == 1
    assert outcome.counts.unchanged == 6
    [conflict] = list_conflicts(mra)
    assert conflict.id in outcome.conflict_ids
    assert conflict.record_id == ids["change"] and conflict.record_type == "change"
    assert conflict.local["title"] == "Version A" and conflict.incoming["title"] == "Version B"
    assert conflict.local["revision"] == conflict.incoming["revision"] == 2
    assert conflict.differing_fields == ["title"]
    assert conflict.source_file == "b.mrasync"
    with mra.session() as session:
        stored = session.get(m.Change, ids["change"])
        assert stored is not None and stored.title == "Version A"
        log = session.get(m.ImportLog, outcome.import_id)
        assert log is not None and log.conflict_count == 1

    before = dump(mra)
    again = import_sync_file(mra, tmp_path / "b.mrasync", private)
    assert again.status == "already_imported" and dump(mra) == before
    assert open_conflict_count(mra) == 1


@pytest.mark.parametrize("choice, title", [("incoming", "Version B"), ("local", "Version A")])
def test_deciding_a_conflict_writes_a_new_revision_that_later_files_do_not_undo(
    mra: Database, keys, tmp_path: Path, choice: str, title: str  # type: ignore[no-untyped-def]
) -> None:
    public, private, _ = keys
    a, b, ids = _conflicting_devices(tmp_path, keys)
    for name, db in (("a", a), ("b", b)):
        export_sync(db, tmp_path / f"{name}.mrasync", recipient_public_key=public)
        db.close()
    import_sync_files(mra, [tmp_path / "a.mrasync", tmp_path / "b.mrasync"], private)
    [conflict] = list_conflicts(mra)

    decision = resolve_conflict(mra, conflict.id, choice)

    assert decision.revision == 3
    with mra.session() as session:
        stored = session.get(m.Change, ids["change"])
        assert stored is not None
        assert (stored.title, stored.revision, stored.device_id) == (title, 3, mra.device_id)
        assert stored.content_hash == stored.compute_content_hash()
    assert list_conflicts(mra) == []
    [closed] = list_conflicts(mra, include_resolved=True)
    assert closed.status == "resolved" and closed.resolution == choice
    with pytest.raises(ConflictError, match="already been resolved"):
        resolve_conflict(mra, conflict.id, choice)
    before = records_of(mra)
    outcomes = import_sync_files(mra, [tmp_path / "b.mrasync", tmp_path / "a.mrasync"], private)
    assert [o.status for o in outcomes] == ["already_imported", "already_imported"]
    assert records_of(mra) == before


def test_a_newer_revision_from_the_partner_closes_an_open_conflict(
    mra: Database, keys, tmp_path: Path  # type: ignore[no-untyped-def]
) -> None:
    public, private, _ = keys
    a, b, ids = _conflicting_devices(tmp_path, keys)
    export_sync(a, tmp_path / "a.mrasync", recipient_public_key=public)
    export_sync(b, tmp_path / "b.mrasync", recipient_public_key=public)
    Services(a).changes.update(ids["change"], title="Version A, agreed")
    export_sync(a, tmp_path / "a2.mrasync", recipient_public_key=public)
    a.close()
    b.close()
    import_sync_files(mra, [tmp_path / "a.mrasync", tmp_path / "b.mrasync"], private)
    assert open_conflict_count(mra) == 1

    outcome = import_sync_file(mra, tmp_path / "a2.mrasync", private)

    assert outcome.counts is not None and outcome.counts.updated == 1
    assert open_conflict_count(mra) == 0
    [closed] = list_conflicts(mra, include_resolved=True)
    assert closed.resolution == "superseded"


def test_mra_does_not_edit_a_partners_records_in_place(
    partner: Database, mra: Database, keys, tmp_path: Path  # type: ignore[no-untyped-def]
) -> None:
    ids = fill_partner(Services(partner))
    export_sync(partner, tmp_path / "a.mrasync", recipient_public_key=keys[0])
    _enrolled(mra, partner)
    import_sync_file(mra, tmp_path / "a.mrasync", keys[1])
    services = Services(mra)
    before = dump(mra)
    with pytest.raises(ValidationError, match="came from a partner's sync file"):
        services.changes.update(ids["change"], title="Edited at MRA")
    with pytest.raises(ValidationError, match="came from a partner's sync file"):
        services.notes.delete(ids["note"])
    assert dump(mra) == before
    own = services.organisations.create(name="MRA Rabat")
    assert services.organisations.update(own.record_id, city="Rabat").operation == "updated"


def test_export_without_an_installed_key_is_refused_with_an_explanation(
    partner: Database, tmp_path: Path
) -> None:
    fill_partner(Services(partner))
    target = tmp_path / "a.mrasync"
    with pytest.raises(NoRecipientKeyError, match="unencrypted file, which anyone who gets a copy"):
        export_sync(partner, target)
    assert not target.exists()
    with partner.session() as session:
        assert session.query(m.ExportLog).count() == 0


def test_unencrypted_export_on_request_says_what_it_means(
    partner: Database, mra: Database, tmp_path: Path
) -> None:
    fill_partner(Services(partner))
    result = export_sync(partner, tmp_path / "open.mrasync", unencrypted=True)
    assert not result.encrypted
    assert result.warnings and "anyone who gets a copy" in result.warnings[0]
    readable = zlib.decompress(_stored_payload(tmp_path / "open.mrasync")[:-64])
    assert "Bureaux réservés aux femmes".encode() in readable
    _enrolled(mra, partner)
    outcome = import_sync_file(mra, tmp_path / "open.mrasync", allow_unencrypted=True)
    assert outcome.status == "imported" and outcome.encrypted is False
    assert "unencrypted" in outcome.message
    assert records_of(mra) == records_of(partner)


def test_the_installed_key_is_used_by_default(
    partner: Database, mra: Database, keys, tmp_path: Path  # type: ignore[no-untyped-def]
) -> None:
    fill_partner(Services(partner))
    install_recipient_key(partner, keys[0])
    result = export_sync(partner, tmp_path / "a.mrasync")
    assert result.encrypted and result.recipient_fingerprint == keys[0].fingerprint
    stored = _stored_payload(tmp_path / "a.mrasync")
    with pytest.raises(zlib.error):  # ciphertext, not a compressed text
        zlib.decompress(stored)
    _enrolled(mra, partner)
    assert import_sync_file(mra, tmp_path / "a.mrasync", keys[1]).status == "imported"


def test_cancelled_export_writes_nothing(partner: Database, keys, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    fill_partner(Services(partner))
    progress = Progress()
    progress.cancel()
    with pytest.raises(Cancelled):
        export_sync(partner, tmp_path / "a.mrasync", recipient_public_key=keys[0], progress=progress)
    assert list(tmp_path.glob("*.mrasync*")) == []
    with partner.session() as session:
        assert session.query(m.ExportLog).count() == 0


def test_cancelled_import_writes_nothing(
    partner: Database, mra: Database, keys, tmp_path: Path  # type: ignore[no-untyped-def]
) -> None:
    fill_partner(Services(partner))
    export_sync(partner, tmp_path / "a.mrasync", recipient_public_key=keys[0])
    export_sync(partner, tmp_path / "b.mrasync", recipient_public_key=keys[0])
    _enrolled(mra, partner)
    before = dump(mra)
    seen: list[str] = []

    def on_change(done: int, total: int, message: str) -> None:
        seen.append(message)
        if "writing" in message:
            progress.cancel()

    progress = Progress(on_change)
    outcomes = import_sync_files(mra, [tmp_path / "a.mrasync", tmp_path / "b.mrasync"], keys[1], progress)

    assert [o.status for o in outcomes] == ["cancelled", "cancelled"]
    assert outcomes[0].message == "Cancelled; nothing was written."
    assert dump(mra) == before
    assert any("checking the records" in s for s in seen)


def test_several_files_are_imported_oldest_export_first(
    partner: Database, mra: Database, keys, tmp_path: Path  # type: ignore[no-untyped-def]
) -> None:
    """A later export may refer to a meeting only an earlier one holds."""
    services = Services(partner)
    ids = fill_partner(services)
    _enrolled(mra, partner)
    export_sync(partner, tmp_path / "1.mrasync", recipient_public_key=keys[0])
    services.notes.create(meeting_id=ids["meeting"], question="msc", text="Le changement le plus important")
    export_sync(partner, tmp_path / "2.mrasync", recipient_public_key=keys[0], since_last=True)

    outcomes = import_sync_files(mra, [tmp_path / "2.mrasync", tmp_path / "1.mrasync"], keys[1])

    assert [o.status for o in outcomes] == ["imported", "imported"]
    assert [o.path.name for o in outcomes] == ["2.mrasync", "1.mrasync"]
    assert records_of(mra) == records_of(partner)


def test_one_refused_file_does_not_stop_the_others(
    partner: Database, mra: Database, keys, tmp_path: Path  # type: ignore[no-untyped-def]
) -> None:
    fill_partner(Services(partner))
    export_sync(partner, tmp_path / "good.mrasync", recipient_public_key=keys[0])
    _enrolled(mra, partner)
    (tmp_path / "bad.mrasync").write_bytes(b"MRASYNC\x00\x00\x01\x00\x00")
    outcomes = import_sync_files(mra, [tmp_path / "bad.mrasync", tmp_path / "good.mrasync"], keys[1])
    assert [o.status for o in outcomes] == ["rejected", "imported"]
    assert outcomes[0].message == "The file is truncated: it ends inside its header."
    assert outcomes[0].code == "sync_file_invalid"
