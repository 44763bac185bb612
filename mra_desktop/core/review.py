"""MRA's review of the meetings partners sent: received → reviewed → approved, or has
issues (with a comment), as reviewers of ODK Central or SurveyCTO review submissions.

A review is MRA's own record (:mod:`.mra_records`): an import never writes it and it never
travels in a sync file. What an import *can* do is bring a new version of a meeting MRA
already reviewed. A reviewer who approved a meeting approved what she read, so a meeting
whose records arrived again, changed, after its review (or whose conflict was decided
after it) is shown as **changed since review**: its stored state and comment stay as they
were, it no longer counts as approved in national outputs, and setting any state again
(after reading it) clears the mark.

Only meetings received from a partner (``origin_import_id`` set) are reviewed; a meeting
made in MRA's own database is not a partner's and never counts in national outputs.
"""

from __future__ import annotations

import datetime as dt
from collections import defaultdict
from collections.abc import Iterable, Sequence
from dataclasses import dataclass, field
from typing import Any

from sqlalchemy import func, select
from sqlalchemy.orm import Session

from mra_desktop.core import models as m
from mra_desktop.core.database import Database
from mra_desktop.core.errors import MraError, NotFoundError
from mra_desktop.core.mra_records import REVIEW_STATES, MeetingReview, ReviewEvent
from mra_desktop.core.postgres import lock_key

#: what a list shows: the stored states, and "changed" for a reviewed meeting that
#: arrived again with new content
CHANGED = "changed"
SHOWN_STATES = (*REVIEW_STATES, CHANGED)
CHILD_MODELS: tuple[type[m.Participant | m.Change | m.ActionItem | m.Note], ...] = (
    m.Participant,
    m.Change,
    m.ActionItem,
    m.Note,
)
MAX_COMMENT = 4000


class ReviewError(MraError):
    """A review the core refuses; ``code`` says which rule, for the interface's words."""

    def __init__(self, message: str, code: str = "review_invalid") -> None:
        super().__init__(message)
        self.code = code


@dataclass(frozen=True)
class ReviewStatus:
    """A meeting's review as a list shows it."""

    state: str  # one of SHOWN_STATES
    stored_state: str  # one of REVIEW_STATES
    comment: str = ""
    reviewer: str = ""
    state_at: dt.datetime | None = None


RECEIVED = ReviewStatus("received", "received")


def meeting_of(session: Session, record_type: str, record_id: str) -> str | None:
    """The meeting a synchronised record belongs to (None for an organisation)."""
    if record_type == "meeting":
        return record_id
    child: Any = {model.record_type: model for model in CHILD_MODELS}.get(record_type)
    if child is None:
        return None
    owner: str | None = session.scalar(select(child.meeting_id).where(child.id == record_id))
    return owner


# -- the one place that decides each meeting's state ---------------------------------------
def received_again(session: Session, reviewed: dict[str, dt.datetime] | None = None) -> set[str]:
    """Meetings whose records a sync file imported after their review state was set, or
    whose conflict was decided after it: of ``reviewed`` (id → when its state was set),
    or of the approved meetings when ``reviewed`` is None.

    Most of the time no file came after the oldest review, and two small queries say so.
    """
    if reviewed is not None:
        if not reviewed:
            return set()
        oldest: dt.datetime | None = min(reviewed.values())
    else:
        oldest = session.scalar(
            select(func.min(MeetingReview.state_at)).where(MeetingReview.state == "approved")
        )
        if oldest is None:
            return set()
        oldest = oldest if oldest.tzinfo else oldest.replace(tzinfo=dt.UTC)
    later = dict(
        session.execute(
            select(m.ImportLog.id, m.ImportLog.imported_at).where(
                m.ImportLog.imported_at > oldest
            )
        ).all()
    )
    decided = session.execute(
        select(m.SyncConflict.record_type, m.SyncConflict.record_id, m.SyncConflict.resolved_at)
        .where(m.SyncConflict.resolved_at > oldest)
    ).all()
    if not later and not decided:
        return set()
    if reviewed is None:
        reviewed = dict(
            session.execute(
                select(MeetingReview.meeting_id, MeetingReview.state_at).where(
                    MeetingReview.state == "approved"
                )
            ).all()
        )
    changed: set[str] = set()
    if later:
        pairs: set[tuple[str, str | None]] = set(
            session.execute(
                select(m.Meeting.id, m.Meeting.origin_import_id).where(
                    m.Meeting.origin_import_id.in_(later)
                )
            )
        )
        for model in CHILD_MODELS:
            pairs.update(
                session.execute(
                    select(model.meeting_id, model.origin_import_id)
                    .where(model.origin_import_id.in_(later))
                    .distinct()
                )
            )
        for meeting_id, origin in pairs:
            when = reviewed.get(meeting_id)
            if when is not None and origin is not None and later[origin] > when:
                changed.add(meeting_id)
    for record_type, record_id, resolved_at in decided:
        owner = meeting_of(session, record_type, record_id)
        when = reviewed.get(owner or "")
        if owner and when is not None and resolved_at is not None and resolved_at > when:
            changed.add(owner)
    return changed


def review_statuses(session: Session) -> dict[str, ReviewStatus]:
    """Every stored review, as shown (meetings without one are simply received)."""
    reviews = list(session.scalars(select(MeetingReview)))
    reviewed = {r.meeting_id: r.state_at for r in reviews if r.state != "received"}
    changed = received_again(session, reviewed)
    return {
        r.meeting_id: ReviewStatus(
            CHANGED if r.meeting_id in changed else r.state,
            r.state,
            r.comment,
            r.reviewer,
            r.state_at,
        )
        for r in reviews
    }


def changed_since_approval(session: Session) -> set[str]:
    """The approved meetings that arrived again, changed, after their approval."""
    return received_again(session)


# -- writing ---------------------------------------------------------------------------------
def _imported_meeting(session: Session, meeting_id: str) -> m.Meeting:
    meeting = session.get(m.Meeting, meeting_id)
    if meeting is None:
        raise NotFoundError(f"There is no meeting with id {meeting_id}.")
    if meeting.origin_import_id is None:
        raise ReviewError(
            "Only meetings received from a partner are reviewed; this one was made here.",
            "review_not_received",
        )
    return meeting


def _clean_name(reviewer: str) -> str:
    name = " ".join(reviewer.split())
    if not name:
        raise ReviewError(
            "Write your name first: every review says who made it.", "review_needs_name"
        )
    if len(name) > 200:
        raise ReviewError(
            "The reviewer's name is too long (at most 200 characters).", "review_name_too_long"
        )
    return name


def _clean_comment(comment: str) -> str:
    text = comment.strip()
    if len(text) > MAX_COMMENT:
        raise ReviewError(
            f"The comment is too long (at most {MAX_COMMENT} characters).",
            "review_comment_too_long",
        )
    return text


def set_review_state(
    db: Database,
    meeting_id: str,
    state: str,
    *,
    reviewer: str,
    comment: str | None = None,
    now: dt.datetime | None = None,
) -> ReviewStatus:
    """Set a meeting's review state (and its comment when given); logged in its history.

    "has_issues" needs a comment saying what the issue is.
    """
    if state not in REVIEW_STATES:
        raise ReviewError(f"Unknown review state {state!r}.")
    name = _clean_name(reviewer)
    when = now or m.utcnow()
    with db.transaction() as session:
        _imported_meeting(session, meeting_id)
        lock_key(session, "review", meeting_id)  # two reviewers at once take turns
        review = session.get(MeetingReview, meeting_id)
        if review is None:
            review = MeetingReview(meeting_id=meeting_id, state="received", comment="")
            session.add(review)
        text = review.comment if comment is None else _clean_comment(comment)
        if state == "has_issues" and not text:
            raise ReviewError(
                "Say what the issue is in the comment before marking it.", "review_needs_comment"
            )
        review.state = state
        review.comment = text
        review.reviewer = name
        review.state_at = when
        review.updated_at = when
        session.add(
            ReviewEvent(meeting_id=meeting_id, state=state, comment=text, reviewer=name, at=when)
        )
        return ReviewStatus(state, state, text, name, when)


def set_review_comment(db: Database, meeting_id: str, comment: str, *, reviewer: str) -> bool:
    """Store the comment of a meeting's review without changing its state (the screen
    saves it as it is typed). Returns whether anything changed."""
    text = _clean_comment(comment)
    now = m.utcnow()
    with db.transaction() as session:
        _imported_meeting(session, meeting_id)
        lock_key(session, "review", meeting_id)
        review = session.get(MeetingReview, meeting_id)
        if review is None:
            if not text:
                return False
            review = MeetingReview(
                meeting_id=meeting_id,
                state="received",
                comment=text,
                reviewer=" ".join(reviewer.split()),
                state_at=now,
                updated_at=now,
            )
            session.add(review)
            return True
        if review.comment == text:
            return False
        if review.state == "has_issues" and not text:
            raise ReviewError(
                "A meeting with issues keeps a comment saying what they are.",
                "review_needs_comment",
            )
        review.comment = text
        review.updated_at = now
        return True


@dataclass(frozen=True)
class HistoryEntry:
    state: str
    comment: str
    reviewer: str
    at: dt.datetime


def review_history(db: Database, meeting_id: str) -> list[HistoryEntry]:
    """A meeting's review steps, oldest first."""
    with db.session() as session:
        events = session.scalars(
            select(ReviewEvent)
            .where(ReviewEvent.meeting_id == meeting_id)
            .order_by(ReviewEvent.at, ReviewEvent.id)
        )
        return [HistoryEntry(e.state, e.comment, e.reviewer, e.at) for e in events]


# -- the received meetings list --------------------------------------------------------------
@dataclass(frozen=True)
class ReceivedFilter:
    text: str = ""
    partner_id: str | None = None
    region: str | None = None
    sector: str | None = None
    state: str | None = None  # one of SHOWN_STATES
    date_from: dt.date | None = None
    date_to: dt.date | None = None


@dataclass(frozen=True)
class ReceivedMeeting:
    """One row of the received meetings screen."""

    id: str
    title: str
    partner_id: str
    partner: str
    region: str
    city: str
    date: dt.date | None
    kind: str
    body: str | None
    sectors: tuple[str, ...]
    language: str
    status: str
    participants: int
    changes: int
    action_items: int
    received_at: dt.datetime | None
    review: ReviewStatus = field(default=RECEIVED)
    open_conflicts: int = 0


def _count_by_meeting(session: Session, column: Any, model: Any) -> dict[str, int]:
    query = (
        select(model.meeting_id, column)
        .where(model.deleted_at.is_(None))
        .group_by(model.meeting_id)
    )
    return {mid: int(n or 0) for mid, n in session.execute(query)}


def _received_at(session: Session) -> dict[str, dt.datetime]:
    """Per meeting: when a sync file last brought one of its records."""
    latest: dict[str, dt.datetime] = {}

    def merge(rows: Iterable[tuple[str, dt.datetime | None]]) -> None:
        for mid, when in rows:
            if when is not None and (mid not in latest or when > latest[mid]):
                latest[mid] = when

    imported_at = m.ImportLog.imported_at
    merge(
        session.execute(
            select(m.Meeting.id, imported_at).join(
                m.ImportLog, m.ImportLog.id == m.Meeting.origin_import_id
            )
        ).all()
    )
    for model in CHILD_MODELS:
        merge(
            session.execute(
                select(model.meeting_id, func.max(imported_at))
                .join(m.ImportLog, m.ImportLog.id == model.origin_import_id)
                .group_by(model.meeting_id)
            ).all()
        )
    # naive UTC from an aggregate: make it aware like every other timestamp
    return {k: v if v.tzinfo else v.replace(tzinfo=dt.UTC) for k, v in latest.items()}


def _open_conflicts(session: Session) -> dict[str, int]:
    counts: dict[str, int] = defaultdict(int)
    rows = session.execute(
        select(m.SyncConflict.record_type, m.SyncConflict.record_id).where(
            m.SyncConflict.status == "open"
        )
    )
    for record_type, record_id in rows:
        owner = meeting_of(session, record_type, record_id)
        if owner:
            counts[owner] += 1
    return counts


def received_meetings(
    db: Database, criteria: ReceivedFilter | None = None
) -> list[ReceivedMeeting]:
    """Every meeting received from a partner (not deleted), newest first, with its counts
    from aggregate queries and its review; filtered by ``criteria``."""
    wanted = criteria or ReceivedFilter()
    with db.session() as session:
        query = (
            select(m.Meeting, m.Organisation.name)
            .join(m.Organisation, m.Organisation.id == m.Meeting.organisation_id)
            .where(m.Meeting.origin_import_id.is_not(None), m.Meeting.deleted_at.is_(None))
        )
        if wanted.partner_id:
            query = query.where(m.Meeting.organisation_id == wanted.partner_id)
        if wanted.region:
            query = query.where(m.Meeting.region == wanted.region)
        if wanted.date_from:
            query = query.where(m.Meeting.date >= wanted.date_from)
        if wanted.date_to:
            query = query.where(m.Meeting.date <= wanted.date_to)
        query = query.order_by(m.Meeting.date.desc(), m.Meeting.title, m.Meeting.id)
        rows = session.execute(query).all()
        participants = _count_by_meeting(session, func.sum(m.Participant.count), m.Participant)
        changes = _count_by_meeting(session, func.count(), m.Change)
        items = _count_by_meeting(session, func.count(), m.ActionItem)
        statuses = review_statuses(session)
        received = _received_at(session)
        conflicts = _open_conflicts(session)
    needle = " ".join(wanted.text.split()).casefold()
    result = []
    for meeting, partner in rows:
        if wanted.sector and wanted.sector not in (meeting.sectors or []):
            continue
        status = statuses.get(meeting.id, RECEIVED)
        if wanted.state and status.state != wanted.state:
            continue
        if needle and needle not in " ".join(
            (meeting.title, meeting.city, meeting.region, partner, status.comment)
        ).casefold():
            continue
        result.append(
            ReceivedMeeting(
                id=meeting.id,
                title=meeting.title,
                partner_id=meeting.organisation_id,
                partner=partner,
                region=meeting.region,
                city=meeting.city,
                date=meeting.date,
                kind=meeting.kind,
                body=meeting.body,
                sectors=tuple(meeting.sectors or ()),
                language=meeting.language,
                status=meeting.status,
                participants=participants.get(meeting.id, 0),
                changes=changes.get(meeting.id, 0),
                action_items=items.get(meeting.id, 0),
                received_at=received.get(meeting.id),
                review=status,
                open_conflicts=conflicts.get(meeting.id, 0),
            )
        )
    return result


def state_counts(meetings: Sequence[ReceivedMeeting]) -> dict[str, int]:
    """How many of ``meetings`` are in each shown state (every state present, maybe 0)."""
    counts = dict.fromkeys(SHOWN_STATES, 0)
    for meeting in meetings:
        counts[meeting.review.state] += 1
    return counts


def received_regions(db: Database) -> list[str]:
    """The regions of received meetings, for a filter."""
    with db.session() as session:
        rows = session.scalars(
            select(m.Meeting.region)
            .where(m.Meeting.origin_import_id.is_not(None), m.Meeting.deleted_at.is_(None))
            .distinct()
        )
        return sorted({r for r in rows if r}, key=str.casefold)
