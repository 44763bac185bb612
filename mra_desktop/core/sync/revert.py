"""The list of imports, and undoing one.

An import can be undone as long as nothing came after it on the same records: in one
transaction, the records it inserted are removed again (found by their
``first_import_id``), the records it replaced get back the version it replaced (kept as
before-images), its open conflicts go, and the conflicts its newer revisions had closed
open again. The import stays in the log, marked as undone, and its file may be imported
again. When a later import changed one of those records, added records under them, or a
person decided one of its conflicts, the undo is refused, naming those records: undo the
later imports first.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass
from typing import Any, cast

from sqlalchemy import Connection, Table, and_, bindparam, delete, or_, select, update

from mra_desktop.core import models as m
from mra_desktop.core.database import Database, next_change_seq, worded_database_errors
from mra_desktop.core.errors import NotFoundError
from mra_desktop.core.sync.errors import SyncError
from mra_desktop.core.sync.records import payload_to_values, table_of
from mra_desktop.core.text import shown

_CONFLICT = cast(Table, m.SyncConflict.__table__)
_BEFORE = cast(Table, m.ImportBeforeImage.__table__)
_CHILD_TYPES = ("participant", "change", "action_item", "note")


class RevertError(SyncError):
    code = "revert_refused"


@dataclass(frozen=True)
class ImportView:
    """One import, as ``imports`` and the import screen's history list it."""

    id: str
    imported_at: dt.datetime
    file_name: str
    file_sha256: str
    source_organisation: str
    source_organisation_id: str | None
    signer_fingerprint: str | None
    exported_at: dt.datetime
    encrypted: bool
    format_version: int
    counts: dict[str, int]
    reverted_at: dt.datetime | None

    @property
    def signed(self) -> bool:
        return self.signer_fingerprint is not None

    def to_json(self) -> dict[str, Any]:
        return {
            "id": self.id,
            "imported_at": self.imported_at.isoformat(),
            "file_name": self.file_name,
            "file_sha256": self.file_sha256,
            "source_organisation": self.source_organisation,
            "source_organisation_id": self.source_organisation_id,
            "signer_fingerprint": self.signer_fingerprint,
            "exported_at": self.exported_at.isoformat(),
            "encrypted": self.encrypted,
            "format_version": self.format_version,
            "counts": self.counts,
            "reverted_at": self.reverted_at.isoformat() if self.reverted_at else None,
        }


def _view(log: m.ImportLog) -> ImportView:
    return ImportView(
        id=log.id,
        imported_at=log.imported_at,
        file_name=shown(log.file_name),
        file_sha256=log.file_sha256,
        source_organisation=shown(log.source_organisation),
        source_organisation_id=log.source_organisation_id,
        signer_fingerprint=log.signer_fingerprint,
        exported_at=log.exported_at,
        encrypted=log.encrypted,
        format_version=log.format_version,
        counts={
            "new": log.new_count,
            "updated": log.updated_count,
            "unchanged": log.unchanged_count,
            "conflicts": log.conflict_count,
            "deleted": log.deleted_count,
        },
        reverted_at=log.reverted_at,
    )


def list_imports(db: Database, limit: int | None = None) -> list[ImportView]:
    """Every import, newest first (undone ones included)."""
    with db.session() as session:
        query = select(m.ImportLog).order_by(m.ImportLog.imported_at.desc(), m.ImportLog.id)
        if limit is not None:
            query = query.limit(limit)
        return [_view(log) for log in session.scalars(query)]


@dataclass(frozen=True)
class RevertResult:
    import_id: str
    removed: int  # records the import had inserted
    restored: int  # records given back the version the import replaced
    conflicts_removed: int
    conflicts_reopened: int


def find_import(conn: Connection, wanted: str) -> Any:
    """The import_log row whose id is ``wanted`` or begins with it (one only)."""
    log = cast(Table, m.ImportLog.__table__)
    text = wanted.strip().lower()
    if not text:
        raise NotFoundError("Give the id of an import (see 'mra-desktop imports').")
    rows = conn.execute(select(log).where(log.c.id.like(text.replace("%", "") + "%"))).all()
    if not rows:
        raise NotFoundError(f"There is no import with id {shown(wanted, 40)}.")
    if len(rows) > 1:
        raise NotFoundError(
            f"{len(rows)} imports have ids beginning with {shown(wanted, 40)}; give more of it."
        )
    return rows[0]


def revert_import(db: Database, import_id: str) -> RevertResult:
    """Undo the import ``import_id`` (or a unique beginning of it) in one transaction."""
    with worded_database_errors(), db.transaction() as session:
        conn = session.connection()
        log = find_import(conn, import_id)
        if log.reverted_at is not None:
            raise RevertError(
                f"The import {log.id} was already undone on "
                f"{log.reverted_at:%Y-%m-%d %H:%M} UTC; nothing was changed."
            )
        x = log.id
        inserted: dict[str, list[str]] = {}
        for model in m.RECORD_TYPES:
            table = table_of(model)
            inserted[model.record_type] = list(
                conn.execute(select(table.c.id).where(table.c.first_import_id == x)).scalars()
            )
        befores = conn.execute(
            select(_BEFORE.c.record_type, _BEFORE.c.record_id, _BEFORE.c.version)
            .where(_BEFORE.c.import_id == x)
            .order_by(_BEFORE.c.id)
        ).all()
        touched: dict[str, set[str]] = {t: set(ids) for t, ids in inserted.items()}
        for record_type, record_id, _version in befores:
            touched[record_type].add(record_id)
        blocked = _blocked(conn, x, log.imported_at, touched, inserted)
        if blocked:
            shown_list = ", ".join(blocked[:5]) + (" …" if len(blocked) > 5 else "")
            raise RevertError(
                f"The import {x} cannot be undone: {len(blocked)} of its records changed "
                f"since ({shown_list}); undo the later imports first. Nothing was changed."
            )
        sequence = next_change_seq(session)
        removed = 0
        for model in reversed(m.RECORD_TYPES):  # children before their parents
            ids = inserted[model.record_type]
            table = table_of(model)
            for start in range(0, len(ids), 500):
                conn.execute(delete(table).where(table.c.id.in_(ids[start : start + 500])))
            removed += len(ids)
        restored = 0
        seen: set[tuple[str, str]] = set()
        for record_type, record_id, version in befores:
            if (record_type, record_id) in seen:
                continue  # the first before-image is the version before this import
            seen.add((record_type, record_id))
            _restore(conn, record_type, record_id, dict(version), sequence)
            restored += 1
        removed_conflicts = conn.execute(
            delete(_CONFLICT).where(_CONFLICT.c.import_id == x, _CONFLICT.c.status == "open")
        ).rowcount
        reopened = conn.execute(
            update(_CONFLICT)
            .where(_CONFLICT.c.resolved_by_import_id == x)
            .values(status="open", resolution=None, resolved_at=None, resolved_revision=None,
                    resolved_by_import_id=None)
        ).rowcount
        conn.execute(
            update(cast(Table, m.ImportLog.__table__))
            .where(m.ImportLog.__table__.c.id == x)
            .values(reverted_at=m.utcnow())
        )
        return RevertResult(x, removed, restored, int(removed_conflicts or 0), int(reopened or 0))


def _blocked(
    conn: Connection,
    x: str,
    imported_at: dt.datetime,
    touched: dict[str, set[str]],
    inserted: dict[str, list[str]],
) -> list[str]:
    """The records that changed since import ``x``, as "the change <id>"."""
    blocked: list[str] = []

    def name(record_type: str, record_id: str) -> str:
        return f"the {m.RECORD_LABELS[record_type]} {record_id}"

    for model in m.RECORD_TYPES:
        record_type = model.record_type
        ids = sorted(touched[record_type])
        table = table_of(model)
        for start in range(0, len(ids), 500):
            chunk = ids[start : start + 500]
            for record_id in conn.execute(
                select(table.c.id).where(
                    table.c.id.in_(chunk),
                    or_(table.c.origin_import_id.is_(None), table.c.origin_import_id != x),
                )
            ).scalars():
                blocked.append(name(record_type, record_id))
    # records a later import added under a record this import inserted
    parents = {
        "meeting": ("organisation_id", inserted["organisation"]),
        **{t: ("meeting_id", inserted["meeting"]) for t in _CHILD_TYPES},
    }
    for record_type, (column, parent_ids) in parents.items():
        table = table_of(m.RECORD_TYPE_BY_NAME[record_type])
        for start in range(0, len(parent_ids), 500):
            chunk = parent_ids[start : start + 500]
            for record_id in conn.execute(
                select(table.c.id).where(
                    table.c[column].in_(chunk),
                    or_(table.c.first_import_id.is_(None), table.c.first_import_id != x),
                )
            ).scalars():
                blocked.append(name(record_type, record_id))
    # conflicts on these records that came later, or that a person decided
    all_ids = sorted(set().union(*touched.values()))
    for start in range(0, len(all_ids), 500):
        chunk = all_ids[start : start + 500]
        for record_type, record_id in conn.execute(
            select(_CONFLICT.c.record_type, _CONFLICT.c.record_id).where(
                _CONFLICT.c.record_id.in_(chunk),
                or_(
                    and_(_CONFLICT.c.import_id != x, _CONFLICT.c.detected_at >= imported_at),
                    and_(
                        _CONFLICT.c.resolution.in_(("local", "incoming")),
                        _CONFLICT.c.resolved_at >= imported_at,
                    ),
                ),
            )
        ):
            blocked.append(name(record_type, record_id))
    for record_type, record_id in conn.execute(
        select(_CONFLICT.c.record_type, _CONFLICT.c.record_id).where(
            _CONFLICT.c.import_id == x, _CONFLICT.c.resolution.in_(("local", "incoming"))
        )
    ):
        blocked.append(name(record_type, record_id) + " (a conflict decided since)")
    return sorted(set(blocked))


def _restore(
    conn: Connection, record_type: str, record_id: str, version: dict[str, Any], sequence: int
) -> None:
    model = m.RECORD_TYPE_BY_NAME[record_type]
    table = table_of(model)
    values = payload_to_values(record_type, version)
    values.update({name: version[name] for name in m.LOCAL_ONLY_FIELDS if name in version})
    values["change_seq"] = sequence
    values.pop("id")
    conn.execute(
        update(table)
        .where(table.c.id == bindparam("match_id"))
        .values({name: bindparam("v_" + name, type_=table.c[name].type) for name in values}),
        {"match_id": record_id, **{"v_" + k: v for k, v in values.items()}},
    )
