"""Helpers for the sync tests: a partner's database with real records, keys that are cheap
to unlock, sync files built by hand, and a dump of every table to prove nothing changed."""

from __future__ import annotations

import base64
import datetime as dt
import hashlib
import json
import os
import shutil
import sqlite3
import struct
import zlib
from pathlib import Path
from typing import Any

from cryptography.hazmat.primitives.asymmetric.ed25519 import Ed25519PrivateKey
from cryptography.hazmat.primitives.asymmetric.x25519 import X25519PrivateKey
from cryptography.hazmat.primitives.ciphers.aead import AESGCM
from sqlalchemy import text

from mra_desktop import __version__
from mra_desktop.core import models as m
from mra_desktop.core.database import Database, open_database
from mra_desktop.core.identity import set_identity
from mra_desktop.core.services import Services
from mra_desktop.core.sync.cards import IdentityCard, device_card
from mra_desktop.core.sync.container import (
    FORMAT_NAME,
    FORMAT_VERSION,
    HKDF_INFO,
    SCHEME,
    WRAP_AAD,
    _kek,
    seal,
)
from mra_desktop.core.sync.keys import PrivateKey, PublicKey, generate_key_pair, parse_private_key
from mra_desktop.core.sync.partners import enrol
from mra_desktop.core.sync.records import content_fields, content_hash

PASSPHRASE = "the olive tree in Taza"
#: scrypt cost for tests only, so that unlocking a key takes a millisecond
CHEAP_N = 2**10


def make_keys(passphrase: str = PASSPHRASE) -> tuple[PublicKey, PrivateKey, str]:
    public, private_text = generate_key_pair(passphrase, scrypt_n=CHEAP_N)
    return public, parse_private_key(private_text, passphrase), private_text


def fill_partner(services: Services) -> dict[str, str]:
    """A partner's meeting in Arabic and French, with a deleted participant."""
    org = services.organisations.create(name="Association Amal", city="El-Hajeb", region="Fès-Meknès")
    set_identity(services.db, org.record_id, facilitator="Fatima Zahra")
    meeting = services.meetings.create(
        organisation_id=org.record_id,
        title="اجتماع اللجنة المحلية — Commission locale",
        date="2022-03-14",
        sectors=["justice", "health"],
        facilitators=["Fatima Zahra", "Khadija"],
        language="ar",
        period_from="2021-09-01",
        period_to="2022-02-28",
    )
    judge = services.participants.create(
        meeting_id=meeting.record_id, role="Substitut du procureur", sector="justice", count=2
    )
    gone = services.participants.create(meeting_id=meeting.record_id, role="Médecin", sector="health")
    services.participants.delete(gone.record_id)
    change = services.changes.create(
        meeting_id=meeting.record_id,
        sector="health",
        title="Bureaux réservés aux femmes victimes de violence",
        what_changed="أصبح المستشفى يستقبل النساء ضحايا العنف في مكتب خاص.\n\"Bureau\" séparé.",
        obligations=["protect", "prevent"],
        level="city",
        ongoing="yes",
        covid=True,
    )
    action = services.action_items.create(
        meeting_id=meeting.record_id, sector="justice", action="continue", text="Former les greffiers."
    )
    note = services.notes.create(meeting_id=meeting.record_id, question="ai_best", text="نص عربي")
    return {
        "organisation": org.record_id,
        "meeting": meeting.record_id,
        "participant": judge.record_id,
        "deleted_participant": gone.record_id,
        "change": change.record_id,
        "action_item": action.record_id,
        "note": note.record_id,
    }


def records_of(db: Database) -> dict[str, dict[str, dict[str, Any]]]:
    """Every synchronised record, by type and id, with every field but the local-only ones
    (origin, first import, change sequence, demo mark)."""
    result: dict[str, dict[str, dict[str, Any]]] = {}
    with db.session() as session:
        for model in m.RECORD_TYPES:
            rows = {}
            for record in session.query(model).all():
                fields = {c.key: getattr(record, c.key) for c in model.__table__.columns}
                for name in m.LOCAL_ONLY_FIELDS:
                    fields.pop(name)
                rows[record.id] = fields
            result[model.record_type] = rows
    return result


def dump(db: Database) -> dict[str, list[tuple[Any, ...]]]:
    """Every row of every table, to compare a database before and after."""
    with db.engine.connect() as conn:
        tables = [
            row[0]
            for row in conn.execute(
                text("SELECT name FROM sqlite_master WHERE type='table' ORDER BY name")
            )
        ]
        return {
            table: sorted(
                (tuple(row) for row in conn.execute(text(f'SELECT * FROM "{table}"'))), key=repr
            )
            for table in tables
        }


def second_device(db_path: Path, copy_path: Path) -> Database:
    """A copy of a partner's database as if on another laptop: same records, new device id."""
    shutil.copy(db_path, copy_path)
    for suffix in ("-wal", "-shm"):
        extra = db_path.with_name(db_path.name + suffix)
        if extra.exists():
            shutil.copy(extra, copy_path.with_name(copy_path.name + suffix))
    raw = sqlite3.connect(copy_path)
    raw.execute("UPDATE local_setting SET value = '7d0f4a51-0f0c-4bd6-9d8e-3a1cf36a2b71' "
                "WHERE key = 'device_id'")
    raw.execute("DELETE FROM local_setting WHERE key = 'device.signing_key'")  # its own key
    raw.commit()
    raw.close()
    return open_database(copy_path)


def enrol_device(mra: Database, partner: Database) -> None:
    """MRA enrols the partner database's device (as after the phone call)."""
    enrol(mra, device_card(partner))


# -- sync files built by hand -----------------------------------------------------------------
DEVICE = "0b7e3c52-4d2a-4f7e-9a33-5c1e2d4f6a80"
ORG_ID = "2f1c6a5e-8b3d-4c1a-9e7f-0a2b3c4d5e6f"
MEETING_ID = "3a2b1c0d-9e8f-4a7b-8c6d-5e4f3a2b1c0d"
#: the signing key of the hand-built files' device (Association Tafiil's laptop)
SIGNER = Ed25519PrivateKey.from_private_bytes(hashlib.sha256(b"Tafiil laptop").digest())
CARD = IdentityCard(ORG_ID, "Association Tafiil", DEVICE, SIGNER.public_key().public_bytes_raw())


def enrol_tafiil(db: Database) -> None:
    """MRA enrols the hand-built files' device for Association Tafiil."""
    enrol(db, CARD)


def _stamp(record_id: str) -> dict[str, Any]:
    moment = dt.datetime(2022, 3, 14, 9, 30, 15, 250000, tzinfo=dt.UTC).isoformat()
    return {
        "id": record_id,
        "revision": 1,
        "created_at": moment,
        "updated_at": moment,
        "device_id": DEVICE,
        "deleted_at": None,
    }


def rehash(record_type: str, record: dict[str, Any]) -> dict[str, Any]:
    record["content_hash"] = content_hash(
        record_type, {name: record[name] for name in content_fields(record_type)}
    )
    return record


def small_records() -> dict[str, list[dict[str, Any]]]:
    """A tiny valid payload: one organisation, one meeting, one change, one note."""
    records: dict[str, list[dict[str, Any]]] = {t.record_type: [] for t in m.RECORD_TYPES}
    records["organisation"].append(
        rehash("organisation", {**_stamp(ORG_ID), "name": "Association Tafiil", "city": "Taza", "region": ""})
    )
    records["meeting"].append(rehash("meeting", {
        **_stamp(MEETING_ID), "organisation_id": ORG_ID, "title": "Cellule du tribunal",
        "date": "2022-05-02", "city": "Taza", "region": "", "kind": "individual",
        "scope": "single_sector", "sectors": ["justice"], "format": "video", "body": "court_unit",
        "period_from": None, "period_to": None, "language": "fr", "protocol_id": "",
        "protocol_version": "", "facilitators": [], "status": "completed",
    }))
    records["change"].append(rehash("change", {
        **_stamp("4b3c2d1e-0f9a-4b8c-9d7e-6f5a4b3c2d1e"), "meeting_id": MEETING_ID, "position": 0,
        "sector": "justice", "subtheme": None, "title": "Audiences à huis clos",
        "what_changed": "Les audiences se tiennent à huis clos.", "change_kind": "practice",
        "before": "", "now": "", "who_decided": "", "location": "", "level": None,
        "ongoing": "unknown", "objective": "", "results": "", "story": "", "significance": "",
        "difference": "", "obligations": ["protect", "punish"], "change_class": None,
        "references": "", "covid": False, "msc_selected": False, "msc_reason": "",
        "may_be_quoted": False, "anonymise": False,
    }))
    records["note"].append(rehash("note", {
        **_stamp("5c4d3e2f-1a0b-4c9d-8e7f-6a5b4c3d2e1f"), "meeting_id": MEETING_ID, "position": 0,
        "question": "ai_best", "text": "ما الذي تغير؟",
    }))
    return records


def manifest_for(records: dict[str, list[dict[str, Any]]], **changes: Any) -> dict[str, Any]:
    manifest: dict[str, Any] = {
        "format": FORMAT_NAME,
        "format_version": FORMAT_VERSION,
        "app": {"name": "mra-desktop", "version": __version__},
        "exported_at": "2022-06-01T08:00:00+00:00",
        "device_id": DEVICE,
        "organisation": {"id": ORG_ID, "name": "Association Tafiil"},
        "protocol": {"id": "mra-participatory-assessment", "version": "1"},
        "sequence": 12,
        "scope": {"kind": "full", "since_sequence": None},
        "counts": {
            t: {"total": len(rs), "deleted": sum(1 for r in rs if r.get("deleted_at"))}
            for t, rs in records.items()
        },
    }
    manifest.update(changes)
    return manifest


def build_file(
    records: dict[str, list[dict[str, Any]]] | None = None,
    recipient: PublicKey | None = None,
    *,
    payload: bytes | None = None,
    manifest: dict[str, Any] | None = None,
    signer: Ed25519PrivateKey = SIGNER,
    **seal_options: Any,
) -> bytes:
    """A signed sync file's bytes, encrypted for ``recipient`` when given, around whatever
    is given (the payload written as a third party would, with spaces)."""
    records = small_records() if records is None else records
    if payload is None:
        payload = json.dumps({"records": records}, ensure_ascii=False).encode("utf-8")
    return seal(manifest or manifest_for(records), payload, recipient, signer, **seal_options)


def v1_form(records: dict[str, list[dict[str, Any]]]) -> dict[str, list[dict[str, Any]]]:
    """Records as format 1 wrote them: without the fields that came later (a change's
    consent flags). Their content hashes are kept: while those fields are off, the hash
    is the same with or without them."""
    return {
        t: [{k: v for k, v in r.items() if k not in m.LATER_FIELDS.get(t, {})} for r in rs]
        for t, rs in records.items()
    }


def build_v1_file(
    records: dict[str, list[dict[str, Any]]] | None = None,
    recipient: PublicKey | None = None,
    organisation: str = "Association Tafiil",
    *,
    as_written: bool = False,
) -> bytes:
    """A file of sync format 1 (unsigned), as mra-desktop wrote them before format 2: the
    records in :func:`v1_form` unless ``as_written``."""
    records = small_records() if records is None else records
    if not as_written:
        records = v1_form(records)
    payload = json.dumps({"records": records}, ensure_ascii=False).encode("utf-8")
    stored = zlib.compress(payload)
    manifest: dict[str, Any] = {
        "format": "mrasync", "format_version": 1,
        "app": {"name": "mra-desktop", "version": "0.1.0"},
        "exported_at": "2022-06-01T08:00:00+00:00", "device_id": DEVICE,
        "organisation": organisation,
        "protocol": {"id": "mra-participatory-assessment", "version": "1"},
        "scope": {"kind": "full", "since": None},
        "counts": {
            t: {"total": len(rs), "deleted": sum(1 for r in rs if r.get("deleted_at"))}
            for t, rs in records.items()
        },
        "encryption": None,
    }
    file_key = payload_nonce = b""
    if recipient is not None:
        ephemeral = X25519PrivateKey.generate()
        ephemeral_raw = ephemeral.public_key().public_bytes_raw()
        kek = _kek(ephemeral.exchange(recipient.x25519()), ephemeral_raw, recipient.raw)
        file_key, wrap_nonce, payload_nonce = os.urandom(32), os.urandom(12), os.urandom(12)
        b64 = lambda data: base64.b64encode(data).decode("ascii")  # noqa: E731
        manifest["encryption"] = {
            "scheme": SCHEME, "recipient_key_id": recipient.key_id,
            "recipient_fingerprint": recipient.fingerprint,
            "ephemeral_public_key": b64(ephemeral_raw), "wrap_nonce": b64(wrap_nonce),
            "wrapped_key": b64(AESGCM(kek).encrypt(wrap_nonce, file_key, WRAP_AAD)),
            "payload_nonce": b64(payload_nonce),
        }
    assert HKDF_INFO  # the same key wrap as format 2
    manifest["payload"] = {
        "schema": "payload-v1", "encoding": "json+zlib", "size": len(payload),
        "stored_size": len(stored) + (16 if recipient is not None else 0),
        "sha256": hashlib.sha256(payload).hexdigest(),
    }
    manifest_bytes = json.dumps(manifest).encode("utf-8")
    head = b"MRASYNC\x00" + struct.pack(">HI", 1, len(manifest_bytes)) + manifest_bytes
    if recipient is not None:
        return head + AESGCM(file_key).encrypt(payload_nonce, stored, head)
    body = head + stored
    return body + hashlib.sha256(body).digest()
