"""MRA writes a receipt for a partner after an import.

A receipt describes the partner whose file the import brought, and that partner alone:
the sync files of the partner MRA imported (names, times, what each did), each of the
partner's meetings MRA holds with its review state and comment, and the national most
significant changes MRA's panel chose among the partner's changes (with the reason).
It is a snapshot of everything MRA holds of the partner when it is written, so the
newest receipt always tells the whole story.

It is encrypted for every device of the partner MRA enrolled and has not revoked (the
X25519 form of each device's signing key, as enrolled), and signed with MRA's database's
own key, the one MRA's public key file (format 2) carries to the partners. The receipt is
logged in the same transaction that puts the file under its name: a failure leaves
neither.
"""

from __future__ import annotations

import base64
import datetime as dt
import hashlib
import re
from dataclasses import dataclass
from pathlib import Path
from typing import Any

import msgspec
from sqlalchemy import func, or_, select
from sqlalchemy.orm import Session

from mra_desktop import __version__
from mra_desktop.core import models as m
from mra_desktop.core.database import Database, worded_database_errors
from mra_desktop.core.files import staged_write
from mra_desktop.core.identity import signing_key
from mra_desktop.core.mra_records import MscChoice, MscRound
from mra_desktop.core.receipts.container import (
    FILE_SUFFIX,
    FORMAT_NAME,
    FORMAT_VERSION,
    MAX_FILE_SIZE,
    DeviceKey,
    seal,
)
from mra_desktop.core.receipts.errors import NoRecipientDeviceError, ReceiptError
from mra_desktop.core.receipts.payload import ENCODER, PAYLOAD_DECODER, timestamp
from mra_desktop.core.receipts.records import WrittenReceipt
from mra_desktop.core.review import CHANGED, CHILD_MODELS, review_statuses
from mra_desktop.core.sync.keys import fingerprint
from mra_desktop.core.sync.revert import find_import
from mra_desktop.core.text import shown


@dataclass(frozen=True)
class ReceiptResult:
    """A receipt written: where, what it says, for whom."""

    path: Path
    receipt_id: str
    number: int
    written_at: dt.datetime
    import_id: str
    organisation_id: str
    organisation_name: str  # shown safe
    files: int
    meetings: int
    states: dict[str, int]  # review state -> meetings ("changed" for changed since review)
    national_msc: int
    recipients: list[str]  # the fingerprints of the devices it was encrypted for
    file_sha256: str
    size: int

    def to_json(self) -> dict[str, Any]:
        return {
            "path": str(self.path),
            "receipt_id": self.receipt_id,
            "number": self.number,
            "written_at": self.written_at.isoformat(),
            "import_id": self.import_id,
            "organisation_id": self.organisation_id,
            "organisation": self.organisation_name,
            "files": self.files,
            "meetings": self.meetings,
            "states": self.states,
            "national_msc": self.national_msc,
            "recipients": self.recipients,
            "file_sha256": self.file_sha256,
            "size": self.size,
        }


def suggested_receipt_name(organisation_name: str, when: dt.datetime | None = None) -> str:
    """A file name for a receipt, e.g. ``mra-receipt-Association-Amal-20260314.mrareceipt``."""
    when = (when or m.utcnow()).astimezone(dt.UTC)
    slug = re.sub(r"[^\w]+", "-", organisation_name, flags=re.UNICODE).strip("-_")[:40]
    middle = f"{slug}-" if slug else ""
    return f"mra-receipt-{middle}{when:%Y%m%d}{FILE_SUFFIX}"


def _organisation_of(session: Session, log: Any) -> str:
    """The organisation an import's file wrote for: the one its signer is enrolled for,
    else (an unsigned file of the older format) the one its meetings belong to."""
    if log.source_organisation_id:
        return str(log.source_organisation_id)
    owners = set(
        session.scalars(
            select(m.Meeting.organisation_id)
            .where(
                or_(m.Meeting.origin_import_id == log.id, m.Meeting.first_import_id == log.id)
            )
            .distinct()
        )
    )
    for model in CHILD_MODELS:
        owners.update(
            session.scalars(
                select(m.Meeting.organisation_id)
                .join(model, model.meeting_id == m.Meeting.id)
                .where(or_(model.origin_import_id == log.id, model.first_import_id == log.id))
                .distinct()
            )
        )
    if len(owners) != 1:
        raise ReceiptError(
            f"The import {log.id} does not say which partner its file came from; no receipt "
            "can be written for it."
        )
    return owners.pop()


def _imports_of(session: Session, organisation_id: str, import_id: str) -> list[m.ImportLog]:
    """Every import of the partner's files, oldest first: those its enrolled devices
    signed, and the unsigned ones that brought its records."""
    brought: set[str] = {import_id}
    queries: list[Any] = [
        select(m.Meeting.origin_import_id, m.Meeting.first_import_id).where(
            m.Meeting.organisation_id == organisation_id
        )
    ]
    for child in CHILD_MODELS:
        queries.append(
            select(child.origin_import_id, child.first_import_id)
            .join(m.Meeting, m.Meeting.id == child.meeting_id)
            .where(m.Meeting.organisation_id == organisation_id)
        )
    for query in queries:
        for origin, first in session.execute(query.distinct()):
            brought.update(x for x in (origin, first) if x)
    return list(
        session.scalars(
            select(m.ImportLog)
            .where(
                or_(
                    m.ImportLog.source_organisation_id == organisation_id,
                    m.ImportLog.id.in_(brought) & m.ImportLog.source_organisation_id.is_(None),
                    m.ImportLog.id == import_id,
                )
            )
            .order_by(m.ImportLog.imported_at, m.ImportLog.id)
        )
    )


def _national_choices(session: Session, organisation_id: str) -> dict[str, list[dict[str, Any]]]:
    """Per meeting of the partner: the national choices among its live changes."""
    rows = session.execute(
        select(MscChoice, MscRound, m.Change)
        .join(MscRound, MscRound.id == MscChoice.round_id)
        .join(m.Change, m.Change.id == MscChoice.change_id)
        .join(m.Meeting, m.Meeting.id == m.Change.meeting_id)
        .where(
            m.Meeting.organisation_id == organisation_id,
            m.Meeting.deleted_at.is_(None),
            m.Change.deleted_at.is_(None),
        )
        .order_by(MscChoice.chosen_at, MscChoice.id)
    ).all()
    result: dict[str, list[dict[str, Any]]] = {}
    for choice, found, change in rows:
        result.setdefault(change.meeting_id, []).append(
            {
                "round_title": found.title,
                "domain_axis": found.domain_axis,
                "domain": choice.domain_key,
                "change_id": change.id,
                "change_title": change.title,
                "reason": choice.reason,
                "chosen_at": timestamp(choice.chosen_at),
            }
        )
    return result


def _recipients(session: Session, organisation_id: str) -> list[DeviceKey]:
    devices = session.scalars(
        select(m.PartnerDevice)
        .where(
            m.PartnerDevice.organisation_id == organisation_id,
            m.PartnerDevice.revoked_at.is_(None),
        )
        .order_by(m.PartnerDevice.enrolled_at, m.PartnerDevice.key_id)
    )
    return [DeviceKey(d.device_id, base64.b64decode(d.public_key)) for d in devices]


@dataclass(frozen=True)
class _Content:
    import_id: str
    organisation_id: str
    organisation_name: str
    payload: dict[str, Any]
    recipients: list[DeviceKey]
    states: dict[str, int]
    national_msc: int


def _content(db: Database, import_id: str) -> _Content:
    with db.session() as session:
        log = find_import(session.connection(), import_id)
        organisation_id = _organisation_of(session, log)
        organisation = session.get(m.Organisation, organisation_id)
        name = organisation.name if organisation is not None else str(log.source_organisation)
        recipients = _recipients(session, organisation_id)
        if not recipients:
            raise NoRecipientDeviceError(
                f"{shown(name)} has no enrolled device that is not revoked, so no receipt can "
                "be encrypted for it; enrol the partner's identity card first (File ▸ "
                "Partners, or 'mra-desktop enrol')."
            )
        files = [
            {
                "import_id": item.id,
                "file_name": item.file_name,
                "file_sha256": item.file_sha256,
                "exported_at": timestamp(item.exported_at),
                "imported_at": timestamp(item.imported_at),
                "undone_at": timestamp(item.reverted_at),
                "counts": {
                    "new": item.new_count,
                    "updated": item.updated_count,
                    "unchanged": item.unchanged_count,
                    "conflicts": item.conflict_count,
                    "deleted": item.deleted_count,
                },
            }
            for item in _imports_of(session, organisation_id, log.id)
        ]
        statuses = review_statuses(session)
        choices = _national_choices(session, organisation_id)
        meetings = session.scalars(
            select(m.Meeting)
            .where(
                m.Meeting.organisation_id == organisation_id,
                m.Meeting.origin_import_id.is_not(None),
                m.Meeting.deleted_at.is_(None),
            )
            .order_by(m.Meeting.date, m.Meeting.title, m.Meeting.id)
        ).all()
        entries = []
        states: dict[str, int] = {}
        for meeting in meetings:
            status = statuses.get(meeting.id)
            stored = status.stored_state if status else "received"
            shown_state = status.state if status else "received"
            states[shown_state] = states.get(shown_state, 0) + 1
            comment = status.comment if status else ""
            entries.append(
                {
                    "id": meeting.id,
                    "title": meeting.title,
                    "date": meeting.date.isoformat() if meeting.date else None,
                    "review": {
                        "state": stored,
                        "changed_since_review": shown_state == CHANGED,
                        "comment": comment,
                        "state_at": timestamp(status.state_at) if status else None,
                    },
                    "national_msc": choices.get(meeting.id, []),
                }
            )
    payload = {"for_import_id": log.id, "files": files, "meetings": entries}
    return _Content(
        log.id,
        organisation_id,
        name,
        payload,
        recipients,
        states,
        sum(len(c) for c in choices.values()),
    )


def write_receipt(db: Database, import_id: str, path: Path | str) -> ReceiptResult:
    """Write the receipt for the import ``import_id`` (or a unique beginning of it) to
    ``path``: what MRA holds of that import's partner, encrypted for the partner's
    enrolled devices and signed by this database."""
    target = Path(path).expanduser()
    with worded_database_errors():
        content = _content(db, import_id)
        signer = signing_key(db)
    try:
        payload = ENCODER.encode(PAYLOAD_DECODER.decode(ENCODER.encode(content.payload)))
    except msgspec.ValidationError as exc:  # a record MRA holds that the format cannot say
        raise ReceiptError(f"The receipt cannot be written: {exc}.") from None
    receipt_id = m.new_id()
    written_at = m.utcnow()
    with db.session() as session:
        number = int(session.scalar(select(func.max(WrittenReceipt.number))) or 0) + 1
    manifest = {
        "format": FORMAT_NAME,
        "format_version": FORMAT_VERSION,
        "app": {"name": "mra-desktop", "version": __version__},
        "receipt_id": receipt_id,
        "number": number,
        "issued_at": timestamp(written_at),
        "issuer_device_id": db.device_id,
        "organisation": {"id": content.organisation_id, "name": content.organisation_name},
    }
    try:
        data = seal(manifest, payload, content.recipients, signer)
    except ValueError:
        raise ReceiptError(
            f"A device of {shown(content.organisation_name)} has a key no receipt can be "
            "encrypted for; revoke it and enrol a new card."
        ) from None
    if len(data) > MAX_FILE_SIZE:
        raise ReceiptError("The receipt would be too large to send; nothing was written.")
    file_sha256 = hashlib.sha256(data).hexdigest()
    recipients = [device.fingerprint for device in content.recipients]
    with worded_database_errors(), staged_write(target, data) as publish:
        with db.transaction() as session:
            session.add(
                WrittenReceipt(
                    id=receipt_id,
                    number=number,
                    written_at=written_at,
                    import_id=content.import_id,
                    organisation_id=content.organisation_id,
                    organisation_name=content.organisation_name,
                    file_name=target.name[:255],
                    file_sha256=file_sha256,
                    meeting_count=len(content.payload["meetings"]),
                    recipients=recipients,
                )
            )
            session.flush()
            publish()
    return ReceiptResult(
        path=target,
        receipt_id=receipt_id,
        number=number,
        written_at=written_at,
        import_id=content.import_id,
        organisation_id=content.organisation_id,
        organisation_name=shown(content.organisation_name),
        files=len(content.payload["files"]),
        meetings=len(content.payload["meetings"]),
        states=content.states,
        national_msc=content.national_msc,
        recipients=recipients,
        file_sha256=file_sha256,
        size=len(data),
    )


@dataclass(frozen=True)
class WrittenView:
    """A receipt written, as the import screen's history shows it."""

    receipt_id: str
    number: int
    written_at: dt.datetime
    import_id: str
    organisation_name: str
    file_name: str
    meetings: int


def receipts_written(db: Database) -> list[WrittenView]:
    """Every receipt written in this database, newest first."""
    with db.session() as session:
        rows = session.scalars(
            select(WrittenReceipt).order_by(WrittenReceipt.number.desc())
        ).all()
        return [
            WrittenView(
                r.id,
                r.number,
                r.written_at,
                r.import_id,
                shown(r.organisation_name),
                shown(r.file_name),
                r.meeting_count,
            )
            for r in rows
        ]


def signer_fingerprint(db: Database) -> str:
    """The fingerprint of this database's signing key, which signs its receipts."""
    key = signing_key(db)
    return fingerprint(key.public_key().public_bytes_raw())
