"""Conflicts: two versions of a record that the import will not decide between alone.

Why a conflict was made (``reason``): the same revision with other content
(``same_revision``, e.g. two laptops editing copies of one database), a revision far
beyond the stored one (``revision_jump``: a record sent at revision 2^31−1 would otherwise
win over every later edit), or a lower revision with content never seen here
(``older_revision``: a partner who restored an old backup and corrected it again).

The version in the database ("local") stays in place until someone decides; the other
("incoming") is kept in the conflict. Deciding writes a new revision of the record with
the chosen content, made by this database's device, so that neither old version can
come back from a later file (a revision far beyond is not adopted: the new revision
follows the local one). A newer revision arriving from a partner closes the conflict by
itself ("superseded").
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass
from typing import Any

from sqlalchemy import select

from mra_desktop.core import models as m
from mra_desktop.core.database import Database, next_change_seq, worded_database_errors
from mra_desktop.core.errors import NotFoundError
from mra_desktop.core.sync.errors import ConflictError
from mra_desktop.core.sync.records import (
    content_fields,
    payload_to_values,
    record_title,
    with_later_fields,
)
from mra_desktop.core.text import shown

CHOICES = ("local", "incoming")


@dataclass(frozen=True)
class ConflictView:
    """One conflict, with both versions side by side (fields in their sync-file form)."""

    id: str
    record_type: str
    record_id: str
    title: str
    status: str  # open | resolved
    resolution: str | None  # local | incoming | superseded
    detected_at: dt.datetime
    resolved_at: dt.datetime | None
    local: dict[str, Any]
    incoming: dict[str, Any]
    differing_fields: list[str]  # content fields whose values differ
    source_organisation: str
    source_file: str
    reason: str = "same_revision"  # same_revision | revision_jump | older_revision
    local_revision: int = 0
    incoming_revision: int = 0


@dataclass(frozen=True)
class ConflictDecision:
    conflict_id: str
    record_type: str
    record_id: str
    choice: str
    revision: int  # the record's new revision


def _view(conflict: m.SyncConflict, log: m.ImportLog | None) -> ConflictView:
    # a conflict kept from before the consent flags travelled has them off on both sides
    local = with_later_fields(conflict.record_type, conflict.local_version)
    incoming = with_later_fields(conflict.record_type, conflict.incoming_version)
    differing = [
        name
        for name in content_fields(conflict.record_type)
        if local.get(name) != incoming.get(name)
    ]
    return ConflictView(
        id=conflict.id,
        record_type=conflict.record_type,
        record_id=conflict.record_id,
        title=shown(record_title(conflict.record_type, incoming)),
        status=conflict.status,
        resolution=conflict.resolution,
        detected_at=conflict.detected_at,
        resolved_at=conflict.resolved_at,
        local=local,
        incoming=incoming,
        differing_fields=differing,
        source_organisation=log.source_organisation if log else "",
        source_file=log.file_name if log else "",
        reason=conflict.reason,
        local_revision=conflict.local_revision,
        incoming_revision=conflict.incoming_revision,
    )


def list_conflicts(db: Database, *, include_resolved: bool = False) -> list[ConflictView]:
    """Open conflicts (and resolved ones if asked), oldest first."""
    query = select(m.SyncConflict, m.ImportLog).join(
        m.ImportLog, m.ImportLog.id == m.SyncConflict.import_id
    )
    if not include_resolved:
        query = query.where(m.SyncConflict.status == "open")
    query = query.order_by(m.SyncConflict.detected_at, m.SyncConflict.id)
    with db.session() as session:
        return [_view(conflict, log) for conflict, log in session.execute(query).all()]


def open_conflict_count(db: Database) -> int:
    with db.session() as session:
        return len(
            session.scalars(
                select(m.SyncConflict.id).where(m.SyncConflict.status == "open")
            ).all()
        )


def resolve_conflict(db: Database, conflict_id: str, choice: str) -> ConflictDecision:
    """Keep the local version (``"local"``) or take the incoming one (``"incoming"``).

    Either way the record gets a new revision with the chosen content, and the conflict is
    closed (with any other open conflict on the same record).
    """
    if choice not in CHOICES:
        raise ConflictError(f"Choose the local or the incoming version (not {choice!r}).")
    with worded_database_errors(), db.transaction() as session:
        conflict = session.get(m.SyncConflict, conflict_id)
        if conflict is None:
            raise NotFoundError(f"There is no conflict with id {conflict_id}.")
        if conflict.status != "open":
            raise ConflictError("This conflict has already been resolved; nothing was changed.")
        model = m.RECORD_TYPE_BY_NAME[conflict.record_type]
        record = session.get(model, conflict.record_id)
        if record is None:  # pragma: no cover - records are never removed
            raise NotFoundError(f"The record {conflict.record_id} of this conflict is missing.")
        if choice == "incoming":
            values = payload_to_values(conflict.record_type, conflict.incoming_version)
            for name in content_fields(conflict.record_type):
                setattr(record, name, values[name])
            record.origin_import_id = conflict.import_id
        now = m.utcnow()
        incoming_revision = conflict.incoming_revision
        if conflict.reason == "revision_jump":
            incoming_revision = 0  # never adopt a revision far beyond the record's own
        record.revision = max(record.revision, incoming_revision) + 1
        record.change_seq = next_change_seq(session)
        record.updated_at = now
        record.device_id = db.device_id
        record.content_hash = record.compute_content_hash()
        others = session.scalars(
            select(m.SyncConflict).where(
                m.SyncConflict.record_id == conflict.record_id,
                m.SyncConflict.status == "open",
            )
        ).all()
        for other in others:
            other.status = "resolved"
            other.resolution = choice if other.id == conflict.id else "superseded"
            other.resolved_at = now
            other.resolved_revision = record.revision
        return ConflictDecision(
            conflict.id, conflict.record_type, conflict.record_id, choice, record.revision
        )
