"""MRA's own records about what partners sent: reviews, exemplary flags, cell summaries
and the national Most Significant Change round.

They belong to the database they were written in. None of them is a synchronised record:
they never travel in a sync file, and an import never writes them (the importer only knows
:data:`mra_desktop.core.models.RECORD_TYPES`). They point at partners' records by id.
"""

# (no ``from __future__ import annotations``: see models.py)

import datetime as dt

from sqlalchemy import Boolean, Date, ForeignKey, Index, String, Text, UniqueConstraint
from sqlalchemy.orm import Mapped, mapped_column

from mra_desktop.core.models import Base, Change, Participant, UTCDateTime, new_id, utcnow

#: the review states a person sets, in the order of the work
REVIEW_STATES = ("received", "reviewed", "approved", "has_issues")


class MeetingReview(Base):
    """Where MRA's review of one received meeting stands (no row: just received)."""

    __tablename__ = "mra_meeting_review"

    meeting_id: Mapped[str] = mapped_column(ForeignKey("meeting.id"), primary_key=True)
    state: Mapped[str] = mapped_column(String(20), default="received", index=True)
    comment: Mapped[str] = mapped_column(Text, default="")
    reviewer: Mapped[str] = mapped_column(String(200), default="")
    #: when the state was last set: a sync file imported after it makes the meeting
    #: "changed since review"
    state_at: Mapped[dt.datetime] = mapped_column(UTCDateTime(), default=utcnow)
    updated_at: Mapped[dt.datetime] = mapped_column(UTCDateTime(), default=utcnow)


class ReviewEvent(Base):
    """One step of a meeting's review history: who set which state, when, and why."""

    __tablename__ = "mra_review_event"

    id: Mapped[str] = mapped_column(String(36), primary_key=True, default=new_id)
    meeting_id: Mapped[str] = mapped_column(ForeignKey("meeting.id"), index=True)
    state: Mapped[str] = mapped_column(String(20))
    comment: Mapped[str] = mapped_column(Text, default="")
    reviewer: Mapped[str] = mapped_column(String(200), default="")
    at: Mapped[dt.datetime] = mapped_column(UTCDateTime(), default=utcnow)


class ChangeFlag(Base):
    """A change MRA marked as exemplary (to quote in the national report)."""

    __tablename__ = "mra_change_flag"

    change_id: Mapped[str] = mapped_column(ForeignKey("change.id"), primary_key=True)
    exemplary: Mapped[bool] = mapped_column(Boolean, default=True)
    flagged_by: Mapped[str] = mapped_column(String(200), default="")
    flagged_at: Mapped[dt.datetime] = mapped_column(UTCDateTime(), default=utcnow)


class CellSummary(Base):
    """MRA's short national summary of one cell of the consolidation matrix.

    A cell is named by its two axes and their keys (see :mod:`.consolidation`); the
    national report prints the summaries of the sector and sub-theme cells.
    """

    __tablename__ = "mra_cell_summary"
    __table_args__ = (UniqueConstraint("row_axis", "row_key", "column_axis", "column_key"),)

    id: Mapped[str] = mapped_column(String(36), primary_key=True, default=new_id)
    row_axis: Mapped[str] = mapped_column(String(20))
    row_key: Mapped[str] = mapped_column(String(200))
    column_axis: Mapped[str] = mapped_column(String(20))
    column_key: Mapped[str] = mapped_column(String(200))
    text: Mapped[str] = mapped_column(Text, default="")
    author: Mapped[str] = mapped_column(String(200), default="")
    updated_at: Mapped[dt.datetime] = mapped_column(UTCDateTime(), default=utcnow)


class MscRound(Base):
    """One national Most Significant Change round: a period and the domains it chooses in."""

    __tablename__ = "mra_msc_round"

    id: Mapped[str] = mapped_column(String(36), primary_key=True, default=new_id)
    title: Mapped[str] = mapped_column(String(200))
    period_from: Mapped[dt.date | None] = mapped_column(Date, default=None)
    period_to: Mapped[dt.date | None] = mapped_column(Date, default=None)
    domain_axis: Mapped[str] = mapped_column(String(20), default="sector")
    created_at: Mapped[dt.datetime] = mapped_column(UTCDateTime(), default=utcnow)
    created_by: Mapped[str] = mapped_column(String(200), default="")


class MscChoice(Base):
    """The change MRA's panel chose as most significant in one domain of a round."""

    __tablename__ = "mra_msc_choice"
    __table_args__ = (UniqueConstraint("round_id", "domain_key"),)

    id: Mapped[str] = mapped_column(String(36), primary_key=True, default=new_id)
    round_id: Mapped[str] = mapped_column(ForeignKey("mra_msc_round.id"), index=True)
    domain_key: Mapped[str] = mapped_column(String(200))
    change_id: Mapped[str] = mapped_column(ForeignKey("change.id"))
    reason: Mapped[str] = mapped_column(Text)
    dissent: Mapped[str] = mapped_column(Text, default="")
    chosen_by: Mapped[str] = mapped_column(String(200))
    chosen_at: Mapped[dt.datetime] = mapped_column(UTCDateTime(), default=utcnow)


#: The consolidation matrix groups the live changes of the counted meetings by meeting and
#: by the change's columns its axes use: this index holds exactly those, so the grouping
#: reads the index alone, already in order (see mra_desktop.core.consolidation).
CONSOLIDATION_INDEX = Index(
    "ix_change_consolidation",
    Change.meeting_id,
    Change.sector,
    Change.subtheme,
    Change.change_kind,
    Change.change_class,
    Change.obligations,
    sqlite_where=Change.deleted_at.is_(None),
    postgresql_where=Change.deleted_at.is_(None),
)

#: ... and adds up the participants of each counted meeting from this one.
PARTICIPANTS_INDEX = Index(
    "ix_participant_consolidation",
    Participant.meeting_id,
    Participant.count,
    sqlite_where=Participant.deleted_at.is_(None),
    postgresql_where=Participant.deleted_at.is_(None),
)

#: MRA's own tables, never part of a sync file
MRA_TABLES = (MeetingReview, ReviewEvent, ChangeFlag, CellSummary, MscRound, MscChoice)
