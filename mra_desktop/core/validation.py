"""What each record accepts: required fields, lengths, allowed values.

Every service write goes through :func:`clean`, which turns loosely typed input (ISO date
strings from JSON, ints from a spin box) into the model's types, or raises a
:class:`ValidationError` whose message a person can read.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Mapping
from dataclasses import dataclass
from typing import Any

from mra_desktop.core import models as m
from mra_desktop.core.errors import ValidationError


@dataclass(frozen=True)
class Field:
    label: str
    kind: str = "str"  # str | text | int | bool | date | codes | names
    required: bool = False
    max_length: int | None = None
    choices: tuple[str, ...] | None = None
    nullable: bool = False
    minimum: int | None = None
    maximum: int | None = None
    #: what the field means, for the published sync schema (else the label)
    description: str | None = None


TEXT_LIMIT = 20_000  # a long story typed during a meeting still fits comfortably

SPECS: dict[str, dict[str, Field]] = {
    "organisation": {
        "name": Field("name", required=True, max_length=200),
        "city": Field("city", max_length=100),
        "region": Field("region", max_length=100),
    },
    "meeting": {
        "organisation_id": Field("organisation", required=True, max_length=36),
        "title": Field("title", required=True, max_length=200),
        "date": Field("date", kind="date", nullable=True),
        "city": Field("city", max_length=100),
        "region": Field("region", max_length=100),
        "kind": Field("kind of meeting", choices=m.MEETING_KINDS),
        "scope": Field("scope", choices=m.MEETING_SCOPES),
        "sectors": Field("sectors covered", kind="codes", choices=m.SECTORS),
        "format": Field("format", choices=m.MEETING_FORMATS),
        "body": Field("body", choices=m.MEETING_BODIES, nullable=True),
        "period_from": Field("start of the period under review", kind="date", nullable=True),
        "period_to": Field("end of the period under review", kind="date", nullable=True),
        "language": Field("language of the notes", choices=m.LANGUAGES),
        "protocol_id": Field("protocol", max_length=60),
        "protocol_version": Field("protocol version", max_length=20),
        "facilitators": Field("facilitators", kind="names", max_length=200),
        "status": Field("status", choices=m.MEETING_STATUSES),
    },
    "participant": {
        "meeting_id": Field("meeting", required=True, max_length=36),
        "position": Field("position", kind="int", minimum=0),
        "role": Field("role or title", required=True, max_length=200),
        "institution": Field("institution", max_length=200),
        "sector": Field("sector", choices=m.PARTICIPANT_SECTORS, nullable=True),
        "count": Field("number of people", kind="int", minimum=1, maximum=10_000),
        "name": Field("name", max_length=200, nullable=True),
    },
    "change": {
        "meeting_id": Field("meeting", required=True, max_length=36),
        "position": Field("position", kind="int", minimum=0),
        "sector": Field("sector", required=True, choices=m.SECTORS),
        "subtheme": Field("sub-theme", max_length=40, nullable=True),
        "title": Field("short title", required=True, max_length=200),
        "what_changed": Field("what changed", kind="text"),
        "change_kind": Field("kind of change", choices=m.CHANGE_KINDS, nullable=True),
        "before": Field("before", kind="text"),
        "now": Field("now", kind="text"),
        "who_decided": Field("who decided", kind="text"),
        "location": Field("where exactly", kind="text"),
        "level": Field("level", choices=m.LEVELS, nullable=True),
        "ongoing": Field("still going on", choices=m.ONGOING),
        "objective": Field("specific objective", kind="text"),
        "results": Field("results and impact", kind="text"),
        "story": Field("story", kind="text"),
        "significance": Field("why it is significant", kind="text"),
        "difference": Field("difference it made", kind="text"),
        "obligations": Field("due-diligence obligations", kind="codes", choices=m.OBLIGATIONS),
        "change_class": Field("class of change", choices=m.CHANGE_CLASSES, nullable=True),
        "references": Field("references", kind="text"),
        "covid": Field("related to COVID-19", kind="bool"),
        "msc_selected": Field("chosen as most significant", kind="bool"),
        "msc_reason": Field("why it was chosen", kind="text"),
        # the partner's consent (see models.Change)
        "may_be_quoted": Field(
            "may be quoted",
            kind="bool",
            description="the partner's consent: the people concerned agreed that MRA may "
            "publish this change (only such changes enter MRA's newsletter)",
        ),
        "anonymise": Field(
            "anonymise",
            kind="bool",
            description="the partner asks that MRA publish this change without the names "
            "of people, and its place only as precise as its level",
        ),
    },
    "action_item": {
        "meeting_id": Field("meeting", required=True, max_length=36),
        "position": Field("position", kind="int", minimum=0),
        "sector": Field("sector", required=True, choices=m.SECTORS),
        "subtheme": Field("sub-theme", max_length=40, nullable=True),
        "action": Field("continue, stop or start", required=True, choices=m.ACTIONS),
        "text": Field("text", kind="text", required=True),
        "level": Field("level", choices=m.ACTION_LEVELS),
        "responsible": Field("responsible actor", max_length=200),
        "timeframe": Field("timeframe", max_length=100),
    },
    "note": {
        "meeting_id": Field("meeting", required=True, max_length=36),
        "position": Field("position", kind="int", minimum=0),
        "question": Field("question", required=True, max_length=40),
        "text": Field("text", kind="text"),
    },
    "action_follow_up": {
        "meeting_id": Field("meeting", required=True, max_length=36),
        "position": Field("position", kind="int", minimum=0),
        "action_item_id": Field("action item", required=True, max_length=36),
        "status": Field("status", choices=m.ACTION_STATUSES, nullable=True),
        "comment": Field("comment", kind="text"),
    },
}


def _fail(name: str, code: str, message: str) -> ValidationError:
    return ValidationError(name, code, message)


def _clean_one(name: str, spec: Field, value: Any) -> Any:
    label = spec.label[0].upper() + spec.label[1:]
    if value is None:
        if spec.nullable:
            return None
        if spec.required:
            raise _fail(name, "required", f"{label} is required.")
        raise _fail(name, "required", f"{label} cannot be empty.")
    if spec.kind in ("str", "text"):
        if not isinstance(value, str):
            raise _fail(name, "wrong_type", f"{label} must be text.")
        value = value.strip() if spec.kind == "str" else value
        if spec.nullable and value == "" and not spec.required:
            return None
        if spec.required and not value.strip():
            raise _fail(name, "required", f"{label} is required.")
        limit = spec.max_length or (TEXT_LIMIT if spec.kind == "text" else None)
        if limit is not None and len(value) > limit:
            raise _fail(
                name, "too_long", f"{label} is too long ({len(value)} characters; at most {limit})."
            )
        if spec.choices is not None and value not in spec.choices:
            raise _fail(
                name,
                "not_allowed",
                f"{label} must be one of {', '.join(spec.choices)} (not {value!r}).",
            )
        return value
    if spec.kind == "int":
        if isinstance(value, bool) or not isinstance(value, int):
            raise _fail(name, "wrong_type", f"{label} must be a whole number.")
        if spec.minimum is not None and value < spec.minimum:
            raise _fail(name, "out_of_range", f"{label} must be at least {spec.minimum}.")
        if spec.maximum is not None and value > spec.maximum:
            raise _fail(name, "out_of_range", f"{label} must be at most {spec.maximum}.")
        return value
    if spec.kind == "bool":
        if not isinstance(value, bool):
            raise _fail(name, "wrong_type", f"{label} must be yes or no.")
        return value
    if spec.kind == "date":
        if isinstance(value, dt.datetime):
            return value.date()
        if isinstance(value, dt.date):
            return value
        if isinstance(value, str):
            if not value.strip():
                return None
            try:
                return dt.date.fromisoformat(value.strip())
            except ValueError:
                raise _fail(
                    name,
                    "wrong_type",
                    f"{label} must be a date written YYYY-MM-DD (not {value!r}).",
                ) from None
        raise _fail(name, "wrong_type", f"{label} must be a date.")
    if spec.kind in ("codes", "names"):
        if isinstance(value, str) or not isinstance(value, list | tuple):
            raise _fail(name, "wrong_type", f"{label} must be a list.")
        items: list[str] = []
        for item in value:
            if not isinstance(item, str):
                raise _fail(name, "wrong_type", f"{label} must be a list of text.")
            item = item.strip()
            if not item or item in items:
                continue
            if spec.choices is not None and item not in spec.choices:
                raise _fail(
                    name,
                    "not_allowed",
                    f"{label} may only contain {', '.join(spec.choices)} (not {item!r}).",
                )
            if spec.max_length is not None and len(item) > spec.max_length:
                raise _fail(name, "too_long", f"{label}: {item[:30]!r}… is too long.")
            items.append(item)
        if len(items) > 50:
            raise _fail(name, "too_long", f"{label} has too many entries (at most 50).")
        if spec.choices is not None:  # keep the catalogue's order whatever order was given
            items.sort(key=spec.choices.index)
        return items
    raise AssertionError(f"unknown field kind {spec.kind}")  # pragma: no cover


#: the record types that have rules tying several of their fields
CROSS_FIELD_TYPES = frozenset({"meeting", "change"})


def record_problem(record_type: str, record: Any) -> ValidationError | None:
    """A rule that involves several fields of a finished record (``record`` has its fields
    as attributes: a database record, or a record read from a sync file), or None.

    The services refuse to store such a record, and MRA's import refuses a file holding
    one, with the same sentence."""
    if record_type == "meeting":
        start, end = record.period_from, record.period_to
        if start and end and start > end:
            return _fail(
                "period_to", "out_of_range", "The period under review must end after it starts."
            )
        if record.scope == "single_sector" and len(record.sectors) > 1:
            return _fail(
                "sectors", "out_of_range", "A single-sector meeting covers one sector only."
            )
    if record_type == "change" and record.msc_reason and not record.msc_selected:
        return _fail(
            "msc_reason",
            "inconsistent",
            "A reason for choosing a change needs the change to be chosen as most significant.",
        )
    return None


def clean(record_type: str, values: Mapping[str, Any], *, creating: bool) -> dict[str, Any]:
    """Check and normalise ``values`` for a record of ``record_type``."""
    specs = SPECS[record_type]
    unknown = sorted(set(values) - set(specs))
    if unknown:
        raise _fail(unknown[0], "unknown_field", f"There is no field called {unknown[0]!r}.")
    cleaned = {name: _clean_one(name, specs[name], value) for name, value in values.items()}
    if creating:
        for name, spec in specs.items():
            if spec.required and name not in cleaned:
                label = spec.label[0].upper() + spec.label[1:]
                raise _fail(name, "required", f"{label} is required.")
    return cleaned
