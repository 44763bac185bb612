"""Importing sync files at MRA: every check first, then one transaction per file.

For each file, in this order, before anything is written: size limits, header, manifest
and its schema, the file's length, checksum or authenticated decryption, bounded
decompression, the payload's hash, strict JSON, the payload's JSON Schema (field sizes and
values), the catalogue order of code lists, each record's content hash, ids appearing
twice, the manifest's counts. Then, inside the transaction that writes, the references
to organisations and meetings (in the file or already in the database); any problem
rolls the whole file back.

The payload is checked twice over only when it is refused: a typed decoder and generated
code decide quickly (:func:`check_payload`), and a refusal is then worded by reading the
payload again record by record (:func:`explain_payload`), so that the sentence names the
first record and field at fault. Tests hold the two to the same decisions.

A record whose id is new is inserted; a higher revision replaces the stored one; the same
content hash, or a lower revision, changes nothing; the same revision with another content
becomes a conflict, with both versions kept for a person to decide (see
:mod:`mra_desktop.core.sync.conflicts`). Every import is logged; importing a file again
writes nothing and says when it was imported before.
"""

from __future__ import annotations

import datetime as dt
import gc
from collections.abc import Callable, Iterator, Sequence
from contextlib import contextmanager
from dataclasses import asdict, dataclass, field
from hashlib import sha256
from itertools import repeat
from operator import attrgetter
from pathlib import Path
from typing import Any, cast

import msgspec
from sqlalchemy import Connection, Table, bindparam, insert, select, update

from mra_desktop.core import models as m
from mra_desktop.core.database import Database
from mra_desktop.core.errors import MraError
from mra_desktop.core.progress import NO_PROGRESS, Cancelled, Progress
from mra_desktop.core.sync.container import (
    HEADER,
    MAX_FILE_SIZE,
    MAX_MANIFEST_SIZE,
    open_container,
    read_manifest,
    strict_json,
)
from mra_desktop.core.sync.errors import EarlierFileNeededError, SyncError, SyncFileError
from mra_desktop.core.sync.keys import PrivateKey
from mra_desktop.core.sync.records import (
    LOCAL_ONLY,
    payload_fields,
    payload_to_values,
    row_to_payload,
    table_of,
)
from mra_desktop.core.sync.rows import (
    BAD_HASH,
    CODES_OUT_OF_ORDER,
    DELETED,
    DELETION_NOT_CANONICAL,
    DUPLICATE_ID,
    LIVE,
    RecordCodec,
    codecs_for,
)
from mra_desktop.core.sync.schema import MAX_RECORDS, payload_decoder, payload_validators
from mra_desktop.core.validation import SPECS

RECORD_TYPES = tuple(model.record_type for model in m.RECORD_TYPES)
_PARENT = {"meeting": ("organisation_id", "organisation")} | {
    t: ("meeting_id", "meeting") for t in ("participant", "change", "action_item", "note")
}
_BATCH = 5000
_SYNC_CONFLICT = cast(Table, m.SyncConflict.__table__)
_IMPORT_LOG = cast(Table, m.ImportLog.__table__)


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
    """What importing one file did, for the import screen and ``import-sync``."""

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
    file_sha256: str = ""
    previously_imported_at: dt.datetime | None = None
    conflict_ids: list[str] = field(default_factory=list)

    @property
    def ok(self) -> bool:
        return self.status in ("imported", "already_imported")

    def to_json(self) -> dict[str, Any]:
        data = asdict(self)
        data["path"] = str(self.path)
        for name in ("exported_at", "previously_imported_at"):
            value = getattr(self, name)
            data[name] = value.isoformat() if value else None
        return data


def _when(moment: dt.datetime) -> str:
    return moment.astimezone(dt.UTC).strftime("%Y-%m-%d %H:%M UTC")


# -- progress --------------------------------------------------------------------------------
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


@contextmanager
def _collector_paused() -> Iterator[None]:
    """Importing a large file makes millions of objects and no reference cycles; Python's
    cycle collector would walk them all again and again (a third of the parsing time)."""
    was_enabled = gc.isenabled()
    gc.disable()
    try:
        yield
    finally:
        if was_enabled:
            gc.enable()


# -- reading and checking a file -----------------------------------------------------------
def _read_file(path: Path) -> bytes:
    try:
        if path.is_dir():
            raise SyncError(f"{path} is a folder, not a sync file.")
        size = path.stat().st_size
        if size > MAX_FILE_SIZE:
            raise SyncFileError(
                f"The file is too large for a sync file ({size} bytes; at most {MAX_FILE_SIZE})."
            )
        with path.open("rb") as handle:
            return handle.read(MAX_FILE_SIZE + 1)
    except FileNotFoundError:
        raise SyncError(f"There is no file {path}.") from None
    except OSError as exc:
        raise SyncError(f"Cannot read {path}: {exc.strerror or exc}.") from exc


@dataclass
class CheckedPayload:
    """A payload that passed every check that needs only the file."""

    manifest: dict[str, Any]
    records: dict[str, list[Any]]  # as decoded: each field is an attribute
    codecs: dict[str, RecordCodec]
    origin: str  # the import id the records will carry in origin_import_id
    rows: dict[str, list[Any]]  # INSERT parameters of each record, when made while checking


def _ident(record: Any, index: int) -> str:
    if isinstance(record, dict) and isinstance(record.get("id"), str) and len(record["id"]) <= 36:
        return str(record["id"])
    return f"number {index + 1}"


def _invalid(record_type: str, record: Any, index: int, problem: str) -> SyncFileError:
    label = m.RECORD_LABELS[record_type]
    return SyncFileError(
        f"The file is invalid: in the {label} {_ident(record, index)}, {problem}."
    )


def _refusal(status: int, record_type: str, record: dict[str, Any], index: int) -> SyncFileError:
    if status == DUPLICATE_ID:
        return SyncFileError(f"The file is invalid: the id {record['id']} appears twice in it.")
    if status == BAD_HASH:
        return _invalid(record_type, record, index, "its content hash does not match its fields")
    if status == CODES_OUT_OF_ORDER:
        names = [
            name
            for name, spec in SPECS[record_type].items()
            if spec.kind == "codes"
            and spec.choices
            and record[name] != sorted(record[name], key=spec.choices.index)
        ]
        return _invalid(
            record_type, record, index, f'the field "{names[0]}" is not in the catalogue\'s order'
        )
    assert status == DELETION_NOT_CANONICAL
    return _invalid(
        record_type, record, index, 'the field "deleted_at" is not written in its canonical form'
    )


def _refuse(
    record_type: str, record: Any, index: int, status: int | bool | Exception
) -> SyncFileError:
    """The sentence for a record ``ingest`` refused (``record`` as in the file): ``status``
    is what it returned or the exception it raised."""
    if isinstance(status, UnicodeEncodeError):
        return _invalid(
            record_type, record, index, "a text holds characters that are not valid Unicode"
        )
    if isinstance(status, ValueError):
        return _invalid(record_type, record, index, "a date or time does not exist")
    if status is False:
        _, validators = payload_validators()
        return _invalid(record_type, record, index, validators[record_type].explain(record))
    assert not isinstance(status, Exception)
    return _refusal(int(status), record_type, record, index)


def _check_counts(manifest: dict[str, Any], lengths: dict[str, int]) -> None:
    for record_type in RECORD_TYPES:
        expected = manifest["counts"][record_type]["total"]
        if lengths[record_type] != expected:
            raise SyncFileError(
                f"The file is invalid: its manifest announces {expected} "
                f"{record_type} records but it holds {lengths[record_type]}."
            )
    total = sum(lengths.values())
    if total > MAX_RECORDS:
        raise SyncFileError(
            f"The file is hostile or damaged: it holds {total} records (at most {MAX_RECORDS})."
        )


def _check_deleted(manifest: dict[str, Any], record_type: str, deleted: int) -> None:
    announced = manifest["counts"][record_type]["deleted"]
    if deleted != announced:
        raise SyncFileError(
            f"The file is invalid: its manifest announces {announced} deleted "
            f"{record_type} records but it holds {deleted}."
        )


class _Refused(Exception):
    """A record of the payload broke a rule (:func:`explain_payload` says which)."""


def check_payload(
    payload: bytes,
    manifest: dict[str, Any],
    codecs: dict[str, RecordCodec],
    origin: str,
    check: Callable[[float], None] = lambda f: None,
) -> CheckedPayload:
    """Parse the payload JSON and check everything about it that needs no database.
    ``origin`` is the id of the import, which the records will carry.

    The payload is parsed by a typed decoder that checks most of the payload schema as
    it reads (:func:`payload_decoder`); each record then goes through the codec's
    ``ingest_decoded``. Both only say yes or no: when either refuses the payload,
    :func:`explain_payload` reads it again the slower way and names its first problem."""
    decoder, _ = payload_decoder()
    try:
        document = decoder.decode(payload)
        by_type = {t: getattr(document.records, t) for t in RECORD_TYPES}
        _check_counts(manifest, {t: len(items) for t, items in by_type.items()})
        total = sum(len(items) for items in by_type.values())
        seen: set[str] = set()
        rows: dict[str, list[Any]] = {}
        done = 0
        for record_type in RECORD_TYPES:
            items = by_type[record_type]
            ingest = codecs[record_type].ingest_decoded
            made = rows[record_type] = []
            deleted = 0
            for start in range(0, len(items), _BATCH):
                batch = items[start : start + _BATCH]
                statuses = list(map(ingest, batch, repeat(seen), repeat(made), repeat(origin)))
                sound, marks = statuses.count(LIVE), statuses.count(DELETED)
                if sound + marks != len(batch):
                    raise _Refused
                deleted += marks
                done += len(batch)
                check(done / max(total, 1))
            _check_deleted(manifest, record_type, deleted)
    except (msgspec.DecodeError, RecursionError, _Refused, UnicodeEncodeError, ValueError) as exc:
        # Name the problem: read the payload again the slower way, record after record.
        explain_payload(payload, manifest, codecs, origin)
        reason = str(exc) if isinstance(exc, msgspec.DecodeError) else type(exc).__name__
        raise SyncFileError(
            f"The file is invalid: its payload breaks the format ({reason})."
        ) from None
    return CheckedPayload(manifest, by_type, codecs, origin, rows)


def explain_payload(
    payload: bytes, manifest: dict[str, Any], codecs: dict[str, RecordCodec], origin: str
) -> None:
    """Check a payload the slower way, record after record as plain JSON, and raise a
    :class:`SyncFileError` naming its first problem (returns when it finds none)."""
    # The payload is authenticated; looking for repeated names in its 100,000 objects
    # would cost a tenth of the import (the manifest is checked for them).
    document = strict_json(payload, "payload", unique_names=False)
    if not isinstance(document, dict) or set(document) != {"records"}:
        raise SyncFileError('The file is invalid: its payload must be an object with "records".')
    by_type = document["records"]
    if not isinstance(by_type, dict) or set(by_type) != set(RECORD_TYPES):
        raise SyncFileError(
            "The file is invalid: its payload must list the records of each type: "
            + ", ".join(RECORD_TYPES)
            + "."
        )
    for record_type in RECORD_TYPES:
        if not isinstance(by_type[record_type], list):
            raise SyncFileError(f"The file is invalid: its {record_type} records are not a list.")
    _check_counts(manifest, {t: len(by_type[t]) for t in RECORD_TYPES})
    seen: set[str] = set()
    for record_type in RECORD_TYPES:
        ingest = codecs[record_type].ingest
        deleted = 0
        for index, record in enumerate(by_type[record_type]):
            status: int | bool | Exception
            try:
                status = ingest(record, seen, [], origin)
            except (UnicodeEncodeError, ValueError) as exc:
                status = exc
            if status == DELETED:
                deleted += 1
            elif status != LIVE:
                raise _refuse(record_type, record, index, status)
        _check_deleted(manifest, record_type, deleted)


# -- writing ---------------------------------------------------------------------------------
class _NothingToWrite(Exception):
    """Raised inside the transaction to roll back an import that would change nothing."""

    def __init__(self, counts: ImportCounts) -> None:
        super().__init__()
        self.counts = counts


@dataclass
class _Plan:
    inserts: dict[str, list[Any]] = field(default_factory=dict)  # INSERT parameters
    updates: dict[str, list[dict[str, Any]]] = field(default_factory=dict)  # column values
    conflicts: list[tuple[str, dict[str, Any]]] = field(default_factory=list)
    counts: ImportCounts = field(default_factory=ImportCounts)


def _existing(conn: Connection, table: Table) -> dict[str, tuple[int, str, bool]]:
    """Every stored record of a table: id -> (revision, content hash, marked deleted)."""
    query = select(
        table.c.id, table.c.revision, table.c.content_hash, table.c.deleted_at.is_not(None)
    )
    return {row[0]: (row[1], row[2], bool(row[3])) for row in conn.execute(query)}


def _plan(conn: Connection, checked: CheckedPayload) -> _Plan:
    plan = _Plan()
    counts = plan.counts
    known_ids: dict[str, set[str]] = {}
    for model in m.RECORD_TYPES:
        record_type = model.record_type
        existing = _existing(conn, table_of(model))
        known_ids[record_type] = set(existing)
        inserts: list[Any] = []
        updates: list[dict[str, Any]] = []
        parent = _PARENT.get(record_type)
        codec = checked.codecs[record_type]
        made = checked.rows[record_type] if codec.positional else None
        records = checked.records[record_type]
        if not existing and made is not None and (
            parent is None
            or set(map(attrgetter(parent[0]), records)) <= known_ids[parent[1]]
        ):
            # None of them is stored yet (a partner's first file): all are inserted.
            known_ids[record_type].update(map(attrgetter("id"), records))
            plan.inserts[record_type] = made
            plan.updates[record_type] = []
            deleted = checked.manifest["counts"][record_type]["deleted"]  # checked equal
            counts.deleted += deleted
            counts.new += len(records) - deleted
            continue
        for index, record in enumerate(records):
            if parent is not None:
                field_name, parent_type = parent
                parent_id = getattr(record, field_name)
                if parent_id not in known_ids[parent_type]:
                    raise EarlierFileNeededError(
                        f"The file is invalid: the {m.RECORD_LABELS[record_type]} "
                        f"{record.id} refers "
                        f"to the {parent_type} {parent_id}, which is neither in the file "
                        "nor in the database (import the partner's earlier files first)."
                    )
            stored = existing.get(record.id)
            marks_deletion = record.deleted_at is not None
            if stored is None:
                if made is not None:
                    row = made[index]
                else:
                    row = codec.row(msgspec.structs.asdict(record), checked.origin)
                inserts.append(row)
                known_ids[record_type].add(record.id)
                if marks_deletion:
                    counts.deleted += 1
                else:
                    counts.new += 1
                continue
            revision, stored_hash, stored_deleted = stored
            if record.content_hash == stored_hash or record.revision < revision:
                counts.unchanged += 1
            elif record.revision > revision:
                values = payload_to_values(record_type, msgspec.structs.asdict(record))
                values["origin_import_id"] = checked.origin
                updates.append(values)
                if marks_deletion and not stored_deleted:
                    counts.deleted += 1
                else:
                    counts.updated += 1
            else:
                plan.conflicts.append((record_type, msgspec.structs.asdict(record)))
                counts.conflicts += 1
        plan.inserts[record_type] = inserts
        plan.updates[record_type] = updates
    return plan


def _write_rows(
    conn: Connection,
    plan: _Plan,
    codecs: dict[str, RecordCodec],
    check: Callable[[float], None],
) -> None:
    total = sum(len(v) for v in plan.inserts.values()) + sum(len(v) for v in plan.updates.values())
    done = 0
    for model in m.RECORD_TYPES:  # parents before children
        table = table_of(model)
        rows = plan.inserts[model.record_type]
        for start in range(0, len(rows), _BATCH):
            batch = rows[start : start + _BATCH]
            codecs[model.record_type].insert(conn, batch)
            done += len(batch)
            check(done / max(total, 1))
        updates = plan.updates[model.record_type]
        if updates:
            columns = [name for name in payload_fields(model.record_type) if name != "id"]
            columns += sorted(LOCAL_ONLY)
            statement = (
                update(table)
                .where(table.c.id == bindparam("match_id"))
                .values(
                    {name: bindparam("new_" + name, type_=table.c[name].type) for name in columns}
                )
            )
            for start in range(0, len(updates), _BATCH):
                batch = [
                    {"match_id": values["id"]} | {"new_" + name: values[name] for name in columns}
                    for values in updates[start : start + _BATCH]
                ]
                conn.execute(statement, batch)
                done += len(batch)
                check(done / max(total, 1))


def _supersede_conflicts(conn: Connection, plan: _Plan, now: dt.datetime) -> int:
    """Close open conflicts on records that this file brings a newer revision of."""
    conflict = _SYNC_CONFLICT
    open_ids = set(
        conn.execute(select(conflict.c.record_id).where(conflict.c.status == "open")).scalars()
    )
    if not open_ids:
        return 0
    newer = {
        row["id"]: row["revision"]
        for rows in plan.updates.values()
        for row in rows
        if row["id"] in open_ids
    }
    for record_id, revision in newer.items():
        conn.execute(
            update(conflict)
            .where(conflict.c.record_id == record_id, conflict.c.status == "open")
            .values(
                status="resolved",
                resolution="superseded",
                resolved_at=now,
                resolved_revision=revision,
            )
        )
    return len(newer)


def _record_conflicts(
    conn: Connection, plan: _Plan, import_id: str, now: dt.datetime
) -> tuple[list[str], int]:
    """Store each conflict not already stored; return the ids of the file's conflicts and
    how many of them are new."""
    conflict = _SYNC_CONFLICT
    ids: list[str] = []
    new = 0
    for record_type, incoming in plan.conflicts:
        table = table_of(m.RECORD_TYPE_BY_NAME[record_type])
        local_row = conn.execute(select(table).where(table.c.id == incoming["id"])).mappings().one()
        local = row_to_payload(record_type, local_row)
        already = conn.execute(
            select(conflict.c.id).where(
                conflict.c.record_id == incoming["id"],
                conflict.c.local_content_hash == local_row["content_hash"],
                conflict.c.incoming_content_hash == incoming["content_hash"],
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
                record_id=incoming["id"],
                import_id=import_id,
                detected_at=now,
                local_revision=local_row["revision"],
                incoming_revision=incoming["revision"],
                local_device_id=local_row["device_id"],
                incoming_device_id=incoming["device_id"],
                local_content_hash=local_row["content_hash"],
                incoming_content_hash=incoming["content_hash"],
                local_version=local,
                incoming_version=dict(incoming),
                status="open",
            )
        )
        ids.append(conflict_id)
        new += 1
    return ids, new


def _previous_import(db: Database, file_sha256: str) -> m.ImportLog | None:
    with db.session() as session:
        return session.scalars(
            select(m.ImportLog)
            .where(m.ImportLog.file_sha256 == file_sha256)
            .order_by(m.ImportLog.imported_at)
            .limit(1)
        ).first()


def import_sync_file(
    db: Database,
    path: Path | str,
    private_key: PrivateKey | None = None,
    progress: Progress = NO_PROGRESS,
    *,
    _share: tuple[int, int] = (0, 1),
) -> FileOutcome:
    """Check and import one sync file. Raises an :class:`MraError` naming the problem when
    the file is refused (nothing is then written), or :class:`Cancelled`."""
    with _collector_paused():
        return _import_file(db, Path(path).expanduser(), private_key, progress, _share)


def _import_file(
    db: Database,
    source: Path,
    private_key: PrivateKey | None,
    progress: Progress,
    _share: tuple[int, int],
) -> FileOutcome:
    steps = _FileProgress(progress, _share[0], _share[1], source.name)
    steps.at(0.0, "reading")
    data = _read_file(source)
    file_sha256 = sha256(data).hexdigest()
    file_size = len(data)
    steps.at(0.05, "checking and decrypting")
    opened = open_container(data, private_key, steps.check)
    del data
    manifest = opened.manifest
    steps.at(0.2, "checking the records")
    import_id = m.new_id()
    codecs = codecs_for(db.engine.dialect)
    checked = check_payload(
        opened.payload,
        manifest,
        codecs,
        import_id,
        lambda f: steps.at(0.2 + 0.4 * f, "checking the records"),
    )
    del opened
    previous = _previous_import(db, file_sha256)
    outcome = FileOutcome(
        path=source,
        status="imported",
        message="",
        source_organisation=manifest["organisation"],
        source_device_id=manifest["device_id"],
        exported_at=dt.datetime.fromisoformat(manifest["exported_at"]),
        encrypted=manifest["encryption"] is not None,
        file_sha256=file_sha256,
        previously_imported_at=previous.imported_at if previous else None,
    )
    steps.at(0.6, "writing")
    now = m.utcnow()
    log = _IMPORT_LOG
    try:
        with db.transaction() as session:
            conn = session.connection()
            # Writing the log row first takes the database's write lock, so that what is
            # read next cannot change before this transaction ends.
            conn.execute(
                insert(log).values(
                    id=import_id,
                    imported_at=now,
                    file_name=source.name[:255],
                    file_sha256=file_sha256,
                    file_size=file_size,
                    source_organisation=manifest["organisation"],
                    source_device_id=manifest["device_id"],
                    exported_at=outcome.exported_at,
                    app_version=manifest["app"]["version"],
                    encrypted=bool(outcome.encrypted),
                    new_count=0,
                    updated_count=0,
                    unchanged_count=0,
                    conflict_count=0,
                    deleted_count=0,
                )
            )
            plan = _plan(conn, checked)
            counts = plan.counts
            writes = sum(len(v) for v in plan.inserts.values()) + sum(
                len(v) for v in plan.updates.values()
            )
            conflict_ids, new_conflicts = _record_conflicts(conn, plan, import_id, now)
            if previous is not None and writes == 0 and new_conflicts == 0:
                outcome.conflict_ids = conflict_ids
                raise _NothingToWrite(counts)
            _write_rows(conn, plan, codecs, lambda f: steps.at(0.6 + 0.35 * f, "writing"))
            _supersede_conflicts(conn, plan, now)
            conn.execute(
                update(log)
                .where(log.c.id == import_id)
                .values(
                    new_count=counts.new,
                    updated_count=counts.updated,
                    unchanged_count=counts.unchanged,
                    conflict_count=counts.conflicts,
                    deleted_count=counts.deleted,
                )
            )
            steps.check()
    except _NothingToWrite as nothing:
        assert previous is not None
        outcome.status = "already_imported"
        outcome.counts = nothing.counts
        outcome.message = (
            f"Already imported on {_when(previous.imported_at)}; nothing changed."
        )
        steps.at(1.0, "done")
        return outcome
    outcome.counts = counts
    outcome.import_id = import_id
    outcome.conflict_ids = conflict_ids
    origin = manifest["organisation"] or "a partner"
    assert outcome.exported_at is not None
    outcome.message = (
        f"Imported from {origin} (exported {_when(outcome.exported_at)}): {counts.describe()}."
    )
    if previous is not None:
        outcome.message = outcome.message[:-1] + (
            f"; it had been imported before, on {_when(previous.imported_at)}."
        )
    steps.at(1.0, "done")
    return outcome


#: refusals that come after the file was authenticated, or that only concern the key or
#: the program's version: the manifest's partner and export time can then be shown
_SOURCE_SHOWN = frozenset(
    {"sync_file_needs_earlier", "sync_file_newer", "sync_wrong_key", "sync_key_required"}
)


def _manifest_of(path: Path) -> dict[str, Any] | None:
    """A file's manifest when it can be read, to import a partner's files oldest first."""
    try:
        with path.expanduser().open("rb") as handle:
            head = handle.read(HEADER.size + MAX_MANIFEST_SIZE)
        manifest = read_manifest(head)
        dt.datetime.fromisoformat(manifest["exported_at"])
        return manifest
    except (OSError, MraError, ValueError):
        return None


def _refused(path: Path, error: MraError, manifest: dict[str, Any] | None) -> FileOutcome:
    outcome = FileOutcome(path, "rejected", error.message, code=error.code)
    if manifest is not None and error.code in _SOURCE_SHOWN:
        outcome.source_organisation = manifest["organisation"]
        outcome.source_device_id = manifest["device_id"]
        outcome.exported_at = dt.datetime.fromisoformat(manifest["exported_at"])
    return outcome


def import_sync_files(
    db: Database,
    paths: Sequence[Path | str],
    private_key: PrivateKey | None = None,
    progress: Progress = NO_PROGRESS,
) -> list[FileOutcome]:
    """Import several sync files, each in its own transaction, oldest export first.

    Returns one outcome per path, in the order given. A refused file is reported (status
    ``rejected``, with its sentence) and the others go on; after a cancel, the file being
    imported and the ones after it are ``cancelled`` and nothing of them is written.
    """
    sources = [Path(p) for p in paths]
    manifests = [_manifest_of(p) for p in sources]
    moments = [dt.datetime.fromisoformat(m["exported_at"]) if m else None for m in manifests]
    far_future = dt.datetime.max.replace(tzinfo=dt.UTC)
    order = sorted(range(len(sources)), key=lambda i: moments[i] or far_future)
    outcomes: dict[int, FileOutcome] = {}
    cancelled = False
    for position, index in enumerate(order):
        path = sources[index]
        if cancelled:
            outcomes[index] = FileOutcome(
                path, "cancelled", "Not imported: the import was cancelled.", code="cancelled"
            )
            continue
        try:
            outcomes[index] = import_sync_file(
                db, path, private_key, progress, _share=(position, len(sources))
            )
        except Cancelled as exc:
            cancelled = True
            outcomes[index] = FileOutcome(path, "cancelled", exc.message, code=exc.code)
        except MraError as exc:
            outcomes[index] = _refused(path, exc, manifests[index])
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
    "CheckedPayload",
    "FileOutcome",
    "ImportCounts",
    "check_payload",
    "import_history",
    "import_sync_file",
    "import_sync_files",
]
