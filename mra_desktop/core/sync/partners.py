"""MRA's enrolled partner devices: which device may sign files for which organisation.

MRA enrols a device once, from its identity card, after reading the card's fingerprint to
the partner over the phone (the card could have been swapped on the way). From then on
the import accepts the device's signed files for that organisation only, until MRA
revokes the device (a stolen laptop, a facilitator who left): a revoked device's files
are refused, those already imported stay.
"""

from __future__ import annotations

import base64
import datetime as dt
from dataclasses import dataclass

from cryptography.hazmat.primitives.asymmetric.ed25519 import Ed25519PublicKey
from sqlalchemy import func, select
from sqlalchemy.orm import Session

from mra_desktop.core import models as m
from mra_desktop.core.database import Database, worded_database_errors
from mra_desktop.core.errors import NotFoundError
from mra_desktop.core.sync.cards import IdentityCard
from mra_desktop.core.sync.errors import SyncError
from mra_desktop.core.text import shown


class EnrolmentError(SyncError):
    """A card that cannot be enrolled; nothing was changed."""

    code = "enrolment_refused"


@dataclass(frozen=True)
class PartnerView:
    """One enrolled device, as the partners list shows it."""

    key_id: str
    fingerprint: str
    device_id: str
    organisation_id: str
    organisation_name: str  # shown safe (control and bidi characters escaped)
    enrolled_at: dt.datetime
    revoked_at: dt.datetime | None
    last_import_at: dt.datetime | None
    imports: int

    @property
    def revoked(self) -> bool:
        return self.revoked_at is not None

    def to_json(self) -> dict[str, object]:
        return {
            "organisation": self.organisation_name,
            "organisation_id": self.organisation_id,
            "device_id": self.device_id,
            "fingerprint": self.fingerprint,
            "key_id": self.key_id,
            "enrolled_at": self.enrolled_at.isoformat(),
            "revoked_at": self.revoked_at.isoformat() if self.revoked_at else None,
            "last_import_at": self.last_import_at.isoformat() if self.last_import_at else None,
            "imports": self.imports,
        }


@dataclass(frozen=True)
class Enrolment:
    partner: PartnerView
    already: bool  # the card was enrolled before; nothing changed
    other_devices: int  # other live devices enrolled for the same organisation
    replaced_keys: list[str]  # fingerprints of live keys enrolled earlier for this device


def _view(session: Session, device: m.PartnerDevice) -> PartnerView:
    log = m.ImportLog
    last, count = session.execute(
        select(func.max(log.imported_at), func.count(log.id)).where(
            log.signer_key_id == device.key_id, log.reverted_at.is_(None)
        )
    ).one()
    return PartnerView(
        key_id=device.key_id,
        fingerprint=device.fingerprint,
        device_id=device.device_id,
        organisation_id=device.organisation_id,
        organisation_name=shown(device.organisation_name),
        enrolled_at=device.enrolled_at,
        revoked_at=device.revoked_at,
        last_import_at=last.replace(tzinfo=dt.UTC) if isinstance(last, dt.datetime) else None,
        imports=int(count or 0),
    )


def _known_name(session: Session, organisation_id: str) -> tuple[str | None, bool]:
    """The name MRA knows the organisation id by (from its records, else from enrolled
    devices), and whether the id is one of MRA's own records."""
    record = session.get(m.Organisation, organisation_id)
    if record is not None:
        return record.name, record.origin_import_id is None
    enrolled = session.scalars(
        select(m.PartnerDevice.organisation_name)
        .where(m.PartnerDevice.organisation_id == organisation_id)
        .order_by(m.PartnerDevice.enrolled_at.desc())
    ).first()
    return enrolled, False


def enrol(db: Database, card: IdentityCard) -> Enrolment:
    """Enrol the device of ``card`` for the organisation it names.

    Refused: a key enrolled for another organisation or device, a revoked key, an
    organisation id MRA knows under another name (a card naming another partner's
    organisation id), and MRA's own organisation."""
    with worded_database_errors(), db.transaction() as session:
        existing = session.scalars(
            select(m.PartnerDevice).where(m.PartnerDevice.key_id == card.key_id)
        ).first()
        if existing is not None:
            if existing.revoked_at is not None:
                raise EnrolmentError(
                    f"The device with fingerprint {card.fingerprint} was revoked on "
                    f"{existing.revoked_at:%Y-%m-%d}; a revoked key stays revoked. The partner "
                    "makes a new key with 'mra-desktop identity --new-key' and sends a new card."
                )
            if (existing.organisation_id, existing.device_id) != (
                card.organisation_id,
                card.device_id,
            ):
                raise EnrolmentError(
                    f"The key with fingerprint {card.fingerprint} is already enrolled for "
                    f"another device or organisation (“{shown(existing.organisation_name)}”); "
                    "nothing was changed."
                )
            return Enrolment(_view(session, existing), True, _others(session, existing), [])
        known, own = _known_name(session, card.organisation_id)
        if own:
            raise EnrolmentError(
                f"The card names MRA's own organisation (“{shown(known)}”); a partner's device "
                "cannot write MRA's records."
            )
        if known is not None and known != card.organisation_name:
            raise EnrolmentError(
                f"The card names “{shown(card.organisation_name)}”, but MRA knows its "
                f"organisation id {card.organisation_id} as “{shown(known)}”; check with the "
                "partner which organisation this device writes for. Nothing was enrolled."
            )
        replaced = [
            device.fingerprint
            for device in session.scalars(
                select(m.PartnerDevice).where(
                    m.PartnerDevice.device_id == card.device_id,
                    m.PartnerDevice.revoked_at.is_(None),
                )
            )
        ]
        device = m.PartnerDevice(
            key_id=card.key_id,
            public_key=base64.b64encode(card.public_key).decode("ascii"),
            fingerprint=card.fingerprint,
            device_id=card.device_id,
            organisation_id=card.organisation_id,
            organisation_name=card.organisation_name,
            enrolled_at=m.utcnow(),
        )
        session.add(device)
        session.flush()
        return Enrolment(_view(session, device), False, _others(session, device), replaced)


def _others(session: Session, device: m.PartnerDevice) -> int:
    return int(
        session.scalar(
            select(func.count(m.PartnerDevice.id)).where(
                m.PartnerDevice.organisation_id == device.organisation_id,
                m.PartnerDevice.key_id != device.key_id,
                m.PartnerDevice.revoked_at.is_(None),
            )
        )
        or 0
    )


def list_partners(db: Database) -> list[PartnerView]:
    """Every enrolled device, by organisation then enrolment, revoked ones included."""
    with db.session() as session:
        devices = session.scalars(
            select(m.PartnerDevice).order_by(
                m.PartnerDevice.organisation_name, m.PartnerDevice.enrolled_at
            )
        ).all()
        return [_view(session, device) for device in devices]


def _digits(text: str) -> str:
    return "".join(ch for ch in text if ch.isdigit() and ch.isascii())


def revoke(db: Database, fingerprint: str) -> tuple[PartnerView, bool]:
    """Revoke the device with ``fingerprint`` (spaces optional); returns it and whether it
    was revoked now (False: it already was)."""
    wanted = _digits(fingerprint)
    if len(wanted) != 25:
        raise EnrolmentError(
            f"{shown(fingerprint, 60)} is not a fingerprint (25 digits in five groups of five)."
        )
    with worded_database_errors(), db.transaction() as session:
        for device in session.scalars(select(m.PartnerDevice)):
            if _digits(device.fingerprint) == wanted:
                if device.revoked_at is not None:
                    return _view(session, device), False
                device.revoked_at = m.utcnow()
                session.flush()
                return _view(session, device), True
    raise NotFoundError(f"No enrolled device has the fingerprint {shown(fingerprint, 60)}.")


@dataclass(frozen=True)
class Signer:
    """An enrolled device, as the import needs it."""

    key_id: str
    fingerprint: str
    device_id: str
    organisation_id: str
    organisation_name: str
    revoked_at: dt.datetime | None
    public_key: Ed25519PublicKey


def find_signer(db: Database, key_id: str) -> Signer | None:
    with db.session() as session:
        device = session.scalars(
            select(m.PartnerDevice).where(m.PartnerDevice.key_id == key_id)
        ).first()
        if device is None:
            return None
        return Signer(
            key_id=device.key_id,
            fingerprint=device.fingerprint,
            device_id=device.device_id,
            organisation_id=device.organisation_id,
            organisation_name=device.organisation_name,
            revoked_at=device.revoked_at,
            public_key=Ed25519PublicKey.from_public_bytes(base64.b64decode(device.public_key)),
        )
