"""A large MRA database for the consolidation and national report benchmarks: partners'
meetings as imported, most of them approved, with their changes (100,000 for the matrix)
and action-plan items (written with plain INSERTs, quickly)."""

from __future__ import annotations

import datetime as dt
import json
import random
import uuid
from typing import Any

from sqlalchemy import insert

from mra_desktop.core import models as m
from mra_desktop.core.database import Database
from mra_desktop.core.mra_records import MeetingReview
from mra_desktop.core.protocol import load_protocol

PARTNERS = 6
REGIONS = ("Fès-Meknès", "Drâa-Tafilalet", "Marrakech-Safi", "Tanger-Tétouan-Al Hoceïma",
           "Souss-Massa", "Oriental", "Rabat-Salé-Kénitra", "Casablanca-Settat")


def _bookkeeping(now: dt.datetime, device: str, origin: str) -> dict[str, Any]:
    return {"created_at": now, "updated_at": now, "revision": 1, "device_id": device,
            "deleted_at": None, "content_hash": "x" * 64, "origin_import_id": origin}


def fill(
    db: Database,
    changes: int = 100_000,
    per_meeting: int = 20,
    seed: int = 13,
    items_per_meeting: int = 0,
) -> int:
    """Write the partners, meetings, participants, changes, action-plan items and reviews;
    returns the number of meetings. Items are drawn from a small set of texts, so that
    the same item is raised by several meetings."""
    rng = random.Random(seed)
    protocol = load_protocol()
    sectors = protocol.codes("sectors")
    subthemes = {s: [t["code"] for t in protocol.subthemes(s)] + [None] for s in sectors}
    obligations = protocol.codes("obligations")
    kinds = [e["code"] for e in protocol.vocabulary("change_kind")] + [None]
    classes = [e["code"] for e in protocol.vocabulary("change_class")] + [None]
    now = dt.datetime(2022, 8, 1, tzinfo=dt.UTC)
    device = str(uuid.uuid4())
    import_id = str(uuid.uuid4())
    meetings = changes // per_meeting
    orgs = [{"id": str(uuid.uuid4()), "name": f"Partner {i}", "city": f"City {i}",
             "region": REGIONS[i % len(REGIONS)], **_bookkeeping(now, device, import_id)}
            for i in range(PARTNERS)]
    meeting_rows, participant_rows, change_rows, reviews, item_rows = [], [], [], [], []
    for i in range(meetings):
        org = orgs[i % PARTNERS]
        mid = str(uuid.uuid4())
        meeting_rows.append({
            "id": mid, "organisation_id": org["id"], "title": f"Meeting {i}",
            "date": dt.date(2021, 1, 1) + dt.timedelta(days=i % 540), "city": org["city"],
            "region": REGIONS[rng.randrange(len(REGIONS))], "kind": rng.choice(m.MEETING_KINDS),
            "scope": "multisectoral", "sectors": json.dumps(sectors), "format": "in_person",
            "body": rng.choice(m.MEETING_BODIES), "period_from": None, "period_to": None,
            "language": "ar", "protocol_id": protocol.id, "protocol_version": protocol.version,
            "facilitators": "[]", "status": "completed", **_bookkeeping(now, device, import_id)})
        for p in range(3):
            participant_rows.append({
                "id": str(uuid.uuid4()), "meeting_id": mid, "position": p, "role": "Role",
                "institution": "", "sector": rng.choice(m.PARTICIPANT_SECTORS),
                "count": rng.randint(1, 6), "name": None, **_bookkeeping(now, device, import_id)})
        for c in range(per_meeting):
            sector = rng.choice(sectors)
            tags = sorted(rng.sample(obligations, rng.randint(0, 2)), key=obligations.index)
            change_rows.append({
                "id": str(uuid.uuid4()), "meeting_id": mid, "position": c, "sector": sector,
                "subtheme": rng.choice(subthemes[sector]), "title": f"Change {i}.{c}",
                "what_changed": "", "change_kind": rng.choice(kinds), "before": "", "now": "",
                "who_decided": "", "location": "", "level": None, "ongoing": "unknown",
                "objective": "", "results": "", "story": "", "significance": "",
                "difference": "", "obligations": json.dumps(tags),
                "change_class": rng.choice(classes), "references": "", "covid": False,
                "msc_selected": c == 0, "msc_reason": "", **_bookkeeping(now, device, import_id)})
        for n in range(items_per_meeting):
            sector = rng.choice(sectors)
            item_rows.append({
                "id": str(uuid.uuid4()), "meeting_id": mid, "position": n, "sector": sector,
                "subtheme": rng.choice(subthemes[sector]), "action": rng.choice(m.ACTIONS),
                "level": rng.choice(m.ACTION_LEVELS),
                "text": f"Action {rng.randrange(40)} for the {sector} sector.",
                "responsible": "", "timeframe": "", **_bookkeeping(now, device, import_id)})
        if i % 20:  # one meeting in twenty is still waiting for its review
            reviews.append({"meeting_id": mid, "state": "approved", "comment": "",
                            "reviewer": "Reviewer", "state_at": now + dt.timedelta(days=1),
                            "updated_at": now + dt.timedelta(days=1)})
    with db.engine.begin() as conn:
        conn.execute(insert(m.ImportLog.__table__), [{
            "id": import_id, "imported_at": now, "file_name": "bench.mrasync",
            "file_sha256": "0" * 64, "file_size": 1, "source_organisation": "Partners",
            "source_device_id": device, "exported_at": now, "app_version": "bench",
            "encrypted": False, "new_count": 0, "updated_count": 0, "unchanged_count": 0,
            "conflict_count": 0, "deleted_count": 0}])
        conn.execute(insert(m.Organisation.__table__), orgs)
        conn.execute(insert(m.Meeting.__table__), meeting_rows)
        conn.execute(insert(m.Participant.__table__), participant_rows)
        conn.execute(insert(m.Change.__table__), change_rows)
        conn.execute(insert(MeetingReview.__table__), reviews)
        if item_rows:
            conn.execute(insert(m.ActionItem.__table__), item_rows)
        conn.exec_driver_sql("ANALYZE")
    return meetings
