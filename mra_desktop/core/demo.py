"""The demo dataset: the 2022 report's good practices and action plans, plus two meetings
written in Arabic and French, for training, screenshots and trying the program out.

Record ids are derived from the dataset's keys (UUID version 5), so loading the demo twice
finds its records already there and adds nothing.
"""

from __future__ import annotations

import json
import uuid
from collections.abc import Iterator
from dataclasses import dataclass, field
from typing import Any

from mra_desktop.core.protocol import load_protocol
from mra_desktop.core.resources import resource_path
from mra_desktop.core.services import Services

DEMO_NAMESPACE = uuid.UUID("6c1f3f0e-8a51-4f8e-9d6c-2a7f0d9c4b11")


_MEETING_FIELDS = (
    "title", "date", "city", "region", "kind", "scope", "sectors", "format", "body",
    "period_from", "period_to", "language", "facilitators", "status",
)


def demo_id(*parts: str) -> str:
    return str(uuid.uuid5(DEMO_NAMESPACE, "/".join(parts)))


@dataclass
class DemoResult:
    added: dict[str, int] = field(default_factory=dict)
    already_there: int = 0

    def total_added(self) -> int:
        return sum(self.added.values())


def load_demo_data() -> dict[str, Any]:
    with resource_path("demo", "demo.json").open(encoding="utf-8") as handle:
        data: dict[str, Any] = json.load(handle)
    return data


def demo_records() -> Iterator[tuple[str, str, dict[str, Any]]]:
    """Every record of the demo dataset, parents before children: its type, its id and
    the values the services are given."""
    data = load_demo_data()
    protocol = load_protocol()
    for org in data["organisations"]:
        yield (
            "organisation",
            demo_id("organisation", org["key"]),
            {"name": org["name"], "city": org.get("city", ""), "region": org.get("region", "")},
        )
    for meeting in data["meetings"]:
        key = meeting["key"]
        meeting_id = demo_id("meeting", key)
        values = {name: meeting[name] for name in _MEETING_FIELDS if name in meeting}
        values["organisation_id"] = demo_id("organisation", meeting["organisation"])
        values["protocol_id"] = protocol.id
        values["protocol_version"] = protocol.version
        yield "meeting", meeting_id, values
        for index, participant in enumerate(meeting.get("participants", [])):
            yield (
                "participant",
                demo_id("participant", key, str(index)),
                {"meeting_id": meeting_id, "position": index, **participant},
            )
        for index, note in enumerate(meeting.get("notes", [])):
            yield (
                "note",
                demo_id("note", key, note["question"]),
                {"meeting_id": meeting_id, "position": index, **note},
            )
        for index, change in enumerate(meeting.get("changes", [])):
            values = {k: v for k, v in change.items() if k != "key"}
            yield (
                "change",
                demo_id("change", key, change["key"]),
                {"meeting_id": meeting_id, "position": index, **values},
            )
        for index, item in enumerate(meeting.get("action_items", [])):
            yield (
                "action_item",
                demo_id("action_item", key, str(index)),
                {"meeting_id": meeting_id, "position": index, **item},
            )


def demo_record_ids() -> dict[str, set[str]]:
    """The ids of the demo dataset's records, by record type."""
    ids: dict[str, set[str]] = {}
    for record_type, record_id, _values in demo_records():
        ids.setdefault(record_type, set()).add(record_id)
    return ids


def load_demo(services: Services) -> DemoResult:
    """Add the demo records that are not in the database yet, marked as demo records:
    they never leave the database in a sync file."""
    result = DemoResult()
    for record_type, record_id, values in demo_records():
        service = services.for_type(record_type)
        with services.db.session() as session:
            if session.get(service.model, record_id) is not None:
                result.already_there += 1
                continue
        service.create(record_id=record_id, demo=True, **values)
        result.added[record_type] = result.added.get(record_type, 0) + 1
    return result
