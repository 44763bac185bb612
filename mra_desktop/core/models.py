"""The data model: what a meeting records.

Every synchronised record carries the same bookkeeping (see :class:`SyncedRecord`): a UUID
made on the device that created it, created/updated times in UTC, a revision that grows
with every change, the device that made the last change, a deletion mark instead of a hard
delete, and a content hash over its fields so that identical versions are cheap to spot.

Enumerations are stored as their short codes (``"group"``, ``"continue"``); their words in
ar/fr/en live in the protocol catalogue, not here.
"""

# No ``from __future__ import annotations`` here: with real annotations SQLAlchemy maps the
# classes without evaluating each ``Mapped[...]`` string, a tenth of every command's start.

import datetime as dt
import hashlib
import json
import uuid
from collections.abc import Mapping
from typing import Any, ClassVar

from sqlalchemy import (
    JSON,
    Boolean,
    Date,
    DateTime,
    ForeignKey,
    Integer,
    MetaData,
    String,
    Text,
    TypeDecorator,
    false,
)
from sqlalchemy.engine import Dialect
from sqlalchemy.orm import DeclarativeBase, Mapped, mapped_column

from mra_desktop.core.codes import (
    ACTION_LEVELS as ACTION_LEVELS,
)
from mra_desktop.core.codes import (
    ACTION_STATUSES as ACTION_STATUSES,
)
from mra_desktop.core.codes import (
    ACTIONS as ACTIONS,
)
from mra_desktop.core.codes import (
    CHANGE_CLASSES as CHANGE_CLASSES,
)
from mra_desktop.core.codes import (
    CHANGE_KINDS as CHANGE_KINDS,
)
from mra_desktop.core.codes import (
    LANGUAGES as LANGUAGES,
)
from mra_desktop.core.codes import (
    LEVELS as LEVELS,
)
from mra_desktop.core.codes import (
    MEETING_BODIES as MEETING_BODIES,
)
from mra_desktop.core.codes import (
    MEETING_FORMATS as MEETING_FORMATS,
)
from mra_desktop.core.codes import (  # re-exported: models.MEETING_STATUSES etc.
    MEETING_KINDS as MEETING_KINDS,
)
from mra_desktop.core.codes import (
    MEETING_SCOPES as MEETING_SCOPES,
)
from mra_desktop.core.codes import (
    MEETING_STATUSES as MEETING_STATUSES,
)
from mra_desktop.core.codes import (
    OBLIGATIONS as OBLIGATIONS,
)
from mra_desktop.core.codes import (
    ONGOING as ONGOING,
)
from mra_desktop.core.codes import (
    PARTICIPANT_SECTORS as PARTICIPANT_SECTORS,
)
from mra_desktop.core.codes import (
    RECORD_TYPE_NAMES as RECORD_TYPE_NAMES,
)
from mra_desktop.core.codes import (
    SECTORS as SECTORS,
)
from mra_desktop.core.codes import (
    UNSYNCED_RECORD_TYPE_NAMES as UNSYNCED_RECORD_TYPE_NAMES,
)

#: columns that stay in the database they were written in and never travel in a sync file
LOCAL_ONLY_FIELDS = frozenset({"origin_import_id", "first_import_id", "change_seq", "demo"})
# Fields that are bookkeeping, not content: left out of the content hash.
BOOKKEEPING_FIELDS = (
    frozenset({"id", "created_at", "updated_at", "revision", "device_id", "content_hash"})
    | LOCAL_ONLY_FIELDS
)
#: Content fields that came after records were first written and hashed (and after sync
#: format 1), by record type, with what their absence means: a change's consent flags (see
#: :class:`Change`), off when unknown. A version written before them (a sync file of
#: format 1, a version kept for undoing an import or for a conflict) reads them as that
#: value; and the content hash leaves such a field out while it has that value, so that
#: every hash stored before the field came still holds (FORMAT.md, section 3.3).
LATER_FIELDS: dict[str, dict[str, Any]] = {
    "change": {"may_be_quoted": False, "anonymise": False},
}

_CANONICAL = json.JSONEncoder(sort_keys=True, ensure_ascii=False, separators=(",", ":"))


def content_hash_of(record_type: str, content: Mapping[str, Any]) -> str:
    """The content hash of a record of ``record_type`` whose content fields are given in
    their JSON form: SHA-256 (hex) of the canonical JSON of ``{"type": record_type,
    <content fields>}`` (sorted names, no spaces, UTF-8), a later field left out while it
    has the value its absence means (:data:`LATER_FIELDS`)."""
    later = LATER_FIELDS.get(record_type)
    if later:
        content = {
            name: value
            for name, value in content.items()
            if name not in later or value is not later[name]
        }
    canonical = _CANONICAL.encode({"type": record_type, **content})
    return hashlib.sha256(canonical.encode("utf-8")).hexdigest()


def utcnow() -> dt.datetime:
    return dt.datetime.now(dt.UTC)


def new_id() -> str:
    return str(uuid.uuid4())


class UTCDateTime(TypeDecorator[dt.datetime]):
    """A timestamp stored as naive UTC and always handed back timezone-aware (UTC)."""

    impl = DateTime
    cache_ok = True

    def process_bind_param(self, value: dt.datetime | None, dialect: Dialect) -> dt.datetime | None:
        if value is None:
            return None
        if value.tzinfo is None:
            raise ValueError("timestamps must be timezone-aware")
        return value.astimezone(dt.UTC).replace(tzinfo=None)

    def process_result_value(
        self, value: dt.datetime | None, dialect: Dialect
    ) -> dt.datetime | None:
        if value is None:
            return None
        return value.replace(tzinfo=dt.UTC)


NAMING_CONVENTION = {
    "ix": "ix_%(column_0_label)s",
    "uq": "uq_%(table_name)s_%(column_0_name)s",
    "ck": "ck_%(table_name)s_%(constraint_name)s",
    "fk": "fk_%(table_name)s_%(column_0_name)s_%(referred_table_name)s",
    "pk": "pk_%(table_name)s",
}


class Base(DeclarativeBase):
    metadata = MetaData(naming_convention=NAMING_CONVENTION)


def _jsonable(value: Any) -> Any:
    if isinstance(value, dt.datetime):
        return value.astimezone(dt.UTC).isoformat()
    if isinstance(value, dt.date):
        return value.isoformat()
    return value


class SyncedRecord(Base):
    """Bookkeeping shared by every record that travels in a sync file."""

    __abstract__ = True
    #: record type name used by services, sync files and ``info``
    record_type: ClassVar[str]

    id: Mapped[str] = mapped_column(String(36), primary_key=True, default=new_id)
    created_at: Mapped[dt.datetime] = mapped_column(UTCDateTime(), default=utcnow)
    updated_at: Mapped[dt.datetime] = mapped_column(UTCDateTime(), default=utcnow)
    revision: Mapped[int] = mapped_column(Integer, default=1)
    device_id: Mapped[str] = mapped_column(String(36))
    deleted_at: Mapped[dt.datetime | None] = mapped_column(UTCDateTime(), default=None, index=True)
    content_hash: Mapped[str] = mapped_column(String(64), default="")
    #: the import (``import_log.id``) that brought this version from a partner's sync file;
    #: None for records made in this database. Local only: it never travels.
    origin_import_id: Mapped[str | None] = mapped_column(String(36), default=None)
    #: the import that first brought the record into this database (None for records made
    #: here): undoing that import removes the record again. Local only.
    first_import_id: Mapped[str | None] = mapped_column(String(36), default=None)
    #: the database's change sequence at this record's last write (see
    #: :class:`ChangeCounter`): ``export-sync --since-last`` takes the records written after
    #: the previous export's sequence, whatever the clock said. Local only.
    change_seq: Mapped[int] = mapped_column(Integer, default=0, index=True)
    #: a record of the demo dataset: it never leaves this database. Local only.
    demo: Mapped[bool] = mapped_column(Boolean, default=False)

    @classmethod
    def content_fields(cls) -> list[str]:
        """Names of the columns that make up the record's content, in table order."""
        return [c.key for c in cls.__table__.columns if c.key not in BOOKKEEPING_FIELDS]

    def content(self) -> dict[str, Any]:
        return {name: _jsonable(getattr(self, name)) for name in self.content_fields()}

    def compute_content_hash(self) -> str:
        return content_hash_of(self.record_type, self.content())

    @property
    def is_deleted(self) -> bool:
        return self.deleted_at is not None


class Organisation(SyncedRecord):
    """A partner NGO."""

    __tablename__ = "organisation"
    record_type = "organisation"

    name: Mapped[str] = mapped_column(String(200))
    city: Mapped[str] = mapped_column(String(100), default="")
    region: Mapped[str] = mapped_column(String(100), default="")


class Meeting(SyncedRecord):
    """One assessment meeting: an individual interview or a group meeting."""

    __tablename__ = "meeting"
    record_type = "meeting"

    organisation_id: Mapped[str] = mapped_column(ForeignKey("organisation.id"), index=True)
    title: Mapped[str] = mapped_column(String(200))
    date: Mapped[dt.date | None] = mapped_column(Date, default=None, index=True)
    city: Mapped[str] = mapped_column(String(100), default="")
    region: Mapped[str] = mapped_column(String(100), default="")
    kind: Mapped[str] = mapped_column(String(20), default="group")
    scope: Mapped[str] = mapped_column(String(20), default="multisectoral")
    sectors: Mapped[list[str]] = mapped_column(JSON, default=list)
    format: Mapped[str] = mapped_column(String(20), default="in_person")
    body: Mapped[str | None] = mapped_column(String(30), default=None)
    period_from: Mapped[dt.date | None] = mapped_column(Date, default=None)
    period_to: Mapped[dt.date | None] = mapped_column(Date, default=None)
    language: Mapped[str] = mapped_column(String(2), default="ar")
    protocol_id: Mapped[str] = mapped_column(String(60), default="")
    protocol_version: Mapped[str] = mapped_column(String(20), default="")
    facilitators: Mapped[list[str]] = mapped_column(JSON, default=list)
    status: Mapped[str] = mapped_column(String(20), default="planned", index=True)


class _MeetingChild(SyncedRecord):
    __abstract__ = True

    meeting_id: Mapped[str] = mapped_column(ForeignKey("meeting.id"), index=True)
    position: Mapped[int] = mapped_column(Integer, default=0)


class Participant(_MeetingChild):
    """Who took part: a role and a count, and a name only when the meeting records one."""

    __tablename__ = "participant"
    record_type = "participant"

    role: Mapped[str] = mapped_column(String(200))
    institution: Mapped[str] = mapped_column(String(200), default="")
    sector: Mapped[str | None] = mapped_column(String(30), default=None)
    count: Mapped[int] = mapped_column(Integer, default=1)
    name: Mapped[str | None] = mapped_column(String(200), default=None)


class Change(_MeetingChild):
    """A change (good practice), described as precisely as the fiche technique asks."""

    __tablename__ = "change"
    record_type = "change"

    sector: Mapped[str] = mapped_column(String(30))
    subtheme: Mapped[str | None] = mapped_column(String(40), default=None)
    title: Mapped[str] = mapped_column(String(200))
    what_changed: Mapped[str] = mapped_column(Text, default="")
    change_kind: Mapped[str | None] = mapped_column(String(20), default=None)
    before: Mapped[str] = mapped_column(Text, default="")
    now: Mapped[str] = mapped_column(Text, default="")
    who_decided: Mapped[str] = mapped_column(Text, default="")
    location: Mapped[str] = mapped_column(Text, default="")
    level: Mapped[str | None] = mapped_column(String(20), default=None)
    ongoing: Mapped[str] = mapped_column(String(10), default="unknown")
    objective: Mapped[str] = mapped_column(Text, default="")
    results: Mapped[str] = mapped_column(Text, default="")
    story: Mapped[str] = mapped_column(Text, default="")
    significance: Mapped[str] = mapped_column(Text, default="")
    difference: Mapped[str] = mapped_column(Text, default="")
    obligations: Mapped[list[str]] = mapped_column(JSON, default=list)
    change_class: Mapped[str | None] = mapped_column(String(20), default=None)
    references: Mapped[str] = mapped_column(Text, default="")
    covid: Mapped[bool] = mapped_column(Boolean, default=False)
    msc_selected: Mapped[bool] = mapped_column(Boolean, default=False)
    msc_reason: Mapped[str] = mapped_column(Text, default="")
    #: Consent, set by the partner during or after the meeting. Testimony about violence
    #: against women is published only with it: MRA's newsletter takes only changes that
    #: may be quoted (mra_desktop.core.newsletter), and shows an anonymised one without
    #: any name of a person it knows and with its place only as precise as ``level``.
    #: Off unless the partner sets them; they travel in sync files (format 2), and a file
    #: that does not carry them (format 1) writes them off (:data:`LATER_FIELDS`).
    may_be_quoted: Mapped[bool] = mapped_column(Boolean, default=False, server_default=false())
    anonymise: Mapped[bool] = mapped_column(Boolean, default=False, server_default=false())


class ActionItem(_MeetingChild):
    """One line of the Continue / Stop / Start action plan."""

    __tablename__ = "action_item"
    record_type = "action_item"

    sector: Mapped[str] = mapped_column(String(30))
    subtheme: Mapped[str | None] = mapped_column(String(40), default=None)
    action: Mapped[str] = mapped_column(String(10))
    text: Mapped[str] = mapped_column(Text)
    level: Mapped[str] = mapped_column(String(10), default="practice")
    responsible: Mapped[str] = mapped_column(String(200), default="")
    timeframe: Mapped[str] = mapped_column(String(100), default="")


class Note(_MeetingChild):
    """What was said in answer to one protocol question."""

    __tablename__ = "note"
    record_type = "note"

    question: Mapped[str] = mapped_column(String(40))
    text: Mapped[str] = mapped_column(Text, default="")


class ActionFollowUp(_MeetingChild):
    """What became of one action item of the previous meeting, as said at the follow-up
    meeting (``meeting_id``): a status and a comment. Made, one per live item of the
    previous meeting, when the follow-up meeting is prepared."""

    __tablename__ = "action_follow_up"
    record_type = "action_follow_up"

    action_item_id: Mapped[str] = mapped_column(ForeignKey("action_item.id"), index=True)
    status: Mapped[str | None] = mapped_column(String(20), default=None)
    comment: Mapped[str] = mapped_column(Text, default="")


class LocalSetting(Base):
    """Settings that belong to this database and never travel: the device id, whose
    database it is (organisation, facilitator), the device's signing key, MRA's key."""

    __tablename__ = "local_setting"

    key: Mapped[str] = mapped_column(String(60), primary_key=True)
    value: Mapped[str] = mapped_column(Text)


class ChangeCounter(Base):
    """The database's change sequence: one row whose value grows by one in every
    transaction that writes records. Taking the next value takes the write lock, so the
    sequence follows the order in which writes commit (unlike the clock)."""

    __tablename__ = "change_counter"

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    value: Mapped[int] = mapped_column(Integer, default=0)


class ImportLog(Base):
    """One sync file imported into this database: where it came from and what it did."""

    __tablename__ = "import_log"

    id: Mapped[str] = mapped_column(String(36), primary_key=True, default=new_id)
    imported_at: Mapped[dt.datetime] = mapped_column(UTCDateTime(), default=utcnow)
    file_name: Mapped[str] = mapped_column(String(255))
    file_sha256: Mapped[str] = mapped_column(String(64), index=True)
    file_size: Mapped[int] = mapped_column(Integer)
    source_organisation: Mapped[str] = mapped_column(Text, default="")
    source_device_id: Mapped[str] = mapped_column(String(36))
    exported_at: Mapped[dt.datetime] = mapped_column(UTCDateTime())
    app_version: Mapped[str] = mapped_column(String(40), default="")
    encrypted: Mapped[bool] = mapped_column(Boolean, default=True)
    new_count: Mapped[int] = mapped_column(Integer, default=0)
    updated_count: Mapped[int] = mapped_column(Integer, default=0)
    unchanged_count: Mapped[int] = mapped_column(Integer, default=0)
    conflict_count: Mapped[int] = mapped_column(Integer, default=0)
    deleted_count: Mapped[int] = mapped_column(Integer, default=0)
    #: the sync format version of the file (1: unsigned)
    format_version: Mapped[int] = mapped_column(Integer, default=1)
    #: the enrolled device that signed the file (``partner_device.key_id``), None if unsigned
    signer_key_id: Mapped[str | None] = mapped_column(String(64), default=None, index=True)
    signer_fingerprint: Mapped[str | None] = mapped_column(String(40), default=None)
    #: the organisation the file's records belong to
    source_organisation_id: Mapped[str | None] = mapped_column(String(36), default=None)
    #: the device's change sequence when it wrote the file (format 2)
    sequence: Mapped[int | None] = mapped_column(Integer, default=None)
    #: the fingerprint of MRA's key the file was encrypted for
    recipient_fingerprint: Mapped[str | None] = mapped_column(String(40), default=None)
    #: when the import was undone (``revert-import``); its file may then be imported again
    reverted_at: Mapped[dt.datetime | None] = mapped_column(UTCDateTime(), default=None)


class ExportLog(Base):
    """One sync file written from this database; the newest one anchors ``--since-last``."""

    __tablename__ = "export_log"

    id: Mapped[str] = mapped_column(String(36), primary_key=True, default=new_id)
    exported_at: Mapped[dt.datetime] = mapped_column(UTCDateTime(), default=utcnow, index=True)
    file_name: Mapped[str] = mapped_column(String(255))
    file_sha256: Mapped[str] = mapped_column(String(64))
    scope: Mapped[str] = mapped_column(String(20))  # full | since_last
    since: Mapped[dt.datetime | None] = mapped_column(UTCDateTime(), default=None)
    record_count: Mapped[int] = mapped_column(Integer, default=0)
    deleted_count: Mapped[int] = mapped_column(Integer, default=0)
    encrypted: Mapped[bool] = mapped_column(Boolean, default=True)
    recipient_fingerprint: Mapped[str | None] = mapped_column(String(40), default=None)
    #: the database's change sequence the file goes up to; the next ``--since-last``
    #: export takes the records written after it (None before sequences existed)
    sequence: Mapped[int | None] = mapped_column(Integer, default=None)
    #: for since_last: the sequence of the export it continues
    since_sequence: Mapped[int | None] = mapped_column(Integer, default=None)


class SyncConflict(Base):
    """Two different versions of a record with the same revision, kept for a person to decide."""

    __tablename__ = "sync_conflict"

    id: Mapped[str] = mapped_column(String(36), primary_key=True, default=new_id)
    record_type: Mapped[str] = mapped_column(String(30))
    record_id: Mapped[str] = mapped_column(String(36), index=True)
    import_id: Mapped[str] = mapped_column(ForeignKey("import_log.id"), index=True)
    detected_at: Mapped[dt.datetime] = mapped_column(UTCDateTime(), default=utcnow)
    local_revision: Mapped[int] = mapped_column(Integer)
    incoming_revision: Mapped[int] = mapped_column(Integer)
    local_device_id: Mapped[str] = mapped_column(String(36))
    incoming_device_id: Mapped[str] = mapped_column(String(36))
    local_content_hash: Mapped[str] = mapped_column(String(64))
    incoming_content_hash: Mapped[str] = mapped_column(String(64))
    local_version: Mapped[dict[str, Any]] = mapped_column(JSON)
    incoming_version: Mapped[dict[str, Any]] = mapped_column(JSON)
    status: Mapped[str] = mapped_column(String(10), default="open", index=True)  # open | resolved
    resolution: Mapped[str | None] = mapped_column(String(20), default=None)
    resolved_at: Mapped[dt.datetime | None] = mapped_column(UTCDateTime(), default=None)
    resolved_revision: Mapped[int | None] = mapped_column(Integer, default=None)
    #: why the import did not decide: same_revision (two versions, one revision),
    #: revision_jump (far beyond the stored revision), older_revision (a lower revision
    #: with content never seen here)
    reason: Mapped[str] = mapped_column(String(20), default="same_revision")
    #: the import whose newer revision closed this conflict ("superseded"); undoing that
    #: import opens the conflict again
    resolved_by_import_id: Mapped[str | None] = mapped_column(String(36), default=None)


class ImportBeforeImage(Base):
    """A record as it was before an import replaced it, so that the import can be undone
    (records an import inserted are found by their ``first_import_id``)."""

    __tablename__ = "import_before_image"

    id: Mapped[int] = mapped_column(Integer, primary_key=True, autoincrement=True)
    import_id: Mapped[str] = mapped_column(ForeignKey("import_log.id"), index=True)
    record_type: Mapped[str] = mapped_column(String(30))
    record_id: Mapped[str] = mapped_column(String(36), index=True)
    #: every column of the row, in its sync-file form plus the local-only columns
    version: Mapped[dict[str, Any]] = mapped_column(JSON)


class PartnerDevice(Base):
    """A partner's device that MRA enrolled from its identity card: the files it signs
    may write the records of one organisation."""

    __tablename__ = "partner_device"

    id: Mapped[str] = mapped_column(String(36), primary_key=True, default=new_id)
    #: SHA-256 (hex) of the raw Ed25519 public key; sync files name their signer by it
    key_id: Mapped[str] = mapped_column(String(64), unique=True)
    public_key: Mapped[str] = mapped_column(String(64))  # base64 of the raw 32 bytes
    fingerprint: Mapped[str] = mapped_column(String(40))
    device_id: Mapped[str] = mapped_column(String(36))
    organisation_id: Mapped[str] = mapped_column(String(36), index=True)
    organisation_name: Mapped[str] = mapped_column(Text)
    enrolled_at: Mapped[dt.datetime] = mapped_column(UTCDateTime(), default=utcnow)
    revoked_at: Mapped[dt.datetime | None] = mapped_column(UTCDateTime(), default=None)


RECORD_TYPE_BY_NAME: dict[str, type[SyncedRecord]] = {
    model.record_type: model
    for model in (Organisation, Meeting, Participant, Change, ActionItem, Note, ActionFollowUp)
}
#: every synchronised record type, parents before children
RECORD_TYPES: tuple[type[SyncedRecord], ...] = tuple(
    RECORD_TYPE_BY_NAME[name] for name in RECORD_TYPE_NAMES
)
#: the record types the sync format does not carry yet (see codes.UNSYNCED_RECORD_TYPE_NAMES)
UNSYNCED_RECORD_TYPES: tuple[type[SyncedRecord], ...] = tuple(
    RECORD_TYPE_BY_NAME[name] for name in UNSYNCED_RECORD_TYPE_NAMES
)
#: how the core's English sentences (CLI, logs) name each record type
RECORD_LABELS: dict[str, str] = {
    "organisation": "organisation",
    "meeting": "meeting",
    "participant": "participant",
    "change": "change",
    "action_item": "action item",
    "note": "note",
    "action_follow_up": "follow-up of an action item",
}



def complete_metadata() -> MetaData:
    """The metadata of every table the migrations create.

    MRA's own records (reviews, flags, summaries, the national MSC round), the
    newsletter's and the receipts' share :class:`Base` but live in their own modules,
    mapped when something uses them: a partner's ``export-pdf`` never maps them (a sixth of
    its start). Comparing the models with the migrated schema needs them all."""
    from mra_desktop.core import mra_records  # noqa: F401
    from mra_desktop.core.newsletter import records as _newsletter  # noqa: F401
    from mra_desktop.core.receipts import records as _receipts  # noqa: F401

    return Base.metadata
