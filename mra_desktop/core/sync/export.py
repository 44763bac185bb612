"""Writing a sync file: the records of the database's organisation (every one, or those
written since the last export), deletion marks included, encrypted for MRA's public key
and signed by the device.

What never leaves: demo records (and anything under a demo meeting), the records of other
organisations the database may hold, and everything local (settings, keys, logs).
``--since-last`` picks records by the database's change sequence, not by the clock, so
a laptop clock set wrong at one export cannot hide edits from the next.
"""

from __future__ import annotations

import datetime as dt
import hashlib
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

import msgspec
from sqlalchemy import ColumnElement, Connection, Table, and_, func, not_, select

from mra_desktop import __version__
from mra_desktop.core import models as m
from mra_desktop.core.database import Database, current_change_seq, worded_database_errors
from mra_desktop.core.files import staged_write
from mra_desktop.core.identity import require_organisation, signing_key
from mra_desktop.core.progress import NO_PROGRESS, Progress
from mra_desktop.core.protocol import load_protocol
from mra_desktop.core.sync.container import (
    FILE_SUFFIX,
    FORMAT_NAME,
    FORMAT_VERSION,
    MAX_FILE_SIZE,
    MAX_PAYLOAD_SIZE,
    seal,
)
from mra_desktop.core.sync.errors import NoRecipientKeyError, SyncError
from mra_desktop.core.sync.keys import PublicKey, fingerprint, installed_recipient_key
from mra_desktop.core.sync.records import record_title, row_to_payload, table_of
from mra_desktop.core.sync.schema import (
    CANONICAL,
    PAYLOAD_DECODER,
    RECORD_TYPES,
    describe_error,
    error_location,
)

UNENCRYPTED_WARNING = (
    "This sync file is not encrypted: anyone who gets a copy of it can read everything it "
    "holds."
)
NO_KEY_MESSAGE = (
    "No MRA public key is installed, so the sync file cannot be encrypted; install MRA's key "
    "first, or ask for an unencrypted file, which anyone who gets a copy can read."
)
TOO_MUCH = (
    "There is too much to fit in one sync file; export only what changed since the last "
    "export instead."
)


@dataclass(frozen=True)
class ExportResult:
    path: Path
    exported_at: dt.datetime
    scope: str  # "full" | "since_last"
    since: dt.datetime | None  # for since_last: when the export it continues was written
    counts: dict[str, dict[str, int]]  # record type -> {"total": n, "deleted": n}
    encrypted: bool
    recipient_fingerprint: str | None
    file_sha256: str
    size: int
    warnings: list[str] = field(default_factory=list)
    organisation: str = ""
    signer_fingerprint: str = ""
    sequence: int = 0  # the change sequence the file goes up to
    since_sequence: int | None = None
    #: records that stayed in the database: "demo" (the demo dataset, never exported) and
    #: "other_organisations" (records of organisations other than the database's)
    left_out: dict[str, int] = field(default_factory=dict)

    @property
    def record_count(self) -> int:
        return sum(c["total"] for c in self.counts.values())

    @property
    def deleted_count(self) -> int:
        return sum(c["deleted"] for c in self.counts.values())


def suggested_file_name(db: Database, when: dt.datetime | None = None) -> str:
    """A file name for the next export, e.g. ``mra-sync-20260314-1030-1a2b3c4d.mrasync``."""
    when = (when or m.utcnow()).astimezone(dt.UTC)
    return f"mra-sync-{when:%Y%m%d-%H%M}-{db.device_id[:8]}{FILE_SUFFIX}"


def last_export(db: Database) -> m.ExportLog | None:
    """The latest export by change sequence (not by the clock, which may have been wrong)."""
    with db.session() as session:
        return session.scalars(
            select(m.ExportLog)
            .order_by(
                func.coalesce(m.ExportLog.sequence, -1).desc(), m.ExportLog.exported_at.desc()
            )
            .limit(1)
        ).first()


def _owned(model: type[m.SyncedRecord], organisation_id: str) -> ColumnElement[bool]:
    """The records of ``organisation_id`` that may leave the database: a meeting belongs
    to its organisation, the other records to their meeting's; demo records never leave."""
    table = table_of(model)
    meeting = table_of(m.Meeting)
    if model is m.Organisation:
        mine = table.c.id == organisation_id
    elif model is m.Meeting:
        mine = table.c.organisation_id == organisation_id
    else:
        mine = table.c.meeting_id.in_(
            select(meeting.c.id).where(
                meeting.c.organisation_id == organisation_id, meeting.c.demo.is_(False)
            )
        )
    return and_(mine, table.c.demo.is_(False))


def _left_out(conn: Connection, organisation_id: str) -> dict[str, int]:
    demo = other = 0
    meeting = table_of(m.Meeting)
    for model in m.RECORD_TYPES:
        table = table_of(model)
        in_demo: ColumnElement[bool] = table.c.demo.is_(True)
        if model not in (m.Organisation, m.Meeting):
            in_demo = in_demo | table.c.meeting_id.in_(
                select(meeting.c.id).where(meeting.c.demo.is_(True))
            )
        demo += int(conn.execute(select(func.count()).where(in_demo)).scalar_one())
        other += int(
            conn.execute(
                select(func.count()).where(not_(in_demo), not_(_owned(model, organisation_id)))
            ).scalar_one()
        )
    return {"demo": demo, "other_organisations": other}


def export_preview(db: Database) -> tuple[dict[str, int], dict[str, int]]:
    """What a full export would hold, by record type, and what stays in the database
    ("demo", "other_organisations"); all zero while the database has no organisation."""
    from mra_desktop.core.identity import database_identity

    organisation_id = database_identity(db).organisation_id
    counts = {model.record_type: 0 for model in m.RECORD_TYPES}
    if organisation_id is None:
        return counts, {"demo": 0, "other_organisations": 0}
    with db.snapshot() as conn:
        for model in m.RECORD_TYPES:
            counts[model.record_type] = int(
                conn.execute(
                    select(func.count()).where(_owned(model, organisation_id))
                ).scalar_one()
            )
        return counts, _left_out(conn, organisation_id)


def _unexportable(exc: msgspec.ValidationError, records: dict[str, list[Any]]) -> SyncError:
    """Name the record MRA's import would refuse, so the facilitator can correct it."""
    reason, path = error_location(str(exc))
    if len(path) >= 3 and path[1] in records and isinstance(path[2], int):
        record_type, index = str(path[1]), path[2]
        record = records[record_type][index]
        subject = f'the field "{path[3]}"' if len(path) > 3 else "it"
        value = record.get(str(path[3])) if len(path) > 3 else None
        problem = describe_error(reason, subject, value)
        return SyncError(
            f"The {m.RECORD_LABELS[record_type]} “{record_title(record_type, record)}” cannot "
            f"be exported: {problem}; correct it, then export again."
        )
    return SyncError(f"The database cannot be exported: {reason}.")


def _payload(records: dict[str, list[dict[str, Any]]]) -> bytes:
    """The payload in its canonical form, checked by the very types MRA's import uses."""
    try:
        document = PAYLOAD_DECODER.decode(msgspec.json.encode({"records": records}))
    except msgspec.ValidationError as exc:
        raise _unexportable(exc, records) from None
    return CANONICAL.encode(document)


def export_sync(
    db: Database,
    path: Path | str,
    recipient_public_key: PublicKey | None = None,
    unencrypted: bool = False,
    since_last: bool = False,
    progress: Progress = NO_PROGRESS,
) -> ExportResult:
    """Write a sync file of this database's organisation to ``path``.

    The file is encrypted for ``recipient_public_key``, or else for the MRA key installed
    in the database; with neither, export is refused unless ``unencrypted`` is True. It
    is signed with the device's key. ``since_last`` exports only the records written since
    the previous export (every record when there was none). The export is logged in the
    same transaction that puts the file under its name: a failure leaves neither.
    """
    target = Path(path).expanduser()
    if unencrypted and recipient_public_key is not None:
        raise SyncError("Choose either an encrypted or an unencrypted sync file, not both.")
    identity = require_organisation(db)
    organisation_id = identity.organisation_id
    assert organisation_id is not None
    recipient = None if unencrypted else (recipient_public_key or installed_recipient_key(db))
    if recipient is None and not unencrypted:
        raise NoRecipientKeyError(NO_KEY_MESSAGE)
    signer = signing_key(db)

    previous = last_export(db) if since_last else None
    since_sequence = previous.sequence if previous is not None else None
    scope = "since_last" if since_sequence is not None else "full"

    exported_at = m.utcnow()
    steps = len(m.RECORD_TYPES) + 3
    progress.step(0, steps, "Reading the database")
    records: dict[str, list[dict[str, Any]]] = {}
    counts: dict[str, dict[str, int]] = {}
    with worded_database_errors(), db.snapshot() as conn:
        sequence = current_change_seq(conn)
        for index, model in enumerate(m.RECORD_TYPES):
            table: Table = table_of(model)
            query = (
                select(table)
                .where(_owned(model, organisation_id))
                .order_by(table.c.created_at, table.c.id)
            )
            if since_sequence is not None:
                query = query.where(table.c.change_seq > since_sequence)
            rows = conn.execute(query).mappings()
            batch = [row_to_payload(model.record_type, row) for row in rows]
            records[model.record_type] = batch
            counts[model.record_type] = {
                "total": len(batch),
                "deleted": sum(1 for r in batch if r["deleted_at"] is not None),
            }
            progress.step(index + 1, steps, "Reading the database")
        left_out = _left_out(conn, organisation_id)
    name = identity.organisation_name or ""

    payload = _payload(records)
    del records
    if len(payload) > MAX_PAYLOAD_SIZE:
        raise SyncError(TOO_MUCH)
    protocol = load_protocol()
    manifest: dict[str, Any] = {
        "format": FORMAT_NAME,
        "format_version": FORMAT_VERSION,
        "app": {"name": "mra-desktop", "version": __version__},
        "exported_at": exported_at.isoformat(),
        "device_id": db.device_id,
        "organisation": {"id": organisation_id, "name": name},
        "protocol": {"id": protocol.id, "version": protocol.version},
        "sequence": sequence,
        "scope": {"kind": scope, "since_sequence": since_sequence},
        "counts": {t: counts[t] for t in RECORD_TYPES},
    }
    progress.step(steps - 2, steps, "Compressing, encrypting and signing")
    data = seal(manifest, payload, recipient, signer)
    del payload
    if len(data) > MAX_FILE_SIZE:
        raise SyncError(TOO_MUCH)
    progress.step(steps - 1, steps, "Writing the file")
    file_sha256 = hashlib.sha256(data).hexdigest()
    result = ExportResult(
        path=target,
        exported_at=exported_at,
        scope=scope,
        since=previous.exported_at if previous is not None and scope == "since_last" else None,
        counts=counts,
        encrypted=recipient is not None,
        recipient_fingerprint=recipient.fingerprint if recipient else None,
        file_sha256=file_sha256,
        size=len(data),
        warnings=[] if recipient else [UNENCRYPTED_WARNING],
        organisation=name,
        signer_fingerprint=fingerprint(
            signer.public_key().public_bytes_raw()
        ),
        sequence=sequence,
        since_sequence=since_sequence,
        left_out=left_out,
    )
    with worded_database_errors(), staged_write(target, data) as publish:
        with db.transaction() as session:
            session.add(
                m.ExportLog(
                    exported_at=exported_at,
                    file_name=target.name[:255],
                    file_sha256=file_sha256,
                    scope=scope,
                    since=result.since,
                    record_count=result.record_count,
                    deleted_count=result.deleted_count,
                    encrypted=result.encrypted,
                    recipient_fingerprint=result.recipient_fingerprint,
                    sequence=sequence,
                    since_sequence=since_sequence,
                )
            )
            session.flush()
            publish()
    progress.step(steps, steps, "Done")
    return result
