"""Writing a sync file: every record (or those changed since the last export), deletion
marks included, encrypted for MRA's public key."""

from __future__ import annotations

import datetime as dt
import hashlib
import json
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from sqlalchemy import select

from mra_desktop import __version__
from mra_desktop.core import models as m
from mra_desktop.core.database import Database
from mra_desktop.core.files import atomic_write_bytes
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
from mra_desktop.core.sync.keys import PublicKey, installed_recipient_key
from mra_desktop.core.sync.records import record_title, row_to_payload, table_of
from mra_desktop.core.sync.schema import payload_validators
from mra_desktop.core.validation import SPECS

#: --since-last also takes the records changed shortly before the previous export began,
#: so that an edit being saved while that export read the database is not missed (an edit
#: is stamped before it commits, and may wait up to the 5 s busy timeout); a record sent
#: twice is recognised by MRA's import and changes nothing.
SINCE_LAST_OVERLAP = dt.timedelta(seconds=30)

UNENCRYPTED_WARNING = (
    "This sync file is not encrypted: anyone who gets a copy of it can read everything it "
    "holds."
)
NO_KEY_MESSAGE = (
    "No MRA public key is installed, so the sync file cannot be encrypted; install MRA's key "
    "first, or ask for an unencrypted file, which anyone who gets a copy can read."
)


@dataclass(frozen=True)
class ExportResult:
    path: Path
    exported_at: dt.datetime
    scope: str  # "full" | "since_last"
    since: dt.datetime | None  # for since_last: records updated after this time
    counts: dict[str, dict[str, int]]  # record type -> {"total": n, "deleted": n}
    encrypted: bool
    recipient_fingerprint: str | None
    file_sha256: str
    size: int
    warnings: list[str] = field(default_factory=list)

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
    with db.session() as session:
        return session.scalars(
            select(m.ExportLog).order_by(m.ExportLog.exported_at.desc()).limit(1)
        ).first()


def _organisation_label(names: list[str]) -> str:
    """The manifest's "organisation": the first name, and how many others, in no one
    language's words (MRA reads it whatever the partner's interface language was)."""
    if not names:
        return ""
    label = names[0] if len(names) == 1 else f"{names[0]} (+{len(names) - 1})"
    return label if len(label) <= 300 else label[:299] + "…"


def _check_exportable(record_type: str, record: dict[str, Any]) -> None:
    """Refuse to write a record that MRA's import would refuse, naming it."""
    _, validators = payload_validators()
    validator = validators[record_type]
    problem = None
    if not validator.is_valid(record):
        problem = validator.explain(record)
    else:
        for name, spec in SPECS[record_type].items():
            value = record[name]
            choices = spec.choices
            if spec.kind == "codes" and choices and value != sorted(value, key=choices.index):
                problem = f'the field "{name}" is not in catalogue order'
    if problem is not None:
        raise SyncError(
            f"The {m.RECORD_LABELS[record_type]} “{record_title(record_type, record)}” cannot be "
            f"exported: {problem}; correct it, then export again."
        )


def export_sync(
    db: Database,
    path: Path | str,
    recipient_public_key: PublicKey | None = None,
    unencrypted: bool = False,
    since_last: bool = False,
    progress: Progress = NO_PROGRESS,
) -> ExportResult:
    """Write a sync file of this database to ``path``.

    The file is encrypted for ``recipient_public_key``, or else for the MRA key installed
    in the database; with neither, export is refused unless ``unencrypted`` is True.
    ``since_last`` exports only the records changed since the previous export (every
    record when there was none). The export is logged in the database.
    """
    target = Path(path).expanduser()
    if unencrypted and recipient_public_key is not None:
        raise SyncError("Choose either an encrypted or an unencrypted sync file, not both.")
    recipient = None if unencrypted else (recipient_public_key or installed_recipient_key(db))
    if recipient is None and not unencrypted:
        raise NoRecipientKeyError(NO_KEY_MESSAGE)

    since: dt.datetime | None = None
    scope = "full"
    if since_last:
        previous = last_export(db)
        if previous is not None:
            since = previous.exported_at - SINCE_LAST_OVERLAP
            scope = "since_last"

    exported_at = m.utcnow()
    steps = len(m.RECORD_TYPES) + 3
    progress.step(0, steps, "Reading the database")
    records: dict[str, list[dict[str, Any]]] = {}
    counts: dict[str, dict[str, int]] = {}
    with db.snapshot() as conn:
        for index, model in enumerate(m.RECORD_TYPES):
            table = table_of(model)
            query = select(table).order_by(table.c.created_at, table.c.id)
            if since is not None:
                query = query.where(table.c.updated_at > since)
            batch = []
            for row in conn.execute(query).mappings():
                record = row_to_payload(model.record_type, row)
                _check_exportable(model.record_type, record)
                batch.append(record)
            records[model.record_type] = batch
            counts[model.record_type] = {
                "total": len(batch),
                "deleted": sum(1 for r in batch if r["deleted_at"] is not None),
            }
            progress.step(index + 1, steps, "Reading the database")
        names = list(
            conn.execute(
                select(m.Organisation.name)
                .where(m.Organisation.deleted_at.is_(None))
                .order_by(m.Organisation.name)
            ).scalars()
        )

    payload = json.dumps(
        {"records": records}, ensure_ascii=False, separators=(",", ":")
    ).encode("utf-8")
    del records
    if len(payload) > MAX_PAYLOAD_SIZE:
        raise SyncError(
            "There is too much to fit in one sync file; export only what changed since the "
            "last export instead."
        )
    protocol = load_protocol()
    manifest: dict[str, Any] = {
        "format": FORMAT_NAME,
        "format_version": FORMAT_VERSION,
        "app": {"name": "mra-desktop", "version": __version__},
        "exported_at": exported_at.isoformat(),
        "device_id": db.device_id,
        "organisation": _organisation_label(names),
        "protocol": {"id": protocol.id, "version": protocol.version},
        "scope": {"kind": scope, "since": since.isoformat() if since else None},
        "counts": counts,
    }
    progress.step(steps - 2, steps, "Compressing and encrypting")
    data = seal(manifest, payload, recipient)
    del payload
    if len(data) > MAX_FILE_SIZE:
        raise SyncError(
            "There is too much to fit in one sync file; export only what changed since the "
            "last export instead."
        )
    progress.step(steps - 1, steps, "Writing the file")
    atomic_write_bytes(target, data)
    file_sha256 = hashlib.sha256(data).hexdigest()
    result = ExportResult(
        path=target,
        exported_at=exported_at,
        scope=scope,
        since=since,
        counts=counts,
        encrypted=recipient is not None,
        recipient_fingerprint=recipient.fingerprint if recipient else None,
        file_sha256=file_sha256,
        size=len(data),
        warnings=[] if recipient else [UNENCRYPTED_WARNING],
    )
    with db.transaction() as session:
        session.add(
            m.ExportLog(
                exported_at=exported_at,
                file_name=target.name[:255],
                file_sha256=file_sha256,
                scope=scope,
                since=since,
                record_count=result.record_count,
                deleted_count=result.deleted_count,
                encrypted=result.encrypted,
                recipient_fingerprint=result.recipient_fingerprint,
            )
        )
    progress.step(steps, steps, "Done")
    return result
