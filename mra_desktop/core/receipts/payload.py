"""What a receipt says, as typed msgspec structs: the partner's files MRA imported, and
each of the partner's meetings MRA holds with its review and the national most
significant changes chosen among its changes.

The writer builds the payload with these types and the reader decodes it with them, so
that both agree on every field and limit (``resources/sync/FORMAT.md``, section 12).
"""

from __future__ import annotations

import datetime as dt
from typing import Annotated, Literal

import msgspec
from msgspec import Meta

from mra_desktop.core.sync.schema import DATE, SHA256, TIMESTAMP, UUID

MAX_TEXT = 4000
MAX_FILES = 10_000
MAX_MEETINGS = 100_000

Uuid = Annotated[str, Meta(pattern=UUID)]
Timestamp = Annotated[str, Meta(pattern=TIMESTAMP)]
Count = Annotated[int, Meta(ge=0, le=2**31 - 1)]
ShortText = Annotated[str, Meta(max_length=200)]
LongText = Annotated[str, Meta(max_length=MAX_TEXT)]
#: :data:`mra_desktop.core.mra_records.REVIEW_STATES` (a test keeps them equal)
ReviewState = Literal["received", "reviewed", "approved", "has_issues"]


class Counts(msgspec.Struct, forbid_unknown_fields=True):
    """What the import did with the file's records."""

    new: Count
    updated: Count
    unchanged: Count
    conflicts: Count
    deleted: Count


class FileEntry(msgspec.Struct, forbid_unknown_fields=True):
    """One of the partner's sync files MRA imported."""

    import_id: Annotated[str, Meta(min_length=1, max_length=36)]
    file_name: Annotated[str, Meta(max_length=255)]
    file_sha256: Annotated[str, Meta(pattern=SHA256)]
    exported_at: Timestamp | None
    imported_at: Timestamp
    #: when MRA undid the import (what it brought was taken out again), or null
    undone_at: Timestamp | None
    counts: Counts


class NationalChoice(msgspec.Struct, forbid_unknown_fields=True):
    """A change of the meeting that MRA's panel chose as the national most significant
    change of a domain, and the panel's reason (dissent and names stay at MRA)."""

    round_title: ShortText
    domain_axis: Literal["sector", "category"]
    domain: ShortText
    change_id: Uuid
    change_title: ShortText
    reason: LongText
    chosen_at: Timestamp


class Review(msgspec.Struct, forbid_unknown_fields=True):
    state: ReviewState
    #: the partner sent a new version of the meeting after MRA set the state
    changed_since_review: bool
    #: MRA's review comment (the reviewer's screen says it goes to the partner)
    comment: LongText
    state_at: Timestamp | None


class MeetingEntry(msgspec.Struct, forbid_unknown_fields=True):
    id: Uuid
    title: ShortText
    date: Annotated[str, Meta(pattern=DATE)] | None
    review: Review
    national_msc: Annotated[list[NationalChoice], Meta(max_length=50)]


class Payload(msgspec.Struct, forbid_unknown_fields=True):
    #: the import the receipt was written after (one of ``files``)
    for_import_id: Annotated[str, Meta(min_length=1, max_length=36)]
    files: Annotated[list[FileEntry], Meta(max_length=MAX_FILES)]
    meetings: Annotated[list[MeetingEntry], Meta(max_length=MAX_MEETINGS)]


PAYLOAD_DECODER = msgspec.json.Decoder(Payload)
ENCODER = msgspec.json.Encoder()


def timestamp(value: dt.datetime | None) -> str | None:
    """A UTC time as the receipt writes it (``datetime.isoformat()``), or None."""
    if value is None:
        return None
    aware = value if value.tzinfo else value.replace(tzinfo=dt.UTC)
    return aware.astimezone(dt.UTC).isoformat()
