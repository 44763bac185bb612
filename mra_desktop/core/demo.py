"""The demo dataset: the 2022 report's good practices and action plans, plus two meetings
written in Arabic and French, for training, screenshots and trying the program out.

Record ids are derived from the dataset's keys (UUID version 5), so loading the demo twice
finds its records already there and adds nothing.
"""

from __future__ import annotations

import json
import uuid
from dataclasses import dataclass, field
from typing import Any

from mra_desktop.core.protocol import load_protocol
from mra_desktop.core.resources import resource_path
from mra_desktop.core.services import RecordService, Services

DEMO_NAMESPACE = uuid.UUID("6c1f3f0e-8a51-4f8e-9d6c-2a7f0d9c4b11")


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


def load_demo(services: Services) -> DemoResult:
    """Add the demo records that are not in the database yet."""
    data = load_demo_data()
    protocol = load_protocol()
    result = DemoResult()

    def add(service: RecordService[Any], record_id: str, values: dict[str, Any]) -> None:
        existing = service.model
        with services.db.session() as session:
            if session.get(existing, record_id) is not None:
                result.already_there += 1
                return
        service.create(record_id=record_id, **values)
        result.added[service.record_type] = result.added.get(service.record_type, 0) + 1

    for org in data["organisations"]:
        add(
            services.organisations,
            demo_id("organisation", org["key"]),
            {"name": org["name"], "city": org.get("city", ""), "region": org.get("region", "")},
        )
    for meeting in data["meetings"]:
        key = meeting["key"]
        meeting_id = demo_id("meeting", key)
        values = {
            name: meeting[name]
            for name in (
                "title",
                "date",
                "city",
                "region",
                "kind",
                "scope",
                "sectors",
                "format",
                "body",
                "period_from",
                "period_to",
                "language",
                "facilitators",
                "status",
            )
            if name in meeting
        }
        values["organisation_id"] = demo_id("organisation", meeting["organisation"])
        values["protocol_id"] = protocol.id
        values["protocol_version"] = protocol.version
        add(services.meetings, meeting_id, values)
        for index, participant in enumerate(meeting.get("participants", [])):
            add(
                services.participants,
                demo_id("participant", key, str(index)),
                {"meeting_id": meeting_id, "position": index, **participant},
            )
        for index, note in enumerate(meeting.get("notes", [])):
            add(
                services.notes,
                demo_id("note", key, note["question"]),
                {"meeting_id": meeting_id, "position": index, **note},
            )
        for index, change in enumerate(meeting.get("changes", [])):
            values = {k: v for k, v in change.items() if k != "key"}
            add(
                services.changes,
                demo_id("change", key, change["key"]),
                {"meeting_id": meeting_id, "position": index, **values},
            )
        for index, item in enumerate(meeting.get("action_items", [])):
            add(
                services.action_items,
                demo_id("action_item", key, str(index)),
                {"meeting_id": meeting_id, "position": index, **item},
            )
    return result
