"""A generated partner export of any size, for the sync benchmark: realistic records
(French and Arabic text, every field filled the way the services fill it) written
straight into the payload form, each with its correct content hash."""

from __future__ import annotations

import datetime as dt
import json
import random
import uuid
from typing import Any

from cryptography.hazmat.primitives.asymmetric.ed25519 import Ed25519PrivateKey

from mra_desktop import __version__
from mra_desktop.core import models as m
from mra_desktop.core.database import Database
from mra_desktop.core.sync.cards import IdentityCard
from mra_desktop.core.sync.container import FORMAT_NAME, FORMAT_VERSION, seal
from mra_desktop.core.sync.keys import PublicKey
from mra_desktop.core.sync.partners import enrol
from mra_desktop.core.sync.records import content_fields, content_hash
from mra_desktop.core.sync.schema import CANONICAL, PAYLOAD_DECODER

#: the generated partner's device key (fixed, so that one enrolment serves every file)
SIGNER = Ed25519PrivateKey.from_private_bytes(bytes(range(32)))

#: records per meeting, by type (one meeting brings 49 records with itself)
PER_MEETING = {"participant": 10, "change": 14, "action_item": 14, "note": 10}

_FR = (
    "La cellule de prise en charge des femmes victimes de violence du tribunal de première "
    "instance reçoit désormais les plaignantes dans un bureau séparé, avec une assistante sociale."
)
_AR = "أصبحت خلية التكفل بالنساء ضحايا العنف تستقبل المشتكيات في مكتب خاص بحضور مساعدة اجتماعية."


def _stamp(rng: random.Random, device: str, base: dt.datetime) -> dict[str, Any]:
    created = base + dt.timedelta(seconds=rng.randrange(10_000_000), microseconds=rng.randrange(1, 10**6))
    return {
        "id": str(uuid.UUID(int=rng.getrandbits(128), version=4)),
        "revision": rng.randrange(1, 5),
        "created_at": created.isoformat(),
        "updated_at": (created + dt.timedelta(hours=1)).isoformat(),
        "device_id": device,
        "content_hash": "",
    }


def _finish(record_type: str, record: dict[str, Any]) -> dict[str, Any]:
    record.setdefault("deleted_at", None)
    record["content_hash"] = content_hash(
        record_type, {name: record[name] for name in content_fields(record_type)}
    )
    return record


def generate_records(total: int, seed: int = 7) -> dict[str, list[dict[str, Any]]]:
    """``total`` records (at least 50): one organisation, meetings, and their children."""
    rng = random.Random(seed)
    device = str(uuid.UUID(int=rng.getrandbits(128), version=4))
    base = dt.datetime(2022, 1, 1, tzinfo=dt.UTC)
    records: dict[str, list[dict[str, Any]]] = {t.record_type: [] for t in m.RECORD_TYPES}
    organisation = _finish(
        "organisation",
        {**_stamp(rng, device, base), "name": "Association Amal", "city": "El-Hajeb", "region": "Fès-Meknès"},
    )
    records["organisation"].append(organisation)
    meetings = max(1, (total - 1) // (1 + sum(PER_MEETING.values())))
    for number in range(meetings):
        meeting = _finish(
            "meeting",
            {
                **_stamp(rng, device, base),
                "organisation_id": organisation["id"],
                "title": f"Commission locale, réunion {number + 1}",
                "date": "2022-03-14",
                "city": "El-Hajeb",
                "region": "Fès-Meknès",
                "kind": "group",
                "scope": "multisectoral",
                "sectors": ["health", "justice", "law_enforcement"],
                "format": "in_person",
                "body": "local_commission",
                "period_from": "2021-09-01",
                "period_to": "2022-02-28",
                "language": "fr",
                "protocol_id": "mra-participatory-assessment",
                "protocol_version": "1",
                "facilitators": ["Fatima Zahra", "Khadija"],
                "status": "completed",
            },
        )
        records["meeting"].append(meeting)
        for position in range(PER_MEETING["participant"]):
            records["participant"].append(_finish("participant", {
                **_stamp(rng, device, base), "meeting_id": meeting["id"], "position": position,
                "role": "Substitut du procureur du Roi", "institution": "Tribunal de première instance",
                "sector": "justice", "count": 1 + position % 3, "name": None,
            }))
        for position in range(PER_MEETING["change"]):
            deleted = position == 13 and number % 10 == 0
            records["change"].append(_finish("change", {
                **_stamp(rng, device, base), "meeting_id": meeting["id"], "position": position,
                "sector": "justice", "subtheme": None, "title": f"Bureau séparé pour les plaignantes {position}",
                "what_changed": _FR, "change_kind": "practice", "before": "Accueil dans le couloir.",
                "now": "Bureau séparé.", "who_decided": "Le procureur du Roi", "location": "El-Hajeb",
                "level": "city", "ongoing": "yes", "objective": "Confidentialité.", "results": _AR,
                "story": _AR if position % 2 else "", "significance": "", "difference": "",
                "obligations": ["protect", "investigate"], "change_class": "practice", "references": "",
                "covid": False, "msc_selected": position == 0, "msc_reason": "",
                "may_be_quoted": position % 3 == 0, "anonymise": position % 6 == 0,
                "deleted_at": (base + dt.timedelta(days=400)).isoformat() if deleted else None,
            }))
        for position in range(PER_MEETING["action_item"]):
            records["action_item"].append(_finish("action_item", {
                **_stamp(rng, device, base), "meeting_id": meeting["id"], "position": position,
                "sector": "health", "subtheme": None, "action": ("continue", "stop", "start")[position % 3],
                "text": "Former le personnel des urgences à l'accueil des femmes victimes.",
                "level": "practice", "responsible": "Direction régionale de la santé", "timeframe": "6 mois",
            }))
        notes = PER_MEETING["note"]
        if number == meetings - 1:  # the last meeting takes what makes the total exact
            notes += max(0, total - sum(len(v) for v in records.values()) - notes)
        for position in range(notes):
            records["note"].append(_finish("note", {
                **_stamp(rng, device, base), "meeting_id": meeting["id"], "position": position,
                "question": f"ai_{position}", "text": _FR + " " + _AR,
            }))
    return records


def payload_bytes(records: dict[str, list[dict[str, Any]]]) -> bytes:
    """The payload as mra-desktop writes it (canonical form)."""
    plain = json.dumps({"records": records}, ensure_ascii=False).encode()
    return CANONICAL.encode(PAYLOAD_DECODER.decode(plain))


def card(records: dict[str, list[dict[str, Any]]]) -> IdentityCard:
    organisation = records["organisation"][0]
    return IdentityCard(
        organisation["id"], organisation["name"], organisation["device_id"],
        SIGNER.public_key().public_bytes_raw(),
    )


def enrol_partner(db: Database, records: dict[str, list[dict[str, Any]]]) -> None:
    """Enrol the generated partner's device at MRA."""
    enrol(db, card(records))


def sync_file(records: dict[str, list[dict[str, Any]]], recipient: PublicKey | None) -> bytes:
    organisation = records["organisation"][0]
    manifest = {
        "format": FORMAT_NAME,
        "format_version": FORMAT_VERSION,
        "app": {"name": "mra-desktop", "version": __version__},
        "exported_at": dt.datetime.now(dt.UTC).isoformat(),
        "device_id": organisation["device_id"],
        "organisation": {"id": organisation["id"], "name": organisation["name"]},
        "protocol": {"id": "mra-participatory-assessment", "version": "1"},
        "sequence": 1,
        "scope": {"kind": "full", "since_sequence": None},
        "counts": {
            t: {"total": len(rs), "deleted": sum(1 for r in rs if r["deleted_at"])}
            for t, rs in records.items()
        },
    }
    return seal(manifest, payload_bytes(records), recipient, SIGNER)
