"""Services over the model: the only way the GUI, the CLI and the demo loader write.

Each write runs in one transaction, validates its input, bumps the record's revision,
update time and device, recomputes its content hash, and returns a :class:`RecordChange`
saying what changed, so that a screen can decide what to refresh.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterable, Mapping, Sequence
from dataclasses import dataclass, field
from typing import Any, Generic, NamedTuple, TypeVar

from sqlalchemy import ColumnElement, Select, String, case, cast, func, or_, select
from sqlalchemy.orm import Session

from mra_desktop.core import models as m
from mra_desktop.core.database import Database, next_change_seq
from mra_desktop.core.errors import NotFoundError, ValidationError
from mra_desktop.core.validation import clean, record_problem

R = TypeVar("R", bound=m.SyncedRecord)


@dataclass(frozen=True)
class RecordChange:
    """What one write did to one record."""

    record_type: str
    record_id: str
    operation: str  # created | updated | deleted | restored | unchanged
    fields: Mapping[str, tuple[Any, Any]] = field(default_factory=dict)  # name -> (old, new)
    revision: int = 0

    @property
    def changed(self) -> bool:
        return self.operation != "unchanged"



class RecordService(Generic[R]):
    """Create, update, soft-delete, restore, get and list one record type."""

    model: type[R]

    def __init__(self, db: Database, model: type[R]) -> None:
        self.db = db
        self.model = model
        self.record_type = model.record_type
        self.label = m.RECORD_LABELS[model.record_type]

    # -- reading ---------------------------------------------------------------------------
    def get(self, record_id: str, *, include_deleted: bool = True) -> R:
        with self.db.session() as session:
            record = session.get(self.model, record_id)
            if record is None or (record.is_deleted and not include_deleted):
                raise NotFoundError(f"There is no {self.label} with id {record_id}.")
            return record

    def _filtered(self, query: Select[Any], filters: Mapping[str, Any]) -> Select[Any]:
        for name, value in filters.items():
            column = getattr(self.model, name, None)
            if column is None:
                raise ValidationError(name, "unknown_field", f"Cannot filter on {name!r}.")
            query = query.where(
                column.in_(value) if isinstance(value, list | tuple) else column == value
            )
        return query

    def list(
        self, *, include_deleted: bool = False, deleted_only: bool = False, **filters: Any
    ) -> list[R]:
        query: Select[Any] = select(self.model)
        if deleted_only:
            query = query.where(self.model.deleted_at.is_not(None))
        elif not include_deleted:
            query = query.where(self.model.deleted_at.is_(None))
        query = self._filtered(query, filters).order_by(*self._order())
        with self.db.session() as session:
            return list(session.scalars(query))

    def _order(self) -> Sequence[Any]:
        return (self.model.created_at, self.model.id)

    # -- writing ---------------------------------------------------------------------------
    def _check_references(self, session: Session, values: Mapping[str, Any]) -> None:
        """Hook: refuse references to missing or deleted parents."""

    def _check_record(self, record: R) -> None:
        """Checks that involve several fields of the finished record (the same rules MRA's
        import applies to records of a sync file)."""
        problem = record_problem(self.record_type, record)
        if problem is not None:
            raise problem

    def _prepare_create(self, session: Session, values: dict[str, Any]) -> None:
        """Hook: fill defaults that depend on the database (positions)."""

    def _stamp(self, session: Session, record: R, *, new: bool) -> None:
        now = m.utcnow()
        record.updated_at = now
        record.device_id = self.db.device_id
        record.change_seq = next_change_seq(session)
        if new:
            record.created_at = now
            record.revision = 1
        else:
            record.revision = (record.revision or 0) + 1
        record.content_hash = record.compute_content_hash()

    def create(
        self, record_id: str | None = None, *, demo: bool = False, **values: Any
    ) -> RecordChange:
        """A new record; ``demo`` marks a record of the demo dataset (never exported)."""
        with self.db.transaction() as session:
            return self.create_in(session, record_id, demo=demo, **values)

    def create_in(
        self, session: Session, record_id: str | None = None, *, demo: bool = False,
        **values: Any,
    ) -> RecordChange:
        """:meth:`create` inside a transaction the caller holds (several records written
        as one: a follow-up meeting and what it copies)."""
        cleaned = clean(self.record_type, values, creating=True)
        self._check_references(session, cleaned)
        self._prepare_create(session, cleaned)
        if record_id is not None and session.get(self.model, record_id) is not None:
            raise ValidationError("id", "duplicate", f"A record with id {record_id} exists.")
        record = self.model(**cleaned)
        if record_id is not None:
            record.id = record_id
        else:
            record.id = m.new_id()
        # column defaults are applied at flush; apply them now so the hash sees them
        for column in self.model.__table__.columns:
            if getattr(record, column.key) is None and column.default is not None:
                default = column.default.arg
                if callable(default):
                    try:
                        value = default()
                    except TypeError:
                        value = default(None)
                else:
                    value = default
                setattr(record, column.key, value)
        self._check_record(record)
        record.demo = demo
        self._stamp(session, record, new=True)
        session.add(record)
        fields = {k: (None, getattr(record, k)) for k in self.model.content_fields()}
        return RecordChange(self.record_type, record.id, "created", fields, record.revision)

    def _load_for_write(self, session: Session, record_id: str) -> R:
        # locked until the transaction ends (PostgreSQL; SQLite has one writer at a time):
        # two people editing one record write revision N+1, then N+2, never N+1 twice
        record = session.get(self.model, record_id, with_for_update=True)
        if record is None:
            raise NotFoundError(f"There is no {self.label} with id {record_id}.")
        if record.origin_import_id is not None:
            # A partner's record stays as the partner wrote it; only a newer sync file or a
            # conflict decision (mra_desktop.core.sync) writes a new version of it.
            raise ValidationError(
                "id",
                "imported",
                f"This {self.label} came from a partner's sync file; "
                "it can only be changed on the partner's side.",
            )
        return record

    def update(self, record_id: str, **values: Any) -> RecordChange:
        cleaned = clean(self.record_type, values, creating=False)
        with self.db.transaction() as session:
            record = self._load_for_write(session, record_id)
            if record.is_deleted:
                raise ValidationError(
                    "id",
                    "deleted",
                    f"This {self.label} was deleted; restore it first.",
                )
            self._check_references(session, cleaned)
            changed = {
                name: (getattr(record, name), value)
                for name, value in cleaned.items()
                if getattr(record, name) != value
            }
            if not changed:
                return RecordChange(self.record_type, record.id, "unchanged", {}, record.revision)
            for name, (_old, new) in changed.items():
                setattr(record, name, new)
            self._check_record(record)
            self._stamp(session, record, new=False)
            return RecordChange(self.record_type, record.id, "updated", changed, record.revision)

    def _set_deleted(self, record_id: str, deleted: bool) -> RecordChange:
        with self.db.transaction() as session:
            record = self._load_for_write(session, record_id)
            if record.is_deleted == deleted:
                return RecordChange(self.record_type, record.id, "unchanged", {}, record.revision)
            old = record.deleted_at
            record.deleted_at = m.utcnow() if deleted else None
            self._stamp(session, record, new=False)
            return RecordChange(
                self.record_type,
                record.id,
                "deleted" if deleted else "restored",
                {"deleted_at": (old, record.deleted_at)},
                record.revision,
            )

    def delete(self, record_id: str) -> RecordChange:
        """Mark a record deleted; it stays in the database (and travels in sync files)."""
        return self._set_deleted(record_id, True)

    def restore(self, record_id: str) -> RecordChange:
        return self._set_deleted(record_id, False)


def _require_live(session: Session, model: type[m.SyncedRecord], record_id: str, what: str) -> None:
    parent = session.get(model, record_id)
    if parent is None:
        raise ValidationError(f"{what}_id", "missing", f"There is no {what} with id {record_id}.")
    if parent.is_deleted:
        raise ValidationError(f"{what}_id", "deleted", f"The {what} {record_id} was deleted.")


class OrganisationService(RecordService[m.Organisation]):
    def __init__(self, db: Database) -> None:
        super().__init__(db, m.Organisation)

    def _order(self) -> Sequence[Any]:
        return (m.Organisation.name, m.Organisation.id)


class MeetingService(RecordService[m.Meeting]):
    def __init__(self, db: Database) -> None:
        super().__init__(db, m.Meeting)

    def _order(self) -> Sequence[Any]:
        return (m.Meeting.date.desc(), m.Meeting.created_at.desc(), m.Meeting.id)

    def _check_references(self, session: Session, values: Mapping[str, Any]) -> None:
        if "organisation_id" in values:
            _require_live(session, m.Organisation, values["organisation_id"], "organisation")


    def search(
        self,
        *,
        text: str = "",
        status: str | None = None,
        organisation_id: str | None = None,
        sector: str | None = None,
        date_from: dt.date | None = None,
        date_to: dt.date | None = None,
        deleted_only: bool = False,
    ) -> list[m.Meeting]:
        """Meetings matching every given criterion, newest first."""
        query = select(m.Meeting)
        if deleted_only:
            query = query.where(m.Meeting.deleted_at.is_not(None))
        else:
            query = query.where(m.Meeting.deleted_at.is_(None))
        if status:
            query = query.where(m.Meeting.status == status)
        if organisation_id:
            query = query.where(m.Meeting.organisation_id == organisation_id)
        if date_from:
            query = query.where(m.Meeting.date >= date_from)
        if date_to:
            query = query.where(m.Meeting.date <= date_to)
        if text.strip():
            pattern = f"%{text.strip()}%"
            query = query.where(
                or_(
                    m.Meeting.title.ilike(pattern),
                    m.Meeting.city.ilike(pattern),
                    m.Meeting.region.ilike(pattern),
                )
            )
        query = query.order_by(*self._order())
        with self.db.session() as session:
            meetings = list(session.scalars(query))
        if sector:  # JSON list membership, portable: filter in Python
            meetings = [mt for mt in meetings if sector in (mt.sectors or [])]
        return meetings


class MeetingSummary(NamedTuple):
    """One line of the meetings list: what it shows, counts included, without ORM objects."""

    id: str
    date: dt.date | None
    title: str
    partner: str
    city: str
    region: str
    kind: str
    sectors: list[str]
    status: str
    changes: int
    action_items: int
    #: MRA's review as the newest receipt told it (received, reviewed, approved,
    #: has_issues, or changed: a newer version reached MRA), None without a receipt
    mra_review: str | None = None


#: what the meetings list can be sorted by
SUMMARY_SORTS = (
    "date",
    "title",
    "partner",
    "place",
    "kind",
    "sectors",
    "status",
    "changes",
    "action_items",
    "mra_review",
)
#: the order of MRA's review states in the meetings list (no receipt last)
MRA_REVIEW_ORDER = ("received", "changed", "reviewed", "has_issues", "approved")


class MeetingOverview:
    """The meetings list's query: one aggregate statement per page of rows, filtered and
    sorted by the database, so that the list costs the same with 20 meetings or 20,000."""

    def __init__(self, db: Database) -> None:
        self.db = db

    @staticmethod
    def _live_count(model: Any) -> Any:
        return (
            select(func.count())
            .where(model.meeting_id == m.Meeting.id, model.deleted_at.is_(None))
            .correlate(m.Meeting)
            .scalar_subquery()
        )

    @staticmethod
    def _where(
        *,
        text: str = "",
        status: str | None = None,
        organisation_id: str | None = None,
        sector: str | None = None,
        date_from: dt.date | None = None,
        date_to: dt.date | None = None,
        deleted_only: bool = False,
    ) -> list[ColumnElement[bool]]:
        meeting = m.Meeting
        where: list[ColumnElement[bool]] = [
            meeting.deleted_at.is_not(None) if deleted_only else meeting.deleted_at.is_(None)
        ]
        if status:
            where.append(meeting.status == status)
        if organisation_id:
            where.append(meeting.organisation_id == organisation_id)
        if date_from:
            where.append(meeting.date >= date_from)
        if date_to:
            where.append(meeting.date <= date_to)
        if sector:
            # a JSON list of codes: the code in quotes is one of its items (portable SQL)
            where.append(cast(meeting.sectors, String).contains(f'"{sector}"', autoescape=True))
        if text.strip():
            pattern = f"%{text.strip()}%"
            where.append(
                or_(
                    meeting.title.ilike(pattern),
                    meeting.city.ilike(pattern),
                    meeting.region.ilike(pattern),
                )
            )
        return where

    def count(self, **criteria: Any) -> int:
        query = select(func.count()).select_from(m.Meeting).where(*self._where(**criteria))
        with self.db.engine.connect() as conn:
            return int(conn.execute(query).scalar_one())

    def page(
        self,
        *,
        sort: str = "date",
        descending: bool = True,
        ranks: Mapping[str, int] | None = None,
        offset: int = 0,
        limit: int | None = None,
        **criteria: Any,
    ) -> list[MeetingSummary]:
        """Meetings matching ``criteria`` (see :meth:`MeetingService.search`), sorted by one
        of :data:`SUMMARY_SORTS` (then newest first); ``ranks`` orders the codes of the
        ``kind`` column (by their words in the interface language)."""
        from mra_desktop.core.receipts.records import MraReview

        meeting, organisation = m.Meeting, m.Organisation
        changes = self._live_count(m.Change)
        items = self._live_count(m.ActionItem)
        review = case(
            (MraReview.changed_since_review.is_(True), "changed"), else_=MraReview.state
        )
        keys: dict[str, list[Any]] = {
            "date": [meeting.date],
            "title": [func.lower(meeting.title)],
            "partner": [func.lower(func.coalesce(organisation.name, ""))],
            "place": [func.lower(meeting.city), func.lower(meeting.region)],
            "kind": [case(dict(ranks or {}), value=meeting.kind, else_=len(ranks or {}))],
            "sectors": [cast(meeting.sectors, String)],
            "status": [
                case(
                    {code: n for n, code in enumerate(m.MEETING_STATUSES)},
                    value=meeting.status,
                    else_=len(m.MEETING_STATUSES),
                )
            ],
            "changes": [changes],
            "action_items": [items],
            "mra_review": [
                case(
                    {code: n for n, code in enumerate(MRA_REVIEW_ORDER)},
                    value=review,
                    else_=len(MRA_REVIEW_ORDER),
                )
            ],
        }
        if sort not in keys:
            raise ValidationError("sort", "unknown_field", f"Cannot sort on {sort!r}.")
        order = [key.desc() if descending else key.asc() for key in keys[sort]]
        query = (
            select(
                meeting.id,
                meeting.date,
                meeting.title,
                func.coalesce(organisation.name, ""),
                meeting.city,
                meeting.region,
                meeting.kind,
                meeting.sectors,
                meeting.status,
                changes,
                items,
                review,
            )
            .outerjoin(organisation, organisation.id == meeting.organisation_id)
            .outerjoin(MraReview, MraReview.meeting_id == meeting.id)
            .where(*self._where(**criteria))
            .order_by(*order, meeting.date.desc(), meeting.created_at.desc(), meeting.id)
            .offset(offset)
            .limit(limit)
        )
        with self.db.engine.connect() as conn:
            return [MeetingSummary(*row) for row in conn.execute(query)]


class _ChildService(RecordService[R]):
    """Records that belong to a meeting and keep an order within it."""

    def _check_references(self, session: Session, values: Mapping[str, Any]) -> None:
        if "meeting_id" in values:
            _require_live(session, m.Meeting, values["meeting_id"], "meeting")

    def _prepare_create(self, session: Session, values: dict[str, Any]) -> None:
        if "position" not in values:
            model: Any = self.model
            last = session.scalar(
                select(func.max(model.position)).where(model.meeting_id == values["meeting_id"])
            )
            values["position"] = 0 if last is None else int(last) + 1

    def _order(self) -> Sequence[Any]:
        model: Any = self.model
        return (model.position, model.created_at, model.id)

    def for_meeting(self, meeting_id: str, **filters: Any) -> list[R]:
        return self.list(meeting_id=meeting_id, **filters)

    def move(self, record_id: str, new_position: int) -> list[RecordChange]:
        """Put a record at ``new_position`` among its meeting's live records."""
        record: Any = self.get(record_id)
        siblings: list[Any] = [r for r in self.for_meeting(record.meeting_id) if r.id != record_id]
        new_position = max(0, min(new_position, len(siblings)))
        siblings.insert(new_position, record)
        changes = []
        for index, sibling in enumerate(siblings):
            if sibling.position != index:
                changes.append(self.update(sibling.id, position=index))
        return changes


class ParticipantService(_ChildService[m.Participant]):
    def __init__(self, db: Database) -> None:
        super().__init__(db, m.Participant)

    def totals_by_sector(self, meeting_id: str) -> dict[str | None, int]:
        totals: dict[str | None, int] = {}
        for participant in self.for_meeting(meeting_id):
            totals[participant.sector] = totals.get(participant.sector, 0) + participant.count
        return totals


class ChangeService(_ChildService[m.Change]):
    def __init__(self, db: Database) -> None:
        super().__init__(db, m.Change)


class ActionItemService(_ChildService[m.ActionItem]):
    def __init__(self, db: Database) -> None:
        super().__init__(db, m.ActionItem)


class NoteService(_ChildService[m.Note]):
    def __init__(self, db: Database) -> None:
        super().__init__(db, m.Note)

    def set_text(self, meeting_id: str, question: str, text: str) -> RecordChange:
        """Store the note for one question of a meeting, creating it on first use."""
        existing = [n for n in self.for_meeting(meeting_id) if n.question == question]
        if existing:
            return self.update(existing[0].id, text=text)
        return self.create(meeting_id=meeting_id, question=question, text=text)

    def texts(self, meeting_id: str) -> dict[str, str]:
        return {note.question: note.text for note in self.for_meeting(meeting_id)}


class ActionFollowUpService(_ChildService[m.ActionFollowUp]):
    """The status, recorded at a follow-up meeting, of each action item of the previous
    meeting (made by :func:`mra_desktop.core.follow_up.create_follow_up`)."""

    def __init__(self, db: Database) -> None:
        super().__init__(db, m.ActionFollowUp)

    def _check_references(self, session: Session, values: Mapping[str, Any]) -> None:
        super()._check_references(session, values)
        item_id = values.get("action_item_id")
        if item_id is not None and session.get(m.ActionItem, item_id) is None:
            raise ValidationError(
                "action_item_id",
                "missing",
                f"There is no action item with id {item_id}.",
            )


class Services:
    """All services over one database."""

    def __init__(self, db: Database) -> None:
        self.db = db
        self.organisations = OrganisationService(db)
        self.meetings = MeetingService(db)
        self.meeting_overview = MeetingOverview(db)
        self.participants = ParticipantService(db)
        self.changes = ChangeService(db)
        self.action_items = ActionItemService(db)
        self.notes = NoteService(db)
        self.action_follow_ups = ActionFollowUpService(db)

    def for_type(self, record_type: str) -> RecordService[Any]:
        services: Iterable[RecordService[Any]] = (
            self.organisations,
            self.meetings,
            self.participants,
            self.changes,
            self.action_items,
            self.notes,
            self.action_follow_ups,
        )
        for service in services:
            if service.record_type == record_type:
                return service
        raise KeyError(record_type)
