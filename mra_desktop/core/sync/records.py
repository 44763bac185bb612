"""How a record looks inside a sync file, and its content hash.

A record travels as a JSON object with every column of its table except the local-only
``origin_import_id``: the bookkeeping fields, then its content fields (``deleted_at``
among them: a deletion mark is content, so it changes the content hash). Times are UTC,
written as Python's ``datetime.isoformat()`` writes them (``2022-03-14T09:30:00+00:00``,
with ``.ffffff`` microseconds when they are not zero); dates as ``YYYY-MM-DD``.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Mapping
from functools import cache
from typing import Any, cast

from sqlalchemy import Date, Table

from mra_desktop.core import models as m

#: bookkeeping fields every record carries in a sync file, in the order they are written
BOOKKEEPING = ("id", "revision", "created_at", "updated_at", "device_id", "content_hash")
TIMESTAMP_FIELDS = ("created_at", "updated_at", "deleted_at")
#: columns that stay in the database they were written in
LOCAL_ONLY = m.LOCAL_ONLY_FIELDS


def table_of(model: type[m.SyncedRecord]) -> Table:
    return cast(Table, model.__table__)


@cache
def content_fields(record_type: str) -> tuple[str, ...]:
    return tuple(m.RECORD_TYPE_BY_NAME[record_type].content_fields())


@cache
def payload_fields(record_type: str) -> tuple[str, ...]:
    """Every field of a record of ``record_type`` in a sync file."""
    return BOOKKEEPING + content_fields(record_type)


@cache
def date_fields(record_type: str) -> tuple[str, ...]:
    table = table_of(m.RECORD_TYPE_BY_NAME[record_type])
    return tuple(c.key for c in table.columns if isinstance(c.type, Date))


def content_hash(record_type: str, content: Mapping[str, Any]) -> str:
    """The content hash of a record whose content fields are given in their JSON form.

    It is the same value as :meth:`SyncedRecord.compute_content_hash`: SHA-256 (hex) of the
    canonical JSON of ``{"type": record_type, <content fields>}`` with sorted keys, no
    spaces and UTF-8 text, a consent flag left out while it is off
    (:func:`mra_desktop.core.models.content_hash_of`).
    """
    return m.content_hash_of(record_type, content)


def with_later_fields(record_type: str, version: Mapping[str, Any]) -> dict[str, Any]:
    """A version of a record kept from before some of its fields existed (a before-image, a
    conflict's version) with those fields at the value their absence means: a change's
    consent off (:data:`mra_desktop.core.models.LATER_FIELDS`)."""
    return {**m.LATER_FIELDS.get(record_type, {}), **version}


def to_json_value(value: Any) -> Any:
    if isinstance(value, dt.datetime):
        return value.astimezone(dt.UTC).isoformat()
    if isinstance(value, dt.date):
        return value.isoformat()
    return value


def row_to_payload(record_type: str, row: Mapping[Any, Any]) -> dict[str, Any]:
    """A database row (as SQLAlchemy returns it) in the form it takes in a sync file; its
    content hash is computed afresh from what is written."""
    record = {name: to_json_value(row[name]) for name in payload_fields(record_type)}
    record["content_hash"] = content_hash(
        record_type, {name: record[name] for name in content_fields(record_type)}
    )
    return record


def payload_to_values(record_type: str, record: Mapping[str, Any]) -> dict[str, Any]:
    """A checked sync-file record as column values for the database (raises ValueError on an
    impossible date or time). A version kept from before the consent flags existed gets
    them off."""
    values = with_later_fields(record_type, record)
    for name in TIMESTAMP_FIELDS:
        text = values[name]
        if text is not None:
            values[name] = dt.datetime.fromisoformat(text)
    for name in date_fields(record_type):
        text = values[name]
        if text is not None:
            values[name] = dt.date.fromisoformat(text)
    return values


def record_title(record_type: str, record: Mapping[str, Any]) -> str:
    """A few words that let a person recognise a record (for conflict lists)."""
    for name in ("title", "name", "role", "question", "text"):
        value = record.get(name)
        if isinstance(value, str) and value.strip():
            text = " ".join(value.split())
            return text if len(text) <= 80 else text[:79] + "…"
    return str(record.get("id", ""))
