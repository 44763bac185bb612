"""Importing sync files at MRA: every check first, then one short transaction per file.

For each file, before anything is written: size limits, header, manifest and its type
(dates that exist included), the file's length; then who signed it (an enrolled, not
revoked device, whose signature matches every byte, and whose enrolment names the
organisation and device the manifest names), whether it is encrypted (for one of the keys
given) or allowed unencrypted; the authenticated decryption, the bounded decompression,
the payload's hash; the payload against its types in one pass (every field, every rule
that ties several fields, catalogue order, names given once), its canonical form or, for
a file written by another program, the absence of repeated names; ids appearing twice,
the manifest's counts; then the content hash of every record the file would write (new,
or different from the stored version).

Then, against the database: references (to records in the file or already at MRA) and
ownership. A file signed for organisation O may create, change and delete only O's
records — an organisation record is its own, a meeting is its organisation's, everything
else its meeting's — never move a record to another organisation and never touch a record
MRA made itself. The first violation refuses the whole file, naming the record.

The decisions are planned on a snapshot of the database, outside the write lock; the
write transaction then only checks that nothing was written meanwhile (else it plans
again) and writes, so that an import holds the lock no longer than its inserts take.

Per record: a new id is inserted; a higher revision replaces the stored one (which is
kept as a before-image, so the import can be undone); the same content hash changes
nothing; a revision far beyond the stored one, the same revision with other content, or
a lower revision with content never seen here become a *conflict* for a person to
decide (:mod:`mra_desktop.core.sync.conflicts`); a lower revision already seen here is a
stale copy and changes nothing. Every import is logged; importing a file again writes
nothing and says when it was imported before.
"""

from __future__ import annotations

import datetime as dt
import json
from collections.abc import Callable, Iterator, Sequence
from dataclasses import asdict, dataclass, field
from hashlib import sha256
from operator import attrgetter, itemgetter
from pathlib import Path
from typing import Any, cast

import msgspec
from sqlalchemy import JSON, Connection, Table, bindparam, insert, select, update

from mra_desktop.core import models as m
from mra_desktop.core.database import (
    Database,
    current_change_seq,
    next_change_seq,
    worded_database_errors,
)
from mra_desktop.core.errors import MraError
from mra_desktop.core.progress import NO_PROGRESS, Cancelled, Progress
from mra_desktop.core.sync.container import (
    HEADER,
    MAX_FILE_SIZE,
    MAX_MANIFEST_SIZE,
    Header,
    check_length,
    choose_key,
    decompress,
    decrypt,
    read_header,
    stored_payload,
    strict_json,
    verify_checksum,
    verify_signature,
)
from mra_desktop.core.sync.errors import EarlierFileNeededError, SyncError, SyncFileError
from mra_desktop.core.sync.keys import PrivateKey
from mra_desktop.core.sync.partners import Signer, find_signer
from mra_desktop.core.sync.records import (
    LOCAL_ONLY,
    TIMESTAMP_FIELDS,
    payload_fields,
    payload_to_values,
    row_to_payload,
    table_of,
)
from mra_desktop.core.sync.schema import (
    CANONICAL,
    MAX_RECORDS,
    PAYLOAD_DECODERS,
    RECORD_TYPES,
    RECORDS,
    Manifest,
    SyncRecord,
    content_hasher,
    describe_error,
    error_location,
    from_format_1,
)
from mra_desktop.core.text import shown

#: a revision this far beyond the stored one is not a sequence of edits (autosave makes
#: one revision a second at most while someone types) but a mistake or an attack: a
#: record sent at revision 2^31−1 would otherwise win over every later edit
REVISION_JUMP = 100_000
_PARENT = {"meeting": ("organisation_id", "organisation")} | {
    t: ("meeting_id", "meeting") for t in ("participant", "change", "action_item", "note")
}
_BATCH = 5000
_MRA = "MRA"  # the owner of the records MRA made itself
_SYNC_CONFLICT = cast(Table, m.SyncConflict.__table__)
_IMPORT_LOG = cast(Table, m.ImportLog.__table__)
_BEFORE = cast(Table, m.ImportBeforeImage.__table__)


# -- refusals ---------------------------------------------------------------------------------
class SignerError(SyncFileError):
    """The file's signer is not an enrolled, live device (or it is unsigned)."""

    code = "sync_unknown_signer"


class RevokedSignerError(SignerError):
    code = "sync_revoked_signer"


class UnsignedFileError(SignerError):
    code = "sync_unsigned"


class UnencryptedFileError(SyncFileError):
    code = "sync_unencrypted"


class OwnershipError(SyncFileError):
    """A record the file may not write: another organisation's, or MRA's own."""

    code = "sync_not_owner"


# -- outcomes --------------------------------------------------------------------------------
@dataclass
class ImportCounts:
    new: int = 0
    updated: int = 0
    unchanged: int = 0
    conflicts: int = 0
    deleted: int = 0

    def describe(self) -> str:
        parts = [
            f"{self.new} new",
            f"{self.updated} updated",
            f"{self.unchanged} unchanged",
            f"{self.conflicts} conflict{'s' if self.conflicts != 1 else ''}",
            f"{self.deleted} deleted",
        ]
        return ", ".join(parts)


@dataclass
class FileOutcome:
    """What importing one file did, for the import screen and ``import-sync``. Every text
    that comes from the file is shown safe (:func:`mra_desktop.core.text.shown`)."""

    path: Path
    status: str  # imported | already_imported | rejected | cancelled
    message: str  # one sentence
    code: str | None = None  # the error's code when rejected
    counts: ImportCounts | None = None
    import_id: str | None = None
    source_organisation: str = ""
    source_device_id: str = ""
    exported_at: dt.datetime | None = None
    encrypted: bool | None = None
    signed: bool | None = None
    signer_fingerprint: str | None = None
    format_version: int | None = None
    file_sha256: str = ""
    previously_imported_at: dt.datetime | None = None
    conflict_ids: list[str] = field(default_factory=list)

    @property
    def ok(self) -> bool:
        return self.status in ("imported", "already_imported")

    def to_json(self) -> dict[str, Any]:
        data = asdict(self)
        data["path"] = shown(self.path)
        for name in ("exported_at", "previously_imported_at"):
            value = getattr(self, name)
            data[name] = value.isoformat() if value else None
        return data


def _when(moment: dt.datetime) -> str:
    return moment.astimezone(dt.UTC).strftime("%Y-%m-%d %H:%M UTC")


class _FileProgress:
    """Maps one file's progress (0 … 1) into its share of the whole job."""

    def __init__(self, progress: Progress, index: int, count: int, name: str) -> None:
        self.progress = progress
        self.base = index * 1000
        self.total = count * 1000
        self.name = name
        self.fraction = 0.0

    def at(self, fraction: float, doing: str) -> None:
        self.fraction = fraction
        self.progress.step(self.base + int(fraction * 1000), self.total, f"{self.name}: {doing}")

    def check(self) -> None:
        self.progress.step(self.base + int(self.fraction * 1000), self.total, self.progress.message)


# -- reading and checking a file -----------------------------------------------------------
def _read_file(path: Path) -> bytes:
    name = shown(path)
    try:
        if path.is_dir():
            raise SyncError(f"{name} is a folder, not a sync file.")
        size = path.stat().st_size
        if size > MAX_FILE_SIZE:
            raise SyncFileError(
                f"The file is too large for a sync file ({size} bytes; at most {MAX_FILE_SIZE})."
            )
        with path.open("rb") as handle:
            return handle.read(MAX_FILE_SIZE + 1)
    except FileNotFoundError:
        raise SyncError(f"There is no file {name}.") from None
    except OSError as exc:
        raise SyncError(f"Cannot read {name}: {exc.strerror or exc}.") from exc


def _ident(record: Any, index: int) -> str:
    record_id = record.get("id") if isinstance(record, dict) else getattr(record, "id", None)
    if isinstance(record_id, str) and len(record_id) <= 36:
        return shown(record_id)
    return f"number {index + 1}"


def _invalid(record_type: str, record: Any, index: int, problem: str) -> SyncFileError:
    label = m.RECORD_LABELS[record_type]
    return SyncFileError(
        f"The file is invalid: in the {label} {_ident(record, index)}, {problem}."
    )


def _choices(record_type: str, name: str) -> str:
    struct = RECORDS.get(record_type)
    if struct is None:
        return ""
    from mra_desktop.core.validation import SPECS

    spec = SPECS[record_type].get(name)
    if spec is None or spec.choices is None:
        return ""
    return ", ".join(list(spec.choices[:12]) + (["null"] if spec.nullable else []))


def _worded(exc: msgspec.ValidationError, payload: bytes) -> SyncFileError:
    """The sentence for a payload the typed decoder refused, naming the record and field
    at fault (the payload is read again, untyped, only to find that record's id)."""
    reason, path = error_location(str(exc))
    if not path or path == ["records"] and reason.startswith("Object contains"):
        return SyncFileError(
            'The file is invalid: its payload must be an object with "records" and nothing else.'
        )
    if path == ["records"] or (len(path) == 1 and "records" in reason):
        return SyncFileError(
            "The file is invalid: its payload must list the records of each type: "
            + ", ".join(RECORD_TYPES)
            + "."
        )
    record_type = str(path[1])
    if len(path) == 2:
        if "length <=" in reason:
            return SyncFileError(
                f"The file is hostile or damaged: it holds more than {MAX_RECORDS} "
                f"{record_type} records."
            )
        return SyncFileError(f"The file is invalid: its {record_type} records are not a list.")
    index = int(path[2])
    try:
        document = msgspec.json.decode(payload)
        record = document["records"][record_type][index]
    except (msgspec.DecodeError, KeyError, IndexError, TypeError):
        record = None
    if len(path) > 3:
        name = str(path[3])
        subject = f'the field "{"/".join(str(p) for p in path[3:])}"'
        value = record.get(name) if isinstance(record, dict) else None
        problem = describe_error(reason, subject, value, _choices(record_type, name))
    elif reason.startswith(("Object ", "Expected `object`")):
        problem = describe_error(reason, "it")
    else:  # a rule of the record's own (__post_init__): already the end of a sentence
        problem = shown(reason, 300)
    return _invalid(record_type, record, index, problem)


@dataclass
class CheckedPayload:
    """A payload that passed every check that needs only the file."""

    records: dict[str, list[SyncRecord]]
    deleted: dict[str, int]


_CHUNK = 2000


def is_canonical(payload: bytes, by_type: dict[str, list[SyncRecord]]) -> bool:
    """True when ``payload`` is exactly the canonical form of what was decoded from it
    (as mra-desktop writes it): then no name appears twice in any of its objects.

    The comparison runs piece by piece (a few thousand records at a time), so that it
    never holds the interpreter long while the interface waits for it, nor builds a second
    copy of a payload of 100 MB."""
    position = 0

    def expect(piece: bytes) -> bool:
        nonlocal position
        same = payload.startswith(piece, position)  # compares in place, copies nothing
        position += len(piece)
        return same

    if not expect(b'{"records":{'):
        return False
    for number, record_type in enumerate(RECORD_TYPES):
        if not expect(b"," * (number > 0) + b'"' + record_type.encode("ascii") + b'":['):
            return False
        items = by_type[record_type]
        for start in range(0, len(items), _CHUNK):
            chunk = CANONICAL.encode(items[start : start + _CHUNK])[1:-1]
            if not expect(b"," * (start > 0) + chunk):
                return False
        if not expect(b"]"):
            return False
    return expect(b"}}") and position == len(payload)


def _repeated_names(payload: bytes) -> None:
    """A payload not in the canonical form was written by another program: read it once
    more to refuse a name given twice in one object, which programs read differently."""
    strict_json(payload, "payload")


def check_payload(
    payload: bytes,
    counts: Any,
    check: Callable[[float], None] = lambda f: None,
    format_version: int = 2,
) -> CheckedPayload:
    """Parse the payload and check everything about it that needs no database; ``counts``
    is the manifest's (a :class:`~mra_desktop.core.sync.schema.Counts`). The records of a
    format-1 payload come back as records of format 2, their consent off."""
    try:
        document = PAYLOAD_DECODERS[format_version].decode(payload)
    except msgspec.ValidationError as exc:
        raise _worded(exc, payload) from None
    except msgspec.DecodeError as exc:
        reason = str(exc)
        if "UTF-8" in reason:
            raise SyncFileError(
                "The file is damaged: its payload is not valid UTF-8 text."
            ) from None
        raise SyncFileError(
            f"The file is damaged: its payload is not valid JSON ({shown(reason, 100)})."
        ) from None
    check(0.3)
    by_type: dict[str, list[SyncRecord]] = {
        t: getattr(document.records, t) for t in RECORD_TYPES
    }
    if not is_canonical(payload, by_type):
        _repeated_names(payload)
    if format_version == 1:
        by_type = {t: from_format_1(t, items) for t, items in by_type.items()}
    check(0.4)
    total = sum(len(items) for items in by_type.values())
    for record_type in RECORD_TYPES:
        expected = getattr(counts, record_type).total
        if len(by_type[record_type]) != expected:
            raise SyncFileError(
                f"The file is invalid: its manifest announces {expected} "
                f"{record_type} records but it holds {len(by_type[record_type])}."
            )
    if total > MAX_RECORDS:
        raise SyncFileError(
            f"The file is hostile or damaged: it holds {total} records (at most {MAX_RECORDS})."
        )
    seen: set[str] = set()
    deleted: dict[str, int] = {}
    done = 0
    for record_type in RECORD_TYPES:
        items = by_type[record_type]
        before = len(seen)
        seen.update(map(attrgetter("id"), items))
        if len(seen) != before + len(items):
            _raise_duplicate(by_type, record_type)
        marks = len(items) - list(map(attrgetter("deleted_at"), items)).count(None)
        announced = getattr(counts, record_type).deleted
        if marks != announced:
            raise SyncFileError(
                f"The file is invalid: its manifest announces {announced} deleted "
                f"{record_type} records but it holds {marks}."
            )
        deleted[record_type] = marks
        done += len(items)
        check(0.4 + 0.6 * done / max(total, 1))
    return CheckedPayload(by_type, deleted)


def _raise_duplicate(by_type: dict[str, list[SyncRecord]], upto: str) -> None:
    seen: set[str] = set()
    for record_type in RECORD_TYPES:
        for record in by_type[record_type]:
            if record.id in seen:
                raise SyncFileError(
                    f"The file is invalid: the id {shown(record.id)} appears twice in it."
                )
            seen.add(record.id)
        if record_type == upto:
            break


# -- who wrote the file ------------------------------------------------------------------------
@dataclass(frozen=True)
class _Source:
    """What the file's authentication established."""

    organisation_id: str | None  # None: an unsigned file (found from its records)
    organisation_name: str
    signer: Signer | None


def _authenticate(
    db: Database, data: bytes, header: Header, *, allow_unsigned: bool
) -> _Source:
    manifest = header.manifest
    if not isinstance(manifest, Manifest):
        if not allow_unsigned:
            raise UnsignedFileError(
                "This file is not signed (sync format 1, from an older mra-desktop): nothing "
                "shows which partner made it. Ask the partner to update mra-desktop and export "
                "again, or import it anyway with --allow-unsigned."
            )
        return _Source(None, shown(manifest.organisation), None)
    signature = manifest.signature
    signer = find_signer(db, signature.key_id)
    if signer is None:
        raise SignerError(
            f"This file is signed by a device MRA has not enrolled (fingerprint "
            f"{signature.fingerprint}); enrol its identity card first, after comparing the "
            "fingerprint with the partner by phone."
        )
    verify_signature(data, signer.public_key)
    if signer.revoked_at is not None:
        raise RevokedSignerError(
            f"This file is signed by a device that MRA revoked on "
            f"{signer.revoked_at:%Y-%m-%d} (fingerprint {signer.fingerprint}, "
            f"“{shown(signer.organisation_name)}”); it is refused."
        )
    if manifest.organisation.id != signer.organisation_id:
        raise OwnershipError(
            f"This file is signed by a device enrolled for “{shown(signer.organisation_name)}”, "
            f"but it says its records belong to another organisation "
            f"(“{shown(manifest.organisation.name)}”, {shown(manifest.organisation.id)}); "
            "it is refused."
        )
    if manifest.device_id != signer.device_id:
        raise SignerError(
            f"This file names the device {shown(manifest.device_id)}, but its signing key is "
            f"enrolled for the device {signer.device_id}; it is refused."
        )
    return _Source(signer.organisation_id, shown(signer.organisation_name), signer)


def _open_payload(
    data: bytes,
    header: Header,
    keys: Sequence[PrivateKey],
    allow_unencrypted: bool,
    check: Callable[[], None],
) -> bytes:
    if header.encrypted:
        stored = decrypt(data, header, choose_key(header, keys))
    else:
        if not allow_unencrypted:
            raise UnencryptedFileError(
                "This file is not encrypted, so anyone could have read or changed it on the "
                "way; import it only if you know where it came from, with --allow-unencrypted."
            )
        if header.version == 1:
            verify_checksum(data)
        stored = stored_payload(data, header)
    check()
    return decompress(stored, header, check)


# -- planning ---------------------------------------------------------------------------------
@dataclass
class _Stored:
    revision: int
    content_hash: str
    deleted: bool
    owner: str  # the organisation id, or _MRA


@dataclass
class _Plan:
    sequence: int  # the database's change sequence the plan was made at
    inserts: dict[str, list[SyncRecord]] = field(default_factory=dict)
    updates: dict[str, list[SyncRecord]] = field(default_factory=dict)
    conflicts: list[tuple[str, SyncRecord, str]] = field(default_factory=list)
    counts: ImportCounts = field(default_factory=ImportCounts)


def _stored_records(conn: Connection, model: type[m.SyncedRecord]) -> dict[str, tuple[Any, ...]]:
    """Every stored record of a table: id -> (id, revision, hash, deleted, origin, parent).
    Read through the driver's own cursor (in the same transaction): a re-import compares
    100,000 stored records, and a result object per row would cost more than the rest."""
    table = table_of(model)
    parent = _PARENT.get(model.record_type)
    owner = parent[0] if parent else "id"
    cursor = conn.connection.cursor()
    try:
        cursor.execute(
            f'SELECT id, revision, content_hash, deleted_at IS NOT NULL, origin_import_id, '
            f'"{owner}" FROM "{table.name}"'
        )
        rows = cursor.fetchall()
    finally:
        cursor.close()
    return dict(zip(map(itemgetter(0), rows), rows, strict=True))


def _refuse_owner(record_type: str, record: SyncRecord, name: str, why: str) -> OwnershipError:
    label = m.RECORD_LABELS[record_type]
    return OwnershipError(
        f"The file is refused: the {label} {shown(record.id)} {why}; a file signed for "
        f"“{name}” may only write that organisation's records. Nothing was imported."
    )


def _owner_of_file(checked: CheckedPayload) -> str | None:
    """The one organisation an unsigned file's records belong to."""
    owners: set[str] = set()
    meetings = {r.id: r.organisation_id for r in checked.records["meeting"]}  # type: ignore[attr-defined]
    owners.update(r.id for r in checked.records["organisation"])
    owners.update(meetings.values())
    if len(owners) > 1:
        raise OwnershipError(
            "The file is refused: an unsigned file may hold the records of one organisation "
            f"only, and this one holds records of {len(owners)}. Nothing was imported."
        )
    return next(iter(owners), None)


def _refuse_unsigned_for_enrolled(conn: Connection, organisation: str) -> None:
    """An organisation with an enrolled device signs its files: an unsigned file that
    writes its records is refused (anyone could have made it)."""
    device = cast(Table, m.PartnerDevice.__table__)
    enrolled = conn.execute(
        select(device.c.organisation_name).where(device.c.organisation_id == organisation)
    ).first()
    if enrolled is not None:
        raise OwnershipError(
            f"The file is refused: it is unsigned but its records belong to "
            f"“{shown(enrolled[0])}”, whose devices are enrolled and sign their files; ask "
            "the partner for a new export. Nothing was imported."
        )


def _seen_versions(conn: Connection, ids: set[str]) -> set[tuple[str, str]]:
    """(record id, content hash) of versions MRA has held or been offered before."""
    if not ids:
        return set()
    seen: set[tuple[str, str]] = set()
    wanted = sorted(ids)
    for start in range(0, len(wanted), 500):
        chunk = wanted[start : start + 500]
        for record_id, version in conn.execute(
            select(_BEFORE.c.record_id, _BEFORE.c.version).where(_BEFORE.c.record_id.in_(chunk))
        ):
            seen.add((record_id, str(version.get("content_hash"))))
        for record_id, local, incoming in conn.execute(
            select(
                _SYNC_CONFLICT.c.record_id,
                _SYNC_CONFLICT.c.local_content_hash,
                _SYNC_CONFLICT.c.incoming_content_hash,
            ).where(_SYNC_CONFLICT.c.record_id.in_(chunk))
        ):
            seen.add((record_id, local))
            seen.add((record_id, incoming))
    return seen


def _plan(conn: Connection, checked: CheckedPayload, source: _Source) -> _Plan:
    """What the file does to the database, refusing it at the first record it may not
    write. Nothing is written here. (A re-import compares 100,000 records: the checks run
    over whole lists, and only a record that fails one is looked at again to name it.)"""
    plan = _Plan(sequence=current_change_seq(conn))
    counts = plan.counts
    organisation = source.organisation_id or _owner_of_file(checked)
    name = source.organisation_name or "an unsigned file's organisation"
    if source.signer is None and organisation is not None:
        _refuse_unsigned_for_enrolled(conn, organisation)
    # the owner of every organisation and meeting, stored or in the file
    owners: dict[str, dict[str, str]] = {}
    lower: list[tuple[str, SyncRecord]] = []
    for model in m.RECORD_TYPES:
        record_type = model.record_type
        stored = _stored_records(conn, model)
        records = checked.records[record_type]
        parent = _PARENT.get(record_type)

        def stored_owner(
            row: tuple[Any, ...], record_id: str, parent: tuple[str, str] | None = parent
        ) -> str:
            if row[4] is None:  # no origin: MRA made it
                return _MRA
            if parent is None:
                return record_id
            return owners[parent[1]].get(row[5], _MRA)

        incoming: list[str | None]
        if parent is None:
            incoming = [r.id for r in records]
        else:
            parents = owners[parent[1]]
            incoming = [parents.get(ref) for ref in map(attrgetter(parent[0]), records)]
        existing = list(map(stored.get, map(attrgetter("id"), records)))
        _check_hashes(record_type, records, existing)
        if incoming.count(organisation) != len(incoming) or any(
            row is not None and stored_owner(row, r.id) != organisation
            for r, row in zip(records, existing, strict=True)
        ):
            _refuse_first(record_type, records, incoming, existing, stored_owner, organisation,
                          name)
        if record_type in ("organisation", "meeting"):
            mine = {record_id: stored_owner(row, record_id) for record_id, row in stored.items()}
            if records:  # every one of them belongs to the file's organisation (checked)
                assert organisation is not None
                mine.update(dict.fromkeys(map(attrgetter("id"), records), organisation))
            owners[record_type] = mine
        inserts: list[SyncRecord] = []
        updates: list[SyncRecord] = []
        for record, row in zip(records, existing, strict=True):
            if row is None:
                if record.revision > REVISION_JUMP:
                    raise SyncFileError(
                        f"The file is refused: the {m.RECORD_LABELS[record_type]} "
                        f"{shown(record.id)} arrives at revision {record.revision}, far beyond "
                        "any sequence of edits. Nothing was imported."
                    )
                inserts.append(record)
                continue
            revision, stored_hash, stored_deleted = row[1], row[2], row[3]
            if record.content_hash == stored_hash:
                counts.unchanged += 1
            elif record.revision > revision + REVISION_JUMP:
                plan.conflicts.append((record_type, record, "revision_jump"))
                counts.conflicts += 1
            elif record.revision > revision:
                updates.append(record)
                if record.deleted_at is not None and not stored_deleted:
                    counts.deleted += 1
                else:
                    counts.updated += 1
            elif record.revision == revision:
                plan.conflicts.append((record_type, record, "same_revision"))
                counts.conflicts += 1
            else:
                lower.append((record_type, record))
        marks = len(inserts) - list(map(attrgetter("deleted_at"), inserts)).count(None)
        counts.new += len(inserts) - marks
        counts.deleted += marks
        plan.inserts[record_type] = inserts
        plan.updates[record_type] = updates
    seen = _seen_versions(conn, {record.id for _t, record in lower})
    for record_type, record in lower:
        if (record.id, record.content_hash) in seen:
            counts.unchanged += 1  # a stale copy of a version MRA already had
        else:
            plan.conflicts.append((record_type, record, "older_revision"))
            counts.conflicts += 1
    return plan


def _check_hashes(
    record_type: str, records: list[SyncRecord], existing: list[tuple[Any, ...] | None]
) -> None:
    """Refuse a record whose content hash does not match its fields, among those the file
    may write: new ones, and those whose hash differs from the stored version's. (A
    record that states the stored version's hash changes nothing whatever it holds, so a
    re-import does not hash 100,000 unchanged records again; any damage to the file's
    bytes is caught by its signature or encryption anyway.)"""
    digest = content_hasher(record_type)
    for index, (record, row) in enumerate(zip(records, existing, strict=True)):
        if (row is None or record.content_hash != row[2]) and digest(record) != record.content_hash:
            raise _invalid(record_type, record, index, "its content hash does not match its fields")


def _refuse_first(
    record_type: str,
    records: list[SyncRecord],
    incoming: list[str | None],
    existing: list[tuple[Any, ...] | None],
    stored_owner: Callable[[tuple[Any, ...], str], str],
    organisation: str | None,
    name: str,
) -> None:
    """Raise the refusal for the first record of the list the file may not write."""
    parent = _PARENT.get(record_type)
    for record, owner, row in zip(records, incoming, existing, strict=True):
        if owner is None:
            assert parent is not None
            raise EarlierFileNeededError(
                f"The file is invalid: the {m.RECORD_LABELS[record_type]} {shown(record.id)} "
                f"refers to the {parent[1]} {shown(getattr(record, parent[0]))}, which is "
                "neither in the file nor in the database (import the partner's earlier files "
                "first)."
            )
        if owner == _MRA:
            raise _refuse_owner(record_type, record, name, "hangs under one of MRA's own records")
        if owner != organisation:
            why = (
                "is not the organisation the device is enrolled for"
                if parent is None
                else "belongs to another organisation"
            )
            raise _refuse_owner(record_type, record, name, why)
        if row is not None:
            before = stored_owner(row, record.id)
            if before == _MRA:
                raise _refuse_owner(record_type, record, name, "is one of MRA's own records")
            if before != organisation:
                raise _refuse_owner(
                    record_type, record, name, "belongs to another organisation at MRA"
                )
    raise AssertionError("no record to refuse")  # pragma: no cover


# -- writing ---------------------------------------------------------------------------------
def _sqlite_time(column: int) -> str:
    """SQL turning the time bound at ``column`` (as the format writes it) into the text
    SQLAlchemy stores for it in SQLite, ``YYYY-MM-DD HH:MM:SS.ffffff`` (a test compares
    the two); NULL stays NULL. Done by SQLite, so that no Python runs per value."""
    t = f"?{column}"
    return (
        f"substr({t}, 1, 10) || ' ' || substr({t}, 12, 8) || "
        f"CASE WHEN substr({t}, 20, 1) = '.' THEN substr({t}, 20, 7) ELSE '.000000' END"
    )


class _Rows:
    """INSERT parameters of one record type, made from decoded records as the rows are
    written (never all held at once): the fields in the format's order, then the import's
    own columns; SQLite converts the times."""

    def __init__(self, record_type: str) -> None:
        fields = payload_fields(record_type)
        local = ("origin_import_id", "first_import_id", "change_seq", "demo")
        assert set(local) == set(LOCAL_ONLY)
        self.columns = [*fields, *local]
        self.values = attrgetter(*fields)
        table = table_of(m.RECORD_TYPE_BY_NAME[record_type])
        self.lists = [i for i, name in enumerate(fields) if isinstance(table.c[name].type, JSON)]
        marks = [
            _sqlite_time(i + 1) if name in TIMESTAMP_FIELDS else f"?{i + 1}"
            for i, name in enumerate(self.columns)
        ]
        names = ", ".join(f'"{name}"' for name in self.columns)
        self.sql = f'INSERT INTO "{table.name}" ({names}) VALUES ({", ".join(marks)})'

    def rows(self, records: list[SyncRecord], local: tuple[Any, ...]) -> Iterator[Any]:
        values, lists = self.values, self.lists
        if not lists:
            return (values(record) + local for record in records)
        return (self._with_lists(values(record), lists) + local for record in records)

    @staticmethod
    def _with_lists(row: tuple[Any, ...], lists: list[int]) -> tuple[Any, ...]:
        converted = list(row)
        for i in lists:
            converted[i] = json.dumps(converted[i])  # as SQLAlchemy stores a JSON list
        return tuple(converted)


_ROWS = {t: _Rows(t) for t in RECORD_TYPES}


def _column_values(record_type: str, record: SyncRecord) -> dict[str, Any]:
    """A decoded record as column values for SQLAlchemy."""
    fields = payload_fields(record_type)
    return payload_to_values(record_type, dict(zip(fields, attrgetter(*fields)(record),
                                                   strict=True)))


def _full_rows(conn: Connection, table: Table, ids: list[str]) -> dict[str, dict[str, Any]]:
    rows: dict[str, dict[str, Any]] = {}
    for start in range(0, len(ids), 500):
        for row in conn.execute(select(table).where(table.c.id.in_(ids[start : start + 500]))):
            rows[row.id] = dict(row._mapping)
    return rows


def before_image(record_type: str, row: dict[str, Any]) -> dict[str, Any]:
    """A stored row as kept for undoing an import: its sync-file form and local columns."""
    version = row_to_payload(record_type, row)
    version["content_hash"] = row["content_hash"]
    for name in LOCAL_ONLY:
        version[name] = row[name]
    return version


def _write(
    conn: Connection, plan: _Plan, import_id: str, sequence: int, check: Callable[[float], None]
) -> None:
    total = sum(map(len, plan.inserts.values())) + sum(map(len, plan.updates.values()))
    done = 0
    local = (import_id, import_id, sequence, False)
    # SQLite takes the rows straight from a generator through the connection's own cursor
    # (in this transaction): each row is made just before it is written, never all held.
    cursor = conn.connection.cursor() if conn.dialect.name == "sqlite" else None
    for model in m.RECORD_TYPES:  # parents before children
        record_type = model.record_type
        table = table_of(model)
        inserts = plan.inserts[record_type]
        for start in range(0, len(inserts), _BATCH):
            batch = inserts[start : start + _BATCH]
            if cursor is not None:
                rows = _ROWS[record_type]
                cursor.executemany(rows.sql, rows.rows(batch, local))  # type: ignore[arg-type]
            else:
                conn.execute(
                    insert(table),
                    [
                        _column_values(record_type, r)
                        | dict(zip(("origin_import_id", "first_import_id", "change_seq", "demo"),
                                   local, strict=True))
                        for r in batch
                    ],
                )
            done += len(batch)
            check(done / max(total, 1))
        updates = plan.updates[record_type]
        if not updates:
            continue
        stored = _full_rows(conn, table, [r.id for r in updates])
        conn.execute(
            insert(_BEFORE),
            [
                {"import_id": import_id, "record_type": record_type, "record_id": r.id,
                 "version": before_image(record_type, stored[r.id])}
                for r in updates
            ],
        )
        columns = [name for name in payload_fields(record_type) if name != "id"]
        statement = (
            update(table)
            .where(table.c.id == bindparam("match_id"))
            .values(
                {name: bindparam("new_" + name, type_=table.c[name].type) for name in columns}
                | {"origin_import_id": bindparam("new_origin"),
                   "change_seq": bindparam("new_seq")}
            )
        )
        for start in range(0, len(updates), _BATCH):
            values = [
                {"match_id": r.id, "new_origin": import_id, "new_seq": sequence}
                | {"new_" + k: v for k, v in _column_values(record_type, r).items() if k != "id"}
                for r in updates[start : start + _BATCH]
            ]
            conn.execute(statement, values)
            done += len(values)
            check(done / max(total, 1))


def _supersede_conflicts(conn: Connection, plan: _Plan, import_id: str, now: dt.datetime) -> None:
    """Close open conflicts on records that this file brings a newer revision of."""
    conflict = _SYNC_CONFLICT
    open_ids = set(
        conn.execute(select(conflict.c.record_id).where(conflict.c.status == "open")).scalars()
    )
    if not open_ids:
        return
    for records in plan.updates.values():
        for record in records:
            if record.id in open_ids:
                conn.execute(
                    update(conflict)
                    .where(conflict.c.record_id == record.id, conflict.c.status == "open")
                    .values(
                        status="resolved",
                        resolution="superseded",
                        resolved_at=now,
                        resolved_revision=record.revision,
                        resolved_by_import_id=import_id,
                    )
                )


def _record_conflicts(
    conn: Connection, plan: _Plan, import_id: str, now: dt.datetime
) -> tuple[list[str], int]:
    """Store each conflict not already stored; return the ids of the file's conflicts and
    how many of them are new."""
    conflict = _SYNC_CONFLICT
    ids: list[str] = []
    new = 0
    for record_type, record, reason in plan.conflicts:
        table = table_of(m.RECORD_TYPE_BY_NAME[record_type])
        local_row = conn.execute(select(table).where(table.c.id == record.id)).mappings().one()
        incoming = msgspec.json.decode(CANONICAL.encode(record))
        already = conn.execute(
            select(conflict.c.id).where(
                conflict.c.record_id == record.id,
                conflict.c.local_content_hash == local_row["content_hash"],
                conflict.c.incoming_content_hash == record.content_hash,
                conflict.c.local_revision == local_row["revision"],
            )
        ).scalar()
        if already is not None:
            ids.append(already)
            continue
        conflict_id = m.new_id()
        conn.execute(
            insert(conflict).values(
                id=conflict_id,
                record_type=record_type,
                record_id=record.id,
                import_id=import_id,
                detected_at=now,
                local_revision=local_row["revision"],
                incoming_revision=record.revision,
                local_device_id=local_row["device_id"],
                incoming_device_id=record.device_id,
                local_content_hash=local_row["content_hash"],
                incoming_content_hash=record.content_hash,
                local_version=row_to_payload(record_type, local_row),
                incoming_version=incoming,
                status="open",
                reason=reason,
            )
        )
        ids.append(conflict_id)
        new += 1
    return ids, new


def _previous_import(db: Database, file_sha256: str) -> m.ImportLog | None:
    with db.session() as session:
        return session.scalars(
            select(m.ImportLog)
            .where(m.ImportLog.file_sha256 == file_sha256, m.ImportLog.reverted_at.is_(None))
            .order_by(m.ImportLog.imported_at)
            .limit(1)
        ).first()


def _let_go(plan: _Plan, checked: CheckedPayload) -> None:
    """Free a large file's records a few thousand at a time rather than all at once when
    the import returns (freeing 300,000 records holds the interpreter a while)."""
    plan.inserts.clear()
    plan.updates.clear()
    plan.conflicts.clear()
    for items in checked.records.values():
        while items:
            del items[-_CHUNK:]


def import_sync_file(
    db: Database,
    path: Path | str,
    keys: Sequence[PrivateKey] | PrivateKey | None = (),
    progress: Progress = NO_PROGRESS,
    *,
    allow_unsigned: bool = False,
    allow_unencrypted: bool = False,
    _share: tuple[int, int] = (0, 1),
) -> FileOutcome:
    """Check and import one sync file. Raises an :class:`MraError` naming the problem when
    the file is refused (nothing is then written), or :class:`Cancelled`.

    ``keys`` are MRA's private keys (several while MRA rotates its key); an encrypted file
    needs the one it names. ``allow_unsigned`` accepts format-1 files (which no device
    signed), ``allow_unencrypted`` files that are not encrypted."""
    if isinstance(keys, PrivateKey):
        keys = [keys]
    with worded_database_errors():
        return _import_file(
            db, Path(path).expanduser(), list(keys or ()), progress, _share,
            allow_unsigned=allow_unsigned, allow_unencrypted=allow_unencrypted,
        )


def _import_file(
    db: Database,
    source: Path,
    keys: list[PrivateKey],
    progress: Progress,
    _share: tuple[int, int],
    *,
    allow_unsigned: bool,
    allow_unencrypted: bool,
) -> FileOutcome:
    steps = _FileProgress(progress, _share[0], _share[1], source.name)
    steps.at(0.0, "reading")
    data = _read_file(source)
    file_sha256 = sha256(data).hexdigest()
    file_size = len(data)
    steps.at(0.05, "checking the signature")
    header = read_header(data)
    check_length(data, header)
    origin = _authenticate(db, data, header, allow_unsigned=allow_unsigned)
    previous = _previous_import(db, file_sha256)
    if previous is not None:
        # The very same bytes were checked and imported before: importing them again can
        # change nothing (each of its versions is in the database or was seen there).
        total = sum(getattr(header.manifest.counts, t).total for t in RECORD_TYPES)
        steps.at(1.0, "done")
        return FileOutcome(
            path=source,
            status="already_imported",
            message=f"Already imported on {_when(previous.imported_at)}; nothing changed.",
            counts=ImportCounts(unchanged=total),
            source_organisation=origin.organisation_name,
            source_device_id=shown(header.manifest.device_id),
            exported_at=dt.datetime.fromisoformat(header.manifest.exported_at),
            encrypted=header.encrypted,
            signed=origin.signer is not None,
            signer_fingerprint=origin.signer.fingerprint if origin.signer else None,
            format_version=header.version,
            file_sha256=file_sha256,
            previously_imported_at=previous.imported_at,
        )
    steps.at(0.1, "decrypting")
    payload = _open_payload(data, header, keys, allow_unencrypted, steps.check)
    del data
    manifest = header.manifest
    steps.at(0.2, "checking the records")
    checked = check_payload(
        payload, manifest.counts, lambda f: steps.at(0.2 + 0.4 * f, "checking the records"),
        header.version,
    )
    del payload
    exported_at = dt.datetime.fromisoformat(manifest.exported_at)
    outcome = FileOutcome(
        path=source,
        status="imported",
        message="",
        source_organisation=origin.organisation_name,
        source_device_id=shown(manifest.device_id),
        exported_at=exported_at,
        encrypted=header.encrypted,
        signed=origin.signer is not None,
        signer_fingerprint=origin.signer.fingerprint if origin.signer else None,
        format_version=header.version,
        file_sha256=file_sha256,
    )
    steps.at(0.6, "comparing with the database")
    with db.snapshot() as conn:
        plan = _plan(conn, checked, origin)
    steps.at(0.65, "writing")
    import_id = m.new_id()
    now = m.utcnow()
    log = _IMPORT_LOG
    with db.transaction() as session:
        sequence = next_change_seq(session)  # takes the write lock
        conn = session.connection()
        if sequence != plan.sequence + 1:  # something was written since the plan
            plan = _plan(conn, checked, origin)
        counts = plan.counts
        conn.execute(
            insert(log).values(
                id=import_id,
                imported_at=now,
                file_name=shown(source.name)[:255],
                file_sha256=file_sha256,
                file_size=file_size,
                source_organisation=origin.organisation_name,
                source_device_id=shown(manifest.device_id),
                exported_at=exported_at,
                app_version=shown(manifest.app.version),
                encrypted=header.encrypted,
                format_version=header.version,
                signer_key_id=origin.signer.key_id if origin.signer else None,
                signer_fingerprint=origin.signer.fingerprint if origin.signer else None,
                source_organisation_id=origin.organisation_id,
                sequence=manifest.sequence if isinstance(manifest, Manifest) else None,
                recipient_fingerprint=(
                    manifest.encryption.recipient_fingerprint if manifest.encryption else None
                ),
                new_count=counts.new,
                updated_count=counts.updated,
                unchanged_count=counts.unchanged,
                conflict_count=counts.conflicts,
                deleted_count=counts.deleted,
            )
        )
        conflict_ids, _new = _record_conflicts(conn, plan, import_id, now)
        _write(conn, plan, import_id, sequence,
               lambda f: steps.at(0.65 + 0.3 * f, "writing"))
        _supersede_conflicts(conn, plan, import_id, now)
        steps.check()
    _let_go(plan, checked)
    outcome.counts = counts
    outcome.import_id = import_id
    outcome.conflict_ids = conflict_ids
    how = []
    if origin.signer is None:
        how.append("unsigned")
    if not header.encrypted:
        how.append("unencrypted")
    said = f"; {' and '.join(how)}" if how else ""
    who = origin.organisation_name or "a partner"
    outcome.message = (
        f"Imported from {who} (exported {_when(exported_at)}{said}): {counts.describe()}."
    )
    steps.at(1.0, "done")
    return outcome


#: refusals that come after the file was authenticated, or that only concern the key or
#: the program's version: the manifest's partner and export time can then be shown
_SOURCE_SHOWN = frozenset(
    {"sync_file_needs_earlier", "sync_file_newer", "sync_wrong_key", "sync_key_required",
     "sync_not_owner", "sync_unencrypted"}
)


def _header_of(path: Path) -> Header | None:
    """A file's header when it can be read, to import a device's files in order."""
    try:
        with path.expanduser().open("rb") as handle:
            head = handle.read(HEADER.size + MAX_MANIFEST_SIZE)
        return read_header(head)
    except (OSError, MraError):
        return None


def _refused(path: Path, error: MraError, header: Header | None) -> FileOutcome:
    outcome = FileOutcome(path, "rejected", error.message, code=error.code)
    if header is not None and error.code in _SOURCE_SHOWN:
        manifest = header.manifest
        name = manifest.organisation
        outcome.source_organisation = shown(name if isinstance(name, str) else name.name)
        outcome.source_device_id = shown(manifest.device_id)
        outcome.exported_at = dt.datetime.fromisoformat(manifest.exported_at)
        outcome.encrypted = header.encrypted
        outcome.format_version = header.version
    return outcome


def _order(headers: list[Header | None]) -> list[int]:
    """Files grouped by device, each device's files in the order of its change sequence
    (the clock of a laptop may be wrong), devices by their oldest export."""
    far_future = "9999"

    def device(i: int) -> str:
        header = headers[i]
        return header.manifest.device_id if header else f"~{i}"

    first: dict[str, str] = {}
    for i, header in enumerate(headers):
        moment = header.manifest.exported_at if header else far_future
        first[device(i)] = min(first.get(device(i), far_future), moment)

    def key(i: int) -> tuple[str, str, int, str]:
        header = headers[i]
        manifest = header.manifest if header else None
        sequence = manifest.sequence if isinstance(manifest, Manifest) else -1
        moment = header.manifest.exported_at if header else far_future
        return (first[device(i)], device(i), sequence, moment)

    return sorted(range(len(headers)), key=key)


def import_sync_files(
    db: Database,
    paths: Sequence[Path | str],
    keys: Sequence[PrivateKey] | PrivateKey | None = (),
    progress: Progress = NO_PROGRESS,
    *,
    allow_unsigned: bool = False,
    allow_unencrypted: bool = False,
) -> list[FileOutcome]:
    """Import several sync files, each in its own transaction, each device's in order.

    Returns one outcome per path, in the order given. A refused file is reported (status
    ``rejected``, with its sentence) and the others go on; after a cancel, the file being
    imported and the ones after it are ``cancelled`` and nothing of them is written.
    """
    sources = [Path(p) for p in paths]
    headers = [_header_of(p) for p in sources]
    outcomes: dict[int, FileOutcome] = {}
    cancelled = False
    for position, index in enumerate(_order(headers)):
        path = sources[index]
        if cancelled:
            outcomes[index] = FileOutcome(
                path, "cancelled", "Not imported: the import was cancelled.", code="cancelled"
            )
            continue
        try:
            outcomes[index] = import_sync_file(
                db, path, keys, progress, _share=(position, len(sources)),
                allow_unsigned=allow_unsigned, allow_unencrypted=allow_unencrypted,
            )
        except Cancelled as exc:
            cancelled = True
            outcomes[index] = FileOutcome(path, "cancelled", exc.message, code=exc.code)
        except MraError as exc:
            outcomes[index] = _refused(path, exc, headers[index])
    return [outcomes[i] for i in range(len(sources))]


def import_history(db: Database, limit: int = 200) -> list[m.ImportLog]:
    """The latest imports, newest first."""
    with db.session() as session:
        return list(
            session.scalars(
                select(m.ImportLog).order_by(m.ImportLog.imported_at.desc()).limit(limit)
            )
        )


__all__ = [
    "REVISION_JUMP",
    "CheckedPayload",
    "FileOutcome",
    "ImportCounts",
    "check_payload",
    "import_history",
    "import_sync_file",
    "import_sync_files",
]
